"""A parish council's minutes printed one paragraph each: the number, a title closed by
a full stop, a running minute reference and a dash, then the text; the first minute lists
those present after its title, the clerk last after the post's label (invented examples)."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole
from minutebook.parsing.minute_stopped_titles import referenced_run_in

ROLL = " ".join(f"Cllr A B Member{chr(97 + n)}" for n in range(15))
MINUTES = (
    "ASHBY PARISH COUNCIL\n\n"
    "Minutes of the Parish Council Meeting held on Tuesday 8th March 2022 in the Village "
    "Hall at 7.30pm\n\n"
    f"1. Present:- Cllr R Dunn (Chairman) {ROLL} Clerk: Mrs D Hart\n\n"
    "2. Apologies for Absence. 2201 – Cllr F Gale sent apologies, which were accepted.\n\n"
    "3. Declarations of Members' Interests in Items on the Agenda of this Meeting. 2202 – "
    "Cllr Hale declared an interest in the grants item as a trustee of the hall.\n\n"
    "4. Minutes of the meeting held on 8th February 2022. 2203 – The minutes were RESOLVED "
    "as a true record and signed by the Chairman.\n"
)


def test_the_reference_parts_a_long_or_sentence_case_title_from_its_text() -> None:
    part = parse_text(MINUTES)
    assert [(m.number, m.title) for m in part.minutes] == [
        ("1", "Present"),
        ("2", "Apologies for Absence"),
        ("3", "Declarations of Members' Interests in Items on the Agenda of this Meeting"),
        ("4", "Minutes of the meeting held on 8th February 2022"),
    ]


def test_the_first_minutes_roll_longer_than_any_heading_is_who_was_present() -> None:
    found = [(a.role, a.as_written, a.capacity) for a in parse_text(MINUTES).attendance]
    assert [name for _, name, _ in found[:2]] == ["Cllr R Dunn", "Cllr A B Membera"]
    assert len(found) == 17
    assert found[-2:] == [  # the clerk's post labels the name after the roll
        (AttendanceRole.PRESENT, "Cllr A B Membero", None),
        (AttendanceRole.IN_ATTENDANCE, "Mrs D Hart", "Clerk"),
    ]


def test_the_reference_stays_with_the_text_and_a_year_is_no_reference() -> None:
    assert referenced_run_in("7. Grants. 2204 – The council agreed two grants.") == (
        "7",
        "Grants",
        "2204 – The council agreed two grants.",
    )
    assert referenced_run_in("7. The budget was set. 2023 – 24 figures followed.") is None
    assert referenced_run_in("7. Letter from Cllr A. 2204 – The council noted it.") is None
