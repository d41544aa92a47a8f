"""A town council's record flattened onto one line: its lists run on one after another,
the apologies told in a sentence after the officers ("Cllrs." with its stop), and the
margin's "RESOLVED" run in before a heading in capitals (invented example)."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole

RECORD = (
    "120 ASHBY TOWN COUNCIL Minutes of the meeting of Ashby Town Council held in the Council "
    "Chamber on Monday, 6th October 2014 at 7.00 pm Present: Councillor A. Reid (Town Mayor) "
    "Councillors B. Moss, C.D. Lowe and Mrs. E. Pym. In attendance: Mrs. F. Hale (Town Clerk) "
    "Apologies for absence were received from Cllrs. G. Ives, H.J. Kerr and Mrs. K. Lamb. "
    "14/70 DECLARATIONS OF INTEREST There were no declarations of interest. 14/71 RESOLVED "
    "ALLOTMENT RENTS That the rents be held for the coming year. 14/72 PUBLIC QUESTION TIME "
    "There were no questions from members of the public on any item of the agenda tonight.\n"
)


def test_the_apologies_sentence_after_the_officers_is_read_as_apologies() -> None:
    apologies = [
        a.as_written for a in parse_text(RECORD).attendance if a.role is AttendanceRole.APOLOGIES
    ]
    assert apologies == ["G. Ives", "H.J. Kerr", "Mrs. K. Lamb"]


def test_the_margins_resolved_is_no_part_of_the_title() -> None:
    assert [(m.number, m.title) for m in parse_text(RECORD).minutes] == [
        ("14/70", "DECLARATIONS OF INTEREST"),
        ("14/71", "ALLOTMENT RENTS"),
        ("14/72", "PUBLIC QUESTION TIME"),
    ]
