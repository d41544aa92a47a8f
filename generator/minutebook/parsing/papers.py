"""Parsers for papers that are not agendas or minutes: reports, work programmes, board
notes, annual reports and anything unrecognised (which still gets its full text)."""

from __future__ import annotations

import re

from ..dates import DAY_BEFORE_MONTH, find_date, find_numeric_date, find_time
from ..errors import Diagnostics
from ..model import (
    ActionFacts,
    AttendanceFacts,
    AttendanceRole,
    DocumentKind,
    Line,
    MeetingFacts,
    MinuteFacts,
    Part,
)
from .headers import labelled_fields
from .minute_paragraphs import bullet_paragraphs
from .references import year_range
from .text import plain, title_case
from .work_programme_titles import programme_title


def parse_report(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """'To: <body> / Subject: <title> / Date: <meeting date>'."""
    fields = labelled_fields(part.lines, limit=12)
    part.title = plain(fields.get("subject", ("", 0))[0]) or "Report"
    to, to_line = fields.get("to", ("", part.first_line))
    date_text, date_line = fields.get("date", ("", part.first_line))
    part.date = find_date(date_text)
    if part.date is None:
        diagnostics.warn(
            file, date_line, "report-without-date", f"report {part.title!r} has no date I can read"
        )
    elif to:
        part.meeting = MeetingFacts(body_name=plain(to), date=part.date, line=to_line)


def parse_work_programme(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """'Police and Crime Panel - Future Work Programme – 18 December 2024'."""
    texts = [line for line in part.lines if line.text.strip()]
    # the pack's "Agenda Item 9" stamp or the authority above the title names no programme
    first = next((ln for ln in texts if programme_title(ln.text)), texts[0])
    part.title = plain(first.text)
    part.date = find_date(first.text)
    # The date is when the programme was prepared, not a meeting's: resolving files the
    # programme under the meeting of the pack it was published in.


# "- Matthew Scott - Police and Crime Commissioner (PCC)", bullet optional
ATTENDEE = re.compile(
    r"^(?:[-•]\s*)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+)\s+[-–]\s+"
    r"(?P<capacity>.+)$"
)
#: "Kent Police:" over the attendees who came for it (a line of its own, or an HTML
#: paragraph inside the attendees cell: "<p>Kent Police:</p> <ul ...> Tim Smith - ...").
GROUP_HEADING = re.compile(r"^(?:<p>)?\**(?P<group>[A-Z][^:<>*]{1,78}?)\**:\s*(?:</p>)?$")
GROUP_IN_CELL = re.compile(r"<p>\s*(?P<group>[^<]{1,80}?)\s*:\s*</p>")
ATTENDEE_INLINE = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+)+)\s+[-–]\s+"
    r"(?P<capacity>[^()<]+?\([^)]+\))"
)


def parse_board_notes(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """'Meeting Notes / Title: / Date & time: / Venue: / Attendees: / Apologies:'."""
    part.kind = DocumentKind.MINUTES
    fields = labelled_fields(part.lines, limit=60)
    title, title_line = fields.get("title", ("Meeting notes", part.first_line))
    when, when_line = fields.get("date & time", fields.get("date", ("", part.first_line)))
    part.date = find_date(when)
    part.title = f"Notes: {plain(title)}"
    if part.date is None:
        diagnostics.warn(
            file, when_line, "notes-without-date", "meeting notes with no date I can read"
        )
    else:
        body = re.split(r"\s+[-–]\s+", plain(title))[-1]
        venue = fields.get("venue", ("", 0))[0]
        part.meeting = MeetingFacts(
            body_name=body,
            date=part.date,
            time=find_time(when),
            venue=plain(venue) or None,
            line=title_line,
        )
        part.title = f"Notes: {plain(title)}, {part.date:%-d %B %Y}"
    _actions(part)
    role: AttendanceRole | None = None
    group: str | None = None
    for line in part.lines:
        text = line.text.strip()
        label = re.match(r"^(Attendees|Apologies)\s*:?\s*\t*(?P<rest>.*)$", text)
        if label:
            role = AttendanceRole.PRESENT if label[1] == "Attendees" else AttendanceRole.APOLOGIES
            group = None
            _attendees(part, line, label["rest"], role)
            continue
        if role is None:
            continue
        if re.match(r"^\d+\.\s", text):
            break
        heading = GROUP_HEADING.match(text)
        if heading:
            group = plain(heading["group"])
            continue
        bullet = ATTENDEE.match(text)
        if bullet:
            part.attendance.append(
                AttendanceFacts(
                    role, bullet["name"], bullet["capacity"].strip(), line.number, group=group
                )
            )
    _sections(part)


# "1. Welcome & Introduction", "8. **Topical issues & Update on Significant Operational Matters**"
SECTION = re.compile(r"^(?:\*\*)?(?P<number>\d{1,2})\.\s+(?P<title>\S.*)$")


def _sections(part: Part) -> None:
    """The numbered sections of board notes are its minutes: numbered 1, 2, 3 ... in
    order (a line that does not continue the sequence is text, not a section), citing no
    agenda item; their bullets are the paragraphs (unnumbered: none is printed)."""
    starts: list[tuple[int, re.Match[str]]] = []
    for i, line in enumerate(part.lines):
        match = SECTION.match(line.text)
        if match and int(match["number"]) == len(starts) + 1:
            starts.append((i, match))
    for n, (i, match) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(part.lines)
        while end - 1 > i and not part.lines[end - 1].text.strip():
            end -= 1
        body = part.lines[i + 1 : end]
        if n + 1 == len(starts):  # the last section ends where the action table begins
            cut = next((k for k, b in enumerate(body) if ACTIONS_HEADER.match(b.text)), None)
            if cut is not None:
                body = body[:cut]
                while body and not body[-1].text.strip():
                    body = body[:-1]
        minute = MinuteFacts(
            number=match["number"],
            title=plain(match["title"]),
            item_code=None,
            line=part.lines[i].number,
            end_line=body[-1].number if body else part.lines[i].number,
        )
        minute.paragraphs = bullet_paragraphs([b for b in body if b.text.startswith(("- ", "• "))])
        part.minutes.append(minute)


ACTIONS_HEADER = re.compile(r"^\t*Status\tOwner\tDue date\s*$", re.IGNORECASE)


def _actions(part: Part) -> None:
    """The action table closing board notes: 'action<TAB>status<TAB>owner<TAB>due date'."""
    rows = iter(part.lines)
    for line in rows:
        if ACTIONS_HEADER.match(line.text):
            break
    else:
        return
    for line in rows:
        cells = [c.strip() for c in line.text.split("\t")]
        if len(cells) != 4 or not cells[0]:
            if line.text.strip():
                break
            continue
        text, status, owner, due = cells
        part.actions.append(
            ActionFacts(text, status or None, owner or None, find_numeric_date(due), line.number)
        )


def _attendees(part: Part, line: Line, rest: str, role: AttendanceRole) -> None:
    """Attendees printed inline on the label's line (sometimes as an HTML fragment, whose
    "<p>Kent Police:</p>" paragraphs head the attendees after them)."""
    text = plain(rest)
    if not text:
        return
    pieces = GROUP_IN_CELL.split(rest)  # [before, group, after, group, after ...]
    groups: list[tuple[str | None, str]] = [(None, pieces[0])]
    groups += [(plain(g), after) for g, after in zip(pieces[1::2], pieces[2::2], strict=True)]
    found = False
    for group, cell in groups:
        for match in ATTENDEE_INLINE.finditer(plain(cell)):
            found = True
            part.attendance.append(
                AttendanceFacts(
                    role, match["name"], match["capacity"].strip(), line.number, group=group
                )
            )
    if found:
        return
    simple = ATTENDEE.match(text)
    if simple:
        part.attendance.append(
            AttendanceFacts(role, simple["name"], simple["capacity"].strip(), line.number)
        )


def _heading_lines(part: Part, count: int) -> list[Line]:
    return [line for line in part.lines if line.text.strip()][:count]


def parse_annual_report(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """An annual report: its title is the words printed before 'Contents' or the first text."""
    head: list[str] = []
    for line in _heading_lines(part, 6):
        text = plain(line.text)
        if text.lower() in {"contents", "foreword", "introduction"} or len(text) > 80:
            break
        head.append(text)
    part.title = " ".join(head) or "Annual report"
    part.period = year_range(part.title)
    part.date = None  # an annual report covers a period; it is not dated by a meeting


#: "Report to the Police and Crime Panel": the body, without its article
REPORT_TO = re.compile(
    r"report\s+to\s+(?:the\s+)?(?P<body>.+?(?:board|panel|committee))", re.IGNORECASE
)


#: "Report of the Director of ...": the line under a report's subject
REPORT_OF_LINE = re.compile(r"(?:joint\s+)?report\s+of\b", re.IGNORECASE)


def subject_over_report_of(head: list[Line]) -> int | None:
    """Where a report's subject stands: the line just above 'Report of ...' ('HOME TO
    SCHOOL TRANSPORT POLICY 2016/17' / 'Report of the Director of ...'); when that line is
    the meeting's date ('PLANNING COMMITTEE' / '13 MARCH 2007' / 'REPORT OF THE CHIEF
    EXECUTIVE' / 'ENFORCEMENT PROTOCOL'), the title line just below; else None."""
    at = next((k for k, ln in enumerate(head) if REPORT_OF_LINE.match(plain(ln.text))), None)
    if not at:
        return None
    if not _date_alone(plain(head[at - 1].text)):
        return at - 1
    below = at + 1
    if below < len(head) and _subject_line(plain(head[below].text)):
        return below
    return at - 1


#: Longest line read as a report's subject under its "Report of" line
SUBJECT_CHARS = 120


def _date_alone(text: str) -> bool:
    """Whether a cover line is only a date ('13 MARCH 2007', 'Tuesday, 4 June 2019')."""
    date = DATE_ALONE.fullmatch(text.strip(" ,.")) if len(text) <= 40 else None
    return date is not None and find_date(text) is not None


#: a date alone on a line, its weekday optional
DATE_ALONE = re.compile(
    r"(?:[A-Za-z]{3,9}day,?\s+)?" + DAY_BEFORE_MONTH + r"[A-Za-z]{3,9},?\s+\d{4}", re.I
)


def _subject_line(text: str) -> bool:
    """Whether a cover line reads as a subject: short, no sentence's full stop, no number
    opening a paragraph, no label."""
    text = text.strip()
    return (
        0 < len(text) <= SUBJECT_CHARS
        and not text.endswith(".")
        and not text[:1].isdigit()
        and ":" not in text
    )


#: a report's cover field naming its subject: "Subject: KERBSIDE RECYCLING", "Title: X"
SUBJECT_FIELD = re.compile(r"(?:subject|report title|title)\s*:\s*(?P<subject>\S.{0,200})", re.I)


def subject_field(head: list[Line]) -> int | None:
    """Where a report's cover prints its subject as a field ('Report to: X' / 'Date: D' /
    'Report of: Y' / 'Subject: Z'), or None."""
    return next((k for k, ln in enumerate(head) if SUBJECT_FIELD.match(plain(ln.text))), None)


def _report_title(line: Line) -> str:
    """A report's title from its subject line, without a 'Subject:' field's label."""
    text = plain(line.text)
    field = SUBJECT_FIELD.match(text)
    return title_case(field["subject"].strip() if field else text)


def parse_standalone_report(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """A paper on its own, e.g. the Chief Constable's report to the Commissioner's board."""
    head = _heading_lines(part, 8)
    joined = " ".join(plain(line.text) for line in head)
    to = REPORT_TO.search(joined)
    at = next((k for k, line in enumerate(head) if line.text.strip().startswith("**")), None)
    if at is None:
        at = subject_field(head)
    if at is None:
        at = subject_over_report_of(head)
    part.title = _report_title(head[at]) if at is not None else plain(head[0].text)
    if at:  # the cover lines above the bold subject: "Chief Constable's Report to ..."
        part.heading = " ".join(plain(line.text) for line in head[:at])
    part.date = next((d for line in head if (d := find_date(line.text))), None)
    if to and part.date:
        part.meeting = MeetingFacts(body_name=to["body"], date=part.date, line=head[0].number)
    elif part.date is None:
        diagnostics.warn(
            file,
            head[0].number,
            "report-without-date",
            f"report {part.title!r} has no date I can read",
        )


def parse_unrecognised(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """Structure not recognised: keep the full text, titled by its first line."""
    head = _heading_lines(part, 1)
    part.title = plain(head[0].text)[:120] if head else "Untitled document"
    part.date = find_date(" ".join(line.text for line in _heading_lines(part, 10)))
    diagnostics.warn(
        file,
        part.first_line,
        "unrecognised-structure",
        "no agenda, minutes, report or notes recognised; published as full text",
    )
