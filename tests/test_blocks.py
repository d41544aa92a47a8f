"""A paper's body laid out once, in parsing, as typed blocks (`parsing.blocks`)."""

from __future__ import annotations

from minutebook.model import (
    HeadingBlock,
    Line,
    ListItemBlock,
    ParagraphBlock,
    Part,
    RecordLineBlock,
    TableBlock,
)
from minutebook.parsing.blocks import lay_out

REPORT = [
    "Purpose of the report",
    "The Panel is asked to note the update on the Riverside",
    "",
    "community safety plan, which the Board agreed.",
    "- a. Funding for the Harbour Road project",
    "- 1. Street lighting",
    "- 2. Patrols",
    "- b. Youth outreach",
    "Offence\tLast year\tThis year",
    "Thefts\t41\t38",
    "RESOLVED: That the update be noted.",
    "The plan supports Safe Streets.¹",
    "¹ Safe Streets is the Borough's programme.",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_a_report_body_is_laid_out_as_typed_blocks() -> None:
    heading = HeadingBlock(1, 2, "Purpose of the report")
    blocks = lay_out(_lines(REPORT), {1: heading})
    assert blocks[0] == heading
    # a sentence left open before a page break carries on in lower case: one paragraph
    first = blocks[1]
    assert isinstance(first, ParagraphBlock) and [x.number for x in first.lines] == [2, 4]
    items = [b for b in blocks if isinstance(b, ListItemBlock)]
    # "1." and "2." printed at one indent after "a." belong to it
    assert [(b.line, b.depth, b.opens_list) for b in items] == [
        (5, 0, True),
        (6, 1, False),
        (7, 1, False),
        (8, 0, False),
    ]
    assert items[0].lines[0].text == "a. Funding for the Harbour Road project"  # no bullet
    [table] = [b for b in blocks if isinstance(b, TableBlock)]
    assert table.rows == (("Offence", "Last year", "This year"), ("Thefts", "41", "38"))
    assert table.header
    paragraphs = [b for b in blocks if isinstance(b, ParagraphBlock)]
    assert [p.resolution for p in paragraphs] == [False, True, False, False]
    assert [p.footnote for p in paragraphs] == [None, None, None, "¹"]


def test_blocks_are_numbered_by_their_place_in_their_part() -> None:
    blocks = lay_out(_lines(REPORT))
    numbers = [b.number for b in blocks if isinstance(b, ParagraphBlock | ListItemBlock)]
    assert numbers == list(range(1, len(numbers) + 1))
    # the same paper after another one: the same numbers (they count within the part)
    later = lay_out([Line(n + 500, x.text) for n, x in enumerate(_lines(REPORT), start=1)])
    assert [getattr(b, "number", None) for b in later] == [
        getattr(b, "number", None) for b in blocks
    ]


def test_a_line_a_record_stands_for_is_a_block_nothing_runs_across() -> None:
    lines = _lines(["Item\tTitle", "A1\tApologies", "A2\tMinutes", "- 3. The Chair said the"])
    printed = ParagraphBlock((lines[2],), 0)
    blocks = lay_out(lines, {3: RecordLineBlock(3, printed)}, anchored={4})
    assert [type(b) for b in blocks] == [TableBlock, RecordLineBlock, ParagraphBlock]
    table = blocks[0]
    assert isinstance(table, TableBlock) and len(table.rows) == 2  # cut at the record's line
    # a numbered paragraph opens a paragraph, even behind a bullet
    last = blocks[2]
    assert isinstance(last, ParagraphBlock) and last.lines[0].text == "3. The Chair said the"


def test_every_paragraph_and_item_can_carry_an_id_and_a_permalink() -> None:
    from minutebook.rendering.pages.body import Dressing, render_blocks

    blocks = lay_out(_lines(REPORT))
    # a paper's own page: ids from the blocks' places; a footnote keeps its own id
    page = render_blocks(blocks, Dressing(numbered="para-"))
    assert "{: #para-2 }" in page and "(#para-2){: .mb-permalink" in page
    assert "\n    {: #para-3 }\n" in page  # "a. Funding ...": the id of its list item
    assert "\n        {: #para-4 }\n" in page  # "1. Street lighting", under "a."
    assert "{: #footnote-1 }" in page and "#para-8 }" in page and "#para-9" not in page
    # a page with anchors of its own (a minute's items) uses them instead
    item = render_blocks(blocks, Dressing(anchors={6: "minute-4-2-a-1"}))
    assert "\n        {: #minute-4-2-a-1 }\n" in item and "#para-" not in item


def test_bullets_and_items_inside_paragraphs_of_a_minute_are_keyed() -> None:
    from minutebook.model import MinuteFacts
    from minutebook.parsing.minute_paragraphs import read_paragraphs

    numbered = MinuteFacts("12", "Budget", None, 1, 6)
    body = ["1. The Treasurer reported:", "a) a surplus", "b) a reserve", "2. Noted.", "a) x"]
    read_paragraphs(numbered, [Line(n, t) for n, t in enumerate(body, start=2)])
    assert [(p.number, p.key) for p in numbered.subparagraphs] == [
        ("1.a", "1-a"),
        ("1.b", "1-b"),
        ("2.a", "2-a"),
    ]
    bulleted = MinuteFacts("13", "Updates", None, 1, 4)
    read_paragraphs(bulleted, _lines(["- The Clerk reported.", "- Members noted it."])[0:2])
    assert [(p.number, p.key) for p in bulleted.paragraphs] == [(None, "b1"), (None, "b2")]


#: Minutes whose whole text the converter printed on one line (`flattened_lines` splits
#: it back into pieces that share the line's number).
FLATTENED = (
    "MINUTES of a meeting of the Dunmere Fire Authority held at Station Road, Dunmere on "
    "Tuesday 3 June 2025 at 10.00 am Present: Councillor A Pike (Chair), Councillor B Lowe, "
    "Councillor C Odell Apologies: Councillor D Rye 1. Apologies for absence Apologies were "
    "received from Councillor D Rye. 2. Declarations of interest None. 3. Fleet replacement "
    "programme The Chief Fire Officer presented the report on the replacement of four "
    "appliances. RESOLVED that the programme be approved. 4. Date of next meeting The next "
    "meeting will be held on 9 September 2025.\n"
)


def _flattened_part() -> Part:
    from minutebook.errors import Diagnostics
    from minutebook.parsing import parse_document
    from minutebook.parsing.reading import SourceText

    document = parse_document(SourceText("flat.txt", "0" * 64, FLATTENED), Diagnostics())
    [part] = document.parts
    return part


def _shown(block: object) -> tuple[int | None, str]:
    """A record's block as (its share, its piece's first words); a paragraph as (None, its
    first words)."""
    if isinstance(block, RecordLineBlock):
        return block.share, block.printed.lines[0].text[:14]
    assert isinstance(block, ParagraphBlock)
    return None, block.lines[0].text[:14]


def test_each_minute_of_a_flattened_page_stands_at_its_own_piece() -> None:
    """A page flattened onto one line: each minute's heading is a block at the piece it
    opens, its text after it, not every heading stacked after the line's last piece."""
    part = _flattened_part()
    assert [m.number for m in part.minutes] == ["1", "2", "3", "4"]
    assert [_shown(b) for b in part.blocks][3:] == [
        (0, "1. Apologies f"),
        (None, "Apologies were"),
        (1, "2. Declaration"),
        (None, "None."),
        (2, "3. Fleet repla"),
        (None, "The Chief Fire"),
        (None, "RESOLVED that "),
        (3, "4. Date of nex"),
        (None, "The next meeti"),
    ]


def test_a_flattened_page_shows_each_heading_where_it_stands() -> None:
    """The meeting page shows each minute's heading at its piece (`Dressing.pieces`); a
    page that shows no records prints each piece once, as printed."""
    from minutebook.rendering.pages.body import Dressing, render_blocks, shared_lines

    part = _flattened_part()
    assert shared_lines(part.blocks) == {1}
    pieces = {(1, k): f"### Minute {m.number}" for k, m in enumerate(part.minutes)}
    page = render_blocks(part.blocks, Dressing(pieces=pieces))
    shown = ["### Minute 1", "Apologies were", "### Minute 2", "None.", "### Minute 3",
             "The Chief Fire", "### Minute 4", "The next meeting"]  # fmt: skip
    order = [page.index(x) for x in shown]
    assert order == sorted(order)
    assert "Apologies for absence" not in page  # the heading stands for its piece
    plain = render_blocks(part.blocks)
    for piece in ("Apologies for absence", "The next meeting will be held"):
        assert plain.count(piece) == 1


def test_a_piece_going_on_into_its_text_keeps_the_records_of_its_line_together() -> None:
    """A heading piece that runs on into the minute's text is not one a page may show a
    heading in place of: the line's minutes then stand together after its last piece."""
    from minutebook.model import DocumentKind, Layout, MinuteFacts
    from minutebook.parsing.blocks import piece_blocks

    texts = ["1. Apologies", "None were received.", "2. Budget The Treasurer reported on it."]
    lines = [Line(1, t) for t in texts]
    part = Part(DocumentKind.MINUTES, "Minutes", lines, Layout.UNRECOGNISED)
    part.minutes = [
        MinuteFacts("1", "Apologies", None, 1, 1),
        MinuteFacts("2", "Budget", None, 1, 1),
    ]
    assert piece_blocks(part) == {}
    part.lines = [*lines[:2], Line(1, "2. Budget"), Line(1, "The Treasurer reported on it.")]
    assert sorted(piece_blocks(part)) == [0, 2]
