"""A meeting's fields whose labels lost their colons, as table cells print them."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.parsing.headers import minutes_header
from minutebook.parsing.openings import bare_fields
from minutebook.parsing.splitting import split


def test_a_row_of_capitals_labels_is_parted_at_each_label() -> None:
    assert bare_fields("DATE Thursday 29 September 2016 TIME 2.00 pm VENUE The Chamber") == [
        ("date", "Thursday 29 September 2016"),
        ("time", "2.00 pm"),
        ("venue", "The Chamber"),
    ]
    assert bare_fields("Date       Thursday 29 September 2016") == [
        ("date", "Thursday 29 September 2016")
    ]


def test_words_that_only_look_like_labels_are_no_fields() -> None:
    assert bare_fields("Date of the next meeting to be agreed") == []
    assert bare_fields("DATE TO BE CONFIRMED") == []  # no date after the label
    assert bare_fields("Time was short, so the item was deferred.") == []
    assert bare_fields("Venue hire charges were agreed.") == []


def test_minutes_under_a_flattened_row_of_fields_are_read() -> None:
    text = (
        "MINUTES FENBY FIRE AUTHORITY\n"
        "\n"
        "DATE Thursday 29 September 2016 TIME 2.00 pm VENUE The Chamber, City Hall, Fenby\n"
        "\n"
        "Minutes of the proceedings of the meeting of Fenby Fire Authority held at City "
        "Hall on Thursday 29 September 2016.\n"
        "\n"
        "Present:\n"
        "Councillor A Reid (Chair)\n"
    )
    lines = lines_of(text)
    assert [p.kind.value for p in split(lines)] == ["minutes"]
    facts = minutes_header(lines, "f.txt", Diagnostics())
    assert facts is not None
    assert (facts.date, facts.time, facts.venue) == (
        dt.date(2016, 9, 29),
        dt.time(14, 0),
        "Chamber, City Hall, Fenby",
    )
