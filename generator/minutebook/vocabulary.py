"""The words of the genre that every reading rule builds on: titles and honours of people,
the particles of surnames, the words of offices and organisations, months and small words.

UK public meeting papers (councils, police and crime panels, police authorities,
committees) name people the same way whatever the body or year: a title or two ("Cllr Mrs",
"County Councillor"), initials or forenames, a surname that may carry a particle ("de Jong",
"van der Berg") and honours after it ("OBE", "QPM"). Patterns are built here once, so a
title added here is known to every rule that reads a name.
"""

from __future__ import annotations

import re

#: Titles printed before a name, longest first so that "County Councillor" wins over
#: "Councillor" and "Mrs" over "Mr" in an alternation.
TITLES: tuple[str, ...] = (
    # police ranks before a name ("Chief Superintendent C Webb"); several words only, so a
    # rank alone in a list ("Mr A Reid, Chief Constable") stays an office; a rank held for
    # a time is printed so ("Temporary Assistant Chief Constable P Brearley")
    "Temporary Assistant Chief Constable",
    "Temporary Deputy Chief Constable",
    "Temporary Chief Constable",
    "Acting Assistant Chief Constable",
    "Acting Deputy Chief Constable",
    "Acting Chief Constable",
    "Deputy Chief Constable",
    "Assistant Chief Constable",
    "Chief Constable",
    "Detective Chief Superintendent",
    "Chief Superintendent",
    "Detective Superintendent",
    "Detective Chief Inspector",
    "Chief Inspector",
    # the Metropolitan Police's senior ranks, and a fire and rescue service's commanders
    # ("Commander A Feeney", "Group Commander B Moss")
    "Deputy Assistant Commissioner",
    "Assistant Commissioner",
    "Station Commander",
    "Group Commander",
    "Area Commander",
    "Watch Commander",
    # the same ranks abbreviated, and a rank of one word before a name ("Supt D Keble",
    # "PCSO L Brannigan"); alone in a list each is still an office
    "Chief Supt",
    "Ch Supt",
    "Det Supt",
    "Ch Insp",
    "Superintendent",
    "Commander",
    "Inspector",
    "Sergeant",
    # a constable by rank ("Constable A Reid", a Scottish force's style)
    "Police Constable",
    "Detective Constable",
    "Constable",
    "PCSO",
    "Supt",
    "Insp",
    "Sgt",
    "PC",
    # ranks of the armed forces (Lord-Lieutenancy, fire and rescue authorities)
    "Lieutenant Colonel",
    "Wing Commander",
    "Squadron Leader",
    "Colonel",
    "Brigadier",
    "County Councillor",
    "Borough Councillor",
    "District Councillor",
    "Town Councillor",
    "Parish Councillor",
    "County Cllr",
    "Borough Cllr",
    "District Cllr",
    "Town Cllr",
    "Parish Cllr",
    # a councillor of another tier at a parish meeting, the tier abbreviated or named by
    # the ward or the unitary council ("Bor Cllr A Reid", "Cty Cllr B Moss", "Ward Cllr C
    # Lowe"): one title, as "District Cllr" is
    "Unitary Councillor",
    "Ward Councillor",
    "Unitary Cllr",
    "Ward Cllr",
    "Boro Cllr",
    "Dist Cllr",
    "Bor Cllr",
    "Cty Cllr",
    "Dst Cllr",
    "Councillor",
    "Cllr",
    # a Scottish community councillor, and a councillor so abbreviated beside them
    # ("CClr A Reid", "Clr B Moss")
    "CClr",
    "Clr",
    # Scottish civic styles before a name ("Provost A Reid", "Bailie B Moss")
    "Depute Lord Provost",
    "Deputy Lord Provost",
    "Lord Provost",
    "Depute Provost",
    "Deputy Provost",
    "Provost",
    "Bailie",
    "Baroness",
    "Alderwoman",
    "Alderperson",
    "Alderman",
    # an alderman so abbreviated in Northern Ireland's councils and boards ("Ald S Reid")
    "Ald",
    "Professor",
    "Prof",
    "Reverend",
    "Revd",
    "Rev",
    "Dame",
    "Lady",
    "Lord",
    "Miss",
    "Mrs",
    "Mr",
    "Ms",
    "Mx",
    "Dr",
    "Sir",
)
#: A title printed once for several names ("Councillors Smith and Jones"), and the title
#: each of them carries; a form's "Councillor(s):" is the plural too.
PLURAL_TITLES: dict[str, str] = {
    "County Councillors": "County Councillor",
    "Councillor(s)": "Councillor",
    "Councillors": "Councillor",
    "Aldermen": "Alderman",
    # a council's gender-neutral plural ("Apologies: Alderpersons Ames and Irons")
    "Alderpersons": "Alderperson",
    "Cllrs": "Cllr",
    "CClrs": "CClr",
    "Clrs": "Clr",
    "Messrs": "Mr",
    "Drs": "Dr",
    # a charity's or a trust's members ("Present: Trustees Ames (Chair), Irons and Lowe")
    "Trustees": "Trustee",
}
#: Honours and post-nominal letters printed after a name: part of the name as written,
#: never of the name itself.
HONOURS: tuple[str, ...] = (
    "OBE",
    "MBE",
    "CBE",
    "KBE",
    "DBE",
    "BEM",
    "QPM",
    "KPM",
    # fire and ambulance service medals ("Mr A Reid, CBE, QFSM")
    "QFSM",
    "KFSM",
    "QAM",
    "DL",
    # a district or town member who also sits on the county council ("J Reid, CC")
    "CC",
    "JP",
    "KC",
    "QC",
    "MP",
    # members of the devolved legislatures: Northern Ireland's Assembly, the Scottish
    # Parliament ("Councillor A Reid, MLA")
    "MLA",
    "MSP",
)
#: Lower-case words that belong to a surname ("de Jong", "van der Berg", "le Roux").
PARTICLES: frozenset[str] = frozenset(
    # "an" of Gaelic "Mac an t-Sagairt"; "ap" of Welsh "Gwyn ap Rhys"
    {
        "an", "ap", "da", "de", "del", "della", "den", "der", "di", "du", "la", "le", "ten", "ter",
        "van", "von",
    }
)  # fmt: skip
#: The particles as alternatives, longest first ("della" before "del"), ties in spelling
#: order, so the pattern is the same string in every run.
PARTICLE_ALTERNATION = "|".join(sorted(PARTICLES, key=lambda word: (-len(word), word)))
#: A Gaelic or Irish surname word after its particle, mutated: "t-Sagairt", "n-Éireann",
#: or with its letter unhyphened ("Ó hEára", "Ní hAodha", "Uí bhFoghlú")
MUTATED_NAME_WORD = re.compile(r"^(?:[a-z]-|h|n|t|bh|mb|gc|nd|ng|bp|dt)[A-ZÀ-Þ]")
#: Words of an office: a piece of a list made of them is someone's capacity, not a person
#: ("Mr A Smith, Chief Executive").
OFFICE_WORDS: frozenset[str] = frozenset(
    {
        "adviser", "advisor", "analyst", "assistant", "auditor", "chair", "chairman", "chairwoman",
        "chairperson", "chief", "clerk", "commander", "commissioner", "constable", "convener",
        "convenor", "coordinator", "co-ordinator", "depute", "deputy", "director", "executive",
        "head", "inspector", "lawyer", "lead", "leader", "manager", "mayor", "mayoress", "member",
        "monitoring", "officer", "president", "provost", "secretary", "sergeant", "solicitor",
        "superintendent", "treasurer", "vice-chair", "vice-chairman", "vice-convener", "chaplain",
        "vice-convenor", "master", "administrator", "engineer", "surveyor", "accountant",
        # a parish's short label for its vice-chair ("Vice: Cllr A Reid")
        "vice",
    }
)  # fmt: skip
#: The office words as a regular expression's alternation, longest first ("chairman"
#: before "chair")
OFFICE_ALTERNATION = "|".join(
    sorted((re.escape(w) for w in OFFICE_WORDS), key=lambda w: (-len(w), w))
)
#: Words that make a phrase an organisation ("Kent County Council", "Essex Police").
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {
        "authority", "borough", "constabulary", "council", "district", "llp", "ltd", "opcc",
        "party", "plc", "police", "service", "trust", "university",
    }
)  # fmt: skip
#: A day of the week, in a group: "Monday" ... "Sunday" (patterns add IGNORECASE for capitals)
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: Words kept in lower case inside a title ("Kent and Medway ...").
SMALL_WORDS: frozenset[str] = frozenset(
    {"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to"}
)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


#: An elected mayor's style before a name, as combined authorities, London boroughs and
#: the LGA print it ("Metro Mayor A Reid", "Mayor B Moss", "Deputy Mayor C Lowe"); never
#: the office after a name ("Deputy Mayor for Policing", "Mayor of Westbury") or a civic
#: style ("the Mayor Councillor A Reid"), and only before a capitalised word (a name), so
#: "The Mayor" alone stays an office
MAYOR_STYLE = (
    r"(?<!\bthe\s)(?<!\bThe\s)(?:(?:Metro|Deputy|City|Elected|Executive)\s+)?Mayor"
    r"(?=\s+[A-Z])(?!\s+(?:of|for|Councillor|Cllr)\b)"
)
#: One title without its full stop, as a regular expression.
TITLE_WORDS = rf"(?:{_alternation(TITLES)}|{MAYOR_STYLE})"
#: One title, with an optional full stop ("Dr.", "Cllr."), as a regular expression.
TITLE = rf"{TITLE_WORDS}\.?"
#: One honour as a regular expression.
HONOUR = rf"(?:{_alternation(HONOURS)})"
#: A plural title as a regular expression.
PLURAL_TITLE = rf"(?:{_alternation(sorted(PLURAL_TITLES, key=len, reverse=True))})"
#: A name starts with a title ("Cllr", "Mrs.", "County Councillor").
STARTS_WITH_TITLE = re.compile(rf"^{TITLE}(?=\s|$)")
IS_HONOUR = re.compile(rf"^{HONOUR}$")
IS_TITLE = re.compile(rf"^{TITLE}$")
#: One word of a name: an initial ("A", "A."), a capitalised word ("Smith", "McLean",
#: "O'Brien", "Mochrie-Cox") or a surname particle followed by a capitalised word.
NAME_WORD = (
    r"(?:[A-Z]\.|[A-Z][\w'’-]*"
    rf"|(?:{PARTICLE_ALTERNATION})(?=\s+[A-Z]))"
)
#: One word of a name in running text, where capitals are all a name has to go on:
#: "Smith", "McLean", "MacLeod", "O'Brien", "D'Souza", "Mochrie-Cox".
CAPITALISED_NAME_WORD = r"(?:Ma?c|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
#: Particles before a surname in running text ("de Jong", "van der Berg"), at most two.
PARTICLE_WORDS = rf"(?:(?:{PARTICLE_ALTERNATION}) +){{0,2}}"
#: A name as printed in running text: optional titles, then one to six name words; an
#: honour after it is part of it. Each repeat consumes a word and the space before it, so
#: matching is linear in the text's length.
NAME = rf"(?:{TITLE}\s+){{0,2}}{NAME_WORD}(?:\s+{NAME_WORD}){{0,5}}(?:,?\s+{HONOUR}\b)*"
#: The nouns a body's name ends with, as alternatives for a pattern ("Fenby Parish Council",
#: "Audit Sub-Committee", "Police and Crime Panel", "Cabinet"): where a name stops before
#: the words printed after it on its line.
BODY_NOUNS = "council|committee|sub-committee|panel|board|authority|cabinet|executive"
