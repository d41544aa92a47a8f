"""A title naming the whole body's meeting ("Full Authority Meeting") over a notice that
names the body: the notice's name is the body's (zoo: agenda-full-authority-title-over-notice)."""

from __future__ import annotations

import datetime as dt

from minutebook.parsing.openings import Opening
from minutebook.parsing.whole_body_titles import named_whole_body

DAY = dt.date(2015, 3, 5)


def _opening(body: str, date: dt.date = DAY, venue: str | None = None) -> Opening:
    return Opening(body, date, None, venue, 1)


def test_the_notice_names_the_body_of_a_full_authority_title() -> None:
    found = named_whole_body(
        _opening("Full Authority Meeting", venue="Board Room"),
        _opening("Kestrel Vale Fire Authority"),
    )
    assert found is not None and (found.body, found.venue) == (
        "Kestrel Vale Fire Authority",
        "Board Room",
    )


def test_another_title_noun_or_day_keeps_the_title() -> None:
    sentence = _opening("Kestrel Vale Fire Authority")
    assert named_whole_body(_opening("Full Council"), sentence) is None
    assert named_whole_body(_opening("Audit Committee"), sentence) is None
    assert named_whole_body(_opening("Full Authority"), None) is None
    later = _opening("Kestrel Vale Fire Authority", dt.date(2015, 3, 6))
    assert named_whole_body(_opening("Full Authority"), later) is None
