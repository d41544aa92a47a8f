"""A cabinet's members by initials, each followed by an office, flattened after their
label (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership_flat_offices import flat_initialled_offices
from opening_facts import parsed

ROLL = (
    "Yours sincerely, Dan Pym To: Councillors: A. Reid Leader of the Council B.J. Moss Deputy "
    "Leader and Housing Portfolio Leader Mrs. C. Lowe Finance Portfolio Leader E.F.G. Hart "
    "Parks Portfolio Leader Town Hall, Wyke tel 01632 960000 AGENDA 1. Apologies"
)


def _names(text: str) -> list[tuple[str, str]] | None:
    found = flat_initialled_offices(Line(4, text))
    return None if found is None else [(m.as_written, m.represents) for m in found]


def test_each_name_before_its_office_is_a_member() -> None:
    assert _names(ROLL) == [
        ("A. Reid", ""),
        ("B.J. Moss", ""),
        ("Mrs. C. Lowe", ""),
        ("E.F.G. Hart", ""),
    ]


def test_names_parted_by_a_sentence_or_too_few_make_no_list() -> None:
    assert _names("Councillors: A. Reid said the report was late. B. Moss agreed. C. Lowe") is None
    assert _names("Councillors: A. Reid Leader B. Moss Deputy Leader") is None
    assert _names("The Leader, A. Reid, and B. Moss and C. Lowe attended.") is None


def test_a_flattened_packs_roll_is_its_agendas_membership() -> None:
    pack = (
        "Dear Councillor, CABINET 5:30 PM ON TUESDAY, 10 MARCH, 2026 ROOM 2, TOWN HALL, WYKE "
        "You are invited to attend this meeting to deal with the business set out below. "
        f"{ROLL} 2. Interests 3. Minutes 4. Fees and Charges 2026/27"
    )
    part = parsed(pack).parts[0]
    assert [m.as_written for m in part.membership] == [
        "A. Reid",
        "B.J. Moss",
        "Mrs. C. Lowe",
        "E.F.G. Hart",
    ]
