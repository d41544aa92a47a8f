"""The agenda of a meeting: the notice, membership list and numbered items.

Items are read by `agenda_items` and the membership list by `membership`, each in the
genre's many forms. Items are grouped under lettered section headings ("B - Commissioner's
reports requested by the Panel/offered by the Commissioner") whose letter starts the codes
of their items ("B1", "B2"); an item keeps the section's letter and title. Items printed
without a letter ("1 Introduction/Webcast Announcement") have no section.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..errors import Diagnostics
from ..model import AgendaItemFacts, DocumentKind, Part
from .agenda_items import Numbering, item_line, sub_item_line, sub_item_mark, wrapped_title
from .headers import notice_of_meeting
from .membership import membership
from .text import plain, title_case

#: "B - Commissioner's reports requested by the Panel/offered by the Commissioner"
SECTION = re.compile(r"^\**(?P<letter>[A-Z])\s*[-–—]\s+(?P<title>\S.*?)\**$")
MINUTES_ITEM = re.compile(r"^(?:minutes|notes)\b", re.IGNORECASE)


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
    listed = {fact.line for fact in part.membership}
    numbering = Numbering()
    parent: str | None = None  # the last item, whose lettered sub-items follow it
    sub_letter: str | None = None
    sections: dict[str, str] = {}
    row = ""  # the line of the last item, when it is the line just above
    for line in part.lines:
        if line.number in listed:
            continue
        rest = wrapped_title(line.text, row) if row and part.items else None
        row = ""
        if rest is not None:  # the title cell of the item's row, wrapped
            part.items[-1].title = f"{part.items[-1].title} {rest}"
            continue
        text = line.text.strip()
        section = SECTION.match(text)
        if section:
            sections[section["letter"]] = plain(section["title"])
            continue
        item = item_line(text) if text[:1].isalnum() or text[:1] in "-•·*<" else None
        if item is not None and numbering.accepts(item.code):
            parent, sub_letter = item.code, None
        else:
            item = sub_item_line(text, parent, sub_letter) if parent else None
            if item is None:
                continue
            sub_letter = sub_item_mark(item.code)
        minutes_of = find_date(item.title) if MINUTES_ITEM.match(item.title) else None
        letter = item.code[0] if item.code[0].isalpha() else None
        part.items.append(
            AgendaItemFacts(
                section=letter,
                section_title=sections.get(letter) if letter else None,
                code=item.code,
                title=item.title,
                pages=item.pages,
                line=line.number,
                minutes_of=minutes_of,
            )
        )
        row = line.text
