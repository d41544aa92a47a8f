"""Reports listed by their own report numbers ("29/20 Corporate Plan") under an item
introducing them (invented example; `parsing.agenda_report_numbers`)."""

from __future__ import annotations

from minute_fixtures import agenda_items_of
from minutebook.parsing.agenda_report_numbers import next_report_number

AGENDA = (
    "Fenby Moor Park Authority\n\n"
    "Meeting Date : 10/06/2021\n\n"
    "1. To receive apologies for absence\n\n"
    "2. To confirm the minutes of the meeting held on 5 May 2021\n\n"
    "3. To receive these reports :\n\n"
    "14/21 Annual Accounts 2020/21\n\n"
    "Members are invited to agree the accounts.\n\n"
    "15/21 Visitor Management Plan\n\n"
    "The report sets out the plan for the summer.\n\n"
    "17/21 Staff Survey\n\n"
    "The report gives the survey's findings.\n"
)


def test_each_report_number_under_the_list_is_an_item() -> None:
    assert agenda_items_of(AGENDA) == [
        ("1", "To receive apologies for absence"),
        ("2", "To confirm the minutes of the meeting held on 5 May 2021"),
        ("3", "To receive these reports :"),
        ("14/21", "Annual Accounts 2020/21"),
        ("15/21", "Visitor Management Plan"),
        ("17/21", "Staff Survey"),  # 16/21 withdrawn
    ]


def test_a_number_must_carry_on_from_the_report_above() -> None:
    assert next_report_number("14/21", None)
    assert next_report_number("15/21", "14/21")
    assert next_report_number("17/21", "15/21")  # 16/21 withdrawn
    assert not next_report_number("14/21", "15/21")  # back
    assert not next_report_number("25/21", "15/21")  # too far on
    assert not next_report_number("15/22", "14/21")  # another year's
    assert not next_report_number("15", "14/21")


def test_no_list_above_no_report_items() -> None:
    text = "AGENDA\n\n1. Apologies\n\n2. Finance\n\n14/21 Annual Accounts\n"
    assert [code for code, _ in agenda_items_of(text)] == ["1", "2"]
