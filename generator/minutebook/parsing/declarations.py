"""Declarations of interest: who declared what, in which minute, on which line.

Minutes record declarations under their own minute ("Declarations of Interest") and,
when a member declares at the item itself, inside that item's minute. The genre's forms,
one function each (None when it does not apply):

- `named_declarer`: a name opening the line, with its title or without, then "declared":
  "Mr Meade declared that ...", "Councillor A de Jong declared a personal interest in
  Item 5 ...", "Jane Okoro declared ...";
- `named_then_interest`: a titled name, a dash or colon, and the interest: "Cllr B Shah –
  Item 6, personal interest as a governor";
- `named_speaker`: in a declarations minute, a sentence opening with a titled name
  ("Councillor A Ward informed the Panel that he was a retired police officer");
- `named_with_interest`: in a declarations minute, a titled name anywhere in a line about
  an interest ("A personal interest was declared by Councillor P Lowe");
- `declared_in_prose`: inside any minute, a titled name that "declared a/an ... interest"
  mid-sentence ("At this point Councillor Ward declared a prejudicial interest and left
  the meeting."), or a name without a title opening such a sentence;
- `declaration_rows`: a table, a header naming the member and the interest, then a row
  per declaration (cells split by tabs or "|"); `named_row`: such a row with no header
  over it, a titled member in its first cell ("Cllr P Amos<tab>Personal interest in ...");
  tables whose cell marks were lost (columns of spaces, or the whole table on one line)
  are `declaration_layouts`'.
- `name_run_declarers`: titled names run together, their commas or rows lost ("Cllr A
  Reed Cllr B Shaw and Cllr C Tull declared ..."): each title opens a member of its own.

"No declarations of interest were made" (and "None.") is no declaration and no miss:
`says_none`. A declarations minute that has text but none of these is reported, so
nothing a document says is silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from ..errors import Diagnostics
from ..model import DeclarationFacts, Line, MinuteFacts, Part
from ..vocabulary import TITLE
from .declaration_conduct import conduct_only
from .declaration_dash_rows import dash_rows
from .declaration_header_rows import header_row_declarations, is_table_header
from .declaration_initials import defined_initials, initials_after_heading, initials_declarers
from .declaration_item_firsts import item_first_members
from .declaration_item_rows import item_rows
from .declaration_layouts import (
    cell_per_line_rows,
    flattened_declaration_row,
    spaced_declaration_rows,
)
from .declaration_lists import (
    KIND_OR_ITEM,
    bulleted_declarers,
    declarers_after_colon,
    declarers_by_rows,
    declares_nothing,
    explained_above,
    item_then_member,
    listed_names,
    name_over_interest,
    named_item_first,
    named_leader,
    named_then_kind,
    passive_declarers,
    plural_listed,
    surname_under_title,
    titled_list_declarers,
    titled_names_under_lead,
    transparency_statement,
)
from .declaration_mid_lists import titled_lists_mid_line
from .declaration_name_runs import name_run_declarers
from .declaration_offices import office_declarers
from .declaration_passives import passive_declarations
from .declaration_stacked_cells import stacked_member_cells
from .declaration_subject_rows import subject_rows
from .declaration_titled_runs import titled_run_under_lead
from .minute_paragraphs import PARAGRAPH_LEAD
from .names import NAME_LIST_SPLIT
from .names_shared_surname import names_sharing_surname
from .text import plain

#: One or two titles from the genre's list ("Cllr Mrs", "County Councillor Dr").
TITLES = rf"{TITLE}(?:\s+{TITLE})?"
#: A word of a name: capitalised, an initial, or a particle ("de", "van der", "O'Brien").
NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|di|du|la|le|van|von|der|den)\b)"
TITLED_NAME = rf"{TITLES}(?:\s+{NAME_WORD}){{1,5}}?"
#: a name with no title the genre's list knows; its first word may be an abbreviated
#: rank the titles' list does not know ("Col. Robert Martin", "Revd. Ann Lee"); a
#: sentence's last word before its stop is none ("... College. Councillor A Reid")
RANK = r"(?:Col|Lt|Maj|Capt|Brig|Gen|Cdr|Cmdr|Revd|Rev|Sgt|Supt|Insp)\."
UNTITLED_NAME = rf"(?:{RANK}|[A-Z][\w'’-]+)(?:\s+{NAME_WORD}){{1,3}}?"
#: A paragraph number or bullet before the text ("1. Mr Feacey declared ...", "2.1<tab>...").
MARKER = PARAGRAPH_LEAD
#: "declare" or "declares" too: minutes typed in the present tense ("Councillor Shaw
#: declares a financial interest"), or with the past's "d" lost.
TITLED_DECLARER = re.compile(rf"^(?P<who>{TITLED_NAME})\s+declare[ds]?\b")
#: an untitled name may carry its post between commas: "Ann Reid, Treasurer to the
#: Authority, declared ..." (officers declare too)
UNTITLED_DECLARER = re.compile(rf"^(?P<who>{UNTITLED_NAME})(?:,[^,.()]{{1,60}},)?\s+declared\b")
#: First words of a sentence, not of a name ("The Chairman declared ...").
NOT_A_NAME = frozenset(
    {"The", "A", "An", "No", "None", "There", "All", "Members", "It", "He", "She", "They",
     "This", "That", "Each", "Every", "Any", "Some", "Both"}
)  # fmt: skip
#: A titled name anywhere, as long as it runs ("... declared by Councillor P Lowe.").
ANY_TITLED_NAME = re.compile(rf"\b(?P<who>{TITLES}(?:\s+{NAME_WORD}){{1,5}})")
NAMED_INTEREST = re.compile(rf"^(?P<who>{TITLED_NAME})\s*[:–—-]\s+(?P<what>.{{3,}})$")
#: Between the name and "declared": a bracket or an aside ("Councillor Venn (Chair)",
#: "Mr J Hale, co-opted member,"), and an adverb ("also", "similarly").
ASIDE = r"(?:\s*\([^()]{1,60}\))?(?:\s*,[^,.()]{1,60},)?"
ADVERB = r"(?:(?:also|similarly|likewise|further|additionally|then|subsequently)\s+)?"
#: The verb: "declared", "disclosed", "made a declaration of"; and "declared that she
#: had a ... interest".
DECLARING = (
    r"(?:declared|disclosed|made\s+a\s+declaration\s+of)\s+"
    r"(?:that\s+(?:he|she|they)\s+(?:had|held)\s+)?"
)
IN_PROSE = re.compile(
    rf"(?P<who>{TITLED_NAME}){ASIDE}\s+{ADVERB}{DECLARING}(?:(?:an?|their|his|her)\s+"
    r"[\w\s,-]{0,60}?)?interest\b"
)
#: The kinds of interest the codes of conduct name ("a personal interest", "an other
#: registrable interest"), or an interest in the business ("an interest in item 5")
INTEREST_KIND = (
    r"(?:(?:personal|prejudicial|pecuniary|non-pecuniary|disclosable|registrable|registerable"
    r"|non-registrable|non-registerable|other|financial|non-financial|significant|private)"
    r"[\w\s,-]{0,40}?interest\b|interest\s+in\s+(?:agenda\s+)?(?:item|minute|application|this))"
)
#: A member's interest told in reported speech ("Councillor Reid advised that she had a
#: personal interest in item 5", "Cllr Moss indicated a prejudicial interest"): a kind of
#: interest is named, so "stated that he had a keen interest in cycling" is no declaration
REPORTED = re.compile(
    rf"(?P<who>{TITLED_NAME}){ASIDE}\s+{ADVERB}(?:advised|stated|confirmed|explained|indicated"
    r"|reported|registered|informed\s+(?:the\s+\w+|members))(?:\s+that\s+(?:he|she|they)\s+"
    rf"(?:had|held))?\s+(?:an?|their|his|her)\s+{INTEREST_KIND}"
)
#: The declaration in the passive: "A declaration of interest was made by Councillor Reid"
PASSIVE = re.compile(
    r"\bdeclarations?\s+of\s+(?:an?\s+)?[\w\s,-]{0,40}?interest\s+(?:was|were)\s+made\s+"
    rf"by\s+(?P<who>{TITLES}(?:\s+{NAME_WORD}){{1,5}})"
)
#: A word of the verbs above, for the cheap test.
DECLARING_WORD = re.compile(
    r"\b(?:declared|disclosed|declarations?|advised|stated|confirmed|explained|indicated"
    r"|reported|registered|informed)\b"
)
#: "No declarations of interest were made.", "There were no interests declared.", and in
#: a declarations minute any sentence saying there was nothing ("None.", "No issues were
#: raised.", "There were none.").
#: "declared a personal interest", "declared an interest" (after the name).
DECLARED_INTEREST = re.compile(
    r"declared\s+(?:an?|their|his|her)\s+[\w\s,-]{0,60}?interest", re.IGNORECASE
)
NONE_DECLARED = re.compile(
    r"\b(?:no|none|nil)\b[^.]{0,60}?\b(?:declar|interest)"
    r"|^(?:There\s+(?:were|was)\s+)?(?:no|none|nil)\b",
    re.IGNORECASE,
)
#: A titled name opening a sentence of a declarations minute: the member says what their
#: interest is ("Councillor A Ward informed the Panel that he was a retired officer").
NAMED_SPEAKER = re.compile(rf"^(?P<who>{TITLED_NAME})\s+(?!declared\b)[a-z]+\b")
CELL_SPLIT = re.compile(r"\s*(?:\t|\|)\s*")
MEMBER_HEADER = re.compile(r"\b(?:member|councillor|name)s?\b", re.IGNORECASE)
INTEREST_HEADER = re.compile(r"\binterests?\b", re.IGNORECASE)
#: A declarations table has at most this many rows (bounds the scan).
MAX_ROWS = 100


def _text(line: Line) -> str:
    return _unmarked(line.text)


@lru_cache(maxsize=256)
def _unmarked(text: str) -> str:
    """The plain text without its paragraph number or bullet (each line is asked about
    by several rules: read once)."""
    return MARKER.sub("", plain(text), count=1)


#: A minute titled by the interests alone: "Members' Interests", "Interests",
#: "Declarations".
INTERESTS_ALONE = re.compile(
    r"^(?:(?:members?|councillors?)['’]?\s+)?(?:interests|declarations)\.?$"
    # "Disclosures by Members and Officers", "Declarations by Members": interests unnamed,
    # the members (and officers) who make them named instead
    r"|^(?:disclosures?|declarations?)\s+by\s+(?:members|councillors)"
    r"(?:\s+and\s+officers)?\.?$",
    re.IGNORECASE,
)


def is_declarations_title(title: str) -> bool:
    """ "Declarations of Interest", "Disclosures of Interests", "Apologies and
    Declarations of Members' Interests", "Members' Declarations under the Code of
    Conduct", "Members' Interests" (not "Declarations of Substitutes")."""
    lowered = title.lower()
    about = "interest" in lowered or "code of conduct" in lowered
    said = "declar" in lowered or "disclos" in lowered
    return (about and said) or INTERESTS_ALONE.match(plain(title).strip()) is not None


def named_declarer(line: Line, minute: str) -> DeclarationFacts | None:
    text = _text(line)
    if "declared" not in text:
        return None  # cheap test first
    match = TITLED_DECLARER.match(text) or UNTITLED_DECLARER.match(text)
    if not match or match["who"].split()[0] in NOT_A_NAME:
        return None
    return DeclarationFacts(match["who"].strip(), text, line.number, minute)


#: A possessive after the name, perhaps glued to the next word when a space was lost:
#: "Cllr A Reid’s recorded interest", "Cllr B Moss’srecorded interest"
POSSESSIVE = re.compile(r"['’]s(?:[a-z]{1,30})?$")


def without_possessive(who: str) -> str:
    """The name without the possessive that made it the subject's owner ("Cllr A Reid’s"
    is Cllr A Reid)."""
    return POSSESSIVE.sub("", who.strip())


def named_speaker(line: Line, minute: str) -> DeclarationFacts | None:
    """In a declarations minute, a sentence opening with a titled name is what that member
    declared, whatever the verb ("informed the Panel that ...", "advised that ...")."""
    text = _text(line)
    match = NAMED_SPEAKER.match(text)
    if not match or declares_nothing(text):
        return None  # "... confirmed that he had no interests to declare"
    if conduct_only(text[match.end("who") :]):
        return None  # "... remained in the meeting": what they did, not what they declared
    return DeclarationFacts(without_possessive(match["who"]), text, line.number, minute)


def named_with_interest(line: Line, minute: str) -> DeclarationFacts | None:
    """In a declarations minute, a line naming a titled member and an interest in any
    order ("A personal interest in Item 5 was declared by Councillor P Lowe"): the first
    titled name declared it."""
    text = _text(line)
    if "interest" not in text.lower() or says_none(line):
        return None
    match = ANY_TITLED_NAME.search(text)
    if not match:
        return None
    return DeclarationFacts(match["who"].strip().rstrip("."), text, line.number, minute)


def named_then_interest(line: Line, minute: str) -> DeclarationFacts | None:
    text = _text(line)
    if "interest" not in text.lower():
        return None
    match = NAMED_INTEREST.match(text)
    if not match:
        return None
    return DeclarationFacts(match["who"].strip(), text, line.number, minute)


#: Cells whose marks the converter lost, a run of spaces left between them.
SPACED_GAP = re.compile(r"\s{3,}")
#: A row's interest not naming itself so has at least this many words ("Family member
#: is a council employee"); fewer is a seat or an office ("Chair", "Vice-Chair").
MIN_ROW_WORDS = 3
#: A titled name filling a table's first cell on its own: "Cllr P Amos", "Mrs J Bligh".
NAME_CELL = re.compile(rf"^{TITLES}(?:\s+{NAME_WORD}){{1,5}}$")


def named_row(line: Line, minute: str) -> DeclarationFacts | None:
    """In a declarations minute, a table row with no header: a titled member in the first
    cell, the interest in the next ("Cllr P Amos<tab>Personal interest in item 7 as a
    school governor"), cells split by tabs, "|" or a run of spaces. The interest need not
    say "interest" ("Cllr Heydon<tab>Family member is a City Council employee."), but a
    row saying there is nothing beyond the register, or the member's apologies, declares
    nothing."""
    if "\t" in line.text or "|" in line.text:
        cells = _cells(line.text)
    elif SPACED_GAP.search(line.text.strip()):  # the cell marks lost, the gap kept
        cells = [c for c in (plain(x) for x in SPACED_GAP.split(line.text.strip())) if c]
    else:
        return None  # cheap test first
    if len(cells) < 2:
        return None
    said = " ".join(cells[1:])
    if declares_nothing(said) or "apolog" in said.lower():
        return None
    if "interest" not in said.lower() and len(said.split()) < MIN_ROW_WORDS:
        return None  # "Cllr P Amos<tab>Chair": a row of another table
    who = MARKER.sub("", cells[0], count=1).strip()
    if not NAME_CELL.match(who):
        return None
    return DeclarationFacts(who, " – ".join(cells[1:]), line.number, minute)


def declared_in_prose(line: Line, minute: str, going_on: str = "") -> DeclarationFacts | None:
    """A titled name that "declared a/an ... interest" ("disclosed", "made a declaration
    of") anywhere in the line; the sentence may go on to the next line (`going_on`), where
    its "interest" may fall ("Councillor Ward declared a personal and prejudicial" /
    "interest in Minute 9 ...") or, the name ending the line, its verb."""
    text = _text(line)
    after = _unmarked(going_on) if going_on else ""
    said = DECLARING_WORD.search(text) is not None
    if not said and not after.startswith(("declared", "disclosed", "made a declaration")):
        return None  # "... Cllr Rook" over "declared a personal interest ..." may wrap so
    whole = said and "interest" in text
    joined = f"{text} {after}" if after and not whole else text
    if "interest" not in joined:
        return None
    match = IN_PROSE.search(joined) or REPORTED.search(joined) or PASSIVE.search(joined)
    if match and match.start("who") < len(text):
        return DeclarationFacts(match["who"].strip(), text, line.number, minute)
    # a name without a title opening the sentence: "Rachel Okafor declared a personal ..."
    opening = UNTITLED_DECLARER.match(text)
    if opening is None or opening["who"].split()[0] in NOT_A_NAME:
        return None
    if not DECLARED_INTEREST.match(text, opening.end() - len("declared")):
        return None
    return DeclarationFacts(opening["who"].strip(), text, line.number, minute)


#: The verb after a plural title's names: "declared", "disclosed", "made a declaration of"
#: ("Councillors Reid and Moss made a declaration of personal interest")
PLURAL_VERB = r"(?:declared|disclosed|made\s+(?:a\s+)?declarations?\s+of)\b"
#: "Councillors Amos and Bligh declared personal interests ...", "Cllrs Amos, Bligh and
#: Carr each declared ...": a plural title printed once before the names.
PLURAL_DECLARERS = re.compile(
    r"^(?:Councillors|Cllrs\.?)\s+(?P<names>[A-Z][\w'’.,&\s-]{1,200}?)\s+"
    rf"(?:each\s+|both\s+|all\s+)?{PLURAL_VERB}"
)
#: a word of PLURAL_VERB, for the cheap test
PLURAL_WORD = re.compile(r"declared|disclosed|declaration")


def plural_declarers(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each member named after a plural title that declared ("Councillors Amos and Bligh
    declared ..."): the names as printed, without the title printed once for them all."""
    text = _text(line)
    if not text.startswith(("Councillors", "Cllrs")) or not PLURAL_WORD.search(text):
        return []  # cheap test first
    match = PLURAL_DECLARERS.match(text)
    if match is None:
        return []
    names = [n.strip() for n in NAME_LIST_SPLIT.split(match["names"]) if n.strip()]
    names = names_sharing_surname(names)  # "Cllrs I and J Willox": both Willoxes
    if len(names) < 2 or not all(_is_surname(n) for n in names):
        return []
    return [DeclarationFacts(name, text, line.number, minute) for name in names]


#: "Councillors Brian Amos, Dana Bligh and Phil Wynn – Personal and Prejudicial – School
#: Governor": members after a plural title, a dash, then the kind of interest (no verb)
PLURAL_THEN_KIND = re.compile(
    r"^(?:Councillors|Cllrs\.?)\s+(?P<names>[A-Z][\w'’.,\s-]{1,300}?)\s+[–—-]\s+(?P<what>\S.{2,})$"
)


def plural_then_kind(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each member of a plural title's list, a dash, and the kind of interest they
    declared ("Councillors A Reed, B Shaw and C Tull – Personal – School Governor"): the
    names as printed, without the title printed once for them all."""
    text = _text(line)
    if not text.startswith(("Councillors", "Cllrs")):
        return []  # cheap test first
    match = PLURAL_THEN_KIND.match(text)
    if match is None or not KIND_OR_ITEM.search(match["what"]):
        return []
    names = [n.strip() for n in NAME_LIST_SPLIT.split(match["names"]) if n.strip()]
    if len(names) < 2 or not all(_is_surname(n) for n in names):
        return []
    return [DeclarationFacts(name, text, line.number, minute) for name in names]


#: "Item 4 – Land at Mill Lane (R21/0456) – Councillors Mrs Ash and Birch (non-pecuniary
#: interest ...)": an entry naming the item first, then after a dash the members under a
#: plural title, then the interest in a bracket (or nothing more)
ITEM_THEN_PLURAL = re.compile(
    r"\s[–—-]\s{1,3}(?:Councillors|Cllrs\.?)\s{1,3}(?P<names>[A-Z][\w'’.,\s-]{1,200}?)"
    r"\s{0,3}(?:\(|[.;]?$)"
)
#: Words of a name after a plural title: a surname, maybe after a title ("Mrs Ash")
PLURAL_ENTRY = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:[A-Z]\.?\s){0,3}[A-Z][a-z'’-]{1,30}"
    r"(?:[ -][A-Z][a-z'’-]{1,30})?$"
)


def item_then_plural(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each member of a plural title's list after an item and a dash ("Item 4 – Land at
    Mill Lane – Councillors Cole and Dale (non-pecuniary interest ...)"), their
    interest in the bracket after them; [] for any other line."""
    text = _text(line)
    if "Councillors" not in text and "Cllrs" not in text:
        return []  # cheap test first
    match = ITEM_THEN_PLURAL.search(text)
    if match is None or "interest" not in text[match.end() :].lower():
        return []
    names = [n.strip() for n in NAME_LIST_SPLIT.split(match["names"]) if n.strip()]
    if len(names) < 2 or not all(PLURAL_ENTRY.match(n) for n in names):
        return []
    return [DeclarationFacts(name, text, line.number, minute) for name in names]


#: The same list opening a later sentence of the line: "... the Panel. Councillors Amos and
#: Bligh declared ..." (a paragraph holding a singular declaration, then a joint one), after
#: a few words leading into it or not ("... the item. On that basis Cllrs Amos and Bligh
#: declared ...")
PLURAL_MID_LINE = re.compile(
    r"[.;]\s{1,3}(?:[A-Z][a-z]{1,15}(?:\s[a-z]{1,15}){0,4},?\s)?(?=(?:Councillors|Cllrs\.?)\s)"
)


def plural_declarers_mid_line(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each member of a plural-titled list that declared, opening a sentence after the
    line's first ("... Panel. Councillors Amos and Bligh declared ...")."""
    text = _text(line)
    if "declared" not in text:
        return []  # cheap test first
    found: list[DeclarationFacts] = []
    for match in PLURAL_MID_LINE.finditer(text):
        tail = Line(line.number, text[match.end() :])
        found += [
            DeclarationFacts(d.as_written, text, line.number, minute)
            for d in plural_declarers(tail, minute)
        ]
    return found


#: A phrase leading into the plural list at the line's start, saying which business the
#: members declared in: "In respect of Item 7 Councillors ...", "With regard to item 8,
#: Cllrs ...", "During consideration of application 19/0031 Councillors ..."; no stop
#: (but a number's, "item 5.1") or colon inside it (a sentence of its own is
#: `plural_declarers_mid_line`')
PLURAL_AFTER_LEAD = re.compile(
    r"^(?:In|With|During|Prior|Before|Following|On|At|Regarding|Under|For)\b"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,120}?,?\s(?=(?:Councillors|Cllrs\.?)\s)"
)


def plural_declarers_after_lead(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each member of a plural-titled list that declared after a phrase naming the
    business ("In respect of Item 7 Councillors Amos, Bligh and Carr declared ...")."""
    text = _text(line)
    if "declared" not in text or not re.search(r"\b(?:Councillors|Cllrs)\b", text):
        return []  # cheap test first
    match = PLURAL_AFTER_LEAD.match(text)
    if match is None:
        return []
    tail = Line(line.number, text[match.end() :])
    return [
        DeclarationFacts(d.as_written, text, line.number, minute)
        for d in plural_declarers(tail, minute)
    ]


#: A surname as a list prints it: capitalised, or after its particles ("de Souza", "van
#: der Berg", "le Fevre").
SURNAME = re.compile(r"^(?:(?:de|da|di|du|la|le|van|von|der|den)\s+){0,3}[A-Z]")


def _is_surname(name: str) -> bool:
    return SURNAME.match(name) is not None


def says_none(line: Line) -> bool:
    """ "No declarations of interest were made.", "There were none.", "None." """
    return bool(NONE_DECLARED.search(_text(line)))


def _cells(text: str) -> list[str]:
    return [c for c in (plain(x) for x in CELL_SPLIT.split(text.strip().strip("|"))) if c]


def declaration_rows(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """Rows under a header naming the member and the interest ("Member | Item |
    Interest"): the first cell is who declared; the rest, joined, what."""
    found: list[DeclarationFacts] = []
    for k, line in enumerate(body):
        if "\t" not in line.text and "|" not in line.text:
            continue
        header = _cells(line.text)
        if len(header) < 2 or not MEMBER_HEADER.search(header[0]):
            continue
        if not any(INTEREST_HEADER.search(h) for h in header[1:]):
            continue
        indent = line.text[: len(line.text) - len(line.text.lstrip())]
        for row in body[k + 1 : k + 1 + MAX_ROWS]:
            cells = _cells(row.text)
            if set(row.text.strip()) <= set("|-: "):
                if row.text.strip():
                    continue  # a Markdown rule under the header
                break
            carried = _carried_on(row.text, indent)
            if carried is not None and found:
                found[-1].text = f"{found[-1].text} {carried}"  # the row above wrapped
                continue
            if len(cells) < 2:
                break
            found.append(DeclarationFacts(cells[0], " – ".join(cells[1:]), row.number, minute))
        break
    return found


#: A row's first cell left empty: "<tab>close relative", "| | close relative |".
EMPTY_FIRST_CELL = re.compile(r"^(?:\t|\s*\|\s*\|)")


def _carried_on(text: str, indent: str) -> str | None:
    """The words of a table row whose first cell is empty: the row above's last cell
    wrapped onto a line of its own (PDF tables break a long interest over lines); None
    for a row of its own. `indent` is the header's own indent, which every row shares."""
    if not text.startswith(indent) or not EMPTY_FIRST_CELL.match(text[len(indent) :]):
        return None
    words = " ".join(_cells(text))
    return words or None


#: A label alone on its line with its colon ("Declarations of interest:", "Apologies:"): the
#: end of the block above it in a record's opening
OPENING_LABEL = re.compile(r"^[A-Z][\w /&'’-]{2,60}:\s*$")
#: Lines a labelled block of declarations in a record's opening runs to at most
MAX_OPENING_BLOCK = 60


def read_opening_declarations(
    part: Part, opening: list[Line], file: str, diagnostics: Diagnostics
) -> None:
    """The declarations a record states before its first minute heading: in prose ("Cllrs
    A and B declared an interest in Agenda Item 6 ..." under the roll, the headings lost
    in conversion, or a record with none), or under a "Declarations of interest:" label
    of the opening, read as a declarations minute reads them (a table of names,
    interests and items); each declared under no minute."""
    before = len(part.declarations)
    labelled = _labelled_block(opening)
    if labelled is not None:
        label, end = labelled
        block = opening[label + 1 : end]
        if block:
            title = plain(opening[label].text).strip().rstrip(":")
            heading = MinuteFacts("", title, None, opening[label].number, block[-1].number)
            read_declarations(part, heading, block, file, diagnostics)
        opening = [*opening[:label], *opening[end:]]
    part.declarations.extend(_prose_declarations(opening, "", defined_initials(part.lines)))
    part.declarations[before:] = [
        replace(d, minute_number=None) for d in part.declarations[before:]
    ]


def _labelled_block(opening: list[Line]) -> tuple[int, int] | None:
    """Where a "Declarations of interest:" label stands in a record's opening, and where
    its block ends (the next label with its colon, or `MAX_OPENING_BLOCK` lines on)."""
    for k, line in enumerate(opening):
        if OPENING_LABEL.match(line.text.strip()) and is_declarations_title(line.text):
            last = min(len(opening), k + MAX_OPENING_BLOCK)
            later = (j for j in range(k + 1, last) if OPENING_LABEL.match(opening[j].text.strip()))
            return k, next(later, last)
    return None


def _prose_declarations(
    body: list[Line], number: str, initials: frozenset[str]
) -> list[DeclarationFacts]:
    """The declarations stated in prose among `body`'s lines (see `read_declarations`),
    each under minute `number`."""
    out: list[DeclarationFacts] = []
    for k, line in enumerate(body):
        by_initials = initials_declarers(line, number, initials)
        if by_initials:
            out.extend(by_initials)
            continue
        going_on = body[k + 1].text if k + 1 < len(body) else ""
        above = body[k - 1] if k else None
        # "The Chair, Councillor A Reed, declared ...": the member by office and name
        offices = office_declarers(line, number)
        if offices and "interest" in f"{line.text} {going_on}":
            out.extend(_adding(offices, titled_lists_mid_line(line, number)))
            continue
        listed = titled_list_declarers(line, number)
        if listed and "interest" in f"{line.text} {going_on}":
            out.extend(listed)
            continue
        found = declared_in_prose(line, number, going_on) or surname_under_title(
            line, above, number
        )
        # a list after a sentence names the member `found` read among others
        listed = titled_lists_mid_line(line, number) if "interest" in line.text else []
        if found and all(d.as_written != found.as_written for d in listed):
            out.append(title_above(found, above))
        out.extend(listed)
        # "Councillors A Reid and B Moss declared an" over "interest and left ...": the
        # noun on the next line, in the sentence the line leaves open
        wraps_on = not line.text.rstrip().endswith(".") and "interest" in going_on.split(".")[0]
        if not found and not listed and ("interest" in line.text or wraps_on):
            out.extend(plural_declarers(line, number) or plural_declarers_after_lead(line, number))
    return out


def read_declarations(
    part: Part, minute: MinuteFacts, body: list[Line], file: str, diagnostics: Diagnostics
) -> None:
    """The declarations a minute records: every form in a declarations minute, a
    declaration in prose in any other."""
    initials = defined_initials(part.lines)
    if not is_declarations_title(minute.title):
        part.declarations.extend(_prose_declarations(body, minute.number, initials))
        return
    before = len(part.declarations)
    table = declaration_rows(body, minute.number) or spaced_declaration_rows(body, minute.number)
    table = table or stacked_member_cells(body, minute.number)  # names stacked in a cell
    table = table or header_row_declarations(body, minute.number, part.lines)
    table = table or subject_rows(body, minute.number)  # "Member Subject/Minute"
    table = table or cell_per_line_rows(body, minute.number)
    table = table or listed_names(body, minute.number) or plural_listed(body, minute.number)
    table = table or titled_names_under_lead(body, minute.number)  # ":-" / "Mr A, Mr B."
    table = table or bulleted_declarers(body, minute.number)  # "• Ann Reid was a ..."
    table = table or titled_run_under_lead(body, minute.number)  # "Cllr. A. Ash Planning Cllr."
    # "Councillors A and B - Item 17 ... Councillor C – Item 9 ...": rows run on
    table = table or dash_rows(body, minute.number, explained_above)
    table = table or item_rows(body, minute.number)  # "Agenda Item 4.2: X - Councillor A;"
    part.declarations.extend(table)
    heading = next((x for x in part.lines if x.number == minute.line), None)
    if heading is not None:  # "Declarations of Interest – AB and CD in relation to ..."
        part.declarations.extend(initials_after_heading(heading, minute.number, initials))
    none_said = False
    for k, line in enumerate(body):
        if not line.text.strip() or any(d.line == line.number for d in table):
            continue
        if table and is_table_header(line.text):
            continue
        flattened = flattened_declaration_row(line, minute.number, part.lines)
        if flattened:
            part.declarations.extend(flattened)
            continue
        above = body[k - 1] if k else None
        declared = initials_declarers(line, minute.number, initials) or _declared_on(
            line, minute.number, body[k + 1] if k + 1 < len(body) else None
        )
        going_on = body[k + 1].text if k + 1 < len(body) else ""
        if not declared and not _text(line).startswith("declared"):  # its name wrapped above
            wrapped = declared_in_prose(line, minute.number, going_on)
            declared = [wrapped] if wrapped else []
        alone = None if declared else name_over_interest(body, k, minute.number)
        part.declarations.extend(title_above(d, above) for d in declared)
        part.declarations.extend([alone] if alone else [])
        none_said = none_said or says_none(line) or transparency_statement(line.text)
    _drop_repeats(part, before)  # a heading's line is its body's too when text runs on
    if len(part.declarations) == before and not none_said and any(_has_prose(x) for x in body):
        diagnostics.warn(
            file,
            minute.line,
            "declarations-unread",
            f"{f'minute {minute.number}' if minute.number else 'the opening'} ({minute.title}) "
            "has text but no declaration read "
            "and no 'no declarations' statement",
        )


def _drop_repeats(part: Part, before: int) -> None:
    """The declarations read from `before` on, each member once a line: the heading's
    line is read for initials after the title and, when the minute's text runs on there
    ("DECLARATIONS: AB declared ..."), again as the body's first line."""
    seen: set[tuple[str, int]] = set()
    kept: list[DeclarationFacts] = []
    for found in part.declarations[before:]:
        if (found.as_written, found.line) not in seen:
            seen.add((found.as_written, found.line))
            kept.append(found)
    part.declarations[before:] = kept


#: A sentence's last word a title, its name wrapped onto the next line ("... in the
#: business. Councillor" / "Kirsty Reid declared ...").
TITLE_AT_END = re.compile(rf"(?:^|[\s.;:])(?P<title>{TITLES})$")


def title_above(found: DeclarationFacts, above: Line | None) -> DeclarationFacts:
    """A declaration whose member opens its line untitled, when the line above ends on a
    title: the name as printed across the break ("Councillor Kirsty Reid"), on the line
    where it starts. Any other declaration as read."""
    if above is None or not found.text.startswith(found.as_written):
        return found
    if re.match(rf"{TITLE}\s", found.as_written):
        return found  # titled already
    match = TITLE_AT_END.search(plain(above.text).rstrip()[-60:])
    if match is None:
        return found
    name = f"{match['title']} {found.as_written}"
    return DeclarationFacts(name, found.text, above.number, found.minute_number)


#: a member saying they were lobbied on an application ("declared that she had been
#: lobbied on application 23/01388/HOU"), as planning codes of practice ask
LOBBIED = re.compile(r"\b(?:had\s+been|were|was|been)\s+lobbied\b", re.IGNORECASE)


def lobbying_only(text: str) -> bool:
    """Whether a line only says that members were lobbied: a statement the planning code
    asks for, not a declaration of interest (no interest is named on the line)."""
    return LOBBIED.search(text) is not None and "interest" not in text.lower()


def _declared_on(line: Line, minute: str, below: Line | None = None) -> list[DeclarationFacts]:
    """What a line of a declarations minute declares: each member after a plural title
    or of a titled or passive list (which may run on to the line `below`), else the one
    member the first matching rule names, and any member opening a later sentence of the
    line. A line saying only that members were lobbied declares nothing, nor does a
    transparency statement (`transparency_statement`) opening it."""
    if lobbying_only(line.text):
        return []
    opening = f"{line.text} {below.text}" if below is not None else line.text
    if transparency_statement(opening):  # its name may open the line; later ones count
        return declarers_mid_line(line, minute)
    offices = office_declarers(line, minute)
    if offices:  # "The Chair, Councillor A Reed, declared ...", with later sentences
        later = declarers_mid_line(line, minute) + titled_lists_mid_line(line, minute)
        return _adding(offices, later)
    plural = (
        name_run_declarers(line, minute)
        or titled_list_declarers(line, minute)
        or declarers_after_colon(line, minute)
        or declarers_by_rows(line, minute)  # "interests were declared: A Reid as ...; ..."
        or plural_declarers(line, minute)
        or plural_then_kind(line, minute)
        or item_then_plural(line, minute)  # "Item 4 – X – Councillors A and B (interest)"
        or plural_declarers_after_lead(line, minute)
        or passive_declarers(line, minute, below)
        or passive_declarations(line, minute)
    )
    if plural:  # "Councillors A and B declared ... . Councillor C declared ..."
        return plural + [d for d in declarers_mid_line(line, minute) if not _named_in(d, plural)]
    one = (
        named_declarer(line, minute)
        or named_row(line, minute)
        or named_then_interest(line, minute)
        or named_then_kind(line, minute)
        or named_item_first(line, minute)
        or named_leader(line, minute)
        or item_then_member(line, minute)
        or named_speaker(line, minute)
        or named_with_interest(line, minute)
    )
    # entries listed item first, the member last ("Item 7 Grants – Cllr A Reed")
    found = [one] if one is not None else item_first_members(line, minute)
    found = _adding(found, declarers_mid_line(line, minute))
    found = _adding(found, titled_lists_mid_line(line, minute))
    found = _adding(found, speakers_mid_line(line, minute))
    return found + plural_declarers_mid_line(line, minute)


#: A later sentence of the line opening with a titled name and a verb of disclosing:
#: "... this item. Councillor Reid advised that she was a customer of the premises."
MID_LINE_SPEAKER = re.compile(
    rf"(?<=[a-z0-9)])[.;]\s+(?P<who>{TITLED_NAME})\s+(?:also\s+)?"
    r"(?:advised|informed|stated|indicated|explained|reported|disclosed|confirmed|said"
    r"|mentioned|made|registered)\b"
)
#: Characters of a line searched for such sentences
MAX_SPEAKER_CHARS = 4000


def speakers_mid_line(line: Line, minute: str) -> list[DeclarationFacts]:
    """In a declarations minute, each member opening a later sentence of the line with a
    verb of disclosing (see `named_speaker` for the line's first): what that member
    declared, unless the sentence declares nothing or only says how they took part."""
    text = _text(line)
    found: list[DeclarationFacts] = []
    for m in MID_LINE_SPEAKER.finditer(text, 0, MAX_SPEAKER_CHARS):
        sentence = text[m.start("who") :].split(". ", 1)[0]
        if len(found) >= MAX_MID_LINE or declares_nothing(sentence) or lobbying_only(sentence):
            continue
        if conduct_only(sentence[m.end("who") - m.start("who") :]):
            continue
        found.append(DeclarationFacts(without_possessive(m["who"]), text, line.number, minute))
    return found


def _adding(found: list[DeclarationFacts], more: list[DeclarationFacts]) -> list[DeclarationFacts]:
    """`found`, then each of `more` naming a member `found` does not."""
    named = {d.as_written for d in found}
    kept = list(found)
    for d in more:
        if d.as_written not in named:
            named.add(d.as_written)
            kept.append(d)
    return kept


#: A sentence opening mid-line with a titled name that declared: "... College. Councillor
#: Mrs Thwaite declared a personal and prejudicial" (the interest may be on the next line).
#: A page flattened onto one line keeps each paragraph's number before its sentence: "...
#: this item. 2.2 Mrs Hale declared ...".
MID_LINE_DECLARER = re.compile(
    rf"[.;]\s+(?:\d{{1,3}}\.\d{{1,2}}\s+)?(?P<who>{TITLED_NAME})\s+declared\b"
)


#: The same sentence typed with its stop lost, run on after the last one's words ("... The
#: Youth Centre Cllr Dana Cole also declared an interest in minute 23"): read only when it
#: declares an interest, so a name merely followed by "declared" stays unread.
RUN_ON_DECLARER = re.compile(
    rf"(?<=[A-Za-z0-9)]\s)(?<!\band\s)(?P<who>{TITLES}(?:\s+{NAME_WORD}){{1,4}}?)\s+{ADVERB}"
    r"declared\s+(?:an?|their|his|her)\s+[\w\s,/-]{0,60}?interest"
)
#: A second declarer joined to a declaring clause by "and": "Cllr A Hale declared an
#: interest in item 5 and Cllr B Dunn declared an interest in item 6".
AND_DECLARER = re.compile(
    rf"\bdeclared\b[^.;]{{1,200}}?\band\s+(?P<who>{TITLES}(?:\s+{NAME_WORD}){{1,4}}?)\s+"
    rf"{ADVERB}declared\s+(?:an?|their|his|her)\s+[\w\s,/-]{{0,60}}?interest"
)
#: At most this many members read on one line (bounds the scan).
MAX_MID_LINE = 20


def _named_in(found: DeclarationFacts, declared: list[DeclarationFacts]) -> bool:
    """Whether a member read mid-line is one already read (by surname: "Councillor Reid"
    is "Reid" of "Councillors Reid and Moss")."""
    surname = found.as_written.split()[-1]
    return any(d.as_written.split()[-1] == surname for d in declared)


def declarers_mid_line(line: Line, minute: str) -> list[DeclarationFacts]:
    """In a declarations minute, each member opening a sentence after the line's first
    that says they declared, its stop printed or lost: the line-opening rules above see
    only its start."""
    text = _text(line)
    if "declared" not in text:
        return []  # cheap test first
    found: list[DeclarationFacts] = []
    matches = chain(
        MID_LINE_DECLARER.finditer(text),
        RUN_ON_DECLARER.finditer(text),
        AND_DECLARER.finditer(text),
    )
    for k, m in enumerate(matches):
        who = m["who"].strip()
        if k >= MAX_MID_LINE or any(d.as_written == who for d in found):
            continue
        if _title_before(text[: m.start("who")], who):
            continue  # "County Councillor Reid": the name is read whole, from its first title
        found.append(DeclarationFacts(who, text, line.number, minute))
    return found


#: A title at the start of a text ("County Councillor", "Cllr").
TITLE_OPENING = re.compile(TITLES)


def _title_before(before: str, who: str) -> bool:
    """Whether the word before a name begins a longer title with it ("County" before
    "Councillor Reid"): the name is then a part of one read whole."""
    words = before.split()
    if not words:
        return False
    opening = TITLE_OPENING.match(f"{words[-1]} {who}")
    return opening is not None and opening.end() > len(words[-1])


def _has_prose(line: Line) -> bool:
    """A line that says something: not blank and not the item citation under a heading."""
    text = plain(line.text).strip("*_() ")
    return bool(text) and not re.fullmatch(r"(?:Agenda\s+)?Item\s*\w{0,4}", text, re.I)
