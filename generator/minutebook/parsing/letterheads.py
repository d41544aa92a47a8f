"""The authority a committee belongs to, from the letterhead above its paper's opening.

A council's or an authority's committee papers are printed under the authority's name:
"WESTMERE BOROUGH COUNCIL" over "Minutes of the meeting of the Licensing Committee held
...", "Harrowvale Council / NOTICE OF MEETING / Meeting: Cabinet". The sentence names only
the committee, and every council has a "Licensing Committee" and a "Cabinet": without its
authority the name would file one council's committee under another's. So a committee
named under an authority's letterhead is "<authority> <committee>". A body that stands on
its own ("the Council", a Police and Crime Panel hosted by a county council, a body whose
name already holds the authority's) keeps its name. Under a partnership of councils'
letterhead ("BRACKENMOOR JOINT WASTE PARTNERSHIP"), a "Joint Member Board" is the
partnership's.
"""

from __future__ import annotations

import re

from ..body_names import contains_words, normalise
from ..dates import DATE_PHRASE
from .text import plain, title_case

#: Longest letterhead line read; an authority's name is never longer.
MAX_LETTERHEAD = 80
#: Non-blank lines above the opening searched for the letterhead.
LETTERHEAD_LINES = 12
#: "Westmere Borough Council", "EASTMARSH COMBINED FIRE AUTHORITY", "The Wessex Vale Police
#: Authority", "PORT OF ASHCOMBE HARBOUR COMMISSIONERS", "Fenmoor Conservation Trust",
#: "Rillwater Fishery Board of Conservators", "Brackenmoor Joint Waste Partnership": words,
#: then the kind of authority (a council, an authority, the commissioners, trust or
#: conservators a port, a harbour, a common or a river is governed by, or the partnership
#: several councils form), and nothing else on the line
AUTHORITY_LINE = re.compile(
    r"(?:the\s+)?[A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z&][A-Za-z'’.-]*){0,8}?\s+"
    r"(?:council|authority|commissioners|trust|conservators|partnership)"
    # "BOROUGH COUNCIL OF CALDERDALE": the place after the kind
    r"(?:\s+of\s+[A-Za-z][A-Za-z'’.-]*(?:\s+(?:and\s+)?[A-Za-z][A-Za-z'’.-]*){0,3})?",
    re.IGNORECASE,
)
#: a paper's title, never a letterhead: "Minutes of the Meeting of the Town Council"
PAPER_TITLE = re.compile(
    r"(?:(?:draft|unconfirmed)\s+)?(?:minutes|agenda|notice|summons|meeting)\s+(?:of|for|from)\b",
    re.IGNORECASE,
)
#: the addressees a summons names on a line of its own: "Members of the Council", "To: All
#: Members of the Cabinet"
ADDRESSEES = re.compile(r"(?:to:?\s+)?(?:all\s+)?(?:members|councillors)\s+of\b", re.IGNORECASE)
#: The kinds of authority governed by a board of their own members: "the Board" of harbour
#: commissioners, of a trust or of conservators is the whole authority meeting, and so is
#: a Scottish national park authority's "Board" (its members sit as the Board)
BOARD_GOVERNED = re.compile(
    r"\b(?:commissioners|trust|conservators|national\s+park\s+authority)$", re.IGNORECASE
)
#: "the Board", "Full Board", "Board Meeting": a meeting of the whole board
WHOLE_BOARD = re.compile(
    r"(?:the\s+)?(?:(?:full|annual|ordinary|special)\s+)?board(?:\s+meeting)?", re.IGNORECASE
)
#: "London Borough of Eastwick", "Royal Borough of Kingsmere", "City of Fenby Council"
BOROUGH_OF = re.compile(
    r"(?:the\s+)?(?:london\s+|royal\s+|metropolitan\s+)?borough\s+of\s+"
    r"[A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z&][A-Za-z'’.-]*){0,4}",
    re.IGNORECASE,
)
#: Words of an authority's name that say what kind it is, not where it is
KIND_WORDS = frozenset(
    {"city", "county", "borough", "district", "town", "parish", "london", "royal",
     "metropolitan", "of", "council", "authority", "police", "fire", "combined"}
)  # fmt: skip
#: Kind words a logo prints under its place: a Welsh community council's "COMMUNITY COUNCIL"
LOGO_KIND_WORDS = KIND_WORDS | {"community"}
#: Words naming what an authority does, not where: "Fire and Rescue", "Combined", "National
#: Park", "Waste", "Transport", "Community"
SERVICE_WORDS = frozenset(
    {"and", "rescue", "national", "park", "waste", "transport", "community", "crime",
     "passenger", "health", "joint", "integrated", "the"}
)  # fmt: skip
#: A body that is not a committee of the letterhead's authority: the authority itself, or a
#: body with its own standing (a joint panel a council hosts, a commissioner's board)
STANDS_ALONE = re.compile(
    r"\b(?:council|authority|police and crime|commissioner|partnership|joint)\b",
    re.IGNORECASE,
)


#: the break between a bilingual letterhead's two names: "Cyngor Sir Tregaron / Tregaron
#: County Council", "Tregaron County Council | Cyngor Sir Tregaron"
BILINGUAL_BREAK = re.compile(r"\s+[/|]\s+")


#: a letterhead's contact cell beside the name: a web address, an e-mail, a telephone
CONTACT_CELL = re.compile(
    r"^(?:(?:https?://|www\.)\S{3,100}|\S{1,64}@\S{3,100}|(?:tel[.:]?\s*)?[\d ()+]{7,20})$",
    re.IGNORECASE,
)


#: a labelled contact detail run on after the name on a letterhead's line: "Kelbridge
#: Borough Council Tel: 01234 567890 E-mail: ...", "... Authority Web: www..."
CONTACT_LABEL = re.compile(
    r"\s+(?:tel(?:ephone)?|phone|e-?mail|web(?:site)?|fax|minicom)\s*[:.]", re.IGNORECASE
)


def without_contact_cells(text: str) -> str:
    """A letterhead row without the contact cells a tab sets beside the name
    ("Kelbridge Borough Council<TAB>www.kelbridge.gov.uk") or the labelled contacts run on
    after it ("Kelbridge Borough Council Tel: 01234 567890"); any other row as it was."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    labelled = CONTACT_LABEL.search(text) if len(cells) < 2 else None
    if labelled is not None and text[: labelled.start()].strip():
        return text[: labelled.start()]
    if len(cells) < 2:
        return text
    kept = [c for c in cells if not CONTACT_CELL.match(c)]
    return kept[0] if len(kept) == 1 else text


#: Most characters of a date that ends a minute book's running head
MAX_HEAD_DATE = 40


def without_head_date(text: str) -> str:
    """A minute book's running head without the meeting's date it ends on ("KIDWELLY TOWN
    COUNCIL 18th JANUARY 2011", "Ashby Parish Council - 3 May 2024"): the authority's name
    as its letterhead; any other line as it was."""
    tail = text.rstrip()[-MAX_HEAD_DATE:]
    date = DATE_PHRASE.search(tail)
    if date is None or tail[date.end() :].strip():
        return text
    return text.rstrip()[: len(text.rstrip()) - len(tail) + date.start()].rstrip(" ,–—-")


def authority_name(text: str) -> str | None:
    """The authority a line names, when the line is only that name; on a Welsh council's
    bilingual letterhead, the half that names it in English (the Welsh "Cyngor Sir X" ends
    on the place, no kind of authority, so no half but the English one reads as a name).
    A minute book's running head may print the meeting's date after it."""
    text = without_head_date(without_contact_cells(text))
    halves = BILINGUAL_BREAK.split(plain(text).strip(" #*_"))
    if len(halves) == 2:
        return next((n for h in halves if (n := _authority_name(h)) is not None), None)
    return _authority_name(text)


def _authority_name(text: str) -> str | None:
    """The authority a line names, when the line is only that name."""
    name = plain(text).strip(" #*_")
    if not name or len(name) > MAX_LETTERHEAD or any(c.isdigit() for c in name):
        return None
    if PAPER_TITLE.match(name):  # "Minutes of the Meeting of the Parish Council"
        return None
    if ADDRESSEES.match(name):  # "Members of the Council": whom a summons is sent to
        return None
    if not (AUTHORITY_LINE.fullmatch(name) or BOROUGH_OF.fullmatch(name)):
        return None
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


#: a logo's place name on a line of its own over the kind of authority: "KELBRIDGE" /
#: "BOROUGH COUNCIL"
PLACE_LINE = re.compile(r"[A-Z][A-Za-z'’.-]{2,25}(?: [A-Z][A-Za-z'’.-]{2,25}){0,2}")


def letterhead_authority(texts: list[str]) -> str | None:
    """The first authority named on a line of its own among the lines above an opening; a
    name that is only the kind of authority ("BOROUGH COUNCIL") under a line that is only
    a place ("KELBRIDGE"), as a logo breaks it, is the two lines joined."""
    seen = 0
    previous = ""
    for text in texts:
        if not text.strip():
            previous = ""
            continue
        seen += 1
        if seen > LETTERHEAD_LINES:
            break
        name = authority_name(text)
        if name is not None:
            return logo_joined(previous, name)
        previous = plain(text).strip(" #*_")
    return None


#: a paper's own words over its letterhead, never a place: "Public Document Pack", "AGENDA"
NOT_A_PLACE = re.compile(
    r"\b(?:agenda|minutes|public|document|pack|notice|summons|draft|meeting|item|page)\b",
    re.IGNORECASE,
)


def logo_joined(above: str, name: str) -> str:
    """'<place> <kind>' when the name is only kind words ("Borough Council") and the line
    above it only a place ("KELBRIDGE"); else the name."""
    kind_only = all(w.lower() in LOGO_KIND_WORDS for w in name.split())
    if NOT_A_PLACE.search(above):
        return name
    if kind_only and PLACE_LINE.fullmatch(above) and not authority_name(above):
        return f"{above} {name}"
    return name


#: A meeting of the whole authority, as its own papers name it: "Full Council", "the
#: Council", "Council Meeting", "Authority Meeting", "Full Authority", "Annual Council"
WHOLE_BODY = re.compile(
    r"(?:the\s+)?(?:(?:full|annual|extraordinary|special|ordinary)\s+)?"
    r"(?P<noun>council|authority)(?:\s+meeting)?",
    re.IGNORECASE,
)


#: an opening that names only a meeting, no body ("TOWN COUNCIL Minutes of Ordinary
#: Meeting held ..."): the letterhead's authority met
MEETING_ONLY = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?meeting", re.IGNORECASE)


def whole_authority(body: str, authority: str | None) -> str | None:
    """The letterhead's authority when the body is the whole of it ("Full Council" under
    "WEXBOROUGH TOWN COUNCIL", "Authority Meeting" under "GLASSMOOR NATIONAL PARK
    AUTHORITY"): the meeting is the authority's own, not a body called "Full Council"."""
    if authority and (tail_of_authority(body, authority) or fire_authority(body, authority)):
        return title_case(authority)
    if authority and board_of_governors(body, authority):
        return title_case(authority)
    if authority and MEETING_ONLY.fullmatch(body.strip()):  # "X COUNCIL Minutes of Meeting"
        return title_case(authority)
    whole = WHOLE_BODY.fullmatch(body.strip()) if authority else None
    if whole is None or authority is None:
        return None
    borough = whole["noun"].lower() == "council" and BOROUGH_OF.fullmatch(authority)
    # "the Council" under "BOROUGH COUNCIL OF X": the noun, then its place
    of_place = re.search(rf"\b{whole['noun'].lower()}\s+of\s", normalise(authority))
    if not (normalise(authority).endswith(whole["noun"].lower()) or borough or of_place):
        return None  # "the Council" under "LONDON BOROUGH OF X": the borough's council
    return title_case(authority)


def board_of_governors(body: str, authority: str) -> bool:
    """Whether the body is the board governing an authority of commissioners, a trust or
    conservators ("Minutes of the Meeting of the Board" under "PORT OF ASHCOMBE HARBOUR
    COMMISSIONERS"): the authority meeting as a whole, not a body called "Board"."""
    governed = BOARD_GOVERNED.search(authority.strip())
    return bool(WHOLE_BOARD.fullmatch(body.strip()) and governed and not health_trust(authority))


#: a health service's trust: "Eastmoor NHS Foundation Trust", "Northern Health and Social
#: Care Trust", "Westvale HSC Trust"
HEALTH_TRUST = re.compile(
    r"\b(?:nhs|hsc|health\s+(?:and|&)\s+social\s+care)\b[\w\s&'’-]{0,40}trust$", re.IGNORECASE
)


def health_trust(authority: str) -> bool:
    """Whether the authority is a health service's trust, whose board is named as a body of
    its own ("Eastmoor NHS Foundation Trust Board"): the genre's minutes and web pages name
    a trust's governing meeting so, unlike a harbour trust's or conservators' board."""
    return bool(HEALTH_TRUST.search(authority.strip()))


def tail_of_authority(body: str, authority: str) -> bool:
    """Whether the body is the authority named short, by the last words of its name:
    "the Fire and Rescue Authority" under "ASHBY AND FENN FIRE AND RESCUE AUTHORITY"."""
    short, full = normalise(re.sub(r"^the\s+", "", body.strip(), flags=re.I)), normalise(authority)
    if len(short.split()) < 2 or short == full or not short.endswith(("council", "authority")):
        return False
    if any(w not in KIND_WORDS | SERVICE_WORDS for w in short.split()):
        return False  # "Ashby Town Council" names its place: a name of its own (or the
        # English half of a bilingual letterhead), not the authority cut short
    return full.endswith(f" {short}")


#: "the Fire Authority", "Fire Authority Meeting": how a fire and rescue authority names
#: itself in its own papers
FIRE_AUTHORITY = re.compile(r"(?:the\s+)?fire\s+authority(?:\s+meeting)?", re.IGNORECASE)
#: "... Fire and Rescue Authority": a letterhead naming a fire and rescue authority
FIRE_AND_RESCUE = re.compile(r"\bfire\s+and\s+rescue\s+authority$", re.IGNORECASE)


def fire_authority(body: str, authority: str) -> bool:
    """Whether the body is "the Fire Authority" printed under a fire and rescue
    authority's letterhead: its short name for itself, the whole authority meeting."""
    return bool(FIRE_AUTHORITY.fullmatch(body.strip()) and FIRE_AND_RESCUE.search(authority))


#: An advisory council an authority must keep ("Standing Advisory Council on Religious
#: Education", "Advisory Council on Rights of Way"): named a council, but a committee of
#: the authority whose letterhead it is printed under
ADVISORY_COUNCIL = re.compile(r"\badvisory\s+council\b|\bcouncil\s+on\b", re.IGNORECASE)


#: A committee joint between an authority and its own staff ("Local Joint Committee",
#: "Joint Consultative Committee", "Joint Negotiating Committee"): named joint, but the
#: authority's committee, so named under its letterhead
STAFF_JOINT = re.compile(
    r"\blocal\s+joint\s+committee\b|\bjoint\s+(?:consultative|negotiating|consultation|staff)\b",
    re.IGNORECASE,
)


#: "Council" opening a committee's name as the business it sees to ("Council Business
#: Management Committee", "Council Tax Panel"): the authority's committee, no council
COUNCIL_BUSINESS = re.compile(
    r"^(?:the\s+)?council(?=\s+(?:[\w&'’-]+\s+){1,4}"
    r"(?:committee|sub-committee|board|panel|group|forum)$)",
    re.IGNORECASE,
)


def stands_alone(body: str) -> bool:
    """Whether the body is the authority itself or has its own standing (STANDS_ALONE),
    an advisory council, a committee joint with the authority's staff and a committee
    named after the council's business aside."""
    body = COUNCIL_BUSINESS.sub(" ", body.strip())
    return bool(STANDS_ALONE.search(STAFF_JOINT.sub(" ", ADVISORY_COUNCIL.sub(" ", body))))


def under_authority(body: str, authority: str | None) -> str:
    """'<authority> <committee>' for a committee printed under its authority's letterhead;
    the authority itself for a meeting of the whole of it; the body as printed when it
    stands alone or already names the authority."""
    whole = whole_authority(body, authority)
    if whole is not None:
        return whole
    board = board_of_authority(body, authority) or board_of_partnership(body, authority)
    if board is not None:
        return board
    if not authority or not body or stands_alone(body):
        return body
    if contains_words(normalise(body), normalise(authority)) or names_place(body, authority):
        return body
    return f"{title_case(authority)} {title_case(body)}"


#: Fewest words of the authority's name a body's name may start with to be named after it
MIN_TAIL_WORDS = 2


def board_of_authority(body: str, authority: str | None) -> str | None:
    """'<authority> <rest>' for a body named after the last words of the letterhead's
    authority, words that say only what kind of authority it is ("Combined Authority
    Board" under "TAMBERLEY VALE COMBINED AUTHORITY", "Fire Authority Audit Committee"
    under "Ashby Fire Authority"): the authority's own board, short of its place; else
    None."""
    if not authority:
        return None
    printed = body.split()
    words = [w.lower() for w in printed]
    full = [w.lower() for w in authority.split()]
    for k in range(min(len(full) - 1, len(words) - 1), MIN_TAIL_WORDS - 1, -1):
        tail = full[-k:]
        if words[:k] == tail and all(w in KIND_WORDS | SERVICE_WORDS for w in tail):
            return f"{title_case(authority)} {title_case(' '.join(printed[k:]))}"
    return None


#: "Partnership" closing a letterhead: councils' joint partnership, its boards its own
PARTNERSHIP = re.compile(r"\bpartnership$", re.IGNORECASE)
#: A body that names an authority or a partnership itself, so is no partnership's board
NAMES_AN_AUTHORITY = re.compile(r"\b(?:council|authority|partnership)\b", re.IGNORECASE)


def board_of_partnership(body: str, authority: str | None) -> str | None:
    """'<partnership> <board>' for a board or committee printed under the letterhead of
    a partnership of councils ("Joint Member Board" under "BRACKENMOOR JOINT WASTE
    PARTNERSHIP"): "Joint" says the councils meet jointly in the partnership, not that the
    board stands alone. None under any other letterhead, or when the body names a
    council, an authority or a partnership itself."""
    if not authority or not body or not PARTNERSHIP.search(authority.strip()):
        return None
    if NAMES_AN_AUTHORITY.search(body) or contains_words(normalise(body), normalise(authority)):
        return None
    return f"{title_case(authority)} {title_case(body)}"


def names_place(body: str, authority: str) -> bool:
    """Whether the body names the authority's place itself ("Northshire Health and
    Wellbeing Board" under "NORTHSHIRE COUNTY COUNCIL"): a body of the place, named so."""
    places = [w for w in normalise(authority).split() if w not in KIND_WORDS]
    return bool(places) and contains_words(normalise(body), places[0])


#: "Planning Committee of Fenbury District Council": the committee, then its authority
COMMITTEE_OF = re.compile(r"^(?P<committee>.{3,100}?)\s+of\s+(?P<authority>.{3,100})$", re.I)
#: a noun that makes the words before "of" a committee's name ("Licensing Committee",
#: "Cabinet", "Scrutiny Panel"); words without one are part of the authority's own name
#: ("Nottinghamshire & City of Nottingham Fire & Rescue Authority") or the kind of
#: meeting ("Annual Meeting of the Council"), never a committee to put after it
COMMITTEE_NOUN = re.compile(
    r"\b(?:(?:sub[- ]?)?committee|panel|board|cabinet|executive|forum|commission|group|"
    r"assembly|party|conference|convention|sub)\b",
    re.IGNORECASE,
)


def names_a_kind_only(words: str) -> bool:
    """Whether words before 'of' are only an authority's kind ("The City", "Royal
    Borough"): "The City of Fenby Council" is the authority's own name, not a committee."""
    return all(w in KIND_WORDS or w == "the" for w in normalise(words).split())


#: a sub-committee's own name ("Complaints Sub-Committee", "Pensions Sub Committee")
SUB_COMMITTEE = re.compile(r"\bsub[- ]?(?:committee|panel|group)$", re.IGNORECASE)
#: the parent body a sub-committee belongs to names a body ("... Crime Panel", "... Board")
PARENT_BODY = re.compile(
    r"\b(?:committee|panel|board|council|authority|cabinet|executive)$", re.IGNORECASE
)


def parent_first(body: str) -> str | None:
    """'<sub-committee> of the <parent body>' as '<parent body> <sub-committee>'
    ("Complaints Sub-Committee of the Westmarch Police, Fire and Crime Panel"), the name
    the parent's own title lines give it; None when the body is no sub-committee of a
    named body."""
    found = COMMITTEE_OF.match(body) if " of " in body.lower() else None
    if found is None or not SUB_COMMITTEE.search(found["committee"].strip()):
        return None
    parent = re.sub(r"^the\s+", "", found["authority"].strip(), flags=re.IGNORECASE)
    if not PARENT_BODY.search(parent) or SUB_COMMITTEE.search(parent):
        return None
    return f"{parent} {found['committee'].strip()}"


#: "Kelbridge Borough Council's Harbour Board": the authority in the possessive
POSSESSIVE = re.compile(r"^(?P<authority>[^'’]{3,80}?)['’]s?\s+(?P<committee>[A-Z].{2,100})$")


def possessive_first(body: str) -> str | None:
    """'<authority>'s <committee>' as '<authority> <committee>' when the possessive is an
    authority's name ("Kelbridge Borough Council's Harbour Board"), else None."""
    found = POSSESSIVE.match(body.strip())
    if found is None or authority_name(found["authority"]) is None:
        return None
    return f"{found['authority'].strip()} {found['committee'].strip()}"


def authority_first(body: str) -> str:
    """'<committee> of <authority>' as '<authority> <committee>', the name the authority's
    letterhead gives the same committee, so both papers name one body; a sub-committee of
    a named body likewise (see `parent_first`); '<authority>'s <committee>' likewise."""
    possessive = possessive_first(body)
    if possessive is not None:
        return possessive
    found = COMMITTEE_OF.match(body) if " of " in body.lower() else None
    if found is None or authority_name(found["authority"]) is None:
        return parent_first(body) or body
    committee = found["committee"].strip()
    if STANDS_ALONE.search(committee) or names_a_kind_only(committee):
        return body
    if not COMMITTEE_NOUN.search(committee):
        return body  # "Annual Meeting of the Council": a kind of meeting, no committee
    return f"{title_case(authority_name(found['authority']) or '')} {title_case(committee)}"


#: "the COUNCIL of the Ellesmoor Metropolitan Borough", "Council of the Fenbury District":
#: a summons to the whole council, named by its place (a kind word closes the place)
COUNCIL_OF_PLACE = re.compile(
    r"(?:the\s+)?council\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’ -]{1,80}?\s+"
    r"(?:borough|district|county|city|town|parish))",
    re.IGNORECASE,
)


def council_of_place(body: str, authority: str | None) -> str | None:
    """The council a summons names as 'the Council of the <place>': the letterhead's
    authority when it names that place, else '<place> Council' (the name such a council
    prints on its papers); None for any other body ("Council of Governors" names no place)."""
    found = COUNCIL_OF_PLACE.fullmatch(body.strip())
    if found is None:
        return None
    place = found["place"].strip()
    if authority and contains_words(normalise(authority), normalise(place)):
        return title_case(authority)
    return f"{title_case(place)} Council"
