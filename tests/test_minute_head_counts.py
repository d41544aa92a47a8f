"""A count of who attended, numbered like a minute, heads no minute."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

PAGE = (
    "Item Number Item/Description\n"
    "1 SEDERUNT AND APOLOGIES\n"
    "\n"
    "8 Members present, 3 apologies\n"
    "\n"
    "2 DECLARATIONS OF INTEREST\n"
    "\n"
    "NONE declared\n"
    "\n"
    "3 MINUTE OF MEETING OF 22 NOVEMBER 2012 - FOR APPROVAL\n"
    "\n"
    "APPROVED\n"
)


def test_a_count_of_members_present_is_no_minute() -> None:
    """ "8 Members present, 3 apologies" under the sederunt item: a count, not minute 8,
    which would have made every later minute fall out of the numbering."""
    assert [(h.number, h.title) for h in minute_headings(lines_of(PAGE))] == [
        ("1", "SEDERUNT AND APOLOGIES"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "MINUTE OF MEETING OF 22 NOVEMBER 2012 - FOR APPROVAL"),
    ]
    assert minute_headings(lines_of("1 Members present\n\nThe members were named.\n")) == []
