"""A list whose semicolons part its people, each printed "Name, post, organisation".

Older police authority minutes list their guests in one sentence, a semicolon after
each person, and commas inside each person's entry between the name, the post and the
body the post is in:

    ALSO PRESENT:- Inspector A Reid, Secretary, Wyke Branch, Police Federation; Mr B Moss
    and Mrs C Lowe, representing the Staff Association.

Read by commas alone, "Wyke Branch" becomes a person. When semicolons part the list and
every part opens with a titled name, a part read as one titled name and untitled pieces
after it is one person, everything after their name's comma their capacity; "Name and
Name, representing X" gives both the one capacity.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..vocabulary import STARTS_WITH_TITLE

if TYPE_CHECKING:
    from .names import NameEntry

#: "; " or "; and " between people
SEMICOLON = re.compile(r";\s*(?:and\s+)?")
#: A capacity every name before it shares: "representing UNISON", "on behalf of X"
SHARED = re.compile(r"^(?:representing|on\s+behalf\s+of)\s+\S", re.IGNORECASE)
#: Longest list read this way
MAX_TEXT = 2000


def semicolon_parts(text: str) -> list[tuple[int, str]]:
    """The text's parts between its semicolons (a "; and " too), each with its offset."""
    parts: list[tuple[int, str]] = []
    at = 0
    for match in SEMICOLON.finditer(text):
        parts.append((at, text[at : match.start()]))
        at = match.end()
    parts.append((at, text[at:]))
    return parts


def semicolon_rows(text: str, split: Callable[[str], list[NameEntry]]) -> list[NameEntry] | None:
    """The entries of a list parted by semicolons, each "Name, post, organisation", with
    `split` reading each part; None unless the list has that shape and some part holds
    a post that a plain split would read as names."""
    if ";" not in text or len(text) > MAX_TEXT:
        return None
    parts = semicolon_parts(text)
    if len(parts) < 2 or not all(STARTS_WITH_TITLE.match(p.strip()) for _, p in parts):
        return None
    entries: list[NameEntry] = []
    merged = False
    for offset, part in parts:
        found = [dataclasses.replace(e, start=e.start + offset) for e in split(part)]
        titled = [bool(STARTS_WITH_TITLE.match(e.as_written)) for e in found]
        if len(found) > 1 and titled[0] and not any(titled[1:]) and "," in part:
            capacity = part[part.index(",") + 1 :].strip()
            entries.append(dataclasses.replace(found[0], capacity=capacity, organisation=None))
            merged = True
            continue
        shared = found[-1].capacity if found else None
        if len(found) > 1 and all(titled) and shared and SHARED.match(shared):
            found = [dataclasses.replace(e, capacity=e.capacity or shared) for e in found]
        entries.extend(found)
    return entries if merged else None


#: "... Committee Manager and Steve Thompson, Committee ...": an "and" before an untitled
#: forename and surname and their comma starts the next person inside one part
AND_NEXT_PERSON = re.compile(
    r"\s+and\s+(?=[A-Z][\w'’.-]{0,20}(?:\s[A-Z][\w'’.-]{0,20}){0,2}\s[A-Z][\w'’-]{1,30},)"
)


def _comma_people(
    piece: str, is_person: Callable[[str], bool], is_post: Callable[[str], bool]
) -> list[int]:
    """Where each next person starts inside one part after a comma: "Ann Reid, Head of
    Parks, Ben Moss, Senior Manager, Leisure Services": a piece that reads as a person
    with a post after it ("Ben Moss" before "Senior Manager"), so the department between
    ("Leisure Services") stays the post's. The first piece, the part's own person, is
    never one."""
    commas = [m.start() for m in re.finditer(",", piece)]
    ends = [*commas[1:], len(piece)] if commas else []
    starts = []
    for k, (comma, end) in enumerate(zip(commas, ends, strict=True)):
        after = piece[ends[k] + 1 : ends[k + 1]] if k + 1 < len(ends) else ""
        if k and is_person(piece[comma + 1 : end]) and after and is_post(after):
            starts.append(comma + 1)
    return starts


def untitled_semicolon_rows(
    text: str,
    is_person: Callable[[str], bool],
    name_then_post: Callable[[str], tuple[str, str] | None],
    is_post: Callable[[str], bool],
) -> list[tuple[int, str, str]] | None:
    """'Ann Reid, Chief Executive; Ben Moss, Head of Legal, Law Service and Cara Lowe,
    Clerk; Dev Hart Head of Housing': officers in one sentence, untitled, a semicolon or an
    "and" before each next person, a comma between the name and the post (which may hold
    commas of its own). Read by commas alone the post's pieces become people. Each
    person's (start, name, post); None unless every part opens with a person's name and
    has a post, semicolons part at least two people and some post holds a comma (the
    other lists a plain split reads rightly), or an "and"."""
    if ";" not in text or len(text) > MAX_TEXT:
        return None
    rows: list[tuple[int, str, str]] = []
    for begin, part in semicolon_parts(text):
        at = 0
        pieces: list[tuple[int, str]] = []
        for match in AND_NEXT_PERSON.finditer(part):
            pieces.append((begin + at, part[at : match.start()]))
            at = match.end()
        pieces.append((begin + at, part[at:]))
        pieces = [  # "..., Ben Moss, Senior Manager, ...": a next person after a comma
            (offset + start, piece[start:cut].rstrip(", "))
            for offset, piece in pieces
            for start, cut in _cuts(_comma_people(piece, is_person, is_post), len(piece))
        ]
        for offset, piece in pieces:
            row = _untitled_row(offset, piece, is_person, name_then_post)
            if row is None:
                return None
            rows.append(row)
    # a post with a comma or an "and" inside ("Planning and Development Manager") is what
    # a plain split would cut into people
    return rows if any("," in post or " and " in post for _, _, post in rows) else None


def _cuts(starts: list[int], length: int) -> list[tuple[int, int]]:
    """The (start, end) of each piece a part is cut into at `starts`."""
    bounds = [0, *starts]
    return list(zip(bounds, [*starts, length], strict=True))


def _untitled_row(
    offset: int,
    piece: str,
    is_person: Callable[[str], bool],
    name_then_post: Callable[[str], tuple[str, str] | None],
) -> tuple[int, str, str] | None:
    """One person's (start, name, post) from "Ann Reid, Chief Executive" or "Ann Reid
    Chief Executive"; None when the piece opens with no untitled person's name."""
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip().rstrip(".")
    if STARTS_WITH_TITLE.match(piece):
        return None
    if "," in piece:
        name, post = piece.split(",", 1)
        name, post = name.strip(), post.strip()
        if not post or not is_person(name) or len(name.split()) > 4:
            return None
        pieces = [p.strip() for p in post.split(",")]
        if any(is_person(p) for p in pieces[1:-1]):
            return None  # "Head of Finance, W Kidd, Clerk": commas part people here too
        return offset + lead, name, post
    pair = name_then_post(piece)
    if pair is None:
        return None
    return offset + lead, pair[0], pair[1]


#: one person of a forum's roll: a name (a title, or none), a comma, what they come as
#: or from ("Neil White, DNPA", "Peter Thorn, British Canoeing", "Cllr A Reid, PC")
PERSON_COMMA = re.compile(
    r"(?P<name>(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Maj|Sir|Prof|Rev)\.?\s)?"
    r"(?:[A-Z][\w'’.-]*\s){1,3}(?:Ma?c|O['’]|d['’])?[A-Z][\w'’-]+),\s(?P<rest>[^,]\S.*)"
)
#: Fewest parts of such a roll, and the share of them that must be "Name, X" (in quarters)
MIN_PEOPLE = 4
PEOPLE_QUARTERS = 3


def semicolon_people(text: str) -> list[tuple[int, str, str | None]] | None:
    """'Bill Hitchins, DNPA Chairman; Neil White, DNPA; Peter Thorn, British Canoeing;
    Derek Coren; ...': a forum's roll, each person a part, the words after the name's comma
    what they come as or from, however short (an acronym, a body's name), which a split by
    commas reads as other people. Each person's (start, name, capacity); None unless
    `MIN_PEOPLE` parts at least and three in four of them are "Name, X" (a part without a
    comma is a name alone)."""
    if ";" not in text or len(text) > MAX_TEXT:
        return None
    parts = [(begin, part) for begin, part in semicolon_parts(text) if part.strip()]
    rows: list[tuple[int, str, str | None]] = []
    paired = 0
    for begin, part in parts:
        lead = len(part) - len(part.lstrip())
        match = PERSON_COMMA.fullmatch(part.strip())
        rest = match["rest"] if match else ""
        if match is not None and not (STARTS_WITH_TITLE.match(rest) and " " in rest.strip()):
            # (a titled person after the comma is another person; "PC" alone is a body)
            rows.append((begin + lead, match["name"], match["rest"].strip(" .")))
            paired += 1
        else:
            rows.append((begin + lead, part.strip(" ."), None))
    if len(parts) < MIN_PEOPLE or 4 * paired < PEOPLE_QUARTERS * len(parts):
        return None
    return rows
