"""A standing item's title run straight into the minute's record, whatever opens it.

Parish, town and community councils' minutes print the genre's standing items (apologies,
declarations of interest, the minutes of the last meeting, matters arising, the public's
questions, urgent business, correspondence, the date of the next meeting) on one line with
what was recorded under them, often with no sentence to mark where the title ends:

    23/21 Apologies for Absence R Hollis
    12 Declarations of Interest Councillors were reminded of their duty ...
    60/19 APOLOGIES: ALL To record the apologies received ...
    31/15 APOLOGIES , Cllr A Ross , Cllr B Lane,   (a comma before a titled name)
    Cou/12/19-20 Declarations of Interest Cllr P Farrow personal interest in item 7

Read whole, the title swallowed a name or the record's first words. The wording of these
titles is the genre's own, so the title ends where it is complete and a capitalised word
(or a colon) follows that cannot go on with it: not a joining word ("Declarations of
Interest in Items on the Agenda", "Minutes of the Meeting Held on ...") nor a word of the
title said in capitals ("Apologies for Absence And Substitutions"), nor more capitals
after a title in capitals ("URGENT BUSINESS AGREED BY THE CHAIR"). Titles of any other
wording are left to `minute_unseparated_titles`, which looks for a sentence.
"""

from __future__ import annotations

import re

from ..vocabulary import STARTS_WITH_TITLE

#: The standing items' titles, whole: "Apologies (for Absence)", "Declaration(s) of
#: (Pecuniary) Interest(s)", "Minutes of (the) Previous/Last Meeting", "Matters Arising",
#: "Public Participation/Questions/Forum", "Urgent Business/Item(s)", "Correspondence",
#: "Date of (the) Next Meeting"
STANDING_TITLE = re.compile(
    # "To receive Apologies for absence Apologies were ...": the agenda's wording kept
    r"^(?P<title>(?:to\s+(?:receive|record|note)\s+)?(?:apologies(?:\s+for\s+absence)?|"
    r"declarations?\s+of\s+(?:(?:pecuniary|members['’]?)\s+)?interests?|"
    r"members?['’]?\s+interests?|"
    r"minutes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting|"
    r"matters\s+arising|public\s+(?:participation|questions|forum)|"
    r"urgent\s+(?:business|items?)|correspondence|"
    r"date\s+of\s+(?:the\s+)?next\s+meeting))"
    r"(?P<colon>[ \t]{0,2}[:,])?[ \t]+(?P<text>\S.{0,3000})$",
    re.IGNORECASE,
)

#: Words that carry a title on ("Declarations of Interest In Items", "Minutes of the
#: Previous Meeting Held on", "Apologies and Substitutions"), whatever their case
GOES_ON = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "held", "in", "including", "into",
        "of", "on", "or", "not", "received", "relating", "the", "to", "under", "with", "&",
    }
)  # fmt: skip

#: The words of the standing titles, which a capitalised run of the title may repeat
TITLE_WORDS = frozenset(
    {
        "absence", "apologies", "arising", "business", "correspondence", "date", "declaration",
        "declarations", "interest", "interests", "item", "items", "last", "matters",
        "meeting", "minutes", "next", "pecuniary", "previous", "urgent", "substitutions",
        "substitutes", "acceptance", "office", "dispensations", "public", "participation",
        "questions", "forum", "session", "time",
    }
)  # fmt: skip


def _bare(word: str) -> str:
    return word.strip(".,;:()'\"’").lower()


def standing_title_run_on(text: str) -> tuple[str, str] | None:
    """(title, text) of a standing item's title run on into its record ("Apologies for
    Absence R Hollis"), with or without a colon between; None when the words after the
    title may go on with it or no standing title opens `text`."""
    match = STANDING_TITLE.match(text)
    if match is None:
        return None
    rest = match["text"].strip()
    first = _bare(rest.split()[0])
    if not match["colon"]:
        if not rest[:1].isupper() or first in GOES_ON:
            return None
        if match["title"].isupper() and rest.split()[0].isupper() and len(first) > 1:
            return None  # "URGENT BUSINESS AGREED BY THE CHAIR": capitals run on, all title
        said = {_bare(w) for w in match["title"].split()}
        if first in TITLE_WORDS and first not in said:
            return None  # "Apologies for Absence Substitutions": the title goes on
    elif not rest[:1].isalpha():
        return None  # "Minutes of the last meeting: 12 March": the meeting's date
    elif match["colon"].strip() == "," and not STARTS_WITH_TITLE.match(rest):
        return None  # "Public Questions, Petitions and Deputations": the title goes on
    return match["title"], rest
