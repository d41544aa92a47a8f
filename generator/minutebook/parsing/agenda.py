"""The agenda of a meeting: the notice, membership list and numbered items.

Items are grouped under lettered section headings ("B - Commissioner's reports requested
by the Panel/offered by the Commissioner") whose letter starts the codes of their items
("B1", "B2"); an item keeps the section's letter and title. Items printed without a letter
("1 Introduction/Webcast Announcement") have no section.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..errors import Diagnostics
from ..model import AgendaItemFacts, DocumentKind, MembershipFacts, Part
from .headers import notice_of_meeting
from .text import plain, title_case

ITEM = re.compile(
    r"^-?\s*(?P<code>[A-Z]?\d{1,2}[a-z]?)\s+(?P<title>.+?)"
    r"(?:\s*\(Pages?\s+(?P<pages>\d+(?:\s*-\s*\d+)?)\))?$"
)
#: "B - Commissioner's reports requested by the Panel/offered by the Commissioner"
SECTION = re.compile(r"^\**(?P<letter>[A-Z])\s*[-–—]\s+(?P<title>\S.*?)\**$")
MINUTES_ITEM = re.compile(r"^(?:minutes|notes)\b", re.IGNORECASE)
MEMBER = re.compile(r"^(?P<name>[^\t]+?)\t+(?P<represents>[^\t]+)$")


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
    in_membership = False
    sections: dict[str, str] = {}
    for line in part.lines:
        text = line.text.strip()
        section = SECTION.match(text)
        if section:
            sections[section["letter"]] = plain(section["title"])
        if text == "Membership":
            in_membership = True
            continue
        if in_membership:
            member = MEMBER.match(text)
            if member:
                part.membership.append(
                    MembershipFacts(plain(member["name"]), plain(member["represents"]), line.number)
                )
                continue
            if text:
                in_membership = False
        if text.startswith("- "):
            item = ITEM.match(text)
            if item:
                code = item["code"]
                title = plain(item["title"])
                minutes_of = find_date(title) if MINUTES_ITEM.match(title) else None
                part.items.append(
                    AgendaItemFacts(
                        section=code[0] if code[0].isalpha() else None,
                        section_title=sections.get(code[0]),
                        code=code,
                        title=title,
                        pages=re.sub(r"\s+", " ", item["pages"]) if item["pages"] else None,
                        line=line.number,
                        minutes_of=minutes_of,
                    )
                )
