"""A cabinet's members one a line, the portfolio after a comma wrapping onto the next."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.attendance_comma_posts import comma_post_rows


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_a_wrapped_portfolio_joins_its_row() -> None:
    rows = comma_post_rows(
        _lines(
            "PRESENT",
            "Councillor Ann Reid, Cabinet Member for Environment, Transport",
            "and Residents' Services",
            "Councillor Ben Moss, Cabinet Member for Housing",
            "Councillor Cara Lowe, Cabinet Member for Health and Adult Social",
            "Care",
            "",
            "ALSO PRESENT",
        )
    )
    assert [(li.number, li.text) for li in rows] == [
        (1, "PRESENT"),
        (
            2,
            "Councillor Ann Reid (Cabinet Member for Environment, Transport and Residents'"
            " Services);",
        ),
        (4, "Councillor Ben Moss, Cabinet Member for Housing"),
        (5, "Councillor Cara Lowe (Cabinet Member for Health and Adult Social Care);"),
        (7, ""),
        (8, "ALSO PRESENT"),
    ]


def test_a_titled_name_a_label_or_an_untitled_row_below_is_no_wrap() -> None:
    lines = _lines(
        "Councillor Ann Reid, Cabinet Member for Housing",
        "Councillor Ben Moss, Leader",
        "ALSO PRESENT",
        "Ann Reid, Cabinet Member for Housing",
        "Care",
    )
    assert comma_post_rows(lines) == lines


def test_a_person_named_alone_under_a_row_is_the_next_of_a_list_one_a_line() -> None:
    """ "Constable Ann Reid, Wyke Police" over "Ben Moss": the body ends at its line and
    the next line is the next person (a constable by rank is titled)."""
    lines = _lines(
        "Constable Ann Reid, Wyke Police", "Ben Moss", "Mr Cy Dunn, Fenby Fire Service", "Dee Hale"
    )
    assert comma_post_rows(lines) == lines


def test_a_constable_by_rank_sends_apologies_with_the_force_as_capacity() -> None:
    from minute_fixtures import attendance_of

    text = (
        "MINUTES OF THE WYKE COUNCIL MEETING\n\nTuesday 4th March 2031 at 7.00pm, Village "
        "Hall\n\nPresent:\n\nAnn Reid\nBen Moss\n\nApologies:\n\nConstable Cara Lowe, Wyke "
        "Police\nDan Pym\nEve Hart\n\n1. Minutes\n\nApproved.\n"
    )
    sent = [
        (name, capacity)
        for role, name, capacity, _ in attendance_of(text)
        if role.value == "apologies"
    ]
    assert sent == [("Constable Cara Lowe", "Wyke Police"), ("Dan Pym", None), ("Eve Hart", None)]
