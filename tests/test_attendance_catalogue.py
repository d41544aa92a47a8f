"""The genre's attendance layouts as one catalogue: each invented paper's opening in, every
(role, name as written, capacity, line) its lists give out, in order.

Each case is named after the layout it shows; a layout's rule and its refusals are tested
in its own file (test_attendance_<layout>.py)."""

from __future__ import annotations

import pytest

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole

PRESENT = AttendanceRole.PRESENT
ALSO = AttendanceRole.ALSO_PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE

Fact = tuple[AttendanceRole, str, str | None, int]

LAYOUTS: list[tuple[str, str, list[Fact]]] = [
    (
        # a hanging label broken over two lines; visiting members are also present
        "broken_labels",
        "MINUTES of the meeting of the Audit Committee held at Wyke on 3 May 2022\n"
        "\n"
        "Committee     Councillors Reid (Chairman), Moss,\n"
        "Members:      Lowe and Hart\n"
        "\n"
        "Visiting      Councillors Ward and Mrs Yorke\n"
        "Members:\n"
        "\n"
        "1.  APOLOGIES\n",
        [
            (PRESENT, "Reid", "Chairman", 3),
            (PRESENT, "Moss", None, 3),
            (PRESENT, "Lowe", None, 4),
            (PRESENT, "Hart", None, 4),
            (ALSO, "Ward", None, 6),
            (ALSO, "Mrs Yorke", None, 6),
        ],
    ),
    (
        # "p" / "a" / "d" in the margin with no key, councils in brackets below the names
        "small_marks",
        "AT A MEETING of the Tarnby Police and Crime Panel held at Elm Hall\n"
        "\n"
        "Chairman:\n"
        "p Councillor Ada Frome (Tarnby Borough Council)\n"
        "\n"
        "\tp Councillor Ben Tull\ta Councillor Cara Voss\n"
        "\t(Elmside City Council)\t(Lowfold District Council)\n"
        "\tp Mrs Dee Ward\tp Councillor Eli Yorke\n"
        "\t(Independent Member)\t(Tarnby County Council)\n"
        "\n"
        "Deputy Members in attendance:\n"
        "d Councillor Fay Zeal (deputy for Councillor Cara Voss)\n"
        "\n"
        "At the invitation of the Chairman:\n"
        "Gil Ames – Police and Crime Commissioner for Tarnby\n"
        "\n"
        "1.  APOLOGIES FOR ABSENCE\n",
        [
            (PRESENT, "Councillor Ada Frome", "Tarnby Borough Council", 4),
            (PRESENT, "Councillor Ben Tull", "Elmside City Council", 6),
            (APOLOGIES, "Councillor Cara Voss", "Lowfold District Council", 6),
            (PRESENT, "Mrs Dee Ward", "Independent Member", 8),
            (PRESENT, "Councillor Eli Yorke", "Tarnby County Council", 8),
            (SUBSTITUTE, "Councillor Fay Zeal", "substitute for Councillor Cara Voss", 12),
            (ALSO, "Gil Ames", "Police and Crime Commissioner for Tarnby", 15),
        ],
    ),
    (
        # "Main Panel Members Present" and "Others Present" over name-and-council rows
        "panel_name_council_rows",
        "Orrin Vale Police and Crime Panel\n"
        "Main Panel Members Present:\n"
        "Mr Hal Brenton (Chairman)\tOrrin County Council\n"
        "Mrs Ida Colley\tWestmere District Council\n"
        "Others Present:\n"
        "Ms Rhoda Finch\tPolice and Crime Commissioner for Orrin Vale\n"
        "1. Apologies\n",
        [
            (PRESENT, "Mr Hal Brenton", "Chairman, Orrin County Council", 3),
            (PRESENT, "Mrs Ida Colley", "Westmere District Council", 4),
            (ALSO, "Ms Rhoda Finch", "Police and Crime Commissioner for Orrin Vale", 6),
        ],
    ),
    (
        # a police authority's "Councillor Members:" / "Magistrate Members:" under Present
        "panel_kinds_of_member",
        "Fellmoor Police Authority\n"
        "Present:\n"
        "Councillor Members:\n"
        "Councillor A Pryor (Chairman), County Councillor B Skene\n"
        "Magistrate Members:\n"
        "Mr C Trent JP\n"
        "PA 1/10 APOLOGIES\n",
        [
            (PRESENT, "Councillor A Pryor", "Chairman", 4),
            (PRESENT, "County Councillor B Skene", "Councillor Members", 4),
            (PRESENT, "Mr C Trent JP", "Magistrate Members", 6),
        ],
    ),
    (
        # a scrutiny committee's titles hanging in a column of their own
        "panel_hanging_titles",
        "Present\n\n"
        "\tCllr P Lowry (Chairman)\n\n"
        "\tCllrs\tR J Amble\tCllrs\tS Bower\n\n"
        "Apologies for Absence:\tCllrs\tK Rudd\n\n"
        "Substitutes:\tCllr\tT Corr (In place of K Rudd)\n\n"
        "Members in Attendance:\tCllrs\tV Sallis\tExecutive Member for Housing\n\n"
        "1. Minutes\n",
        [
            (PRESENT, "Cllr P Lowry", "Chairman", 3),
            (PRESENT, "R J Amble", None, 5),
            (PRESENT, "S Bower", None, 5),
            (APOLOGIES, "K Rudd", None, 7),
            (SUBSTITUTE, "Cllr T Corr", "substitute for K Rudd", 9),
            (IN_ATTENDANCE, "V Sallis", "Executive Member for Housing", 11),
        ],
    ),
    (
        # "Non-Cabinet Members" are also present; a post broken after "for"
        "panel_sentences_non_cabinet",
        "Present\n\nCabinet Members:\nCouncillor Sian Tate (Chair)\n\n"
        "Non-Cabinet Members:\nCouncillor Ugo Vance (Leader of the Green Group)\n\n"
        "Also in attendance: Councillor Wendy Xu, Cabinet Member for\n"
        "Highways, and Inspector Yann Zorn, Fellshire Police\n\n1. Minutes\n",
        [
            (PRESENT, "Councillor Sian Tate", "Chair", 4),
            (ALSO, "Councillor Ugo Vance", "Leader of the Green Group", 7),
            (IN_ATTENDANCE, "Councillor Wendy Xu", "Cabinet Member for Highways", 9),
            (IN_ATTENDANCE, "Inspector Yann Zorn", "Fellshire Police", 10),
        ],
    ),
    (
        # marks keyed below the list are no part of the names
        "keyed_marks",
        "MINUTES of a meeting of the Wexley Licensing Panel held on 3 March 2011\n\n"
        "Present:\n"
        "Mr A. Reid* (Chair), Mrs B. Moss†, Cllr C. Lowe and Mr D.\n"
        "Pym‡\n"
        "* co-opted member  † parish member  ‡ appointed by the Secretary of State\n"
        "\n"
        "1. Minutes\n",
        [
            (PRESENT, "Mr A. Reid", "Chair", 4),
            (PRESENT, "Mrs B. Moss", None, 4),
            (PRESENT, "Cllr C. Lowe", None, 4),
            (PRESENT, "Mr D. Pym", None, 4),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=layout) for layout, text, expected in LAYOUTS],
)
def test_each_layouts_lists_are_read_in_order(text: str, expected: list[Fact]) -> None:
    assert attendance_of(text) == expected
