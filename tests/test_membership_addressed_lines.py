"""A cabinet's summons letter: its members one a line under "To: All Members of the
Cabinet", blank lines between, a portfolio after each dash; the letter is one agenda from
its letterhead however many members it names (invented example)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing import parse_document
from minutebook.parsing.membership_addressed_lines import addressed_lines
from minutebook.parsing.reading import SourceText
from minutebook.parsing.splitting import over_addressees

MEMBERS = [
    "Councillor Ann Bell - Leader",
    "Councillor Carl Dunn - Resources and Deputy Leader",
    "Councillor Edith Frost - Adult Social Care",
    "Councillor Gil Hart - Children's Services",
    "Councillor Ivy Jones - Transport and Highways",
    "Councillor Kit Lowe - Housing",
    "Councillor Mo Nash - The Council as Corporate Trustee",
]

LETTER = "\n\n".join(
    [
        "Democratic Services",
        "Town Hall, Market Street, Ashby AB1 2CD",
        "Date:",
        "02 March 2015",
        "To: All Members of the Cabinet",
        *MEMBERS,
        "Chief Executive and other appropriate officers",
        "Press and Public",
        "Dear Member,",
        "Cabinet: Wednesday 11th March 2015",
        "You are invited to attend a meeting of the Cabinet to be held on Wednesday 11th "
        "March 2015 at 5:00pm in the Council Chamber, Town Hall, Ashby.",
        "The agenda is set out overleaf.",
        "1. Apologies for absence",
        "2. Declarations of interest",
    ]
)


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_the_members_under_the_address_with_their_portfolios_left_out() -> None:
    lines = _lines("To: All Members of the Cabinet", "", *MEMBERS[:3], "", "Dear Member,")
    found = addressed_lines(lines, 0)
    assert found is not None
    assert [(m.as_written, m.represents, m.line) for m in found] == [
        ("Councillor Ann Bell", "", 3),
        ("Councillor Carl Dunn", "", 4),
        ("Councillor Edith Frost", "", 5),
    ]


def test_a_column_of_councils_says_what_the_members_represent() -> None:
    lines = _lines(
        "To: Members of the Joint Committee",
        "Cllr Ann Bell - Ashby District Council",
        "Cllr Carl Dunn - Oldbury Borough Council",
    )
    found = addressed_lines(lines, 0)
    assert found is not None
    assert [m.represents for m in found] == ["Ashby District Council", "Oldbury Borough Council"]


def test_no_bare_address_or_one_name_gives_none() -> None:
    assert addressed_lines(_lines("To: Councillor Ann Bell", "Councillor Carl Dunn"), 0) is None
    assert addressed_lines(_lines("To: All Members", "Councillor Ann Bell", "Dear Ann,"), 0) is None
    assert (
        addressed_lines(_lines("To: All Members", "", "", "", "Cllr A Bell", "Cllr C Dunn"), 0)
        is None
    )


def test_the_letter_is_one_agenda_with_its_members() -> None:
    document = parse_document(SourceText(file="f.txt", sha256="0", text=LETTER), Diagnostics())
    (part,) = document.parts
    assert (str(part.kind), part.lines[0].number) == ("agenda", 1)
    assert part.meeting is not None
    assert (part.meeting.body_name, str(part.meeting.date)) == ("Cabinet", "2015-03-11")
    assert [m.as_written for m in part.membership] == [m.split(" - ")[0] for m in MEMBERS]


def test_a_summons_reaches_up_over_a_long_addressee_block() -> None:
    """Eleven lines of addressees and greeting, blank lines between, above the summons:
    the agenda starts at the address ('To: All Members of the Cabinet')."""
    block = ["To: All Members of the Cabinet", *MEMBERS, "Press and Public", "Dear Member,"]
    texts = [piece for text in block for piece in (text, "")]
    lines = _lines("Minutes of the Audit Committee.", "", *texts, "You are invited to attend")
    assert over_addressees(lines, len(lines) - 1) == 2
