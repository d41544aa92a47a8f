"""An attendance label run onto the end of the dated line above its names is put on a
line of its own (`parsing.trailing_labels`; invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.trailing_labels import split_trailing_labels
from opening_facts import parsed

OPENING = (
    "Ashby Parish Council Minutes of the Meeting of Ashby Parish Council held in the"
    " Community Centre, North Street, 6.45pm on Monday 6th March 2017 Present"
)


def _split(*texts: str) -> list[tuple[int, str]]:
    lines, furniture = split_trailing_labels([Line(n, t) for n, t in enumerate(texts, 1)])
    assert furniture == []
    return [(line.number, line.text) for line in lines]


def test_the_label_ending_a_dated_line_over_titled_names_stands_alone() -> None:
    assert _split(OPENING, "", "Cllr. Reid – Chair, Cllr. Moss, Cllr. Lowe.")[:2] == [
        (1, OPENING.removesuffix(" Present")),
        (1, "Present"),
    ]


def test_a_line_without_a_date_or_names_under_it_is_left_alone() -> None:
    undated = "The following members of the committee were Present"
    assert _split(undated, "Cllr. Reid, Cllr. Moss")[0] == (1, undated)
    assert _split(OPENING, "The meeting opened at 6.45pm.")[0] == (1, OPENING)


def test_the_names_are_read_as_present_and_the_venue_ends_before_the_label() -> None:
    text = f"{OPENING}\n\nCllr. Reid – Chair, Cllr. Moss, Cllr. Lowe.\n\n1. Apologies\nNone.\n"
    part = parsed(text).parts[0]
    assert part.meeting is not None and part.meeting.venue == "Community Centre, North Street"
    assert [a.as_written for a in part.attendance if a.role.value == "present"] == [
        "Cllr. Reid",
        "Cllr. Moss",
        "Cllr. Lowe",
    ]


def test_a_county_councils_members_present_being_formula_heads_the_roll() -> None:
    """ "At an Annual Meeting of the County Council held at 10.30 a.m. on Friday, 11 April
    2025, at County Hall, Fenby, the members present being:" over titled names."""
    opening = (
        "At an Annual Meeting of the County Council held at 10.30 a.m. on Friday, 11 April "
        "2025, at County Hall, Fenby, the members present being:"
    )
    text = (
        f"County Council – Annual Meeting\n\n11 April 2025\n\n{opening}\n\nMrs A Reid "
        "(Chairman)\n\nMr B Moss Mrs C Lowe Dr D Pym\n\nMinutes\n\n1 Resolved that the "
        "minutes of the meeting held on 21 March 2025 be approved as a correct record.\n"
    )
    part = parsed(text).parts[0]
    assert part.meeting is not None and part.meeting.venue == "County Hall, Fenby"
    present = [(a.as_written, a.capacity) for a in part.attendance if a.role.value == "present"]
    assert present == [
        ("Mrs A Reid", "Chairman"),
        ("Mr B Moss", None),
        ("Mrs C Lowe", None),
        ("Dr D Pym", None),
    ]
