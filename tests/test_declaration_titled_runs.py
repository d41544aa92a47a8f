"""Declarers run on along one line under their lead, and members under a plural title
after an item and a dash (invented entries in the genre's wording)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declaration_titled_runs import titled_run_under_lead
from minutebook.parsing.declarations import item_then_plural


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=10)]


def test_each_titled_name_run_on_under_the_lead_declared() -> None:
    body = _lines(
        "The following declarations of interest were made: -",
        "Cllr. A. Ash Planning Cllr. D. Birch Village School Planning Cllr. C. Cole Planning",
    )
    found = titled_run_under_lead(body, "3")
    assert [(d.as_written, d.line, d.minute_number) for d in found] == [
        ("Cllr. A. Ash", 11, "3"),
        ("Cllr. D. Birch", 11, "3"),
        ("Cllr. C. Cole", 11, "3"),
    ]


def test_no_lead_or_names_alone_declare_nothing() -> None:
    run = "Cllr. A. Ash Planning Cllr. D. Birch Village School"
    assert titled_run_under_lead(_lines("Present:", run), "3") == []
    assert titled_run_under_lead(_lines(run), "3") == []
    names_only = _lines("The following declared an interest:", "Cllr. A. Ash Cllr. D. Birch")
    assert titled_run_under_lead(names_only, "3") == []


def test_members_under_a_plural_title_after_the_item() -> None:
    line = Line(
        19,
        "Item 4 of Part 1 – Land at Mill Lane (R21/0456) – Councillors Mrs Ash and Birch "
        "(non-pecuniary interest by virtue of being Ward Councillors).",
    )
    assert [(d.as_written, d.line) for d in item_then_plural(line, "46")] == [
        ("Mrs Ash", 19),
        ("Birch", 19),
    ]
    one = Line(20, "Item 5 – Heath Lane – Councillor Mrs Ash (non-pecuniary interest).")
    assert item_then_plural(one, "46") == []
    said = Line(21, "Item 5 – Heath Lane – Councillors Ash and Birch spoke on the application.")
    assert item_then_plural(said, "46") == []
