"""The markers of a record (minutes) flattened onto one line, beyond an agenda's.

A town council's minutes taken from a document-sharing site often open with the page's
running header run into the record: "Full Council 3 May 2026 Page 1 14/26 MINUTES OF A
MEETING OF ...": the meeting's name, date, page number and the clerk's page stamp. Cut
off before the record's opening, that piece is page furniture, not the paper's title (its
name and date would otherwise be read as the meeting's body).
"""

from __future__ import annotations

import re

from ..vocabulary import MONTHS, WEEKDAY_NAME

#: "Full Council 3 May 2026 Page 1", "... Page 1 14/26": a running header ending in the
#: page's number (and a clerk's page stamp), short, before the record's opening
LEADING_HEADER = re.compile(r"^.{0,100}?(?<!\S)Page[ ]{1,3}\d{1,4}(?:[ ]{1,3}\d{1,4}/\d{2,4})?$")


def leading_header(pieces: list[str], opening: re.Pattern[str]) -> set[int]:
    """The index of the first piece when it is a running header (`LEADING_HEADER`) and
    the next piece opens the record (`opening` matches its start); else none."""
    if len(pieces) < 2 or not LEADING_HEADER.match(pieces[0]) or not opening.match(pieces[1]):
        return set()
    return {0}


#: "ITEM 2", "Agenda Item 4", "AGENDA ITEM No 3", "AGENDA ITEM NO:4": the pack's stamp
#: naming the item a record is enclosed under, at the line's start, before its letterhead;
#: a transcription may print the page's number before it and a stop after it ("1 Agenda
#: Item 109. MINUTES OF A MEETING ...")
LEADING_STAMP = re.compile(
    r"^(?:\d{1,3}[ ]{1,3}(?=Agenda|AGENDA))?"
    r"(?:(?:Agenda|AGENDA)[ ]{1,3})?(?:Item|ITEM)[ ]{1,3}(?:(?:No|NO)[.:]?[ ]{0,2})?\d{1,3}[a-z]?"
    r"(?:(?<=\d)\.)?(?=[ ]{1,3}[A-Z]|$)"
)


def leading_stamp(text: str, opening: re.Pattern[str]) -> list[int]:
    """Where the line's leading item stamp ends, when a record's opening (`opening`) follows
    within `OPENING_REACH`: the stamp is a piece of its own (and furniture, see
    `stamp_piece`), not a minute numbered by it."""
    stamp = LEADING_STAMP.match(text)
    if stamp is None or opening.search(text, stamp.end(), OPENING_REACH) is None:
        return []
    return [stamp.end()]


def stamp_piece(pieces: list[str]) -> set[int]:
    """The index of the first piece when it is an item stamp alone (`leading_stamp`), and
    of the page's number before it."""
    second = LEADING_STAMP.match(pieces[1]) if len(pieces) > 2 and pieces[0].isdigit() else None
    if second is not None and second.end() == len(pieces[1]):
        return {0, 1}  # the page's number, cut off before the stamp
    first = LEADING_STAMP.match(pieces[0]) if pieces else None
    return {0} if first and first.end() == len(pieces[0]) and len(pieces) > 1 else set()


#: How far into a flattened line a record's opening and its members stand
OPENING_REACH = 600
#: "... held on 4 May 2021 at 6.30pm by video conference. Cllrs A Ash, B Birch ...": the
#: members present listed without a label after the opening sentence's end
UNLABELLED_MEMBERS = re.compile(r"(?<=[a-z0-9)]\. )(?:Cllrs|Councillors)[ ]{1,3}(?=[A-Z])")


def unlabelled_members(text: str) -> list[int]:
    """Where the members' list without a label starts after a record's opening sentence,
    near the line's start (the opening's place then ends at its sentence)."""
    return [m.start() for m in UNLABELLED_MEMBERS.finditer(text, 0, OPENING_REACH)][:1]


#: "PRESENT Councillor A Ash ...", "ALSO PRESENT Mr B Birch ...", "APOLOGIES Councillor C
#: Cole": a record's attendance labels in capitals without a colon, before a name's title
CAPITALS_LABEL = re.compile(
    r"(?<!\S)(?:(?:(?:ALSO|MEMBERS|OFFICERS)[ ]{1,3})?PRESENT|(?:ALSO[ ]{1,3})?IN[ ]{1,3}ATTENDANCE"
    r"|APOLOGIES(?:[ ]{1,3}FOR[ ]{1,3}ABSENCE)?|ABSENT)"
    r"(?=[ ]{1,3}(?:County[ ]{1,3})?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b)"
)
#: "Present Councillor A Ash ...", "In attendance Mr B Birch ...": the labels in sentence
#: case without a colon (a table's cell flattened), before a name's title (not "Absent",
#: a present | absent table's column heading: "Membership Present Absent Councillor ...")
SENTENCE_CASE_LABEL = re.compile(
    r"(?<!\S)(?<!Members )(?<!Councillors )(?<!Officers )"  # a group's label, below
    r"(?:(?:Also[ ]{1,3})?Present|In[ ]{1,3}attendance|Apologies(?:[ ]{1,3}for[ ]{1,3}"
    r"[Aa]bsence)?)(?=[ ]{1,3}(?:County[ ]{1,3})?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b)"
)
#: "Committee Members Present Councillors: Ann Ash ...", "Officers Present Gail Green,
#: Licensing Manager ...": a group's label in title case without a colon (a heading over
#: its list in the paper), whatever follows; "Present" in capitals makes it a label, where
#: "Members present were ..." is a sentence
GROUP_PRESENT_LABEL = re.compile(
    r"(?<!\S)(?:(?:Committee|Other|Case|Co-opted|Independent|Board|Panel)[ ]{1,3})?"
    r"(?:Members|Councillors|Officers)[ ]{1,3}Present(?=[ ]{1,3}[A-Z])"
)
#: a heading's number just before: "1. APOLOGIES FOR ABSENCE Councillor ..." is a minute
NUMBER_BEFORE = re.compile(r"(?:\d{1,4}[.)]?|\d{1,3}/\d{2,4})[ ]{0,3}$")


#: "... at the Park Office. PRESENT Jane Ash Eastby Parish Council ...": the label in
#: capitals after the opening sentence's end, before a name printed without a title (a
#: forum's or a joint body's members, each with the body they come from), or by their
#: initials ("... at 2.00 pm. PRESENT D Body Esq., F. Cooke Esq., ...")
LABEL_AFTER_SENTENCE = re.compile(
    r"(?<=[.:] )(?:(?:ALSO|MEMBERS)[ ]{1,3})?PRESENT"
    r"(?=[ ]{1,3}(?:Sir[ ]{1,3})?(?:[A-Z]\.?[ ]{1,3}){0,3}[A-Z][a-z])"
)

#: "... in the Chair MEMBERS Armstrong, E. Bawn, D. ...": a roll printed surname first,
#: its label in capitals without a colon (see names_inverted)
INVERTED_ROLL_LABEL = re.compile(r"(?<!\S)MEMBERS(?=[ ]{1,3}[A-Z][a-z'’-]+,[ ]{1,3}[A-Z]\.)")

#: A comma, bracket or semicolon marking off the first entry of the list after the label
ENTRY_MARK = re.compile(r"[,(;]")
#: How far the first entry (a name and its body) runs before its mark
FIRST_ENTRY_CHARS = 80


def capitals_labels(text: str) -> list[int]:
    """Where each attendance label in capitals without a colon starts, unless a heading's
    number stands just before it (then it is a minute's title)."""
    # the label stands on a line of its own over its list (no colon ties the two) when
    # the list's entries are marked off ("Ann Ash (Eastby), Bob Birch ..."); a run of
    # names and bodies with no mark between them stays behind the label
    found: set[int] = set()
    for label in LABEL_AFTER_SENTENCE.finditer(text):
        found.add(label.start())
        if ENTRY_MARK.search(text, label.end(), label.end() + FIRST_ENTRY_CHARS):
            found.add(label.end())
    # the roll's label on a line of its own over its names, as names_inverted reads it
    found.update(cut for m in INVERTED_ROLL_LABEL.finditer(text) for cut in (m.start(), m.end()))
    found.update(
        m.start()
        for m in CAPITALS_LABEL.finditer(text)
        if not NUMBER_BEFORE.search(text, max(0, m.start() - 10), m.start())
    )
    # in sentence case the label stands on a line of its own over its list
    labels = [*SENTENCE_CASE_LABEL.finditer(text), *GROUP_PRESENT_LABEL.finditer(text)]
    found.update(
        cut
        for m in labels
        if not NUMBER_BEFORE.search(text, max(0, m.start() - 10), m.start())
        for cut in (m.start(), m.end())
    )
    return sorted(found)


#: "CABINET Tuesday, 11 October 2016 at 2.00 pm Council Chamber, ... Present:", "EXTRAORDINARY
#: COUNCIL 21/1/10 Present :": a record's title in capitals and its date opening the line,
#: its attendance label (with a colon) within `TITLE_TO_LABEL` characters after the date
DATED_CAPITALS_TITLE = re.compile(
    r"^(?:[A-Z][A-Z&'’-]{1,20}[ ]{1,3}){1,8}"
    rf"(?:{WEEKDAY_NAME},?[ ]{{1,3}})?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]{{1,3}}(?:{MONTHS})[ ]{{1,3}}\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4})\b"
)
TITLE_TO_LABEL = 300
PRESENT_LABEL = re.compile(r"(?<!\S)(?:Present|PRESENT)[ ]{0,2}:")


def dated_capitals_title(text: str) -> list[int]:
    """Where a flattened record's dated capitals title starts (the line's start), when its
    "Present:" label follows within reach: the two make a record's top, as an opening's
    sentence and a label do. [] for any other line."""
    title = DATED_CAPITALS_TITLE.match(text)
    if (
        title is None
        or PRESENT_LABEL.search(text, title.end(), title.end() + TITLE_TO_LABEL) is None
    ):
        return []
    return [0]


#: "... 5.00 - 8.35 pm Attendees Councillors: Ann Ash (Chair), ...": a ModernGov record's
#: "Attendees" heading over its groups, each group's label with its colon
ATTENDEES_GROUP = re.compile(
    r"(?<!\S)Attendees[ ]{1,3}(?P<group>(?:Councillors|Members|Officers|Co-optees)[ ]{0,2}:)"
)
#: "... and David Willingham Minutes 1. APOLOGIES ...": the same template's "Minutes"
#: heading between the attendees and the first minute's number
MINUTES_HEADING = re.compile(r"(?<=[a-z)] )Minutes(?=[ ]{1,3}1\.?[ ]{1,3}[A-Z])")


def attendees_headings(text: str) -> list[int]:
    """Where a flattened ModernGov record's "Attendees" heading, its first group's label
    and its "Minutes" heading start: each a line of its own in the printed record (the
    last name of the list would otherwise end in "Minutes")."""
    attendees = ATTENDEES_GROUP.search(text)
    if attendees is None:
        return []
    minutes = MINUTES_HEADING.search(text, attendees.end())
    found = [attendees.start(), attendees.start("group")]
    return found if minutes is None else [*found, minutes.start()]


#: "... Independent Member 412. Chair's welcome and members' interests A ...": a
#: record's first minute after its attendance block, numbered on from the body's earlier
#: meetings, alone on the line (the page, or the excerpt, ends inside it): a number with
#: a stop after a word and before a title's capital
LONE_HEADING = re.compile(r"(?<=[A-Za-z)] )(?P<number>\d{1,4})\.[ ]{1,3}(?=[A-Z][a-z]{1,30}[ ,'’])")
#: "... 24 March 2021. The Mayor ...": a date's year before a sentence, no heading
YEAR_AFTER_MONTH = re.compile(r"(?:" + MONTHS + r")[ ]{1,3}$")


def lone_record_heading(text: str, labels: list[int]) -> list[int]:
    """Where a record's one numbered heading starts, after the last of its attendance
    labels (`labels`, positions on the line); [] when none follows them."""
    if not labels:
        return []
    for match in LONE_HEADING.finditer(text, labels[-1]):
        if YEAR_AFTER_MONTH.search(text, max(0, match.start() - 12), match.start()) is None:
            return [match.start()]
    return []


#: "... the following Minutes:(a) West Area ... record. (b) Roads Working Group ...": a
#: minute's lettered parts after a colon or a sentence's end, each its own decision under it
LETTERED_PART = re.compile(r"(?:(?<=[.:;] )|(?<=:))\((?P<letter>[a-h])\)[ ]{1,3}(?=[A-Z])")


def lettered_parts(text: str) -> list[int]:
    """Where a record's lettered parts start, when they run from "(a)" in order (two or
    more); [] for none."""
    found: list[int] = []
    expected = "a"
    for match in LETTERED_PART.finditer(text):
        if match["letter"] == expected:
            found.append(match.start())
            expected = chr(ord(expected) + 1)
    return found if len(found) >= 2 else []
