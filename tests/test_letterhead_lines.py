"""A small council's letterhead over its opening: the villages of a parish listed one a
line, a web address, the council's Welsh name on a line of its own, a date with its year
glued to the ordinal."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.spoken_dates import plain_dates
from minutebook.parsing.welsh_body_names import english_first
from opening_facts import first_part_meeting

VILLAGES = """Fenby
Wyke End
Hexton Green
Allwick Parish Council
Web Site http://www.allwickpc.org.uk/
24th August 2014
Dear Councillor
A meeting of the Parish Council will be held in the Allwick Centre, Fenby on Wednesday 3rd \
September 2014 at 7.30pm.
AGENDA
1. Apologies
2. Declarations of Interest
"""

BILINGUAL = """DRAFT MINUTES - THESE MAY CHANGE BEFORE THEY ARE ADOPTED

 Wyke Community Council

Cyngor Bro Wyke

www.wykecc.org.uk

A meeting was held on December 6th2016 at Wyke Memorial Hall

PRESENT
Cllr A Reid (Chair), Cllr B Moss

APOLOGIES
Cllr C Lowe.

MINUTES FROM PREVIOUS MEETING
The minutes of the meeting held on 1st November 2016 were approved.
"""


def test_the_villages_over_a_parish_councils_name_are_no_part_of_it() -> None:
    kind, body, date, time, venue = first_part_meeting(VILLAGES)
    assert (kind, body, date) == (
        DocumentKind.AGENDA,
        "Allwick Parish Council",
        dt.date(2014, 9, 3),
    )
    assert (time, venue) == (dt.time(19, 30), "Allwick Centre, Fenby")


def test_a_web_address_and_a_welsh_name_under_the_english_name() -> None:
    kind, body, date, _, venue = first_part_meeting(BILINGUAL)
    assert (kind, body, date) == (
        DocumentKind.MINUTES,
        "Wyke Community Council",
        dt.date(2016, 12, 6),
    )
    assert venue == "Wyke Memorial Hall"


def test_a_year_glued_to_the_ordinal_of_a_month_first_date() -> None:
    assert plain_dates("held on December 6th2016 at") == "held on 6th December 2016 at"
    assert plain_dates("on December 62016") == "on December 62016"  # no ordinal: no date


def test_a_councils_welsh_name_alone_goes_after_the_others() -> None:
    assert english_first(["Cyngor Bro Wyke", "Wyke Community Council"]) == [
        "Wyke Community Council",
        "Cyngor Bro Wyke",
    ]
    assert english_first(["Cyngor Sir Fenby"]) == ["Cyngor Sir Fenby"]
