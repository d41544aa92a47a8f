"""A committee system's item fields, "Status: Noted" over "Business:" and "Decision:",
head no minute (invented example; `parsing.minute_headings.FIELD_LINE`)."""

from __future__ import annotations

from minute_fixtures import parse_text

PAGE = """\
MINUTES - Council 20150304 19:00

Location: Council Chamber, Wyke House

Present: A. Reid (Mayor), B. Moss, CC, C. Lowe and D. Pym.

Status: Noted

Business: Apologies for absence were received from Councillors E. Fry and F. Tate.

Previous Minutes

Status: Agreed

Decision: It was RESOLVED that the Minutes of the meeting held on 4 February 2015 be
confirmed.

Parking Charges

Status: Agreed

Decision: It was RESOLVED that the charges be frozen.
"""


def test_status_fields_head_no_minute_and_the_apologies_are_read() -> None:
    part = parse_text(PAGE)
    assert [m.title for m in part.minutes] == ["Previous Minutes", "Parking Charges"]
    assert [a.as_written for a in part.attendance if a.role.value == "apologies"] == [
        "E. Fry",
        "F. Tate",
    ]
