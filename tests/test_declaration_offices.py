"""Members who declared, named with their office in apposition (invented examples)."""

from __future__ import annotations

from minute_fixtures import declarations_in_minute
from minutebook.model import Line
from minutebook.parsing.declaration_offices import (
    member_then_office,
    office_declarers,
    office_then_members,
)


def _names(rule: object, text: str) -> list[str]:
    assert callable(rule)
    return [d.as_written for d in rule(Line(3, text), "7")]


def _read(title: str, texts: list[str]) -> list[tuple[str, int]]:
    return [(d.as_written, d.line) for d in declarations_in_minute(title, texts)]


def test_the_office_then_the_member_between_commas() -> None:
    assert _names(
        office_then_members,
        "The Chair, Councillor Ann Reed, declared a personal interest in item 5 as a trustee.",
    ) == ["Councillor Ann Reed"]


def test_the_office_then_the_member_its_closing_comma_lost() -> None:
    assert _names(
        office_then_members,
        "The Chairman, Councillor Reed also declared an interest in application 14/0031.",
    ) == ["Councillor Reed"]


def test_offices_leading_a_list_give_each_titled_member() -> None:
    assert _names(
        office_then_members,
        "The Convener, the Vice Convener, Councillor Reed and Councillor Shaw declared an"
        " interest in item 9 as members of the Joint Board.",
    ) == ["Councillor Reed", "Councillor Shaw"]


def test_an_office_of_the_council_then_a_member_with_two_titles() -> None:
    assert _names(
        office_then_members,
        "The Leader of the Council, Councillor Mrs A Reed, declared a pecuniary interest.",
    ) == ["Councillor Mrs A Reed"]


def test_the_member_then_the_office_its_closing_comma_lost_or_printed() -> None:
    assert _names(
        member_then_office, "Councillor Shaw, the Ward Member declared a personal interest."
    ) == ["Councillor Shaw"]
    assert _names(
        member_then_office, "Cllr B Shaw, the Vice-Chairman, declared a personal interest."
    ) == ["Cllr B Shaw"]


def test_an_office_alone_names_no_member() -> None:
    assert _names(office_declarers, "The Chairman declared a personal interest in item 4.") == []


def test_an_office_and_member_that_did_not_declare() -> None:
    assert _names(office_declarers, "The Chair, Councillor Reed, reported on the visit.") == []


def test_an_office_and_member_declaring_that_there_was_nothing() -> None:
    assert (
        _names(
            office_declarers,
            "The Chair, Councillor Reed, declared that no interests had been notified.",
        )
        == []
    )
    assert _names(
        office_declarers,
        "Councillor Reed, the Chairman declared an interest in item 4. There were no others.",
    ) == ["Councillor Reed"]


def test_a_reference_to_an_earlier_declaration_is_none() -> None:
    assert (
        _names(
            office_declarers,
            "The Chair, Councillor Reed, having declared an interest at minute 4, remained.",
        )
        == []
    )


def test_a_later_minute_reads_the_member_where_the_declaration_is_made() -> None:
    found = _read(
        "Land at Quarry Lane",
        [
            "The officer introduced the report.",
            "Councillor Shaw, the Ward Member declared a personal interest as a neighbour.",
            "The Vice-Chairman, Councillor Tull also declared an interest and left the room.",
        ],
    )
    assert found == [("Councillor Shaw", 2), ("Councillor Tull", 3)]


def test_a_later_minute_needs_an_interest() -> None:
    found = _read(
        "Election of Chair",
        ["The Chairman, Councillor Reed, declared the meeting open at 7pm."],
    )
    assert found == []


def test_a_declarations_minute_reads_every_member_of_an_office_led_list() -> None:
    found = _read(
        "Declarations of Interest",
        [
            "The Vice-Chair, Councillor Reed, Councillor Shaw and Councillor Tull declared an"
            " interest in item 7 as members of the Joint Committee."
        ],
    )
    assert found == [("Councillor Reed", 1), ("Councillor Shaw", 1), ("Councillor Tull", 1)]


def test_a_later_sentence_of_the_line_is_still_read() -> None:
    found = _read(
        "Declarations of Interest",
        [
            "The Chair, Councillor Reed, declared an interest in item 5. Cllr Shaw and Cllr"
            " Tull declared an interest in item 6."
        ],
    )
    assert found == [("Councillor Reed", 1), ("Cllr Shaw", 1), ("Cllr Tull", 1)]
