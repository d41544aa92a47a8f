"""A council web page's "Meeting details" as a bulleted list of the meeting's fields, then
its "Agenda Items": each item "N - Title", parts lettered in capitals ("2A", "2B"), an
item taken in private marked before its number ("(EXEMPT) 4 - ...")."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.meeting_detail_bullets import bulleted_detail_opening
from opening_facts import first_part_meeting, parsed

PAGE = """Meeting details
- Fenby Area Committee
- Fenby Area Committee 14/03/2031
- 14 March 2031 - 2:30PM
- Council Chamber, Town House, Mill Road, Fenby.
- Contact: Ann Reid ann.reid@fenby.example
Agenda Items
0 - Webcast Links
1 - Declaration of Members' Interests
2A - Resolutions - Equalities
The Committee shall have due regard to its equality duties in making its decisions.
2B - Resolutions - Exempt Items
3 - Minutes of the Meeting of 14 February 2031
(EXEMPT) 4 - Application for a Late Hours Catering Licence
"""


def test_the_bullets_give_the_body_date_time_and_venue() -> None:
    assert first_part_meeting(PAGE) == (
        DocumentKind.AGENDA,
        "Fenby Area Committee",
        dt.date(2031, 3, 14),
        dt.time(14, 30),
        "Council Chamber, Town House, Mill Road, Fenby",
    )


def test_the_items_lettered_parts_and_private_item_are_read() -> None:
    items = parsed(PAGE).parts[0].items
    assert [(i.code, i.title) for i in items] == [
        ("0", "Webcast Links"),
        ("1", "Declaration of Members' Interests"),
        ("2A", "Resolutions - Equalities"),
        ("2B", "Resolutions - Exempt Items"),
        ("3", "Minutes of the Meeting of 14 February 2031"),
        ("4", "Application for a Late Hours Catering Licence"),
    ]


def test_a_list_without_the_date_and_time_bullet_gives_no_meeting() -> None:
    text = "Meeting details\n- Fenby Area Committee\n- Contact: Ann Reid\n"
    lines = [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]
    assert bulleted_detail_opening(lines) is None
