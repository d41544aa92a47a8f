"""Minutes of a meeting: attendance, numbered minutes, paragraphs, resolutions, questions.

Someone at the meeting for one item only is recorded in that minute's text ("Alan Pughsley
QPM (Chief Constable, Kent Police) was in attendance for this item."): in attendance, for
that minute.

Which lines head minutes is `minute_headings`' question (every form of the genre, with or
without an agenda item cited); their paragraphs `minute_paragraphs`', their decisions
`resolutions`' and their declarations of interest `declarations`'. Numbers are kept
exactly as printed, in printed order; a minute headed by its title alone is numbered by
its place and marked unnumbered.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..errors import Diagnostics
from ..model import (
    AttendanceFacts,
    DecisionFacts,
    DocumentKind,
    Line,
    MinuteFacts,
    Part,
    QuestionFacts,
)
from .actions import action_rows
from .agenda_timings import without_duration
from .attendance import (
    read_apologies_and_substitutes,
    read_attendance_for_item,
    read_attendance_lists,
    records_attendance,
)
from .attendance_at_end import attendance_at_end
from .attendance_capitals_grid import capitals_grid_attendance
from .attendance_chair_roll import chair_roll_attendance
from .attendance_comma_posts import comma_post_rows
from .attendance_council_grid import council_grid_attendance
from .attendance_dash_posts import dash_post_rows
from .attendance_hyphen_posts import hyphen_post_rows
from .attendance_late_arrivals import late_arrivals
from .attendance_lettered import lettered_attendance
from .attendance_marked import marked_attendance
from .attendance_name_council import name_council_rows
from .attendance_name_organisation import name_organisation_attendance
from .attendance_reserve_tables import reserve_table_sentences
from .attendance_small_marks import small_marked_attendance
from .attendance_starred import starred_attendance
from .attendance_trailing import trailing_attendance
from .bilingual_labels import english_labels
from .decision_references import cited_decisions, tabled_decisions, titled_decision
from .decision_tables import untabled_minutes
from .declarations import read_declarations, read_opening_declarations
from .headers import minutes_header
from .minute_cell_numbers import uncelled_numbers
from .minute_headings import minute_headings, numbered_lines, order_key
from .minute_paragraph_numbers import number_from_first_paragraph
from .minute_paragraphs import read_paragraphs
from .minute_presenter_column import without_presenter_column
from .minute_reference_codes import without_reference_code
from .noted_questions import noted_questions
from .pack_item_titles import without_pack_item_title
from .questions import (
    asked_questions,
    headed_questions,
    introduced_questions,
    labelled_questions,
    listed_questions,
    question_time_lines,
    received_questions,
)
from .resolutions import resolution
from .resolutions_further import all_resolutions, further_resolutions
from .restated_apologies import (
    repeated_in_minute,
    restated_beside_substitutes,
    restates_apologies,
)
from .text import plain
from .web_attendance_pages import roll_attendance, roll_page_start
from .web_items_header import header_lines

PARAGRAPH = re.compile(r"^(?:-\s+)?(?P<number>\d{1,2})\.\s+\S")
ASKER = re.compile(r"^\((?P<who>[^,()]+?)\s*,\s*(?P<org>[^()]+)\)\.?$")
QUESTION_HEADER = re.compile(r"^Question\s+(?P<number>\d+)\s*$", re.IGNORECASE)


def parse_minutes(part: Part, file: str, diagnostics: Diagnostics) -> None:
    part.kind = DocumentKind.MINUTES
    part.meeting = minutes_header(part.lines, file, diagnostics)
    above = header_lines(part.lines)  # a web page's meeting is above its "No. Item" header
    if above and part.meeting and part.meeting.line and part.meeting.line > above[-1].number:
        part.meeting = minutes_header(above, file, Diagnostics())  # not a minute's title
    if part.meeting:
        part.date = part.meeting.date
        part.title = f"Minutes: {part.meeting.body_name}, {part.meeting.date:%-d %B %Y}"
    else:
        part.title = "Minutes"
    lines = untabled_minutes(part.lines) or part.lines  # "Min No / Description / Resolution"
    lines = uncelled_numbers(lines) or lines  # "2. / APOLOGIES": a table's cells joined
    lines = reserve_table_sentences(lines) or lines  # reserves beside the members they replace
    # an attendance page holds no minutes: its headings are the page's, not minutes
    roll_page = roll_page_start(lines) is not None
    headings = [] if roll_page else minute_headings(lines)
    meeting_line = part.meeting.line if part.meeting else None
    headings = without_pack_item_title(lines, headings, meeting_line)  # "4 To confirm ..."
    headings = without_presenter_column(headings)  # "1. Welcome Chairman": who leads it
    first_minute = headings[0].index if headings else len(lines)
    preamble = english_labels(lines[:first_minute])  # "AELODAU/MEMBERS:" -> "MEMBERS:"
    # each whole-list reader adds what it read and blanks its lines for the readers after it
    if roll_page:  # an attendance page's "Attendee / Role / Attendance" table
        preamble = _taken(part, preamble, roll_attendance(preamble))
    # a grid with a "* Denotes Member present" key
    preamble = _taken(part, preamble, marked_attendance(preamble, lines))
    # "P  Ann Reid" rows explained by a "P: Present" key
    preamble = _taken(part, preamble, lettered_attendance(preamble))
    # "p Councillor A Reid", "a Councillor B Moss": marks, no key
    preamble = _taken(part, preamble, small_marked_attendance(preamble))
    # "P. Councillor A Reid" under council headings, two columns
    preamble = _taken(part, preamble, council_grid_attendance(preamble))
    # names one a line, an asterisk over each present, "*Present"
    preamble = _taken(part, preamble, starred_attendance(preamble))
    # "COUNCILLORS" alone, then names in capitals in two columns
    preamble = _taken(part, preamble, capitals_grid_attendance(preamble))
    # "Councillor A Reid – in the chair" over names alone
    preamble = _taken(part, preamble, chair_roll_attendance(preamble))
    # "Name          Organisation" over each person and their body
    preamble = _taken(part, preamble, name_organisation_attendance(preamble))
    # "Mr A Reid and Ms B Moss were also in attendance."
    preamble = _taken(part, preamble, trailing_attendance(preamble))
    preamble = dash_post_rows(preamble)  # "Ann Reid (Chair)   - Cabinet Member for ..."
    preamble = hyphen_post_rows(preamble)  # "Ann Reid (Leader)-Eastby North"
    preamble = comma_post_rows(preamble)  # "Cllr A Reid, Cabinet Member for Adult Social" / "Care"
    preamble = name_council_rows(preamble)  # "B Moss Hexton County Council": name, council
    read_attendance_lists(part, preamble, file, diagnostics)
    _read_questions(part, question_time_lines("", preamble), None)  # before the business
    at_end = attendance_at_end(lines, headings[-1].index) if headings else None
    if at_end is not None:  # a web page's "Attendance Details" after the last minute
        read_attendance_lists(part, lines[at_end:], file, diagnostics)
    opening = list(part.attendance)
    # "Cllr A proposed, Cllr B seconded: ... CARRIED" above the first heading (or in a
    # record with none): decided, though under no minute
    part.opening_resolutions = [(r.text, r.line) for r in all_resolutions(preamble)]
    read_opening_declarations(part, preamble, file, diagnostics)  # "Cllrs A and B declared ..."
    last_end = at_end if at_end is not None else len(lines)
    printed = {h.number for h in headings if h.number}
    for n, heading in enumerate(headings):
        i = heading.index
        end = headings[n + 1].index if n + 1 < len(headings) else last_end
        body = lines[i + 1 : end]
        if heading.run_on:  # the minute's text begins on its heading's line (or the title's
            at = i + heading.run_on_at  # last line, when the title wrapped before it)
            body = [Line(lines[at].number, heading.run_on), *lines[at + 1 : end]]
        # "Apologies for absence" over "32.1 Apologies were received ...": minute 32 (a
        # paragraph "2.1" may only count the page's headings: those stay unnumbered)
        from_paragraph = None if heading.number else number_from_first_paragraph(body)
        if from_paragraph is not None and int(from_paragraph) <= len(headings):
            from_paragraph = None
        minute = MinuteFacts(
            number=heading.number or from_paragraph or _place(n, printed),
            # "... (028/2019)", "... (10 mins)": a reference, the agenda's time for it
            title=without_duration(without_reference_code(heading.title)),
            item_code=heading.item_code,
            line=lines[i].number,
            end_line=lines[end - 1].number,
            numbered=heading.number is not None or from_paragraph is not None,
        )
        read_attendance_for_item(part, minute.number, body, minute.title)
        read_paragraphs(minute, body)
        decided = resolution(body)
        if decided:
            minute.resolution, minute.resolution_line = decided.text, decided.line
            minute.further_resolutions = [
                (r.text, r.line) for r in further_resolutions(body, decided)
            ]
        _decisions(part, minute, body)
        lowered = minute.title.lower()
        if records_attendance(minute.title):
            before = len(part.attendance)
            read_apologies_and_substitutes(part, body, file, diagnostics, minute.title, minute.line)
            again = repeated_in_minute(part.attendance[before:])  # accepted by name
            part.attendance[before:] = [
                f for f in part.attendance[before:] if all(f is not g for g in again)
            ]
            added = part.attendance[before:]
            if restates_apologies(opening, added):
                del part.attendance[before:]  # the opening's list already records them
            else:  # apologies the list records, restated beside the substitutes
                gone = restated_beside_substitutes(opening, added)
                part.attendance[:] = [f for f in part.attendance if all(f is not g for g in gone)]
        read_declarations(part, minute, body, file, diagnostics)
        part.actions.extend(action_rows(body))
        if "questions to the" in lowered:
            _questions(part, minute, body)
        _read_questions(part, question_time_lines(minute.title, body), minute.number)
        part.minutes.append(minute)
    # "[Councillor A Reid entered the meeting at 10.03am]": present, though no list names them
    in_minutes = {li.number for li in lines[first_minute:last_end]}
    part.attendance.extend(late_arrivals(part.attendance, lines, in_minutes))
    _numbering_out_of_order(part, file, diagnostics)
    if not headings and not roll_page:
        diagnostics.warn(
            file,
            part.first_line,
            "minutes-without-minutes",
            f"minutes with no minute heading read: {numbered_lines(part.lines)} numbered "
            "lines, 0 minutes read (a heading is numbered, cites an item, or is bold)",
        )


def _taken(
    part: Part,
    preamble: list[Line],
    read: tuple[list[AttendanceFacts], Collection[int]] | None,
) -> list[Line]:
    """The preamble with the lines a whole-list reader took left blank, the facts it read
    added to the part's attendance; the preamble as it is when the reader found nothing."""
    if read is None:
        return preamble
    facts, taken = read
    part.attendance.extend(facts)
    return [Line(li.number, "") if n in taken else li for n, li in enumerate(preamble)]


def _decisions(part: Part, minute: MinuteFacts, body: list[Line]) -> None:
    """The decisions a minute notes: the one its title names, then those its text cites
    or its tables list; a reference the document already gave is not given twice (each
    is one record)."""
    titled = titled_decision(minute.title, minute.line)
    listed = cited_decisions(body) + tabled_decisions(body)  # in its text, in its tables
    for decision in ([titled] if titled else []) + listed:
        if any(d.reference == decision.reference for d in part.decisions):
            continue
        part.decisions.append(
            DecisionFacts(decision.reference, decision.title, decision.line, minute.number)
        )


def _read_questions(part: Part, asking: list[Line], minute_number: str | None) -> None:
    """The questions put in a minute's question-time lines, or (minute None) in the
    lines before the first minute, where some councils take the public's questions."""
    if not asking:
        return
    part.questions.extend(headed_questions(asking, minute_number))
    part.questions.extend(asked_questions(asking, minute_number))
    part.questions.extend(listed_questions(asking, minute_number))
    part.questions.extend(introduced_questions(asking, minute_number))
    part.questions.extend(labelled_questions(asking, minute_number))
    _add_received(part, received_questions(asking, minute_number))
    _add_received(part, noted_questions(asking, minute_number))


def _add_received(part: Part, questions: list[QuestionFacts]) -> None:
    """Questions whose receipt names the asker ("received from Mr A, who asked ..."),
    but those another reader took already (the same asker on the same line)."""
    for question in questions:
        if not any(
            (q.line, q.asker_as_written) == (question.line, question.asker_as_written)
            for q in part.questions
        ):
            part.questions.append(question)


def _place(n: int, printed: set[str]) -> str:
    """An unnumbered minute's number: its place, "1" for the first, or "1u" when a minute
    printed with a number already bears that ("Apologies" before "2. Election of Chair",
    "Declarations" second, so "2u"), so that no two minutes share a number."""
    place = str(n + 1)
    return f"{place}u" if place in printed else place


def _numbering_out_of_order(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """A minute numbered lower than the one before it ("125." then "115."): kept as printed
    (journalists cite the printed number), and reported, since the source may be wrong."""
    for before, minute in zip(part.minutes, part.minutes[1:], strict=False):
        now, then = order_key(minute.number), order_key(before.number)
        if now is not None and then is not None and len(now) == len(then) and now <= then:
            diagnostics.warn(
                file,
                minute.line,
                "minute-number-out-of-order",
                f"minute {minute.number} follows minute {before.number}; kept as printed",
            )


def _questions(part: Part, minute: MinuteFacts, body: list[Line]) -> None:
    """Each '(Asker, Organisation)' line closes a question; its text runs back from there."""
    for k, line in enumerate(body):
        asker = ASKER.match(plain(line.text))
        if not asker:
            continue
        text_lines: list[Line] = []
        number: str | None = None
        j = k - 1
        while j >= 0:
            candidate = body[j]
            stripped = candidate.text.strip()
            header = QUESTION_HEADER.match(stripped)
            if header:
                number = header["number"]
                break
            if ASKER.match(plain(stripped)):
                break
            if stripped:
                para = PARAGRAPH.match(stripped)
                text_lines.insert(0, candidate)
                if para:
                    number = para["number"]
                    break
            j -= 1
        if not text_lines:
            continue
        text = " ".join(re.sub(r"^(?:-\s+)?\d+\.\s*", "", plain(t.text)) for t in text_lines)
        part.questions.append(
            QuestionFacts(
                number=number,
                text=text,
                asker_as_written=asker["who"].strip(),
                organisation_name=asker["org"].strip(),
                line=text_lines[0].number,
                minute_number=minute.number,
            )
        )
