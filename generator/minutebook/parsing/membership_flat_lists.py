"""An agenda's membership run on inside a line, as a list after its label.

A front sheet or a letter converted with its line breaks lost prints the members after a
label and goes straight on into the next sentence. Three forms of the genre, one function
each, returning None when the line holds no such list:

    Membership Councillor A. Reid (Chairman) Councillor B. Moss (Vice-Chairman) and
    Councillors C. Lowe, D. Pym and E.F. Hale Local people are welcome to attend ...

    To: Cllr Ann Reid (Leader) Councillors: Ben Moss, Cara Lowe and Dan Pym 3 May 2020 ...

    MEMBER WARD Councillor A Reid Chairman Eastfield Councillor B Moss Hale and Ford ...

    Councillors: A Reid Eastfield; B Moss Eastfield; C Lowe Hale; Co-optees Agenda ...

In a comma list (`flat_comma_list`) a singular title stays with its name and a plural one
("and Councillors") introduces untitled names; brackets and an office after a name are
dropped. Its last name ends where the sentence after the list begins: it keeps as many
words as the longest name before it. A member | ward table (`flat_ward_table`) and a
semicolon list (`flat_ward_semicolons`) give each member the ward printed after the name.
"""

from __future__ import annotations

import re

from ..model import Line, MembershipFacts
from ..vocabulary import IS_HONOUR, PLURAL_TITLE, TITLE
from .names_alphabetical_roll import SHORT_TITLE, alphabetical_roll
from .text import plain

#: One word of a name: initials ("R.J.", "W."), a lone initial, or a capitalised word;
#: never a title (the next entry's)
WORD = (
    rf"(?!(?:{PLURAL_TITLE}|{TITLE})(?![\w'’-]))"
    r"(?:(?:[A-Z]\.){1,4}(?=\s|$|,)|[A-Z](?=\s)|[A-Z][\w'’-]{1,30})"
)
#: A label over the list, run on from what is before it: "Membership", "To:", a letter's
#: "members as follows:-", or a plural title and its colon ("Councillors: A Reid, ...")
LABEL = re.compile(
    rf"(?<![\w-])(?:Membership|MEMBERSHIP|Members|MEMBERS|To|(?i:as\s+follows)\s?:?-?"
    # "Members of the Planning Committee: Cllr A Reid (Chairman) Cllr B Moss ..."
    rf"|(?:Members|MEMBERS)\s+(?:of|OF)\s+[A-Za-z&,' -]{{1,80}}?(?=\s?:)"
    rf"|(?={PLURAL_TITLE}\s?:\s)"
    # "Membership of the Council (70 Members of the Council) Councillors A G Hagues, ..."
    rf"|Membership\s+of\s+[^():]{{1,80}}?(?:\s\([^()]{{1,60}}\))?(?=\s{PLURAL_TITLE}\s))"
    rf"\s?:?\s{{0,3}}"
    rf"(?=(?:{PLURAL_TITLE}\s?:?\s|{TITLE}\s)?{WORD}\s{WORD})"
)
#: One entry: a title (singular, kept; plural, dropped), one to five name words, up to
#: two brackets and an office; then what parts it from the next entry, if anything
ENTRY = re.compile(
    rf"(?:(?P<plural>{PLURAL_TITLE})\s?:?\s{{1,3}})?(?P<title>{TITLE}\s{{1,3}})?"
    rf"(?P<name>{WORD}(?:\s{WORD}){{0,4}})"
    r"(?P<brackets>(?:\s{0,2}\((?:[^()]|\([^()]{1,40}\)){1,60}\)){0,2})"
    r"(?P<sep>\s{0,2}[,;]\s{0,3}(?:(?:and|&)\s{1,3})?|\s{1,3}(?:and|&)\s{1,3}"
    rf"|\s{{1,3}}(?=(?:{PLURAL_TITLE}\s?:?|{TITLE})\s))?"
)
#: A word in capitals, three letters or more: a heading's, after a list run on into it
CAPITALS = re.compile(r"^[A-Z]{3,}$")
#: The most characters of a line read after the label, the fewest names that make a list
MAX_CHARS = 3000
MIN_ENTRIES = 3


def _cut_last(name: str, longest: int) -> str:
    """The last name of a run-on list, cut to as many words as the longest name before
    it: the words after it begin the next sentence ("P.R.A. Wilson Local people ..."), or
    at a heading in capitals after a surname ("B Young COUNCIL AGENDA"; an honour, "MBE",
    is the name's)."""
    words = name.split()[: max(longest, 2)]
    for k in range(1, len(words)):
        surname_before = len(words[k - 1]) > 1 and not words[k - 1].isupper()
        if surname_before and CAPITALS.match(words[k]) and not IS_HONOUR.match(words[k]):
            return " ".join(words[:k])
    return " ".join(words)


def flat_comma_list(line: Line) -> list[MembershipFacts] | None:
    """The members of a comma list run on after "Membership", "Members" or "To:" in the
    line (see the module's docstring). None when fewer than `MIN_ENTRIES` names follow."""
    text = plain(line.text)
    for label in LABEL.finditer(text):  # "To: Members of the X ... Councillors: A, B, C"
        names = _comma_entries(text[label.end() : label.end() + MAX_CHARS])
        if len(names) >= MIN_ENTRIES:
            return [MembershipFacts(name, "", line.number) for name in names]
    return None


def _comma_entries(rest: str) -> list[str]:
    """The names of a comma list run on from `rest`'s start (see `flat_comma_list`)."""
    at = 0
    names: list[str] = []
    longest = 0
    last = False
    while at < len(rest) and len(names) < MAX_ROWS:
        entry = ENTRY.match(rest, at)
        if entry is None or entry.end() == at:
            break
        name = entry["name"]
        # "... and J Smyth Councillors – K Amos": the next rank's plural title goes on
        plural_next = re.match(PLURAL_TITLE, rest[entry.end() : entry.end() + 20]) is not None
        ends = not entry["sep"] or (last and not plural_next)
        if ends and names:
            name = _cut_last(name, longest)
        elif len(name.split()) > longest:
            longest = len(name.split())
        names.append(f"{entry['title'] or ''}{name}".strip())
        if ends:
            break
        last = entry["sep"].strip(" ,;") in ("and", "&") and not plural_next  # the last name next
        at = entry.end()
    return names


#: "Committee Chair: Councillor A Reid Committee Vice-Chair: Alderman B Moss Committee
#: Members: Aldermen – C Lowe and D Pym Councillors – E Hale, F Hart and G Ives Dear ...":
#: the offices' labels and the members' label, and a rank's plural title with its dash
CHAIR_LABEL = re.compile(r"(?<![\w-])(?:Committee\s)?Chair(?:man|person)?\s?:\s(?=[A-Z])")
NEXT_LABEL = re.compile(
    r"\s(?:Committee\s)?(?:(?:Vice|Deputy)[- ]?Chair(?:man|person)?|Members)\s?:\s"
)
RANK_DASH = re.compile(rf"(?<![\w-])(?P<rank>{PLURAL_TITLE})\s[–—-]\s")


def flat_office_runs(line: Line) -> list[MembershipFacts] | None:
    """The members of a front sheet flattened as its chair, vice-chair and members' labels
    with the members by rank ("... Committee Members: Aldermen – C Lowe and D Pym
    Councillors – E Hale, F Hart and G Ives"): the labels part the names as commas do.
    None unless the line opens such a run with at least `MIN_ENTRIES` names."""
    text = plain(line.text)
    chair = CHAIR_LABEL.search(text)
    if chair is None:
        return None
    rest = text[chair.end() : chair.end() + MAX_CHARS]
    rest = RANK_DASH.sub(lambda m: f"{m['rank']} ", NEXT_LABEL.sub(", ", rest))
    names = _comma_entries(rest)
    if len(names) < MIN_ENTRIES:
        return None
    return [MembershipFacts(name, "", line.number) for name in names]


#: A flattened table's heading row, then the first titled member
WARD_HEADING = re.compile(
    r"(?<![\w-])(?:MEMBERS?|Members?|COUNCILLORS?|Councillors?)\s{1,3}(?:WARDS?|Wards?)\s{1,3}"
    rf"(?={TITLE}\s)"
)
#: Where each row starts: its title
ROW_TITLE = re.compile(rf"(?<![\w-]){TITLE}\s")
#: A row: initials and a surname, an office perhaps, then the ward
WARD_ROW = re.compile(
    r"^(?P<name>(?:[A-Z]\.?\s){1,3}[A-Z][\w'’-]{1,30})"
    r"(?:\s(?:(?:Vice|Deputy)[- ]?)?Chair(?:man|woman|person)?)?(?:\s(?P<ward>\S.{0,60}))?$"
)
#: Where the sentence after a flattened table begins: a word in lower case (not one a
#: place's name may hold), with the capitalised word before it
SENTENCE_AFTER = re.compile(
    r"\s(?:[A-Z][\w'’.-]{0,30}\s)?(?!(?:and|on|upon|of|the|in|by)\s)[a-z].*$"
)
#: Most rows read
MAX_ROWS = 120


def flat_ward_table(line: Line) -> list[MembershipFacts] | None:
    """The rows of a "MEMBER WARD" table flattened onto the line: each titled member
    (initials and a surname) represents the ward after their name and office. The table
    ends at the first row of another shape; its last ward keeps its capitalised words."""
    text = plain(line.text)
    heading = WARD_HEADING.search(text)
    if heading is None:
        return None
    rest = text[heading.end() : heading.end() + MAX_CHARS]
    titles = list(ROW_TITLE.finditer(rest))[:MAX_ROWS]
    found: list[MembershipFacts] = []
    for k, title in enumerate(titles):
        end = titles[k + 1].start() if k + 1 < len(titles) else len(rest)
        piece = rest[title.end() : end].strip()
        if k + 1 == len(titles):
            piece = SENTENCE_AFTER.sub("", piece)  # "Hale and Ford The order of items ..."
        row = WARD_ROW.match(piece)
        if row is None:
            break
        found.append(
            MembershipFacts(
                f"{title.group().strip()} {row['name']}", row["ward"] or "", line.number
            )
        )
    return found if len(found) >= MIN_ENTRIES else None


#: "Councillors: " before the first "Initials Surname Ward;" entry
SEMICOLON_LABEL = re.compile(rf"(?<![\w-]){PLURAL_TITLE}\s?:\s(?=(?:[A-Z]\.?\s){{1,3}}[A-Z])")
#: One entry: initials, a surname, the ward's capitalised words, a semicolon
WARD_ENTRY = re.compile(
    r"\s{0,3}(?P<name>(?:[A-Z]\.?\s){1,3}[A-Z][\w'’-]{1,30})\s"
    r"(?P<ward>[A-Z][\w'’.-]{1,30}(?:\s(?:and|&|[A-Z][\w'’.-]{1,30})){0,4})\s?;"
)


def flat_ward_semicolons(line: Line) -> list[MembershipFacts] | None:
    """The "Councillors: A Reid Eastfield; B Moss Hale;" list in the line: each member
    (initials and a surname) and the ward after the name, up to the first piece that is
    no such entry. None for fewer than `MIN_ENTRIES` entries."""
    text = plain(line.text)
    label = SEMICOLON_LABEL.search(text)
    if label is None:
        return None
    rest, at = text[label.end() : label.end() + MAX_CHARS], 0
    found: list[MembershipFacts] = []
    while len(found) < MAX_ROWS and (entry := WARD_ENTRY.match(rest, at)) is not None:
        found.append(MembershipFacts(entry["name"], entry["ward"], line.number))
        at = entry.end()
    return found if len(found) >= MIN_ENTRIES else None


#: "Distribution of Councillors Birmingham G S Atwal D Barrie Coventry P Male ...": a joint
#: authority's members under the councils that appoint them, flattened; the label first
GROUPS_LABEL = re.compile(
    r"(?<![\w-])(?:Distribution\s+of\s+(?:Councillors|Members|Seats)|Membership|MEMBERSHIP)"
    r"\s{1,3}(?=[A-Z][a-z])"
)
#: One member: initials, then a surname, an honour's bracket perhaps ("M Mottram (JP)")
INITIALS_NAME = re.compile(
    r"(?P<name>(?:[A-Z]\.?\s){1,3}(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    r"(?:\s\((?:JP|MBE|OBE|CBE|DL)\))?(?=\s|$)"
)
#: One group's heading: one to four capitalised words, none an initial
GROUP_NAME = re.compile(
    rf"(?!{TITLE}\s)(?P<group>[A-Z][a-z'’-]+(?:\s(?:and|&|[A-Z][a-z'’-]+)){{0,3}})"
    r"(?=\s[A-Z]\.?\s)"
)
SPACES_AT = re.compile(r"\s*")
#: Fewest groups and members that make such a list
MIN_GROUPS = 2
MIN_GROUPED = 6


def flat_place_groups(line: Line) -> list[MembershipFacts] | None:
    """Each member of a flattened list grouped under the councils that appoint them, no
    mark between the groups ("Birmingham G S Atwal D Barrie Coventry P Male ..."): a
    capitalised word that is no initial, after a member's surname, heads the next group.
    The list ends at the first words that are neither. None for fewer than `MIN_GROUPS`
    groups or `MIN_GROUPED` members."""
    text = plain(line.text)
    label = GROUPS_LABEL.search(text)
    if label is None:
        return None
    rest, at = text[label.end() : label.end() + MAX_CHARS], 0
    found: list[MembershipFacts] = []
    group, groups, members = "", 0, 0  # the group read, how many, its members so far
    while at < len(rest) and len(found) < MAX_ROWS:
        at = SPACES_AT.match(rest, at).end()  # type: ignore[union-attr]
        member = INITIALS_NAME.match(rest, at)
        if member is not None and group:
            found.append(MembershipFacts(member["name"], group, line.number))
            at, members = member.end(), members + 1
            continue
        heading = GROUP_NAME.match(rest, at)
        if heading is None or (group and not members):
            break  # words that are no group, or a group heading another with no member
        group, groups, members, at = heading["group"], groups + 1, 0, heading.end()
    if groups < MIN_GROUPS or len(found) < MIN_GROUPED:
        return None
    return found


#: The label over such groups printed a line each, its first group's members perhaps run on
#: after it with the council's name lost ("Distribution of Councillors G S Amos D Birch")
GROUP_LINES_LABEL = re.compile(
    r"(?<![\w-])(?:Distribution\s+of\s+(?:Councillors|Members|Seats)|Membership|MEMBERSHIP)"
    r"(?:\s{1,3}(?=[A-Z])|\s*:?\s*$)"
)
#: Lines with text read under the label at most, and the opening lines searched for it
GROUP_LINES = 30


def _grouped_members(text: str, number: int, group: str) -> list[MembershipFacts] | None:
    """Each member of a run of initials-and-surname names filling `text`, representing
    `group` ("" when its name is lost); None when anything else is in the run."""
    found: list[MembershipFacts] = []
    at = 0
    while at < len(text) and len(found) < MAX_ROWS:
        at = SPACES_AT.match(text, at).end()  # type: ignore[union-attr]
        member = INITIALS_NAME.match(text, at)
        if member is None:
            return None
        found.append(MembershipFacts(member["name"], group, number))
        at = member.end()
    return found or None


def place_group_lines(lines: list[Line]) -> list[MembershipFacts] | None:
    """The members of a list grouped under the councils that appoint them, a line a group
    ("Eastby A Reid B Moss" / "Westby C Lowe D Pym"), under a "Distribution of
    Councillors" or "Membership" label whose line may carry the first group's members
    (its council's name lost: they represent nothing printed). The list ends at the first
    line with text of another shape. None for fewer than `MIN_GROUPS` named groups or
    `MIN_GROUPED` members."""
    for n, line in enumerate(lines[:ROLL_HEAD]):
        text = plain(line.text)
        label = GROUP_LINES_LABEL.search(text)
        if label is None:
            continue
        rest = text[label.end() :].strip()
        found = _grouped_members(rest, line.number, "") if rest else []
        if found is None:
            continue
        named = 0
        below = [b for b in lines[n + 1 : n + 1 + 2 * GROUP_LINES] if b.text.strip()]
        for row in below[:GROUP_LINES]:
            row_text = plain(row.text).strip()
            heading = GROUP_NAME.match(row_text)
            members = (
                _grouped_members(row_text[heading.end() :], row.number, heading["group"])
                if heading is not None
                else None
            )
            if members is None:
                break
            found, named = found + members, named + 1
        if named >= MIN_GROUPS and len(found) >= MIN_GROUPED:
            return found
    return None


#: "... Enquiries: Town Hall Councillors: Brewer Mrs Bridewell Mrs Burton Carter": the
#: roll's label run on at a line's end, surnames after it
ROLL_LABEL = re.compile(rf"(?<![\w-])Councillors\s?:\s(?=(?:{SHORT_TITLE}\s)?[A-Z][a-z])")
#: A line that goes on with the roll: surnames only, perhaps titled
ROLL_LINE = re.compile(
    rf"^(?:{SHORT_TITLE}\s)?[A-Z][a-z][\w'’-]*(?:\s(?:{SHORT_TITLE}\s)?[A-Z][a-z][\w'’-]*)"
    r"{0,30}$"
)
#: Lines a roll goes on over at most, and the opening lines searched for its label
ROLL_LINES = 10
ROLL_HEAD = 40


def surname_roll_members(lines: list[Line]) -> list[MembershipFacts] | None:
    """The members of a roll of surnames in alphabetical order after "Councillors:" at a
    line's end, going on over the lines of surnames below it ("Hopkins Johnson Nash Ody")
    (`names_alphabetical_roll`); None when the opening lines hold no such roll."""
    for n, line in enumerate(lines[:ROLL_HEAD]):
        label = ROLL_LABEL.search(plain(line.text))
        if label is None:
            continue
        pieces = [(line, plain(line.text)[label.end() :].strip())]
        for below in lines[n + 1 : n + 1 + 2 * ROLL_LINES]:
            text = plain(below.text).strip()
            if not text:
                continue
            if ROLL_LINE.match(text) is None or len(pieces) > ROLL_LINES:
                break
            pieces.append((below, text))
        joined, starts = "Councillors", []
        for piece_line, text in pieces:
            starts.append((len(joined) + 1, piece_line.number))
            joined = f"{joined} {text}"
        roll = alphabetical_roll(joined)
        if roll is None:
            return None
        return [
            MembershipFacts(name, "", max(number for at, number in starts if at <= offset))
            for offset, name in roll
        ]
    return None


#: "Councillors: Liz Reid (Chairman) Ken Moss (Vice-Chairman) Ann Hale Tom Pym ...": a
#: front sheet's two columns of forenames and surnames flattened with no commas
PAIRS_LABEL = re.compile(r"(?<![\w-])(?:Councillors|Members|Membership)\s?:\s{1,3}(?=[A-Z][a-z])")
#: One piece of such a run: a bracket, or a capitalised word with a lower-case letter
PAIR_PIECE = re.compile(r"\s?(?:(?P<bracket>\([^()]{1,40}\))|(?P<word>[A-Z][\w'’-]{1,30}))(?=\s|$)")
#: Words that are no forename or surname: a title, a body's noun
NOT_NAME = re.compile(
    rf"^(?:{TITLE}|{PLURAL_TITLE}|Council|Committee|Panel|Board|Agenda|Chairman|Vacancy)$"
)
#: The fewest members such a run names
MIN_PAIRS = 4


def flat_forename_pairs(line: Line) -> list[MembershipFacts] | None:
    """The members of a run of forenames and surnames after "Councillors:" with nothing
    between them but an office in brackets (see `PAIRS_LABEL`): each two words are one
    member. The run ends at the first piece that is no capitalised word or bracket; an odd
    word left over opens the sentence after it ("... Tricia Youtan You are summoned").
    None unless every bracket follows a surname and `MIN_PAIRS` members are read."""
    text = plain(line.text)
    label = PAIRS_LABEL.search(text)
    if label is None:
        return None
    words: list[str] = []
    at = label.end() - 1
    while len(words) < 2 * MAX_ROWS:
        piece = PAIR_PIECE.match(text, at)
        if piece is None:
            break
        if piece["bracket"] and len(words) % 2:
            return None  # an office after a forename: no run of pairs
        if piece["word"]:
            if NOT_NAME.match(piece["word"]) or not any(c.islower() for c in piece["word"]):
                break
            words.append(piece["word"])
        at = piece.end()
    words = words[: len(words) - len(words) % 2]
    if len(words) < 2 * MIN_PAIRS:
        return None
    return [
        MembershipFacts(f"{words[k]} {words[k + 1]}", "", line.number)
        for k in range(0, len(words), 2)
    ]
