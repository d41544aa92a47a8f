"""Parish and harbour records' numbering and openings (invented records in the genre's
layout): gaps of non-breaking spaces, a year's minute and its decimal parts, hyphen codes
of the meeting's day and month, standing titles run on after a comma or in lower case,
a title over "HELD AT" and "ON <date>", and the meeting's own number after the body."""

from __future__ import annotations

from conftest import QUIRKS
from minute_fixtures import lines_of, parse_text
from minutebook.model import DocumentKind
from minutebook.parsing.cleaning import clean
from minutebook.parsing.minute_meeting_codes import hyphen_code
from minutebook.parsing.names import is_office


def test_a_number_set_apart_by_non_breaking_spaces_heads_its_minute() -> None:
    """The quirk fixture's "32/15<NBSP x3>DECLARATION OF INTEREST": the gap is a gap, the
    parts "34/15.1" indented under "34/15" are minutes of their own, and the standing
    titles run on after a comma or into lower case end where their record starts."""
    text = (QUIRKS / "non-breaking-number-gaps.txt").read_text("utf-8")
    lines, _ = clean(text)
    assert all("\u00a0" not in line.text for line in lines)
    part = parse_text(text)
    assert [(m.number, m.title, m.line) for m in part.minutes] == [
        ("31/15", "APOLOGIES", 9),
        ("32/15", "DECLARATION OF INTEREST", 11),
        ("33/15", "MINUTES", 15),
        ("34/15", "PROGRESS REPORTS", 17),
        ("34/15.1", "Village Green", 19),
        ("34/15.2", "Footpaths", 23),
    ]
    apologies = [a.as_written for a in part.attendance if a.role.value == "apologies"]
    assert apologies == ["Cllr J Ellery", "Cllr K Fanshawe"]
    decided = {m.number: (m.resolution or "")[:30] for m in part.minutes}
    assert decided["33/15"] == "the minutes of the parish coun"
    assert decided["34/15.2"] == "It was agreed to ask the Count"


def test_a_capitals_title_with_a_lower_case_qualifier_keeps_it() -> None:
    """ "4 MATTERS ARISING for noting only" is one title: lower case with no full
    stop qualifies the title; it opens no sentence."""
    text = (
        "Minutes of the meeting of Ashby Town Council held on 2 May 2024 at 7pm\n\n"
        "Present: Cllr A Bell (Chair), Cllr C Dunn\n\n"
        "3 APOLOGIES\n\nNone.\n\n"
        "4 MATTERS ARISING for noting only\n\nThe clerk reported on the bins.\n"
    )
    titles = [m.title for m in parse_text(text).minutes]
    assert "MATTERS ARISING for noting only" in titles


RECORD = (
    "Meeting of the Council 6th March 2012\n\n"
    "06-03-01 Present: Cllrs A Bell (Chair), C Dunn and E Frost.\n\n"
    "06-03-02 Apologies: None\n\n"
    "06-03-03 Highways: The clerk reported two potholes on Mill Lane.\n\n"
    "06-03-04 Public Forum:  No issues\n\n"
    "06-03-05 Correspondence\n\n"
    "A letter from the county council was noted.\n"
)


def test_hyphen_codes_of_the_meeting_number_its_minutes() -> None:
    """ "06-03-03": the meeting of 6 March's third minute; "Present:" under the first
    code makes the dated title a record, and "No issues" after a colon is its text."""
    part = parse_text(RECORD)
    assert part.kind is DocumentKind.MINUTES
    assert [(m.number, m.title) for m in part.minutes] == [
        ("06-03-01", "Present"),
        ("06-03-02", "Apologies"),
        ("06-03-03", "Highways"),
        ("06-03-04", "Public Forum"),
        ("06-03-05", "Correspondence"),
    ]
    assert [a.as_written for a in part.attendance][:3] == ["A Bell", "C Dunn", "E Frost"]


def test_a_hyphen_code_out_of_its_series_is_a_date() -> None:
    """A list of payments dated "12-05-22" heads nothing: no code of the same meeting one
    more or one less stands beside it."""
    payments = lines_of("12-05-22 Hall hire 40.00\n\n14-05-22 Grass cutting 120.00")
    assert hyphen_code(payments, 0, payments[0].text) is None
    series = lines_of("06-03-02 Apologies\n\n06-03-03 Highways")
    assert hyphen_code(series, 2, series[2].text) == ("06-03-03", "Highways")


def test_point_codes_of_the_meeting_number_its_minutes() -> None:
    """ "14.03.1." (the meeting of 14 March's first minute), the agenda's wording kept as
    its title ("TO RECEIVE ANY APOLOGIES FOR ABSENCE") and the names run on after a dash:
    the apologies; a report's "2.1.1" (no month) and a lone "14.03.9" head nothing."""
    text = (
        "MINUTES of the meeting of HEXTON PARISH COUNCIL held at the Hall on Monday 14th "
        "March 2022 at 7.00 p.m.\n"
        "Present: Councillors Mrs A Reid (Chair), Mr B Moss.\n"
        "14.03.1. TO RECEIVE ANY APOLOGIES FOR ABSENCE – Cllrs C Lowe, D Pym.\n"
        "14.03.2. TO APPROVE THE MINUTES – The minutes were approved and signed.\n"
        "14.03.3. HIGHWAYS – The clerk reported a pothole on Mill Lane.\n"
    )
    part = parse_text(text)
    assert [(m.number, m.title) for m in part.minutes] == [
        ("14.03.1", "TO RECEIVE ANY APOLOGIES FOR ABSENCE"),
        ("14.03.2", "TO APPROVE THE MINUTES"),
        ("14.03.3", "HIGHWAYS"),
    ]
    apologies = [a.as_written for a in part.attendance if a.role.value == "apologies"]
    assert apologies == ["C Lowe", "D Pym"]
    paragraphs = lines_of("2.1.1 The budget was set.\n\n2.1.2 The precept was agreed.")
    assert hyphen_code(paragraphs, 0, paragraphs[0].text) is None
    alone = lines_of("14.03.9 Highways\n\n14.03.12 Footpaths")
    assert hyphen_code(alone, 0, alone[0].text) is None


def test_a_title_held_at_a_place_over_its_date_opens_a_record() -> None:
    """ "MEETING OF THE ... COMMISSIONERS 7/21" / "HELD AT <place>" / "ON <date> AT
    <time>": minutes of the commissioners (the seventh meeting of 2021 is no part of their
    name, nor a minute), with their posts after commas."""
    text = (
        "MEETING OF THE FENBRIDGE HARBOUR COMMISSIONERS 7/21\n\n"
        "HELD AT THE HARBOUR OFFICE, FENBRIDGE\n\n"
        "ON WEDNESDAY 9th JUNE 2021 AT 6.30PM\n\n"
        "Present: Mr A Bell, Chairman, Mr C Dunn, Mr E Frost, Harbour Master.\n\n"
        "Finance The accounts for June were noted.\n"
    )
    part = parse_text(text)
    assert part.kind is DocumentKind.MINUTES and part.meeting is not None
    assert part.meeting.body_name == "FENBRIDGE HARBOUR COMMISSIONERS"
    assert (str(part.meeting.date), str(part.meeting.time)) == ("2021-06-09", "18:30:00")
    assert all(m.number != "7/21" for m in part.minutes)
    assert [(a.as_written, a.capacity) for a in part.attendance] == [
        ("Mr A Bell", "Chairman"),
        ("Mr C Dunn", None),
        ("Mr E Frost", "Harbour Master"),
    ]


def test_posts_of_harbours_and_offices_are_offices() -> None:
    for post in ("Harbour Master", "Assistant Administrator", "Borough Engineer"):
        assert is_office(post), post
    assert not is_office("Mr A Masters")


def test_the_last_entry_of_a_numbered_list_in_a_minute_heads_nothing() -> None:
    """A chair's statement listing items by number ("11 – Mill Close;" / "14 – Rye
    Lane Garages."): the last entry, closed by its stop, is no minute 14, and the next
    minute "2." is read."""
    text = (
        "Minutes of the meeting of the Planning Committee held on 4 May 2023 at 7pm\n\n"
        "1.\n\nChairman's Statement\n\n"
        "The Chairman said these items were withdrawn:\n\n"
        "11 – Mill Close;\n\n14 – Rye Lane Garages.\n\n"
        "2.\n\nAbsence of Members\n\nCouncillor Reid had sent apologies.\n"
    )
    assert [(m.number, m.title) for m in parse_text(text).minutes] == [
        ("1", "Chairman's Statement"),
        ("2", "Absence of Members"),
    ]


def test_an_agenda_divider_inside_the_minutes_opens_no_agenda() -> None:
    """An annual meeting's minutes print "AGENDA" over the ordinary business that follows
    ("17/65 APOLOGIES" after "17/64"), whose later title speaks of meetings: the minute
    codes under it show the business has begun, so no agenda paper starts there."""
    text = (
        "Minutes of the Annual Meeting of Wyke Parish Council held on 11th May 2017\n\n"
        "Present: Cllr A Reid, Cllr B Moss\n\n"
        "17/61 ELECTION OF CHAIRMAN\n\nCllr A Reid was elected Chairman.\n\n"
        "AGENDA\n\n"
        "17/62 APOLOGIES FOR ABSENCE\n\nNone.\n\n"
        "17/63 DATES OF FORTHCOMING PARISH COUNCIL MEETINGS\n\nThe dates were agreed.\n"
    )
    part = parse_text(text)
    assert part.kind is DocumentKind.MINUTES
    assert [m.number for m in part.minutes] == ["17/61", "17/62", "17/63"]


def test_a_coded_present_minute_with_a_second_list_is_titled_present() -> None:
    """ "06-01-01 Present: Cllrs A Bell (Chair), C Dunn.  Also present Clerk E Frost": the
    label and its names run on after the code; a second label without its colon lists
    those also present."""
    text = RECORD.replace(
        "06-03-01 Present: Cllrs A Bell (Chair), C Dunn and E Frost.",
        "06-03-01 Present: Cllrs A Bell (Chair), C Dunn and E Frost.  Also present Clerk"
        " G Hart and Cllr J Ince (Chairman Wyke PC)",
    )
    part = parse_text(text)
    assert (part.minutes[0].number, part.minutes[0].title) == ("06-03-01", "Present")
    also = [(a.as_written, a.capacity) for a in part.attendance if a.role.value == "also_present"]
    assert also == [("G Hart", "Clerk"), ("Cllr J Ince", "Chairman Wyke PC")]


def test_a_column_gap_sets_labels_and_titles_apart_from_their_names() -> None:
    """A parish's minutes typed in columns: "In Attendance<gap>Cllr D Pym<gap>Clerk E
    Hart" is a label and its names (no colon printed), and "296<gap>Apologies for
    absence<gap>Cllr Dunn" a minute titled before the gap, its names after it."""
    text = (
        "Draft Minutes of Fenby Parish Council Meeting held from 7pm on 26 June 2017\n\n"
        "295     Those Present and In Attendance\n\n"
        "Present         Cllr A Reid (Chair), Cllr B Moss\n\n"
        "In Attendance          Cllr D Pym   Clerk E Hart\n\n"
        "296     Apologies for absence        Cllr Dunn     Cllr Wyke\n\n"
        "297     Minutes of the Annual Meeting\n\nThe Council approved the Minutes.\n"
    )
    part = parse_text(text)
    assert [m.title for m in part.minutes][:2] == [
        "Those Present and In Attendance",
        "Apologies for absence",
    ]
    assert [(a.role.value, a.as_written) for a in part.attendance] == [
        ("present", "Cllr A Reid"),
        ("present", "Cllr B Moss"),
        ("in_attendance", "Cllr D Pym"),
        ("in_attendance", "E Hart"),
        ("apologies", "Cllr Dunn"),
        ("apologies", "Cllr Wyke"),
    ]
