"""Declarations minutes first met in other bodies' real papers (round 37): the agenda
items a declarations minute sets its interests under ("Item 5: 3 Mill Road") head no
minute of their own; a title in capitals wrapped over a blank line; a member, a comma and
the items declared in. Every example is invented."""

from __future__ import annotations

from opening_facts import parsed

RECORD = """Minutes of the meeting of the Planning Committee held at the Civic Centre, Fenby
on 29 March 2012 at 7.30 pm

131.

Declarations of interest or other communications from Members

Item 5: 3 Mill Road, Fenby

Councillor Amos advised that he had received communications concerning this item.

Item 6: Garage Block, Brook Road

Councillor Bligh declared a prejudicial interest in this item.

132.

Confirmation of the Minutes

The minutes of the meeting held on 1 March 2012 were confirmed.

Item 5: 3 Mill Road, Fenby

The application was approved.
"""


def test_items_under_a_declarations_minute_head_no_minute() -> None:
    part = parsed(RECORD).parts[0]
    assert [m.number for m in part.minutes] == ["131", "132", "5"]
    assert {d.minute_number for d in part.declarations} == {"131"}


PARISH = """Minutes of the Meeting of Ashby Magna Parish Council held at the Old School,
Ashby Magna on Thursday 18 May 2017 at 7.30 pm

C059/22      1.         APOLOGIES FOR ABSENCE

Apologies were received from Cllr Hart.

C060/22      2.         DECLARATIONS OF DISCLOSABLE PECUNIARY AND

OTHER REGISTERABLE INTEREST(s).

Declarations of interests were declared by Cllr Brook (friendship) and Cllr Dale (family).

C061/22      3.         DECLARATIONS OF INTEREST AND REQUESTS FOR DISPENSATIONS

Penny Reid, items 9 a, 10 a i and ii, Disclosable Pecuniary Interest
Andrew Moss, item 9 a, Other Interest

C062/22      4.         MATTERS ARISING

There were none.
"""


def test_a_title_in_capitals_ending_unfinished_runs_on_past_a_blank_line() -> None:
    part = parsed(PARISH).parts[0]
    assert part.minutes[1].title.rstrip(".") == (
        "DECLARATIONS OF DISCLOSABLE PECUNIARY AND OTHER REGISTERABLE INTEREST(s)"
    )
    declared = [(d.as_written, d.minute_number) for d in part.declarations]
    assert declared[:2] == [("Cllr Brook", "C060/22"), ("Cllr Dale", "C060/22")]


def test_a_name_a_comma_and_the_items_declared_in_is_a_declaration() -> None:
    declared = [(d.as_written, d.minute_number) for d in parsed(PARISH).parts[0].declarations]
    assert declared[2:] == [("Penny Reid", "C061/22"), ("Andrew Moss", "C061/22")]
