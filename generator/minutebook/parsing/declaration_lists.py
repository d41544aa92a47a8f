"""Declarations of interest in the genre's list forms, and the statements in a
declarations minute that declare nothing, one function each (None or empty when it does
not apply):

- `titled_list_declarers`: several members, each with a title, then "declared"
  ("Councillor A Reed, Councillor B Shaw and Cllr C Tull declared personal interests
  ..."); each member is a declaration on the line;
- `named_then_kind`: a titled name, a dash, colon or bracket, then the item and the kind
  of interest without the word "interest" ("Councillor A Reed – Item 5 – personal –
  member of the Rivers Trust", "Councillor C Ross (Item 9 – member of the Rotary Club)");
- `item_then_member`: the same list by item, the item first ("Item 5 – Councillor A
  Frost – personal – member of the Trust", "Minute 12: Councillor B Heydon (prejudicial)
  – owns adjacent land");
- `passive_declarers`: the members after "by" in a passive sentence ("Declarations were
  made by Councillor A Frost (item 5) and Councillor C Ross (item 7)");
- `name_over_interest`: a titled name alone on its line, what the member declared on the
  lines below (a list of members and their interests, or a Member / Item / Nature table
  the converter printed one cell a line); not when what follows says there was nothing;
- `listed_names`: two or more titled names alone on their lines, a sentence after the
  list ("The above members declared a personal interest in item 6 ...") or before it,
  ending with a colon, saying what they declared; one name alone only under such a
  sentence before it ("The following declarations were received:"), nothing below it;
- `declarers_after_colon`: a sentence saying what was declared, then a colon and the
  titled members who declared it ("The following members declared a personal interest
  in item 6: Cllr A Reed and Cllr B Shaw."), or after "the following members declared
  ...;" the members with or without titles; `declarers_by_rows`: "The following interests
  were declared: Ann Reid as a governor of ...; Ben Moss as ...", a member opening each
  piece cut by semicolons;
- `declares_nothing`: a member's statement that declares no interest: nothing to declare
  ("Councillor Bhatt confirmed that he had no interests to declare") or a report of
  lobbying ("Councillor Dyer reported that he had been lobbied by the applicant").
"""

from __future__ import annotations

import re
from itertools import islice

from ..model import DeclarationFacts, Line
from ..vocabulary import TITLE
from .minute_paragraphs import PARAGRAPH_LEAD
from .names import is_office, names_an_organisation
from .text import plain

#: One or two titles ("Cllr Mrs", "County Councillor Dr").
TITLES = rf"{TITLE}(?:\s+{TITLE})?"
#: A word of a name: capitalised, an initial, or a particle ("de", "van der").
NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|di|du|la|le|van|von|der|den)\b)"
ONE_TITLED = rf"{TITLES}(?:\s+{NAME_WORD}){{1,5}}"
#: "Councillor A Reed, Councillor B Shaw and Cllr C Tull (each|both|all) declared":
#: at most twelve members, every one titled; the last one after a comma alone in a list
#: typed without "and" ("Councillor Reed, Councillor Shaw, Mayor Tull declared").
TITLED_LIST = re.compile(
    rf"^(?P<names>{ONE_TITLED}(?:\s*,\s*{ONE_TITLED}){{0,10}}(?:,?\s+and\s+|\s*,\s*)"
    rf"{ONE_TITLED})"
    r"\s+(?:each\s+|both\s+|all\s+|also\s+){0,2}declared\b"
)
LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: A titled name, a dash or colon, then the rest of the line.
NAMED_THEN = re.compile(rf"^(?P<who>{ONE_TITLED}?)\s*(?:[:–—-]\s+|\()(?P<what>.{{3,}})$")
#: What a declaration's cells name: the business ("Item 5", "Minute 12", "Agenda item")
#: or the kind of interest the Codes of Conduct define (England's personal, prejudicial,
#: pecuniary, registrable; Scotland's financial and non-financial: "Item 4 – Mr A Bain
#: (Financial)"), or the outside body the member belongs to, the commonest such interest
#: ("Cllrs Amos and Bligh – Members of the Rivers Trust").
KIND_OR_ITEM = re.compile(
    r"\b(?:personal|prejudicial|pecuniary|registrable|registerable|non-registrable"
    r"|(?:non-)?financial|DPI|ORI|NRI|(?:agenda\s+)?item|minute|members?\s+of)\b",
    re.IGNORECASE,
)
#: A titled name, a dotted leader ("………", "....."), then what it declares: "Cllr A Reed
#: .......... Planning (neighbour of the applicant)", the town and parish councils' list.
NAMED_LEADER = re.compile(
    rf"^(?P<who>{ONE_TITLED}?)\s{{0,3}}(?:…|\.\s?){{3,200}}\s{{0,3}}(?P<what>[^.…\s].{{1,300}})$"
)
#: A titled name filling its line, a table's cell mark or a colon after it allowed.
NAME_ALONE = re.compile(rf"^(?P<who>{ONE_TITLED})\s*[|:]?$")
#: How many lines below a name its interest may start (a blank line, a cell per line).
LOOK_BELOW = 3
#: A member saying there is nothing to declare: "no interests to declare", "nothing to
#: declare", "did not have any interest", "No further declarations ...".
NOTHING_DECLARED = re.compile(
    r"\b(?:no|none|nil)\b[^.]{0,60}?\b(?:declar|interest|disclos)"
    r"|\bnothing\s+to\s+(?:declare|disclose)"
    r"|\bnot\s+(?:have|hold)\s+any\b[^.]{0,40}?\binterest",
    re.IGNORECASE,
)
LOBBIED = re.compile(r"\blobb(?:ied|ying)\b", re.IGNORECASE)


def _unmarked(text: str) -> str:
    """The plain text without its paragraph number or bullet."""
    return PARAGRAPH_LEAD.sub("", plain(text), count=1)


def declares_nothing(text: str) -> bool:
    """A statement that declares no interest: the member had nothing to declare, or
    reports who lobbied them ("reported that she had been lobbied"). A lobbying the
    member declares ("made a declaration of lobbying") or that names an interest is a
    declaration, as the held-out annotations record it."""
    if NOTHING_DECLARED.search(text):
        return True
    lowered = text.lower()
    said = "interest" in lowered or "declar" in lowered
    return LOBBIED.search(text) is not None and not said


#: A sentence opening with a transparency statement: "Mrs A made a transparency statement
#: in respect of item 6", "A transparency statement was made by Cllr B" (the line's first
#: sentence, up to a stop, colon or semicolon).
TRANSPARENCY = re.compile(
    r"^[^.;:]{0,160}?\b(?:(?:made|gave|provided|offered)\s+(?:a\s+)?transparency\s+statements?"
    r"|transparency\s+statements?\s+(?:was|were)\s+(?:made|given))\b",
    re.IGNORECASE,
)


def transparency_statement(text: str) -> bool:
    """Whether a line opens with a member's transparency statement. Scottish codes of
    conduct let a member name a connection with an item that, on the objective test, is
    no interest ("made a transparency statement ... and remained in the meeting"): a
    statement that declares nothing. A sentence that also says the member declared an
    interest is a declaration as usual."""
    match = TRANSPARENCY.match(_unmarked(text))
    return match is not None and "declared" not in match[0].lower()


def titled_list_declarers(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each titled member of a list that declared ("Councillor A Reed, Councillor B Shaw
    and Cllr C Tull declared ..."), as printed."""
    text = _unmarked(line.text)
    if "declared" not in text or (" and " not in text and "," not in text):
        return []  # cheap test first
    match = TITLED_LIST.match(text)
    if match is None:
        return title_once_pair(text, line, minute)
    names = [n.strip() for n in LIST_SPLIT.split(match["names"]) if n.strip()]
    return [DeclarationFacts(name, text, line.number, minute) for name in names]


#: "Councillor S Carefoot and J Rogerson both declared": a singular title printed once for
#: two members, the second named by initials and surname
TITLE_ONCE_PAIR = re.compile(
    rf"^(?P<first>{ONE_TITLED}?)\s+and\s+(?P<second>(?:[A-Z]\.?\s){{1,3}}[A-Z][\w'’-]+)"
    r"\s+(?:each\s+|both\s+)?declared\b"
)


def title_once_pair(text: str, line: Line, minute: str) -> list[DeclarationFacts]:
    """The two members of "Councillor A Reed and B Shaw both declared ...", each as
    printed (the second untitled)."""
    match = TITLE_ONCE_PAIR.match(text)
    if match is None:
        return []
    return [DeclarationFacts(match[k], text, line.number, minute) for k in ("first", "second")]


def named_then_kind(line: Line, minute: str) -> DeclarationFacts | None:
    """In a declarations minute, a titled name, a dash or colon, and the item and kind of
    interest ("Councillor A Reed – Item 5 – personal – member of the Rivers Trust"): a
    list whose entries do not print the word "interest"."""
    text = _unmarked(line.text)
    match = NAMED_THEN.match(text)
    if match is None or not KIND_OR_ITEM.search(match["what"]):
        return None
    if declares_nothing(match["what"]):
        return None
    return DeclarationFacts(match["who"].strip(), text, line.number, minute)


#: An untitled name as a declarations list prints it: initials and a surname ("L. Newman",
#: "M.Caddick") or a forename and a surname or two ("Adam Amor").
UNTITLED_NAME = r"(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+|[A-Z][a-z]+(?:\s[A-Z][\w'’-]+){1,2}"
#: A name, titled or not, perhaps its seat in brackets, then the item it declared in,
#: with or without a dash before it: "Cllr M.Crowley Item 8 – Personal", "M. Caddick
#: (Co-Opted Member) Item 8 – Personal", "Adam Amor (Co-Opted Member) - Items 8 & 13 ...",
#: or a comma: "Ann Reid, items 9 a and 10, Other Interest"
NAMED_ITEM_FIRST = re.compile(
    rf"^(?P<who>{ONE_TITLED}?|{UNTITLED_NAME})(?:\s\((?P<seat>[^()]{{2,40}})\))?"
    r"\s*(?:[:–—,-]\s+)?(?P<what>(?:[Aa]genda\s+)?[Ii]tems?\s+\d.{0,600})$"
)
#: Longest entry read so
MAX_ENTRY = 700
#: A body's word: a name holding one is the business declared in, not a member
BODY_WORD = re.compile(
    r"\b(?:Board|Committee|Council|Cabinet|Panel|Authority|Group|Forum|Executive|Scrutiny)\b"
)


def named_item_first(line: Line, minute: str) -> DeclarationFacts | None:
    """In a declarations minute, a member's name (untitled too) and the item declared in,
    the kind of interest after it ("L. Newman Item 8 – Personal, School Governor"): an
    entry of a list a line, as a committee page prints it. None for any other line or an
    entry that declares nothing."""
    text = _unmarked(line.text).strip()
    match = NAMED_ITEM_FIRST.match(text) if len(text) <= MAX_ENTRY else None
    if match is None or declares_nothing(match["what"]):
        return None
    who = match["who"].strip()
    if names_an_organisation(who) or is_office(who) or BODY_WORD.search(who):
        return None  # "Cabinet Board Item 8 – ...": the business, not a member
    return DeclarationFacts(who, text, line.number, minute)


def named_leader(line: Line, minute: str) -> DeclarationFacts | None:
    """In a declarations minute, a titled name, a dotted leader and the business or
    interest declared ("Cllr A Reed.........Finance (reimbursement)"): each entry of the
    list a line, the leader standing for the verb. None when the line is no such entry or
    its entry declares nothing ("Cllr B Shah ........ None")."""
    text = _unmarked(line.text).strip()
    if "…" not in text and "..." not in text:
        return None  # cheap test first
    match = NAMED_LEADER.match(text)
    if match is None or declares_nothing(match["what"]) or _says_none(match["what"]):
        return None
    return DeclarationFacts(match["who"].strip().rstrip("."), text, line.number, minute)


#: An entry's interest that is no interest: "None", "Nil", "N/A".
NONE_ENTRY = re.compile(r"^(?:none|nil|n/?a|no\s+interests?)\b", re.IGNORECASE)


def _says_none(what: str) -> bool:
    return NONE_ENTRY.match(what.strip()) is not None


def _name_alone(line: Line) -> str | None:
    match = NAME_ALONE.match(_unmarked(line.text).strip())
    return match["who"] if match else None


def name_over_interest(body: list[Line], k: int, minute: str) -> DeclarationFacts | None:
    """In a declarations minute, a titled name alone on line `k` of `body` with the
    member's interest on the next lines ("Cllr Sood" over "School governor of ..."; a
    Member / Item / Nature table printed a cell a line). Not a name in a list of names
    (an apologies list inside the minute), nor one over "No further declarations"."""
    who = _name_alone(body[k])
    if who is None:
        return None
    below = [x for x in body[k + 1 : k + 1 + LOOK_BELOW] if x.text.strip()]
    if not below or _name_alone(below[0]) is not None:
        return None
    earlier = [x for x in body[max(0, k - LOOK_BELOW) : k] if x.text.strip()]
    if earlier and _name_alone(earlier[-1]) is not None:
        return None  # a list of names, not a name over its interest
    words: list[str] = []
    for x in below:
        if _name_alone(x) is not None:
            break  # the next member's entry
        words.append(plain(x.text).strip(" |"))
    said = " ".join(w for w in words if w)
    if not said or declares_nothing(said) or "apolog" in said.lower():
        return None
    return DeclarationFacts(who.strip(), said, body[k].number, minute)


#: A sentence's last word a title ("... of item 4, Councillor").
ENDS_ON_TITLE = re.compile(rf"(?:^|[\s.,;:]){TITLES}$")
#: A surname alone opening the line, then "declared a/an ... interest" ("disclosed",
#: "made a declaration of").
SURNAME_DECLARED = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+)\s+(?:also\s+|similarly\s+)?"
    r"(?:declared|disclosed|made\s+a\s+declaration\s+of)\s+"
    r"(?:an?|their|his|her)\s+[\w\s,-]{0,60}?interest"
)


def surname_under_title(line: Line, above: Line | None, minute: str) -> DeclarationFacts | None:
    """A surname alone opening a line that declared an interest, when the line above
    ends on the title ("During item 4, Councillor" / "Bhatt declared a personal
    interest"): the surname as printed (`declarations.title_above` puts the title back)."""
    if above is None or not re.search(r"declared|disclosed|declaration", line.text):
        return None  # cheap test first
    if not ENDS_ON_TITLE.search(plain(above.text).rstrip()[-60:]):
        return None
    text = _unmarked(line.text)
    match = SURNAME_DECLARED.match(text)
    if match is None:
        return None
    return DeclarationFacts(match["who"], text, line.number, minute)


#: "... made by Councillor A Frost (item 5) and Councillor C Ross (item 7)": the titled
#: members after "by", each with a bracket after it or none, joined by commas or "and".
PASSIVE_LIST = re.compile(
    rf"\bby\s+(?P<first>{ONE_TITLED})(?P<rest>(?:(?:\s*\([^()]{{0,60}}\))?"
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){ONE_TITLED}){{1,11}})"
)
#: "Declarations of interest were received from Cllr A Reed and Cllr B Shaw": the list
#: after "received from" when a declaration is what was received (an apologies sentence
#: receives from members too), one sentence holding several such lists
RECEIVED_FROM = re.compile(
    r"\b(?i:declarations?\b[^.;]{0,60}?|interests?\s+(?:was|were)\s+)received\s+"
    rf"from\s+(?P<first>{ONE_TITLED})(?P<rest>(?:(?:\s*\([^()]{{0,60}}\))?"
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){ONE_TITLED}){{0,11}})"
)
#: At most this many "received from" lists read on one line (bounds the scan).
MAX_RECEIVED = 10
NEXT_TITLED = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<who>{ONE_TITLED})")


def passive_declarers(line: Line, minute: str, below: Line | None = None) -> list[DeclarationFacts]:
    """In a declarations minute, every titled member listed after "by" ("Declarations of
    interest were made by Councillor A Frost (item 5) and Councillor C Ross (item 7)"),
    or after "received from" ("Declarations of interest were received from Cllr A Reed
    and Cllr B Shaw"), each such list of the line, as printed; the list may run on to the
    line `below`, a name broken across the two ("Councillor Carla" / "Fenwick (item 9)")
    and each name on the line where it starts. Empty for a line naming one or none so."""
    text = _unmarked(line.text)
    if not re.search(r" (?:by|from) ", text) or not re.search(r"declar|interest", text, re.I):
        return []  # cheap test first
    joined = f"{text} {_unmarked(below.text)}" if below is not None else text
    match = PASSIVE_LIST.search(joined)
    matches = [match] if match else list(islice(RECEIVED_FROM.finditer(joined), MAX_RECEIVED))
    found: list[tuple[int, str]] = []
    for match in matches:
        if match.start() >= len(text):
            break
        found.append((match.start("first"), match["first"]))
        found += [
            (match.start("rest") + m.start("who"), m["who"])
            for m in NEXT_TITLED.finditer(match["rest"])
        ]
    if len(found) < 2:
        return []
    # the sentence's stop after the last surname ("Cllr B Shaw."), not an initial's
    found = [(at, re.sub(r"(?<=\w{2})\.$", "", who.strip())) for at, who in found]
    return [
        DeclarationFacts(
            who.strip(),
            text,
            line.number if at < len(text) or below is None else below.number,
            minute,
        )
        for at, who in found
    ]


#: "Item 5 – Councillor A Frost – personal ...", "Minute 12: Cllr B Heydon (prejudicial)":
#: the item or minute, then the member, then what they declared.
ITEM_THEN_MEMBER = re.compile(
    r"^(?i:(?:agenda\s+)?(?:item|minute)(?:\s+no\.?)?)\s*[\w./]{1,12}\s*[–—:-]\s*"
    rf"(?P<who>{ONE_TITLED}?)\s*(?:[–—:,-]\s*|\()(?P<what>.{{3,}})$"
)


def item_then_member(line: Line, minute: str) -> DeclarationFacts | None:
    """In a declarations minute, a line listing a declaration by its item first ("Item 5
    – Councillor A Frost – personal – member of the Trust"): the member, when what follows
    names the kind of interest."""
    text = _unmarked(line.text)
    match = ITEM_THEN_MEMBER.match(text)
    if match is None or not KIND_OR_ITEM.search(match["what"]):
        return None
    if declares_nothing(match["what"]):
        return None
    return DeclarationFacts(match["who"].strip(), text, line.number, minute)


#: At most this many names alone in a run of them (bounds the scan).
MAX_LISTED = 20
#: At most this many lines of the sentence explaining a run of names.
MAX_EXPLAINING = 4
#: What a sentence explaining a list of names says: an interest, or that they declared.
EXPLAINS = re.compile(r"\b(?:interests?|declar\w*|disclos\w*)\b", re.IGNORECASE)
#: A reminder or an invitation to declare, as agendas and minutes print under the heading
#: ("Members were reminded to declare ...", "Members are invited to declare ...").
INVITES = re.compile(r"\b(?:remind\w*|invited|asked\s+to|requested|should|must)\b", re.IGNORECASE)
#: A titled name anywhere in a sentence (an explanation naming a member is a declaration
#: of its own, read by the line rules).
ANY_TITLED = re.compile(rf"(?:^|[\s(]){ONE_TITLED}")


def _explanation(text: str) -> str | None:
    """A sentence explaining the names listed next to it: it speaks of an interest or of
    declaring, names no member itself, and neither declares nothing, reminds or invites
    members to declare, nor speaks of apologies; None for any other."""
    if not EXPLAINS.search(text) or ANY_TITLED.search(text):
        return None
    if declares_nothing(text) or INVITES.search(text) or "apolog" in text.lower():
        return None
    return text


def _sentence_after(body: list[Line], k: int) -> str:
    """The sentence starting on line `k` (blank lines before it skipped), up to the line
    ending it with a stop or a colon, a blank line or a name alone."""
    taken: list[str] = []
    for line in body[k : k + MAX_EXPLAINING * 2]:
        text = _unmarked(line.text).strip()
        if not text:
            if taken:
                break
            continue
        if _name_alone(line) is not None or len(taken) >= MAX_EXPLAINING:
            break
        taken.append(text)
        if text.endswith((".", ":")):
            break
    return " ".join(taken)


#: A colon ending a sentence before a list, the Scots ":-" too ("... the following
#: declarations of interest were intimated:-").
COLON_END = re.compile(r":[-–]?$")


def explained_above(body: list[Line], k: int) -> str | None:
    """The sentence ending with a colon above line `k` when it says what the names on
    line `k` declared ("Declarations of interest were received from:"); None otherwise."""
    return _explanation(_sentence_before(body, k))


def _sentence_before(body: list[Line], k: int) -> str:
    """The sentence ending with a colon (or ":-") just above line `k` (blank lines between
    skipped), read back to a blank line or a line ending another sentence; empty when the
    text above does not end with a colon."""
    j = k - 1
    while j >= 0 and not body[j].text.strip():
        j -= 1
    if j < 0 or not COLON_END.search(body[j].text.rstrip()):
        return ""
    taken = [_unmarked(body[j].text).strip()]
    for line in reversed(body[max(0, j - MAX_EXPLAINING + 1) : j]):
        text = _unmarked(line.text).strip()
        if (
            not text
            or text.endswith(".")
            or COLON_END.search(text)
            or _name_alone(line) is not None
        ):
            break
        taken.insert(0, text)
    return " ".join(taken)


def listed_names(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """In a declarations minute, a run of two or more titled names alone on their lines
    ("Cllr A Reed" / "Cllr B Shaw") that a sentence next to it explains: after the run
    ("The above members declared a personal interest in item 6 as members of the Fire
    Authority.") or before it, ending with a colon ("The following members declared an
    interest in item 6:"). Each name is a declaration on its own line, the sentence what
    they declared. A run no such sentence explains (an apologies list) declares nothing. A
    name alone counts only under such a sentence, with no interest of its own below it."""
    found: list[DeclarationFacts] = []
    k = 0
    while k < len(body):
        run: list[tuple[Line, str]] = []
        j = last = k
        while j < len(body) and len(run) < MAX_LISTED:
            if not body[j].text.strip():
                j += 1
                continue
            who = _name_alone(body[j])
            if who is None:
                break
            run.append((body[j], who.strip()))
            last = j
            j += 1
        if len(run) >= 2:
            said = _explanation(_sentence_after(body, j)) or _explanation(_sentence_before(body, k))
            if said is not None:
                found += [DeclarationFacts(who, said, x.number, minute) for x, who in run]
        elif run and name_over_interest(body, last, minute) is None:
            # one name alone under "The following declarations were received:"
            said = _explanation(_sentence_before(body, k))
            if said is not None:
                found.append(DeclarationFacts(run[0][1], said, run[0][0].number, minute))
        k = max(j, k + 1)
    return found


#: "Councillors Ann Reed and Ben Shaw in items 6 and 7 as members of ...": a plural title
#: over the names it serves, then what they declared (in lower case, or after a dash)
PLURAL_LISTED = re.compile(
    r"^(?:Councillors|Cllrs\.?)\s+(?P<names>[A-Z][\w'’.-]*"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)[A-Z][\w'’.-]*){0,20}?)"
    r"(?=\s+(?!and\s)[a-z(]|\s*[:–—-]|\s*$)"
)


def plural_listed(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """In a declarations minute, each member of a list item under a plural title
    ("• Councillors Ann Reed and Ben Shaw in items 6 and 7 as members of ...") that a
    sentence ending with a colon above explains ("The following members declared a
    personal interest in the following items:"); the names as printed, without the title
    printed once for them all."""
    found: list[DeclarationFacts] = []
    for k, line in enumerate(body):
        text = _unmarked(line.text.strip())
        match = PLURAL_LISTED.match(text)
        if match is None:
            continue
        said = _explanation(_sentence_before(body, k))
        if said is None:
            continue
        names = [n.strip() for n in LIST_SPLIT.split(match["names"]) if n.strip()]
        found += [DeclarationFacts(name, text, line.number, minute) for name in names]
    return found


#: "Mr A Reed, Mrs B Shaw and Dr C Tull.": a line of titled names and nothing else
TITLED_NAMES_LINE = re.compile(
    rf"^(?P<names>{ONE_TITLED}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){ONE_TITLED}){{1,20}})\s*\.?$"
)


def titled_names_under_lead(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """In a declarations minute, each member of a line of titled names ("Mr Reed, Mr Shaw
    and Dr Tull.") under a declaring sentence ending with a colon ("The following members
    declared personal interests as trustees of the village trust:-"), blank lines between;
    the sentence is what they declared."""
    found: list[DeclarationFacts] = []
    for k, line in enumerate(body):
        text = _unmarked(line.text.strip())
        match = TITLED_NAMES_LINE.match(text) if len(text) <= 1500 else None
        if match is None:
            continue
        said = explained_above(body, k)
        if said is None:
            continue
        names = _listed_names(match["names"])
        found += [DeclarationFacts(name, said, line.number, minute) for name in names]
    return found


#: "... declared a personal interest in item 6 ...:  Cllr A Reed and Cllr B Shaw.": the
#: declaring sentence, a colon, then only titled names to the end of the line
AFTER_COLON = re.compile(
    r"\b(?:declared|declaring|disclosed)\b[^:]{0,300}?\binterests?\b[^:]{0,300}:\s*"
    rf"(?P<names>{ONE_TITLED}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){ONE_TITLED}){{0,20}})"
    r"\s*\.?$"
)


#: "... the following members declared an interest as harbour users; Ann Reid, Ben Moss
#: and Cara Lowe.": "the following" names the members after the colon or semicolon, with
#: or without their titles
ONE_NAME = rf"(?:{ONE_TITLED}|[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})"
FOLLOWING_THEN_NAMES = re.compile(
    r"\bthe\s+following\s+(?:(?:board|committee|panel)\s+)?(?:members|councillors)\s+"
    r"(?:declared|disclosed)\b[^:;]{0,300}?\binterests?\b[^:;]{0,300}[:;]\s*"
    rf"(?P<names>{ONE_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){ONE_NAME}){{0,20}})\s*\.?$"
)


#: "The following interests were declared: Ann Reid as a governor of ...; Sir Ben Moss as
#: a director of ...": each member opening a piece cut by semicolons, "as" after the name
INTERESTS_DECLARED = re.compile(
    r"\b(?:the\s+following\s+)?interests?\s+(?:were|was)\s+(?:declared|disclosed|noted)"
    r"(?:\s+by\s+members)?\s*:\s*(?P<rows>\S.{10,3000})$",
    re.IGNORECASE,
)
ROW_NAME = re.compile(rf"^(?P<name>{ONE_NAME})\s+(?:as|in\s+relation\s+to|because)\b")
#: Most rows read
MAX_ROWS = 40


def declarers_by_rows(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each member opening a semicolon's piece after "The following interests were
    declared:" ("Ann Reid as ...; Ben Moss as ..."); empty for any other line, and the
    rows end at the first piece no member opens."""
    text = _unmarked(line.text).strip()
    match = INTERESTS_DECLARED.search(text) if "declared" in text else None
    if match is None:
        return []
    found: list[DeclarationFacts] = []
    for piece in match["rows"].split(";")[:MAX_ROWS]:
        row = ROW_NAME.match(re.sub(r"^\s*(?:and\s+)?", "", piece))
        if row is None:
            break
        found.append(DeclarationFacts(row["name"], text, line.number, minute))
    return found


def declarers_after_colon(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each titled member listed after the colon that ends a declaring sentence ("The
    following members declared a personal interest in item 6 as governors: Cllr A Reed
    and Cllr B Shaw."), or each member "the following" names after a colon or semicolon
    ("...; Ann Reid, Ben Moss and Cara Lowe."); empty for any other line."""
    text = _unmarked(line.text).strip()
    if (":" not in text and ";" not in text) or len(text) > 1500:
        return []  # cheap test first
    match = AFTER_COLON.search(text) or FOLLOWING_THEN_NAMES.search(text)
    if match is None:
        return []
    return [
        DeclarationFacts(name, text, line.number, minute) for name in _listed_names(match["names"])
    ]


def _listed_names(listed: str) -> list[str]:
    """The names of a list ("Cllr A Reed, Cllr B Shaw and Cllr C Tull."), without the
    sentence's stop after the last surname ("Shaw."), an initial's kept ("C.")."""
    names = [n.strip() for n in LIST_SPLIT.split(listed) if n.strip()]
    names[-1] = re.sub(r"(?<=\w{2})\.$", "", names[-1])
    return names


#: "Declarations of interest were made as follows:", "The following declarations were
#: received:": a lead over a bulleted list of members and what each declared
AS_FOLLOWS_LEAD = re.compile(
    r"^(?:(?:the\s+)?following\s+)?declarations?(?:\s+of\s+interests?)?\s+(?:were|was)\s+"
    r"(?:made|received|declared|noted)(?:\s+as\s+follows)?\s*:-?$",
    re.IGNORECASE,
)
#: "• Ann Reid was a retired police officer ...": a bullet, a member named with or without
#: a title, then a verb saying what they hold or did
BULLETED_DECLARER = re.compile(
    rf"^(?:[•·▪‣◦*-]\s*)?(?P<name>{ONE_NAME})\s+(?:was|is|has|had|declared|holds|owns|works|"
    r"lives|remained|stated)\b"
)
#: Bullets read under the lead at most
MAX_BULLETS = 30


def bulleted_declarers(body: list[Line], minute: str) -> list[DeclarationFacts]:
    """Each member opening a bullet under "Declarations of interest were made as follows:"
    ("• Ann Reid was a retired police officer ..."); the list ends at the first line of
    text that is no such bullet. Empty without the lead."""
    found: list[DeclarationFacts] = []
    for k, line in enumerate(body):
        if AS_FOLLOWS_LEAD.match(_unmarked(line.text).strip()) is None:
            continue
        for below in body[k + 1 : k + 1 + 2 * MAX_BULLETS]:
            text = _unmarked(below.text).strip()  # the bullet taken off
            if not text:
                continue
            bulleted = text != below.text.strip()
            row = BULLETED_DECLARER.match(text) if bulleted else None
            if row is None:
                break
            found.append(DeclarationFacts(row["name"], text, below.number, minute))
        break
    return found
