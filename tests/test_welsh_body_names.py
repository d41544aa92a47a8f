"""A Welsh council's bilingual name is filed under its English half
(`parsing/welsh_body_names.py`). Invented councils and places."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.welsh_body_names import english_body_name, unglued
from opening_facts import first_part_meeting

RECORD = (
    "{letterhead}\n"
    "\n"
    "MINUTES OF THE COUNCIL MEETING HELD ON 12th JULY 2021, AT THE VILLAGE HALL\n"
    "\n"
    "Present: Councillors A Reid, B Moss and C Lowe.\n"
    "\n"
    "1. APOLOGIES Apologies were received from Councillor D Hart.\n"
    "RESOLVED that the apologies be accepted.\n"
)


def test_a_run_together_bilingual_letterhead_names_the_english_council() -> None:
    kind, body, date, *_ = first_part_meeting(
        RECORD.format(letterhead="CYNGOR CYMUNED FENBY COMMUNITY COUNCIL")
    )
    assert kind is DocumentKind.MINUTES
    assert (body, date) == ("FENBY COMMUNITY COUNCIL", dt.date(2021, 7, 12))


def test_names_split_by_a_slash_either_way_round() -> None:
    assert english_body_name("Cyngor Tref Aberwyke / Wyke Town Council") == "Wyke Town Council"
    assert english_body_name("Wyke Town Council / Cyngor Tref Aberwyke") == "Wyke Town Council"
    # English first, the Welsh run on after it on the banner's line
    assert english_body_name("WYKE TOWN COUNCIL CYNGOR TREF ABERWYKE") == "WYKE TOWN COUNCIL"
    assert (
        english_body_name("Cyngor Bwrdeistref Sirol Fenby / Fenby County Borough Council")
        == "Fenby County Borough Council"
    )


def test_a_name_in_one_language_is_left_alone() -> None:
    assert english_body_name("Fenby Community Council") is None
    assert english_body_name("Cyngor Sir Fenby") is None
    assert english_body_name("Cyngor Cymuned " + "Fenby " * 60 + "Community Council") is None


def test_a_banner_whose_boxes_ran_together_is_parted() -> None:
    assert english_body_name("Cyngor CymunedFenbyCommunity Council") == "Fenby Community Council"
    assert english_body_name("Cyngor TrefAberwykeTown Council") == "Aberwyke Town Council"
    assert unglued("Cyngor CymunedFenby Community Council") == (
        "Cyngor Cymuned Fenby Community Council"
    )


def test_glued_words_without_a_welsh_kind_are_left_alone() -> None:
    assert unglued("Fenby ParishCommunity Council") == "Fenby ParishCommunity Council"
    assert english_body_name("Cyngor cymunedfenbycommunity council") is None
    assert english_body_name("FenbyCommunity Council") is None
