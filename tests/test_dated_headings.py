"""A web page's heading (the meeting's name over a line holding only its date) is kept
as the paper's own heading beside the title made from its meeting
(`parsing/dated_headings.py`). Every example is invented."""

from __future__ import annotations

from minutebook.model import DocumentKind
from opening_facts import parsed

#: the notice and the items under whatever heads the page
NOTICE = (
    "A meeting of the Kelbridge Harbour Board will be held on Tuesday 4 March 2014 at "
    "10.00am in the Board Room, Harbour Office, Kelbridge to consider the items below.\n"
    "\n"
    "Meeting Agenda\n"
    "\n"
    "  1. Apologies for Absence\n"
    "  2. Declarations of Interest\n"
    "  3. Minutes\n"
)
AGENDA = "{title}\n\n{date}\n\n" + NOTICE


def test_a_title_over_its_date_line_is_the_pages_heading() -> None:
    part = parsed(AGENDA.format(title="Full Board Meeting", date="Tuesday 4 March 2014")).parts[0]
    assert part.kind is DocumentKind.AGENDA
    assert part.title == "Agenda: Kelbridge Harbour Board, 4 March 2014"
    assert part.heading == "Full Board Meeting, Tuesday 4 March 2014"


def test_a_record_page_under_a_link_line_keeps_its_title_and_date_with_the_time() -> None:
    text = (
        "Meeting documents\n"
        "\n"
        "Cabinet\n"
        "Wednesday, 5th March, 2014 7.30 pm\n"
        "\n"
        "Place:\n"
        "Council Chamber, Civic Offices, Kelbridge\n"
        "C 14/01 Minutes\n"
        "RESOLVED: That the minutes of the meeting held on 5 February 2014 be approved.\n"
    )
    part = parsed(text).parts[0]
    assert part.kind is DocumentKind.MINUTES
    assert part.heading == "Cabinet, Wednesday, 5th March, 2014 7.30 pm"


def test_a_date_line_saying_more_than_the_date_gives_no_heading() -> None:
    text = AGENDA.format(title="Full Board Meeting", date="Tuesday 4 March 2014 in the Board Room")
    assert parsed(text).parts[0].heading is None


def test_a_title_the_generated_title_holds_is_no_heading() -> None:
    text = AGENDA.format(title="Kelbridge Harbour Board", date="4 March 2014")
    assert parsed(text).parts[0].heading is None


def test_a_line_naming_only_the_kind_of_paper_over_the_date_is_no_heading() -> None:
    text = AGENDA.format(title="Agenda", date="Tuesday 4 March 2014")
    assert parsed(text).parts[0].heading is None


NOTICE_BELOW = "{first}\n\n" + NOTICE


def test_a_first_line_naming_the_meeting_and_its_date_is_the_pages_heading() -> None:
    for first in (
        "Annual General Meeting (AGM) of the Harbour Board 4th March 2014",
        "Extraordinary Harbour Board Meeting – Tuesday, 4 March 2014 10.00 am",
    ):
        part = parsed(NOTICE_BELOW.format(first=first)).parts[0]
        assert part.kind is DocumentKind.AGENDA
        assert part.heading == first


def test_a_dated_sentence_or_a_line_naming_no_meeting_is_no_heading() -> None:
    for first in (
        "A Board Meeting was called on 4 March 2014",
        "Harbour Board 4 March 2014",
        "Annual Meeting of the Harbour Board 4 March 2014 in the Board Room",
    ):
        assert parsed(NOTICE_BELOW.format(first=first)).parts[0].heading is None


def test_the_papers_kind_dated_twice_over_a_notice_names_no_body() -> None:
    """ "Agenda – 4 March 2014" printed twice over the notice: the kind of paper and its
    date, no body's name, so the notice's sentence gives the meeting."""
    from opening_facts import first_part_meeting

    text = "Agenda – 4 March 2014\n\nAgenda – 4 March 2014\n\nMarch 2014\n\n" + NOTICE
    kind, body, date, _, _ = first_part_meeting(text)
    assert (kind, body, str(date)) == (DocumentKind.AGENDA, "Kelbridge Harbour Board", "2014-03-04")
