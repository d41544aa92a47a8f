"""Councillors labelled "Cllrs in attendance", officers labelled by their own posts
("Clerk in attendance – Name"), several to a row (invented)."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_post_attending import attending_post

MINUTES = """\
WYKE PARISH COUNCIL
Minutes of the Full Council Meeting held on Monday 6th March 2023 at 7.30 p.m.

Cllrs in attendance: Ann Reid (Chair); Ben Moss; Cara Lowe (VCh); Dan Pym.
Clerk in attendance – Eve Hart   RFO in attendance - Fay Dunn   Members of the Public – Two

1. APOLOGIES FOR ABSENCE
None.
"""


def test_councillors_and_officers_under_their_labels() -> None:
    found = [(role, name, capacity) for role, name, capacity, _ in attendance_of(MINUTES)]
    assert found == [
        (AttendanceRole.PRESENT, "Ann Reid", "Chair"),
        (AttendanceRole.PRESENT, "Ben Moss", None),
        (AttendanceRole.PRESENT, "Cara Lowe", "VCh"),
        (AttendanceRole.PRESENT, "Dan Pym", None),
        (AttendanceRole.IN_ATTENDANCE, "Eve Hart", "Clerk"),
        (AttendanceRole.IN_ATTENDANCE, "Fay Dunn", "RFO"),
    ]


def test_only_an_office_labels_its_holder() -> None:
    assert attending_post("Clerk in attendance – Eve Hart") == "In attendance: Eve Hart (Clerk)"
    assert attending_post("The Parish Clerk in attendance: Mrs F Dunn") == (
        "In attendance: Mrs F Dunn (Parish Clerk)"
    )
    assert attending_post("Cllrs in attendance: Ann Reid") is None
    assert attending_post("Members of the Public in attendance – Two") is None
    assert attending_post("Clerk in attendance") is None
