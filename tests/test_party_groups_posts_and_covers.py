"""Membership, attendance and declarations in more of the genre's forms: party groups in
a membership list, a cover sheet holding the members, posts broken by "and" or a comma, how
someone attended, a post label before one person, and a title left at the end of the line
above a declarer. Every example is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from minute_fixtures import attendance_of as _attendance
from minute_fixtures import lines_of as _lines
from minute_fixtures import read_minutes
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DeclarationFacts, DocumentKind, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.attendance import post_label
from minutebook.parsing.covers import absorbs_cover, join_covers
from minutebook.parsing.declarations import title_above
from minutebook.parsing.membership import HEADING, PARTY_GROUP, group_row, membership
from minutebook.parsing.names import service_area, split_name_list, timing_note

AGENDAS = Path(__file__).parent / "fixtures" / "agenda"


# --- membership -----------------------------------------------------------------------


def test_members_listed_by_party_represent_no_party() -> None:
    text = (
        "Members of the Parks and Open Spaces Committee:\n"
        "\n"
        "Conservative:       Councillors A. Penrose (Chairman), B. Quayle,\n"
        "                    C. Ross-Hunt and D. Sable\n"
        "Labour (2):         Councillors E. Tull (Vice-Chairman) and F. Umber\n"
        "Green Party:        Councillor G. Vane\n"
        "Independent:        Councillor H. Wren\n"
        "\n"
        "AGENDA\n"
    )
    assert [(m.as_written, m.represents, m.line) for m in membership(_lines(text))] == [
        ("A. Penrose", "", 3),
        ("B. Quayle", "", 3),
        ("C. Ross-Hunt", "", 4),
        ("D. Sable", "", 4),
        ("E. Tull", "", 5),
        ("F. Umber", "", 5),
        ("Councillor G. Vane", "", 6),
        ("Councillor H. Wren", "", 7),
    ]


@pytest.mark.parametrize(
    ("label", "party"),
    [
        ("Conservative", True),
        ("Liberal Democrat Group", True),
        ("Labour and Co-operative", True),
        ("Plaid Cymru", True),
        ("Independent Group", True),
        ("Independent", True),
        ("Independent Members", False),  # a co-opted seat, which they represent
        ("Co-opted", False),
        ("Parish Council Representatives", False),
    ],
)
def test_party_group_labels(label: str, party: bool) -> None:
    assert bool(PARTY_GROUP.match(label)) is party


def test_a_seat_label_stays_what_its_members_represent() -> None:
    assert group_row("Independent Members: Mr A Lowe and Mrs B Marsh") == [
        ("Mr A Lowe", "Independent Members"),
        ("Mrs B Marsh", "Independent Members"),
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Members of the Community and Environment Committee:", True),
        ("Members of the Health and Wellbeing Board", True),
        ("Members of the public may attend this meeting.", False),
        ("Members of the Committee are reminded to declare interests.", False),
    ],
)
def test_a_members_heading_may_name_its_body_in_full(line: str, heading: bool) -> None:
    assert bool(HEADING.match(line)) is heading


COVER = (
    "BOROUGH OF WYNDLESHAM\n"
    "\n"
    "Licensing Committee\n"
    "Date:   Monday, 3 March 2031\n"
    "Time:   7.00 pm\n"
    "Place:  Council Chamber, Civic Hall, Wyndlesham\n"
    "\n"
    "Membership:\n"
    "Councillors Abara (Chair), Blythe (Vice-Chair), Corrigan and Dunmore\n"
    "\n"
    "Enquiries to: Jo Finch, Democratic Services\n"
    "\n"
)


def test_a_cover_listing_members_joins_the_agenda_after_it() -> None:
    cover_lines = _lines(COVER)
    cover = Part(DocumentKind.OTHER, "", cover_lines, "unrecognised")
    first = len(cover_lines) + 1
    agenda = Part(
        DocumentKind.AGENDA,
        "",
        [Line(first, "AGENDA ITEM 1"), Line(first + 1, "APOLOGIES FOR ABSENCE")],
        "agenda",
    )
    [joined] = join_covers([cover, agenda])
    assert joined is agenda and joined.lines[0].number == 1
    assert [m.as_written for m in membership(joined.lines)] == [
        "Abara",
        "Blythe",
        "Corrigan",
        "Dunmore",
    ]


def test_a_cover_listing_no_members_stays_apart() -> None:
    cover = Part(DocumentKind.OTHER, "", _lines("BOROUGH OF WYNDLESHAM\n\nAnnual review"), "x")
    agenda = Part(DocumentKind.AGENDA, "", [Line(5, "AGENDA"), Line(6, "1. Apologies")], "x")
    assert not absorbs_cover(cover, agenda)
    report = Part(DocumentKind.REPORT, "", _lines(COVER), "x")
    assert not absorbs_cover(report, agenda)  # only an unrecognised paper is a cover


# --- attendance -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Dr Ann Reid, Executive Director of Education and Children's Services",
            [("Dr Ann Reid", "Executive Director of Education and Children's Services")],
        ),
        (
            "B. Moss - Corporate Director, Resources",
            [("B. Moss", "Corporate Director, Resources")],
        ),
        (
            "C. Dunn - Head of Legal and Democratic Services",
            [("C. Dunn", "Head of Legal and Democratic Services")],
        ),
        (
            "Councillor D Fry, Cabinet Member for Regeneration and Housing",
            [("Councillor D Fry", "Cabinet Member for Regeneration and Housing")],
        ),
        # must not fire: titled names after "and" are people of their own
        ("Cllr A Reid, Cllr B Care and Cllr C Place", [
            ("Cllr A Reid", None), ("Cllr B Care", None), ("Cllr C Place", None)
        ]),
    ],
)  # fmt: skip
def test_a_post_broken_by_and_or_a_comma_keeps_its_service_area(
    written: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(e.as_written, e.capacity) for e in split_name_list(written)] == expected


def test_service_area_is_never_a_titled_name() -> None:
    assert service_area("Children's Services")
    assert service_area("Housing")
    assert not service_area("Mr Housing")
    assert not service_area("Ann Reid")


@pytest.mark.parametrize(
    "bracket",
    ["remotely", "virtually", "via Teams", "via Microsoft Teams", "online", "by video link",
     "attended remotely", "by telephone", "in person", "via VC"],
)  # fmt: skip
def test_how_someone_attended_is_no_capacity(bracket: str) -> None:
    entries = split_name_list(f"Cllr A Reid ({bracket}), Cllr B Moss")
    assert [(e.as_written, e.capacity, e.timing) for e in entries] == [
        ("Cllr A Reid", None, bracket),
        ("Cllr B Moss", None, None),
    ]


def test_a_capacity_naming_online_work_is_kept() -> None:
    [entry] = split_name_list("Mr A Reid (Online Services Manager)")
    assert entry.capacity == "Online Services Manager"


def test_a_group_label_on_the_line_after_a_wrapped_group() -> None:
    text = (
        "Sederunt:\n"
        "\n"
        "Councillor Ann Reid (Convener)\n"
        "Church Representatives: The Reverend Ian Gow, Mrs Jo Dunn and\n"
        "Mr Carl Rae\n"
        "Parent Representative: Ms Una Kerr\n"
    )
    assert _attendance(text) == [
        (AttendanceRole.PRESENT, "Councillor Ann Reid", "Convener", 3),
        (AttendanceRole.PRESENT, "The Reverend Ian Gow", "Church Representatives", 4),
        (AttendanceRole.PRESENT, "Mrs Jo Dunn", "Church Representatives", 4),
        (AttendanceRole.PRESENT, "Mr Carl Rae", "Church Representatives", 5),
        (AttendanceRole.PRESENT, "Ms Una Kerr", "Parent Representative", 6),
    ]


def test_a_post_label_before_one_person() -> None:
    text = (
        "Present:\n"
        "Cllr A Reid | Wyke County Council\n"
        "\n"
        "Independent Adviser: Mr Hal Rowe\n"
        "Officers: Mrs P Tull (Treasurer)\n"
    )
    assert _attendance(text) == [
        (AttendanceRole.PRESENT, "Cllr A Reid", "Wyke County Council", 2),
        (AttendanceRole.ALSO_PRESENT, "Mr Hal Rowe", "Independent Adviser", 4),
        (AttendanceRole.IN_ATTENDANCE, "Mrs P Tull", "Treasurer", 5),
    ]


@pytest.mark.parametrize(
    ("label", "post"),
    [("Independent Adviser", True), ("Statutory Scrutineer", False),
     ("Community Council Member", False),
     ("Religious Representatives", False), ("Conservative", False)],
)  # fmt: skip
def test_post_label(label: str, post: bool) -> None:
    assert post_label(label) is post


def test_timing_note_still_reads_when_someone_came() -> None:
    assert timing_note("from item 5") == "from item 5"
    assert timing_note("Chair") is None


# --- declarations ---------------------------------------------------------------------


def test_a_title_left_on_the_line_above_joins_its_declarer() -> None:
    found = DeclarationFacts("Ann Reid", "Ann Reid declared a personal interest.", 8, "1")
    above = Line(7, "The Convener invited declarations. Councillor")
    assert title_above(found, above) == DeclarationFacts(
        "Councillor Ann Reid", "Ann Reid declared a personal interest.", 7, "1"
    )


def test_a_line_above_ending_on_another_word_leaves_the_declarer() -> None:
    found = DeclarationFacts("Ann Reid", "Ann Reid declared a personal interest.", 8, "1")
    assert title_above(found, Line(7, "The Convener invited declarations.")) is found
    titled = DeclarationFacts("Cllr A Reid", "Cllr A Reid declared an interest.", 8, "1")
    assert title_above(titled, Line(7, "as follows. Mr")) is titled


# --- whole papers ---------------------------------------------------------------------


def test_an_agenda_listing_its_members_by_party() -> None:
    text = (AGENDAS / "membership-by-party-group.txt").read_text("utf-8")
    part = Part(DocumentKind.AGENDA, "", _lines(text), "agenda")
    parse_agenda(part, "f.txt", Diagnostics())
    assert [(m.as_written, m.represents, m.line) for m in part.membership] == [
        ("A. Penrose", "", 7),
        ("B. Quayle", "", 7),
        ("C. Ross-Hunt", "", 8),
        ("D. Sable", "", 8),
        ("E. Tull", "", 9),
        ("F. Umber", "", 9),
        ("Councillor G. Vane", "", 10),
        ("Councillor H. Wren", "", 11),
    ]
    assert [i.code for i in part.items] == ["1", "2", "3", "4", "5"]


def test_minutes_with_remote_attendance_posts_and_group_labels() -> None:
    part, _ = read_minutes("remote-attendance-posts-and-group-labels.txt")
    present, also, officers = (
        AttendanceRole.PRESENT,
        AttendanceRole.ALSO_PRESENT,
        AttendanceRole.IN_ATTENDANCE,
    )
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (present, "Councillor Morag Tindall", "Convener", 7),
        (present, "Ailsa Brodie", None, 8),
        (present, "Duncan Frew", None, 8),
        (present, "Iona Gilmour", None, 8),
        (present, "Rory Haig", None, 8),
        (present, "The Reverend Neil Coutts", "Church Representatives", 9),
        (present, "Mrs Elspeth Rand", "Church Representatives", 9),
        (present, "Mr Gavin Orr", "Church Representatives", 10),
        (present, "Mrs Lorna Beattie", "Parent Representative", 11),
        (also, "Dr Keith Lammie", "Independent Adviser", 12),
        (officers, "P. Strang", "Chief Education Officer", 15),
        (officers, "R. Mowat", "Head of Legal and Democratic Services", 16),
        (officers, "S. Tennant", "Director, Resources", 17),
        (officers, "Mrs Fay Urquhart", "Head of Schools and Learning", 18),
    ]
    assert [a.timing for a in part.attendance[2:5]] == ["via Teams", None, "remotely"]
    assert part.attendance[8].timing == "online"
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Councillor Iona Gilmour", 22, "1")
    ]


def test_a_cover_cut_from_the_same_flattened_line_joins_its_agenda() -> None:
    """A file flattened onto one line: the cover's pieces and the agenda's share line 1."""
    cover = Part(DocumentKind.OTHER, "", [Line(1, "Membership"), *_lines(COVER)[2:3]], "x")
    cover.lines = [Line(1, line.text) for line in cover.lines]
    agenda = Part(DocumentKind.AGENDA, "", [Line(1, "AGENDA"), Line(1, "1. Apologies")], "x")
    assert absorbs_cover(cover, agenda)
    later = Part(DocumentKind.AGENDA, "", [Line(0, "AGENDA")], "x")
    assert not absorbs_cover(cover, later)  # a cover after its agenda is none
