"""A front sheet's remote-meeting notice and its page column, flattened onto one line.

Since 2020 many agendas print, between the meeting's name and its date, a notice that
the meeting is held remotely ("Eastvale Licensing Committee Because of the public health
guidance this meeting will be held remotely. Tuesday, 3rd May, 2022 - 10.00 a.m.
AGENDA ..."). On a flattened line the notice runs the name into the date, and even cut
back it stands between them where no opening has anything to read. It is cut off at its
own start and sentence's end, and the date after it starts a line; the notice itself is
page furniture (it states no fact the paper's opening does not).

An agenda that heads its items' page numbers "Page Nos." prints each item's pages as a
bare range after its title ("4. LAND AT MILL LANE 7 – 26 Erection of ..."); flattened, the
range runs the title into its description. With that heading on the line, each bare range
is cut out as furniture too.

A Scottish notice in capitals after the meeting's name and date ("... Thursday, 3 March
2031 NOTICE IS HEREBY GIVEN that a Meeting of ...") starts a line of its own too, where
the notice's sentence opens the agenda.
"""

from __future__ import annotations

import re

from ..vocabulary import WEEKDAY_NAME

#: How far into a flattened line a front sheet's notice and date stand
NOTICE_REACH = 700
#: "Due to ... guidance, this meeting will be held remotely.": a sentence that says the
#: meeting is held remotely, opened by one of the notice's usual words
REMOTE_NOTICE = re.compile(
    r"(?<!\S)(?:Due[ ]to|Because[ ]of|In[ ](?:line|accordance)[ ]with|In[ ]light[ ]of|Following"
    r"|As[ ]a[ ]result[ ]of|Under|This[ ]meeting|The[ ]meeting|Please[ ]note)\b[^.]{0,240}?"
    r"\b(?:remote(?:ly)?|virtual(?:ly)?|online|by[ ]video[ ]conference"
    r"|(?:via|by|on)[ ](?:Microsoft[ ])?Teams|(?:via|by|on)[ ]Zoom)\b[^.]{0,120}\."
)
#: "Tuesday, 3rd May, 2022", "Tuesday 3 May 2022": a meeting's date after a sentence's end
DAY_DATE = re.compile(
    r"(?<=[.)] )" + WEEKDAY_NAME + r",?[ ]{1,2}\d{1,2}(?:st|nd|rd|th)?"
    r"[ ]{1,2}[A-Z][a-z]{2,8},?[ ]{1,2}\d{4}\b"
)
#: "NOTICE IS HEREBY GIVEN": a notice's opening in capitals, after the date before it
CAPITALS_NOTICE = re.compile(r"(?<=\S )NOTICE[ ]{1,3}IS[ ]{1,3}HEREBY[ ]{1,3}GIVEN\b")
#: "Page Nos.", "Page No.": the heading of an agenda's column of page numbers
PAGE_COLUMN = re.compile(r"(?<!\S)Page[ ]{1,2}Nos?\.?(?!\S)")
#: "7 – 26": an item's bare page range after its title (with `PAGE_COLUMN` on the line)
BARE_RANGE = re.compile(r"(?<=\S )\d{1,4}[ ]{1,2}[–-][ ]{1,2}\d{1,4}(?= \S)")
#: a piece that is a bare page range alone
RANGE_PIECE = re.compile(r"\d{1,4}[ ]{1,2}[–-][ ]{1,2}\d{1,4}")


def notice_cuts(text: str) -> list[int]:
    """Where a remote-meeting notice near the line's start starts and ends, where a day's
    date after a sentence's end starts (the meeting's date line), and where a notice in
    capitals starts."""
    cuts = []
    for notice in list(REMOTE_NOTICE.finditer(text, 0, NOTICE_REACH))[:1]:
        cuts += [notice.start(), notice.end()]
    cuts += [m.start() for m in DAY_DATE.finditer(text, 0, NOTICE_REACH)][:1]
    cuts += [m.start() for m in CAPITALS_NOTICE.finditer(text, 0, NOTICE_REACH)][:1]
    return cuts


def page_column_cuts(text: str) -> list[int]:
    """Where each bare page range starts and ends, when the line heads its items' pages
    "Page Nos."; [] otherwise."""
    column = PAGE_COLUMN.search(text)
    if column is None:
        return []
    ranges = list(BARE_RANGE.finditer(text, column.end()))
    return [position for m in ranges for position in (m.start(), m.end())]


def notice_pieces(pieces: list[str]) -> dict[int, str]:
    """The indices of the pieces that are page furniture, with the furniture's rule: a
    remote-meeting notice, and a bare page range under a "Page Nos." heading."""
    column = any(PAGE_COLUMN.fullmatch(piece) for piece in pieces)
    found = {}
    for k, piece in enumerate(pieces):
        if REMOTE_NOTICE.fullmatch(piece):
            found[k] = "flattened-meeting-notice"
        elif column and RANGE_PIECE.fullmatch(piece):
            found[k] = "flattened-page-numbers"
    return found
