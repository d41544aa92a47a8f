"""Meeting headers: who met, when and where, as each kind of paper prints it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..errors import Diagnostics
from ..model import Line, MeetingFacts
from .attend_notices import attend_notice_opening
from .attendance_page_openings import roll_page_opening
from .banner_venues import banner_as_venue
from .bodiless_sentences import with_bodiless_sentence
from .body_held import body_held_opening
from .body_sentences import nearby_body, not_a_body
from .body_tails import tidied_body
from .browser_prints import print_header_authority
from .chair_openings import chair_opened_time
from .coming_meetings import there_will_be_opening
from .commissioning_banners import group_body
from .committee_parents import committee_parent
from .council_town_headings import council_town_opening
from .dated_title_openings import dated_title_opening
from .decision_pages import decision_page_opening
from .document_name_openings import document_name_opening
from .flattened_field_runs import field_run_opening
from .flattened_field_sheets import flattened_field_opening
from .flattened_front_sheets import (
    flattened_opening,
    flattened_record_opening,
    flattened_title_opening,
)
from .flattened_letterheads import opening_piece, piece_order
from .flattened_packs import flattened_pack_opening
from .footer_authority import footer_authority
from .glued_letterheads import glued_authority
from .header_fallbacks import closing_start_time, field_details, stated_venue
from .held_line_openings import decisions_line_opening, held_line_opening
from .host_chrome import system_title_time
from .host_item_records import cited_record
from .labelled_openings import labelled_opening
from .letterheads import (
    authority_first,
    council_of_place,
    letterhead_authority,
    under_authority,
)
from .local_council_names import local_council_in_text
from .local_council_venues import local_council_at_venue
from .lost_name_words import completed_name
from .meeting_detail_bullets import bulleted_detail_opening
from .meeting_detail_pages import meeting_detail_opening
from .meeting_list_pages import headless_page, list_page_opening
from .meeting_on import meeting_in_on_opening, meeting_on_opening
from .minute_of_meeting import minute_of_meeting_opening
from .notice_titles import notice_title_opening
from .numeric_dated_titles import numeric_dated_title_opening, titled_numeric_date
from .openings import HOSTED_AT, MEETING_NOUN, Clause, Opening, full_body, kindless
from .place_date_lines import place_dated_minute_opening
from .placed_title_stacks import placed_title_opening
from .remote_notices import remote_note_opening
from .running_names import dashed_authority, running_name
from .same_day_details import with_same_day_details
from .sentence_details import with_sentence_details
from .sentence_openings import sentence_opening
from .spoken_dates import or_plain_dates
from .stacked_openings import stacked_opening
from .summons_tails import summons_tail
from .text import plain, title_case
from .text_named_bodies import named_in_text
from .time_notes import foot_time_range, fuller_repeat, met_at, place_and_span, time_line_under
from .titled_date_openings import titled_date_opening
from .unnamed_openings import unnamed_opening
from .venue_ends import without_venue_note
from .venues_under import time_under, timed_place, venue_under, venue_under_dating_line
from .web_item_pages import item_page_opening, without_directions_link
from .whole_body_titles import named_whole_body, whole_body_in_text

#: a notice's verbs: the meeting is still to come ("will be held", "summoned to attend");
#: or a notice's title with no verb, the place and date after the body ("AGENDA for a
#: meeting of the X in the Council Chamber ... on D": `_unheld_place`)
NOTICE_VERBS = re.compile(
    r"\b(?:will be held|to be held|is to be held|is being held|will take place|to take place|"
    r"(?:summons?ed|requested|invited) to attend|(?:summon|invite) you to attend|"
    # "You are summoned to the Meeting of the Town Council on ...": no "attend"
    r"summons?ed\s+to\s+(?=(?:a|an|the)\s+(?:\w+\s+)?meeting\b)|"
    r"^agenda\s+for\s+(?:a|the)\s+meeting\s+of)\b",
    re.IGNORECASE,
)
#: a record's verbs: the meeting has happened; or a record's title with no verb ("MINUTES
#: of a meeting of the X in V on D")
MINUTES_VERBS = re.compile(
    rf"\b(?:held|took place|taking place|met(?=\s+(?:at|in|on)\b)|{HOSTED_AT}|"
    r"^minutes\s+of\s+(?:a|the)\s+meeting\s+of)\b",
    re.IGNORECASE,
)


#: a bracketed abbreviation closing a body's name: "... Religious Education (SACRE)"
ABBREVIATION = re.compile(r"\s*\((?P<letters>[A-Z][A-Z&]{1,9})\)$")


def without_abbreviation(name: str) -> str:
    """The body's name without the abbreviation printed after it in brackets ("Standing
    Advisory Council on Religious Education (SACRE)", "Health and Wellbeing Board (HWB)"):
    the same body's short name, not part of its name. Only letters that are the initials
    of the name's words, in order, count as its abbreviation: "(PART B)" stays."""
    found = ABBREVIATION.search(name)
    if found is None:
        return name
    initials = iter(w[0].upper() for w in re.findall(r"[A-Za-z][\w'’-]*", name[: found.start()]))
    letters = found["letters"].replace("&", "")
    if not all(any(c == i for i in initials) for c in letters):
        return name
    return name[: found.start()]


def with_authority(body: str, authority: str | None) -> str:
    """The committee named with its authority ("Licensing Committee" under "Westmere
    Borough Council"), or the authority itself for a meeting of the whole of it."""
    return council_of_place(body, authority) or under_authority(
        authority_first(without_abbreviation(body)), authority
    )


def _opening_text(opening: Opening, lines: list[Line]) -> str:
    """The text of the opening's own line (its piece, on a flattened line)."""
    piece = opening_piece(lines, opening.line, opening.body)
    if piece is not None:
        return lines[piece].text
    return next((ln.text for ln in lines if ln.number == opening.line), "")


def _above(opening: Opening, lines: list[Line]) -> list[str]:
    """The lines above the opening's; on a flattened line, its pieces before the opening's
    too (a letterhead cut off it: see flattened_letterheads)."""
    piece = opening_piece(lines, opening.line, opening.body)
    if piece is not None:
        return [ln.text for ln in lines[:piece]]
    return [ln.text for ln in lines if ln.number < opening.line]


#: "the above Community Council": the body the letterhead above names
ABOVE = re.compile(r"^(?:the\s+)?above\s+(?P<noun>\S.{2,60})$", re.IGNORECASE)
#: "the Town Council", "Parish Council": a local council named by its kind alone, as the
#: sentence under a title naming it in full says ("Wainfleet Town Council Meeting" over
#: "Minutes ... of the Town Council held on D")
BARE_LOCAL_COUNCIL = re.compile(
    r"(?:the\s+)?(?P<kind>(?:Town|Parish|Community|City)\s+Council)", re.IGNORECASE
)
#: Characters of the text above searched for the letterhead's name
ABOVE_REACH = 600


def above_named(body: str, above: list[str]) -> str | None:
    """The letterhead's name a summons points back to ("... the next meeting of the above
    Community Council"), or a title names a local council the record calls by its kind
    ("the Town Council"): the first name above ending in the same words ("DARRAN VALLEY
    COMMUNITY COUNCIL"); None for any other body, or when no such name is above."""
    match = ABOVE.match(body.strip()) or BARE_LOCAL_COUNCIL.fullmatch(body.strip())
    if match is None:
        return None
    bare = match.re is BARE_LOCAL_COUNCIL
    noun = match["kind"] if bare else match["noun"]
    name_of = re.compile(
        rf"\b(?P<name>(?:(?-i:[A-Z])[\w'’&-]*\s+){{1,4}}{re.escape(noun)})\b", re.IGNORECASE
    )
    # a name whole on one line first: the villages a parish's letterhead lists one a line
    # over "Allhallows Parish Council" are no part of it; else a name broken over lines
    named = next((m for t in above if (m := name_of.search(plain(t)[:ABOVE_REACH]))), None)
    named = named or name_of.search(" ".join(plain(t) for t in above)[:ABOVE_REACH])
    if named is None or "above" in named["name"].lower():
        return None  # only the sentence's own "the above X": no name printed above
    if bare and RECORD_WORDS.search(named["name"]):
        return None  # "MINUTES OF THE ANNUAL PARISH COUNCIL": a title in capitals, no name
    return title_case(named["name"])


#: The words of a record's title, never of a council's name before its kind
RECORD_WORDS = re.compile(
    r"\b(?:minutes|of|the|proceedings|meeting|annual|extraordinary|ordinary|special)\b",
    re.IGNORECASE,
)


#: what a page prints after a meeting's time when it was called off: no place
MEETING_STATUS = re.compile(r"cancelled|postponed|rescheduled|moved", re.IGNORECASE)


def _facts(opening: Opening, lines: list[Line]) -> MeetingFacts:
    """The opening's meeting, its committee named with the authority of the letterhead
    above it ("Westmere Borough Council" over "... of the Licensing Committee held ..."),
    or with no letterhead, of a running footer pairing the authority with the committee;
    a bare "Committee" named in full by a running line with the meeting's date, and a
    title "<authority> – <committee>" split at its dash (see running_names)."""
    above = _above(opening, lines)
    body = tidied_body(plain(opening.body))  # "(2010-2016)", "X Council Council" printed after
    if not_a_body(body):  # "Councillors are summoned to attend ...", "Meeting documents"
        body = nearby_body(lines, opening.line) or body
    body = kindless(body)  # "ANNUAL PARISH COUNCIL": the meeting's kind, not the body's name
    body = _named_above(body, opening, lines) or body  # "X BOARD" over "MINUTES OF A MEETING"
    body = completed_name(body, lines) or body  # "and Police and Crime Panel": words lost
    body = running_name(lines, body, opening.date) or body
    body = group_body(body, lines, opening.line) or body  # a group's banner over it
    body = above_named(body, [*above, _opening_text(opening, lines)]) or body
    authority: str | None
    dashed = dashed_authority(body)
    if dashed is not None:  # "Kelbridge Borough Council – Cabinet" over the opening
        authority, body = dashed
    else:
        authority = (
            letterhead_authority(above)
            or glued_authority(_opening_text(opening, lines))  # "X COUNCIL MINUTES OF ..."
            or footer_authority(lines, body)
            or print_header_authority(above)  # "12/10/2022, 16:41  Agenda for ... | Authority"
            or committee_parent(lines, body)  # "Meetings of the X and its Committees ..."
        )
        # "Ordinary Meeting of the Council" over the date: the kind of meeting is no name
        authority = kindless(authority) if authority else authority
    if authority is None:  # "Health and Wellbeing Board" named in full by the text
        body = (
            named_in_text(body, lines)
            or whole_body_in_text(body, lines)
            or local_council_in_text(body, lines)  # "the Parish Council's Meeting"
            or local_council_at_venue(body, without_directions_link(opening.venue))
            or body
        )
    venue = without_directions_link(opening.venue)
    if venue and MEETING_STATUS.fullmatch(venue.strip(" ,.")):
        venue = None  # "7.00 pm, CANCELLED": the meeting's status, no place
    return MeetingFacts(
        body_name=with_authority(body, authority),
        date=opening.date,
        time=opening.time,
        venue=without_venue_note(venue) if venue else venue,  # "V. This meeting will be ..."
        line=opening.line,
    )


#: The whole of a body as its own record names its meeting: "MINUTES OF THE FULL BOARD
#: MEETING" under "X INTERNAL DRAINAGE BOARD"
FULL_BODY = re.compile(r"(?:the\s+)?full\s+(?:board|authority|panel)", re.IGNORECASE)


def _named_above(body: str, opening: Opening, lines: list[Line]) -> str | None:
    """The body a title line above names when the opening names only a meeting ("NORTHERN
    IRELAND FIRE & RESCUE SERVICE BOARD" over "MINUTES OF A MEETING" and the date) or the
    whole body's ("X DRAINAGE BOARD" over "MINUTES OF THE FULL BOARD MEETING"); None when
    the opening names a body, or no title above does."""
    if not (MEETING_NOUN.fullmatch(body.strip()) or FULL_BODY.fullmatch(body.strip())):
        return None
    at = next((k for k, ln in enumerate(lines) if ln.number == opening.line), None)
    if at is None:
        return None
    named = full_body(body, lines, at)
    return named if named.strip().lower() != body.strip().lower() else None


def with_venue_under(opening: Opening, lines: list[Line]) -> Opening:
    """The opening with the time and venue printed under it when it names none itself:
    the rest of its summons in the paragraph under it (see summons_tails), a field."""
    if opening.time is None or not opening.venue:  # a blank "held at:" may be filled below
        tail = summons_tail(lines, opening.line)  # "... 2017" / "at 7.15pm for the purpose"
        if tail is not None:
            venue = opening.venue or tail[1]
            blank = opening.venue_blank and venue is None
            opening = replace(opening, time=opening.time or tail[0], venue=venue, venue_blank=blank)
    if opening.time is None:
        opening = replace(opening, time=time_under(lines, opening.line))
    if opening.venue or opening.venue_blank:
        return opening
    return replace(opening, venue=venue_under(lines, opening.line))


def _first(lines: list[Line], *openings: Opening | None) -> Opening | None:
    """The opening printed first: a later sentence ("the minutes of the meeting of the
    Committee held on ...") never overrides the paper's own header above it, on a
    flattened line either (see flattened_letterheads)."""
    found = [o for o in openings if o is not None]
    if not found:
        return None
    return min(found, key=lambda o: (o.line, piece_order(lines, o.line, o.body)))


def _or_titled(opening: Opening | None, titled: Opening | None) -> Opening | None:
    """The opening the other readers found, unless a title line above it carries another
    date: then that sentence speaks of an earlier meeting ("TO ADOPT THE MINUTES OF THE
    MEETING HELD ON 13 NOVEMBER 2023") and the title's date is the paper's own. A title
    with the same date (a letter's subject line) gives way to the fuller sentence."""
    if opening is None or titled is None:
        return opening or titled
    return titled if titled.line < opening.line and titled.date != opening.date else opening


def notice_of_meeting(
    lines: list[Line], file: str, diagnostics: Diagnostics
) -> MeetingFacts | None:
    """An agenda's meeting (see `_notice_of_meeting`), its dates read plain when they are
    said in a way no reader knows ("Thurs 3 Aug 2017", see spoken_dates)."""
    if headless_page(lines):
        return None  # a web page printed without its title line names no meeting
    return or_plain_dates(_notice_of_meeting, lines, file, diagnostics)


def _notice_of_meeting(
    lines: list[Line], file: str, diagnostics: Diagnostics
) -> MeetingFacts | None:
    """An agenda's meeting: a notice ('Notice is hereby given that a meeting of the X will
    be held in V on D, at T', 'Members are requested to attend a meeting of X to be held
    ...'), 'Date:'/'Time:'/'Venue:' lines under a title, or a title and a dated line."""
    sentence = sentence_opening(lines, NOTICE_VERBS)
    notice = sentence if isinstance(sentence, Opening) else None
    labelled = labelled_opening(lines)
    found = [
        notice,
        labelled,
        notice_title_opening(lines),  # "NOTICE of the Meeting of X at V on:" over the date
        dated_title_opening(lines),
        attend_notice_opening(lines),
        held_line_opening(lines),
        meeting_detail_opening(lines),
        bulleted_detail_opening(lines),  # "Meeting details" / "- X" / "- D - T" / "- V"
        list_page_opening(lines),
        field_run_opening(lines),  # "Meeting X Date D Time T Place P" run together
        flattened_opening(lines),
        flattened_field_opening(lines),  # "X Agenda Members ... Date & Time: D Place: P"
        flattened_pack_opening(lines),
        flattened_title_opening(lines),
        remote_note_opening(lines),  # "X  This meeting will be held remotely. D - T"
        there_will_be_opening(lines),  # "There will be a meeting of X in V on D at T"
        placed_title_opening(lines),  # "X Council Agenda" / "in the V" / "at T on D"
    ]
    first = _first(lines, *found)
    first = first and with_same_day_details(first, [notice, labelled])  # a cover, a summons
    opening = _or_titled(first, titled_date_opening(lines))
    if opening is None:
        if isinstance(sentence, Clause):
            line = next((ln.number for ln in lines if NOTICE_VERBS.search(plain(ln.text))), None)
            diagnostics.warn(
                file, line, "notice-without-date", "notice of meeting has no date I can read"
            )
        return None
    opening = banner_as_venue(opening) or opening  # "Minutes D" / "X AUTHORITY" as venue
    opening = named_whole_body(opening, notice) or opening  # "Full Authority Meeting"
    opening = with_sentence_details(opening, notice) or opening  # a title over the notice
    opening = _with_undated_clause(opening, sentence)  # "This meeting will take place at T in V"
    opening = fuller_repeat(lines, opening)
    if opening.venue_blank:
        diagnostics.warn(
            file,
            opening.line,
            "notice-without-venue",
            "notice of meeting names no venue; venue left unknown",
        )
    facts = _facts(with_venue_under(opening, lines), lines)
    if facts.venue is None:  # "Tuesday 3 March 2026 7.00 pm, CANCELLED" over "Venue: V"
        fields = field_details(lines, facts.line or 0, facts.date)
        facts = replace(facts, venue=without_directions_link(fields.venue) if fields else None)
    return facts


def minutes_header(lines: list[Line], file: str, diagnostics: Diagnostics) -> MeetingFacts | None:
    """A record's meeting (see `_minutes_header`), its dates read plain when they are said
    in a way no reader knows ("Thurs 3 Aug 2017", see spoken_dates)."""
    if headless_page(lines):
        return None  # a web page printed without its title line names no meeting
    return or_plain_dates(_minutes_header, lines, file, diagnostics)


def _minutes_header(lines: list[Line], file: str, diagnostics: Diagnostics) -> MeetingFacts | None:
    """A record's meeting: 'MINUTES of a meeting of the X held in V on D' (venue, date and
    time in any order), 'D – A virtual meeting of the Panel held at T' under a title, or
    'Date:'/'Time:'/'Venue:' lines under a title."""
    sentence = sentence_opening(lines, MINUTES_VERBS, dated_above=True)
    held = sentence if isinstance(sentence, Opening) else None
    opening = _or_titled(
        roll_page_opening(lines)  # an attendance page's heading, before the general readers
        or _first(
            lines,
            held,
            labelled_opening(lines),
            dated_title_opening(lines),
            numeric_dated_title_opening(lines),  # "Full Council" / "12/06/2023 at 7:00 pm"
            titled_numeric_date(lines),  # "EXTRAORDINARY COUNCIL 21/1/10"
            held_line_opening(lines),
            decisions_line_opening(lines),
            stacked_opening(lines),
            item_page_opening(lines),
            decision_page_opening(lines),  # "Decided at meeting: 18/07/2024 - Cabinet"
            place_dated_minute_opening(lines),
            council_town_opening(lines),  # "THE X COUNCIL - COMMITTEE - TOWN."
            body_held_opening(lines),
            meeting_on_opening(lines),
            meeting_in_on_opening(lines),  # "Minutes of the Meeting of X" / "In V on D"
            meeting_detail_opening(lines),
            bulleted_detail_opening(lines),
            list_page_opening(lines),
            flattened_record_opening(lines),
            field_run_opening(lines),  # "Name of meeting X Date and time D Venue V" run on
            minute_of_meeting_opening(lines),  # "X Minute of a public meeting on D T, V"
            placed_title_opening(lines),  # "X Committee" / "Meeting on D, T" / "at the V"
        ),
        titled_date_opening(lines),
    )
    opening = opening or document_name_opening(lines)  # "MINUTES - Council 20150304 19:00"
    opening = opening or unnamed_opening(lines)  # no name at the head: the minutes approved
    opening = cited_record(lines, held) or opening  # "Item: B2 Minutes of ... Held on D" above
    if opening is not None:
        opening = banner_as_venue(opening) or opening  # "Minutes D" / "X AUTHORITY" as venue
        opening = named_whole_body(opening, held) or opening  # "Full Authority" over "... of X"
        opening = with_sentence_details(opening, held) or opening  # a title over the sentence
        opening = with_bodiless_sentence(opening, lines) or opening  # "Minutes of meeting held"
        opening = _with_undated_clause(opening, sentence)
        opening = _with_sentence_below(opening, lines)  # "A meeting of X was held at V ..."
        facts = _facts(with_venue_under(opening, lines), lines)
        return _with_fallbacks(facts, lines, from_sentence=opening is held)
    line = next((ln.number for ln in lines if ln.text.strip()), None)
    diagnostics.warn(
        file, line, "minutes-header-unread", "minutes header without a body and date I can read"
    )
    return None


def _with_undated_clause(opening: Opening, sentence: Opening | Clause | None) -> Opening:
    """The opening with the time and venue of an undated sentence naming no other body
    ("HARBOUR BOARD – 3 MARCH 2014" over "Minutes of the meeting held at the Council
    Chamber, commencing at 10.00 am"): the title gives the date, the sentence the rest."""
    if not isinstance(sentence, Clause) or sentence.body.lower() not in ("", "meeting"):
        return opening
    venue = sentence.venue if sentence.venue and not MANNER_ONLY.fullmatch(sentence.venue) else None
    return replace(opening, time=opening.time or sentence.time, venue=opening.venue or venue)


#: Lines with text under an opening searched for a sentence saying when and where it met
SENTENCE_BELOW_LINES = 3


def _with_sentence_below(opening: Opening, lines: list[Line]) -> Opening:
    """The opening with the time and place of a sentence under it that names the same
    body and date ("Minutes of the Meeting of X held on D" over "A meeting of X was held
    at V on D, at T"), when the opening gives neither; the opening as it is else."""
    if opening.time is not None or opening.venue is not None:
        return opening
    below = [ln for ln in lines if ln.number > opening.line and ln.text.strip()]
    said = sentence_opening(below[:SENTENCE_BELOW_LINES], MINUTES_VERBS, dated_above=False)
    if not isinstance(said, Opening) or said.date != opening.date:
        return opening
    if said.body.casefold() != opening.body.casefold():
        return opening
    return replace(opening, time=said.time, venue=said.venue)


#: a manner with no place: "MEETING HELD VIRTUALLY" under a title names no venue
MANNER_ONLY = re.compile(r"virtually|remotely|online", re.IGNORECASE)


def _with_fallbacks(facts: MeetingFacts, lines: list[Line], from_sentence: bool) -> MeetingFacts:
    """The header's facts, a missing time taken from a line under the opening, the closing
    note, a "met at" sentence, a place-and-span line in the head, the span at the foot
    (see time_notes) or the chair's opening of the meeting (see chair_openings), and a
    missing venue from those, the line under a dating sentence (see venues_under) or a
    note of where the meeting sat; the venue without a committee system's directions link.
    """
    after = facts.line or 0
    if facts.time is None:
        facts = replace(facts, time=time_line_under(lines, after))
    if facts.time is None:
        facts = replace(facts, time=closing_start_time(lines, after))
    met = met_at(lines, after) if facts.time is None or facts.venue is None else None
    if met is not None:
        facts = replace(facts, time=facts.time or met[0], venue=facts.venue or met[1])
    placed = place_and_span(lines, after) if facts.time is None or facts.venue is None else None
    if placed is not None:
        facts = replace(facts, time=facts.time or placed[0], venue=facts.venue or placed[1])
    if facts.time is None:
        facts = replace(facts, time=foot_time_range(lines, after))
    if facts.time is None:  # "The Chair opened the meeting at 7.46pm"
        facts = replace(facts, time=chair_opened_time(lines, after))
    if facts.time is None:  # "(Public Pack)Minutes Document for Council, 26/05/2016 16:30"
        facts = replace(facts, time=system_title_time(lines, facts.date))
    if facts.venue is None and from_sentence and facts.line is not None:
        under = venue_under_dating_line(lines, facts.line, facts.date)
        time, under = timed_place(under) if under else (None, under)  # "at 7.30pm in V"
        facts = replace(facts, time=facts.time or time, venue=under)
    if facts.venue is None:
        facts = replace(facts, venue=stated_venue(lines, facts.line or 0))
    fields = field_details(lines, facts.line or 0, facts.date)  # "Place:" / "Town Hall"
    if fields is not None:
        facts = replace(facts, time=facts.time or fields.time, venue=fields.venue or facts.venue)
    return replace(facts, venue=without_directions_link(facts.venue))


LABELLED = re.compile(
    r"^(?P<label>[A-Z][A-Za-z &]{1,30}?)\s*:?\s*\t+\s*(?P<value>.*)$|"
    r"^(?P<label2>[A-Z][A-Za-z &]{1,30}?):\s+(?P<value2>.*)$"
)


def labelled_fields(lines: list[Line], limit: int = 30) -> dict[str, tuple[str, int]]:
    """'Title: X', 'Date & time:<TAB>Y' -> {'title': ('X', line), ...} (first occurrence)."""
    fields: dict[str, tuple[str, int]] = {}
    for line in lines[:limit]:
        match = LABELLED.match(line.text.strip())
        if not match:
            continue
        label = (match["label"] or match["label2"]).strip().lower()
        value = (match["value"] if match["label"] else match["value2"]) or ""
        fields.setdefault(label, (value.strip(), line.number))
    return fields
