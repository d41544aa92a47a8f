"""The typed model: the contract between parsing, resolving and rendering.

Two layers live here. *Facts* are what one document says, exactly as written, with the
source line they came from (parsers produce them and know nothing of other documents).
*Records* are the resolved archive (one meeting per body and date, one person per human),
built by `resolving` from the facts of every document, and the only thing renderers read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Layout(StrEnum):
    """Which detector recognised a paper, and so which parser reads it: shared by the
    detectors (`parsing.splitting`) and the parsers (`parsing.PARSERS`)."""

    AGENDA = "agenda"
    MINUTES = "minutes"
    REPORT_HEADER = "report-header"
    WORK_PROGRAMME = "work-programme"
    BOARD_NOTES = "board-notes"
    ANNUAL_REPORT = "annual-report"
    STANDALONE_REPORT = "standalone-report"
    UNRECOGNISED = "unrecognised"
    APPENDIX = "appendix"


class DocumentKind(StrEnum):
    """Closed vocabulary of `documents[].kind` in the open data contract."""

    AGENDA = "agenda"
    MINUTES = "minutes"
    REPORT = "report"
    APPENDIX = "appendix"
    WORK_PROGRAMME = "work_programme"
    ANNUAL_REPORT = "annual_report"
    OTHER = "other"


class AttendanceRole(StrEnum):
    """Closed vocabulary of `attendance[].role` in the open data contract."""

    PRESENT = "present"
    ALSO_PRESENT = "also_present"
    IN_ATTENDANCE = "in_attendance"
    APOLOGIES = "apologies"
    SUBSTITUTE = "substitute"
    #: listed as absent, or "was not present", without apologies (an extension of the
    #: contract's roles)
    ABSENT = "absent"


class ReferenceKind(StrEnum):
    """What a phrase in the text refers to (see `parsing.references`)."""

    MEETING = "meeting"  # "the minutes of the meeting held on 16 July 2024"
    ITEM = "item"  # "(Item B2)"
    DECISION = "decision"  # "Decision OPCC.D.030.22"
    ANNUAL_REPORT = "annual-report"  # "the Commissioner's Annual Report for 2023-24"
    #: "attached as Appendix A": an appendix of the same report (kept on the paper's
    #: `Document.appendix_references`, not in `Archive.references`)
    APPENDIX = "appendix"


@dataclass(frozen=True)
class Line:
    """A line of a source document with its 1-based line number in the original file."""

    number: int
    text: str


@dataclass(frozen=True)
class Furniture:
    """A source line removed as PDF furniture, and the rule that removed it."""

    line: Line
    rule: str


# ---------------------------------------------------------------------------------------
# Facts: what one document says
# ---------------------------------------------------------------------------------------


@dataclass
class MeetingFacts:
    """A meeting as one part of one document describes it."""

    body_name: str
    date: dt.date
    time: dt.time | None = None
    venue: str | None = None
    line: int | None = None


@dataclass
class AgendaItemFacts:
    section: str | None
    code: str
    title: str
    pages: str | None
    line: int
    #: for "Minutes of ... held on 10 October 2024": the date of the meeting minuted
    minutes_of: dt.date | None = None
    #: the heading of the item's lettered section ("Questions to the Commissioner")
    section_title: str | None = None


@dataclass
class Paragraph:
    """A numbered paragraph of a minute (number None for a bulleted one), or an item
    printed inside one (a sub-paragraph: "2.a")."""

    number: str | None
    line: int
    #: its anchor within the minute: the number, and "1-2", "1-3" for a number printed
    #: again (a questions minute numbers each answer from 1); a bulleted paragraph's is
    #: its place among the minute's bullets ("b1", "b2")
    key: str | None = None


@dataclass
class MinuteFacts:
    number: str
    title: str
    item_code: str | None
    line: int
    end_line: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    #: items printed inside a numbered paragraph, numbered by their place: "2.a", "2.c.3"
    subparagraphs: list[Paragraph] = field(default_factory=list)
    resolution: str | None = None
    resolution_line: int | None = None
    #: the minute's later decisions, each (text, line), after `resolution`
    further_resolutions: list[tuple[str, int]] = field(default_factory=list)
    #: False for a minute headed by its title alone: `number` is then its place (1, 2 ...)
    numbered: bool = True


@dataclass
class AttendanceFacts:
    role: AttendanceRole
    as_written: str
    capacity: str | None
    line: int
    #: attended for one minute only ("... was in attendance for this item")
    minute_number: str | None = None
    #: the heading a board's attendees list puts them under ("Kent Police:")
    group: str | None = None
    #: the organisation a second bracket or a trailing piece names ("Kent County Council")
    organisation: str | None = None
    #: why someone sent apologies, as a bracket gives it ("(work commitments)"): no capacity
    reason: str | None = None
    #: when someone came or went, or how they attended, as printed ("(from item 5)",
    #: "(left after minute 23)", "(remotely)")
    timing: str | None = None


@dataclass
class MembershipFacts:
    as_written: str
    represents: str
    line: int


@dataclass
class QuestionFacts:
    number: str | None
    text: str
    asker_as_written: str
    organisation_name: str | None
    line: int
    #: None for a question put before the first minute ("Prior to the business, members
    #: of the public were invited to ask questions")
    minute_number: str | None


@dataclass
class DeclarationFacts:
    as_written: str
    text: str
    line: int
    minute_number: str | None  # None: declared before any minute heading


@dataclass
class DecisionFacts:
    """A Commissioner's decision noted in a minute ("Decision OPCC.D.030.22 - Title")."""

    reference: str
    title: str
    line: int
    minute_number: str | None  # None: listed in a report or agenda, not in a minute


@dataclass
class ActionFacts:
    """An action from board notes' action table or a minute's action log: what, status,
    owner, due date."""

    text: str
    status: str | None
    owner: str | None
    due: dt.date | None
    line: int


@dataclass(frozen=True)
class ReferenceFact:
    """A phrase naming another record, exactly as written; `key` identifies the target
    (an ISO date, an item code, a decision reference, or a year range "2023-2024")."""

    kind: ReferenceKind
    text: str
    line: int
    key: str
    body_hint: str | None = None  # the words naming the body of a referenced meeting


@dataclass(frozen=True)
class Figure:
    """A table of figures by period ("Road deaths" by year), read as numbers from the table
    that starts at `line`; the table itself stays in the text."""

    line: int
    periods: list[str]
    series: list[tuple[str, list[float | None]]]

    def describe(self) -> str:
        names = [name for name, _ in self.series if name]
        what = " and ".join(names) if names else "values"
        return f"{what}, {self.periods[0]} to {self.periods[-1]}"


@dataclass(frozen=True)
class MentionFact:
    """A person named in running text, as written ("Mr David Paul", "Mr Paul"), or a role
    word ("the Commissioner", `role` "Commissioner") that stands for whoever held it."""

    line: int
    text: str
    role: str | None


@dataclass(frozen=True)
class SectionHeading:
    """A line of a paper that heads a section, at a level (2: h2, 3: h3), titled as printed
    without its bullet, bold or closing colon (see `parsing.headings`)."""

    line: int
    level: int
    title: str


# ---------------------------------------------------------------------------------------
# Blocks: a paper's body as laid out once, in parsing (see `parsing.blocks`)
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContentsLink:
    """An entry of a paper's printed contents list (`line`) and the heading it names
    (`heading`, its line), found by `parsing.headings.contents_links`."""

    line: int
    heading: int


@dataclass(frozen=True)
class HeadingBlock:
    """A line read as a heading of the paper (a `SectionHeading`)."""

    line: int
    level: int
    title: str


@dataclass(frozen=True)
class ParagraphBlock:
    """A paragraph: its source lines, the first without the bullet it may open with (a
    bulleted numbered paragraph of a minute is a paragraph), the others the lines that
    carry on its sentence across a page break. `number` is its place among the part's
    paragraphs and list items (1, 2 ...), an id that adding documents never changes."""

    lines: tuple[Line, ...]
    number: int
    #: a footnote's definition ("¹ Vision Zero aims ..."): the mark's digits ("1")
    footnote: str | None = None
    #: "RESOLVED: ...": a resolution of the body
    resolution: bool = False

    @property
    def line(self) -> int:
        return self.lines[0].number


@dataclass(frozen=True)
class ListItemBlock:
    """A bulleted item ("- text", "• text") at `depth` (0: top), its first line without
    the bullet; `opens_list`: the first item of its list."""

    lines: tuple[Line, ...]
    number: int
    depth: int
    opens_list: bool

    @property
    def line(self) -> int:
        return self.lines[0].number


@dataclass(frozen=True)
class TableBlock:
    """A run of tab-separated lines: its rows of cells as printed, and whether the first
    row labels the columns (else the rows are shown as a list)."""

    line: int
    rows: tuple[tuple[str, ...], ...]
    header: bool


@dataclass(frozen=True)
class RecordLineBlock:
    """A line a record stands for (an agenda item, a minute's heading, a member of the
    body): its meeting's page shows the record there; a page that does not (a second
    copy's) shows `printed`, the line laid out on its own (a table row as a list item)."""

    line: int
    printed: ParagraphBlock | ListItemBlock | TableBlock
    #: on a page flattened onto one line, whose records share the line: the record's
    #: place among the line's records of its kind (0, 1 ...), standing at its own piece;
    #: None for a record standing for its line alone
    share: int | None = None
    #: False when `printed` is laid out as a block of its own already (the last piece of
    #: a flattened line, which the line's other records stand after): a page that does
    #: not show the record then shows nothing for it
    reprinted: bool = True


@dataclass(frozen=True)
class ItemCitationBlock:
    """A line under a minute's heading (at `heading`) that only cites an agenda item
    ("(Item A2)"): not repeated on a page whose heading shows that item's code."""

    line: Line
    heading: int
    code: str


@dataclass(frozen=True)
class AttendeeCellBlock:
    """A board's attendees printed in one table cell as an HTML fragment, read as a list:
    the cell's label ("Attendees:") and each attendee as printed, with their group."""

    line: int
    label: str
    attendees: tuple[tuple[str | None, str], ...]


@dataclass(frozen=True)
class AttendanceHeaderBlock:
    """The minutes' attendance header ("PRESENT: ...", "ALSO PRESENT: ..."), from its
    first to its last line, laid out on its own: a page that shows the attendance read
    from it can fold it away."""

    first: int
    last: int
    blocks: tuple[Block, ...]


Block = (
    HeadingBlock
    | ParagraphBlock
    | ListItemBlock
    | TableBlock
    | RecordLineBlock
    | ItemCitationBlock
    | AttendeeCellBlock
    | AttendanceHeaderBlock
)


@dataclass
class Part:
    """One paper inside a source file: an agenda, minutes, a report, notes..."""

    kind: DocumentKind
    title: str
    lines: list[Line]
    layout: Layout  # which splitting rule recognised it
    date: dt.date | None = None
    meeting: MeetingFacts | None = None  # the meeting this part records or was written for
    items: list[AgendaItemFacts] = field(default_factory=list)
    minutes: list[MinuteFacts] = field(default_factory=list)
    attendance: list[AttendanceFacts] = field(default_factory=list)
    membership: list[MembershipFacts] = field(default_factory=list)
    questions: list[QuestionFacts] = field(default_factory=list)
    declarations: list[DeclarationFacts] = field(default_factory=list)
    decisions: list[DecisionFacts] = field(default_factory=list)
    actions: list[ActionFacts] = field(default_factory=list)
    #: a record's decisions printed before its first minute heading (or in a record whose
    #: headings the conversion lost): each its text and line, in the order printed
    opening_resolutions: list[tuple[str, int]] = field(default_factory=list)
    references: list[ReferenceFact] = field(default_factory=list)
    #: "Appendix A" in its text (kind APPENDIX, key the label): resolved against the
    #: appendices of its own report, not across the archive
    appendix_mentions: list[ReferenceFact] = field(default_factory=list)
    mentions: list[MentionFact] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # the years a paper covers, "2023-2024" (an annual report), read from its title
    period: str | None = None
    headings: list[SectionHeading] = field(default_factory=list)  # from its contents list
    #: an appendix: the report that lists it, its label as printed ("A", "1") and the line
    #: of the report's list that names it; a report: its appendices, in order
    parent: Part | None = field(default=None, repr=False, compare=False)
    appendix_label: str | None = None
    listed_at: int | None = None
    #: the words on line `listed_at` that link to this appendix on its report's page: the
    #: report's whole list entry ("Appendix A: Delivery plan"), or only the phrase that says
    #: where it is ("can be found at the end of this paper"); None: no link
    listed_phrase: str | None = None
    listed_whole_line: bool = False
    #: a paper titled from elsewhere (an appendix as its report lists it, a report by its
    #: bold subject): its own first heading as printed, when that says something else
    #: ("Chief Constable Selection Process MEDIA ASSESSMENT" for "Appendix D: Media
    #: Briefing exercise"), so it can be found by either name
    heading: str | None = None
    appendices: list[Part] = field(default_factory=list, repr=False, compare=False)
    #: its body as blocks, laid out once (`parsing.blocks`): what pages show
    blocks: list[Block] = field(default_factory=list, repr=False)
    #: its printed contents list, each entry with the heading it names
    contents: list[ContentsLink] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.lines[0].number if self.lines else 0

    @property
    def last_line(self) -> int:
        return self.lines[-1].number if self.lines else 0


@dataclass
class SourceDocument:
    """A file from `content/documents`, decoded, cleaned and split into parts."""

    file: str
    sha256: str
    text: str
    lines: list[Line]
    furniture: list[Furniture] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Records: the resolved archive
# ---------------------------------------------------------------------------------------


@dataclass
class Body:
    id: str
    name: str
    #: its official page and who publishes it (content/sources.yaml), when known
    official_url: str | None = None
    publisher: str | None = None


@dataclass
class Organisation:
    id: str
    name: str


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    alias_ids: list[str] = field(default_factory=list)  # older URL slugs that lead here


@dataclass
class Attendance:
    person: str
    role: AttendanceRole
    capacity: str | None
    as_written: str
    # organisations the capacity names ("Head of Policy Coordination & Research, OPCC")
    organisations: list[str] = field(default_factory=list)
    minute: str | None = None  # the minute (id) attended for, when only for one
    group: str | None = None  # the heading they are listed under ("Kent Police")
    line: int | None = None  # where the name is printed, in the meeting's minutes
    #: the organisation printed with the name ("(Chairman) (Kent County Council)")
    organisation: str | None = None
    #: why they were away, as printed with an apology ("(ill health)")
    reason: str | None = None
    #: when they came or went, as printed ("from item 5", "arrived at 7.15 pm")
    timing: str | None = None


@dataclass
class Membership:
    person: str
    organisation: str | None
    represents: str
    as_written: str
    line: int  # where the member is listed, in the meeting's agenda (its row on the page)


@dataclass
class Question:
    id: str
    asker: str | None
    organisation: str | None
    text: str
    minute: str | None
    facts: QuestionFacts


@dataclass
class Declaration:
    person: str | None
    text: str
    minute: str
    facts: DeclarationFacts


@dataclass
class Decision:
    reference: str
    title: str | None
    minute: str
    facts: DecisionFacts


@dataclass
class AgendaItem:
    id: str
    code: str
    title: str
    facts: AgendaItemFacts
    meeting: str = ""
    minute: str | None = None
    documents: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """ "4. Election of Chair" as the agenda lists it; the title alone for an item the
        paper printed without a number (a web agenda whose number column was lost)."""
        return f"{self.code}. {self.title}" if self.code else self.title

    @property
    def cited(self) -> str:
        """ "item 4 Election of Chair" as a sentence cites it, or "item Election of Chair"."""
        return f"item {self.code} {self.title}" if self.code else f"item {self.title}"

    @property
    def headline(self) -> str:
        """ "Item 4: Election of Chair" as a list of links names it, or "Item: ..."."""
        return f"Item {self.code}: {self.title}" if self.code else f"Item: {self.title}"


@dataclass
class Minute:
    id: str
    facts: MinuteFacts
    item: str | None = None  # agenda item id when the agenda is in the archive


@dataclass
class Document:
    id: str
    kind: DocumentKind
    title: str
    date: dt.date | None
    source_file: str
    part: Part
    meeting: str | None = None
    agenda_item: str | None = None
    #: an appendix: the document id of the report that lists it, and its printed label
    parent: str | None = None
    appendix_label: str | None = None
    appendices: list[str] = field(default_factory=list)  # a report's, in listed order
    #: its "Appendix A" mentions, resolved to that appendix of its report (or of the report
    #: it is an appendix of); target None: no such appendix was cut off, or it is this paper
    appendix_references: list[Reference] = field(default_factory=list)


@dataclass
class Meeting:
    id: str
    body: str
    date: dt.date
    time: dt.time | None = None
    venue: str | None = None
    documents: list[str] = field(default_factory=list)
    agenda: str | None = None  # document id of its agenda
    minutes_document: str | None = None  # document id of its minutes or notes
    items: list[AgendaItem] = field(default_factory=list)
    minutes: list[Minute] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    membership: list[Membership] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[ActionFacts] = field(default_factory=list)
    #: the decisions its minutes print before any minute heading, each (text, line)
    opening_resolutions: list[tuple[str, int]] = field(default_factory=list)
    #: the meeting's official page and who publishes it (content/sources.yaml), when known
    official_url: str | None = None
    official_publisher: str | None = None


@dataclass
class Source:
    file: str
    sha256: str
    document: str | None
    text: str = ""  # the decoded text, published beside the pages for checking
    #: who published the file, the original's URL and its date (content/sources.yaml)
    publisher: str | None = None
    published_url: str | None = None
    published: dt.date | None = None


@dataclass
class Mention:
    """A person named in a paper's text (by name, or by the role they held there)."""

    person: str
    document: str
    line: int
    as_written: str
    role: str | None = None


@dataclass
class OrganisationMention:
    """An organisation named in a paper's text ("Kent Police", "Swale Borough Council")."""

    organisation: str
    document: str
    line: int
    as_written: str


@dataclass(frozen=True)
class Target:
    """Where a reference leads: a meeting, an agenda item or a decision (on its meeting's
    page) or a document; `id` is the record's id (a decision's is its reference)."""

    kind: str  # "meeting" | "item" | "decision" | "document"
    id: str
    meeting: str | None = None  # the meeting page an item or decision is on


@dataclass
class Reference:
    """A reference in a paper's text, resolved; `target` is None when the archive does not
    hold what it names (the page then says so instead of linking nowhere)."""

    document: str
    line: int
    text: str
    kind: ReferenceKind
    target: Target | None
    #: a meeting the archive lacks: the id it would have, when its body is known
    named_meeting: str | None = None
    #: where the official record of what it names is, when content/sources.yaml says
    official_url: str | None = None


@dataclass
class Topic:
    """A recurring subject and where it comes up: agenda items, minutes, papers and report
    sections (`sections` are (document id, line, heading) triples). `curated` topics come
    from content/topics.yaml; the others are titles that recur across meetings."""

    id: str
    name: str
    curated: bool
    items: list[str] = field(default_factory=list)
    minutes: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    sections: list[tuple[str, int, str]] = field(default_factory=list)


@dataclass
class Archive:
    """Everything the renderers need, and nothing they have to work out again."""

    bodies: dict[str, Body] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    organisation_mentions: list[OrganisationMention] = field(default_factory=list)
    topics: dict[str, Topic] = field(default_factory=dict)
    unresolved_names: list[str] = field(default_factory=list)
