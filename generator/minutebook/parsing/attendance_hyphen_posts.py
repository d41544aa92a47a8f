"""Each person on a line of their own, their post or ward after a hyphen with no spaces.

Committee-system pages, and some boards' minutes, print the list one person a line with
the post, organisation or ward glued to the name by a bare hyphen, a post wrapping onto
the next line:

    Ann Reid (Leader)-Eastby North
    Councillor Moss-Deputy City Mayor
    Jo Park-Strategic Director for Adults and
    Public Health
    Tom Hale-Eastby North

Read as printed, each row is one name ("Tom Hale-Eastby North"), and a hyphenated surname
("Ann Lowe-Reid", "Dr Kay Ogden-Forde") looks the same, so it must never be split. A row is
cut at a hyphen only when the part before it is a complete person (titled, or two to five
capitalised words) and the part after it is shown to be no surname: a bracket closes just
before the hyphen, or the part after is two or more words (no bracket, no honour at its
end, no comma after its first word), or its one word is the part after the hyphen of
another row of the same list ("-Abbey" twice). The list must hold three such rows,
consecutive but for blank lines and wrapped lines; another list of the same paper (after a
label such as "Officers:") may then hold fewer, and a row with a space beside its dash
("Ann Reid -Board Member", "Tom Hale - in the Chair") joins a list the glued rows have
shown, but never counts towards it.

Each row is rewritten "Name (Post);", the form the list reader reads a capacity from. A
name's own bracket stays its capacity ("(Leader)": the office held) and what follows the
hyphen is dropped. A list in which most rows share their part after the hyphen with
another row is a list of members by ward: the ward says where the member sits, not what
they are at the meeting, so only the name (and its bracket) is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Line
from ..vocabulary import IS_HONOUR, STARTS_WITH_TITLE
from .names import looks_like_a_person

#: a hyphen or dash glued to the word before and after it ("Reid-Abbey", "(Chair)-in")
GLUED_DASH = re.compile(r"(?<=[^\s\-–—])[-–—](?=[^\s\-–—])")
#: a dash with a space beside it ("Ann Reid -Board Member", "Ann Reid - Clerk")
SPACED_DASH = re.compile(r"(?<=\S)\s[-–—]\s?(?=[A-Za-z])|(?<=[\w)])[-–—]\s(?=[A-Za-z])")
#: a chairing note after the dash ("-in the Chair for items 1 to 4")
IN_THE_CHAIR = re.compile(r"^in the chair\b", re.IGNORECASE)
#: the name and its own bracket ("Ann Reid (Leader)")
NAME_BRACKET = re.compile(r"^(?P<name>[^()]{3,80}?)\s?\((?P<bracket>[^()]{1,60})\)$")
#: the words a wrapped post ends on before its next line ("... Adult Services and")
CONNECTOR_END = re.compile(r"(?:\b(?:and|of|for|the|in|to|with)|[-–—&,/])$")
#: a label line ("Officers:", "OTHERS IN ATTENDANCE:") that starts another list
LABEL = re.compile(r"^[A-Z][A-Za-z ]{2,40}:\s*$")
#: words that a post's hyphen follows ("Non-Executive", "Vice-Chair", "Co-opted")
POST_PREFIXES = frozenset({"Non", "Vice", "Co", "Ex", "Sub", "Pro", "Anti", "Joint", "Self"})
#: most dashes tried on a line, most lines a post wraps onto, longest row
MAX_DASHES = 6
MAX_WRAPS = 2
MAX_ROW = 240
#: rows a list needs before any of its rows is read this way
MIN_ROWS = 3


@dataclass(frozen=True)
class _Row:
    """One line cut at its hyphen: the name (with its bracket), the part after it, how
    sure the cut is without other rows, and whether the dash had a space beside it."""

    name: str
    bracketed: bool
    post: str
    sure: bool
    spaced: bool


def _person(name: str) -> bool:
    """Whether the part before the dash is one whole person: no separator in it and no
    prefix of a hyphenated post at its end ("Mrs A Reid / Non", "Tom Hale Vice")."""
    words = name.split()
    if not words or re.search(r"[(),:;/|\\]|\s[-–—]", name) or words[-1] in POST_PREFIXES:
        return False
    return bool(STARTS_WITH_TITLE.match(name)) or looks_like_a_person(name)


def _cut(text: str, at: int, width: int, spaced: bool) -> _Row | None:
    """The line cut at the dash at `at`; None when the part before is no person or the
    part after could be the rest of a surname or a sentence."""
    left, post = text[:at].strip(), text[at + width :].strip()
    bracket = NAME_BRACKET.match(left)
    name = bracket["name"].strip() if bracket else left
    if not _person(name) or "(" in post or not post[:1].isalpha():
        return None
    if not bracket and not post[:1].isupper() and not IN_THE_CHAIR.match(post):
        return None
    words = post.split()
    several = len(words) >= 2 and not words[0].endswith(",") and not IS_HONOUR.match(words[-1])
    return _Row(left, bool(bracket), post.rstrip(".;"), bool(bracket) or several, spaced)


def _row(text: str) -> _Row | None:
    """The line as a row, cut at the last dash that leaves a person before it; None when
    no dash does."""
    text = text.strip()
    if len(text) > MAX_ROW or not text[:1].isupper():
        return None
    glued = list(GLUED_DASH.finditer(text))[-MAX_DASHES:]
    for dash in reversed(glued):
        if (row := _cut(text, dash.start(), 1, spaced=False)) is not None:
            return row
    spaced = SPACED_DASH.search(text)
    return _cut(text, spaced.start(), len(spaced[0]), spaced=True) if spaced else None


def _wrap(text: str, above: str) -> bool:
    """Whether a line is the end of the post above it: a few words, no label or heading,
    and either lower case, or after a post that stops on a joining word, or no person."""
    words = text.split()
    if not words or len(words) > 8 or text.endswith(":") or text.isupper():
        return False
    if text[:1].islower() or CONNECTOR_END.search(above):
        return True
    return not STARTS_WITH_TITLE.match(text) and not looks_like_a_person(text)


def _lists(preamble: list[Line]) -> list[list[tuple[int, _Row, list[int]]]]:
    """The runs of rows (index, row, indices of its post's wrapped lines), each run ending
    at a line that is neither a row, a wrapped line nor blank."""
    runs: list[list[tuple[int, _Row, list[int]]]] = []
    run: list[tuple[int, _Row, list[int]]] = []
    for n, line in enumerate(preamble):
        text = line.text.strip()
        if not text:
            continue
        row = _row(text)
        if row is not None:
            run.append((n, row, []))
        elif run and len(run[-1][2]) < MAX_WRAPS and _wrap(text, _last_text(preamble, run)):
            run[-1][2].append(n)
        else:
            runs.append(run)
            run = []
    runs.append(run)
    return [run for run in runs if run]


def _last_text(preamble: list[Line], run: list[tuple[int, _Row, list[int]]]) -> str:
    index, _, wraps = run[-1]
    return preamble[wraps[-1] if wraps else index].text.strip()


def _kept(run: list[tuple[int, _Row, list[int]]]) -> list[tuple[int, _Row, list[int]]]:
    """The rows of a run whose cut stands: sure, or the part after the hyphen shared."""
    posts = [row.post for _, row, _ in run if not row.spaced]
    return [
        entry
        for entry in run
        if entry[1].sure or (not entry[1].spaced and posts.count(entry[1].post) >= 2)
    ]


def hyphen_post_rows(preamble: list[Line]) -> list[Line]:
    """The preamble with every row of such a list rewritten "Name (Post);" (or "Name;"
    in a list by ward) and its post's wrapped lines taken out; the same lines when the
    paper prints no such list."""
    runs = [_kept(run) for run in _lists(preamble)]
    glued = [sum(not row.spaced for _, row, _ in run) for run in runs]
    if not glued or max(glued) < MIN_ROWS:
        return preamble
    rewritten: dict[int, str] = {}
    for run, count in zip(runs, glued, strict=True):
        if not count:
            continue
        posts = [row.post for _, row, _ in run]
        by_ward = sum(posts.count(post) >= 2 for post in posts) * 2 > len(posts)
        for index, row, wraps in run:
            post = " ".join([row.post, *(preamble[k].text.strip() for k in wraps)])
            kept = row.bracketed or by_ward
            rewritten[index] = f"{row.name};" if kept else f"{row.name} ({post});"
            rewritten.update(dict.fromkeys(wraps, ""))
    return [
        line if n not in rewritten else Line(line.number, rewritten[n])
        for n, line in enumerate(preamble)
        if rewritten.get(n) != ""
    ]
