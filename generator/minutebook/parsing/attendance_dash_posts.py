"""Each person on a line of their own, their post in a column after a spaced dash.

A health and wellbeing board's minutes (and other partnership boards') list members and
officers one a line, the post in a second column after a dash, wrapping in that column:

    Councillor Ann Reid (Chair)        - Cabinet Member for Adults and
                                         Public Health
    Mr Ben Moss                        - Director of Public Health

Each row is rewritten "Name (Post);", the form the list reader reads a capacity from,
with the post's wrapped lines joined to it and taken out of the list. A name with its
own bracket keeps it as the capacity ("(Chair)": the office held at the meeting) and the
post is dropped. Read only when the part before the dash is a person and the post is not
itself bracketed, so a sentence with a dash in it is left alone.

Officers' lists print the same rows with a single space around the dash, and a post
naming several areas holds commas ("Ann Reid - Director of Finance, Policy and
Governance"), which the list reader would split into people. A run of two or more rows
so printed, one of them with a comma in its post, is rewritten the same way, each row
unless a piece after a comma is titled or has a dash of its own (a second person); a
post's last words wrapped onto a line of their own are joined to it.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import STARTS_WITH_TITLE
from .attendance import minutes_table_header
from .names import looks_like_a_person

#: "Councillor Ann Reid (Chair)      - Cabinet Member for ...": name, gap, dash, post
DASH_ROW = re.compile(
    r"^(?P<name>[A-Z][^\t()–—-]{2,80}?(?:\s\([^()]{1,40}\))?)[ \t]{3,60}[-–—]\s"
    r"(?P<post>\S.{1,160})$"
)
#: "Ann Reid - Director of Finance, Policy and Governance": one space around the dash
SPACED_DASH_ROW = re.compile(
    r"^(?P<name>[A-Z](?:[^\t()–—,-]|(?<=\w)-(?=\w)){2,80}?)\s[-–—]\s(?P<post>[A-Z][^()\t]{1,160})$"
)
#: The end of a post wrapped onto a line of its own: a few words, no punctuation
WRAP_LINE = re.compile(r"^[A-Z][\w'’&]*(?:\s[\w'’&]+){0,3}$")
#: how far a wrapped line of the post may stand from the post's column
COLUMN_SLACK = 2
#: most lines a post wraps onto
MAX_WRAPS = 3


def _person(name: str) -> bool:
    bare = re.sub(r"\s\([^()]*\)$", "", name).strip()
    return bool(STARTS_WITH_TITLE.match(bare)) or looks_like_a_person(bare)


def _spaced_row(text: str) -> re.Match[str] | None:
    """The line as "Person - Post" with a single space around the dash; None if not."""
    match = SPACED_DASH_ROW.match(text.strip()) if len(text) <= 300 else None
    return match if match and _person(match["name"]) else None


def _rewritten(match: re.Match[str], wrap: str) -> str | None:
    """The row "Name (Post);" with the post's wrapped words, or None when the post is a
    titled name ("Labour Group - Cllr A Reid, Cllr B Moss") or a piece after a comma is
    titled or has a dash of its own (a second person: "... Clerk, Mr B Moss - Solicitor")."""
    pieces = [p.strip() for p in match["post"].split(",")]
    if STARTS_WITH_TITLE.match(pieces[0]) or any(
        STARTS_WITH_TITLE.match(p) or re.search(r"\s[-–—]\s", p) for p in pieces[1:]
    ):
        return None
    post = f"{match['post'].strip()} {wrap}".strip().rstrip(".;")
    return f"{match['name'].strip()} ({post});"


def _wrap(text: str) -> bool:
    """Whether a line is the end of a post wrapped from the row above ("Commissioner"):
    a few words, no punctuation, no title, not a heading in capitals or a table's header."""
    text = text.strip()
    if not WRAP_LINE.match(text) or text.isupper() or STARTS_WITH_TITLE.match(text):
        return False
    if minutes_table_header(text):  # "Item Description Decision": the minutes begin
        return False
    return _spaced_row(text) is None


def spaced_comma_rows(preamble: list[Line]) -> dict[int, str]:
    """Index -> the row rewritten, for every run of two or more "Person - Post" rows
    printed with one space around the dash in which some post holds a comma; a post's
    wrapped line maps to "" (taken out, its words joined to the post)."""
    out: dict[int, str] = {}
    n = 0
    while n < len(preamble):
        run: list[tuple[int, re.Match[str], int | None]] = []
        while n < len(preamble) and (match := _spaced_row(preamble[n].text)):
            after = n + 1
            wrapped = after < len(preamble) and _wrap(preamble[after].text)
            following = after + 1 < len(preamble) and _spaced_row(preamble[after + 1].text)
            # a wrapped line inside the run, or at its end with the run's commas
            run.append((n, match, after if wrapped and (following or run) else None))
            n = after + 1 if wrapped and (following or run) else after
        if len(run) >= 2 and any("," in m["post"] for _, m, _ in run):
            for k, m, wrap in run:
                row = _rewritten(m, preamble[wrap].text.strip() if wrap is not None else "")
                if row is not None:
                    out[k] = row
                    out.update({wrap: ""} if wrap is not None else {})
        n += 0 if run else 1
    return out


def dash_post_rows(preamble: list[Line]) -> list[Line]:
    """The preamble with every such row rewritten and its post's wrapped lines taken out;
    the same lines when there is none."""
    out: list[Line] = []
    spaced_rows = spaced_comma_rows(preamble)
    n = 0
    while n < len(preamble):
        line = preamble[n]
        match = DASH_ROW.match(line.text.strip()) if len(line.text) <= 300 else None
        spaced = spaced_rows.get(n) if match is None else None
        if spaced is not None:  # "" for a post's wrapped line, joined to its row
            out.extend([Line(line.number, spaced)] if spaced else [])
            n += 1
            continue
        if match is None or "(" in match["post"] or not _person(match["name"]):
            out.append(line)
            n += 1
            continue
        column = line.text.index(match["post"], len(line.text) - len(line.text.lstrip()))
        post = [match["post"].strip()]
        k = n + 1
        while k < len(preamble) and k - n <= MAX_WRAPS:
            below = preamble[k].text
            indent = len(below) - len(below.lstrip())
            if not below.strip() or abs(indent - column) > COLUMN_SLACK:
                break
            post.append(below.strip())
            k += 1
        name = match["name"].strip()
        capacity = "" if name.endswith(")") else f" ({' '.join(post)})"
        out.append(Line(line.number, f"{name}{capacity};"))
        n = k
    return out
