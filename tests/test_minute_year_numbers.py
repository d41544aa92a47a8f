"""'2019 / 14 – Title': parish minutes numbered by the year first, the slash spaced."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings, order_key
from minutebook.parsing.minute_year_numbers import year_first_numbered

SPACED = (
    "Minutes of the Fernley Parish Council Meeting held at Fernley Institute\n"
    "\n"
    "2019 / 14 – Election of Chairman for Council Year 2019/2020\n"
    "\n"
    "  • Cllr Ann Reid proposed that Cllr Bob Moss stay in the chair.\n"
    "\n"
    "2019/ 15 – Apologies\n"
    "\n"
    "  • Cllr Carl Dunn\n"
    "\n"
    "2019 / 16 - Budget 2019/20\n"
    "\n"
    "  • The precept was set at £9,000.\n"
)


def test_spaced_year_numbers_head_minutes_as_printed() -> None:
    headings = minute_headings(lines_of(SPACED))
    assert [(h.number, h.title, h.index) for h in headings] == [
        ("2019 / 14", "Election of Chairman for Council Year 2019/2020", 2),
        ("2019/ 15", "Apologies", 6),
        ("2019 / 16", "Budget 2019/20", 10),
    ]


def test_year_first_numbers_fall_in_order_across_years() -> None:
    assert order_key("2019 / 99") == (2019, 99)
    keys = [order_key("2019 / 99"), order_key("2020/ 1")]
    assert keys[0] is not None and keys[1] is not None and keys[0] < keys[1]


def test_a_financial_year_opening_a_title_is_no_minute_number() -> None:
    assert year_first_numbered("2023/24 – Budget Monitoring") is None
    assert year_first_numbered("2023/7 – Budget Monitoring") == ("2023/7", "Budget Monitoring")
    assert year_first_numbered("2023 Budget") is None
