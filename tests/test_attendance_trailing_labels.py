"""A list's label alone on its line over a list that ends in a verb ("..., the clerk, was
in attendance."): the label heads the list, no part of its first name."""

from __future__ import annotations

from minute_fixtures import attendance_of

LABEL_OVER_SENTENCE = """Minutes of the Council Meeting,
14th May 2024 Venue, Church House

In Attendance
Councillors A Reid (AR) Chair, B Moss (BM), C Lowe (CL), Dan Pym (DP), the clerk, was in attendance.
1) Apologies – Councillors E Hart and F Dunn.
2) Minutes of previous meeting
The minutes of the meeting on 9th April 2024 were approved.
"""


def test_a_label_alone_over_a_list_ending_in_a_verb_is_no_part_of_a_name() -> None:
    found = [(name, capacity) for _, name, capacity, _ in attendance_of(LABEL_OVER_SENTENCE)]
    assert found[:4] == [
        ("A Reid", "Chair"),
        ("B Moss", None),
        ("C Lowe", None),
        ("Dan Pym", "the clerk"),
    ]
    assert not [name for name, _ in found if "Attendance" in name]
