"""A web page's list of minute headings that lost its numbering (minute_lost_numbers)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_lost_numbers import list_margin, lost_number_headings

LOST = """Minutes of the Meeting of Fernleigh Parish Council held on 3 March 2022

Present: Councillors Ada Croft (Chair), Ben Hale and Cora Mills

  1. Welcome by the Chair

The Chair welcomed members.

  1. Apologies for absence: Councillor Dan Perry

  1. Minutes of the meeting held on 2 February 2022

      Resolved:
      That the minutes be signed as a true record.

  1. Matters Arising:

The bench on Mill Lane has been repaired.
"""

NUMBERED_ON = """  1. Welcome by the Chair

The Chair welcomed members.

  2. Apologies for absence

  1. Minutes of the meeting held on 2 February 2022

  1. Matters Arising
"""

TWO = """  1. Welcome by the Chair

The Chair welcomed members.

  1. Apologies for absence
"""

ONE = """  1. Welcome by the Chair

The Chair welcomed members.
"""

SENTENCES = """  1. The Clerk reported that the grass had been cut.

  1. The Chair thanked the volunteers for their work.

  1. The Treasurer presented the accounts.
"""


def lines_of(text: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(text.splitlines())]


def test_every_heading_printed_one_is_a_minute() -> None:
    headings = minute_headings(lines_of(LOST))
    assert [(h.number, h.title, h.run_on) for h in headings] == [
        ("1", "Welcome by the Chair", ""),
        ("1", "Apologies for absence", "Councillor Dan Perry"),
        ("1", "Minutes of the meeting held on 2 February 2022", ""),
        ("1", "Matters Arising", ""),
    ]


def test_a_list_that_numbers_on_is_left_to_other_readers() -> None:
    assert lost_number_headings(lines_of(NUMBERED_ON)) == []


def test_two_headings_are_enough_and_one_is_too_few() -> None:
    """An extraordinary meeting's short business: apologies and declarations, both "1."."""
    assert [title for _, title, _ in lost_number_headings(lines_of(TWO))] == [
        "Welcome by the Chair",
        "Apologies for absence",
    ]
    assert lost_number_headings(lines_of(ONE)) == []


def test_stopped_sentences_are_not_headings() -> None:
    assert lost_number_headings(lines_of(SENTENCES)) == []


KEPT = """Minutes of the meeting of the Fernleigh Leaders Committee held on 8 July 2008

Present:

Cllr Ada Croft

Cllr Ben Hale

  1. Declarations of interest

None were made.

  2. Minutes of the meeting held on 10 June 2008

The minutes were agreed.

  3. Budget monitoring

The report was noted.
"""


def test_a_list_that_kept_its_numbers_gives_its_headings() -> None:
    """Indented by the list's margin, deeper than the page's text: the list's indent is
    the headings' margin, and no name of the list above is read as a heading."""
    assert list_margin(lines_of(KEPT)) == 2
    headings = minute_headings(lines_of(KEPT))
    assert [(h.number, h.title) for h in headings] == [
        ("1", "Declarations of interest"),
        ("2", "Minutes of the meeting held on 10 June 2008"),
        ("3", "Budget monitoring"),
    ]


def test_a_list_that_skips_mixes_indents_or_is_short_sets_no_margin() -> None:
    assert list_margin(lines_of(KEPT.replace("  3. Budget", "  4. Budget"))) is None
    assert list_margin(lines_of(KEPT.replace("  3. Budget", "    3. Budget"))) is None
    assert list_margin(lines_of(KEPT.replace("  3. Budget monitoring", "Budget"))) is None
    assert list_margin(lines_of(LOST)) is None
