"""A minute titled by its agenda item's wording, closed by a full stop, its text run on
after the stop on the heading's line: "1. To receive apologies. Apologies were received
from ..." (`stopped_wording_run_in`), as parish clerks in Kent, Lincolnshire and
Herefordshire print it (invented text)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_stopped_wording import stopped_wording_run_in, wording_run_on

MINUTES = """\
Minutes of the meeting of Oxley Green Parish Council held at the Village Hall

Present: Cllr Gwen Hart (Chair), Cllr Ivo Kent and Cllr Lena Moss.

1. To receive apologies. Apologies were received from Cllr Pat Quinn.
2. To receive declarations of interest. None were declared.
3. To approve the minutes of the previous meeting. The minutes were approved and signed.
4. To Receive the Clerk's report. The Clerk reported that the dog bin had been replaced.
5. To approve payments. RESOLVED that the payments listed be approved.
"""

RUNNING = """\
Minutes of the meeting of Wrayfield Parish Council held in the Parish Hall

24081. To receive Declarations of Interest. No declarations were received.

24082. To receive and accept Apologies for Absence. It was resolved to accept the apologies.

24083. To consider the purchase of a noticeboard. It was resolved to accept the lower quote.
"""


def test_each_stopped_wording_heads_its_minute_with_its_text_run_on() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title) for h in headings] == [
        ("1", "To receive apologies"),
        ("2", "To receive declarations of interest"),
        ("3", "To approve the minutes of the previous meeting"),
        ("4", "To Receive the Clerk's report"),
        ("5", "To approve payments"),
    ]
    assert headings[0].run_on == "Apologies were received from Cllr Pat Quinn."
    assert headings[4].run_on == "RESOLVED that the payments listed be approved."


def test_a_running_number_of_five_figures_heads_its_minute() -> None:
    headings = minute_headings(lines_of(RUNNING))
    assert [h.number for h in headings] == ["24081", "24082", "24083"]
    assert headings[1].title == "To receive and accept Apologies for Absence"


def test_the_line_split_at_the_wording_stop() -> None:
    assert stopped_wording_run_in("1. To receive apologies. Cllr Reid sent apologies.") == (
        "1",
        "To receive apologies",
        "Cllr Reid sent apologies.",
    )
    assert stopped_wording_run_in("2) , To note the report. Noted.") == (
        "2",
        "To note the report",
        "Noted.",
    )


def test_no_run_in_without_agenda_wording_or_text_after_the_stop() -> None:
    assert stopped_wording_run_in("3. The Clerk reported. Members noted it.") is None
    assert stopped_wording_run_in("4. To receive apologies.") is None  # a title alone
    assert stopped_wording_run_in("5. Tom reported on the fete. It raised £300.") is None
    assert stopped_wording_run_in("6. To receive apologies. none received") is None


def test_a_paragraph_whose_number_does_not_continue_is_no_heading() -> None:
    text = MINUTES + "\n1. To note the report. Members noted the report.\n"
    headings = minute_headings(lines_of(text))
    assert [h.number for h in headings] == ["1", "2", "3", "4", "5"]


CODED = """\
Minutes of the meeting of Holme Ashby Parish Council held in the Parish Rooms

24/61 To receive and accept apologies for absence. Apologies were received from Cllr Upjohn.
24/62 To receive declarations of interest. None were declared.
05/24-5 To receive any Declarations of Interest on any item. None were made.
"""


def test_a_year_coded_minute_runs_its_text_on_after_the_wording() -> None:
    headings = minute_headings(lines_of(CODED))
    assert [(h.number, h.title, h.run_on) for h in headings] == [
        (
            "24/61",
            "To receive and accept apologies for absence",
            "Apologies were received from Cllr Upjohn.",
        ),
        ("24/62", "To receive declarations of interest", "None were declared."),
        ("05/24-5", "To receive any Declarations of Interest on any item", "None were made."),
    ]
    assert all(h.certain for h in headings)


def test_wording_run_on_needs_the_wording_and_a_text() -> None:
    assert wording_run_on("To note the report. Noted.") == ("To note the report", "Noted.")
    assert wording_run_on("Election of Chair. Cllr Pole was elected.") is None
    assert wording_run_on("To receive apologies for absence") is None
