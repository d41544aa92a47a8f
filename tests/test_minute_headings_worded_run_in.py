"""A run-in heading titled by its agenda item's own wording, longer than a run-in title
runs: "4. To approve the Minutes of the last meeting held on 11th January 2023: The
minutes were signed as a true record." (`worded_run_in_title`)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings, worded_title
from minutebook.parsing.resolutions import resolution
from minutebook.parsing.run_in_separators import run_in_title, worded_run_in_title


def _lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, start=1)]


APPROVE = (
    "4. To approve the Minutes of the last meeting held on 11th January 2023: "
    "The minutes were signed as a true record."
)
CONSIDER = (
    "5. To consider the applications received for the two parish councillor vacancies "
    "and appoint new councillor(s) – PROPOSED; SECONDED; RESOLVED to co-opt Mr Reeve."
)
CONFIRMATION = (
    "6. Confirmation of the minutes of the Council Meeting on 6th August 2019 – "
    "The minutes were approved and signed."
)


def test_an_agenda_worded_title_runs_in_with_its_text() -> None:
    assert run_in_title(APPROVE) is None  # too long for a run-in title
    assert worded_run_in_title(APPROVE, worded_title) == (
        "4",
        "To approve the Minutes of the last meeting held on 11th January 2023",
        "The minutes were signed as a true record.",
    )
    found = worded_run_in_title(CONSIDER, worded_title)
    assert found is not None
    assert found[1].endswith("appoint new councillor(s)")
    assert found[2].startswith("PROPOSED; SECONDED; RESOLVED")


def test_the_confirmation_named_by_its_noun_runs_in_too() -> None:
    found = worded_run_in_title(CONFIRMATION, worded_title)
    assert found is not None
    assert found[1] == "Confirmation of the minutes of the Council Meeting on 6th August 2019"


def test_a_long_title_not_in_the_agendas_wording_is_no_heading() -> None:
    long_prose = (
        "7. The Chairman and the Clerk had met the contractor on site twice during the "
        "month: The work would start in May."
    )
    assert worded_run_in_title(long_prose, worded_title) is None
    short = "8. To note the report: The report was noted."
    assert worded_run_in_title(short, worded_title) is None  # a run-in title reads it


def test_minutes_headed_so_are_read_with_their_decisions() -> None:
    lines = _lines(
        "3. Apologies for absence: None.",
        "",
        APPROVE,
        "",
        CONSIDER,
        "",
        CONFIRMATION,
    )
    headings = minute_headings(lines)
    assert [(h.number, h.title) for h in headings] == [
        ("3", "Apologies for absence"),
        ("4", "To approve the Minutes of the last meeting held on 11th January 2023"),
        (
            "5",
            "To consider the applications received for the two parish councillor "
            "vacancies and appoint new councillor(s)",
        ),
        ("6", "Confirmation of the minutes of the Council Meeting on 6th August 2019"),
    ]
    decided = resolution(_lines(headings[2].run_on or ""))
    assert decided is not None
    assert decided.text == "RESOLVED to co-opt Mr Reeve."


def test_a_year_coded_heading_runs_in_its_agenda_wording_too() -> None:
    headings = minute_headings(
        _lines(
            "14/23 APOLOGIES FOR ABSENCE: None;",
            "15/23 CONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 11th May 2023 AS A TRUE "
            "RECORD: The minutes of the meeting held on 11th May 2023 were accepted;",
            "16/23 CORRESPONDENCE: None;",
        )
    )
    assert [(h.number, h.title, h.run_on[:15]) for h in headings] == [
        ("14/23", "APOLOGIES FOR ABSENCE", "None;"),
        (
            "15/23",
            "CONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 11th May 2023 AS A TRUE RECORD",
            "The minutes of ",
        ),
        ("16/23", "CORRESPONDENCE", "None;"),
    ]
