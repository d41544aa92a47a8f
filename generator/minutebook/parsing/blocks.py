"""A paper's body as typed blocks, laid out once: what every page shows of it.

Which lines make a table, a list and its nesting, a paragraph carried across a page
break, a footnote or a heading is decided here, from the part's own lines and facts, so
pages only map blocks to markup. Lines a record stands for (a heading, an agenda item, a
minute's heading, a member, an attendee cell, the attendance header) are blocks of their
own: nothing runs into or across them. Each paragraph and list item is numbered by its
place in the part, an id that adding documents never changes.
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections import Counter
from collections.abc import Collection, Mapping

from ..model import (
    AttendanceHeaderBlock,
    Block,
    HeadingBlock,
    Line,
    ListItemBlock,
    ParagraphBlock,
    Part,
    RecordLineBlock,
    TableBlock,
)
from .record_lines import attendance_header, attendee_cells, item_citations
from .tables import has_header

BULLET = re.compile(r"^(?P<indent>\s*)(?:[-•*]|\u2022)\s+(?P<text>.*)$")
#: What BULLET's marker can be: the first character of a bullet line, stripped.
BULLET_MARKS = frozenset("-•*")
#: A list item's own marker: "a." (a letter, not one that could be a roman numeral) or "4.".
ITEM_MARKER = re.compile(r"^(?:(?P<letter>[a-hj-uw-z])|(?P<digits>\d{1,3}))[.)]\s")
#: A resolution of the body ("RESOLVED: To **note** ...", "**RESOLVED** that ...").
RESOLUTION = re.compile(r"^\s*(?:\*\*)?RESOLVED\b")
#: A '#' line: never carries on the sentence of the line before.
HEADING = re.compile(r"^#{1,6}")
#: A footnote's definition: its mark, then its text ("¹ 'Vision Zero' aims ...").
SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
FOOTNOTE_DEFINITION = re.compile(r"^(?P<mark>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+\S")
#: The last character of a line that leaves its sentence open ("... engagement and use of"):
#: a letter or a comma (a set, not a pattern searched over the whole line).
OPEN_ENDING_CHARACTERS = frozenset(string.ascii_letters + ",")


def footnote_definitions(lines: list[Line]) -> dict[int, str]:
    """The mark of each footnote's definition, by its line (the first of a mark wins)."""
    found: dict[str, int] = {}
    for line in lines:
        if line.text.strip()[:1] not in SUPERSCRIPT_DIGITS:  # cheap: most lines
            continue
        match = FOOTNOTE_DEFINITION.match(line.text.strip())
        if match:
            found.setdefault(match["mark"], line.number)
    return {number: mark for mark, number in found.items()}


class _Layout:
    """One pass over a part's lines; `alone` maps a line to the block standing for it
    (None: a line of the block before), `anchored` holds the lines opening a numbered
    paragraph (never a list item, never carried into the paragraph before)."""

    def __init__(
        self,
        lines: list[Line],
        alone: Mapping[int, Block | None],
        anchored: Collection[int],
        at_piece: Mapping[int, Block] | None = None,
    ) -> None:
        self.lines = lines
        self.alone = alone
        # records of a flattened line standing at their own piece, by the piece's index
        self.at_piece = at_piece or {}
        self.footnotes = footnote_definitions(lines)
        self.apart = {*self.footnotes, *anchored}
        # a glued heading shares its source line number with the text before it: the
        # block standing for that number stands for the last line of it, the heading
        self.last_index = {line.number: k for k, line in enumerate(lines)}
        self.pieces = Counter(line.number for line in lines)
        self.blocks: list[Block] = []
        self.number = 0

    def flattened(self, number: int) -> bool:
        """Whether source line `number` was cut into more pieces than a glued heading
        makes (`flattened_lines`)."""
        return self.pieces[number] > 2

    def standing(self, k: int) -> bool:
        number = self.lines[k].number
        return k in self.at_piece or (number in self.alone and self.last_index[number] == k)

    def continuation(self, i: int) -> int | None:
        """Paragraph split by a page break: the index of the line that carries on the
        sentence line i leaves open ("... and use of" / "traditional social media, ..."),
        if the next text line starts in lower case and is plain text; None otherwise."""
        lines = self.lines
        if lines[i].text.rstrip()[-1:] not in OPEN_ENDING_CHARACTERS:
            return None
        k = i + 1
        while k < len(lines) and not lines[k].text.strip():
            k += 1
        if k >= len(lines) or lines[k].number in self.apart or self.standing(k):
            return None
        text = lines[k].text
        if "\t" in text or HEADING.match(text.strip()) or BULLET.match(text):
            return None
        return k if text[:1].islower() else None

    def carried(self, first: Line, i: int) -> tuple[tuple[Line, ...], int]:
        """A block's lines from `first` (line i, as shown) on, and the index of its last."""
        pieces = [first]
        while (k := self.continuation(i)) is not None:
            pieces.append(self.lines[k])
            i = k
        return tuple(pieces), i

    def numbered(self, header: AttendanceHeaderBlock) -> AttendanceHeaderBlock:
        """The attendance header, its paragraphs and items numbered in the part's order."""
        blocks: list[Block] = []
        for block in header.blocks:
            if isinstance(block, ParagraphBlock | ListItemBlock):
                self.number += 1
                block = dataclasses.replace(block, number=self.number)
            blocks.append(block)
        return dataclasses.replace(header, blocks=tuple(blocks))

    def run(self) -> list[Block]:
        lines = self.lines
        in_list = False
        list_indent = 0  # indent of the open list's first item
        lettered: dict[int, bool] = {}  # by depth: the open list's items there are lettered
        i = 0
        while i < len(lines):
            line = lines[i]
            text = line.text
            if i in self.at_piece:  # a record of a flattened line, where its piece stands
                self.blocks.append(self.at_piece[i])
                if line.number in self.alone and self.last_index[line.number] == i:
                    shared = self.alone[line.number]  # the line's other records, after it
                    if isinstance(shared, RecordLineBlock):
                        shared = dataclasses.replace(shared, reprinted=False)
                    self.blocks += [shared] if shared is not None else []
                in_list = False
                i += 1
                continue
            if self.standing(i):
                block = self.alone[line.number]
                if isinstance(block, AttendanceHeaderBlock):
                    block = self.numbered(block)
                if isinstance(block, RecordLineBlock) and self.flattened(line.number):
                    # a page flattened onto one line: its records share the line, which
                    # stands for them after its last piece, shown as printed (once)
                    self.blocks.append(block.printed)
                    block = dataclasses.replace(block, reprinted=False)
                if block is not None:
                    self.blocks.append(block)
                in_list = False
                i += 1
                continue
            if not text.strip():
                i += 1
                continue
            if "\t" in text:
                rows = []
                while i < len(lines) and "\t" in lines[i].text and not self.standing(i):
                    rows.append(lines[i].text.strip("\n"))
                    i += 1
                cells = tuple(tuple(row.split("\t")) for row in rows)
                self.blocks.append(TableBlock(line.number, cells, has_header(rows)))
                in_list = False
                continue
            # each pattern is tried only on lines that start as it needs (most lines: none)
            bullet = BULLET.match(text) if text.strip()[:1] in BULLET_MARKS else None
            self.number += 1
            if bullet and line.number not in self.apart:
                # nested only under an open list, and only deeper than the list's first
                # item: an indented first item would be a code block, and the items after
                # it at its indent are its siblings
                marker = ITEM_MARKER.match(bullet["text"])
                if not in_list:
                    list_indent = len(bullet["indent"])
                    lettered = {}
                depth = 1 if len(bullet["indent"]) > list_indent and in_list else 0
                lettered = {d: is_lettered for d, is_lettered in lettered.items() if d <= depth}
                lettered.setdefault(depth, bool(marker and marker["letter"]))
                if lettered[depth] and marker and marker["digits"]:
                    depth += 1  # "a." "1." "2." "b.": printed at one indent, "1." "2." are a's
                # an item split by a page break ("... the outcome was" / "positive with
                # police officers ...") is one item
                pieces, i = self.carried(Line(line.number, bullet["text"]), i)
                self.blocks.append(ListItemBlock(pieces, self.number, depth, not in_list))
                in_list = True
            else:
                first = Line(line.number, bullet["text"]) if bullet else line
                pieces, i = ((first,), i) if bullet else self.carried(first, i)
                resolution = "RESOLVED" in text and bool(RESOLUTION.match(text))
                footnote = self.footnotes.get(line.number)
                self.blocks.append(ParagraphBlock(pieces, self.number, footnote, resolution))
                in_list = False
            i += 1
        return self.blocks


def lay_out(
    lines: list[Line],
    alone: Mapping[int, Block | None] | None = None,
    anchored: Collection[int] = (),
    at_piece: Mapping[int, Block] | None = None,
) -> list[Block]:
    """Lines as blocks (see `_Layout`); `at_piece`: blocks standing for one piece of a
    flattened line each, by the piece's index in `lines`."""
    return _Layout(lines, alone or {}, anchored, at_piece).run()


def _printed(line: Line) -> ParagraphBlock | ListItemBlock | TableBlock | None:
    """A line laid out on its own (None if blank)."""
    block = next(iter(lay_out([line])), None)
    if isinstance(block, ParagraphBlock | ListItemBlock):
        return dataclasses.replace(block, number=0)  # no place of its own: a record's
    return block if isinstance(block, TableBlock) else None


#: How far into a piece of a flattened line a record's title may start (after its number
#: or code), how many of the title's first characters it must print, and how much may
#: follow the title in the piece ("(Pages 5 - 12)"): a piece that goes on into the
#: record's text is no heading a page may show in its place.
MAX_LEAD = 24
TITLE_PREFIX = 24
MAX_AFTER_TITLE = 16


def _opens(text: str, mark: str | None, title: str) -> bool:
    """Whether a piece of a flattened line is a record's heading: its title within the
    piece's first few characters, after the record's number or code (`mark`) when it has
    one ("4. Proposed police precept 2025/26"), and little after it."""
    whole = " ".join(title.split()).lower()
    piece = " ".join(text.split()).lower()
    at = piece.find(whole[:TITLE_PREFIX], 0, MAX_LEAD + TITLE_PREFIX) if whole else -1
    if at < 0 or at > MAX_LEAD or len(piece) > at + len(whole) + MAX_AFTER_TITLE:
        return False
    return mark is None or mark.lower() in piece[:at]


def _record_pieces(
    pieces: list[int], lines: list[Line], records: list[tuple[str | None, str]]
) -> list[int] | None:
    """The index of the piece each record of a flattened line opens, in their order
    (`records`: each one's mark and title); None unless every record has its piece."""
    found: list[int] = []
    start = 0
    for mark, title in records:
        k = next(
            (j for j in range(start, len(pieces)) if _opens(lines[pieces[j]].text, mark, title)),
            None,
        )
        if k is None:
            return None
        found.append(pieces[k])
        start = k + 1
    return found


def piece_blocks(part: Part) -> dict[int, Block]:
    """On a page flattened onto one line (`flattened_lines`), whose items or minutes share
    the line: a block for each record at the piece its heading opens, by the piece's index
    in the part's lines, so each heading is shown where it stands. A line some record of
    which opens no piece keeps its records together (`standing_blocks`)."""
    pieces: dict[int, list[int]] = {}
    for k, line in enumerate(part.lines):
        pieces.setdefault(line.number, []).append(k)
    found: dict[int, Block] = {}
    kinds: list[list[tuple[int, str | None, str]]] = [
        [(item.line, item.code, item.title) for item in part.items],
        [(m.line, m.number if m.numbered else None, m.title) for m in part.minutes],
    ]
    for records in kinds:
        by_line: dict[int, list[tuple[str | None, str]]] = {}
        for n, mark, title in records:
            if len(pieces.get(n, ())) > 2:  # more pieces than a glued heading makes
                by_line.setdefault(n, []).append((mark, title))
        for n, marked in by_line.items():
            at = _record_pieces(pieces[n], part.lines, marked)
            for share, k in enumerate(at or ()):
                printed = _printed(part.lines[k])
                if printed is not None:
                    found[k] = RecordLineBlock(n, printed, share)
    return found


def standing_blocks(part: Part, split: Collection[int] = ()) -> dict[int, Block | None]:
    """The blocks that stand for lines of the part, by line: a record's wins over a
    heading's (an attendee cell over a minute's heading; a member over an item). Items and
    minutes of a flattened line in `split` stand at their own pieces instead
    (`piece_blocks`)."""
    index = {line.number: line for line in part.lines}  # the last line of each number
    alone: dict[int, Block | None] = {
        h.line: HeadingBlock(h.line, h.level, h.title) for h in part.headings
    }
    for n in [
        *(item.line for item in part.items if item.line not in split),
        *(member.line for member in part.membership),
        *(minute.line for minute in part.minutes if minute.line not in split),
    ]:
        if n in index and (printed := _printed(index[n])) is not None:
            alone[n] = RecordLineBlock(n, printed)
    cells = attendee_cells(part)
    alone.update((cell.line, cell) for cell in cells)
    for citation in item_citations(part):
        alone.setdefault(citation.line.number, citation)
    header = attendance_header(part, [cell.line for cell in cells])
    if header is not None:
        first, last = header
        inside = [line for line in part.lines if first <= line.number <= last]
        alone.update((line.number, None) for line in inside)
        alone[first] = AttendanceHeaderBlock(first, last, tuple(lay_out(inside)))
    return alone


def part_blocks(part: Part) -> list[Block]:
    """The part's body as blocks; numbered paragraphs of its minutes open blocks (a
    bulleted one stays a list item)."""
    anchored = {p.line for m in part.minutes for p in m.paragraphs if p.number is not None}
    at_piece = piece_blocks(part)
    split = {part.lines[k].number for k in at_piece}
    return lay_out(part.lines, standing_blocks(part, split), anchored, at_piece)
