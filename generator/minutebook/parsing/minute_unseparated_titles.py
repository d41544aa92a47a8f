"""A minute's title run straight into its first sentence, with no separator between.

Parish and town councils' minutes often print the title and the minute's text on one
line, the title's end marked only by the capital that opens the sentence:

    Minute no. 41 – Apologies for absence Apologies were received from Cllr T Hurst.
    Minute no. 43 – Minutes of the previous meeting RESOLVED that the minutes ...
    12. Declarations of interest Councillor Dawson declared a personal interest ...

Read whole, the heading is a sentence and was no heading at all; its minute and every
decision in it were lost. The title ends where a sentence plainly begins: a decision
formula ("RESOLVED"), a word that opens a report ("The", "There", "It", "None"), a
member's title before a name ("Councillor Dawson"), or a capitalised word followed by a
verb ("Apologies were received", "Members noted"), a decision label in title case with its
colon ("Noted:", "Received and accepted:"), an aside in brackets ("(The Chairman presided
...)") or a lettered paragraph ("(a) No declarations ..."). The words before must read as a
title and may not end in a word that needs more ("Motion from" / "Councillor Smith" is
one title), nor be a name ("Jane Okoro declared ...": a capitalised word and a verb open
a sentence only after a title with a word in lower case, or after the same word: "Apologies
Apologies were received"). A title in title case keeps its capitals: "Date of Next Meeting The next
meeting ..." ends before "The", which a lower-case word follows, not before "Next".
"""

from __future__ import annotations

import re

from ..vocabulary import PLURAL_TITLE, SMALL_WORDS, TITLE
from .minute_standing_titles import standing_title_run_on
from .minute_stopped_titles import SEPARATOR

#: Most words the title before the sentence holds
MAX_TITLE_WORDS = 10

#: A decision formula in capitals opens the minute's text whatever follows
FORMULA = re.compile(r"^(?:RESOLVED|AGREED|RECOMMENDED|NOTED|DECIDED)\b")

#: A decision label in title case closed by its colon, as parish clerks print the record
#: after a run-in title: "Noted: The sale ...", "Received and accepted: apologies from ..."
LABEL_WORDS = (
    r"(?:Resolved|Agreed|Noted|Received|Decided|Approved|Accepted)"
    r"(?:\s+and\s+(?:noted|accepted|agreed|approved|resolved))?"
)
FORMULA_LABEL = re.compile(rf"^(?P<label>{LABEL_WORDS})\s*:(?:\s|$)")
#: The label at a title's end, the colon after it taken off by the caller's split
FORMULA_LABEL_AT_END = re.compile(rf"^(?P<title>.+?)\s+(?P<label>{LABEL_WORDS})$")
#: A lettered paragraph's mark opening the record: "(a) No declarations were made."
LETTERED_MARK = re.compile(r"^\((?:a|i)\)$")

#: Words that open a report's sentence when a lower-case word follows soon ("The
#: committee", "A resident asked", or a capitalised office and then one: "The Deputy
#: Town Clerk reported")
OPENERS = frozenset(
    {"The", "There", "This", "These", "It", "Members", "All", "No", "Following", "In", "At"}
    | {"A", "An"}
)

#: Most capitalised words an opener's subject holds before its verb ("The Deputy Town
#: Clerk reported")
OFFICE_WORDS = 4

#: A one-word minute text ("Matters arising None."): the whole sentence
ONE_WORD_TEXTS = re.compile(r"^(?:None|Nil|Noted|Agreed)\.?$")

#: A member's or officer's title before a name: "Councillor Dawson declared ..."
PERSON_TITLE = re.compile(rf"(?:{TITLE}|{PLURAL_TITLE}|Mayor)")
#: The members addressed together, opening a sentence with its verb as "Members" does
#: ("Councillors were reminded to declare ...", "Cllrs noted ...")
PLURAL_TITLE_WORD = re.compile(PLURAL_TITLE)

#: Words a title cannot end with: the title goes on after them ("Motion from")
OPEN_ENDINGS = SMALL_WORDS | {"from", "by", "with", "&"}

WORD = re.compile(r"\S+")

#: A word that belongs to a title's phrase, not a subject's office: "Queen's", "90th"
POSSESSIVE_OR_FIGURE = re.compile(r"['’]s$|\d")

#: A title in an agenda's words ("To discuss HM The Queen's ..."): its object may hold any
#: capital, so no sentence is looked for in it
AGENDA_VERB_FIRST = frozenset({"To"})


def _bare(word: str) -> str:
    return word.strip(".,;:()'\"’")


def _verb(word: str) -> bool:
    """A lower-case finite verb: "were", "was", "noted", "reported"."""
    from .minute_headings import AUXILIARIES, FINITE_VERBS

    bare = _bare(word)
    return bare in AUXILIARIES or bare in FINITE_VERBS or (bare.endswith("ed") and bare.islower())


def _bracketed(words: list[str], k: int) -> list[str]:
    """The words from `words[k]` (which opens a bracket) to the word that closes it."""
    end = next((n for n in range(k, len(words)) if words[n].rstrip(".,;:").endswith(")")), None)
    return words[k : (end if end is not None else len(words) - 1) + 1]


def _opens_sentence(words: list[str], k: int) -> bool:
    """Whether `words[k]` plainly opens the minute's first sentence."""
    word = _bare(words[k])
    after = [_bare(w) for w in words[k + 1 : k + 1 + OFFICE_WORDS]]
    if FORMULA.match(words[k]) or FORMULA_LABEL.match(" ".join(words[k : k + 4])):
        return True
    if LETTERED_MARK.match(words[k]):
        return k + 1 < len(words) and (words[k + 1][:1].isupper() or words[k + 1][:1].isdigit())
    if words[k].startswith("("):  # "(The past-Chairman presided ...)": an aside opens it
        return word in OPENERS and any(map(_verb, _bracketed(words, k)[1:]))
    if ONE_WORD_TEXTS.match(words[k]) and k == len(words) - 1:
        return True
    if k and word.lower() == _bare(words[0]).lower() and any(map(_verb, words[k + 1 : k + 4])):
        return True  # "Apologies for Absence Apologies for absence were received ..."
    if PERSON_TITLE.fullmatch(word):
        if after and PLURAL_TITLE_WORD.fullmatch(word) and _verb(words[k + 1]):
            return True  # "Declarations of Interest Councillors were reminded ..."
        return bool(after) and after[0][:1].isupper()
    if word in OPENERS:
        if not after:
            return False
        lower = next((n for n, w in enumerate(after) if w[:1].islower()), None)
        skipped = after[:lower] if lower is not None else after
        # "The Queen's 90th Birthday celebrations": a possessive or a figure is a title's
        return lower is not None and not any(POSSESSIVE_OR_FIGURE.search(w) for w in skipped)
    if POSSESSIVE_OR_FIGURE.search(word):
        return False  # "Police and Crime Commissioner's proposed precept": one phrase
    if not (word[:1].isupper() and after and _verb(words[k + 1])):
        return False
    # "Apologies for absence Apologies were ...": a title with a word in lower case, or
    # the title's word said again; "Jane Okoro declared ..." is a name, not a title
    title = [_bare(w) for w in words[:k]]
    return word in title or (len(title) > 1 and any(w[:1].islower() for w in title))


def unseparated_title(text: str) -> tuple[str, str] | None:
    """(title, text) where `text` (a heading's words after its number) is a title run
    straight into a sentence; None when no sentence plainly begins after a title."""
    from .minute_headings import looks_like_title

    standing = standing_title_run_on(text)
    if standing is not None:  # "Apologies for Absence R Hollis": the genre's own title
        return standing
    words = WORD.findall(text)
    first = _bare(words[0]) if words else ""
    if not first or first in OPENERS | AGENDA_VERB_FIRST or PERSON_TITLE.fullmatch(first):
        return None  # "The Clerk reported ...", "Councillor Smith asked ...": a paragraph
    for k in range(1, min(len(words), MAX_TITLE_WORDS + 1)):
        if not _bare(words[k])[:1].isupper() and not LETTERED_MARK.match(words[k]):
            continue
        if not _opens_sentence(words, k):
            continue
        title = " ".join(words[:k])
        if SEPARATOR.search(f"{title} "):
            return None  # "Declarations of interest – Councillor Reid ...": separated
        if _bare(words[k - 1]).lower() in OPEN_ENDINGS or not looks_like_title(title):
            continue  # "Motion from" / "Councillor Smith The Council ...": read on
        return title, " ".join(words[k:])
    return None


def formula_label_apart(title: str, text: str) -> tuple[str, str] | None:
    """(title, text) where the words before a run-in heading's colon end in a decision
    label ("Chairman's Announcements Noted: The sale ..."): the label opens the text;
    None when they do not."""
    from .minute_headings import looks_like_title

    match = FORMULA_LABEL_AT_END.match(title.strip())
    if match is None or not looks_like_title(match["title"]):
        return None
    return match["title"], f"{match['label']}: {text}"


def member_or_formula_opens(text: str) -> bool:
    """Whether a minute's run-in text opens with a member's title ("Councillors were
    reminded ...", "Cllr Reid declared ...") or a decision formula: the strongest signs a
    sentence began, asked of a paragraph too long to be a heading."""
    first = _bare(WORD.findall(text)[0]) if text.strip() else ""
    return bool(first) and (PERSON_TITLE.fullmatch(first) is not None or bool(FORMULA.match(first)))
