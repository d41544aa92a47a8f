"""An agenda front sheet whose copy lost the label over its members: "Councillors A (Chair),
B, ..." under the body's name (invented examples)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing import parse_document
from minutebook.parsing.membership import membership
from minutebook.parsing.reading import SourceText


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_plural_title_list_under_the_body_is_its_membership() -> None:
    found = membership(
        _lines(
            "Wyke Area Committee\n\n\nCouncillors Ann Reid (Chair), Ben Moss (Vice-Chair), "
            "Cara Lowe and Dev Pym.\n\n\nFriday 4th June 2021\n\n2.00 pm\n"
        )
    )
    assert [(m.as_written, m.represents, m.line) for m in found] == [
        ("Ann Reid", "", 4),
        ("Ben Moss", "", 4),
        ("Cara Lowe", "", 4),
        ("Dev Pym", "", 4),
    ]


def test_a_sentence_or_a_later_paragraph_is_no_membership() -> None:
    assert membership(_lines("Wyke Area Committee\n\nCouncillors Reid and Moss agreed.\n")) == []
    late = (
        "Wyke Area Committee\n\nFriday 4th June\n\n2.00 pm\n\nVenue\n\n"
        "Councillors A Reid, B Moss, C Lowe\n"
    )
    assert membership(_lines(late)) == []


def test_a_run_of_titled_names_under_the_notice_is_its_membership() -> None:
    found = membership(
        _lines(
            "There will be a meeting of the Authority at Fell House on 2 May 2012 at 10 am.\n"
            "Mr A Reid OBE (Chairman), Mrs B Moss (Deputy Chairman), Dr C Lowe, Mr D Pym, "
            "Ms E Hart, Professor F Cole, 2 vacancies\n"
            "To receive apologies for absence.\n"
        )
    )
    assert [(m.as_written, m.represents) for m in found] == [
        ("Mr A Reid OBE", ""),
        ("Mrs B Moss", ""),
        ("Dr C Lowe", ""),
        ("Mr D Pym", ""),
        ("Ms E Hart", ""),
        ("Professor F Cole", ""),
    ]


def test_a_short_or_untitled_run_is_no_membership() -> None:
    assert membership(_lines("Notice\nMr A Reid, Mrs B Moss, Dr C Lowe and others met.\n")) == []
    assert membership(_lines("Notice\nMr A Reid, Mrs B Moss, Dr C Lowe, Dale, Ed Hart, F\n")) == []


SUMMONS = """\
Agenda March 2019

Ashwell Parish Council

Notice of Meeting and Summons to Attend


Councillors Ann Reid (Chairman), Ben Moss, Cara Lowe-Hart, Dev Pym (vice-chairman),
Eve Shaw, Finn Ward.

{notice}

1. Apologies for absence

2. Minutes of the last meeting
""".format(
    notice="Notice is hereby given that a meeting of Ashwell Parish Council will be held on "
    "Thursday, 7th March 2019 in the Village Hall, Ashwell, commencing at 7.30pm."
)


def test_the_summoned_councillors_are_the_members_each_on_their_line() -> None:
    document = parse_document(SourceText(file="f.txt", sha256="0", text=SUMMONS), Diagnostics())
    (part,) = document.parts
    assert part.kind.value == "agenda"
    assert [(m.as_written, m.line) for m in part.membership] == [
        ("Ann Reid", 8),
        ("Ben Moss", 8),
        ("Cara Lowe-Hart", 8),
        ("Dev Pym", 8),
        ("Eve Shaw", 9),
        ("Finn Ward", 9),
    ]
