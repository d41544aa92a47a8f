"""Item titles printed in a narrow column beside what the meeting is to do, no header row
over them (invented examples): each row's title with its wrapped lines and page reference,
and a page column or a lone row left to the other readers."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_beside import titles_beside_descriptions


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def _items(*texts: str) -> list[tuple[str, str, str | None]]:
    part = Part(kind=DocumentKind.AGENDA, title="", lines=_lines(*texts), layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title, i.pages) for i in part.items]


ROWS = (
    "1.   Apologies and Named       To receive apologies and the names of any",
    "     Substitutes               substitute members attending.",
    "",
    "2.   Minutes                   To confirm the minutes of the meeting held on",
    "     (Pages 3 - 8)             4th May 2015.",
    "",
    "3.   Parks and Open Spaces     To consider the draft strategy for the",
    "     Strategy 2015-20          district's parks.",
    "     (Pages 9 - 40)",
    "                               (Report attached)",
    "",
    "4.   Work Programme            To note the Panel's work programme.",
)


def test_a_title_beside_its_description_is_read_with_its_wrapped_lines() -> None:
    assert _items(*ROWS) == [
        ("1", "Apologies and Named Substitutes", None),
        ("2", "Minutes", "3 - 8"),
        ("3", "Parks and Open Spaces Strategy 2015-20", "9 - 40"),
        ("4", "Work Programme", None),
    ]


def test_the_description_column_stays_where_it_is() -> None:
    out = titles_beside_descriptions(_lines(*ROWS))
    assert out[0].text.split("\t")[:2] == ["1", "Apologies and Named Substitutes"]
    assert out[1].text.strip() == "substitute members attending."
    assert out[4].text.strip() == "4th May 2015."
    assert [line.number for line in out] == list(range(1, len(ROWS) + 1))


def test_a_page_column_or_a_lone_row_is_no_such_layout() -> None:
    paged = _lines("1.   Minutes of the last meeting      1 - 6", "2.   Budget Monitoring   7 - 12")
    assert titles_beside_descriptions(paged) == paged
    lone = _lines("1.   Minutes                   To confirm the minutes.", "2.   Budget")
    assert titles_beside_descriptions(lone) == lone
