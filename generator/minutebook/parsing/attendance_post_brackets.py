"""Officers listed post first, each holder in brackets after the post.

Northern Irish councils (and others) print the officers in attendance by their posts, the
holder's titled name in brackets after each, all on the label's line:

    IN ATTENDANCE: Chief Executive (Mr A Reid) Director of Finance and Estates (Mrs B Moss)

The posts' small words ("of", "and") make the line look like a sentence to the list
reader, which would then take the label for a heading and the names for the list above.
A line whose names open with a post (`is_office`) and a titled holder in brackets is a
list, not a sentence.
"""

from __future__ import annotations

import re

from ..vocabulary import STARTS_WITH_TITLE
from .names import is_office

#: "Director of Finance (Mrs B Moss)": a post, then its holder in brackets
POST_THEN_BRACKET = re.compile(r"^(?P<post>[A-Z][\w'’&,/ -]{2,80}?)\s?\((?P<holder>[^()]{3,60})\)")


def post_then_bracketed_holder(text: str) -> bool:
    """Whether a list opens with a post and its titled holder in brackets ("Chief
    Executive (Mr A Reid)"): an officers' list, not a sentence."""
    match = POST_THEN_BRACKET.match(text.strip())
    if match is None or not STARTS_WITH_TITLE.match(match["holder"].strip()):
        return False
    return is_office(match["post"].strip())
