"""A paper's kind and meeting read from its title when a scan or a forum's own style
damaged the opening: a title naming its kind, a damaged date, specks over the date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from minutebook.model import DocumentKind, Line
from minutebook.parsing.openings import title_lines
from minutebook.parsing.running_headers import ITEM_STAMP
from minutebook.parsing.scan_specks import drop_scan_specks
from minutebook.parsing.titled_date_openings import redated_title, titled_date
from minutebook.parsing.titled_kinds import titled_kind
from opening_facts import first_part_meeting, parsed


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


SCANNED = (
    "AGENDA ITEM No..... 4.....\n\n"
    "MARSHTON JOINT FIRE BOARD - MINUTES OF MEETING ON 34 MAY 2001\n\n"
    "KQ\n\n"
    "7B2X\n\n"
    "Thursday 31 May 2001\n\n"
    "Held in Brigade House, Mill Lane,\n\n"
    "Minutes of Meeting in Brigade House, Marshton on 31 May 2001\n\n"
    "Presnt: Councillor Ann Blyth (Convener) Councillor Roy Tait\n\n"
    "Apoloqies: Councillor Ewan Hart\n"
)


def test_a_title_naming_minutes_makes_an_unread_paper_minutes() -> None:
    assert titled_kind(_lines(SCANNED)) is DocumentKind.MINUTES
    kind, body, date, _, venue = first_part_meeting(SCANNED)
    assert kind is DocumentKind.MINUTES
    assert (body, date) == ("MARSHTON JOINT FIRE BOARD", dt.date(2001, 5, 31))
    assert venue == "Brigade House, Mill Lane"


def test_a_title_naming_the_agenda_makes_an_unread_paper_an_agenda() -> None:
    text = (
        "LDF MEETING FRIDAY 9 October 2020 1000 - 1200\n\nVenue: Cragside Village Hall\n\n"
        "1000 Walk along the river path\n\n1130 Return to the hall\n\n"
        "LDF MEETING FRIDAY 9 October 2020 at 1300 AGENDA FOR THE AFTERNOON\n\n"
        "1 Welcome and Apologies\n\n2 Declarations of Interest\n\n3 Rights of way update\n"
    )
    assert titled_kind(_lines(text)) is DocumentKind.AGENDA
    kind, body, date, _, _ = first_part_meeting(text)
    assert (kind, body, date) == (DocumentKind.AGENDA, "LDF", dt.date(2020, 10, 9))


def test_minutes_or_the_agenda_spoken_of_name_no_kind() -> None:
    for text in (
        "4 Approval of Minutes of previous meeting held on 16 April 2015",
        "To approve the minutes of the meeting held on 3 May",
        "Agenda Item No 3",
        "The items on the agenda were taken in order.",
        "Members were sent the minutes of the meeting.",
        "Minutes - Tuesday, 3 June 2025 were circulated.",
    ):
        assert titled_kind(_lines(text)) is None, text


def test_a_damaged_date_is_read_from_the_date_line_below() -> None:
    title = "MARSHTON JOINT FIRE BOARD - MINUTES OF MEETING ON 34 MAY 2001"
    assert titled_date(title) is None
    found = redated_title(title, ["KQ", "Thursday 31 May 2001"])
    assert found is not None and found[:2] == ("MARSHTON JOINT FIRE BOARD", dt.date(2001, 5, 31))
    assert redated_title(title, ["Thursday 31 June 2001"]) is None  # another month
    assert redated_title(title, ["Thursday 31 May 2002"]) is None  # another year


def test_letters_alone_name_a_body_only_called_a_meeting() -> None:
    assert titled_date("SACRE MEETING TUESDAY 4 March 2025")[:2] == ("SACRE", dt.date(2025, 3, 4))
    assert titled_date("PLEASE NOTE 4 March 2025") is None


def test_scan_specks_are_no_title() -> None:
    lines = _lines("HARBOUR BOARD\n\nAD\n\n4EFVT\n\nMonday 3 March 2025")
    assert [ln.text for ln in title_lines(lines, 6)] == ["HARBOUR BOARD"]


def test_a_held_at_line_under_the_date_is_the_venue() -> None:
    text = (
        "Minutes\n\nof the Meeting of the\n\nLicensing Committee\n\nTuesday, 4th March 2025\n\n"
        "held at the Guildhall, Fenbridge, Wessex.\n\n"
        "Present: Councillor A Bell (Chair)\n\n1. Apologies\n\nNone were received.\n"
    )
    kind, body, date, _, venue = first_part_meeting(text)
    assert (kind, body, date) == (DocumentKind.MINUTES, "Licensing Committee", dt.date(2025, 3, 4))
    assert venue == "Guildhall, Fenbridge, Wessex"


def test_a_stamp_with_leader_dots_is_the_packs_furniture() -> None:
    assert ITEM_STAMP.fullmatch("AGENDA ITEM No...... 4......")
    assert ITEM_STAMP.fullmatch("Agenda Item No. 3")
    assert not ITEM_STAMP.fullmatch("Item 4...... was deferred")
    kind, body, _, _, _ = first_part_meeting(SCANNED.replace("Presnt:", "Present:"))
    assert (kind, body) == (DocumentKind.MINUTES, "MARSHTON JOINT FIRE BOARD")


def test_a_flattened_sentences_venue_ends_at_its_postcode_or_a_label() -> None:
    text = (
        "AGENDA A meeting of the Fenmoor National Park Authority will be held on 6 May 2025 "
        "at 10.30am in the Long Room, Moor Centre, High Street, Fenby, Wessex, FB3 9QT. "
        "Ann Reid Chief Executive 1. Apologies for absence 2. Declarations of interest"
    )
    _, body, _, _, venue = first_part_meeting(text)
    assert (body, venue) == (
        "Fenmoor National Park Authority",
        "Long Room, Moor Centre, High Street, Fenby, Wessex, FB3 9QT",
    )
    text = (
        "ITEM 2 MINUTES of the meeting of the Fenby Parish Forum held on Thursday 5 June 2025 "
        "at 10.30am at Moor House, . PRESENT Ann Reid Fenby Parish Council Bob Lee Invitee "
        "1. Apologies for absence were received from Cath Moss."
    )
    _, body, _, _, venue = first_part_meeting(text)
    assert (body, venue) == ("Fenby Parish Forum", "Moor House")


def test_a_summons_after_a_title_naming_the_meeting_is_read() -> None:
    text = (
        "Public Document Pack MEETING OF THE FENBY AND MARSH COMBINED AUTHORITY To: The Members "
        "of the Fenby and Marsh Combined Authority Dear Member, You are requested to attend a "
        "meeting of the Fenby and Marsh Combined Authority to be held on Friday, 3rd October, "
        "2025 at 11.00 am in the Authority Chamber, Dock Road, Fenby, FB1 2QT. If you have any "
        "queries please contact the clerk. AGENDA 1. APOLOGIES FOR ABSENCE 2. DECLARATIONS"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert (body, date, time) == (
        "Fenby and Marsh Combined Authority",
        dt.date(2025, 10, 3),
        dt.time(11, 0),
    )
    assert venue == "Authority Chamber, Dock Road, Fenby, FB1 2QT"


QUIRK = Path(__file__).parent / "fixtures" / "quirks" / "scan-specks-before-stamp-and-date.txt"


def test_scan_specks_in_the_head_are_furniture() -> None:
    text = QUIRK.read_text("utf-8")
    lines = _lines(text)
    cleaned, removed = drop_scan_specks(lines)
    assert [f.line.text for f in removed] == ["J.", "7QRMB"]
    assert cleaned[0].text == "AGENDA ITEM No...... 5......" and cleaned[4].text == ""
    part = parsed(text).parts[0]
    assert [(m.number, m.title) for m in part.minutes] == [("1", "Minute of Previous Meeting")]
    kept = _lines("Item\n\n4a\n\n12B\n\n2ND FLOOR")
    assert drop_scan_specks(kept) == (kept, [])  # codes and ordinals are no specks


def test_a_titles_kind_gives_way_to_what_the_text_says() -> None:
    over_agenda = "Minutes of the meeting held on 9 June 2025\n\n1. To receive apologies\n2. Budget"
    assert titled_kind(_lines(over_agenda)) is None
    over_record = (
        "AGENDA FOR THE MEETING\n\nPresent: Councillor A Bell\n\nRESOLVED that it be noted."
    )
    assert titled_kind(_lines(over_record)) is None
