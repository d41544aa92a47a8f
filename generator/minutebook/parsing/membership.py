"""A body's membership as an agenda prints it, whichever template made the agenda.

The list follows a heading ("Membership", "MEMBERSHIP:", "Members of the Panel", often with
a count: "Membership (12)") and takes one of the genre's forms, each read by one small
function that returns None when a line is not in its form:

- a table flattened to tabs: "Councillor Jane Smith<TAB>Ashford Borough Council";
- a name with what they represent in brackets or after a dash: "Mr A Brown (Independent
  Member)", "Cllr B Green – Dover District Council";
- a group label and a list: "Conservative Members (8): Mr X, Mrs Y and Ms Z";
- names one per line, or a list: "Councillors Smith (Chair), Jones, Patel and Brown";
- columns parted by spaces: under the authorities or a joint body's sides ("County
  Council Members:<gap>Borough Council Members:"), with a seat printed across the page
  below them; or a "Council<gap>Member<gap>Named Substitute" table (membership_tables);
- when no heading opens a line: "Membership – Cllr X, ..." inside a long line an agenda's
  table was flattened onto.

Party headings, named substitutes beside or under the members, offices side by side and
a table converted one cell per line are read by `membership_labels`.

Names are kept as printed; what a member represents is the table cell, the bracket after
the name or the group label, else empty. A political group ("Conservative:", "Labour
Members (3):") is an affiliation, not what a member represents: it leaves it empty. The
list ends at the first line that is none of these (a heading, an agenda item, a sentence).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Line, MembershipFacts
from ..vocabulary import IS_TITLE, PARTICLES, STARTS_WITH_TITLE, TITLE
from .membership_addressed_lines import addressed_lines
from .membership_appointed_by import appointed_by_label, appointed_by_row
from .membership_council_groups import (
    council_heading,
    counted_council_row,
    member_kind_row,
    without_seat_count,
)
from .membership_flat_groups import flattened_council_groups
from .membership_flat_lists import (
    flat_comma_list,
    flat_forename_pairs,
    flat_office_runs,
    flat_place_groups,
    flat_ward_semicolons,
    flat_ward_table,
    place_group_lines,
    surname_roll_members,
)
from .membership_flat_offices import flat_initialled_offices
from .membership_flat_tables import flattened_member_table
from .membership_flat_titled import flat_titled_members
from .membership_glued_titles import addressed_glued
from .membership_labels import (
    CELL_GAP,
    PARTY_GROUP,
    council_member_substitute,
    kind_heading,
    label_broken_beside,
    office_cells,
    opens_with_offices,
    party_heading,
    stacked_cells,
    substitute_column_heading,
    substitutes_heading,
)
from .membership_name_council import name_council_row
from .membership_officers_first import members_after_officers, office_row
from .membership_openers import glued_heading, plural_label, without_list_mark
from .membership_overprinted import without_overprinted_tail
from .membership_party_cells import without_party_cell
from .membership_pipe_rows import is_rule_row, pipe_cells
from .membership_run_on import run_on_members
from .membership_seat_kinds import without_seat_kind
from .membership_sentences import members_sentence
from .membership_tables import COLUMN_GAP, council_member_table
from .membership_tables import cells as _cells
from .membership_unlabelled import unlabelled_members
from .membership_untitled_rows import untitled_body_row
from .membership_ward_commas import name_and_place
from .names import (
    PLAIN_NAME_WORD,
    POST_WORDS,
    NameEntry,
    names_an_organisation,
    service_area,
    split_name_list,
)
from .text import plain

#: "Membership", "MEMBERSHIP (12):", "Membership of Committee (9 Members)", "MEMBERS OF THE
#: X PANEL (15) (quorum = 4)", "Members of the Panel:", "MEMBERS OF EASTHOLM FIRE
#: AUTHORITY", "Cabinet Members:" (capitalised words before it, not a letter's "To all
#: Members"); with a colon a list may follow on the same line, without one nothing may
#: ("Members of the public who ..." is no heading)
HEADING = re.compile(
    r"^(?:To:?\s+(?=members\b))?"  # "To: Members of Cabinet": a summons' addressee
    r"(?:(?!to\b)(?-i:(?:[A-Z][\w&'-]*\s+){1,4})(?=members?\b|membership\b))?"
    r"(?:Membership|Members)"
    r"(?:\s+of\s+(?:the\s+)?"
    r"(?:Panel|Committee|Board|Council|Authority|Sub-Committee|Cabinet|Executive)[\w ]{0,40}"
    r"|\s+of(?:\s+the)?(?-i:(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|&)){1,8}\s+"
    r"(?i:Panel|Committee|Board|Authority|Sub-Committee|Cabinet|Forum|Partnership|Commission)))?"
    r"\s*(?:\(\d{1,3}(?:\s(?:members|councillors|seats))?\))?"
    r"(?:\s*\(quorum\s*[=:-]?\s*\d{1,2}\))?"  # "(quorum = 4)": how many make a meeting
    r"\s*(?::\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
#: "Membership 2024/25", "Membership for 2023-24", "MEMBERSHIP –": a heading's municipal
#: year or closing dash, after it and before any colon
HEADING_TAIL = re.compile(
    r"(?:\s+(?:for\s+)?(?:\d{4}\s?[/–-]\s?\d{2,4}))?\s*(?:[–—-]|:-)?\s*$", re.IGNORECASE
)


#: "Membership – Councillors A, B and C": a heading, a dash, and its list of titled names
DASHED_LIST = re.compile(
    r"^(?P<head>[^–—:]{3,80}?)\s[–—-]\s(?P<rest>(?:County\s)?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr)\.?\s.*)$"
)


#: "To: (1) MEMBERS OF THE AVON FIRE AUTHORITY Councillors Abbott, Brown ...": a letter's
#: addressee, the heading with no colon and its plural-titled list run on after it
HEADING_THEN_TITLED = re.compile(
    r"^(?:To:?\s+)?(?:\(\d{1,2}\)\s+)?(?P<head>[^:–—]{3,120}?)\s+"
    r"(?P<rest>(?:County\s+)?(?:Councillors|Cllrs)\.?\s+[A-Z].*)$"
)
#: a letter going on after the members it is addressed to: its next addressee, numbered
#: as the members were ("(2) Chief Fire Officer"), or its salutation ("Dear Member")
LETTER_GOES_ON = re.compile(r"^(?:\(\d{1,2}\)\s|Dear\s)")
#: "Dear Councillor,": a letter's salutation, after which no list of its addressees comes
SALUTATION = re.compile(r"^Dear\s")
#: "MEMBERS: CONSTITUTION COMMITTEE:": the heading, then the body whose members follow below
BODY_AFTER_HEADING = re.compile(
    r"^(?:Members|Membership)\s*:\s*(?-i:[A-Z][A-Za-z&'’ -]{2,80})(?<![a-z]\s)\s*:$", re.IGNORECASE
)


#: ", Membership:" closing a line: a front sheet's title, date and venue run into the
#: heading of the list under them; the body's name may come first, after a notice's last
#: sentence (". Planning Committee Membership:")
CLOSING_HEADING = re.compile(r"[,.]\s(?:[A-Z][\w&'’-]{0,30}\s){0,4}(?i:Membership):$")


#: a quorum closing a membership heading: " - QUORUM 5", ", Quorum: 3"
QUORUM_TAIL = re.compile(r"\s*[-–—,;]?\s*\bquorum\b\s*:?\s*(?:is\s+)?\d{1,2}\.?\s*$", re.IGNORECASE)


#: "EDT membership", "Panel Membership": a heading naming the list again, no body ("Co-opted
#: Members" names a kind of seat, which members represent)
LIST_NAMED_AGAIN = re.compile(r"\bmembership$", re.IGNORECASE)


def _body_of(label: str) -> str:
    """What the members under a group's label represent: the label, unless it only names
    the list again ("EDT membership" under "Committee Membership"): then nothing printed."""
    return "" if LIST_NAMED_AGAIN.search(label.strip()) else label


def membership_heading(text: str, sentences: bool = False) -> re.Match[str] | None:
    """The match of a membership heading (`HEADING`), read also without the municipal year
    or the dash that may close it ("Membership of the Panel 2024/25", "MEMBERSHIP –"), or
    with a dash before its list where a colon would be ("Membership – Councillors A, B");
    with `sentences`, a sentence naming the members is one too (see membership_sentences).
    A quorum printed after it ("MEMBERS OF THE X COMMITTEE (19) - QUORUM 5") is no part."""
    text = QUORUM_TAIL.sub("", text)
    if BODY_AFTER_HEADING.match(text):  # "MEMBERS: CONSTITUTION COMMITTEE:", names below
        return HEADING.match("Membership:")
    match = HEADING.match(text)
    if match is not None:
        return match
    if CLOSING_HEADING.search(text[-200:]):  # "Eastholm Panel Friday, 5 May 2023, Membership:"
        return HEADING.match("Membership:")
    plural = plural_label(text)  # "Councillors: A Bell, C Dunn", "Councillors:"
    if plural is not None:
        return HEADING.match(f"Membership: {plural}")
    glued = glued_heading(text)  # "MembershipCouncillors A Bell, C Dunn"
    if glued is not None:
        return HEADING.match(f"Membership: {glued}")
    dashed = DASHED_LIST.match(text)
    if dashed is not None and HEADING.match(dashed["head"]) is not None:
        return HEADING.match(f"{dashed['head']}: {dashed['rest']}")
    said = members_sentence(text) if sentences else None  # "Members of X are A, B and C."
    if said is not None:
        return HEADING.match(f"Membership: {said}")
    titled = HEADING_THEN_TITLED.match(text)  # "(1) MEMBERS OF THE X AUTHORITY Councillors A"
    if titled is not None and HEADING.match(titled["head"]) is not None:
        return HEADING.match(f"{titled['head']}: {titled['rest']}")
    tail = HEADING_TAIL.search(text)
    if tail is None or tail.start() == len(text.rstrip()):
        return None
    return HEADING.match(text[: tail.start()])


#: "The Committee comprises Councillors:", "The Panel consists of:": a sentence that
#: introduces the list below it
COMPRISES = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w&'-]*\s+){1,5}(?:comprises|consists\s+of|is\s+made\s+up\s+of)"
    r"(?:\s+(?:the\s+following\s+)?(?:councillors|members))?\s*:$",
    re.IGNORECASE,
)
#: "To West Ashby Area Council members as follows:-", "The members of the Panel are as
#: follows:": a letter's line that introduces the list below it
AS_FOLLOWS = re.compile(
    r"^(?:to\s+)?[\w&'’ -]{0,120}?\bmembers?\b[\w ]{0,60}?\s+(?:(?:are|is)\s+)?"
    r"as\s+follows\s*:?\s*[-–]?$",
    re.IGNORECASE,
)
#: An office held in the body, printed in brackets after a name ("Chairman", "Deputy Town
#: Mayor"): not what they represent
OFFICE = re.compile(
    r"^(?:(?:Vice|Deputy)[- ]?\s?)?(?:(?:Town|City|Lord)\s)?"
    r"(?:Chair(?:man|woman|person)?|Leader|Mayor|Convenor|Convener|"
    r"President)(?:\s*\([\w ,&'-]{1,40}\))?$",
    re.IGNORECASE,
)
#: "Executive Member", "Chairman and Cabinet Member": an office over a portfolio, whose
#: areas follow after commas
PORTFOLIO_HOLDER = re.compile(
    r"^(?:(?:Vice[- ]?)?Chair(?:man|woman)?\s+and\s+)?(?:Executive|Cabinet|Lead)\s+Member$",
    re.IGNORECASE,
)
#: "Quorum : 3 Members", "QUORUM: 4": how many make a meeting, after the members
QUORUM_LINE = re.compile(r"^quorum\s*[:=–-]", re.IGNORECASE)
#: Lines after the heading before the list starts (a count, a note) that are passed over
LEAD_IN = 4
TABBED = re.compile(r"^(?P<name>[^\t]{3,120}?)\t+(?P<represents>[^\t]{2,200})$")
#: A note of how someone sits, after the cell of what they represent ("Wexmoor LEP
#: (non-voting)", often wrapped onto the line below): not part of the organisation.
STATUS_NOTE = re.compile(
    r"\s*\((?:non-?\s?voting|voting|co-?opted|ex[- ]officio|observer|advisory|substitute)"
    r"(?:\s+members?)?\)$",
    re.IGNORECASE,
)
#: "Cllr J Smith | Ashford Borough Council": a row of a table flattened to " | " (a third
#: cell, "| Vice-Chair", is left to the page).
PIPED = re.compile(r"^(?P<name>[^|\t]{3,120}?)\s*\|\s*(?P<represents>[^|\t]{2,200}?)\s*(?:\|.*)?$")
DASHED = re.compile(r"^(?P<name>[^–—]{3,80}?)\s+[–—-]\s+(?P<represents>[A-Z][^–—]{2,150})$")
#: "Co-opted (non-voting): ..." keeps its bracket in the group
GROUP = re.compile(
    r"^(?P<group>[A-Z][\w&' -]{2,60}?(?:\s*\([A-Za-z][\w -]{1,30}\))?)\s*(?:\(\d{1,3}\))?"
    r"\s*:\s*(?P<names>\S.*)$"
)
#: "Councillors Smith, Jones and Brown" (or "Councillors - Smith, Jones"): the plural
#: title opens a list of surnames
PLURAL_TITLE = re.compile(r"^(?:County\s+)?(?:Councillors|Cllrs)\.?(?:\s+[–-])?\s+", re.IGNORECASE)
MAX_MEMBERS = 200


def _is_name(text: str) -> bool:
    """A person's name as lists print it: a title, or two to five capitalised words."""
    text = plain(text).strip(" ,.")
    if STARTS_WITH_TITLE.match(text):
        return True
    words = text.split()
    if text.isupper() or any(c.isdigit() for c in text):  # "UNRESTRICTED ITEMS", "A1 Intro"
        return False
    return 2 <= len(words) <= 5 and all(
        w[:1].isupper() or w in {"de", "van", "der", "von"} for w in words
    )


def _is_post(text: str) -> bool:
    """'Chief Executive', 'Democratic Services Officer': a post signing a letter under the
    list ("Jo Finch, Chief Executive"), made of a post's words only: no member."""
    words = text.lower().split()
    return bool(words) and all(w.strip(".,") in POST_WORDS for w in words)


def _signs_with_post(name: str, capacity: str | None) -> bool:
    """'Jo Finch, Chief Executive': an officer signing the letter under the list, an
    untitled name with a post after it (a member's "(Chair)" or "Leader" is an office)."""
    return (
        bool(capacity)
        and not STARTS_WITH_TITLE.match(name)
        and not OFFICE.match(capacity or "")
        and _is_post(capacity or "")
    )


def _is_surname(text: str) -> bool:
    """ "Okafor", "de Souza", "O'Neill", "Smith-Jones", "T Van der Berg" after a plural
    title."""
    words = text.split()
    return 1 <= len(words) <= 4 and (words[0][:1].isupper() or words[0] in PARTICLES)


#: a bracket closing a name: "Councillor Jane Smith (Vice-Chair)"
TRAILING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{1,40})\)$")
#: the words a membership table's heading row prints over its columns
COLUMN_WORDS = frozenset(
    {"member", "members", "name", "councillor", "authority", "council", "represents",
     "representing", "organisation", "party", "group", "role", "membership",
     "constituent", "appointing", "nominating", "body", "seat", "borough", "ward",
     "division", "area"}
)  # fmt: skip


def without_office(name: str) -> str:
    """A table cell's name without the office held in the body printed after it
    ("Councillor Jane Smith (Chair)" is Councillor Jane Smith), as a list's names are."""
    bracket = TRAILING_BRACKET.search(name)
    if bracket is not None and OFFICE.match(bracket["inner"].strip()):
        return name[: bracket.start()]
    return name


def is_column_heading(text: str) -> bool:
    """A table's heading row ("Member<TAB>Authority", "Member<TAB>Constituent Authority"):
    labels made of column words only, no member."""
    cells = [plain(c).strip(" :").lower() for c in text.split("\t") if c.strip()]
    return len(cells) >= 2 and all(
        0 < len(c.split()) <= 3 and all(w in COLUMN_WORDS for w in c.split()) for c in cells
    )


def tabbed_row(text: str) -> list[tuple[str, str]] | None:
    """'Councillor Jane Smith<TAB>Ashford Borough Council', or its cells split by "|"
    ("Cllr J Smith (Chair) | Ashford Borough Council"): the member, and what the next
    cell says they represent."""
    text = without_party_cell(text) or text  # "Cllr A<TAB>Labour<TAB>Ashby BC": no party
    match = TABBED.match(text) if "|" not in text else PIPED.match(text.strip().strip("|"))
    if match is None:
        return None
    name = without_office(plain(match["name"]))
    if not _is_name(name):
        return None
    return [(name, STATUS_NOTE.sub("", plain(match["represents"])))]


#: "Cllr A Bell (Chair)   Substantive Member - Ashby County": a table row whose columns the
#: conversion parted by runs of spaces, not tabs
SPACED = re.compile(r"^(?P<name>\S(?:\S| (?=\S)){2,120}) {3,}(?P<represents>\S.{1,200})$")
#: "Substantive Member - ", "Co-opted Member – ": the kind of seat printed before the
#: authority that fills it, in the same cell; the authority is what the member represents
KIND_OF_SEAT = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}Member\s+[–—-]\s+(?=[A-Z])")


def spaced_row(text: str) -> list[tuple[str, str]] | None:
    """'Cllr A Bell (Chair)<spaces>Substantive Member - Ashby County Council': a member and,
    in the next column, the seat or authority they fill (its kind before a dash dropped).
    None unless the second cell says what is represented (a council, a kind of member),
    so two columns of names are no row of this form."""
    match = SPACED.match(text.strip())
    if match is None:
        return None
    name = without_office(plain(match["name"]))
    represents = plain(match["represents"])
    if not _is_name(name) or STARTS_WITH_TITLE.match(represents) or "   " in match["represents"]:
        return None
    if not (REPRESENTS.search(represents) or names_an_organisation(represents)):
        return None
    return [(name, KIND_OF_SEAT.sub("", represents))]


def dashed_row(text: str) -> list[tuple[str, str]] | None:
    match = DASHED.match(text)
    if match is None or "," in match["name"]:
        return None
    name = without_office(without_seat_kind(plain(match["name"])))  # "(Vice-Chair) – UNISON"
    represents = plain(match["represents"])
    office = TRAILING_BRACKET.search(represents)  # "– Ashby Borough Council (Chair)"
    if office is not None and office.start() > 0 and OFFICE.match(office["inner"].strip()):
        represents = represents[: office.start()]
    if OFFICE.match(represents.strip()):  # "Cllr A Bell – Chairman": an office, no body
        represents = ""
        body = TRAILING_BRACKET.search(name)  # "Cllr A Bell (Ashby CC) – Chair": the bracket
        if body is not None:
            name, represents = name[: body.start()], body["inner"].strip()
    return [(name, represents)] if _is_name(name) else None


#: Where each entry of a run of dashed entries starts: a title after a space, not after
#: another title ("Councillor Mrs A Bell" is one name)
ENTRY_START = re.compile(rf"(?<=\s)(?={TITLE}\s)")
#: the kind of seat a member holds, no body they represent: "Independent Member"
SEAT_KIND = re.compile(r"^(?:Independent|Co-?opted|Lay)\s+(?:Members?|Persons?)$", re.IGNORECASE)
#: A dash between an entry's name, what it represents and its office
ENTRY_DASH = re.compile(r"\s+[–—-]\s+")


def dashed_entries(text: str) -> list[tuple[str, str]] | None:
    """ "Mrs A Bell OBE – Independent Member - Chair Councillor C Dunn – Ashby Borough
    Council – Vice-Chair Mayor E Fry – Fenby District Council": a flattened run of titled
    members, each "name – what they represent – office" (the seat's kind and the office
    are no body). None unless two entries or more, each titled and dashed."""
    text = text.lstrip(" :-–—")  # "Membership:- Mrs A Bell ...": the label's dash
    starts = [0]
    starts += [
        m.start()
        for m in ENTRY_START.finditer(text)
        if not IS_TITLE.match(text[: m.start()].split()[-1])  # "Councillor Mrs A Bell"
    ]
    if len(starts) < 2:
        return None
    rows: list[tuple[str, str]] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        name, *rest = ENTRY_DASH.split(plain(text[start:end]).strip())
        if not rest or not STARTS_WITH_TITLE.match(name) or not _is_name(name):
            return None
        kept = [p for p in rest if not (OFFICE.match(p.strip()) or SEAT_KIND.match(p.strip()))]
        rows.append((name, " – ".join(kept)))
    return rows


#: A label that heads a contact, not a group of members ("Officer contact:", "Enquiries to:")
CONTACT = re.compile(
    r"\b(?:contact|enquir(?:y|ies)|tel|telephone|e-?mail|clerk|officer|date|time|venue|place)\b",
    re.IGNORECASE,
)
#: "Hesketh District Council - Cllr A Reid, Cllr B Moss": an authority, then its members
AUTHORITY_FIRST = re.compile(r"^(?P<authority>[^\t–—:]{3,120}?)(?:\s+[–—-]\s+|\t+)(?P<names>\S.*)$")


def authority_then_names(text: str) -> list[tuple[str, str]] | None:
    """'Hesketh District Council - Cllr A Reid, Cllr B Moss' (a joint body's members
    grouped by the authority that sent them, printed first): each member and that
    authority. None when the left side is a person or no organisation."""
    match = AUTHORITY_FIRST.match(plain(text))
    if match is None:
        return None
    authority = match["authority"].strip()
    if STARTS_WITH_TITLE.match(authority) or not names_an_organisation(authority):
        return None
    if PLURAL_TITLE.match(match["names"]):  # "Ashby DC - Councillors A. Bell and C. Dunn"
        rows = name_list(match["names"])
        return [(name, authority) for name, _ in rows] if rows else None
    entries = split_name_list(match["names"])
    if not entries or not all(STARTS_WITH_TITLE.match(e.as_written) for e in entries):
        return None
    return [(e.as_written, authority) for e in entries]


def group_row(text: str) -> list[tuple[str, str]] | None:
    """'Conservative Members (8): Mr X, Mrs Y' (what the group is, then its members)."""
    match = GROUP.match(text)
    if match is None or STARTS_WITH_TITLE.match(match["group"]) or CONTACT.search(match["group"]):
        return None
    names = name_list(match["names"])
    if PLURAL_TITLE.fullmatch(match["group"] + " "):  # "Councillors: A Bell, C Dunn": a title
        return names
    group = plain(match["group"])
    if PARTY_GROUP.match(group):  # "Labour: Councillor N. Osei": a party, nothing represented
        return names
    if OFFICE.match(group):  # "Vice-Chairman: Councillor C Dunn": an office, nothing represented
        return names
    if SAT_ON.search(group):  # "CONSTITUTION COMMITTEE: Councillors A, B": what they sit on
        return names
    if names_an_organisation(group):  # "Tarnby Borough Council: Cllr A (Lab)": the council
        return [(n, group) for n, _ in names] if names else None
    # "Co-opted (non-voting): Dr E Bell (Pennick College)": a kind of member; the bracket
    # after a name (no office) says whom that member represents
    return [(n, own or group) for n, own in names] if names else None


#: a group named by the committee its members sit on, not by a body that sent them
SAT_ON = re.compile(r"\b(?:committee|sub-committee|panel|cabinet)$", re.IGNORECASE)


#: what a member may represent after a comma: an authority, a seat, a kind of member
REPRESENTS = re.compile(
    r"\b(?:council|authority|member|borough|district|county|city|town|parish|ward|division|"
    r"representative|co-opted|independent|magistrate)\b",
    re.IGNORECASE,
)


def comma_row(text: str) -> list[tuple[str, str]] | None:
    """'Mr Eric Frost, Independent Member', 'Cllr A Bell, Ashby County Council': one
    titled name, a comma, and what they represent."""
    name, comma, represents = plain(text).partition(",")
    represents = represents.strip(" .")
    if not comma or "," in represents or not STARTS_WITH_TITLE.match(name.strip()):
        return None
    if STARTS_WITH_TITLE.match(represents) or not REPRESENTS.search(represents):
        return None
    if not _is_name(name) or len(represents) > 120:
        return None
    return [(without_office(name.strip()), represents)]


def ward_row(text: str) -> list[tuple[str, str]] | None:
    """'Councillor A Reid, Eastgate (Chair)': one member and the ward or division after
    the comma (`membership_ward_commas`), the office in brackets dropped."""
    pair = name_and_place(text)
    if pair is None or not _is_name(pair[0]):
        return None
    return [(without_office(pair[0]), pair[1])]


#: "Cllr A Bell (Chair) (Ashby CC)": an office's bracket, then a body's, closing a name
OFFICE_THEN_BODY = re.compile(r"\s*\((?P<office>[^()]{1,40})\)(?=\s*\([^()]{2,80}\)$)")


def _office_before_body(name: str) -> str:
    """'Cllr A Bell (Chair) (Ashby CC)' without the office's bracket, so the body's is the
    one after the name (a body in brackets wins over an office)."""
    match = OFFICE_THEN_BODY.search(name)
    if match is None or not OFFICE.match(match["office"].strip()):
        return name
    return name[: match.start()] + name[match.end() :]


def _names_a_body(text: str) -> bool:
    """'Ashby County Council', 'Cole Borough Council': an organisation printed where a name
    would be, which capitalised words alone do not tell from a person's name."""
    return not STARTS_WITH_TITLE.match(text) and names_an_organisation(text)


#: "Provost A Reid and all Councillors", "The Mayor and all other Members of the Council":
#: a whole council summoned after the one member named, no more names and no body
ALL_MEMBERS_TAIL = re.compile(
    r"\s(?:and|&)\s(?:all|the)\s(?:other\s)?(?:councillors|members)"
    r"(?:\sof\s(?:the\s)?(?:council|authority|board|panel|committee))?\.?$",
    re.IGNORECASE,
)


def name_list(text: str) -> list[tuple[str, str]] | None:
    """Names one per line or in a list; a bracket after a name is what they represent
    ("Mr A Brown (Independent Member)") unless it is their office ("Chair")."""
    plural = PLURAL_TITLE.match(plain(text)) is not None  # surnames follow: no titles to see
    text = ALL_MEMBERS_TAIL.sub("", PLURAL_TITLE.sub("", plain(text)))
    if text.isupper():  # "A BELL, C DUNN AND E FROST": a list in capitals joins with "AND"
        text = CAPITAL_AND.sub(" and ", text)
    if plural and "," not in text and " and " not in text:  # "Bernie Attridge Hugh Jones"
        text = paired_names(text) or text
    if "," not in text and " and " not in text:  # one name: "Cllr A Bell (Ashby CC) (Chair)"
        text = _office_before_body(without_office(text))
    entries = split_name_list(text)
    # "Councillors Fleming, Harrison and 1 Vacancy (Lab)": an empty seat, nobody
    entries = [e for e in entries if not EMPTY_SEATS.match(e.as_written)]
    entries, groups = _groups_inside(entries)
    if not entries or not all(
        _is_surname(e.as_written) if plural else _is_name(e.as_written) for e in entries
    ):
        return None
    if any(len(e.as_written.split()) > 6 or _is_post(e.as_written) for e in entries):
        return None
    if not plural and any(_names_a_body(e.as_written) for e in entries):
        return None  # "Ashby County Council" under a name: the cell of a table, no member
    if any(_signs_with_post(e.as_written, e.capacity) for e in entries):
        return None
    return [
        (e.as_written, _represents(e.capacity) or g) for e, g in zip(entries, groups, strict=True)
    ]


#: Fewest names a plural title's list without commas must hold to be read in pairs
MIN_PAIRED_NAMES = 2


def paired_names(text: str) -> str | None:
    """A plural title's names run together without commas ("Bernie Attridge Hugh Jones
    Derek Butler", a column flattened) parted in pairs ("Bernie Attridge, Hugh Jones,
    Derek Butler"): every word a plain forename or surname and an even count of them;
    None for any other list (an initial, a particle or an odd count leave no pairs)."""
    words = text.split()
    if len(words) < 2 * MIN_PAIRED_NAMES or len(words) % 2:
        return None
    if not all(PLAIN_NAME_WORD.fullmatch(word) for word in words):
        return None
    return ", ".join(f"{a} {b}" for a, b in zip(words[::2], words[1::2], strict=True))


#: "... Duncan Townson and Appointed Members Jenna Dickson, Ed McGrachan": a kind of
#: member's words run into a list, naming what the members after them are
GROUP_INSIDE_LIST = re.compile(
    r"^(?P<group>(?:[A-Z][\w'’-]*\s){1,2}(?:Members|Representatives))\s(?P<name>[A-Z].*)$"
)


def _groups_inside(entries: list[NameEntry]) -> tuple[list[NameEntry], list[str]]:
    """The entries with a kind of member's words taken off the name they run into, and
    each entry's kind from there on ("" before any)."""
    kept: list[NameEntry] = []
    groups: list[str] = []
    group = ""
    for entry in entries:
        inside = GROUP_INSIDE_LIST.match(entry.as_written)
        if inside is not None and kept:
            group = inside["group"]
            entry = replace(entry, as_written=inside["name"])
        kept.append(entry)
        groups.append(group)
    return kept, groups


def _represents(capacity: str | None) -> str:
    """What a member's brackets say they represent, without an office among them ("(Con)
    (Chair)" -> "Con", "(Chair)" -> nothing): an office is held in the body, no body."""
    if not capacity or OFFICE.match(capacity):
        return ""
    parts = [part.strip() for part in capacity.split(",")]
    if PORTFOLIO_HOLDER.match(parts[0]):  # "Chairman and Executive Member, Environment,
        return ""  # Planning and Waste": the office and its portfolio, no body
    kept = [part for part in parts if not OFFICE.match(part) and not _portfolio(part)]
    return capacity if len(kept) == len(parts) else ", ".join(kept)


def _portfolio(part: str) -> bool:
    """A cabinet member's portfolio in their bracket ("(Leisure)", "(Resources and Shared
    Services)", "(Community Safety and Partnerships)"): what they hold, no body they come
    from; every piece between "and"s is a service area."""
    held = TRAILING_BRACKET.search(part)  # "Finance (Leader)": the portfolio and an office
    if held is not None and OFFICE.match(held["inner"]):
        part = part[: held.start()]
    pieces = re.split(r"\s+and\s+|\s*&\s*", part.strip())
    return all(service_area(piece) for piece in pieces if piece)


#: seats with nobody in them, counted in a list of names: "1 Vacancy", "two vacancies"
EMPTY_SEATS = re.compile(r"^(?:\d{1,2}|one|two|three)?\s*vacanc(?:y|ies)$", re.IGNORECASE)
#: the last two names of a list printed in capitals joined by "AND"
CAPITAL_AND = re.compile(r"\sAND\s")
#: "Independent Members Ms F Okafor and Mr G Whitlow": a group's words with no colon,
#: then its titled members, as one piece of a list parted by semicolons
GROUP_BEFORE_NAMES = re.compile(
    r"^(?P<group>(?:[A-Z][\w'’-]*\s){1,3}(?:Members|Representatives))\s"
    r"(?P<names>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b.*)$"
)


def semicolon_groups(text: str) -> list[tuple[str, str]] | None:
    """'Councillors A (Ashby DC) and B (Cole BC); Independent Members Mr C and Ms D': a
    running list parted by semicolons, whose later pieces may open with a group's words
    (what their members represent). None without a semicolon or when a piece is no list."""
    pieces = [p.strip() for p in plain(text).split(";")]
    if len(pieces) < 2 or not all(pieces):
        return None
    rows: list[tuple[str, str]] = []
    for piece in pieces:
        group = GROUP_BEFORE_NAMES.match(piece)
        names = name_list(group["names"] if group else piece)
        if names is None:
            return None
        label = group["group"] if group else ""
        rows.extend((name, own or label) for name, own in names)
    return rows


#: "Co-opted (non-voting): ...": a label before a list of members
LABELLED = re.compile(r"^(?P<label>[^:;]{2,60}):\s*(?P<rest>\S.*)$")
#: Words at most in the organisation a co-opted member comes from
ORGANISATION_WORDS = 10


def titled_pairs(text: str) -> list[tuple[str, str]] | None:
    """'Co-opted: Ms A Bell, Healthwatch Ashby; Mr C Dunn, Ashby Carers' Forum': two or
    more titled names, each with its organisation after a comma, split by semicolons
    (the label before the colon is no organisation)."""
    labelled = LABELLED.match(plain(text))
    pieces = (labelled["rest"] if labelled else plain(text)).split(";")
    if len(pieces) < 2:
        return None
    rows = []
    for piece in pieces:
        name, comma, organisation = piece.partition(",")
        organisation = organisation.strip(" .")
        if not comma or not STARTS_WITH_TITLE.match(name.strip()) or not _is_name(name):
            return None
        words = organisation.split()
        if not words or len(words) > ORGANISATION_WORDS or "," in organisation:
            return None
        if not organisation[:1].isupper() or STARTS_WITH_TITLE.match(organisation):
            return None
        rows.append((without_office(name.strip()), organisation))
    return rows


#: "Employer representatives:", "Independent non-voting member:": a label alone on its line
#: that heads one side of a board's members (what the rows under it represent)
SIDE_LABEL = re.compile(r"^(?P<side>[A-Z][\w'’&,() -]{2,80}?)\s*(?:\(\d{1,3}\))?\s*:$")
#: Words at most in a side's label
SIDE_WORDS = 8
#: "Vacancy – Scheduled bodies", "Vacant seat": a seat with nobody in it, no member
VACANCY = re.compile(r"^(?:\(?vacan(?:cy|t)\)?)(?:\s|$)", re.IGNORECASE)
#: "Independent Members - To be appointed", "Tarnby Borough Council – Vacancy": a seat
#: printed with the note that nobody fills it yet, after a dash
UNFILLED = re.compile(
    r"^[^–—]{2,120}?\s[–—-]\s+(?:to\s+be\s+(?:appointed|confirmed|nominated)|vacan(?:cy|t)|tbc)\.?$",
    re.IGNORECASE,
)
#: "By Invitation", "Also invited:", "In attendance:": the guests printed under the members
#: (a commissioner, a chief constable), who are no members: the list is over
GUESTS = re.compile(
    r"^(?:(?:attending\s+)?by\s+invitation|(?:also\s+)?invited|(?:also\s+)?in\s+attendance)"
    r"(?:\s+\(?non-?voting\)?)?\s*:?$",
    re.IGNORECASE,
)


def unfilled_seat(text: str) -> bool:
    """'Vacancy', 'Independent Members - To be appointed': a seat with nobody in it."""
    return VACANCY.match(text) is not None or UNFILLED.match(text) is not None


#: "Independent Co-opted Members", "Parent Governor Representatives": a side's label
#: printed with no colon, ending on what its rows are (a substitute is no member)
BARE_SIDE = re.compile(
    r"^(?!(?:named\s+)?(?:substitute|reserve|deputy|alternate))"
    r"(?P<side>[A-Z][\w'’&-]*(?:\s[\w'’&-]+){0,5}\s(?:Members|Representatives))$",
    re.IGNORECASE,
)


def bare_side_label(text: str) -> str | None:
    """'Independent Co-opted Members' on its own line after a blank one, over names one
    per line: the side its rows sit for. None for anything else, a substitutes' heading
    or a name."""
    text = without_seat_count(plain(text))  # "Independent Members (2)": its seats
    note = STATUS_NOTE.search(text)  # "Co-opted Members (non-voting)"
    match = BARE_SIDE.match(text[: note.start()] if note else text)
    if match is None or STARTS_WITH_TITLE.match(match["side"]) or CONTACT.search(text):
        return None
    return match["side"] + (note.group() if note else "")


#: "Substitutes:", "Named Substitutes", "Reserve Members:": a label over a committee's
#: named substitutes, printed as a list of its own under the members
SUBSTITUTES = re.compile(
    r"^(?:named\s+|nominated\s+)?(?:substitutes?|reserves?|deputies|alternates?)"
    r"(?:\s+(?:members?|councillors))?\s*(?:\(\d{1,3}\))?\s*:?$",
    re.IGNORECASE,
)


def substitutes_label(text: str) -> bool:
    """'Substitutes:' alone on its line under a list of members: the list is over."""
    return SUBSTITUTES.match(plain(text).strip()) is not None


def side_label(text: str) -> str | None:
    """'Scheme member representatives:' (a board's members listed by the side they sit
    for): the side. None for a contact label, a name, a sentence or a heading in capitals."""
    match = SIDE_LABEL.match(plain(text))
    if match is None:
        return None
    side = match["side"].strip()
    if CONTACT.search(side) or STARTS_WITH_TITLE.match(side) or side.isupper():
        return None
    if PLURAL_TITLE.fullmatch(side + " "):  # "Councillors:": a title over the names
        return None
    return side if len(side.split()) <= SIDE_WORDS else None


#: Lines a group's heading may wrap onto
GROUP_HEADING_LINES = 3


def group_over_indented(lines: list[Line], n: int) -> tuple[str, int] | None:
    """A group's heading printed flush left over its members indented below ("Group B –
    The Church of England" / "   Canon M. Trevithick"), as statutory bodies list members
    by the group that appoints them: the heading (with its wrapped lines, which go on in
    lower case) and how many wrapped lines follow it. None for an indented line, a name
    or a contact, or when no indented member follows."""
    raw = lines[n].text
    heading = plain(raw).strip()
    if not heading or raw[:1].isspace() or STARTS_WITH_TITLE.match(heading):
        return None
    if CONTACT.search(heading) or len(heading) > 200 or wraps(heading):
        return None  # "Conservative:  Councillors A, B," goes on below: a row, no heading
    if ":" in heading and group_row(heading) is not None:
        return None  # "Cllrs:  A Bell<gap>C Dunn" over more names: a row of its own
    k = n + 1
    while k < min(len(lines), n + GROUP_HEADING_LINES) and lines[k].text[:1].islower():
        heading = f"{heading} {plain(lines[k].text).strip()}"
        k += 1
    below = lines[k].text if k < len(lines) else ""
    member = below.strip()
    if not below.startswith(" ") or not member:
        return None
    return (heading, k - n - 1) if _read_row(member) is not None else None


def contact_line(text: str) -> bool:
    """'Contact: Jo Finch, Clerk', 'Enquiries to: ...': a contact under the list."""
    labelled = LABELLED.match(plain(text))
    return labelled is not None and CONTACT.search(labelled["label"]) is not None


#: A role column's cell: an office, or an ordinary seat ("Member")
ROLE = re.compile(r"^(?:(?:ordinary|voting|full)\s+)?members?$", re.IGNORECASE)


def role_column_row(text: str) -> list[tuple[str, str]] | None:
    """'Cllr A Bell<TAB>Chair<TAB>Ashby County Council': a "Name | Role | Council" row
    (the role and council columns either way round): the member and the council; the
    role is an office, no body. None unless there are three cells in that form."""
    cells = [plain(c).strip() for c in CELL_GAP.split(text.strip()) if c.strip()]
    if len(cells) != 3 or not STARTS_WITH_TITLE.match(cells[0]):
        return None
    role, body = (
        (cells[1], cells[2]) if not names_an_organisation(cells[1]) else (cells[2], cells[1])
    )
    if not (OFFICE.match(role) or ROLE.match(role)) or not names_an_organisation(body):
        return None
    return [(without_office(cells[0]).strip(), body)]


#: "Conservative – Councillors A and B", "Labour Group (2)<TAB>Cllrs C, D": a party, its
#: count, a dash, colon, tab or gap, then its members
PARTY_ROW = re.compile(
    r"^(?P<party>[A-Za-z][\w'’& ]{1,50}?)(?:\s*\(\d{1,3}\))?"
    r"(?:\s*[:–—]\s*|\s+-\s+|\t+\s*| {3,})(?P<names>\S.*)$"
)


def party_row(text: str) -> list[tuple[str, str]] | None:
    """'Conservative – Councillors A Bell (Chairman), C Dunn', 'Labour Group (2)<TAB>Cllrs
    G Hale, J King': a party's members after its name on one line; a party is an
    affiliation, so they represent nothing printed (a bracket after a name still does).
    None unless the words before the separator are a party's."""
    match = PARTY_ROW.match(text.strip())
    if match is None or PARTY_GROUP.fullmatch(match["party"].strip()) is None:
        return None
    return name_list(match["names"])


def substitute_table_row(text: str) -> list[tuple[str, str]] | None:
    """A "Council | Member | Named Substitute" row: the member (their bracketed office
    dropped) and the council; the substitute beside them is no member."""
    rows = council_member_substitute(text)
    return [(without_office(name).strip(), council) for name, council in rows] if rows else None


def name_columns(text: str) -> list[tuple[str, str]] | None:
    """'Brian Ellery<gap>Sue Quigg': a row of a list printed in two columns or more,
    converted line by line, each cell one member's name (an office in brackets kept out).
    None unless the line has a gap of three spaces or more and every cell reads as one
    name (a council's cell beside a name is no name)."""
    if "   " not in text.strip():
        return None
    found: list[tuple[str, str]] = []
    for cell in CELL_GAP.split(text.strip()):
        names = name_list(cell) if cell.strip() else None
        if names is None or len(names) != 1:
            return None
        found.extend(names)
    return found if len(found) >= 2 else None


def appointed_row(text: str) -> list[tuple[str, str]] | None:
    """'Members appointed by Ashby Council Councillor: A Bell, C Dunn' (see
    `membership_appointed_by`)."""
    return appointed_by_row(text, name_list)


def counted_row(text: str) -> list[tuple[str, str]] | None:
    """'Eastholm County Council (4) Councillors A and B' (see `membership_council_groups`)."""
    return counted_council_row(text, name_list)


ROW_FORMS = (
    appointed_row,
    party_row,
    substitute_table_row,
    role_column_row,
    office_cells,
    counted_row,
    member_kind_row,
    authority_then_names,
    tabbed_row,
    spaced_row,
    dashed_entries,
    dashed_row,
    name_council_row,
    titled_pairs,
    group_row,
    comma_row,
    ward_row,
    semicolon_groups,
    name_columns,
    name_list,
)
#: a line a row goes on in: it opens with a bracket or a comma ("Cllr D Strang" / "(Con),
#: Cllr P Hart (Lab)"), which no row of its own does
GOES_ON = re.compile(r"^[(,]")
#: A line a list goes on after: it ends on a separator or inside a bracket
WRAPS = re.compile(r"(?:,|;|\s(?:and|&)|\()\s*$")
#: Lines a wrapped row may span
WRAPPED_LINES = 6


#: A row ending on a title and initials at most after a word ("... Independent Members Ms
#: F"): the surname wrapped onto the next line (a row "Mr C", or ", Mr C", is a name)
TITLE_AT_END = re.compile(r"\w\s(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?(?:\s[A-Z]\.?){0,3}$")


def wraps(text: str) -> bool:
    """Whether a row of names goes on on the next line ("Councillors A (Chair), B," /
    "C and D"): it ends on a separator or on a title with no surname, or leaves a bracket
    open (counted over the whole row, which may have wrapped before)."""
    return (
        WRAPS.search(text) is not None
        or TITLE_AT_END.search(text[-40:]) is not None
        or text.count("(") > text.count(")")
    )


#: A list whose last piece is one capitalised word: a given name whose surname wrapped
GIVEN_NAME_AT_END = re.compile(r",\s*[A-Z][\w'’-]{1,30}$")


def name_wraps_under_label(text: str, following_raw: str) -> bool:
    """Whether a list beside a hanging label ("Members:<TAB>Councillors A, B, Rukhsana")
    goes on on the indented line below ("<TAB>Mahmood and C"): the line ends on a given
    name alone after a comma, and the next line is indented. A line ending on a whole
    name, or a next line flush left, goes on nowhere."""
    return (
        GIVEN_NAME_AT_END.search(text[-200:]) is not None
        and following_raw[:1] in (" ", "\t")
        and bool(following_raw.strip())
    )


def table_goes_on(raw: str, previous: str | None, form: object) -> bool:
    """A line of one cell indented by a tab (or, in a table parted by spaces, by a run of
    them) under a table row: the rest of the row's last cell ("Saltcote Town and District"
    / "<TAB>Council")."""
    text = raw.strip()
    indented = raw.startswith("\t") if form is tabbed_row else raw.startswith(" " * COLUMN_GAP)
    return (
        form in (tabbed_row, spaced_row)
        and previous is not None
        and indented
        and "   " not in text
        and "\t" not in text
        and not STARTS_WITH_TITLE.match(text)
        and 0 < len(text) <= 120
    )


#: ". Substitutes: Councillors A, B": the named substitutes printed after the members in
#: the same paragraph (no members)
SUBSTITUTES_INLINE = re.compile(
    r"[.;]\s{1,3}(?:Named\s)?(?:Substitutes?|Substitute\sMembers|Reserves)\s{0,2}[:–-]\s",
    re.IGNORECASE,
)


def before_substitutes(text: str) -> tuple[str, bool]:
    """A row up to the named substitutes that run on after it, and whether they did."""
    match = SUBSTITUTES_INLINE.search(text)
    return (text[: match.start()], True) if match is not None else (text, False)


def _read_row(text: str) -> tuple[object, list[tuple[str, str]]] | None:
    """The first form a row is in, and its members."""
    text = without_overprinted_tail(text)  # "... Carl Dunn AA GG EE NN DD AA"
    for form in ROW_FORMS:
        rows = form(text)
        if rows is not None:
            return form, rows
    return None


def _line_of(joined: list[tuple[Line, str]], name: str, cursor: int) -> tuple[Line, int]:
    """The line of a wrapped row a name was printed on, reading on from `cursor`."""
    text = " ".join(piece for _, piece in joined)
    at = text.find(name, cursor)
    if at < 0:
        return joined[0][0], cursor
    start = 0
    for line, piece in joined:
        if at < start + len(piece) + 1:
            return line, at + len(name)
        start += len(piece) + 1
    return joined[-1][0], at + len(name)


#: A summons' address block: "To: The Chair and Members of the X Committee", or the
#: members themselves ("To: Councillors Peploe, Lyle and Kenward")
ADDRESSED_TO_MEMBERS = re.compile(
    r"^To:?\s+(?:the\s+)?(?:(?:Vice-?\s?)?Chair(?:man)?,?\s+(?:and\s+)?)?(?:all\s+)?"
    r"Members\s+of\s+(?:the\s+)?[^()]{3,150}?\s*(?P<rest>\(.*)?$",
    re.IGNORECASE,
)
#: "Councillors:- A Bell, C Dunn", "Cllrs: ...": the members under a letter's "To: All
#: Members of the Panel", labelled on a line of their own
COUNCILLORS_LABEL = re.compile(r"^(?:Councillors|Cllrs)\s?:-?\s*(?P<names>[A-Z].*)$")
#: "and Anita Sayer": a list's last name wrapped onto the next line after its "and"
AND_GOES_ON = re.compile(r"^(?:and|&)\s+[A-Z]")
ADDRESSED_TO_COUNCILLORS = re.compile(
    r"^To:?\s+(?P<rest>(?:County\s+)?(?:Councillors|Cllrs)\s.*)$", re.IGNORECASE
)
#: "To:" alone, a table's label cell, its list of councillors in the cell under it
ADDRESSED_ALONE = re.compile(r"^To:(?P<rest>)$")
#: the list under such a label: "Councillors A (Chair), B, ..."
COUNCILLORS_FIRST = re.compile(r"^(?:County\s+)?(?:Councillors|Cllrs)\s+[A-Z]")


#: "with copies to all other Councillors for information": the address going on in
#: lower case after its bracketed list of members
ADDRESS_GOES_ON = re.compile(r"^\s*(?:[a-z][^()]{0,200})?[.;,]?$")


def _unbracketed(text: str) -> str | None:
    """'(Councillors A (Chair), B and C)' without its enclosing bracket, and without the
    address going on after it in lower case ("(Cllrs A and B) with copies to all other
    Councillors ..."); None when the text is not one bracket round a list."""
    if not text.startswith("("):
        return None
    depth = 0
    for at, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:  # the first bracket closes: nothing but the address may follow
            tail = text[at + 1 :]
            if tail and not ADDRESS_GOES_ON.match(tail):
                return None  # "(A) and (B)": the first bracket closes early
            return text[1:at]
    return None


def addressed_members(lines: list[Line], n: int) -> list[MembershipFacts] | None:
    """The members a summons is addressed to, named in its address block: "To: Councillors
    A, B and C", or "To: The Chair and Members of the X Committee" over a bracketed list
    "(Councillors A (Chair), B, ..." that may wrap, or "To:" alone (a table's label cell)
    over "Councillors A (Chair), B, ...". None when line n is no such address."""
    text = plain(lines[n].text).strip()
    match = (
        ADDRESSED_TO_COUNCILLORS.match(text)
        or ADDRESSED_TO_MEMBERS.match(text)
        or ADDRESSED_ALONE.match(text)
    )
    if match is None:
        return None
    joined: list[tuple[Line, str]] = []
    rest = (match["rest"] or "").strip()
    if rest:
        joined.append((lines[n], rest))
    gap = 0  # blank lines passed between the address and its labelled list
    for line in lines[n + 1 : n + 1 + WRAPPED_LINES]:
        piece = plain(line.text).strip()
        last_and = AND_GOES_ON.match(piece) and not joined[-1][1].endswith(")") if joined else None
        if joined and not (wraps(" ".join(p for _, p in joined)) or last_and):
            break
        label = COUNCILLORS_LABEL.match(piece) if not joined else None
        if label is not None:
            piece = f"Councillors {label['names']}"  # "Councillors:- A Bell, C Dunn"
        elif not joined and not piece and not gap and match.re is ADDRESSED_TO_MEMBERS:
            gap += 1
            continue
        elif match.re is ADDRESSED_ALONE and not joined:
            if not COUNCILLORS_FIRST.match(piece):
                return None  # "To:" over anything but councillors named
        elif not joined and not (piece.startswith("(") or COUNCILLORS_FIRST.match(piece)):
            return None  # the members are not named
        joined.append((line, piece))
    if not joined:
        return None
    row = " ".join(p for _, p in joined)
    inner = row if not row.startswith("(") else _unbracketed(row)
    if inner is None or not PLURAL_TITLE.match(inner):
        return None
    names = name_list(inner)
    if names is None:
        return None
    found, cursor = [], 0
    for name, represents in names:
        at, cursor = _line_of(joined, name, cursor)
        found.append(MembershipFacts(name, represents, at.number))
    return found


#: "To:  Councillor A Bell (Chairman)": a summons addressed to its members one per line,
#: the first beside "To:"
ADDRESSED_TO_MEMBER = re.compile(r"^To:?\s+(?P<rest>\S.*)$")
#: Members at least in such an address: one name is a letter to one person
ADDRESSED_MEMBERS = 2


def addressed_one_per_line(lines: list[Line], n: int) -> list[MembershipFacts] | None:
    """The members a summons is addressed to one per line ("To:  Councillor A Bell
    (Chairman)" / "     Councillor C Dunn"), each titled, two at least; a bracket after a
    name is what they represent unless it is an office. None when line n is no such
    address."""
    match = ADDRESSED_TO_MEMBER.match(plain(lines[n].text).strip())
    if match is None:
        return None
    found: list[MembershipFacts] = []
    pieces = [(lines[n], match["rest"])]
    pieces += [(line, plain(line.text).strip()) for line in lines[n + 1 : n + 1 + MAX_MEMBERS]]
    for line, piece in pieces:
        if not STARTS_WITH_TITLE.match(piece) or PLURAL_TITLE.match(piece):
            break
        names = name_list(piece)
        if names is None or len(names) != 1:
            break
        found.append(MembershipFacts(names[0][0], names[0][1], line.number))
    return found if len(found) >= ADDRESSED_MEMBERS else None


#: Characters a cell may start left of its column's heading and still be in that column
COLUMN_SLACK = 2


def column_list(lines: list[Line], n: int) -> list[MembershipFacts] | None:
    """Members printed in two columns under a heading row ("Membership<gap>Substitutes"),
    converted line by line: each line holds a member of the left column, of the right, or
    of both. A left member represents nothing printed; a right member represents the right
    column's heading (a committee's named substitutes). None when line n is no such row."""
    heading = _cells(lines[n].text)
    if len(heading) != 2 or not HEADING.match(plain(heading[0][1])):
        return None
    label = plain(heading[1][1]).strip(" :")
    if STARTS_WITH_TITLE.match(label) or not label[:1].isupper() or len(label.split()) > 4:
        return None
    right = heading[1][0]
    found: list[MembershipFacts] = []
    for line in lines[n + 1 : n + 1 + MAX_MEMBERS]:
        cells = _cells(line.text)
        if not cells:
            if found:
                break
            continue
        if len(cells) > 2:
            break
        for at, cell in cells:
            represents = label if at >= right - COLUMN_SLACK else ""
            names = name_list(cell)
            if names is None or len(names) != 1:
                return found or None
            name, bracket = names[0]
            found.append(MembershipFacts(name, bracket or represents, line.number))
    return found or None


#: The other column's heading beside a membership heading on a front sheet: the agenda,
#: or a meeting's detail with its value ("Date: 12 May 2024")
BESIDE = re.compile(r"^(?:agenda|business|[A-Z][\w ]{1,20}:\s*\S.*)$", re.IGNORECASE)


def beside_column(lines: list[Line], n: int) -> list[MembershipFacts] | None:
    """A front sheet printing the membership in a column beside the agenda or the meeting's
    details ("AGENDA<gap>MEMBERSHIP" / "1. Apologies<gap>Councillor A Bell (Chairman)", or
    "Membership:<gap>Date: 12 May 2024" / "Councillor A Bell<gap>Time: 7.00 pm"), converted
    line by line: the members are the cells in the membership's column, one name each,
    until a line has none. None when line n is no such heading row."""
    heading = _cells(lines[n].text)
    if len(heading) != 2:
        return None
    bare = [
        (m := HEADING.match(plain(c).strip())) is not None and not m["rest"] for _, c in heading
    ]
    if bare.count(True) != 1:
        return None
    side = bare.index(True)
    other = plain(heading[1 - side][1]).strip()
    if not BESIDE.match(other) or substitutes_heading(other) or HEADING.match(other):
        return None
    column = heading[1][0]
    found: list[MembershipFacts] = []
    for line in lines[n + 1 : n + 1 + MAX_MEMBERS]:
        cells = _cells(line.text)
        if side == 1:
            mine = [c for at, c in cells if at >= column - COLUMN_SLACK]
        else:
            mine = [c for at, c in cells if at < column - COLUMN_SLACK][:1]
        if not mine:
            break
        names = name_list(mine[0])
        if names is None or len(names) != 1:
            break
        name, bracket = names[0]
        found.append(MembershipFacts(name, bracket, line.number))
    return found or None


#: A column's heading naming an authority ("Brackenmoor County Council", "Corve Vale DC")
AUTHORITY_HEADING = re.compile(
    r"^(?:[A-Z][\w'’&.-]{0,30} ){1,6}(?:Council|Authority|CC|DC|BC|MBC)$"
)


#: A column's heading naming a side of a joint body ("Authority Members", "Staff
#: Representatives", "Employers' Side", "Trade Union Side")
SIDE_HEADING = re.compile(
    r"^(?:[A-Z][\w'’&.-]{0,30} ){1,4}(?:Members|Representatives|Side|Nominees)$"
)


#: "Councillor Members", "Elected Members": a side's heading that names no seat or body
#: (the councillors' side beside the co-opted members)
GENERIC_SIDE = re.compile(r"^(?:Councillor|Elected|Council)\s+(?:Members|Representatives)$")


def _sides_row(cells: list[tuple[int, str]]) -> bool:
    """A row of two sides' or more headings only, as a joint committee's agenda prints its
    members under them ("Authority Members<gap>Staff Representatives")."""
    return len(cells) >= 2 and all(
        SIDE_HEADING.match(plain(c).rstrip(":"))
        and (not STARTS_WITH_TITLE.match(c) or GENERIC_SIDE.match(plain(c).rstrip(":")) is not None)
        for _, c in cells
    )


def _authority_row(cells: list[tuple[int, str]]) -> bool:
    """A row of authorities' names only, not a table's "Member   Constituent Authority";
    or a row of a joint body's sides (`_sides_row`)."""
    if _sides_row(cells):
        return True
    return (
        bool(cells)
        and all(
            AUTHORITY_HEADING.match(without_seat_count(plain(c)))  # "Ashby BC (3)": its seats
            and not STARTS_WITH_TITLE.match(c)
            and not all(w.lower() in COLUMN_WORDS for w in c.split()[:-1])
            for _, c in cells
        )
    )


def _represented(heading: str) -> str:
    """What the members under a column's heading represent: the council or side, nothing
    for a party's ("Conservative Members" is an affiliation, no body represented) or a
    generic side's ("Councillor Members")."""
    text = without_seat_count(plain(heading).strip())
    return "" if PARTY_GROUP.match(text) or GENERIC_SIDE.match(text) else text


def _next_group_heading(lines: list[Line]) -> bool:
    """Whether the first filled line of `lines` heads another group of members under the
    same list: a row of authorities or sides, or a side's label alone ("Co-opted
    Members")."""
    filled = next((line for line in lines if line.text.strip()), None)
    if filled is None:
        return False
    cells = _cells(filled.text)
    return _authority_row(cells) or (len(cells) == 1 and bare_side_label(cells[0][1]) is not None)


#: "Councillor Mrs A Reid (Vice-" / "Chairman)": an office's bracket a column's narrow
#: cell broke, left open on the name's line and closed on the line below
BRACKET_LEFT_OPEN = re.compile(r"\s*\([^()]{0,40}$")
BRACKET_CLOSED_BELOW = re.compile(r"[^()]{1,40}\)")
#: "Parish Council Representative: Mr C Yeoman (Brentley Rural Parishes)": one more seat,
#: printed across the page under a joint body's columns
SEAT_LINE = re.compile(
    r"^(?P<seat>(?:[A-Z][\w'’&.-]{0,30} ){1,4}(?:Members?|Representatives?|Nominees?))"
    r"\s?:\s*(?P<names>\S.{2,200})$"
)


def seat_under_columns(lines: list[Line], blank: int) -> list[MembershipFacts]:
    """The seat a joint body's agenda prints across the page under its sides' columns, on
    the first line with text after the blank line at `blank`: its member, representing
    what their bracket names, else the seat. [] when that line is no such seat."""
    k = next((j for j in range(blank, min(blank + 3, len(lines))) if lines[j].text.strip()), None)
    match = SEAT_LINE.match(plain(lines[k].text).strip()) if k is not None else None
    names = name_list(match["names"]) if match is not None else None
    if k is None or match is None or not names:
        return []
    return [
        MembershipFacts(name, bracket or match["seat"], lines[k].number) for name, bracket in names
    ]


def council_columns(lines: list[Line], n: int) -> list[MembershipFacts] | None:
    """Members printed in columns under the authority each represents, below a bare
    "Membership" heading ("Brackenmoor County Council<gap>Ullesthorpe District Council" /
    "Cllr A<gap>Cllr B"), as a joint body's agenda lists them; a later row of authorities
    starts new columns. A cell that is a bracket alone is the office of the name above
    it. None unless the first line below the heading is a row of authorities."""
    k = n + 1
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    if k >= len(lines) or not _authority_row(_cells(lines[k].text)):
        return None
    heads: list[tuple[int, str]] = []
    found: list[MembershipFacts] = []
    window = lines[k : k + MAX_MEMBERS]
    for index, line in enumerate(window):
        cells = _cells(line.text)
        if not cells:
            if _next_group_heading(window[index + 1 : index + 1 + LEAD_IN]):
                continue  # a blank line before the next council's or side's group
            if found:
                found += seat_under_columns(lines, k + index)
            break
        if _authority_row(cells):
            heads = [(at, _represented(plain(c).strip().rstrip(":"))) for at, c in cells]
            continue
        if len(cells) == 1 and bare_side_label(cells[0][1]) is not None:
            heads = [(cells[0][0], without_seat_count(plain(cells[0][1]).strip()))]
            continue
        for at, cell in cells:
            if TRAILING_BRACKET.fullmatch(cell.strip()) or BRACKET_CLOSED_BELOW.fullmatch(cell):
                continue  # "(Vice-Chairman)" under its name: the office, not a member
            column = [h for h in heads if h[0] <= at + COLUMN_SLACK]
            names = name_list(BRACKET_LEFT_OPEN.sub("", cell))
            if names is None or len(names) != 1 or not column:
                return found or None
            name, bracket = names[0]
            found.append(MembershipFacts(name, bracket or column[-1][1], line.number))
    return found or None


#: Lines under a membership heading searched for a table converted one cell per line
STACKED_LINES = 400


def stacked_table(lines: list[Line], n: int) -> list[MembershipFacts] | None:
    """The members of a "Member | Council" or "Council | Member | Named Substitute" table
    printed one cell per line under the heading at line n (`stacked_cells`), their
    bracketed offices dropped. None when no such table follows."""
    below = lines[n + 1 : n + 1 + STACKED_LINES]
    stacked = stacked_cells([line.text for line in below])
    if stacked is None:
        return None
    return [
        MembershipFacts(without_office(name).strip(), council, below[at].number)
        for at, name, council in stacked[1]
    ]


#: "... 9 CHIEF EXECUTIVE REPORT Membership – Cllr A Reid (Chairman), ...": the heading
#: inside (or opening) a line an agenda's table was flattened onto, a titled name after it
MID_HEADING = re.compile(
    r"(?:^|\s)Membership\s?(?:\(\d{1,3}\))?\s?[:–—-]\s(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\s)"
)
#: Where such a list ends: a lettered note ("(a) DECLARATIONS") or the next item ("10 ")
FLAT_END = re.compile(r"\s\((?:[a-z]|[ivx]{1,4})\)\s|\s\d{1,2}\.?\s[A-Z]{3,}")
#: "Independent Members - ": a group of members inside the flattened list (one word before
#: "Members": the words before it may be the surname of the list's last name)
FLAT_GROUP = re.compile(r"\s(?P<group>[A-Z][\w'’-]{1,30}\sMembers)\s?[:–—-]\s")
#: A flattened list is long: the membership is never looked for inside a short line
FLAT_LINE = 300
#: Lines of an agenda's opening searched for a flattened list
FLAT_LINES = 40


def flattened_membership(line: Line) -> list[MembershipFacts] | None:
    """The members listed after a "Membership –" heading in the middle of a long line
    (an agenda's table flattened onto one line), up to a lettered note or the next item;
    a group label inside it ("Independent Members - ") is what its members represent
    unless their bracket says. None when the line holds no such heading."""
    text = plain(line.text)
    match = MID_HEADING.search(text) if len(text) >= FLAT_LINE else None
    if match is None:
        return None
    rest = text[match.end() :]
    end = FLAT_END.search(rest)
    rest = rest[: end.start()] if end else rest[:2000]
    chunks: list[tuple[str, str]] = []
    side, at = "", 0
    for group in FLAT_GROUP.finditer(rest):
        chunks.append((side, rest[at : group.start()]))
        side, at = group["group"], group.end()
    chunks.append((side, rest[at:]))
    found: list[MembershipFacts] = []
    for label, chunk in chunks:
        read = _read_row(chunk.strip()) if chunk.strip() else None
        for name, represents in read[1] if read else []:
            found.append(MembershipFacts(name, represents or label, line.number))
    return found or None


#: "1.   Apologies", "2 Minutes": an agenda item's number and title, no member's
NUMBERED_BUSINESS = re.compile(r"^\d{1,2}\.?\s{1,8}(?P<rest>[A-Z]\S*)")


def numbered_business(text: str) -> bool:
    """A numbered line whose title is no titled name ("1.   Apologies"): the agenda's
    business under the list, which is over ("1. Councillor A Bell" may number members)."""
    match = NUMBERED_BUSINESS.match(text)
    return match is not None and STARTS_WITH_TITLE.match(match["rest"]) is None


def _flattened(line: Line, following: Line | None) -> list[MembershipFacts] | None:
    """The list of a line an agenda's front sheet was flattened onto, in either form. A
    run-on list goes on into the next piece cut from the same source line (its group
    label, "Independent Members:", cut it there)."""
    run_on = run_on_members(line)
    if run_on and following is not None and following.number == line.number:
        run_on = run_on_members(Line(line.number, f"{line.text} {following.text}")) or run_on
    return (
        flattened_membership(line)
        or flattened_council_groups(line, name_list)
        or flattened_member_table(line)
        or run_on
        or flat_titled_members(line)  # "Membership Councillor A Chairman Councillor B"
        or flat_ward_table(line)  # "MEMBER WARD Councillor A Reid Eastfield Councillor B"
        or flat_ward_semicolons(line)  # "Councillors: A Reid Eastfield; B Moss Hale;"
        or flat_comma_list(line)  # "To: Councillors: Ann Reid, Ben Moss and Cara Lowe"
        or flat_place_groups(line)  # "Membership Eastby A Reid B Moss Westby C Lowe ..."
        or flat_office_runs(line)  # "Chair: Cllr A Vice-Chair: Ald B Members: Aldermen – C"
        or flat_forename_pairs(line)  # "Councillors: Liz Reid (Chairman) Ken Moss Ann Hale"
        or flat_initialled_offices(line)  # "Councillors: A. Reid Leader B. Moss Deputy ..."
    )


def introduces_members(text: str) -> bool:
    """A sentence that introduces the list below it: "The Committee comprises
    Councillors:", "To X Area Council members as follows:-"."""
    return COMPRISES.match(text) is not None or AS_FOLLOWS.match(text) is not None


def leaves_table(form: object, read: tuple[object, list[tuple[str, str]]]) -> bool:
    """Whether a line after a member | council table is past its end: one untitled name
    in no cell ("Bodlondeb Plas Tegid", the host's address printed under the table), where
    a member with an empty cell would still print a title."""
    kind, rows = read
    return (
        form in (tabbed_row, spaced_row)
        and kind is name_list
        and len(rows) == 1
        and not rows[0][1]
        and STARTS_WITH_TITLE.match(rows[0][0]) is None
    )


def _council_over_row(lines: list[Line], n: int, text: str) -> str | None:
    """The council heading line n ("Eastholm County Council (12)"), when the next filled
    line is a row of members it sent; else None."""
    council = council_heading(text)
    if council is None or _read_row(plain(_next_filled(lines, n)).strip()) is None:
        return None
    return council


def _next_filled(lines: list[Line], n: int) -> str:
    """The text of the first filled line after line n within a few lines, else ""."""
    return next((line.text for line in lines[n + 1 : n + 1 + LEAD_IN] if line.text.strip()), "")


#: Forms of a member | body table: a line of one cell under its rows heads their next group
#: ("Non-Constituent Members" under "Cllr A Bell Westmarch County Council")
CELL_FORMS = (name_council_row, tabbed_row, spaced_row, dashed_row)


def membership(lines: list[Line]) -> list[MembershipFacts]:
    """The members listed under the first membership heading of an agenda, in order, or
    else in a list with no heading; failing both, in a sentence that names them ("Members
    of the X Committee are A, B and C": a flyer may print its list and repeat it so)."""
    return _membership(lines) or _membership(lines, sentences=True)


def _membership(lines: list[Line], sentences: bool = False) -> list[MembershipFacts]:
    """The members under the first membership heading (or sentence, with `sentences`). A
    row may wrap over several lines; after a blank line, a row in another form than the
    list's (a contact, a part heading) ends it."""
    found: list[MembershipFacts] = []
    in_list = False
    lead_in = 0
    form: object = None  # the form of the list's rows so far
    blank = False
    wrapped: list[tuple[Line, str]] = []
    side = ""  # the side label the rows below sit under, if any
    skip = 0  # the lines of a group's heading that wrapped, already read
    officers = False  # every row so far an office and its holder ("Chair: Cllr A Reid")
    for n, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        text = without_list_mark(line.text.strip()) if in_list else line.text.strip()
        if in_list and is_rule_row(text):
            continue  # "|---|---|" under a pipe table's heading row: no member
        text = (pipe_cells(text) if in_list else None) or text  # "| Cllr A | Ashby BC |"
        if not in_list and not found and line.text.lstrip().startswith("To"):
            addressed = (
                addressed_members(lines, n)
                or addressed_glued(lines, n)
                or addressed_one_per_line(lines, n)
                or addressed_lines(lines, n)
            )
            if addressed:
                return addressed
        if not in_list and not found and COLUMN_GAP * " " in line.text.strip():
            columns = (
                beside_column(lines, n)
                or column_list(lines, n)
                or council_member_table(lines, n, name_list)
            )
            if columns:
                return columns
        if not in_list and not found and opens_with_offices(text, _next_filled(lines, n)):
            in_list, lead_in = True, 0  # "Chairman: Cllr X" / "Vice-Chairman: Cllr Y"
        if not in_list:
            heading = membership_heading(plain(text), sentences) if len(text) <= 400 else None
            opens = heading is None and (  # "Members appointed by X": its own heading
                appointed_row(text) is not None or appointed_by_label(text) is not None
            )
            if heading is None and not opens and not introduces_members(plain(text)):
                continue
            if heading is not None and not heading["rest"]:
                columns = (
                    council_columns(lines, n)
                    or council_member_table(lines, n + 1, name_list)
                    or stacked_table(lines, n)
                )
                if columns:
                    return columns
            in_list, lead_in = True, 0
            text = (heading["rest"] or "").strip() if heading else text if opens else ""
        if found and table_goes_on(line.text, found[-1].represents, form) and not blank:
            found[-1].represents = f"{found[-1].represents} {plain(line.text).strip()}"
            continue
        if not found and substitute_column_heading(text):
            continue  # "Council<TAB>Member<TAB>Named Substitute": a table's heading row
        if not text or (not found and is_column_heading(text)):
            blank = blank or (not text and bool(found))
            continue  # blank lines inside a list, a table's heading row: the next decides
        if found and not wrapped and (contact_line(text) or QUORUM_LINE.match(text)):
            break  # "Contact: Jo Finch, Clerk", "Quorum : 3 Members": the list is over
        if found and not wrapped and LETTER_GOES_ON.match(text):
            break  # "(2) Chief Fire Officer", "Dear Member": the letter's next addressee
        if not found and SALUTATION.match(text):
            in_list = False  # "To: Members of X" / "Dear Councillor": the letter names nobody
            continue
        if found and not wrapped and numbered_business(plain(text)):
            break  # "1.   Apologies and Named Substitutes": the agenda's first item
        if found and not wrapped and (substitutes_label(text) or substitutes_heading(text)):
            break  # "Substitutes:" under the members: named substitutes are no members
        if not wrapped and (party_heading(text) or kind_heading(text)):
            side, blank = "", False  # "Labour (3)", "DISTRICT COUNCILLORS (5)": no body
            continue
        label = (
            appointed_by_label(text)
            or side_label(text)
            or (bare_side_label(text) if blank or not found or form in CELL_FORMS else None)
            or (_council_over_row(lines, n, text) if blank or not found else None)
        )
        if not wrapped and label is not None:
            side, blank = _body_of(label), False  # a new side: its rows may take another form
            continue
        if not wrapped and (group := group_over_indented(lines, n)) is not None:
            side, blank, skip = _body_of(group[0]), False, group[1]
            continue
        if found and not wrapped and GUESTS.match(plain(text)):
            break  # "By Invitation": the guests below are no members
        if not wrapped and unfilled_seat(plain(text)):
            continue  # an empty seat: no member, and the list goes on
        following = lines[n + 1].text.strip() if n + 1 < len(lines) else ""
        rejoined = None if wrapped else label_broken_beside(text, following)
        if rejoined is not None:  # "Co-opted Mr X (Ashby" / "Member:  Council)"
            text, skip = rejoined, 1
            following = lines[n + 2].text.strip() if n + 2 < len(lines) else ""
        joined = [*wrapped, (line, text)]
        below = n + 1 + skip  # the line under the row (under its label's second line)
        following_raw = lines[below].text if below < len(lines) else ""
        goes_on = (
            wraps(" ".join(piece for _, piece in joined))
            or GOES_ON.match(following)
            or name_wraps_under_label(text, following_raw)
        )
        # "...; " then "Members appointed by X": the next group's heading, not the row's end
        goes_on = goes_on and appointed_by_label(_next_filled(lines, below - 1)) is None
        if goes_on and len(joined) < WRAPPED_LINES:
            wrapped = joined
            continue
        wrapped = []
        row, substitutes = before_substitutes(" ".join(piece for _, piece in joined))
        read = _read_row(row)
        if form is name_council_row and (untitled := untitled_body_row(row)) is not None:
            read = (name_council_row, untitled)  # "Ruth Calder Westmarch & Hale LEP"
        grouped = (titled_pairs, group_row) if side else (titled_pairs,)
        # another form after a blank line ends the list, unless a label rejoined from
        # two lines ("Co-opted" / "Member:") or a kind of member ("Independent Members -
        # Mr A") opens a new group
        grouped = (*grouped, member_kind_row)
        new_form = read is not None and read[0] not in (form, *grouped) and rejoined is None
        if new_form and found and blank and not members_after_officers(officers, row):
            break
        if read is not None and found and leaves_table(form, read):
            break  # "Bodlondeb Plas Tegid" under a member | council table: an address
        if read is None and not found:
            flat = flat_ward_table(line) or flat_ward_semicolons(line)
            if flat:  # "MEMBER WARD Councillor A Reid Eastfield ..." under the heading
                return flat
        if read is None:
            if found:
                break
            lead_in += 1
            if lead_in > LEAD_IN:  # a heading with no list after it
                in_list = False
            continue
        form, rows = read
        blank = False
        officers = office_row(row) and (officers or not found)
        cursor = 0
        for name, represents in rows:
            at, cursor = _line_of(joined, name, cursor)
            found.append(MembershipFacts(name, represents or side, at.number))
        if len(found) >= MAX_MEMBERS or substitutes:
            break  # "... and Frost. Substitutes: Councillors ...": the members are over
    if not found:
        head = lines[:FLAT_LINES]
        flat = next(filter(None, map(_flattened, head, [*head[1:], None])), None)
        flat = flat or surname_roll_members(lines)  # "Councillors: Brewer Mrs Bridewell ..."
        flat = flat or place_group_lines(lines)  # "Eastby A Reid B Moss" / "Westby C Lowe"
        return flat or unlabelled_members(lines, name_list) or []  # "Councillors A, B, C."
    return found
