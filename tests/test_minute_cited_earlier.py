"""A heading of an earlier meeting's minute, cited under Matters Arising."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_cited_earlier import without_cited_earlier
from minutebook.parsing.minute_headings import MinuteHeading, minute_headings, order_key


def _numbers(*numbers: str) -> list[MinuteHeading]:
    return [MinuteHeading(n, number, "Title", None, True) for n, number in enumerate(numbers)]


def test_a_lower_number_the_run_goes_on_past_is_cited() -> None:
    kept = without_cited_earlier(_numbers("105", "106", "98", "107"), order_key)
    assert [h.number for h in kept] == ["105", "106", "107"]


def test_a_fall_the_next_heading_follows_is_kept_as_printed() -> None:
    for numbers in (("5", "6", "3", "4"), ("5", "6", "3"), ("5", "6", "3", "8")):
        assert [h.number for h in without_cited_earlier(_numbers(*numbers), order_key)] == list(
            numbers
        )


def test_matters_arising_citing_an_earlier_minute_heads_no_minute() -> None:
    text = (
        "Minute no. 12 – Matters Arising The Clerk reported on the following matters.\n"
        "\n"
        "Minute no. 7 - Bus Shelter The Clerk reported that the glass had been replaced.\n"
        "\n"
        "Minute no. 13 – Planning No applications had been received.\n"
    )
    assert [h.number for h in minute_headings(lines_of(text))] == ["12", "13"]
