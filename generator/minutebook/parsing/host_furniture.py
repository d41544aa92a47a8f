"""The furniture of the site that carried a paper, printed above the paper's opening.

A paper saved from a document host or a council's web page opens with the host's lines
before its own: a loading notice ("Loading images..."), an advert's label
("advertisement"), an accessibility badge ("BSL Used Here"), a navigation link or label
("About Us", "Browse By", "Page Contents"), the viewer's controls
("Size: px", "Start display at page:", "Download "X"", "Transcription", "Total Page:16",
"File Type:pdf, Size:980Kb", "Document Sample", "X Powered By Docstoc", "04.03.2015 Views",
"SHOW MORE", an ePaper host's advert, a committee page's "Subscribe", a file host's
"Post on 12-Apr-2022" and "9 views 0 download"), its preview of the text cut short with
"...", and above them, at most, the host's own title for the file ("Minutes - Westmarch
CCG", a title cut short). None of the furniture is the paper's: read as its first lines it
became a paper of its own, or gave the paper its body ("BSL Used Here", "Browse By").
At the file's head, a run of such lines (under a title line or two, at most) is furniture;
the host's title names the paper and stays its first line. The host may print the file's
first page number before its title ("1 Minutes of the Meeting of X"): that number is the
page's, not a first minute's, and is taken off the title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Furniture, Line

#: One line of a host's furniture, whole
HOST_LINE = re.compile(
    r"Loading(?:[ \t]images)?[ \t]?(?:\.{3}|…)"
    r"|advertisements?"
    r"|(?:BSL[ \t]Used[ \t]Here[ \t]*){1,3}"
    r"|About[ \t]Us"
    r"|Browse[ \t]By"
    r"|Page[ \t]Contents"
    r"|Size:[ \t]*px"
    r"|Start[ \t]display[ \t]at[ \t]page:?"
    r"|Download[ \t]+\"[^\"]{1,200}\""
    r"|Transcription"
    r"|Total[ \t]Page:[ \t]*\d{1,4}"
    r"|File[ \t]Type:[ \t]*\w{2,5},[ \t]*Size:[ \t]*[\d.,]{1,8}[ \t]*[KkMm]b"
    r"|Document[ \t]Sample"
    r"|.{0,150}\bPowered[ \t]By[ \t]Docstoc"
    r"|\d{1,2}\.\d{1,2}\.\d{4}[ \t]Views"
    r"|Show[ \t](?:More|Less)"
    r"|You[ \t]also[ \t]want[ \t]an[ \t]ePaper\?.{0,100}"
    r"|YUMPU[ \t]automatically[ \t].{0,150}"
    r"|Subscribe"
    r"|\d{1,7}[ \t]views?(?:[ \t]\d{1,7}[ \t]downloads?)?"
    r"|Post(?:ed)?[ \t]on[ \t]\d{1,2}-[A-Za-z]{3}-\d{4}"
    r"|.{10,200}[ \t](?:\.{3}|…)",
    re.IGNORECASE,
)
#: a page number the host printed before its title: "1 Minutes of ..." (a capital follows)
PAGE_BEFORE_TITLE = re.compile(r"^[ \t]{0,4}\d{1,3}[ \t]{1,4}(?=[A-Z])")
#: Most title lines the host prints above its furniture
MAX_TITLE_LINES = 2
#: Longest title line the host prints
MAX_TITLE_CHARS = 150
#: Most non-blank lines of the file's head searched for the host's furniture
MAX_HEAD_LINES = 12


def host_line(text: str) -> bool:
    """Whether a (stripped) line is one of a host's furniture lines."""
    return len(text) <= 200 and HOST_LINE.fullmatch(text) is not None


def host_run_end(lines: list[Line]) -> int | None:
    """The index after the host's furniture at the head of `lines`, or None when the file
    opens with no such run."""
    titles = 0
    end: int | None = None
    seen = 0
    for k, line in enumerate(lines):
        text = line.text.strip().strip("*#_ ")
        if not text:
            continue
        seen += 1
        if seen > MAX_HEAD_LINES:
            break
        if host_line(text):
            end = k + 1
            continue
        if end is not None:
            break  # the paper's own first line
        titles += 1
        if titles > MAX_TITLE_LINES or len(text) > MAX_TITLE_CHARS or text.endswith("."):
            return None
    return end


def drop_host_furniture(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Drop the host's furniture lines at the file's head; a title line above them names
    the paper and stays its first line."""
    end = host_run_end(lines)
    if end is None:
        return lines, []
    head = lines[:end]
    dropped = [line for line in head if host_line(line.text.strip().strip("*#_ "))]
    kept = [
        replace(line, text=PAGE_BEFORE_TITLE.sub("", line.text, count=1))
        for line in head
        if not host_line(line.text.strip().strip("*#_ "))
    ]
    return kept + lines[end:], [Furniture(line, "host-furniture") for line in dropped]
