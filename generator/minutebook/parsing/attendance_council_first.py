"""An attendance table whose first column is the council (or post) and second the member,
flattened onto one run of text.

Joint bodies of many councils (a convention of councils, a joint committee, a regional
panel) print those present as a table, "Council | Member", sorted by council. Converting
the PDF often loses the cells, and the label loses its colon:

    Present Association Chair Cllr A Reid Eastwold Cllr B Moss (Substitute) Eastwold
    Cllr C Lowe Northdown Cllr D Pym Northdown E Hale Northdown Cllr F Rowe Westmarsh
    Cllr G Tate

Each title starts a member; the words before it, back to the end of the previous member's
name (a given name, initials, a surname and any brackets), are the column they sit for.
A row with no title (an officer sitting for a council) shows itself by its council
printed on both sides of it ("Northdown E Hale Northdown") or by a bracket after it. The
reading applies only when the run opens with a column, at least four members are found,
every column is a few capitalised words, and some column is printed more than once (a
table sorted by council); an ordinary list of names is left to the name-list reader.
A footnote's mark after a name ("Ken Clark*") and a slash between two titles ("Mayor Sir
/Cllr Ken Clark") are no part of the name; once four rows are read, what no row fits (a
footnote: "* Cllr Clark substituted for ...") ends the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..vocabulary import TITLE
from .attendance_flattened import FlatMember
from .names import NameEntry

#: A member's title ("Cllr", "Cllr Mrs", an elected "Mayor"): a council's word before it
#: ("District Cllr") belongs to the column before, as the table is read
MEMBER_TITLE = re.compile(
    r"(?:(?<=\s)|^)(?:City\s+Mayor(?=\s+[A-Z][a-z])|(?!(?:County|Borough|District|Town|Parish|City)\s)"
    rf"(?:{TITLE}(?:\s+{TITLE})?(?=\s)|Mayor(?=\s+[A-Z])))"
)
#: A member's name after the title: initials, a given name, initials, a surname; or
#: initials and a surname
NAME_AFTER_TITLE = re.compile(
    # initials and a surname alone ("M. A. Butt"), a column in capitals after it
    r"^\s+(?:(?:[A-Z]\.?\s+){1,3}(?:Ma?c|O['’]|D['’])?[A-Z][a-z][\w'’-]{0,30}\b(?![’'-])(?!\s+[A-Z][a-z])"
    r"|(?:[A-Z]\.?\s+){0,2}[A-Z][a-z][\w'’-]{0,30}(?:\s+[A-Z]\.?){0,2}"
    r"\s+(?:Ma?c|O['’]|D['’])?[A-Z](?=[\w'’-]{0,30}[a-z])[\w'’-]{1,30}"
    # a surname alone after a title of rank ("Cllr Lord True"), a column in capitals after
    r"|[A-Z][a-z][\w'’-]{1,30}\b(?![’'-])(?=\s+[A-Z][A-Z&]))"
    r"(?P<notes>(?:\s*\([^()]{1,40}\)){0,2})"
)
#: An untitled person: a given name and a surname
UNTITLED = re.compile(r"^[A-Z][a-z][\w'’-]{0,30}\s+(?:Ma?c|O['’]|D['’])?[A-Z][\w'’-]{1,30}$")
#: One word of a column: a capitalised word, initials, or a joining word
COLUMN_WORD = re.compile(r"^(?:[A-Z][\w'’.-]{0,30}|&|and|of|the|nan|na|an|upon|on)$")
#: A bracket after a name: what it says
NOTE = re.compile(r"\(([^()]{1,40})\)")
SUBSTITUTE_NOTE = re.compile(r"^substitut(?:e|ing)\b", re.IGNORECASE)
#: A label printed without its colon before the table
BARE_LABEL = re.compile(
    r"^(?P<label>(?:Members\s+)?Present|In\s+attendance|Attending|Attendance|Sederunt)"
    r"\s*:?\s+(?=[A-Z])",
    re.IGNORECASE,
)
#: A list's separators: a table flattened onto a run has none
LIST_MARKS = re.compile(r"[,;]")
#: "Board Chair (In the Chair) Eastwold": a post in the first row whose holder is not
#: named, then the next row's column
POST_WITHOUT_NAME = re.compile(r"^[A-Z][^()]{1,60}\([^()]{1,40}\)\s+(?P<column>\S.{0,80})$")
FEWEST_MEMBERS = 4
#: A footnote's mark after a name ("Ken Clark*"), a slash between two titles ("Mayor Sir
#: /Cllr"): blanked, their length kept, so the names keep their offsets
FOOTNOTE_MARKS = re.compile(r"\*{1,3}(?=\s|$)|(?<=\s)/(?=(?:Cllr|Councillor)\b)")
LONGEST_COLUMN = 6
LONGEST_RUN = 8000


@dataclass(frozen=True)
class _Row:
    column: str
    name: str
    start: int
    notes: str


def _column(words: str) -> bool:
    """Whether a piece of text can be a table's column: a few capitalised words."""
    split = words.split()
    return 0 < len(split) <= LONGEST_COLUMN and all(COLUMN_WORD.match(w) for w in split)


def _untitled_rows(gap: str, start: int, known: set[str]) -> tuple[list[_Row], str] | None:
    """The rows with no title inside the words between two members, and the column of the
    next member: "Northdown E Hale Northdown" (a council on both sides of a name) or
    "Northdown E Hale (Substitute) Westmarsh" (a bracket closing the name)."""
    rows: list[_Row] = []
    rest = gap.strip()
    for _ in range(8):  # a few untitled rows at most between two members
        bracket = NOTE.search(rest)
        if bracket is not None:
            before = rest[: bracket.start()].split()
            if len(before) < 3:
                return None
            column, name = " ".join(before[:-2]), " ".join(before[-2:])
            if not _column(column) or not UNTITLED.match(name):
                return None
            rows.append(_Row(column, name, start, bracket.group()))
            rest = rest[bracket.end() :].strip()
            continue
        words = rest.split()
        for size in range(1, min(LONGEST_COLUMN, (len(words) - 2) // 2) + 1):
            name = " ".join(words[size : size + 2])
            twice = words[:size] == words[-size:] and len(words) == 2 * size + 2
            if twice and UNTITLED.match(name) and _column(" ".join(words[:size])):
                rows.append(_Row(" ".join(words[:size]), name, start, ""))
                rest = " ".join(words[-size:])
                break
        else:
            rest = _after_known_column(rows, rest, start, known)
        return (rows, rest) if _column(rest) else None
    return None


def _after_known_column(rows: list[_Row], rest: str, start: int, known: set[str]) -> str:
    """'Northdown E Hale Westmarsh': a column read before ("Northdown"), an untitled name,
    then the next member's column; the row is added and the next column returned."""
    words = rest.split()
    for column in sorted(known, key=len, reverse=True):
        size = len(column.split())
        if words[:size] == column.split() and len(words) >= size + 3:
            name = " ".join(words[size : size + 2])
            if UNTITLED.match(name) and _column(" ".join(words[size + 2 :])):
                rows.append(_Row(column, name, start, ""))
                return " ".join(words[size + 2 :])
    return rest


def council_first_table(text: str) -> list[FlatMember] | None:
    """The members of a flattened "Column | Member" table, each with the column as their
    capacity, or None when the text is not such a table."""
    if len(text) > LONGEST_RUN:
        return None
    text = FOOTNOTE_MARKS.sub(lambda m: " " * len(m.group()), text)  # "Ken Clark*", "/Cllr"
    titles = list(MEMBER_TITLE.finditer(text))
    if len(titles) < FEWEST_MEMBERS:
        return None
    column = _first_column(text[: titles[0].start()].strip())
    if column is None:
        return None
    rows: list[_Row] = []
    for k, title in enumerate(titles):
        end = titles[k + 1].start() if k + 1 < len(titles) else len(text)
        name = NAME_AFTER_TITLE.match(text[title.end() : end])
        if name is None:
            if k + 1 == len(titles):
                break  # the run stops inside its last row
            if not text[title.end() : end].strip():
                continue  # "Mayor Sir /Cllr Ken Clark": two titles, the later one's the name's
            if _column(text[title.end() : end]):
                column = text[title.end() : end].strip()  # "Wyke Councillor": its name lost
                continue
            if len(rows) >= FEWEST_MEMBERS:
                break  # a footnote after the table: "* Cllr A substituted for Mayor B ..."
            return None
        printed = title.group() + name.group()[: name.start("notes")]
        rows.append(_Row(column, printed, title.start(), name["notes"]))
        gap = text[title.end() + name.end() : end]
        if k + 1 == len(titles):
            break
        read = _untitled_rows(gap, title.end() + name.end(), {row.column for row in rows})
        if read is None and len(rows) >= FEWEST_MEMBERS:
            break  # the table's last row, then its footnote ("LFEPA - * Cllr A ...")
        if read is None:
            return None
        untitled, column = read
        rows.extend(untitled)
    columns = [row.column for row in rows]
    if len(rows) < FEWEST_MEMBERS:
        return None
    if len(set(columns)) == len(columns) and LIST_MARKS.search(text):
        return None  # every column once, and a list's commas: names, not a table
    return [_member(row) for row in rows]


def _first_column(lead: str) -> str | None:
    """The column of the table's first member: the words before its title, after a post
    printed with nobody's name ("Board Chair (In the Chair) Eastwold"); None when the
    words are no column."""
    post = POST_WITHOUT_NAME.match(lead)
    if post is not None:
        lead = post["column"]
    return lead if _column(lead) else None


def _member(row: _Row) -> FlatMember:
    notes = [n.strip() for n in NOTE.findall(row.notes)]
    substitute = any(SUBSTITUTE_NOTE.match(n) for n in notes)
    entry = NameEntry(row.name.strip(), row.column, looks_damaged=False, start=row.start)
    return FlatMember(entry, substitute)


def council_first_label(text: str) -> tuple[str, str] | None:
    """A label (its colon printed or lost) with such a table after it on the same line
    ("Present Eastwold Cllr A Reid ..."): the label and the table, or None."""
    label = BARE_LABEL.match(text.strip())
    if label is None:
        return None
    rest = text.strip()[label.end() :].strip()
    return (label["label"], rest) if council_first_table(rest) is not None else None
