"""Read lists of people as printed ("Mr P M Hill, OBE (Chairman), Cllr M Blakemore and ...").

Parsing keeps each name exactly as written; deciding who a name *is* belongs to
`resolving.people`, which sees every document.

A list is split on commas, semicolons, "and" and "&" outside brackets; then each rule mends
one way the split goes wrong in the genre:

- an honour printed after a comma ("Mr P M Hill, OBE") stays with its name;
- a piece made of office words ("Mr A Smith, Chief Executive") is the capacity of the name
  before it, and a piece naming an organisation is the organisation it came for;
- a missing comma ("Cllr P Feacey Mr G Sandher") is two names: a title after a surname
  starts the next one;
- a plural title ("Councillors Smith and Jones") is each name's title: the names are kept as
  printed ("Smith", "Jones"), and a surname under one is not a damaged name;
- an unclosed bracket ("Cllr A Smith (Vice-Chairman, Cllr B Jones") closes before the next
  titled name, so it does not swallow the rest of the list.

Brackets after a name are its capacity ("(Chairman)"); with two or more, the one naming an
organisation is the organisation ("(Chairman) (Kent County Council)").
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from ..vocabulary import (
    HONOUR,
    IS_HONOUR,
    IS_TITLE,
    MONTHS,
    MUTATED_NAME_WORD,
    OFFICE_WORDS,
    ORGANISATION_WORDS,
    PARTICLES,
    PLURAL_TITLE,
    PLURAL_TITLES,
    SMALL_WORDS,
    STARTS_WITH_TITLE,
    TITLE,
)
from .names_alphabetical_roll import alphabetical_pairs, alphabetical_roll
from .names_body_dash_runs import body_dash_rows
from .names_capitals_cells import capitals_cell_and_name
from .names_glued import unglued_titles
from .names_glued_columns import split_glued_columns
from .names_initials_posts import initials_post_run
from .names_initials_runs import honours_apart, initials_run_names, surname_roll_names
from .names_initials_tag import initials_tagged_row
from .names_inverted import inverted_name, surname_run
from .names_office_colons import office_colon_rows
from .names_organisation_runs import name_organisation_rows
from .names_rank_surnames import rank_as_surname
from .names_run_on_posts import run_on_posts
from .names_semicolon_rows import semicolon_people, semicolon_rows, untitled_semicolon_rows
from .names_shared_surname import shared_surname

#: The word before "Councillor" in a two-word title ("County Councillor").
COUNCILS = frozenset({"County", "Borough", "District"})
LIST_SEPARATOR = re.compile(r"(?:,\s*|;\s*|\s+)(?:and|&)\s+|,\s*|;\s*")
#: What parts the names of a list printed in a sentence: commas, "and", and the parish
#: clerk's "&" (no semicolons: "Councillors Amos, Bligh and Carr declared ...")
NAME_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
#: Where a separator may start: the cheap test before the pattern is tried.
SEPARATOR_STARTS = frozenset(", ;\t")
#: Before this, an unclosed bracket is closed: a separator followed by a titled name.
BEFORE_TITLED_NAME = re.compile(rf"(?:,\s*|;\s*|\s+and\s+)(?={TITLE}\s)")
#: After a closing bracket, a capitalised word that is not an honour starts the next name.
NAME_AFTER_BRACKET = re.compile(rf"\s+(?=[A-Z])(?!{HONOUR}\b)")
SPACES = re.compile(r"[ \t\u00a0]{2,}")
BRACKET = re.compile(r"\(([^()]*)\)")
DASH_CAPACITY = re.compile(r"\s+[-–—]\s+")
#: The plural titles of a council's second rank, printed after the councillors' names with
#: no stop or comma between: "Councillors A, B and C Aldermen D and E"
RANK_PLURALS = frozenset({"Aldermen", "Alderpersons"})
#: "Councillors Smith, Jones", "Councillors: K. Atwell, B. Cheeseman": one title for all
#: ("Aldermen – F Reid, G Moss": a spaced dash after it, `attendance_title_dashes.py`)
LEADING_PLURAL_TITLE = re.compile(
    rf"^(?P<title>{PLURAL_TITLE})\.?(?:\s*:\s*|\s+[-–—]\s+|\s+)(?=\S)"  # "Cllrs. A Reid"
)
#: "Councillor(s)" heading each column of a roll, run together when the columns were
#: flattened: one plural title over the names
COLUMN_HEADS = re.compile(r"^Councillor\(s\)(?:\s+Councillor\(s\)){0,5}\s*:?\s+(?=[A-Z])")
PLURAL_TITLE_SEMICOLON = re.compile(rf"^(?P<title>{PLURAL_TITLE})(?:;(?=\s)|,(?=\s+[A-Z]))")


def without_plural_title_stop(text: str) -> str:
    """ "Councillors; A Reid, B Moss", "Councillors, A Reid": the stop after the plural title
    parts nothing; it is made a space (the text keeps its length)."""
    return PLURAL_TITLE_SEMICOLON.sub(lambda m: m["title"] + " ", text)


#: A footnote's mark in brackets after a name or before it: "(1)", "(3) Inspector X"
FOOTNOTE = re.compile(r"\d{1,2}")
#: "and" run into the initial after it ("J Reid andA Moss"), its space lost in conversion
GLUED_AND = re.compile(r"\band(?=[A-Z]\.?\s[A-Z])")
FOOTNOTE_BEFORE = re.compile(r"^\s*\(\d{1,2}\)\s+(?=[A-Z])")
#: Words of a phrase that carry case: a sentence has several lower-case ones.
WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class NameEntry:
    as_written: str
    capacity: str | None
    looks_damaged: bool
    #: the organisation a bracket or a trailing piece names ("Kent County Council")
    organisation: str | None = None
    #: where the entry starts in the text given to `split_name_list`
    start: int = 0
    #: the entry's bracket was never closed in the source
    unclosed_bracket: bool = False
    #: when they came or went, or how they attended, as a bracket says ("from item 5",
    #: "remotely"): no capacity
    timing: str | None = None


@dataclass(frozen=True)
class PersonName:
    """A printed name taken apart: "Cllr Mrs J de Jong, OBE" is titles ("Cllr", "Mrs"),
    given ("J"), surname "de Jong", honours ("OBE")."""

    titles: tuple[str, ...]
    given: tuple[str, ...]
    surname: str
    honours: tuple[str, ...]

    @property
    def name(self) -> str:
        """The name without titles or honours ("J de Jong")."""
        return " ".join((*self.given, self.surname))


def parse_name(as_written: str) -> PersonName | None:
    """Titles, given names or initials, surname (with its particles) and honours."""
    words = [w for w in as_written.replace(",", " ").split() if w]
    titles: list[str] = []
    while words:
        pair = " ".join(words[:2])
        if len(words) > 1 and IS_TITLE.match(pair):
            titles.append(pair)
            words = words[2:]
        elif IS_TITLE.match(words[0]):
            titles.append(words.pop(0))
        else:
            break
    honours: list[str] = []
    while words and IS_HONOUR.match(words[-1].rstrip(".")):
        honours.insert(0, words.pop())
    if not words:
        return None
    inverted = inverted_name(as_written, words)
    if inverted is not None:  # "Trueman, D.": the surname first, its initials after
        return PersonName(tuple(titles), (inverted[1],), inverted[0], tuple(honours))
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return PersonName(tuple(titles), tuple(words[:start]), " ".join(words[start:]), tuple(honours))


def close_unclosed_brackets(text: str) -> tuple[str, list[int]]:
    """The text with each bracket left open closed before the next titled name (or at the
    end), and where those brackets open in the returned text."""
    stack: list[int] = []
    for i, char in enumerate(text):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            stack.pop()
    if not stack:
        return text, []
    text, stray = blank_stray_brackets(text, stack)
    stack = [opened for opened in stack if opened not in stray]
    if not stack:
        return text, sorted(stray)
    cuts = [m.start() for m in BEFORE_TITLED_NAME.finditer(text)]
    end = len(text.rstrip(" .;,"))
    closing: dict[int, int] = {}  # where to close -> how many brackets
    for opened in stack:
        at = bisect_right(cuts, opened)
        cut = cuts[at] if at < len(cuts) else end
        closing[cut] = closing.get(cut, 0) + 1
    pieces: list[str] = []
    last = 0
    ordered = sorted(closing)
    inserted = [0]  # brackets inserted up to and including each cut, in order
    for cut in ordered:
        pieces += [text[last:cut], ")" * closing[cut]]
        last = cut
        inserted.append(inserted[-1] + closing[cut])
    pieces.append(text[last:])
    moved = [opened + inserted[bisect_right(ordered, opened)] for opened in stack]
    moved += [opened + inserted[bisect_right(ordered, opened)] for opened in stray]
    return "".join(pieces), sorted(moved)


#: What may stand before a bracket that opens no name's post: the list's start or a separator.
LIST_BREAK = (",", ";", ":")


def blank_stray_brackets(text: str, unclosed: list[int]) -> tuple[str, set[int]]:
    """The text with each stray bracket blanked, and where they were. A bracket left open
    is stray when it follows no name: it opens the list or follows a separator or another
    stray bracket ("((((Mr A Reid", a scan's specks), so no post can be inside it, and
    closing it would make the whole name its capacity. Blanking keeps every offset."""
    stray: set[int] = set()
    for opened in unclosed:
        before = text[:opened].rstrip()
        if not before or before.endswith(LIST_BREAK) or len(before) - 1 in stray:
            stray.add(opened)
    if not stray:
        return text, stray
    return "".join(" " if i in stray else c for i, c in enumerate(text)), stray


def split_with_offsets(text: str) -> list[tuple[int, str]]:
    """Split on list separators outside brackets, keeping where each piece starts."""
    pieces: list[tuple[int, str]] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
            after = NAME_AFTER_BRACKET.match(text, i + 1) if depth == 0 else None
            if after:  # "Cllr A Reid (Chair) Cllr B Moss (Vice-Chair)": no comma needed
                pieces.append((start, text[start : i + 1]))
                start = i = after.end()
                continue
        elif depth == 0 and char in SEPARATOR_STARTS:
            match = LIST_SEPARATOR.match(text, i)
            if match:
                pieces.append((start, text[start:i]))
                start = i = match.end()
                continue
        i += 1
    pieces.append((start, text[start:]))
    found = []
    for offset, piece in pieces:
        stripped = piece.strip()
        if stripped:
            found.append((offset + piece.index(stripped), stripped))
    return found


def brackets_of(piece: str) -> tuple[str, list[str]]:
    """The text before a piece's first bracket, and each outer bracket's contents (a
    bracket may hold another: "(Chief Constable (Northshire Police))")."""
    at = piece.find("(")
    if at < 0:
        return piece.strip(), []
    found: list[str] = []
    depth = 0
    start = at
    for i in range(at, len(piece)):
        if piece[i] == "(":
            if depth == 0:
                start = i + 1
            depth += 1
        elif piece[i] == ")" and depth:
            depth -= 1
            if depth == 0:
                found.append(piece[start:i].strip())
    return piece[:at].strip(), found


#: A place and the capitals councils and services shorten their kind to, ending a phrase:
#: "Calderbrook MBC", "Wyke DC", "Northshire CC", "Tamar NHS", "Fernside ICB".
ORGANISATION_ACRONYM = re.compile(
    r"\b[A-Z][a-z][\w'’-]{0,30}\s+(?:[MLR]?BC|[DC]C|CCG|ICB|NHS|O?PCC|FRS|FRA|CFA)$"
    # "NHS England", "NHS Kernow", "ICB North Vale": a health body's acronym before its
    # area, after the name of the member it sent ("Ms B Rudd, NHS England")
    r"|^(?:NHS|ICB|CCG)(?:\s[A-Z][\w'’-]{1,30}){1,4}$"
)


def names_an_organisation(phrase: str) -> bool:
    return any(w.lower() in ORGANISATION_WORDS for w in WORD.findall(phrase)) or bool(
        ORGANISATION_ACRONYM.search(phrase.strip())
    )


#: "Leader of the Council", "Deputy Leader of the Council", "Chairman of the Council": a
#: post held in an organisation, which names the organisation only to say whose post it is
POST_OF = re.compile(
    r"^(?:(?:Deputy|Vice|Assistant)[ -])?(?P<post>[A-Za-z-]{3,20})\s+of\s+(?:the\s+)?\S",
    re.IGNORECASE,
)


def post_of(bracket: str) -> bool:
    """Whether a bracket is a post "of the Council" ("(Leader of the Council) (Chair)"):
    the person's capacity, not the organisation they come from."""
    match = POST_OF.match(bracket.strip())
    return match is not None and match["post"].lower() in OFFICE_WORDS


#: "Councillor", "County Councillor" alone after a comma: the seat of the name before it
BARE_COUNCILLOR = re.compile(r"^(?:[A-Z][a-z]{2,20}\s)?Councillor$")


def is_office(phrase: str) -> bool:
    """A piece of a list that is an office or an organisation, not a person: no title, and
    an office word or a lower-case word that is not a particle ("Leader of the Council")."""
    if BARE_COUNCILLOR.match(phrase.strip()):
        return True  # "Mrs E Reid, Councillor", "..., County Councillor": her seat, no name
    if elected_mayor(phrase):
        return False  # "Mayor Ann Reid": a directly elected mayor, titled by the office
    if rank_as_surname(phrase):
        return False  # "Ben Constable": a member whose surname is the rank
    if STARTS_WITH_TITLE.match(phrase) and not IS_TITLE.match(phrase.strip()):
        return False  # a rank alone ("Chief Constable") is an office; before a name, a title
    bare = brackets_of(phrase)[0]
    words = WORD.findall(bare)  # "X (Chairman)" is a name with an office
    if ORGANISATION_ACRONYM.search(bare):  # "Calderbrook MBC"
        return True
    if bare.strip() in OFFICE_ABBREVIATIONS:  # "Mrs T Maxwell, RFO": the post, shortened
        return True
    return bool(words) and any(
        _office_or_its_staff(w.lower())
        or w.lower() in ORGANISATION_WORDS
        or (w[0].islower() and not _in_a_name(w))
        for w in words
    )


#: posts printed by their initials alone: a parish's Responsible Financial Officer, a chief
#: executive or finance officer, a police force's deputy or assistant chief constable
OFFICE_ABBREVIATIONS = frozenset({"RFO", "CEO", "CFO", "DCC", "ACC", "ACO", "DPO", "PCSO"})


#: "Mayor Ann Reid": the office used as the title of a directly elected mayor; "Deputy Ann
#: Reid": a deputy alderman's title in the City's papers, before a given name and surname
ELECTED_MAYOR = re.compile(
    r"^(?:Mayor|Deputy)\s+(?!of\b)[A-Z][a-z][\w'’-]{0,30}(?:\s+[A-Z][\w'’-]{1,30}){1,2}$"
)


def elected_mayor(phrase: str) -> bool:
    """Whether a piece is a person named with an office as a title ("Mayor Ann Reid",
    "Deputy Ann Reid"): not the office ("Mayor of Westbury", "Deputy Mayor", "Deputy Chief
    Executive": an office word after it)."""
    phrase = phrase.strip()
    if ELECTED_MAYOR.match(phrase) is None:
        return False
    return not any(
        w.lower() in OFFICE_WORDS or w.lower() in ORGANISATION_WORDS for w in phrase.split()[1:]
    )


#: The possessive of an office: "Treasurer’s Office", "Clerk's Department".
POSSESSIVE = re.compile(r"['’]s$")


def _office_or_its_staff(word: str) -> bool:
    """Whether a word (lower case) is an office word or its possessive ("clerk’s" in
    "Clerk’s Office"): the unit a person comes from names no person."""
    return word in OFFICE_WORDS or POSSESSIVE.sub("", word) in OFFICE_WORDS


def _in_a_name(word: str) -> bool:
    """A lower-case word that may belong to a name: a particle ("van", "de"), "and"
    between names, a mutated Gaelic surname ("t-Sagairt")."""
    return word in PARTICLES or word == "and" or MUTATED_NAME_WORD.match(word) is not None


def lower_case_words(phrase: str) -> int:
    """How many lower-case words a phrase has outside brackets, surname particles and
    "and" aside: a list of names has none or one, a sentence several."""
    outside = BRACKET.sub(" ", phrase)
    return sum(1 for w in WORD.findall(outside) if w[0].islower() and not _in_a_name(w))


def capitals_recased(name: str) -> str:
    """A name list typed wholly in capitals in title case, small words ("AND", "OF") in
    lower case, each letter where it was; any other text unchanged."""
    if not name.isupper() or len(name) > 600:
        return name

    def recase(match: re.Match[str]) -> str:
        word = match.group()
        if word.lower() in SMALL_WORDS:
            return word.lower()
        return word[:1] + word[1:].lower()

    recased = re.sub(r"[^\W\d_][\w'’.-]*", recase, name)
    return recased if len(recased) == len(name) else name


def split_missing_comma(offset: int, piece: str) -> list[tuple[int, str]]:
    """'Cllr P Feacey Mr G Sandher' is two names: a title after a word that is not a title,
    and followed by a word, starts the next name. Brackets stay with the last name. A kind
    of seat run into the name after it ("Added Member Mr G Boothby") only introduces it."""
    name, _ = brackets_of(piece)
    # "COUNCILLOR A REID COUNCILLOR MRS B MOSS": a list typed in capitals, read in title
    # case for its titles (the letters keep their places; the pieces stay as printed)
    name = capitals_recased(name)
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", name)]
    cuts = []
    for k in range(1, len(words) - 1):
        word, before, after = words[k][1], words[k - 1][1], words[k + 1][1]
        starts_title = IS_TITLE.match(word) or (word in COUNCILS and after == "Councillor")
        # "... and Yale Aldermen Bray and Hume": the aldermen's plural title opens
        # their group after the councillors' last name ("Honorary Aldermen" is one title)
        starts_title = starts_title or (
            word in RANK_PLURALS and after[:1].isupper() and before != "Honorary"
        )
        # a title of two words whose first is none alone ("Depute Provost A Reid")
        at = words[k][0]  # a title and a name fit in a short slice (no copy of the rest)
        starts_title = starts_title or (
            word[:1].isupper() and _long_title_then_name(name[at : at + 120])
        )
        # "Cllr A Reid for Cllr B Moss": "for" starts nothing; "Mr A Ó hEára Mr B Moss":
        # an Irish surname's mutated word ends a name
        named = before[:1].isupper() or MUTATED_NAME_WORD.match(before) is not None
        # "Lieutenant Colonel": a title of two words starting at the word before is one
        in_title = STARTS_WITH_TITLE.match(name[words[k - 1][0] :]) is not None
        in_title = in_title or before == "The"  # "The Rev. Dr A Reid": "The" is the title's
        # "The Mayor Councillor A Reid": a member's own title after an office ends the office
        office_ends = before.lower() in OFFICE_WORDS and MEMBER_TITLE.fullmatch(word) is not None
        if office_ends or (
            starts_title
            and named
            and not in_title
            and not IS_TITLE.match(before)
            # "Councillors Mrs D Reid, ...", "Councillors: Mrs D Reid": one title for all
            and before.rstrip(":") not in PLURAL_TITLES
            and before not in COUNCILS
            # "B. Cllr G McGrath": a tier's initial ("Borough") opens the title, no name
            and not (k == 1 and re.fullmatch(r"[A-Z]\.", before))
        ):
            cuts.append(words[k][0])
    if not cuts:
        return _initials_cut([(offset, piece)])
    bounds = [0, *cuts, len(piece)]
    parts = [(offset + a, piece[a:b].strip()) for a, b in pairwise(bounds)]
    return _initials_cut(parts[1:] if MEMBER_LABEL.fullmatch(parts[0][1]) else parts)


#: A member's own title, which no office runs on into ("Mayor Councillor" is two words)
MEMBER_TITLE = re.compile(r"Councillor|Cllr\.?|Alderman|Mr|Mrs|Ms|Miss|Dr\.?")
#: The same title inside a phrase
MEMBER_TITLE_IN = re.compile(rf"\s(?:{MEMBER_TITLE.pattern})\s")
#: A plain forename or surname: capitalised, no initial ("Nicola", "O'Rourke", "Whalley-Hoggins")
PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z][a-z'’-]*(?:-[A-Z][a-z'’-]+)?")
#: Fewest titled names of the run that must each be a forename and a surname alone
MIN_PAIRED_RUN = 3


#: A surname's first word that never opens a name of its own: "De Silva", "Van Dyke"
SURNAME_PARTICLES = frozenset(
    {"De", "Da", "Di", "Du", "Del", "Della", "Des", "Van", "Von", "Le", "La", "Ap", "Ab"}
)


def _untitled_pairs_apart(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A run of titled names, each "Title Forename Surname", holding an untitled member
    run on after one of them ("Councillor Nicola Davies Andy Davis", a co-opted member
    printed without a title): where every other name of the run is a title and two plain
    words, four plain words after a title are two names."""
    shapes = []
    for _, part in parts:
        bare = brackets_of(part)[0]  # "Councillor A Reid (Chair)": the name's words
        title = STARTS_WITH_TITLE.match(bare)
        words = bare[title.end() :].split() if title else []
        plain = bool(title) and all(PLAIN_NAME_WORD.fullmatch(w) for w in words)
        if plain and len(words) == 4 and words[2] in SURNAME_PARTICLES:
            shapes.append(2)  # "Councillor Ana Gomez De Silva": one name, its surname's particle
            continue
        shapes.append(len(words) if plain else 0)
    pairs = sum(1 for n in shapes if n == 2)
    if pairs < MIN_PAIRED_RUN or any(n not in (2, 4) for n in shapes) or 4 not in shapes:
        return parts
    out: list[tuple[int, str]] = []
    for (at, part), n in zip(parts, shapes, strict=True):
        if n == 4:
            title = STARTS_WITH_TITLE.match(part)
            assert title is not None  # every shape counted is titled
            tokens = list(re.finditer(r"\S+", part))
            cut = tokens[len(title.group().split()) + 2].start()  # the third plain word
            out += [(at, part[:cut].rstrip()), (at + cut, part[cut:])]
        else:
            out.append((at, part))
    return out


#: A councillor's tier by its initial before the title: "B. Cllr" (Borough), "C. Cllr"
TIER_INITIAL_TITLE = re.compile(r"^[A-Z]\.\s?(?:Cllr|Councillor)\b")


def _initials_cut(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The parts with each run of names by initials ("B C Moss D Lowe") cut at each name."""
    out: list[tuple[int, str]] = []
    for offset, part in parts:
        # "A Dale KR Quinn (part)": the bracket is the last name's
        bracket = TRAILING_BRACKET.search(part)
        bare = part[: bracket.start()] if bracket else part
        run = initials_run_names(bare) or surname_roll_names(part)  # "Simmons K. Malik Roche"
        if run is None or TIER_INITIAL_TITLE.match(part):  # "B. Cllr G Moss": one name
            out.append((offset, part))
            continue
        run[-1] = (run[-1][0], part[run[-1][0] :])
        out.extend((offset + at, name) for at, name in run)
    return out


#: A bracket closing a piece of a list ("(part)", "(Chair)")
TRAILING_BRACKET = re.compile(r"\s\([^()]{1,60}\)$")


def _long_title_then_name(text: str) -> bool:
    """Whether the text opens with a title of several words and a name of two capitalised
    words after it ("Depute Provost Alasdair Reid"): a name of its own starts there."""
    title = STARTS_WITH_TITLE.match(text)
    if title is None or " " not in title.group() or title.group().split()[0] in COUNCILS:
        return False  # "District Cllr": a council's word, read by the rule for councils
    after = text[title.end() :].split()
    return len(after) >= 2 and all(w[:1].isupper() for w in after[:2])


#: "Added Member", "Co-opted Members", "Independent Member", "Parent Governor Member": the
#: kind of seat printed run into the name it introduces ("... and Added Member Mr G Boothby"),
#: no post of the name before it
MEMBER_LABEL = re.compile(
    r"(?:(?:Added|Co-?opted|Independent|Lay|Parent|Governor|Church|Diocesan|Magistrate|"
    r"Community|Voting|Non-voting|Statutory|Youth)\s){1,3}Members?"
)


def without_dangling_separator(text: str) -> str:
    """A list cut short after its separator ("Cllr A Reid, Cllr B Moss and"), without it."""
    text = text.rstrip(" ,;")
    for tail in (" and", " &"):
        if text.endswith(tail):
            text = text[: -len(tail)].rstrip(" ,;")
    return text


def _post_beside_name(piece: str) -> bool:
    """A piece naming someone and their post, either way round or with the holder in a
    bracket after the post ("The Mayor (Cllr A Reid)"): no office alone."""
    return (
        post_then_name(piece) is not None
        or name_then_post(piece) is not None
        or _post_and_holder(piece)
    )


def _office_first(pieces: list[tuple[int, str]]) -> bool:
    """A list that opens with an office before a titled name ("The Police and Crime
    Commissioner, Mr M Scott, ...") prints each office before its holder."""
    lead = 0
    while (
        lead < len(pieces) and is_office(pieces[lead][1]) and not _post_beside_name(pieces[lead][1])
    ):
        lead += 1
    return 0 < lead < len(pieces) and STARTS_WITH_TITLE.match(pieces[lead][1]) is not None


def _merge_office_first(
    text: str, pieces: list[tuple[int, str]]
) -> list[tuple[int, str, list[str]]]:
    """Each name with the office printed before it (offices joined by "and" are one). An
    office joined to the next name by "and" is someone else's, unnamed: "the Mayor and
    Cllr A Reid" are two people (see office_joined_to_name)."""
    merged: list[tuple[int, str, list[str]]] = []
    office: tuple[int, int] | None = None  # where the pending office starts and ends
    unnamed: list[tuple[int, str, list[str]]] = []  # the pending office's people, if alone
    for offset, piece in pieces:
        end = offset + len(piece)
        if is_office(piece):
            if unnamed and _office_named_after_office(unnamed[-1][1], piece):
                unnamed.append((offset, piece, []))  # "the Mayor, the Deputy Mayor"
            elif unnamed:
                start = unnamed[-1][0]
                unnamed[-1] = (start, text[start:end], [])
            else:
                unnamed = [(offset, piece, [])]
            office = (office[0] if office else offset, end)
            continue
        if office and office_joined_to_name(text[office[1] : offset]):
            merged.extend(unnamed)
            office = None
        unnamed = []
        if merged and IS_HONOUR.match(brackets_of(piece)[0]):
            start, _, extra = merged[-1]
            merged[-1] = (start, text[start:end], extra)
        else:
            merged.append((offset, piece, [text[office[0] : office[1]]] if office else []))
            office = None
    if office and merged:  # an office after the last name is that name's
        merged[-1][2].append(text[office[0] : office[1]])
    return merged


#: "J. Pardoe", "A.B. Reid", "P M Hill": initials, then a surname.
INITIALLED_NAME = re.compile(r"(?:[A-Z]\.?\s?){1,3}\s?[A-Z][\w'’-]{1,30}")


#: what joins an office to the name after it when the two are different people
JOINED_BY_AND = re.compile(r"^[\s,]*(?:and|&)\s*$", re.IGNORECASE)


def office_joined_to_name(between: str) -> bool:
    """ "the Mayor and Cllr A Reid": an office joined to the next name by "and" is a
    person of its own, not that name's post (a holder follows its office after a comma:
    "The Police and Crime Commissioner, Mr M Scott")."""
    return JOINED_BY_AND.match(between) is not None


def person_then_dash(piece: str) -> bool:
    """'J. Pardoe – Head of Environmental Health' in a list: a person, a dash, their post
    (a person of its own, not a post of the name before it)."""
    dash = DASH_CAPACITY.search(piece) if len(piece) <= 300 else None
    if dash is None:
        return False
    before = brackets_of(piece[: dash.start()])[0].strip()
    # titled or initialled: "Tennant Lowe Solicitors – for the Applicant" is a firm
    if STARTS_WITH_TITLE.match(before) or INITIALLED_NAME.fullmatch(before):
        return True
    # "Ruth Lake - Director of Adult Social Care": a first name and surname, then an office
    after = piece[dash.end() :].strip()
    return FIRST_AND_SURNAME.fullmatch(before) is not None and is_office(after)


#: "Ruth Lake", "Anna-Marie O'Dowd": a first name and a surname, nothing else
FIRST_AND_SURNAME = re.compile(r"[A-Z][a-z][\w'’-]{0,20}\s[A-Z][\w'’-]{1,30}")


def _dash_capacity_goes_on(text: str, before: tuple[int, str, list[str]], at: int) -> bool:
    """Whether an office joined by "and" to the name before it carries on that name's
    capacity after a dash ("Mrs A Reid - Police" + "and" + "Crime Commissioner")."""
    start, piece, extra = before
    if extra or not DASH_CAPACITY.search(brackets_of(piece)[0]):
        return False
    return re.fullmatch(r"\s*(?:and|&)\s*", text[start + len(piece) : at]) is not None


#: "Chief Fire Officer M Trelawney", "Treasurer P Oduya": a post, then initials and a
#: surname (officers' lists print the post first, with no title before the name)
POST_THEN_NAME = re.compile(
    r"^(?P<post>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|to|of|the|and|for))*?)"
    r"\s+(?P<name>[A-Z]\.?(?:\s?[A-Z]\.?){0,2}\s+[A-Z][\w'’-]+)$"
)


def post_then_name(piece: str) -> tuple[str, int] | None:
    """The post and where the holder's name starts, for a piece that prints a post before
    initials and a surname; None for a name, an office alone or a titled name."""
    if len(piece) > 120 or STARTS_WITH_TITLE.match(piece):
        return None
    match = POST_THEN_NAME.match(piece)
    if match is None or not is_office(match["post"]):
        return None
    return match["post"], match.start("name")


#: Words that start or qualify a post ("Senior Democratic Services Officer", "Parish
#: Clerk"): never part of the name printed before one.
POST_WORDS = OFFICE_WORDS | frozenset(
    {
        "acting", "borough", "committee", "council", "county", "democratic", "district",
        "finance", "governance", "interim", "legal", "parish", "planning", "principal",
        "scrutiny", "senior", "service", "services", "town",
    }
)  # fmt: skip


#: "The ...", "THE ...": no person's name opens with the article, but for a title after it
#: ("The Rev")
ARTICLE_FIRST = re.compile(r"^(?:The|THE)\s")


def name_then_post(piece: str) -> tuple[str, str] | None:
    """'Mr W Grosvenor Clerk to the Council', 'Elaine Atkin Parish Clerk': a name, then its
    holder's post with no comma between; the name and the post. None unless the words
    before the post are a person's name ending in a surname (not an initial: "Mr J Head"
    is a name) and the words after it are an office."""
    if len(piece) > 160 or "(" in piece or ":" in piece or DASH_CAPACITY.search(piece):
        return None
    if ARTICLE_FIRST.match(piece) and not STARTS_WITH_TITLE.match(piece[4:].lstrip()):
        return None  # "The Right Worshipful the Mayor": a civic style, no name before it
    words = piece.split()
    for k in range(2, len(words)):
        head, last = " ".join(words[:k]), words[k - 1].rstrip(".,")
        if not words[k][:1].isupper() or len(last) < 2 or IS_TITLE.match(last):
            continue
        if any(w.lower() in POST_WORDS for w in words[:k]) or not looks_like_a_person(head):
            break  # the name would hold a word of a post: no name before it
        tail = " ".join(words[k:])
        if is_office(tail) and any(w.lower() in OFFICE_WORDS for w in WORD.findall(tail)):
            return head, tail
    return None


def looks_like_a_person(text: str) -> bool:
    """A titled name, or two to five capitalised words or initials that are no office
    ("Ann Smith", "J Bloggs", "Mary-Jane de Souza"): what may follow a post."""
    text = text.strip()
    if STARTS_WITH_TITLE.match(text):
        return True
    words = text.split()
    return (
        2 <= len(words) <= 5
        and not is_office(text)
        and not any(c.isdigit() for c in text)
        and all(w[:1].isupper() or w in PARTICLES for w in words)
    )


def post_then_bracketed_name(name: str, brackets: list[str]) -> tuple[str, str] | None:
    """'Development Manager (Mr N. Saltash)': a post, then its holder in brackets; the
    holder and the post. None for a name with a bracket after it ("Mr A Reid (Chair)")."""
    if not brackets or not name or STARTS_WITH_TITLE.match(name) or not is_office(name):
        return None
    if stood_in_for(name):  # "Ann Reid for Ben Moss (Wyke Trust)": a substitute, no post
        return None
    holder = brackets[0]
    # "Support Officer (Democratic Services)": the post's service area, no holder
    if not looks_like_a_person(holder) or is_office(holder) or service_area(holder):
        return None
    return holder, name


#: "Ann Reid for Ben Moss": a person, "for", another
PERSON_FOR_PERSON = re.compile(r"^(?P<sub>\S.{2,60}?)\s+for\s+(?P<whom>\S.{2,60})$")


def stood_in_for(name: str) -> bool:
    """ "Ann Reid for Ben Moss": one person standing in for another, not a post ("Cabinet
    Member for Finance" names an office before "for")."""
    pair = PERSON_FOR_PERSON.match(name.strip())
    return bool(pair and looks_like_a_person(pair["sub"]) and looks_like_a_person(pair["whom"]))


#: "Chief Executive: J Bloggs": a post, a colon, its holder
POST_COLON = re.compile(r"^(?P<post>[^:]{3,80}?)\s*:\s+(?P<name>[^:]{3,80})$")


def post_then_colon_name(name: str) -> tuple[str, str] | None:
    """'Chief Executive: J Bloggs': the holder and the post; None unless a post comes
    before the colon and a person after it."""
    match = POST_COLON.match(name) if ":" in name else None
    if match is None or STARTS_WITH_TITLE.match(match["post"]) or not is_office(match["post"]):
        return None
    if not looks_like_a_person(match["name"]):
        return None
    return match["name"].strip(), match["post"].strip()


def table_rows(text: str) -> list[tuple[int, str, str]] | None:
    """A table's rows of people and their posts or bodies run together on one line, as
    (offset, name, post or body): "Ann Reid, Head of Finance Ben Moss, Clerk", "A Reid
    Lawyer B Moss Clerk", "Fenby Parish Council – Ann Reid Wyke Town Council – Ben Moss",
    "Ann Reid Fenby Parish Council Ben Moss Wyke Trust"; None for any other text."""
    return (
        run_on_posts(text, lambda t: is_office(t) or service_area(t))
        or initials_post_run(text, is_office)
        or body_dash_rows(text)
        or name_organisation_rows(text)
    )


def posts_only(text: str) -> bool:
    """A list of posts with nobody named ("Chief Executive (National Park Officer),
    Director of Conservation and Planning, Committee Clerk"): no piece is titled or a
    person's name; a lone word is the rest of a post broken by "and"."""
    if table_rows(text):
        return False  # "A Reid – Head of Estates B Moss – Clerk": rows run together
    split = [brackets_of(piece) for _, piece in split_with_offsets(text[:2000])]
    if any(post_then_bracketed_name(name, brackets) for name, brackets in split):
        return False  # "Solicitor (Ms P Iqbal)": the holder is in the bracket
    pieces = [name for name, _ in split]
    if not any(is_office(p) for p in pieces):
        return False  # "Makinson and Jones": surnames, not posts
    # "Director of Leisure and Community Services": the service area ends the post
    return not any(_names_someone(p) and not service_area(p) for p in pieces)


def post_dash_name(piece: str) -> tuple[str, str] | None:
    """'Chief Fire Officer – Andrew Kettleborough', 'Legal Adviser – Mr B Okafor': a post, a
    dash, its holder; the holder and the post. None unless an office comes before the dash
    and a person after it ("Mr A Reid – Applicant" is a name and its part)."""
    dash = DASH_CAPACITY.search(piece) if len(piece) <= 200 else None
    if dash is None or "(" in piece[: dash.start()]:
        return None
    post, holder = piece[: dash.start()].strip(), piece[dash.end() :].strip()
    if not post or STARTS_WITH_TITLE.match(post) or not is_office(post):
        return None
    return (holder, post) if looks_like_a_person(brackets_of(holder)[0]) else None


#: a member's title in capitals, as older typed minutes print it: "COUNCILLOR A HALE",
#: "CLLR REID", "MRS B MOSS"
CAPITALS_TITLE = re.compile(r"^(?:(?:COUNTY\s)?COUNCILLOR|CLLR\.?|MRS?|MS|MISS|DR)\s[A-Z]")


def _names_someone(piece: str) -> bool:
    """A piece of a list that is a person's name: titled (in capitals too), a post before
    initials and a surname, a post and its holder after a dash, or two words or more that
    are no office."""
    if STARTS_WITH_TITLE.match(piece) or post_then_name(piece) or name_then_post(piece):
        return True
    if CAPITALS_TITLE.match(piece):  # "COUNCILLOR A HALE in the Chair": a member, no post
        return True
    dash = DASH_CAPACITY.search(piece)
    if post_dash_name(piece) or (dash and looks_like_a_person(piece[: dash.start()])):
        return True  # "Treasurer – Colin Brayshaw", "Alison Fenwick – Deputy Mayor"
    return len(piece.split()) >= 2 and not is_office(piece)


#: "Cllr A Reid – Chair, Overview and Scrutiny Committee": a name, a dash, what follows.
NAME_DASH = re.compile(r"^(?P<name>[^,;()–—]{3,80}?)\s+[-–—]\s+(?P<rest>[^–—]{2,200})$")


#: "The Right Worshipful the Mayor, Councillor P J Reid": a civic office with words in
#: lower case, a comma, its titled holder and nothing after
OFFICE_COMMA_HOLDER = re.compile(
    r"^(?P<post>(?:The\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,7}),\s+(?P<holder>[A-Z][^,;()]{2,80})$"
)


def office_comma_holder(text: str) -> NameEntry | None:
    """'The Right Worshipful the Mayor, Councillor P J Reid' on a line of its own: the
    holder, with the office as capacity; None unless the office is one and its holder is
    a titled name with no verb ("The Mayor, Councillor A Reid, said ..." is a sentence)."""
    match = OFFICE_COMMA_HOLDER.match(text.strip()) if len(text) <= 200 else None
    if match is None or not STARTS_WITH_TITLE.match(match["holder"]):
        return None
    post, holder = match["post"], match["holder"].strip()
    if not is_office(post) or STARTS_WITH_TITLE.match(post) or lower_case_words(holder):
        return None
    if MEMBER_TITLE_IN.search(post):
        return None  # "The Mayor Councillor A Reid, Councillor B Moss": two members
    return NameEntry(holder, post, False, None, text.find(holder))


#: "Chairman of the Council Cllr B Moss": the last words of the post after a dash, then the
#: next member by their title, no comma between (a list flattened from a column)
MEMBER_AFTER_OFFICE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the))*\s+(?:Councillor|Cllr\.?)\s+[A-Z]"
)


def one_name_and_dash(text: str) -> NameEntry | None:
    """One person and a dash: 'Clerk and Monitoring Officer – Helen Armitage-Hay' (a post
    with "and" in it, then its holder) or 'PC A Reid – Northshire Police, Licensing Unit'
    (a name, then all it is there as, commas and all); None when more than one person is
    listed or the text is no such line."""
    tagged = initials_tagged_row(text) if "(" in text else None
    if tagged is not None:  # "Ann Reid (AR) – Head of Finance, Local Policing"
        return NameEntry(tagged[0], tagged[1], False, None, 0)
    match = NAME_DASH.match(text) if len(text) <= 300 else None
    if match is None:
        return None
    name, rest = match["name"].strip(), match["rest"].strip()
    pieces = [piece for _, piece in split_with_offsets(rest)]
    if any(
        STARTS_WITH_TITLE.match(p)
        or LEADING_PLURAL_TITLE.match(p)
        or post_dash_name(p)
        or MEMBER_AFTER_OFFICE.match(p)
        for p in pieces[1:]
    ):  # "Mr A Reid – Applicant, Mr B Moss – Objector", "... – Chairman, Cllrs B Moss",
        return None  # "Cllr A Reid – Town Mayor & Chairman Cllr B Moss Cllr C Lowe": a list
    if post_dash_name(text):  # the post, then its holder
        holder, post = post_dash_name(text) or ("", "")
        holder_name, brackets = brackets_of(holder)
        if "," in holder or ";" in holder:
            return None
        return NameEntry(holder_name, ", ".join([post, *brackets]), False, None, text.find(holder))
    if untitled_name_and_joined_post(name, rest, pieces):
        return NameEntry(name, rest, False, None, 0)
    if not STARTS_WITH_TITLE.match(name) or len(pieces) < 2:
        return None  # one piece after the dash: the ordinary reading keeps it whole
    if names_an_organisation(pieces[-1]):  # "..., Lowfield Police": where they came from
        return NameEntry(name, rest[: rest.rfind(pieces[-1])].rstrip(" ,;"), False, pieces[-1], 0)
    return NameEntry(name, rest, False, None, 0)


def untitled_name_and_joined_post(name: str, rest: str, pieces: list[str]) -> bool:
    """'Martin Reid – Director of Education and Skills': an untitled name, a dash, one post
    whose "and" joins its words, not two people; no comma, and no person after the "and"."""
    if STARTS_WITH_TITLE.match(name) or len(pieces) < 2 or re.search(r"[,;]", rest):
        return False
    if not looks_like_a_person(name) or not is_office(pieces[0]):
        return False
    return not any(looks_like_a_person(p) or DASH_CAPACITY.search(p) for p in pieces[1:])


#: The word that ends a firm's name: "Grant & Pollard LLP", "Hale and Dunn Ltd".
FIRM_ENDING = re.compile(r"\b(?:LLP|Ltd\.?|Limited|plc|PLC)$")
#: One or two capitalised words, untitled: the first half of a firm's name ("Grant").
FIRM_FIRST_HALF = re.compile(r"[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30})?")


def join_firm_names(text: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'Ms P. Reid, Grant & Pollard LLP (Auditor)': "&" or "and" inside a firm's name
    ("Grant & Pollard LLP") joins its halves, not two people; pieces as split otherwise."""
    joined: list[tuple[int, str]] = []
    for offset, piece in pieces:
        if joined:
            start, before = joined[-1]
            between = text[start + len(before) : offset]
            firm = FIRM_ENDING.search(brackets_of(piece)[0]) is not None
            if firm and re.fullmatch(r"\s*(?:&|and)\s*", between) and _firm_half(before):
                joined[-1] = (start, text[start : offset + len(piece)])
                continue
        joined.append((offset, piece))
    return joined


#: A piece ending in an abbreviation in capitals: "OD", "Principal HR", "ICT"
ENDS_IN_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{2,20}\s){0,2}[A-Z]{2,5}$")
#: Honours that end a name in capitals, never the first half of a post
HONOUR_CAPITALS = re.compile(r"(?:MBE|OBE|CBE|KBE|DBE|QPM|JP|DL|MP|AM|MS|MSP|QC|KC|BEM)$")


def join_abbreviated_posts(text: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'R Cree, OD and Workforce Planning Manager', 'Principal HR & OD Manager': an
    abbreviation in capitals (with a word or two before it) joined by "and" or "&" to an
    office is the first half of that post, not a person; pieces as split otherwise."""
    joined: list[tuple[int, str]] = []
    for offset, piece in pieces:
        if joined:
            start, before = joined[-1]
            between = text[start + len(before) : offset]
            half = ENDS_IN_ABBREVIATION.match(before) and not HONOUR_CAPITALS.search(before)
            if half and re.fullmatch(r"\s*(?:&|and)\s*", between) and is_office(piece):
                joined[-1] = (start, text[start : offset + len(piece)])
                continue
        joined.append((offset, piece))
    return joined


def join_posts_with_commas(text: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'Chief Executive (A Reid); Strategic Director, Place (Colin Moss)': in a list split
    by semicolons, a post holds a comma; an office, a comma, then a word or two that are
    no office with the holder in brackets are one post and its holder. None joined in a
    list without semicolons, where commas split the names."""
    if ";" not in text:
        return pieces
    joined: list[tuple[int, str]] = []
    for offset, piece in pieces:
        if joined:
            start, before = joined[-1]
            between = text[start + len(before) : offset]
            bare, brackets = brackets_of(piece)
            rest_of_post = FIRM_FIRST_HALF.fullmatch(bare) and not is_office(bare)
            post = "(" not in before and not STARTS_WITH_TITLE.match(before) and is_office(before)
            holder = bool(brackets) and looks_like_a_person(brackets[0])
            if between.strip() == "," and rest_of_post and post and holder:
                joined[-1] = (start, text[start : offset + len(piece)])
                continue
        joined.append((offset, piece))
    return joined


def _post_and_holder(piece: str) -> bool:
    """'Director of Finance (Hannah Iqbal)': a post with an office word, its holder in the
    bracket; a person of their own, never the post of the name before."""
    bare, brackets = brackets_of(piece)
    office = any(w.lower() in OFFICE_WORDS for w in WORD.findall(bare))
    return office and post_then_bracketed_name(bare, brackets) is not None


def _firm_half(piece: str) -> bool:
    return FIRM_FIRST_HALF.fullmatch(piece) is not None and not STARTS_WITH_TITLE.match(piece)


#: The last word of a council's service area: "Children's Services", "Resources",
#: "Housing", "Schools and Learning"; the end of a post an "and" or a comma broke off
#: ("Head of Legal and Democratic Services", "Corporate Director, Resources").
SERVICE_AREA = re.compile(
    r"^(?:[A-Z][\w'’-]{1,30}\s){0,2}(?:Services|Service|Resources|Housing|Learning|Skills|"
    r"Regeneration|Finance|Education|Place|Communities|Environment|Planning|Governance|"
    r"Transport|Culture|Leisure|Health|Care|Wellbeing|Safeguarding|Development|Economy|"
    r"Property|Assets|Highways|Infrastructure|Performance|Partnerships|Commissioning|"
    r"Operations|Strategy|Policy|Inclusion|Families|Adults|Children|Neighbourhoods|Democracy|"
    r"Safety|Affairs|Arts|Heritage|Tourism|Sport|Waste|Recycling|Licensing|Revenues|Benefits)$"
)


def service_area(piece: str) -> bool:
    """An untitled piece that is a service area only ("Children's Services", "Housing"):
    the rest of the post before it, never a person ("Mr A Care" is titled)."""
    piece = piece.strip()
    return not STARTS_WITH_TITLE.match(piece) and SERVICE_AREA.match(piece) is not None


def name_and_joined_post(text: str) -> NameEntry | None:
    """'Mr A Reid Clerk and Executive Officer to Wyke Parish Council': one name, then a
    post with "and" inside it (a row of a list, its column lost); None when anything after
    the "and" is a person of its own or the text holds a comma or a bracket."""
    if len(text) > 200 or re.search(r"[;()]", text) or not re.search(r"\s(?:and|&)\s", text):
        return None
    head, _, tail = text.partition(",")  # "..., Wyke Parish Council": the post's council
    found = name_then_post(head)
    if found is None or not STARTS_WITH_TITLE.match(found[0]) or " and " not in found[1]:
        return None
    for part in re.split(r"\s(?:and|&)\s|,", found[1] + ("," + tail if tail else ""))[1:]:
        part = part.strip()
        if STARTS_WITH_TITLE.match(part) or name_then_post(part) or looks_like_a_person(part):
            return None
    return NameEntry(found[0], text[len(found[0]) :].strip(), False, None, 0)


#: "and" left before a comma when a list was edited ("Councillor Reid and, Ann Moss - X")
STRAY_AND = re.compile(r"\s+and\s?,(?=\s)")
#: a comma misplaced after a councillor's title, parting it from the name: "(Vice Chair)
#: Cllr, Burley, Cllr Dunn" (the comma that should close the bracket's entry)
#: (the title opening an entry, after a bracket or a comma: "County Councillor, Wyke
#: division" is a post)
STRAY_TITLE_COMMA = re.compile(r"(?<=[),]\s)(?P<title>Cllr|Councillor)\s?,\s+(?=[A-Z][a-z])")
#: "... Amos and Bligh as well as Ann Reid, Ben Moss": "as well as" joining two runs
#: of names, a comma between them
AS_WELL_AS = re.compile(r",?\s+as\s+well\s+as\s+(?=[A-Z])")


#: An honour printed with full stops between its capitals: "J.P.", "M.B.E."
DOTTED_HONOUR = re.compile(r"^(?:[A-Z]\.){2,4}$")


def _honour(piece: str) -> bool:
    """Whether a piece is an honour alone, printed plain ("OBE") or dotted ("O.B.E.")."""
    piece = piece.strip()
    if DOTTED_HONOUR.match(piece):
        piece = piece.replace(".", "")
    return IS_HONOUR.match(piece) is not None


#: "and the Clerk", "& the Treasurer" closing a list: a post joined by "and", no name
AND_THE_POST = re.compile(r"(?:\band|&)\s+$")


def _another_post_joined(text: str, offset: int, piece: str) -> bool:
    """Whether a piece is a post joined to the list by "and" with "the" before it
    ("Cllr A Reid, Cllr B Moss and the Clerk."): a further person the list names only by
    their post, not the post of the name before it (which a comma or dash would join)."""
    return (
        piece.startswith("the ")
        and is_office(piece[4:])
        and AND_THE_POST.search(text[max(0, offset - 6) : offset]) is not None
    )


#: Any letter: a piece of a list without one ("),", "-") names nobody
LETTER = re.compile(r"[^\W\d_]")


#: a comma between a name and its bracket ("D A Ashley, (Chairman and Executive Member,
#: Environment), R H Beeching"): the bracket is still the name's
COMMA_BEFORE_BRACKET = re.compile(r"(?<=[a-z]),\s?(?=\([^()]{1,120}\))")
#: a capacity in square brackets, as some papers print it: "Councillor A Reid [Chair]"
SQUARE_BRACKET = re.compile(r"\[(?P<inside>[^\[\]()]{1,80})\]")


def split_name_list(text: str) -> list[NameEntry]:
    """Split a printed list of names into entries, keeping honours with their name. Runs
    of spaces count as one (every pattern below then meets single spaces only)."""
    text = without_dangling_separator(SPACES.sub(" ", text).rstrip().rstrip("."))
    cell = capitals_cell_and_name(text)
    if cell is not None:  # "BARNETCllr A Reid": the council's cell glued to its member
        at = len(text) - len(cell[1])
        return [
            dataclasses.replace(e, start=e.start + at, capacity=e.capacity or cell[0])
            for e in split_name_list(cell[1])
        ]
    text = without_plural_title_stop(text)
    # "Councillor(s) Councillor(s) Councillor(s) C Anderson ...": three columns' heads, once
    text = COLUMN_HEADS.sub("Councillors ", text, count=1)
    text = FOOTNOTE_BEFORE.sub("", text)  # "(3) Inspector A Reid": a footnote's mark
    text = SQUARE_BRACKET.sub(r"(\g<inside>)", text)  # "Cllr A Reid [Chair]": a bracket
    text = GLUED_AND.sub("and ", text)  # "J Reid andA Moss": the space lost in conversion
    text = COMMA_BEFORE_BRACKET.sub(" ", text)  # "D A Ashley, (Chairman), R Reid": the name's
    text = unglued_titles(text)  # "Cllr A ReidCllr B Moss": two columns run together
    text = STRAY_AND.sub(",", text)  # "Cllr Reid and, Ann Moss": a comma the "and" became
    text = STRAY_TITLE_COMMA.sub(r"\g<title> ", text)  # "(Vice Chair) Cllr, Burley"
    text = AS_WELL_AS.sub(", ", text)  # "Cllrs A and B as well as Ann Reid": one more name
    # "Ann Reid, Head of Finance Ben Moss, Clerk ...": officers' rows run together
    roll = surname_run(text) or alphabetical_roll(text) or alphabetical_pairs(text)
    if roll is not None:
        return [_entry(at, name, [], False) for at, name in roll]
    run_on = table_rows(text)
    if run_on is not None:
        return [NameEntry(name, post, False, None, at) for at, name, post in run_on]
    labelled = office_colon_rows(text, split_name_list, is_office)
    if labelled is not None:  # "The Mayor: A Reid, Deputy Mayor: B Moss, Councillors: C"
        return labelled
    whole = one_name_and_dash(text) or office_comma_holder(text) or name_and_joined_post(text)
    if whole is not None:
        return [whole]
    rows = semicolon_rows(text, split_name_list)  # "Mr A Reid, Secretary, Wyke Branch; ..."
    if rows is not None:
        return rows
    # "Ann Reid, Chief Executive; Ben Moss, Head of Legal, Law Service and ...": officers
    plain_rows = untitled_semicolon_rows(text, looks_like_a_person, name_then_post, is_office)
    if plain_rows is not None:
        return [NameEntry(name, post, False, None, at) for at, name, post in plain_rows]
    people = semicolon_people(text)  # "Neil White, DNPA; Peter Thorn, British Canoeing; ..."
    if people is not None:
        return [NameEntry(name, capacity, False, None, at) for at, name, capacity in people]
    text, opened = close_unclosed_brackets(text)
    pieces: list[tuple[int, str]] = []
    split = join_abbreviated_posts(
        text, join_posts_with_commas(text, join_firm_names(text, split_with_offsets(text)))
    )
    for offset, piece in honours_apart(split):
        if not LETTER.search(piece):
            continue  # "A Reid (X Council), ), B Moss": a stray bracket between commas
        glued = split_glued_columns(offset, piece)  # "Ann ReidBen Moss (Chair) Cara Lowe"
        pieces.extend(glued if glued is not None else split_missing_comma(offset, piece))
    pieces = _untitled_pairs_apart(pieces)  # "Cllr A Reid Cllr B Moss Cara Lowe Cllr ..."
    pieces, tiers = _tier_titles_forward(text, pieces)  # "..., County Councillor, A Reid"
    merged: list[tuple[int, str, list[str]]] = []  # offset, piece, trailing office pieces
    if _office_first(pieces):
        merged = _merge_office_first(text, pieces)
        pieces = []
    office_at = -1  # where the office piece being read starts, while one is open
    for offset, piece in pieces:
        bare, _ = brackets_of(piece)
        end = offset + len(piece)
        post = post_then_name(piece)
        # after a name, an untitled piece is that name's post ("Rhian Pugh, Senior
        # Democratic Services Officer"), never a name and a post
        first_or_titled = not merged or STARTS_WITH_TITLE.match(piece)
        after = name_then_post(piece) if post is None and first_or_titled else None
        if post is not None:  # "Chief Fire Officer M Trelawney": the post, then its holder
            office, at = post
            merged.append((offset + at, piece[at:], [office]))
        elif after is not None:  # "Elaine Atkin Parish Clerk": the name, then the post
            merged.append((offset, after[0], [after[1]]))
        elif merged and _honour(bare):  # "Mr P M Hill, OBE", "J Reid, J.P.": the name's
            start, _, extra = merged[-1]
            merged[-1] = (start, text[start:end], extra)
        elif person_then_dash(piece):  # "J. Pardoe – Head of Service": a name, then post
            merged.append((offset, piece, []))
        elif _post_and_holder(piece):
            merged.append((offset, piece, []))  # "Director of Finance (Hannah Iqbal)"
        elif merged and service_area(piece) and (office_at >= 0 or person_then_dash(merged[-1][1])):
            start, _, extra = merged[-1]  # "Director of Education and Children's Services"
            if office_at >= 0:
                extra[-1] = text[office_at:end]
                continue
            merged[-1] = (start, text[start:end], extra)  # "J Reid - Head of Legal and Housing"
        elif merged and _another_post_joined(text, offset, piece):
            continue  # "Cllr A Reid and the Clerk": the Clerk is someone else, unnamed
        elif merged and _office_named_after_office(merged[-1][1], piece):
            merged.append((offset, piece, []))  # "the Town Mayor, the Deputy Town Mayor"
        elif merged and is_office(piece) and _dash_capacity_goes_on(text, merged[-1], offset):
            start, _, extra = merged[-1]  # "Mrs A Reid - Police and Crime Commissioner"
            merged[-1] = (start, text[start:end], extra)
        elif merged and is_office(piece):
            extra = merged[-1][2]
            joined = office_at >= 0 and re.search(r"\band\b|&", text[office_at:offset])
            if joined:  # "Police and Crime Commissioner" is one office, not two
                extra[-1] = text[office_at:end]
            else:
                office_at = offset
                extra.append(piece)
            continue
        else:
            merged.append((offset, piece, [tiers[offset]] if offset in tiers else []))
        office_at = -1
    entries: list[NameEntry] = []
    groups: list[list[int]] = []  # the entries each plural title heads
    printed: list[str] = []  # each entry's piece as printed
    plural: str | None = None
    ended = 0  # where the last piece ended: a stray bracket blanked before a piece is its own
    for offset, piece, extra in merged:
        first = bisect_left(opened, min(offset, ended))
        unclosed = first < len(opened) and opened[first] < offset + len(piece)
        ended = offset + len(piece)
        title = LEADING_PLURAL_TITLE.match(piece)
        titled = True
        if title:  # "Councillors Patel, Greaves": the names as printed, "Patel", "Greaves"
            plural = PLURAL_TITLES[re.sub(r"\s+", " ", title["title"])]
            offset, piece = offset + title.end(), piece[title.end() :]
        elif not plural or STARTS_WITH_TITLE.match(piece):
            plural, titled = None, False
        entry = _entry(offset, piece, extra, unclosed)
        if title:
            groups.append([])
        if titled and groups:
            groups[-1].append(len(entries))
        # a surname under a plural title has its title, only not beside it: not damaged
        entries.append(dataclasses.replace(entry, looks_damaged=False) if titled else entry)
        printed.append(piece)
    entries = [in_the_chair(entry) for entry in entries]
    return shared_surname(shared_plural_bracket(entries, groups, printed), text)


#: A councillor's tier printed as a piece of its own before the name: "County Councillor",
#: "Borough Councillor", "District and County Councillor"
TIER_TITLE = re.compile(
    r"^(?:(?:County|Borough|District|City|Town|Parish|Unitary)\s+(?:and|&)\s+)?"
    r"(?:County|Borough|District|City|Town|Parish|Unitary)\s+(?:Councillor|Cllr)\.?$"
)


def _tier_titles_forward(
    text: str, pieces: list[tuple[int, str]]
) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """ "Apologies: Councillors A Reid, County Councillor, B Moss": a councillor's tier
    parted by a comma alone from the untitled name after it is that name's capacity, not
    the post of the name before (as it is before "and": "Ann Reid, District Councillor and
    Ben Moss, PCSO"). The pieces without such tiers, and each tier by the offset of the
    name it goes with."""
    kept: list[tuple[int, str]] = []
    tiers: dict[int, str] = {}
    for k, (offset, piece) in enumerate(pieces):
        after_at, after = pieces[k + 1] if k + 1 < len(pieces) else (len(text), "")
        between = text[offset + len(piece) : after_at].strip()
        if (
            TIER_TITLE.match(piece.strip())
            and between == ","
            and after[:1].isupper()
            and not STARTS_WITH_TITLE.match(after)
        ):
            tiers[after_at] = piece.strip()
            continue
        kept.append((offset, piece))
    return kept, tiers


#: "in the" left closing a name whose "Chair" was read as its post: "Councillor J Wares in
#: the Chair", printed with no bracket
IN_THE_LEFT = re.compile(r"\s+in\s+the$", re.IGNORECASE)


def in_the_chair(entry: NameEntry) -> NameEntry:
    """'Councillor J Wares in the Chair' with no bracket: the name, presiding ("in the
    Chair", as the bracketed form reads); any other entry as it was."""
    if (entry.capacity or "").lower() != "chair":
        return entry
    cut = IN_THE_LEFT.search(entry.as_written)
    if cut is None:
        return entry
    return dataclasses.replace(
        entry, as_written=entry.as_written[: cut.start()], capacity="in the Chair"
    )


def _office_named_after_office(before: str, piece: str) -> bool:
    """ "... from the Town Mayor, the Deputy Town Mayor, Councillors A and B": an office
    that names its holder ("the Deputy Town Mayor") after another that does: two people,
    the second no post of the first (a post after a name is: "Cllr A Reid, the Mayor")."""
    return (
        before.strip().lower().startswith("the ")
        and piece.strip().lower().startswith("the ")
        and is_office(before.strip()[4:])
        and is_office(piece.strip()[4:])
    )


#: The last word of a bracket naming several people: "signatories", "Ward Members".
PLURAL_WORD = re.compile(r"[A-Za-z]{2,}(?<![siu])s$")


def shared_plural_bracket(
    entries: list[NameEntry], groups: list[list[int]], printed: list[str]
) -> list[NameEntry]:
    """'Councillors K Reid and T Moss (call-in signatories)': a plural bracket closing
    the last of the names a plural title heads, none of the others with a capacity of
    its own, says what they all are."""
    for group in groups:
        if len(group) < 2:
            continue
        said = entries[group[-1]].capacity
        if not said or not PLURAL_WORD.search(said) or any(entries[k].capacity for k in group[:-1]):
            continue
        if not printed[group[-1]].rstrip().endswith(f"({said})"):
            continue  # "I. Cole – Head of Parks": a post after a dash, one person's
        for k in group[:-1]:
            entries[k] = dataclasses.replace(entries[k], capacity=said)
    return entries


#: A bracket of capitals only: "(BA)", "(HLM)"
CAPITALS = re.compile(r"^[A-Z]{2,5}$")
#: The title a town clerk keeps before a member's initials: "(Mrs. EB)", "(Cllr JD)"
TITLE_IN_TAG = re.compile(r"^(?:Mrs|Mr|Ms|Miss|Dr|Cllr)\.?\s(?=[A-Z]{2,5}$)")


def own_initials(name: str, bracket: str) -> bool:
    """Whether a bracket after a name is the name's initials ("Cllr Heather Lowther-Mayne
    (HLM)", "Cllr Dafydd ap Rhys (DR)"), the minute-taker's abbreviation, not a capacity:
    the capitals of the name's words after its titles, a double surname's halves counted
    apart or together. A party's "(LD)" after "Cllr Ann Reid" is no such bracket."""
    bracket = TITLE_IN_TAG.sub("", bracket)  # "Mrs. E. Ballard (Mrs. EB)": her title kept
    mixed = MIXED_TAG.match(bracket) is not None
    if not CAPITALS.match(bracket) and not mixed:
        return False
    words = name.split()
    while words and STARTS_WITH_TITLE.match(words[0]):  # "Cllr Mrs J Reid": both titles
        words = words[1:]
    if mixed:
        return _spelt_tag(words, bracket)
    capitals = [w for w in words if w[:1].isupper()]
    together = "".join(w[0] for w in capitals)
    apart = "".join(part[0] for w in capitals for part in w.split("-") if part[:1].isupper())
    return bracket in (together, apart) or _initials_tag(capitals, bracket)


#: A tag of capitals with a lower-case letter or two after one: "(SBa)", "(MMcA)", "(PSt)"
MIXED_TAG = re.compile(
    r"^(?=.*[a-z])(?=(?:[a-z]*[A-Z]){2})(?!(?:[A-Z]*[a-z]){3})[A-Z](?:[A-Z]|[a-z]){1,4}$"
)


def _spelt_tag(words: list[str], bracket: str) -> bool:
    """A board's tag that spells out more of a surname to tell two people apart ("Steve
    Barron (SBa)", "Mark McAteer (MMcA)"): each capital a capital of the name, in order,
    each lower-case letter the one after it, the first the forename's, the last in the
    surname."""
    text = " ".join(words)
    if len(words) < 2 or not text.startswith(bracket[0]):
        return False
    at = 0
    for letter in bracket[1:]:
        if letter.islower():
            at += 1
            if at >= len(text) or text[at] != letter:
                return False
            continue
        at = text.find(letter, at + 1)
        if at < 0:
            return False
    return at >= len(text) - len(words[-1])


#: Parties' short names, kept as what a member sits for even when they fit the initials
PARTY_TAGS = frozenset({"CON", "LAB", "LIB", "IND", "GRN", "SNP", "LD", "UKIP", "PC", "SDP"})


def _initials_tag(words: list[str], bracket: str) -> bool:
    """A town council's tag of a member's initials in its own spelling: dotted initials
    counted one by one ("D.J.E. Hall (DJEH)"), a middle initial the name leaves out ("L.
    Cooney (LMC)"): the first initial first, the surname's last, every initial printed in
    between in order."""
    letters = [p[0] for w in words for p in re.split(r"[.-]", w) if p[:1].isupper()]
    if len(letters) < 2 or bracket in PARTY_TAGS or len(bracket) > 5:
        return False
    if bracket[0] != letters[0] or bracket[-1] != letters[-1]:
        return False
    rest = iter(bracket[1:-1])
    return all(letter in rest for letter in letters[1:-1])


#: A bracket saying when someone came or went: "(from item 5)", "(to Min. 23/044 only)",
#: "(left after minute 23)", "(arrived at 7.15 pm)", "(until 3.15)", "(items 3-5 only)",
#: "(to point mentioned)".
TIMING = re.compile(
    r"^(?:(?:present|attending|attended|in\s+attendance)\s+)?(?:"
    # "arrived at 7.15 pm", "left after minute 23", "joined during item 4", "arrived late"
    r"(?:arrived|arriving|left|leaving|joined|joining|departed|withdrew|entered)"
    r"(?:\s+(?:at|after|before|during|following|from|for|the|in|on|late|early)\b|\s+\d)"
    r"[\w .:/,'’-]{0,60}"
    # "from item 5", "to Min. 23/044 only", "for items 4 and 5", "until minute 12"
    r"|(?:from|until|till|to|up\s+to|after|before|during|for)\s+(?:part\s+of\s+)?"
    r"(?:agenda\s+)?(?:items?|minutes?|mins?\b\.?|part\b)\.?[\w./ ,&–-]{0,40}"
    # "until 3.15", "from 7.30pm", "after 8 pm onwards"
    r"|(?:from|until|till|to|after|before)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s+onwards)?"
    # "to 11.40am on 6 June": a meeting adjourned to a second day, the day said
    r"(?:(?<=m)\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTHS + r")(?:\s+\d{4})?)?"
    # "7.52 pm" alone: the time they came (or went), the record's minute says which
    r"|\d{1,2}[.:]\d{2}\s?[ap]\.?\s?m\.?"
    # "items 3 to 5 only", "minute 12 only"
    r"|(?:items?|minutes?|mins?\.?)\s+[\w./]{1,12}(?:\s*(?:-|–|to|and|&|,)\s*[\w./]{1,12}){0,6}"
    r"\s+only"
    r"|(?:for\s+)?part\s+of\s+(?:the\s+)?meeting(?:\s+only)?|part\s+only"
    # "to point mentioned", "from the point noted": the minute below says when they came
    # or went
    r"|(?:from|until|till|to|up\s+to|between)\s+(?:the\s+)?points?\s+"
    r"(?:mentioned|noted|indicated|shown|stated|minuted)"
    # "briefly", "briefly but left due to technical issues", "left due to illness": a
    # member who was there only a while, whatever the reason given
    r"|briefly(?:\s+(?:only|but|and)\b[\w .,'’-]{0,80})?"
    r"|(?:left|departed|withdrew|disconnected)\s+(?:due\s+to|owing\s+to|because)\b"
    r"[\w .,'’-]{0,60})$",
    re.IGNORECASE,
)


#: A bracket saying how someone attended: "(remotely)", "(virtually)", "(via Teams)",
#: "(online)", "(by video link)", "(attended remotely)", "(in person)", "(via VC)" (video
#: conference, as Scottish councils print it): no capacity.
ATTENDANCE_MODE = re.compile(
    r"^(?:(?:attended|attending|joined|joining|present|participated|participating)\s+)?(?:"
    r"remotely|virtually|remote|virtual|online|on-?line|in\s+person|in\s+the\s+room"
    r"|(?:via|by|on|using)\s+(?:the\s+)?(?:Microsoft\s+|MS\s+)?"
    r"(?:Teams|Zoom|Skype|Webex|VC|video(?:\s*(?:link|conference|call))?|tele(?:phone|conference)"
    r"|phone|audio(?:\s+link)?|remote\s+link)"
    r")(?:\s+(?:attendance|participation))?$",
    re.IGNORECASE,
)


def timing_note(bracket: str) -> str | None:
    """The bracket's words when they say when someone came or went ("from item 5",
    "left at 8.10 pm") or how they attended ("remotely", "via Teams"), not who they are:
    None for "(Chair)", "(for Cllr B Moss)"."""
    said = bracket.strip()
    if len(said) > 80:
        return None
    return said if TIMING.match(said) or ATTENDANCE_MODE.match(said) else None


def without_timing(piece: str) -> tuple[str, str | None]:
    """A post printed with a timing bracket after it ("Health Manager (for item 5)"):
    the post, and the timing; the piece as it is when its last bracket is no timing."""
    _, brackets = brackets_of(piece)
    if not brackets or not piece.rstrip().endswith(")"):
        return piece, None
    timing = timing_note(brackets[-1])
    if timing is None:
        return piece, None
    return piece[: piece.rstrip().rfind("(")].rstrip(), timing


#: The words after a name's bracket naming whom they stood in for: "for Cllr B Moss".
SUBSTITUTE_TAIL = re.compile(
    r"^\s*(?:for|replacing|in\s+place\s+of|substituting\s+for)\s+(?P<who>[A-Z][^()]{2,80})$"
)


def substitute_after_bracket(tail: str) -> str | None:
    """ "substitute for Cllr B Moss" from the words after "Cllr A Reid (Wyke Council)" when
    they say whom the name stood in for; None for any other words."""
    found = SUBSTITUTE_TAIL.match(tail)
    return f"substitute for {found['who'].strip()}" if found else None


#: A mark after a name that a key under the list explains ("Mrs G Catterick†" / "† parish
#: member"): a dagger, a section sign, an asterisk, a hash or a superscript number, not
#: part of the name.
KEY_MARK = re.compile(r"\s?[*†‡§¶#¹²³⁴⁵⁶⁷⁸⁹]{1,3}$")


#: The meeting's own offices a second bracket gives after a member's council: "(Chair)",
#: "(Vice-Chairman)", "(Deputy Chair)", "(in the Chair)".
MEETING_OFFICE = re.compile(
    r"^(?:in\s{1,3}the\s{1,3})?(?:(?:Vice|Deputy)[- ]?)?Chair(?:man|woman|person)?$", re.IGNORECASE
)


def council_before_office(at: int | None, organisation: str | None, rest: list[str]) -> bool:
    """Whether "Councillor A Reid (Wyke MBC) (Chair)" prints the member's council first and
    the chair they hold at this meeting after it: panels of several councils list each
    member by council, and the council is what the member is there as (the capacity, kept
    before the office). "(Chairman) (Kent County Council)" and other orders stay as they
    are: office as the capacity, the council as the organisation."""
    return (
        at == 0
        and organisation is not None
        and bool(rest)
        and all(MEETING_OFFICE.match(b.strip()) for b in rest)
    )


#: A council's initials: "SHDC", "DCC", "TMBC", "WLDC"
COUNCIL_INITIALS = r"[A-Z]{1,3}(?:M?BC|DC|CC)"
#: A council's initials after a titled name, no bracket ("Cllr A Reid SHDC", "Cllr B Moss
#: DCC"): a district or county councillor at a parish meeting, the council as capacity
TRAILING_COUNCIL = re.compile(rf"(?<=[a-z])\s(?P<council>{COUNCIL_INITIALS})$")


def _entry(offset: int, piece: str, extra: list[str], unclosed: bool) -> NameEntry:
    name, brackets = brackets_of(piece)
    # "Ann Reid (AR) – Chief Executive": the post after the initials' bracket
    tail = piece[piece.rfind(")") + 1 :] if brackets else ""
    # "Councillor A Reid (1)": a footnote's mark (the items they were at), not a capacity
    brackets = [b for b in brackets if not own_initials(name, b) and not FOOTNOTE.fullmatch(b)]
    timings = [b for b in brackets if timing_note(b)]  # "(from item 5)": when, not who
    brackets = [b for b in brackets if not timing_note(b)]
    capacities: list[str] = []
    if DASH_CAPACITY.match(tail):  # "Mr H Reid (until 11.40) - Deputy Chief Constable"
        capacities.append(DASH_CAPACITY.sub("", tail, count=1).strip())
    organisation: str | None = None
    instead = substitute_after_bracket(tail)
    if instead is not None:  # "Cllr X (Wyke Borough Council) for Cllr Y": X stood in for Y
        capacities.append(instead)
        councils = [b for b in brackets if names_an_organisation(b)]
        organisation = councils[-1] if len(councils) == len(brackets) == 1 else None
        brackets = [b for b in brackets if b != organisation]
    holder = post_then_bracketed_name(name, brackets) or post_then_colon_name(name)
    if holder is not None:  # "Development Manager (Mr N Saltash)", "Chief Executive: J Bloggs"
        name, post = holder
        brackets = brackets[1:] if brackets and brackets[0] == name else brackets
        capacities.append(post)
    dash = DASH_CAPACITY.search(name)
    if dash and brackets and holder is None and not tail.strip() and name[: dash.start()].strip():
        before = name[: dash.start()].strip()
        if not is_office(before):  # "PC L Carver – Police (Responsible Authority)": as printed
            capacities.append(piece[piece.find(name) + dash.end() :].strip())
            name, brackets, dash = before, [], None
    if dash and name[: dash.start()].strip():
        before, after = name[: dash.start()].strip(), name[dash.end() :].strip()
        if is_office(before) and looks_like_a_person(after):  # "Chief Constable - Mr X"
            before, after = after, before
        capacities.append(after)
        name = before
    if len(brackets) > 1:  # the last bracket naming an organisation, else the last one
        org_like = [
            k for k, b in enumerate(brackets) if names_an_organisation(b) and not post_of(b)
        ]
        # ... that is no office or note: "(Mayor) (in the Chair)" names no organisation
        others = [k for k, b in enumerate(brackets) if not is_office(b)]
        at = org_like[-1] if org_like else (others[-1] if others else None)
        organisation = brackets.pop(at) if at is not None else None
        if council_before_office(at, organisation, brackets):
            capacities.append(organisation or "")
    capacities.extend(b for b in brackets if b)
    for piece_after in extra:
        piece_after, timing = without_timing(piece_after)
        timings.extend([timing] if timing else [])
        # "Executive Officer to X Council" is a post, though it names an organisation
        office = piece_after.split()[0].lower() in OFFICE_WORDS if piece_after.split() else False
        if (
            organisation is None
            and names_an_organisation(piece_after)
            and capacities
            and not office
        ):
            organisation = piece_after.strip()
        else:
            capacities.append(piece_after.strip())
    name = KEY_MARK.sub("", name.strip().rstrip(",").strip())
    council = TRAILING_COUNCIL.search(name) if STARTS_WITH_TITLE.match(name) else None
    if council is not None and not capacities:  # "Cllr A Reid SHDC": the council they sit on
        name, capacities = name[: council.start()], [council["council"]]
    damaged = not STARTS_WITH_TITLE.match(name) and len(name.split()) < 2
    return NameEntry(
        name,
        ", ".join(capacities) or None,
        damaged,
        organisation,
        offset,
        unclosed,
        "; ".join(timings) or None,
    )
