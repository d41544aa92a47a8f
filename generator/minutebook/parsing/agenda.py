"""The agenda of a meeting: the notice, membership list and numbered items.

Items are read by `agenda_items` and the membership list by `membership`, each in the
genre's many forms. Items are grouped under lettered section headings ("B - Commissioner's
reports requested by the Panel/offered by the Commissioner") whose letter starts the codes
of their items ("B1", "B2"); an item keeps the section's letter and title. Items printed
without a letter ("1 Introduction/Webcast Announcement") have no section.
"""

from __future__ import annotations

import re
from collections import Counter

from ..dates import find_date
from ..errors import Diagnostics
from ..model import AgendaItemFacts, DocumentKind, Line, MembershipFacts, Part
from .agenda_addresses import street_address
from .agenda_beside import titles_beside_descriptions
from .agenda_columns import aligned_columns
from .agenda_cut_start import cut_numbering_start
from .agenda_field_blocks import field_block_items
from .agenda_glued_items import glued_item_lines
from .agenda_glued_sections import without_glued_sections
from .agenda_glued_sub_items import glued_sub_items
from .agenda_html_lists import html_lists
from .agenda_items import (
    CODE_TITLE_GAP,
    OPEN_ENDINGS,
    ItemLine,
    Numbering,
    capitals_go_on,
    code_alone,
    code_over_title,
    item_line,
    lettered_code_item,
    sentence_end,
    sub_item_line,
    sub_item_mark,
    title_past_pages,
    wrapped_title,
)
from .agenda_lettered_runs import lettered_runs
from .agenda_lettered_tails import run_on_list_head, without_lettered_heads
from .agenda_lone_pages import lone_pages_before_ranges
from .agenda_minutes_runs import minutes_sub_item
from .agenda_number_styles import restyled_numbers
from .agenda_presenters import without_presenters
from .agenda_pressed_pages import pressed_page_ranges
from .agenda_purposes import without_purposes
from .agenda_range_wraps import titles_wrapped_under_ranges
from .agenda_reference_lines import cites_another_agenda, in_item_word_form
from .agenda_repeated_titles import repeated_title
from .agenda_report_numbers import next_report_number
from .agenda_run_in import (
    capitals_before_instruction,
    capitals_before_stop,
    capitals_run_in,
    glued_capitals_alone,
    title_case_run_in,
)
from .agenda_run_on import title_before_duration, title_before_pages
from .agenda_running import running_item, running_start
from .agenda_sentence_items import sentence_item
from .agenda_sentence_wraps import wrapped_sentence
from .agenda_stopped_titles import stopped_title
from .agenda_timings import opens_parts, pressed_lone_pages, without_durations
from .agenda_trailing_cells import without_trailing_cells
from .agenda_unnumbered import unnumbered_items
from .agenda_wraps import cut_title_end, joined_with_end, title_end_below
from .headers import notice_of_meeting
from .membership import membership
from .text import plain, title_case

#: "B - Commissioner's reports requested by the Panel/offered by the Commissioner"
SECTION = re.compile(r"^\**(?P<letter>[A-Z])\s*[-–—]\s+(?P<title>\S.*?)\**$")
MINUTES_ITEM = re.compile(r"^(?:minutes|notes)\b", re.IGNORECASE)
#: The items looked back over for a sub-item's parent
MAX_RUN = 40


def parse_agenda(part: Part, file: str, diagnostics: Diagnostics) -> None:
    part.kind = DocumentKind.AGENDA
    part.meeting = notice_of_meeting(part.lines, file, diagnostics)
    if part.meeting is None:
        diagnostics.warn(
            file,
            part.first_line,
            "agenda-without-meeting",
            "agenda whose notice of meeting I cannot read",
        )
    else:
        part.date = part.meeting.date
        part.title = f"Agenda: {title_case(part.meeting.body_name)}, {part.meeting.date:%-d %B %Y}"
    if not part.title:
        part.title = "Agenda"
    part.membership = membership(part.lines)
    lines = aligned_columns(_outside_membership(part.lines, part.membership))
    lines = glued_item_lines(lines)  # "2. Declarations of Interest 3. Exclusion ..."
    listed = html_lists(lines)  # a web page's ordered lists: their numbering restarts
    restarts: frozenset[int] = frozenset()
    if listed is not None:
        lines, restarts = listed
    _read_items(part, titles_beside_descriptions(lines), restarts=restarts)
    restyled = None if part.items else restyled_numbers(lines)
    if restyled is not None:  # "(4) Title", "4.Title", "## 4. Title"
        _read_items(part, titles_beside_descriptions(restyled))
    cut = None if part.items else cut_numbering_start(lines)
    if cut is not None:  # "4. Minutes", "8. Motions": the first items were cut off
        _read_items(part, titles_beside_descriptions(lines), cut)
    blocks = None if part.items else field_block_items(lines)
    if blocks is not None:  # "Item Number:2" over "Status:Public" over "Heading:Minutes"
        part.items = [_item_of(line, code, title) for line, code, title in blocks]
    if not part.items:  # a web agenda whose items' numbers were lost
        part.items = [
            AgendaItemFacts(
                section=None,
                code="",
                title=title,
                pages=None,
                line=line.number,
                minutes_of=find_date(title) if MINUTES_ITEM.match(title) else None,
            )
            for line, title in unnumbered_items(lines) or []
        ]
    pressed_page_ranges(part.items)
    titles_wrapped_under_ranges(part.items, lines)  # "... the River 34 – 38" / "Wend at ..."
    without_durations(part.items)  # "(15 mins)"
    pressed_lone_pages(part.items)  # "... 2018 3", "(15 mins) 33": a page column's numbers
    lone_pages_before_ranges(part.items)  # "... Board 25" before "27 - 35"
    without_presenters(part.items)  # "... – Director of Finance/Treasurer, Ann Reid"
    without_trailing_cells(part.items)  # "... AMcM *", "... BD(2020)19.3": later cells
    without_purposes(part.items)  # "... For Approval", "... Seek Assurance": a purpose column
    without_lettered_heads(part.items)
    without_glued_sections(part.items)  # "... in Mill End Events": the next section's heading


def _item_of(line: Line, code: str, title: str) -> AgendaItemFacts:
    """An item read whole from its own line's fields (no section, no pages)."""
    minutes_of = find_date(title) if MINUTES_ITEM.match(title) else None
    return AgendaItemFacts(None, code, title, None, line.number, minutes_of=minutes_of)


def _outside_membership(lines: list[Line], members: list[MembershipFacts]) -> list[Line]:
    """The lines the membership list did not take. A source line cut into several logical
    lines (a page flattened onto one line, `flattened_lines`) loses only the pieces that
    name a member: its agenda items share the line's number."""
    listed = {fact.line for fact in members}
    shared = Counter(line.number for line in lines if line.number in listed)
    return [
        line
        for line in lines
        if line.number not in listed
        or (
            shared[line.number] > 1
            and not any(f.as_written in line.text for f in members if f.line == line.number)
        )
    ]


#: "1 BUSINESS": a part of the agenda numbered like the first item under it, one or two
#: words in capitals
NUMBERED_SECTION = re.compile(r"^(?P<code>\d{1,2})\.?\s+[A-Z]{3,}(?:\s[A-Z]{2,})?$")


def numbered_section(text: str, below: list[Line]) -> bool:
    """Whether `text` ("1 BUSINESS") heads a part of the agenda whose first item, on the
    next line with text, bears the same number ("1 Declaration of Interests")."""
    match = NUMBERED_SECTION.match(text)
    if match is None:
        return False
    following = next((line.text.strip() for line in below if line.text.strip()), "")
    return re.match(rf"{match['code']}\.?\s+[A-Z]", following) is not None


def _read_items(
    part: Part,
    lines: list[Line],
    cut_start: str | None = None,
    restarts: frozenset[int] = frozenset(),
) -> None:
    """The agenda's items in order, with the lettered sub-items that are items of their
    own; a line continuing the title of the item above joins its title. `cut_start`: the
    first number of an agenda whose first items were cut off; `restarts`: the lines
    where a web page's list numbers its items from 1 again (`agenda_html_lists`)."""
    running = running_start(lines) or cut_start  # "394.": items numbered on from earlier meetings
    numbering = Numbering(running)
    parent: str | None = None  # the last item, whose lettered sub-items follow it
    parts_list = False  # the last item introduces a list of its own parts ("Finance:")
    sub_letter: str | None = None
    sections: dict[str, str] = {}
    last: ItemLine | None = None  # the item of the line just above
    row = ""
    skip = 0  # lines below an item's line that it took (the end of its title)
    lettered = lettered_runs(lines)  # "A Apologies", "B Election of Chair" over descriptions
    first_form: bool | None = None  # whether the first item printed "Item 1"
    report: str | None = None  # the report number of the last report listed under an item
    for n, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        following = lines[n + 1].text if n + 1 < len(lines) else ""
        if last is not None and part.items and _continued(part.items[-1], line.text, row, last):
            last = None
            continue
        last = None
        if line.number in restarts:  # "1." opening the page's next list
            numbering, parent = Numbering(), None
        text = line.text.strip()
        section = SECTION.match(text)
        if section:
            sections[section["letter"]] = plain(section["title"])
            continue
        if numbered_section(text, lines[n + 1 : n + 1 + CODE_TITLE_GAP + 2]):
            continue  # "1 BUSINESS" over "1 Declaration of Interests": the part, not an item
        glued = glued_sub_items(text)  # "9. Standing Items a) ... b) ... (Pages 12 - 16)"
        if glued is not None and numbering.accepts(glued[0].code):
            part.items.extend(_fact(piece, line, sections) for piece in glued)
            parent, sub_letter, parts_list = glued[0].code, sub_item_mark(glued[-1].code), False
            continue
        item, skip = lettered.get(line.number), 0
        if item is None:
            item, skip = _title_below(text, lines[n + 1 : n + 2 + CODE_TITLE_GAP + WRAPS])
        if item is None:
            item = title_before_pages(text)  # "2. Minutes (Pages 7 - 18) To confirm ..."
        if item is None:
            item = title_before_duration(text)  # "3. Open Session (15 minutes) This is ..."
        if item is None:
            item, skip = _wrapped_sentence_item(lines, n, numbering)
        if item is None:
            cut = n + 1 < len(lines) and lines[n + 1].number == line.number
            item, skip = _item(text, following, cut)
        if item is None:
            item = running_item(text, running)
        if item is None:  # "6. Members are reminded that ...": the next item, a sentence
            item = sentence_item(line.text, numbering.last.get(""))
        if item is not None and cites_another_agenda(
            text, item.code, first_form, _next_code(part.items)
        ):
            item = None  # "Item 9 Footpath update" under "5. Matters arising": the last agenda's
        if item is not None and street_address(text, item.code, _last_whole(numbering)):
            item = None  # "14 Orchard Way, Wyke: Extension" under "9.1 Applications received"
        if item is not None and numbering.accepts(item.code):
            first_form = in_item_word_form(text) if first_form is None else first_form
            parent, sub_letter, report = item.code, None, None
            parts_list = opens_parts(text)
        elif item is not None and parts_list and next_report_number(item.code, report):
            report = item.code  # "29/20 Corporate Plan" under "8. To receive these reports:"
        elif (
            code_alone(text) is not None  # "5a" alone over its title, as a web page prints it
            and (lettered_sub := lettered_code_item(item, parent, sub_letter)) is not None
        ):
            item, sub_letter = lettered_sub, lettered_sub.code[-1]  # "5a": its letter
        else:
            skip = 0
            item = sub_item_line(text, parent, sub_letter) if parent and not parts_list else None
            if item is None and parent and sub_letter is None and opens_parts(text):
                parts_list = True  # "To consider the minutes of the following committees:"
            if item is None or (
                sub_letter is None
                and lines[n - 1].number != line.number  # a flattened line's pieces: no
                and _contents_line(lines[n - 1].text, item)  # blank line between to tell
                and not minutes_sub_item(_title_of(part.items, parent), item.title)
            ):
                continue
            sub_letter = sub_item_mark(item.code)
        part.items.append(_fact(item, line, sections))
        last, row = item, line.text


def _last_whole(numbering: Numbering) -> int | None:
    """The whole number of the last item the numbering took ("9" of "9.1"), if any."""
    last = numbering.last.get("")
    return last[0] if last is not None else None


def _next_code(items: list[AgendaItemFacts]) -> str:
    """The code the next item would carry if the last one's number goes on by one ("6"
    after "5"); "" when the last code is no plain number."""
    last = items[-1].code if items else ""
    return str(int(last) + 1) if last.isdigit() else ""


def _title_of(items: list[AgendaItemFacts], code: str | None) -> str:
    """The title of the last item read with this code ("" when none)."""
    for item in reversed(items[-MAX_RUN:]):
        if item.code == code:
            return item.title
    return ""


def _fact(item: ItemLine, line: Line, sections: dict[str, str]) -> AgendaItemFacts:
    """The agenda item read from `line`, in the lettered section its code names if any."""
    minutes_of = find_date(item.title) if MINUTES_ITEM.match(item.title) else None
    letter = item.code[0] if item.code[0].isalpha() else None
    return AgendaItemFacts(
        section=letter,
        section_title=sections.get(letter) if letter else None,
        code=item.code,
        title=item.title.removesuffix(";").rstrip(),  # "(1) To receive apologies;": a clause's
        pages=item.pages,
        line=line.number,
        minutes_of=minutes_of,
    )


#: "(EXEMPT) 4 - Application for a Licence": a web page's mark of an item taken in
#: private, printed before its number
LEADING_PRIVATE_MARK = re.compile(
    r"^\((?:EXEMPT|Exempt|PRIVATE|Private|CONFIDENTIAL|Confidential)\)[ \t]{1,3}(?=\d)"
)


def _item(text: str, following: str, cut: bool = False) -> tuple[ItemLine | None, int]:
    """The item a line prints, read with the end of its sentence when that is broken onto
    the next line (then 1: the next line is taken); `cut` when the next line is the next
    piece of the same source line (a flattened page cut at its markers)."""
    text = LEADING_PRIVATE_MARK.sub("", text, count=1)  # "(EXEMPT) 4 - Licence": item 4
    if not (text[:1].isalnum() or text[:1] in "-•·*<|"):
        return None, 0
    end = (
        sentence_end(text, following)
        or title_end_below(text, following)
        or (cut_title_end(text, following) if cut else None)
    )
    if end is not None:
        joined = item_line(joined_with_end(text, end))
        if joined is not None:
            return joined, 1
    head = run_on_list_head(text)  # "6. Committees – a) Park ... b) Finance ...": the list
    read = item_line(head) if head else None  # run on after the title is no part of it
    read = read or capitals_before_instruction(text) or capitals_before_stop(text)
    read = read or repeated_title(text)  # "5. Work Programme Work Programme of ..."
    read = read or stopped_title(text)  # "7. Allotments. To consider the renewals ..."
    read = read or item_line(text)
    read = read or capitals_run_in(text) or title_case_run_in(text)
    return read or glued_capitals_alone(text), 0


def _wrapped_sentence_item(
    lines: list[Line], n: int, numbering: Numbering
) -> tuple[ItemLine | None, int]:
    """The item whose sentence wraps flush left onto the lines under line `n` ("6. The
    nomination will be proposed by" / "Councillor B Moss."), read whole, with the count
    of lines it takes; None when the line is no such item."""
    wrapped = wrapped_sentence(lines, n)
    if wrapped is None:
        return None, 0
    joined, taken = wrapped
    item = item_line(joined) or sentence_item(joined, numbering.last.get(""))
    return (item, taken) if item is not None else (None, 0)


def _title_below(text: str, below: list[Line]) -> tuple[ItemLine | None, int]:
    """The item whose code stands alone on this line ("4.", "40/20", "AGENDA ITEM 4") and
    whose title is the first line below that is not blank, with the count of lines it
    takes; None when the line is no code alone or no title follows."""
    code = code_alone(text) if text[:1].isdigit() or text[:1] in "AaIi" else None
    if code is None:
        return None, 0
    for taken, line in enumerate(below[: 1 + CODE_TITLE_GAP], start=1):
        if line.text.strip():
            text, more = _wrapped_below(line.text.strip(), below[taken:])
            return code_over_title(code, text), taken + more
    return None, 0


#: Most lines a title under a code alone wraps onto
WRAPS = 3


def _wrapped_below(title: str, after: list[Line]) -> tuple[str, int]:
    """The title under a code alone, with the lines it wraps onto ("Minutes of the Council
    held on 27 May 2015 to be agreed as a correct record and" / "signed by the Mayor."),
    and how many it takes: a line goes on while the title is left open (a word such as
    "and", an unclosed bracket) or the next line starts in lower case; a blank line ends it."""
    taken = 0
    for line in after[:WRAPS]:
        rest = line.text.strip()
        words = title.split()
        open_end = words[-1].lower() in OPEN_ENDINGS or title.count("(") > title.count(")")
        if not rest or not (open_end or rest[:1].islower()):
            break
        title, taken = f"{title} {rest}", taken + 1
    return title, taken


def _contents_line(above: str, item: ItemLine) -> bool:
    """Whether a sub-item ("(i) Results of GCSE 2013", "(a) Bus franchising – moved by
    Councillor A") lists what its item covers, as the item's description lines do,
    rather than being an item of its own: it is printed straight under the line above,
    indented or flush, with no blank line between, and prints no pages of its own
    (sub-items that are items stand apart, or carry their own papers)."""
    return bool(above.strip()) and item.pages is None


def _continued(item: AgendaItemFacts, raw: str, row: str, last: ItemLine) -> bool:
    """Whether `raw`, the line under the item's row, goes on with its title (which then
    takes it): a table's title cell wrapped, or a title wrapped past its page column."""
    wrapped = wrapped_title(raw, row, last.cell)
    if wrapped is not None:
        item.title = f"{item.title} {wrapped[0]}"
        item.pages = item.pages or wrapped[1]
        return True
    rest = title_past_pages(raw, last) or capitals_go_on(raw, last)
    if rest is not None:
        item.title = f"{item.title} {rest}"
        return True
    return False
