"""Links to the official record (content/sources.yaml): who published a paper and where
the original is, and a meeting's (or its body's) official page. A reader can always check
a page against what the publisher put out; where the archive lacks a paper, the official
page is where to look for it."""

from __future__ import annotations

from ...model import Document, Meeting
from .page_base import WriterBase, _date, _text


class OfficialLinks(WriterBase):
    """Markdown naming the publisher and linking the original and the official pages."""

    def published_by(self, document: Document) -> str:
        """'Published by Kent County Council on 3 May 2024: [original document](url)', or
        "" when sources.yaml does not name the file's publisher."""
        source = self.sources[document.source_file]
        if source.publisher is None:
            return ""
        text = f"Published by {_text(source.publisher)}"
        if source.published is not None:
            text += f" on {_date(source.published)}"
        if source.published_url is not None:
            text += f": [original document]({source.published_url})"
        return text

    def official_page(self, meeting: Meeting) -> str:
        """A link to the meeting's official page, else to its body's, else ""."""
        if meeting.official_url is not None:
            by = meeting.official_publisher or self.archive.bodies[meeting.body].publisher
            label = f"this meeting's page at {by}" if by else "this meeting's official page"
            return f"[{_text(label)}]({meeting.official_url})"
        body = self.archive.bodies[meeting.body]
        if body.official_url is not None:
            label = f"the {body.name}'s page" + (f" at {body.publisher}" if body.publisher else "")
            return f"[{_text(label)}]({body.official_url})"
        return ""

    def not_here(self, meeting: Meeting, what: str) -> str:
        """'the minutes of this meeting are not in this archive' and, when known, where
        the official record is."""
        page = self.official_page(meeting)
        said = f"{what} not in this archive"
        return f"{said}; see {page}" if page else said
