"""A heading's furniture around a body's name (a pack's stamp, the meeting's kind, the
paper's word, a page number or item's label, a system's note) is no part of the name
(`parsing/body_furniture.py`). Invented bodies and places."""

from __future__ import annotations

from minutebook.parsing.body_furniture import (
    without_furniture,
    without_item_label,
    without_meeting_kind,
    without_pack_label,
    without_paper_word,
    without_site_note,
)
from minutebook.parsing.body_tails import tidied_body
from opening_facts import first_part_meeting


def test_a_system_note_after_an_archived_body() -> None:
    assert without_site_note("Fenby Fire Authority (no longer active)") == "Fenby Fire Authority"
    assert without_site_note("Appeals Committee (expired)") == "Appeals Committee"
    assert without_site_note("Appeals Committee (Part B)") is None
    assert without_site_note("Appeals Committee") is None


def test_the_pack_stamp_before_the_body() -> None:
    assert without_pack_label("Public Document Pack Wyke Moors Park Authority") == (
        "Wyke Moors Park Authority"
    )
    assert without_pack_label("Public Document Pack") is None
    assert without_pack_label("Wyke Moors Park Authority") is None
    # a committee system's name for the file it published
    assert without_pack_label("(Public Pack)Agenda Document for Wyke Police and Crime Panel") == (
        "Wyke Police and Crime Panel"
    )
    assert without_pack_label("Minutes Document for Wyke Cabinet") == "Wyke Cabinet"
    assert without_pack_label("Agenda Document Review Group") is None  # no "for"


def test_the_meeting_kind_before_or_after_the_body() -> None:
    assert without_meeting_kind("Ordinary Meeting of the Council") == "Council"
    assert without_meeting_kind("Annual General Meeting, Harbour Trust Board") == (
        "Harbour Trust Board"
    )
    assert without_meeting_kind("Twelfth Meeting Fenby Estates Board") == "Fenby Estates Board"
    assert without_meeting_kind("Extraordinary Town Council Meeting") == "Town Council"
    assert without_meeting_kind("Special Meeting of the Planning Committee") == (
        "Planning Committee"
    )
    assert without_meeting_kind("Eastby NHS Foundation Trust Board Meeting in Public") == (
        "Eastby NHS Foundation Trust Board"
    )
    assert without_meeting_kind("PUBLIC MEETING - FENBY FIRE AND RESCUE BOARD") == (
        "FENBY FIRE AND RESCUE BOARD"
    )


def test_a_body_named_by_a_meeting_stays() -> None:
    assert without_meeting_kind("Annual Parish Meeting") is None
    assert without_meeting_kind("Fenby Parish Meeting") is None
    assert without_meeting_kind("General Purposes Committee") is None
    assert without_meeting_kind("Board Meeting") is None
    assert without_furniture("Full Council") == "Full Council"


def test_the_paper_word_before_the_body() -> None:
    assert without_paper_word("The Minutes of the Full Town Council") == "Town Council"
    assert without_paper_word("Minute Harbour Board") == "Harbour Board"
    assert without_paper_word("Full Council") is None
    assert without_paper_word("Minutes") is None
    assert without_paper_word("DRAFT EASTBY ASSEMBLY AUDIT COMMITTEE") == (
        "EASTBY ASSEMBLY AUDIT COMMITTEE"
    )
    assert without_paper_word("Draft Minutes of the Harbour Board") == "Harbour Board"
    assert without_paper_word("meeting and agenda Fenby Council") == "Fenby Council"
    assert without_paper_word("Notice of meeting and agenda Fenby Council") == "Fenby Council"
    assert without_paper_word("Drafting Committee") is None
    assert without_paper_word("Draft") is None
    assert without_meeting_kind("Public Meeting") is None


def test_a_page_number_or_item_label_run_into_the_body() -> None:
    assert without_item_label("ITEM WC4 WYKE COUNTY COUNCIL") == "WYKE COUNTY COUNCIL"
    assert without_item_label("12 FULL COUNCIL") == "FULL COUNCIL"
    assert without_item_label("Cabinet Item") == "Cabinet"
    assert without_item_label("Agenda Item") is None
    assert without_item_label("Wyke County Council") is None
    assert without_item_label("1st Fenby Scouts Committee") is None
    assert without_item_label("/ WESTMERE FIRE AUTHORITY") == "WESTMERE FIRE AUTHORITY"
    assert without_item_label("| Westmere Fire Authority") == "Westmere Fire Authority"
    assert without_item_label("/") is None


def test_tidied_body_takes_the_furniture_off() -> None:
    assert tidied_body("Public Document Pack Fenby Fire Authority (no longer active)") == (
        "Fenby Fire Authority"
    )
    assert tidied_body("Nineteenth Meeting Harbour Trust (Interim) Board") == (
        "Harbour Trust (Interim) Board"
    )
    assert tidied_body("Harbour Trust Board") == "Harbour Trust Board"


def test_a_system_page_heading_gives_the_body_without_its_note() -> None:
    page = (
        "Fenby Fire Authority (no longer active)\n"
        "Tuesday, 4th March, 2014\n"
        "\n"
        "Committee Information Fenby Fire Authority - 04/03/2014: 14:00:00\n"
        "FIRE HEADQUARTERS, MILL LANE, FENBY\n"
        "\n"
        "Agenda Details\n"
        "\n"
        "Item Number:1\n"
        "Heading:Apologies for Absence\n"
        "Item:To receive any apologies for absence.\n"
    )
    _, body, *_ = first_part_meeting(page)
    assert body == "Fenby Fire Authority"
