"""A declarations list under a lead ending with the Scots colon-dash (":-"), as Scottish
councils print it ("... the following declarations of interest were intimated:-")."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declaration_lists import listed_names, plural_listed


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_a_plural_title_under_a_colon_dash_lead() -> None:
    body = _lines(
        "3. Declarations of interest were received from Members, and the Members concerned"
        " took no part in the matters identified:-",
        "Councillors Baird, Kerr and Munro by reason of their membership of the Board of"
        " Glenard Leisure Trust in respect of paragraph 12 of the minute.",
    )
    assert [(d.as_written, d.line) for d in plural_listed(body, "3")] == [
        ("Baird", 2),
        ("Kerr", 2),
        ("Munro", 2),
    ]


def test_an_en_dash_after_the_colon_counts_too() -> None:
    body = _lines(
        "The Committee noted the following declarations of interest:–",
        "Councillors Baird and Kerr as directors of Glenard Leisure Trust.",
    )
    assert [d.as_written for d in plural_listed(body, "3")] == ["Baird", "Kerr"]


def test_names_alone_under_a_colon_dash_lead() -> None:
    body = _lines(
        "The following members declared a non-financial interest in item 6:-",
        "Councillor A Baird",
        "Councillor C Kerr",
    )
    assert [(d.as_written, d.line) for d in listed_names(body, "4")] == [
        ("Councillor A Baird", 2),
        ("Councillor C Kerr", 3),
    ]


def test_an_invitation_or_a_hyphen_ending_a_word_declares_nothing() -> None:
    invited = _lines("Members were asked to declare:-", "Councillors Baird and Kerr")
    assert plural_listed(invited, "3") == []
    hyphen = _lines(
        "Declarations of interest in the joint non-", "Councillors Baird and Kerr attended."
    )
    assert plural_listed(hyphen, "3") == []
