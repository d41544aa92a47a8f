"""A committee system's issue page listing several meetings (ModernGov's "Issue -
meetings"): each meeting line opens that meeting's minute, named with the site's council
(zoo: minutes-moderngov-issue-several-meetings)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line
from minutebook.parsing import parse_document
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.reading import SourceText
from minutebook.parsing.splitting import split
from minutebook.parsing.web_item_pages import meeting_start, title_under_meeting_line

PAGE = (
    "Wyke District Council\n\nIssue - meetings\n\nRiverside Car Park\n\n"
    "Meeting: 12/03/2025 - Council (Item 40)\n\n40 Riverside Car Park\n\nMinutes:\n\n"
    "RESOLVED: That the car park be sold.\n\n"
    "Meeting: 18/02/2025 - Cabinet (Item 12:)\n\n12 Riverside Car Park\n\nMinutes:\n\n"
    "RESOLVED: That Council be recommended to sell the car park.\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_the_first_meeting_line_opens_the_page_and_a_later_one_its_own_paper() -> None:
    lines = _lines(PAGE)
    assert meeting_start(lines, 6) == 0
    assert meeting_start(lines, 14) == 14  # "(Item 12:)", as some sites print it
    assert meeting_start(lines, 7) is None
    parts = split(lines)
    assert [(p.kind, p.first_line) for p in parts] == [
        (DocumentKind.MINUTES, 1),
        (DocumentKind.MINUTES, 15),
    ]


def test_a_meeting_line_without_its_item_or_outside_a_page_opens_nothing() -> None:
    assert meeting_start(_lines("Wyke\nMeeting: 12/03/2025 - Council"), 1) is None
    head = ["Report to Cabinet"] + ["The report sets out the options."] * 45
    lines = _lines("\n".join([*head, "Meeting: 12/03/2025 - Council (Item 40)"]))
    assert meeting_start(lines, len(lines) - 1) is None  # no meeting line in the head
    before = _lines(
        "Agenda item\n\nBudget\n\nMeeting: 12/03/2026 - Cabinet (Item 5)\n\nTo consider"
    )
    assert meeting_start(before, 4) is None  # an item's page before its meeting: no record


def test_each_later_meeting_is_named_with_the_banners_council() -> None:
    source = SourceText("issue.txt", "0" * 64, PAGE)
    document = parse_document(source, Diagnostics())
    named = [(p.meeting.body_name, p.minutes[0].number) for p in document.parts if p.meeting]
    assert named == [("Wyke District Council", "40"), ("Wyke District Council Cabinet", "12")]


def test_an_unnumbered_title_under_a_meeting_line_takes_its_item() -> None:
    lines = _lines("Meeting: 14/03/2025 - Cabinet (Item 4:)\n\nAdmission of the Public\n")
    assert title_under_meeting_line(lines, 2) == ("4", "Admission of the Public")
    (heading,) = minute_headings(lines)
    assert (heading.number, heading.title) == ("4", "Admission of the Public")
    numbered = _lines("Meeting: 14/03/2025 - Cabinet (Item 4)\n\n4 Admission of the Public\n")
    assert title_under_meeting_line(numbered, 2) is None  # the numbered readers' heading
    item_page = _lines("Agenda item\n\nApologies\n\nMeeting: 14/03/2025 - Cabinet (Item 4)\n")
    item_page += _lines("\nMembers are asked to note any apologies")
    assert title_under_meeting_line(item_page, 6) is None
