"""What a committee system prints after a body's name that is no part of it.

A committee system names an archived committee with the years it sat ("Licensing Committee
(2010-2016)"), and its older pages print the council's name before the committee's, so a
meeting of the whole council reads "Wyke Borough Council Borough Council" (or "Wyke
Parish Council Ordinary Parish Council", with the kind of meeting). Neither is the
body's name: the years tell apart the system's own entries for one body, and the repeated
words are the council itself. An opening sentence that runs on past the name may leave
the meeting's date in it ("the meeting of Fenby Parish Council on Wednesday 3 May 2023 at
7.30pm"): a body's name never holds a date. A summons may name the committee as its
authority's ("the Strathclyde Partnership for Transport's Audit & Standards Committee"):
the owner's name without its possessive, as letterheads name such a committee. A banner's
name run into the same title in capitals, after a logo's spaced letters ("C P C P X Panel
X PANEL"), is the name once. A parish's page may title its agenda with the meeting's month
after the name ("Fenby Parish Council March Agenda"): no name ends in a month; nor does a
name hold its web address ("Wyke Community Council CC wykecc.org.uk"). Each reader
returns None when the name is not printed so.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..vocabulary import MONTHS, WEEKDAY_NAME
from .body_furniture import without_furniture
from .welsh_body_names import english_body_name

#: the years a committee sat, in brackets after its name: "(2010-2016)", "(2019 - 2023)",
#: or bare after the name's last word, both years in full ("Transport Committee 2014-2019")
YEAR_SPAN = re.compile(
    r"\s{1,3}\((?:19|20)\d\d\s?[-–]\s?(?:(?:19|20)\d\d)?\)$"
    r"|(?<=[a-z])\s{1,3}(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d$"
)
#: a council's name with its last words printed again: "Wyke Borough Council Borough Council",
#: or again with the kind of meeting: "Wyke Parish Council Ordinary Parish Council"
DOUBLED_TAIL = re.compile(
    r"(?P<name>[A-Z][\w'’&,. -]{0,120}?\b(?P<tail>(?:[A-Za-z]{2,20}\s){0,2}Council))"
    r"\s{1,3}(?:(?:ordinary|annual|extraordinary|special|full)\s{1,3})?(?P=tail)",
    re.IGNORECASE,
)


#: where a date's phrase may start after the name: " on ", " held on ", a weekday
DATE_TAIL = re.compile(
    r"\s{1,3}(?:(?:held\s{1,3})?on|" + WEEKDAY_NAME + r")\b",
    re.IGNORECASE,
)


#: "X Partnership for Transport's Audit Committee", "the Council's Planning Committee": an
#: authority's name (a body's noun in it) owning the committee named after it
OWNER_POSSESSIVE = re.compile(
    r"^(?P<owner>[A-Z][\w&,. -]{0,100}?\b(?:Council|Authority|Partnership|Board|Trust|"
    r"Commission|Corporation|Executive)\b[\w ]{0,30}?)['’]s\s+"
    r"(?P<body>[A-Z][\w&,'’ -]{0,100}\b(?:Committee|Sub-Committee|Panel|Board|Forum|Group|"
    r"Cabinet))$"
)


def without_owner_possessive(name: str) -> str | None:
    """The committee named after its owner without the possessive ("Ashby Borough
    Council's Licensing Committee" -> "Ashby Borough Council Licensing Committee"); None
    when no authority owns the name so ("Children's Services Committee" is one name)."""
    found = OWNER_POSSESSIVE.match(name.strip()) if len(name) <= 250 else None
    return f"{found['owner']} {found['body']}" if found else None


def without_date_tail(name: str) -> str | None:
    """The name before the meeting's date run on after it ("Fenby Parish Council on
    Wednesday 3 May 2023"); None when no full date follows the name."""
    if len(name) > 200:
        return None
    for found in DATE_TAIL.finditer(name):
        head = name[: found.start()].rstrip(" ,")
        if len(head.split()) >= 2 and find_date(name[found.start() :]) is not None:
            return head if find_date(head) is None else None
    return None


def without_year_span(name: str) -> str | None:
    """The name without the years the committee sat, printed after it (`YEAR_SPAN`); None
    when it ends otherwise."""
    found = YEAR_SPAN.search(name) if len(name) <= 200 else None
    return name[: found.start()] if found and found.start() > 0 else None


def without_doubled_tail(name: str) -> str | None:
    """The council's name when its last words are printed again after it (a meeting of the
    whole council under the council's name); None otherwise."""
    found = DOUBLED_TAIL.fullmatch(name.strip()) if len(name) <= 200 else None
    return found["name"] if found else None


#: "Constitution Committee Agenda CONSTITUTION COMMITTEE": a host's page title (the name
#: and the paper's kind) run on before the paper's own title, the same name in capitals
HOST_TITLE_REPEAT = re.compile(
    r"(?P<host>.{3,100}?)\s+(?:Agenda|Minutes|Agenda\s+Document|Agenda\s+Pack)\s+(?P<name>.{3,100})"
)


def without_host_title(name: str) -> str | None:
    """The paper's own title when a host's title naming the same body ran on before it
    (see HOST_TITLE_REPEAT); None otherwise."""
    found = HOST_TITLE_REPEAT.fullmatch(name.strip()) if len(name) <= 200 else None
    if found is None or found["host"].lower() != found["name"].lower():
        return None
    return found["name"]


#: "MEETING of Ashby Parish Council", "Meeting Northern Area Planning Committee": the word
#: "meeting" of a title ("MINUTES OF THE MEETING of ...", "Notice of Meeting ...") left
#: before the name when its case broke the opening's pattern
MEETING_BEFORE = re.compile(
    r"^(?:the\s)?meeting(?:\s(?:of|OF)(?:\s(?:the|THE))?)?\s(?=[A-Z])", re.I
)
#: "District Council of": a name whose place the converter dropped after its "of"
DANGLING_OF = re.compile(r"\s(?:of|OF)$")


#: "PLANNING COMMITTEE A meeting of the Planning Committee": a flattened title run on into
#: the notice's sentence, which begins again with "A meeting of"; "X Parish Council, which
#: Members are summoned to attend": the notice's clause about who attends; "X COUNCIL which
#: will be held as follows", "X Council to be held on": the summons's clause about when;
#: "X JOINT COMMITTEE Meeting No 053 Virtual Meeting MINUTES", "X COMMISSIONERS 7/21"
#: (the seventh meeting of 2021): the meeting's number; "X Parish Council AGM": its kind
SENTENCE_AFTER = re.compile(
    r"\s(?:A|The)\smeeting\sof\b.*$|,\s(?:which|to\swhich)\s.*$"
    r"|\s(?:which\s(?:will|is\sto|shall)\s|to\s)be\sheld\b.*$"
    r"|\sMeeting\s(?:No\.?|Number)\s?\d{1,4}\b.*$"
    r"|\s\d{1,2}/\d\d$"
    # "Fenby Parish Council AGM", "X Town Council Annual Meeting": the meeting's kind
    r"|(?<=Council)\s(?:AGM|A\.G\.M\.?|Annual(?:\sGeneral)?\sMeeting)$",
    re.IGNORECASE,
)
#: "NOVEMBER 2011 DEVELOPMENT COMMITTEE": a title's date (its day lost) before the name
MONTH_YEAR_BEFORE = re.compile(rf"^(?:\d{{1,2}}\s)?(?i:{MONTHS})\s(?:19|20)\d\d\s(?=[A-Z])")


def without_meeting_word(name: str) -> str | None:
    """The name without a leading "Meeting (of)" or month and year, a dangling "of" at its
    end or the notice's sentence run on after it, while a name is left; None when it has
    none."""
    tidied = DANGLING_OF.sub("", MEETING_BEFORE.sub("", name.strip(), count=1), count=1)
    tidied = MONTH_YEAR_BEFORE.sub("", tidied, count=1)
    tidied = SENTENCE_AFTER.sub("", tidied, count=1)
    return tidied if tidied != name.strip() and len(tidied.split()) >= 2 else None


#: a logo's letters spaced before the name: "C P C P Cambridgeshire Police and Crime Panel"
LOGO_LETTERS = re.compile(r"^(?:[A-Z]\s){2,6}(?=[A-Z][a-z])")


def without_repeated_name(name: str) -> str | None:
    """The name printed once: a banner's name over its title in capitals run together ("X
    Police and Crime Panel X POLICE AND CRIME PANEL"), after a logo's spaced letters
    ("C P C P"); None when the name is not printed so."""
    words = LOGO_LETTERS.sub("", name.strip()).split()
    half = len(words) // 2
    if (
        half < 2
        or len(words) % 2
        or [w.lower() for w in words[:half]] != [w.lower() for w in words[half:]]
    ):
        return None
    return " ".join(words[:half])


#: the meeting's month after a body's name, as a parish's page titles its agendas
#: ("Fenby Parish Council March Agenda"): a name never ends in a month
MONTH_TAIL = re.compile(rf"(?<=[A-Za-z])\s{{1,3}}(?i:{MONTHS})(?:\s{{1,3}}(?:19|20)\d\d)?$")
#: the nouns a body's name closes with, before such a month
BODY_NOUN_BEFORE = re.compile(r"\b(?i:council|committee|board|panel|authority|forum)$")


def without_month_tail(name: str) -> str | None:
    """The name without the meeting's month after it (`MONTH_TAIL`), when a body's noun
    closes what is left ("March Town Council" keeps its place); None otherwise."""
    found = MONTH_TAIL.search(name) if len(name) <= 200 else None
    if found is None or not BODY_NOUN_BEFORE.search(name[: found.start()]):
        return None
    return name[: found.start()]


#: a web address run on after the name, and everything after it: "... Council CC
#: wykecc.org.uk; RECORD OF MEETING", "... Council www.wyke.gov.uk"
WEB_ADDRESS = re.compile(
    r"\s{1,3}(?:https?://|www\.|[\w-]{2,60}\.(?:org|gov|co|net|com|scot|wales|uk)\b).{0,200}$",
    re.IGNORECASE,
)
#: the name's initials in capitals after it: "Wyke Community Council CC"
TRAILING_INITIALS = re.compile(r"\s(?P<initials>[A-Z]{2,5})$")


def without_web_address(name: str) -> str | None:
    """The name before a web address run on after it (`WEB_ADDRESS`), and without the
    initials of its last words printed after it ("Wyke Community Council CC"); None when
    no address follows the name."""
    found = WEB_ADDRESS.search(name) if len(name) <= 300 else None
    if found is None or found.start() == 0:
        return None
    head = name[: found.start()].rstrip(" ,;")
    initials = TRAILING_INITIALS.search(head)
    if initials is not None:
        words = head[: initials.start()].split()
        letters = initials["initials"]
        if "".join(w[0] for w in words[-len(letters) :]).upper() == letters:
            head = head[: initials.start()]
    return head


def tidied_body(name: str) -> str:
    """The body's name tidied: no date run on after it, no system's years or repeated
    words (nor a host's title naming it again), and a Welsh council by its English name
    ("Cyngor Cymuned X Community Council")."""
    name = without_furniture(name)
    name = without_web_address(name) or name
    name = without_date_tail(name) or name
    name = without_year_span(name) or name
    name = without_month_tail(name) or name
    name = without_doubled_tail(name) or name
    name = without_repeated_name(name) or name
    name = without_host_title(name) or name
    name = without_owner_possessive(name) or name
    name = without_meeting_word(name) or name
    name = without_inner_meeting_kind(name) or name
    name = without_paper_kind(name) or name
    return english_body_name(name) or name


#: the paper's kind after a dash closing the name: "Council - Minutes of Proceedings",
#: "Cabinet – Agenda"
PAPER_KIND_TAIL = re.compile(
    r"\s[-–—]\s(?:(?:draft\s)?minutes(?:\sof\s(?:proceedings|the\smeeting))?|agenda"
    r"(?:\s(?:and|&)\sminutes)?|notes|decisions)$",
    re.IGNORECASE,
)


def without_paper_kind(name: str) -> str | None:
    """The name without the paper's kind after a dash (`PAPER_KIND_TAIL`); None when it
    ends otherwise."""
    found = PAPER_KIND_TAIL.search(name) if len(name) <= 200 else None
    return name[: found.start()].strip() if found and found.start() > 0 else None


#: the meeting's kind printed between a local council's place and its kind: "LEIGH ON
#: MENDIP ANNUAL PARISH COUNCIL (MEETING)", "Ashby Extraordinary Town Council"
INNER_MEETING_KIND = re.compile(
    r"(?<=\w)\s+(?:annual|extraordinary|ordinary|special)\s+"
    r"(?=(?:parish|town|community|city)\s+council\b)",
    re.IGNORECASE,
)


#: "Herstwell Parish Full Council": the whole council's meeting named between the kind
#: of council's word and its noun
INNER_FULL = re.compile(r"\b(?P<kind>parish|town|community|city)\s+full\s+(?=council\b)", re.I)


def without_inner_meeting_kind(name: str) -> str | None:
    """The name without the meeting's kind printed inside it (INNER_MEETING_KIND,
    INNER_FULL); None when it has none."""
    tidied = INNER_MEETING_KIND.sub(" ", name, count=1)
    tidied = INNER_FULL.sub(lambda m: m["kind"] + " ", tidied, count=1)
    return tidied if tidied != name else None
