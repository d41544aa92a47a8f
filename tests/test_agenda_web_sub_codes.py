"""A web page's lettered sub-item code alone over its title, "8.a)" (invented example;
`parsing.agenda_items.CODE_ALONE`)."""

from __future__ import annotations

from minute_fixtures import agenda_items_of
from minutebook.parsing.agenda_items import code_alone

PAGE = (
    "Agenda item\n\n"
    "1.\n\nApologies for absence\n\n"
    "2.\n\nCommittee Minutes\n\n"
    "To receive the minutes of the following Committees:-\n\n"
    "2.a)\n\nLicensing Panel - 4 May 2021 pdf icon PDF 120 KB\n\n"
    "2.b)\n\nPlanning Committee - 12 May 2021 pdf icon PDF 98 KB\n\n"
    "3.\n\nKey Decision Plan\n"
)


def test_each_lettered_code_alone_heads_a_sub_item() -> None:
    assert agenda_items_of(PAGE) == [
        ("1", "Apologies for absence"),
        ("2", "Committee Minutes"),
        ("2a", "Licensing Panel - 4 May 2021"),
        ("2b", "Planning Committee - 12 May 2021"),
        ("3", "Key Decision Plan"),
    ]


def test_the_codes_forms() -> None:
    assert code_alone("8.a)") == "8a"
    assert code_alone("12b)") == "12b"
    assert code_alone("5(a)") == "5a"  # the bracketed form a planning list prints


def test_bracketed_codes_over_property_addresses_are_sub_items() -> None:
    page = (
        "Agenda item\n\n1.\n\nApologies\n\n"
        "2.\n\nApplications for Planning Permission pdf icon PDF 46 KB\n\n"
        "2(a)\n\n14 Orchard Way, Wyke pdf icon PDF 164 KB\n\nAdditional documents:\n\n"
        "2(b)\n\nLand North Of Mill Lane, Hexton pdf icon PDF 294 KB\n\n"
        "3.\n\nAppeals\n"
    )
    assert agenda_items_of(page) == [
        ("1", "Apologies"),
        ("2", "Applications for Planning Permission"),
        ("2a", "14 Orchard Way, Wyke"),
        ("2b", "Land North Of Mill Lane, Hexton"),
        ("3", "Appeals"),
    ]
    assert code_alone("8.a) Minutes") is None
