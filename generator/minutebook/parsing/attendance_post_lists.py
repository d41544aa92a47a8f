"""Officers listed by name and post, the posts holding the small words of running text.

Scottish councils (and many English ones) list their officers in one paragraph, each
name followed by a comma and the post, the entries parted by semicolons, a shared
department in a bracket:

    A Reid, Director of Finance & Resources; B Moss, Head of Policy and Commissioning
    and C Lowe, Strategic Procurement Manager (all Chief Executive's)

The posts' "of", "and" and "all" make the paragraph look like a sentence by its small
words; its shape tells it is a list: it opens with a name (initials or a given name, and
a surname), a comma and a capitalised post, it is parted by semicolons, and it has no
verb.
"""

from __future__ import annotations

import re

#: "A Reid, Director", "Ann Reid, Head": a name, a comma, a capitalised post
NAME_COMMA_POST = re.compile(
    r"^(?:(?:[A-Z]\.?\s?){1,3}|[A-Z][a-z][\w'’-]{0,30}\s)\s?(?:Ma?c|O['’])?[A-Z][\w'’-]{1,30},\s[A-Z]"
)
#: A verb making it a sentence ("A Reid, Director of Finance, reported that ...")
VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|said|asked|noted|reported|explained|advised|"
    r"presented|informed|thanked|welcomed|agreed|declared|confirmed|referred)\b"
)
BRACKETS = re.compile(r"\([^()]*\)")


def name_post_list(text: str) -> bool:
    """Whether a line is a list of officers, each a name, a comma and a post, parted by
    semicolons, with no verb outside its brackets."""
    text = text.strip()
    if ";" not in text or NAME_COMMA_POST.match(text) is None:
        return False
    return VERB.search(BRACKETS.sub(" ", text)) is None
