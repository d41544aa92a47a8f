"""A parish's attendance labels typed in capitals over names in mixed case."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_capitals_labels import recased_labels

RECORD = """MINUTES OF THE MEETING OF FENBY PARISH COUNCIL HELD ON MONDAY, 20th MARCH 2006

PRESENT: CHAIRMAN: Dr A Reid

MESDAMES: Mrs B Moss, Mrs C Lowe.

MESSRS: Mr D Pym, Mr E Hart,

Mr F Dunn.

CLERK TO THE COUNCIL – Mrs G Wyke.

14315. DISCLOSURES OF INTERESTS

None.
"""


def test_labels_in_capitals_are_read_as_in_mixed_case() -> None:
    """The chair's office, the courtesy plurals and the clerk's post before a dash, all in
    capitals: each read as its mixed-case form is."""
    assert [(role, name, capacity) for role, name, capacity, _ in attendance_of(RECORD)] == [
        (AttendanceRole.PRESENT, "Dr A Reid", "Chairman"),
        (AttendanceRole.PRESENT, "Mrs B Moss", None),
        (AttendanceRole.PRESENT, "Mrs C Lowe", None),
        (AttendanceRole.PRESENT, "Mr D Pym", None),
        (AttendanceRole.PRESENT, "Mr E Hart", None),
        (AttendanceRole.PRESENT, "Mr F Dunn", None),
        (AttendanceRole.IN_ATTENDANCE, "Mrs G Wyke", "Clerk to the Council"),
    ]


def test_only_labels_over_names_in_mixed_case_are_recased() -> None:
    assert recased_labels("CLERK TO THE COUNCIL – Mrs G Wyke.") == (
        "Clerk to the Council – Mrs G Wyke."
    )
    assert recased_labels("APOLOGIES: NONE") == "APOLOGIES: NONE"
