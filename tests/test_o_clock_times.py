"""A meeting called "at 10 o'clock" (zoo: agenda-parish-notice-o-clock-time)."""

from __future__ import annotations

from minutebook.parsing.spoken_dates import plain_times


def test_an_hour_said_o_clock_reads_as_a_time() -> None:
    assert plain_times("at 10 o'clock in the Hall") == "at 10.00 am in the Hall"
    assert plain_times("at seven o’clock in the evening") == "at 7.00 pm"
    assert plain_times("at 2 o'clock") == "at 2.00 pm"
    assert plain_times("at 12 o'clock") == "at 12.00 pm"
    assert plain_times("at 7 o'clock in the morning") == "at 7.00 am"
    assert plain_times("at 14 o'clock") == "at 14 o'clock"
    assert plain_times("the clock tower") == "the clock tower"
