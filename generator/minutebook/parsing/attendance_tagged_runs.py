"""People tagged with their initials in brackets, run on after a label with no commas.

Boards (fire and rescue boards, health councils, community councils) print who came as a
table of name, the initials the minutes use for that person, and post. Flattened to text
the rows run on after the label, each name tagged with its bracketed initials, the post
after the tag or before it:

    IN ATTENDANCE: Ann Reid (AR) Chief Officer Bob Moss (BMo) Head of Finance, Estates
    PRESENT: Cara Lowe, Chair (CL) Dan Hart (DH) Eve Pym – Vice Chair (EP)

Read as a list the run is one long name. The tags show where each person is: the name is
the capitalised words just before a tag whose capitals agree with it ("Bob Moss" for
"BMo"), or the words before a comma or dash ending at the tag ("Cara Lowe, Chair (CL)").
The words between a tag and the next name are the post of the person tagged. A line is
read so only when it holds at least `MIN_TAGS` tags and every tag finds its name; it is
rewritten "Label: Ann Reid (Chief Officer); Bob Moss (Head of Finance, Estates)", the
form the list reader reads. The initials are a tag, never a capacity.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import TITLE
from .attendance_hanging_label import Labeller

#: a tag: "(AR)", "(BMo)", "(MMcA)": two to four capitals, a lower-case letter or two
TAG = re.compile(r"\s?\((?P<tag>[A-Z](?:[A-Z]|[a-z](?=[A-Z]|\))){1,5})\)")
#: a word of a name: "Ann", "McAteer", "O’Neill", "Lowe-Hart"
NAME_WORD = re.compile(r"(?:[A-Z][a-z][\w'’-]{0,30}|(?:Ma?c|O['’])[A-Z][\w'’-]{1,30})")
#: a title before the name: "Mrs", "Dr", "Cllr", a community councillor's "CCllr"
TITLE_WORD = re.compile(rf"(?:{TITLE}|CCllr)")
#: what joins a name to the post printed before its tag: a comma, a dash or a tilde
JOIN = re.compile(r"^(?:,|\s[-–—~])\s")
#: fewest tags in a line read so
MIN_TAGS = 3
#: most words in a name after its title
MAX_NAME_WORDS = 4
#: most words in a post
MAX_POST_WORDS = 14
#: the longest line read
MAX_TEXT = 3000
#: the longest label
MAX_LABEL = 40


def _agrees(tag: str, names: list[str]) -> bool:
    """Whether a tag's capitals are the name's: the forename's first, the surname's last,
    the others among the name's capitals in order ("MMcA" for "Mark McAteer")."""
    caps = [c for c in tag if c.isupper()]
    capitals = [c for word in names for c in word if c.isupper()]
    surname = [c for c in names[-1] if c.isupper()]
    if len(caps) < 2 or caps[0] != names[0][0] or caps[-1] not in surname:
        return False
    at = 0
    for cap in caps:
        while at < len(capitals) and capitals[at] != cap:
            at += 1
        if at == len(capitals):
            return False
        at += 1
    return True


def _titled(words: list[str], start: int) -> int:
    """Where the name starting at `start` starts with the title before it, if any."""
    if start > 0 and TITLE_WORD.fullmatch(words[start - 1]):
        return start - 1
    return start


def _post(words: list[str]) -> str | None:
    """The post in the words, a leading dash or comma dropped; None when they are none."""
    text = " ".join(words).strip(" ,;")
    text = re.sub(r"^[-–—~]\s*", "", text).strip(" ,;")
    return text or None


def _plausible(post: str | None) -> bool:
    """Whether the words can be a post: capitalised, short, not a sentence."""
    if post is None:
        return True
    return (
        (post[0].isupper() or post[0] == "&")
        and len(post.split()) <= MAX_POST_WORDS
        and not post.endswith(".")
    )


def tagged_entries(text: str) -> list[tuple[str, str | None]] | None:
    """(name, post) of each person in a run tagged with initials ("Ann Reid (AR) Chief
    Officer Bob Moss (BM)"); None unless every tag finds its name."""
    if len(text) > MAX_TEXT:
        return None
    tags = list(TAG.finditer(text))
    if len(tags) < MIN_TAGS:
        return None
    names: list[str] = []
    posts: list[str | None] = []
    at = 0
    for tag in tags:
        segment = text[at : tag.start()]
        words = segment.split()
        found = _name_last(words, tag["tag"])
        if found is not None:
            start, end = found
            before = _post(words[:start])
            if before is not None:
                if not names or posts[-1] is not None:
                    return None
                posts[-1] = before
            names.append(" ".join(words[start:end]))
            posts.append(None)
        else:
            within = _name_within(words, tag["tag"])
            if within is None:
                return None
            before = _post(words[: within[0]])
            if before is not None:
                if not names or posts[-1] is not None:
                    return None
                posts[-1] = before
            names.append(within[1])
            posts.append(within[2])
        at = tag.end()
    tail = _post(text[at:].split())
    if tail is not None:
        if posts[-1] is not None:
            return None
        posts[-1] = tail
    if not all(_plausible(post) for post in posts):
        return None
    return list(zip(names, posts, strict=True))


def _name_last(words: list[str], tag: str) -> tuple[int, int] | None:
    """(start, end) of the name ending the words that agrees with the tag, title kept."""
    for n in range(2, min(MAX_NAME_WORDS, len(words)) + 1):
        names = words[-n:]
        if not all(NAME_WORD.fullmatch(w) for w in names):
            return None
        if _agrees(tag, names):
            return _titled(words, len(words) - n), len(words)
    return None


def _name_within(words: list[str], tag: str) -> tuple[int, str, str | None] | None:
    """(where, name, post) of "Cara Lowe, Chair" or "Eve Pym – Vice Chair" before a tag,
    where the name starts after the words before it (the post of the person before)."""
    for start in range(len(words)):
        for n in range(2, MAX_NAME_WORDS + 1):
            names = [w.rstrip(",") for w in words[start : start + n]]
            if len(names) < n or not all(NAME_WORD.fullmatch(w) for w in names):
                break
            rest = " ".join(words[start + n - 1 :])
            rest = rest[len(names[-1]) :]
            if _agrees(tag, names) and JOIN.match(rest):
                begin = _titled(words, start)
                return begin, " ".join(words[begin:start] + names), _post(rest.split())
    return None


def tagged_runs(lines: list[Line], label_of: Labeller) -> list[Line]:
    """The lines with each label run into people tagged with initials rewritten as a
    labelled list ("In attendance: Ann Reid (Chief Officer); Bob Moss"); the lines as
    they are when none is."""
    out = list(lines)
    for n, line in enumerate(lines):
        label, colon, rest = line.text.strip().partition(":")
        if not colon or len(label) > MAX_LABEL or "(" not in rest:
            continue
        found = label_of(f"{label}:")
        if found is None or found[2]:
            continue
        entries = tagged_entries(rest.strip())
        if entries is None:
            continue
        listed = "; ".join(f"{name} ({post})" if post else name for name, post in entries)
        out[n] = Line(line.number, f"{label}: {listed}")
    return out
