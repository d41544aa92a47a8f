"""A two-column "Member | Authority" attendance table flattened onto one run of text."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_flattened import flattened_table

PRESENT = AttendanceRole.PRESENT
SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _rows(text: str) -> list[tuple[str, str | None, bool]] | None:
    found = flattened_table(text)
    if found is None:
        return None
    return [(m.entry.as_written, m.entry.capacity, m.substitute) for m in found]


TABLES: list[tuple[str, str, list[tuple[str, str | None, bool]]]] = [
    (
        "pairs_after_commas",
        "Cllr A Reid, Northdown District Council Cllr Mrs B Moss, Eastwold Borough "
        "Council (Chairman) Mr C Lowe, Co-opted Member Cllr D Pym (substitute), "
        "Westmarsh and Fenbridge Council",
        [
            ("Cllr A Reid", "Northdown District Council", False),
            # the bracket after the authority stays as printed
            ("Cllr Mrs B Moss", "Eastwold Borough Council (Chairman)", False),
            ("Mr C Lowe", "Co-opted Member", False),
            ("Cllr D Pym", "Westmarsh and Fenbridge Council", True),
        ],
    ),
    (
        # no commas: split after the surname
        "pairs_without_commas",
        "Councillor Ann Reid Northdown District Council Councillor Ben Moss Eastwold "
        "Borough Council Cty Cllr C J Lowe Fenshire Fire Authority",
        [
            ("Councillor Ann Reid", "Northdown District Council", False),
            ("Councillor Ben Moss", "Eastwold Borough Council", False),
            ("Cty Cllr C J Lowe", "Fenshire Fire Authority", False),
        ],
    ),
    (
        # an elected mayor and members printed with no title, commas or none
        "apologies_with_a_mayor_and_untitled_members",
        "Mr K Ostrander Co-opted member Cllr P Quill, Fenshire Police Authority "
        "Cllr T Vance Northdown Borough Council Mayor Iris Penhallow, Mayor of Westbury "
        "B Okafor, Fenshire Police Authority",
        [
            ("Mr K Ostrander", "Co-opted member", False),
            ("Cllr P Quill", "Fenshire Police Authority", False),
            ("Cllr T Vance", "Northdown Borough Council", False),
            ("Mayor Iris Penhallow", "Mayor of Westbury", False),
            ("B Okafor", "Fenshire Police Authority", False),
        ],
    ),
    (
        "untitled_members_only",
        "J Amberley, Fenshire Police Authority G Tolland, Eastwold Borough Council "
        "M J Ruskin, Eastwold Borough Council",
        [
            ("J Amberley", "Fenshire Police Authority", False),
            ("G Tolland", "Eastwold Borough Council", False),
            ("M J Ruskin", "Eastwold Borough Council", False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=layout) for layout, text, expected in TABLES],
)
def test_pairs_are_names_and_authorities(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert _rows(text) == expected


NOT_TABLES = [
    pytest.param(
        "Cllr A Reid (Chairman), Cllr B Moss, Cllr C Lowe (Vice-Chairman), Mr D Pym",
        id="ordinary_list",
    ),
    pytest.param(
        "Cllr A Reid (Northdown Council), Cllr B Moss (Eastwold Council), "
        "Cllr C Lowe (Fen Council)",
        id="ordinary_list_with_brackets",
    ),
    pytest.param(
        "Cllr A Reid said that Cllr B Moss had written to Northdown Council and Cllr C Pym agreed",
        id="sentence",
    ),
    pytest.param("Cllr A Reid, Northdown Council Cllr B Moss, Eastwold Council", id="two_pairs"),
    # initials before a comma in an ordinary list are not rows of a table
    pytest.param("Councillors A Reid, B Moss, C Lowe and D Pym", id="plural_title_list"),
    pytest.param("The Mayor of Westbury, Cllr A Reid, B Moss, Fen Council", id="mayor_seat"),
    # one piece that is not a pair spoils the run: it is left whole to the name reader
    pytest.param(
        "Cllr A Reid, Northdown Council Cllr B Moss Cllr C Lowe, Fen Council "
        "Mr D Pym, Co-opted Member",
        id="one_piece_not_a_pair",
    ),
    pytest.param(
        "The Panel met. Cllr A Reid, Northdown Council Cllr B Moss, Fen Council "
        "Mr D Pym, Co-opted Member",
        id="sentence_before_the_pairs",
    ),
]


@pytest.mark.parametrize("text", NOT_TABLES)
def test_a_list_a_sentence_or_a_short_run_is_not_a_table(text: str) -> None:
    assert _rows(text) is None


def test_the_present_list_reads_the_table_with_its_lines() -> None:
    lines = [
        Line(1, "Present: Cllr A Reid, Northdown District Council Cllr Mrs B Moss,"),
        Line(
            2,
            "Eastwold Borough Council Mr C Lowe, Co-opted Member Cllr D Pym (substitute), "
            "Fen Council",
        ),
    ]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance] == [
        (PRESENT, "Cllr A Reid", "Northdown District Council", 1),
        (PRESENT, "Cllr Mrs B Moss", "Eastwold Borough Council", 1),
        (PRESENT, "Mr C Lowe", "Co-opted Member", 2),
        (SUBSTITUTE, "Cllr D Pym", "Fen Council", 2),
    ]
