"""An items table's number cell glued to its title ("01Apologies for Absence."), mended
only inside a run of such lines numbered one after another."""

from __future__ import annotations

from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing import parse_document
from minutebook.parsing.agenda_link_labels import without_link_note
from minutebook.parsing.glued_item_numbers import (
    space_after_stopless_numbers,
    split_number_after_colon,
)
from minutebook.parsing.reading import SourceText

QUIRK = Path(__file__).parent / "fixtures" / "quirks" / "glued-item-numbers-in-items-table.txt"


def _texts(*texts: str) -> list[str]:
    lines = [Line(n, t) for n, t in enumerate(texts, start=1)]
    out, furniture = space_after_stopless_numbers(lines)
    assert furniture == []
    assert [line.number for line in out] == [line.number for line in lines]
    return [line.text for line in out]


def test_a_run_of_three_rising_numbers_gets_its_spaces_back() -> None:
    assert _texts("01Apologies", "(a)Confirm the minutes", "02Order of Business", "03MINUTES") == [
        "01 Apologies",
        "(a)Confirm the minutes",
        "02 Order of Business",
        "03 MINUTES",
    ]


def test_figures_opening_lines_without_a_run_stay() -> None:
    assert _texts("12Noon start", "2Bedroom flats", "01Apologies") == [
        "12Noon start",
        "2Bedroom flats",
        "01Apologies",
    ]
    assert _texts("01Apologies", "03Minutes", "05Budget") == [
        "01Apologies",
        "03Minutes",
        "05Budget",
    ]


def test_the_link_after_the_title_is_no_part_of_it() -> None:
    assert without_link_note("Rent Arrears (herewith). View Papers") == "Rent Arrears (herewith)."
    assert without_link_note("View Papers") == "View Papers"


def test_the_items_table_reads_as_items_with_their_titles() -> None:
    text = QUIRK.read_text("utf-8")
    document = parse_document(SourceText(file="f.txt", sha256="0", text=text), Diagnostics())
    (part,) = document.parts
    assert [(item.code, item.title, item.line) for item in part.items] == [
        ("01", "Apologies for Absence", 7),  # its stop closes it
        ("02", "Order of Business, including notice of urgent business", 8),
        ("03", "Declarations of Interest", 9),
        ("04", "MINUTES", 10),
        ("05", "Tenant Participation Strategy", 11),
        ("06", "Rent Arrears Update", 12),
    ]


SUMMONS = Path(__file__).parent / "fixtures" / "quirks" / "first-item-number-glued-to-summons.txt"


def test_the_first_number_glued_to_a_summonss_colon_goes_under_it() -> None:
    lines = [Line(9, "when it is proposed to transact the following business:1.")]
    out, furniture = split_number_after_colon(lines)
    assert furniture == []
    assert [(line.number, line.text) for line in out] == [
        (9, "when it is proposed to transact the following business:"),
        (9, "1."),
    ]


def test_a_short_label_or_another_number_after_a_colon_stays() -> None:
    lines = [Line(1, "Time:1.30pm"), Line(2, "The votes were as follows:2."), Line(3, "Item:1.")]
    assert split_number_after_colon(lines)[0] == lines


def test_the_summonss_items_read_with_their_wrapped_titles() -> None:
    text = SUMMONS.read_text("utf-8")
    document = parse_document(SourceText(file="f.txt", sha256="0", text=text), Diagnostics())
    (part,) = document.parts
    assert [(item.code, item.title, item.line) for item in part.items] == [
        (
            "1",
            "Minutes of the Council held on 9th September 2015 to be agreed as a correct record "
            "and signed by the Mayor",
            9,
        ),
        (
            "2",
            "Members' Interests (To remind Members of the need to declare any disclosable "
            "pecuniary interests or other interests they might have in the items on this "
            "Summons).",
            14,
        ),
        ("3", "To receive the Mayor's announcements (if any).", 20),
    ]


MEETING_CODES = QUIRK.with_name("glued-meeting-minute-codes.txt")


def test_a_meetings_minute_codes_glued_to_capitals_and_text_get_their_spaces_back() -> None:
    """ "412/01APOLOGIESThere were no apologies": the meeting's number and the minute's,
    glued to a heading in capitals glued to its text; in a run of three, rising, one
    meeting's, both spaces come back. Codes of two meetings make no run."""
    assert _texts(
        "412/01APOLOGIESThere were none", "412/02MINUTES The minutes", "412/03FINANCE"
    ) == [
        "412/01 APOLOGIES There were none",
        "412/02 MINUTES The minutes",
        "412/03 FINANCE",
    ]
    mixed = ("411/01APOLOGIES", "412/02MINUTES", "413/03FINANCE")
    assert _texts(*mixed) == list(mixed)


def test_the_quirk_fixture_reads_its_minutes_and_its_ditto_marked_roll() -> None:
    """The quirk's record: its minutes by their codes and titles, and the roll whose lines
    after the first lead with a ditto mark standing for "Cllr"."""
    text = MEETING_CODES.read_text("utf-8")
    document = parse_document(SourceText("glued.txt", "0" * 64, text), Diagnostics())
    (part,) = document.parts
    assert [(m.number, m.title) for m in part.minutes] == [
        ("412/01", "APOLOGIES"),
        ("412/02", "DECLARATION OF INTEREST"),
        ("412/03", "MINUTES"),
        ("412/04", "PLANNING APPLICATIONS"),
    ]
    assert [(a.as_written, a.capacity) for a in part.attendance] == [
        ("Cllr A.B. Reid", "Mayor"),
        ("C.D. Moss", None),
        ("Mrs E. Lowe", None),
        ("F.G. Hart", None),
    ]
