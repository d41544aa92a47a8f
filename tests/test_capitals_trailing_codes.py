"""A minute's title in capitals with its session code after it, a left column's tag before
it (invented minutes in the genre's layout)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.capitals_trailing_codes import capitals_trailing_code
from minutebook.parsing.minute_headings import minute_headings, title_then_code


def _lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, start=1)]


TAGGED = _lines(
    "MINUTES OF THE JOINT BOARD",
    "",
    "HJB APOLOGIES FOR ABSENCE 07/29 Apologies were received from Councillor Vane.",
    "",
    "HJB DECLARATIONS OF INTEREST 08/29 SPECIAL MEETING:",
    "",
    "None.",
    "",
    "HJB BUDGET MONITORING 09/29",
    "",
    "The Board noted the report.",
)


def test_title_code_and_run_on_text_without_the_tag() -> None:
    found = capitals_trailing_code(TAGGED, 2, TAGGED[2].text)
    assert found == (
        "07/29",
        "APOLOGIES FOR ABSENCE",
        "Apologies were received from Councillor Vane.",
    )


def test_a_first_word_opening_one_heading_only_is_part_of_the_title() -> None:
    lines = _lines("HOUSING STRATEGY 04/30", "", "The report was noted.")
    assert capitals_trailing_code(lines, 0, lines[0].text) == ("04/30", "HOUSING STRATEGY", "")


def test_sentences_and_decisions_are_no_headings() -> None:
    lines = _lines("The minutes of meeting 03/29 were agreed.", "RESOLVED 03/29")
    assert title_then_code(lines, 0, lines[0].text) is None
    assert title_then_code(lines, 1, lines[1].text) is None


def test_tagged_headings_are_the_minutes() -> None:
    found = [(h.number, h.title) for h in minute_headings(TAGGED)]
    assert found == [
        ("07/29", "APOLOGIES FOR ABSENCE"),
        ("08/29", "DECLARATIONS OF INTEREST"),
        ("09/29", "BUDGET MONITORING"),
    ]


def test_session_code_before_its_agenda_wording_with_a_verb() -> None:
    lines = _lines(
        "031/30 To receive apologies for absence",
        "",
        "None.",
        "",
        "032/30 To approve the notes of the meeting held on 2 May 2030 and the Chair to sign "
        "them as the agreed minutes",
        "",
        "These were approved.",
    )
    found = [h.number for h in minute_headings(lines)]
    assert found == ["031/30", "032/30"]
