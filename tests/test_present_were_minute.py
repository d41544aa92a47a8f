"""A parish's attendance list as its first minute, labelled with the formula's verb
("12/24). Present were:-") and its code closed by a bracket and a stop."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole
from minutebook.parsing.minute_headings import looks_like_sentence

MINUTES = """Minutes of the Meeting of Fenby Parish Council held on 4 June 2024

The meeting was held in the Village Hall at 7.30pm.

12/24).  Present were:-

Councillor A. Reid  (Chairman)           Councillor B. Moss

Councillor C. Lowe                       Councillor D. Hart

Mrs E. Pym (Clerk), Mr F. Rowe (Assistant Clerk)

13/24).   Apologies:

There were no apologies.

14/24).   Village Hall Roof

The Clerk reported on the quotations received.
"""


def test_each_code_closed_by_a_bracket_opens_a_minute() -> None:
    part = parse_text(MINUTES)
    assert [(m.number, m.title) for m in part.minutes] == [
        ("12/24", "Present were"),
        ("13/24", "Apologies"),
        ("14/24", "Village Hall Roof"),
    ]


def test_the_present_were_minute_lists_who_came() -> None:
    part = parse_text(MINUTES)
    found = [(a.role, a.as_written, a.capacity) for a in part.attendance]
    assert found == [
        (AttendanceRole.PRESENT, "Councillor A. Reid", "Chairman"),
        (AttendanceRole.PRESENT, "Councillor B. Moss", None),
        (AttendanceRole.PRESENT, "Councillor C. Lowe", None),
        (AttendanceRole.PRESENT, "Councillor D. Hart", None),
        (AttendanceRole.IN_ATTENDANCE, "Mrs E. Pym", "Clerk"),
        (AttendanceRole.IN_ATTENDANCE, "Mr F. Rowe", "Assistant Clerk"),
    ]


def test_the_labels_verb_makes_no_sentence() -> None:
    assert not looks_like_sentence("Present were:-")
    assert not looks_like_sentence("There were present")
    assert looks_like_sentence("Members present were thanked")
