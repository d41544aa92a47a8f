"""Members grouped by the body that appointed them, and a joint authority's members under
its councils in capitals (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership, name_list
from minutebook.parsing.membership_appointed_by import appointed_by_label, appointed_by_row


def _members(*texts: str) -> list[tuple[str, str, int]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_each_group_of_a_run_on_line_represents_its_appointing_body() -> None:
    row = (
        "Members appointed by Westmarch County Council Councillor: Ann Bell, Carl Dunn; "
        "Members appointed by the Secretary of State Mr. Ed Frost, Ms. Gail Hale."
    )
    assert appointed_by_row(row, name_list) == [
        ("Ann Bell", "Westmarch County Council"),
        ("Carl Dunn", "Westmarch County Council"),
        ("Mr. Ed Frost", "the Secretary of State"),
        ("Ms. Gail Hale", "the Secretary of State"),
    ]


def test_a_bilingual_label_and_the_next_groups_other_language_are_passed_over() -> None:
    row = (
        "Members appointed by Easthaven County Borough Council Y Cynghorydd / Councillor: "
        "Ifan Lloyd, Nia Rowlands; Aelodau wedi eu penodi gan Lywodraeth"
    )
    assert appointed_by_row(row, name_list) == [
        ("Ifan Lloyd", "Easthaven County Borough Council"),
        ("Nia Rowlands", "Easthaven County Borough Council"),
    ]


def test_no_list_or_no_group_gives_none() -> None:
    assert appointed_by_row("Members appointed by the Council are asked to note", name_list) is None
    assert appointed_by_row("Councillor: Ann Bell, Carl Dunn", name_list) is None
    assert appointed_by_label("Members appointed by the Council are asked to note") is None
    assert appointed_by_label("Members appointed by Westmarch County Council:") == (
        "Westmarch County Council"
    )


def test_groups_open_the_list_without_a_membership_heading() -> None:
    assert _members(
        "NORTHMOOR NATIONAL PARK AUTHORITY",
        "Members appointed by Westmarch County Council",
        "Councillors: Ann Bell, Carl Dunn and Edna Frost",
        "Members appointed by the Secretary of State",
        "Mr Ivo Jones, Dr Kay Lamb",
        "",
        "AGENDA",
        "1. Apologies",
    ) == [
        ("Ann Bell", "Westmarch County Council", 3),
        ("Carl Dunn", "Westmarch County Council", 3),
        ("Edna Frost", "Westmarch County Council", 3),
        ("Mr Ivo Jones", "the Secretary of State", 5),
        ("Dr Kay Lamb", "the Secretary of State", 5),
    ]


def test_members_of_an_authority_under_councils_in_capitals_with_dashed_titles() -> None:
    assert _members(
        "MEMBERS OF TARNWICK FIRE AUTHORITY -",
        "OLDHAVEN : Councillors - Abbot, Baines-Carr",
        "NORTH FELL & DALE : Councillors - Carver, O’Dowd",
        "AGENDA",
        "1. APOLOGIES FOR ABSENCE",
    ) == [
        ("Abbot", "OLDHAVEN", 2),
        ("Baines-Carr", "OLDHAVEN", 2),
        ("Carver", "NORTH FELL & DALE", 3),
        ("O’Dowd", "NORTH FELL & DALE", 3),
    ]


def test_a_run_on_list_goes_on_into_the_piece_cut_from_the_same_line() -> None:
    """A flattened line cut at "Independent Members:" (every piece cites line 1): the
    members after the cut are read too."""
    councils = ", ".join(f"{name} (Eastby Council)" for name in SURNAMES)
    pieces = [
        "WESTSHIRE POLICE AND CRIME PANEL Friday 6 March 2026",
        "Members: Councillor Ash, Chair. Councillor Birch, Vice-Chair. Councillors "
        f"{councils} and Vacancy (Northby),",
        "Independent Members: Ann Elm (Southshire) and Bob Fir (Upshire). Members are "
        "invited to attend the meeting to consider the business set out overleaf. " * 5,
        "1. APOLOGIES",
    ]
    found = [(m.as_written, m.represents) for m in membership([Line(1, p) for p in pieces])]
    assert len(found) == 2 + len(SURNAMES) + 2
    assert found[-2:] == [("Ann Elm", "Southshire"), ("Bob Fir", "Upshire")]


SURNAMES = (
    "Cole", "Dale", "Eames", "Frith", "Gale", "Hume", "Innes", "Judd", "Keane", "Lowe",
    "Mayne", "Nash", "Orme", "Pike", "Quill", "Rudd", "Sayle", "Tolley", "Upton", "Vane",
)  # fmt: skip


def test_a_welsh_group_heading_before_the_english_one_is_passed_over() -> None:
    lines = [
        Line(21, "Members:"),
        Line(
            23,
            "Aelodau wedi’u penodi gan Gyngor Gwynedd Members appointed by Gwynedd Council "
            "Y Cynghorydd / Councillor : Ann Reid, Ben Moss",
        ),
        Line(
            25,
            "Aelodau wedi’u penodi gan Llywodraeth Cymru Members appointed by The Welsh "
            "Government Mr. Cai Lowe, Ms. Dee Hart",
        ),
    ]
    assert [(m.as_written, m.represents) for m in membership(lines)] == [
        ("Ann Reid", "Gwynedd Council"),
        ("Ben Moss", "Gwynedd Council"),
        ("Mr. Cai Lowe", "The Welsh Government"),
        ("Ms. Dee Hart", "The Welsh Government"),
    ]
