"""Durations and lone page numbers pressed against agenda titles, page references without
their stop ("(pp 3)"), and a title over its lettered dates (invented examples; the zoo
holds a whole paper: tests/fixtures/zoo/agenda-park-authority-duration-page-columns.txt)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AgendaItemFacts, DocumentKind, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_items import coded_line
from minutebook.parsing.agenda_run_on import title_before_duration, title_before_pages
from minutebook.parsing.agenda_timings import opens_parts, pressed_lone_pages, without_durations


def _items(*titles: str) -> list[AgendaItemFacts]:
    return [
        AgendaItemFacts(section=None, code=str(n), title=t, pages=None, line=n)
        for n, t in enumerate(titles, start=1)
    ]


def test_a_duration_ends_no_title() -> None:
    items = _items(
        "Hedgerow Survey (15 mins)",
        "Visitor Centre ( 5 minutes) 12",
        "Phase 2",
        "Car Parks (approx. 10 mins) 13 - 20",
    )
    without_durations(items)
    assert [i.title for i in items] == [
        "Hedgerow Survey",
        "Visitor Centre 12",
        "Phase 2",
        "Car Parks 13 - 20",
    ]


def test_a_timing_column_flattened_inside_a_wrapped_title_is_dropped() -> None:
    items = _items(
        "Moorland Fire Plan and Annual Visitor 20 mins and Access Strategy (VA/12)",
        "Speaking time of 3 minutes per speaker",
        "Review of 2 Mins Walk Scheme",
    )
    without_durations(items)
    assert [i.title for i in items] == [
        "Moorland Fire Plan and Annual Visitor and Access Strategy (VA/12)",
        "Speaking time of 3 minutes per speaker",
        "Review of 2 Mins Walk Scheme",
    ]


def test_an_unbracketed_timing_column_is_dropped_where_it_shows() -> None:
    items = _items(
        "Apologies for Absence",
        "Chair's Opening Remarks 10 min",
        "Winter Resilience Plan (Paper presented by Ms Ada Lorne, Director of Care) 15 minutes",
        "Finance Report 15 minutes",
        "Staff Survey Results 20 mins",
    )
    without_durations(items)
    assert [i.title for i in items] == [
        "Apologies for Absence",
        "Chair's Opening Remarks",
        "Winter Resilience Plan (Paper presented by Ms Ada Lorne, Director of Care)",
        "Finance Report",
        "Staff Survey Results",
    ]


def test_a_title_of_its_own_minutes_keeps_them() -> None:
    items = _items(
        "Apologies",
        "Public Speaking: up to 15 minutes",
        "Minutes",
        "Speakers' Time Limit of 3 minutes",
        "Any Other Business",
        "Date of Next Meeting",
        "Planning Applications",
    )
    without_durations(items)
    assert items[1].title == "Public Speaking: up to 15 minutes"
    assert items[3].title == "Speakers' Time Limit of 3 minutes"


def test_lone_numbers_that_run_on_are_pages() -> None:
    items = _items(
        "Membership 1",
        "Election of Chair",
        "Minutes of the meeting held on 2 March 2021 3",
        "Appointments to: 9",
        "Review of Independent 21 Member Scheme",
        "Moorland Strategy 30",
    )
    pressed_lone_pages(items)
    assert [(i.title, i.pages) for i in items] == [
        ("Membership", "1"),
        ("Election of Chair", None),
        ("Minutes of the meeting held on 2 March 2021", "3"),
        ("Appointments to:", "9"),
        ("Review of Independent Member Scheme", "21"),
        ("Moorland Strategy", "30"),
    ]


def test_numbers_that_do_not_run_on_stay_in_their_titles() -> None:
    items = _items("Key Stage 2", "Budget Phase 3", "Quarter 1")
    pressed_lone_pages(items)
    assert [i.title for i in items] == ["Key Stage 2", "Budget Phase 3", "Quarter 1"]
    two = _items("Membership 4", "Footpaths 9")
    pressed_lone_pages(two)
    assert [i.pages for i in two] == [None, None]


def test_a_colon_before_the_duration_and_page_opens_parts() -> None:
    assert opens_parts("8. Appointment of Members to: (15 mins) 7")
    assert opens_parts("4. Finance:")
    assert not opens_parts("9. The Future of Farming (15 mins) 33")


def test_an_agenda_with_duration_and_page_columns() -> None:
    text = (
        "AGENDA\n\nMEETING: FELLSIDE NATIONAL PARK AUTHORITY\n\n"
        "DATE/TIME: Tuesday, 14 June 2022 at 10.30am\n\n"
        "Business Duration Page No\n\n"
        "1. Membership of the Authority 1\n\n2. Apologies for absence\n\n"
        "3. Minutes of the meeting held on 22 March 2022 3\n\n"
        "4. Appointment of Members to: (10 mins) 9\n\n"
        "(a) Committees; (b) Outside Bodies\n\n"
        "5. Woodland Grants (15 mins) 17\n\n6. Chair's Report ( 5 mins) 29\n"
    )
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout="agenda")
    parse_agenda(part, "inline.txt", Diagnostics())
    assert [(i.code, i.title, i.pages) for i in part.items] == [
        ("1", "Membership of the Authority", "1"),
        ("2", "Apologies for absence", None),
        ("3", "Minutes of the meeting held on 22 March 2022", "3"),
        ("4", "Appointment of Members to:", "9"),
        ("5", "Woodland Grants", "17"),
        ("6", "Chair's Report", "29"),
    ]


def test_pages_without_their_stop() -> None:
    found = coded_line("5. MINUTES OF THE LAST MEETING (pp 3)")
    assert found is not None and (found.title, found.pages) == ("MINUTES OF THE LAST MEETING", "3")


def test_a_title_over_its_lettered_dates_ends_at_its_pages() -> None:
    found = title_before_pages("6. MINUTES OF THE AUDIT PANEL HELD ON (pp 8) a) 2 May b) 6 June")
    assert found is not None
    assert (found.title, found.pages) == ("MINUTES OF THE AUDIT PANEL HELD ON", "8")


def test_a_note_that_the_paper_is_enclosed_where_available() -> None:
    found = coded_line("9. MINUTES OF THE JOINT PANEL (Enclosed where available)")
    assert found is not None and found.title == "MINUTES OF THE JOINT PANEL"


def test_a_time_allowed_closes_the_title_before_its_description() -> None:
    item = title_before_duration(
        "3 Open Session for Councillors (15 minutes) This is an opportunity to discuss issues"
    )
    assert item is not None
    assert (item.code, item.title, item.pages) == ("3", "Open Session for Councillors", None)
    assert title_before_duration("3 Open Session for Councillors (15 minutes)") is None
    assert title_before_duration("3 Budget (2023 minutes of the board) Text here") is None


def test_a_timed_agendas_clock_slots_leave_the_titles() -> None:
    items = _items(
        "Apologies 10.00",
        "Introductions 10.00 – 10.05",
        "Election of member to 10.18 – 10.28 Planning Committee",
        "Presentations 12.48 -12.48",
        "Lunch 1.00 p.m.",
    )
    without_durations(items)
    assert [i.title for i in items] == [
        "Apologies",
        "Introductions",
        "Election of member to Planning Committee",
        "Presentations",
        "Lunch",
    ]


def test_a_titles_own_time_stays_without_a_slot_column() -> None:
    items = _items("Meeting to start at 10.00", "Minutes", "Reports", "Any other business")
    without_durations(items)
    assert items[0].title == "Meeting to start at 10.00"


def test_a_minutes_title_keeps_no_duration() -> None:
    from minutebook.parsing.agenda_timings import without_duration

    assert without_duration("Introductions and Apologies (10 mins)") == (
        "Introductions and Apologies"
    )
    assert without_duration("Budget Monitoring (approx. 20 minutes)") == "Budget Monitoring"
    assert without_duration("(10 mins)") == "(10 mins)"
    assert without_duration("Parking (20 mph zones)") == "Parking (20 mph zones)"


def test_a_minute_headed_with_its_items_time_keeps_the_title() -> None:
    from opening_facts import parsed

    text = (
        "Minutes of the meeting of the Fenby Corporate Parenting Board held on 17 June 2013"
        " at 6.00 pm at County Hall\n\nPresent: Cllr A Reid\n\n"
        "1. Introductions and Apologies (10 mins)\n\nNone.\n\n"
        "2. Matters Arising (5 mins)\n\nNone.\n"
    )
    part = parsed(text).parts[0]
    assert [m.title for m in part.minutes] == ["Introductions and Apologies", "Matters Arising"]


def test_a_page_columns_bare_range_closes_the_title_before_its_description() -> None:
    found = title_before_pages("4 Treasury Report 5 - 12 Report of the Head of Finance")
    assert found is not None and (found.title, found.pages) == ("Treasury Report", "5 - 12")
    follows = title_before_pages("6 Risk Register To Follow Report of the Chief Officer")
    assert follows is not None and (follows.title, follows.pages) == ("Risk Register", None)
    # an address's unspaced numbers, numbers out of order, or a title's own words after
    # its numbers close no title
    assert title_before_pages("6.1 Planning Application – 41-47 Mill Lane, Fenby") is None
    assert title_before_pages("5 Performance Quarter 3 - 1 Review of the targets") is None
    assert title_before_pages("2. Key Stage 1 - 2 Results") is None
