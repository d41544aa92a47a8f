"""A panel's members written as one run-on sentence after "Members:"."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_run_on import run_on_members

SENTENCE = (
    "Members: Councillor Ash, Chair. Councillor Birch (), Vice-Chair. Councillors Cole"
    " (Eastby Council), Dale (Westby District Council), Mrs Elm () and Vacancy (Northby)."
    " Independent Members: Ann Fir (Southshire) and Bob Gorse (Upshire and the Isles)."
    " Members are invited to attend the above meeting."
)


def test_each_entry_of_the_sentence_is_a_member_with_its_bracket() -> None:
    found = run_on_members(Line(4, SENTENCE))
    assert found is not None
    assert [(f.as_written, f.represents, f.line) for f in found] == [
        ("Councillor Ash", "", 4),
        ("Councillor Birch", "", 4),
        ("Cole", "Eastby Council", 4),
        ("Dale", "Westby District Council", 4),
        ("Mrs Elm", "", 4),
        ("Ann Fir", "Southshire", 4),
        ("Bob Gorse", "Upshire and the Isles", 4),
    ]


def test_a_line_without_the_sentence_gives_none() -> None:
    assert run_on_members(Line(1, "Members: all councillors are welcome to attend.")) is None
    assert (
        run_on_members(Line(1, "Independent Members: Ann Fir (Southshire), Bob Gorse (Up)."))
        is None
    )
    assert run_on_members(Line(1, "Members: Cole (Eastby Council). Members are invited.")) is None


def test_an_agenda_reads_the_sentence_when_no_list_is_found() -> None:
    lines = [Line(1, "Ashby Panel"), Line(2, ""), Line(3, "Friday 1 May 2026"), Line(4, SENTENCE)]
    assert [f.as_written for f in membership(lines)][:3] == [
        "Councillor Ash",
        "Councillor Birch",
        "Cole",
    ]
