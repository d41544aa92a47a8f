"""Cut a report's appendices off into parts of their own.

A report that ends with a list of its appendices ("Appendix A: Chief Constable Application
Pack", one per line) is followed in the pack by those appendices, in the listed order, but
the conversions drop the "Appendix A" banners printed on them. So where each one starts is
found from the text: the listed title's own words against the short heading-like lines
after the list, a letter's letterhead above its "Dear ..." for an appendix titled a letter,
the first heading after a signed and dated close, and the first heading after a
paragraph that closes a paper with whom to contact (the previous appendix ends there).
The starts are chosen together so they keep the listed order and agree best with the
titles. An appendix whose start is not found stays inside the previous one, and a warning
with the file and line of its entry in the list says so. Nothing keys on the file.

A report that lists none but says an attachment "can be found at the end of this paper",
or points to one appendix ("Please see Appendix A", "attached at Appendix A is a case
study"), has that attachment cut off too: it starts at the first heading after the
paragraph under the report's last "Recommendation:", and is titled by that heading (after
its label, when the report gives one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..errors import Diagnostics
from ..model import DocumentKind, Layout, Line, Part
from ..vocabulary import MONTHS, TITLE
from .lines import heading_like, markless, next_text

#: "Appendix A: Chief Constable Application Pack" as a line of its own (bold or not).
LISTED = re.compile(
    r"^\**\s*Appendix\s+(?P<label>[A-Z]{1,2}|\d{1,2})\s*[:–—-]\s*(?P<title>\S.*?)\s*\**$"
)
#: Words that never tell one appendix from another.
STOPWORDS = frozenset({
    "a", "an", "and", "the", "of", "for", "by", "to", "in", "on", "with", "at", "from",
    "ms", "mr", "mrs", "miss", "dr", "cllr", "appendix",
})  # fmt: skip
WORD = re.compile(r"[a-z0-9]+")
#: How alike two words must be to count as the same (rapidfuzz ratio: plurals, typos).
WORD_MATCH = 85
#: The least share of an appendix title's words a heading must carry to be its start.
MIN_SHARE = 1 / 3
#: A start found only because the previous appendix closed with a signature.
AFTER_SIGNATURE_SCORE = 0.5
#: A start found only because the previous appendix closed with whom to contact: weaker
#: than any title match (a College of Policing booklet's "For enquiries ... please email"
#: sits near its start, and must not pull the next appendix there).
AFTER_CONTACT_SCORE = MIN_SHARE / 2
#: A letter's letterhead above its salutation, for an appendix titled a letter.
LETTER_SCORE = 1.0

#: More listed appendices than any real report has: the list is not one (left alone).
MAX_LISTED = 40

SALUTATION = re.compile(r"^Dear\s+\S")
TITLED_NAME = re.compile(rf"^{TITLE}\s+[A-Z][\w'’-]+")
MONTH_YEAR = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})\s+\d{{4}}$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: "For any queries ... please contact ...": a paper's closing invitation to get in touch.
INVITATION = re.compile(
    r"\bplease\s+(?:contact|e-?mail)\b|\bfor\s+(?:any\s+|more\s+)?(?:quer|enquir)\w*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Listed:
    """One entry of a report's list of appendices."""

    label: str
    title: str  # the whole entry as printed, "Appendix A: Chief Constable Application Pack"
    words: tuple[str, ...]  # its distinguishing words
    line: int  # where the list names it
    letter: bool  # titled a letter: its start is a letterhead


def _words(text: str) -> list[str]:
    return [w for w in WORD.findall(markless(text).lower()) if w not in STOPWORDS]


def appendix_list(lines: list[Line]) -> tuple[int, list[Listed]] | None:
    """The last run of 'Appendix X: title' lines (blank lines between are allowed) and the
    index just after it; None when the paper lists no appendices."""
    found: list[tuple[int, re.Match[str]]] = []
    for k, line in enumerate(lines):
        match = LISTED.match(line.text.strip())
        if match:
            found.append((k, match))
    if not found:
        return None
    run = [found[-1]]
    for k, match in reversed(found[:-1]):
        if any(line.text.strip() for line in lines[k + 1 : run[0][0]]):
            break
        run.insert(0, (k, match))
    listed = [
        Listed(
            label=m["label"],
            title=markless(f"Appendix {m['label']}: {m['title']}"),
            words=tuple(_words(m["title"])),
            line=lines[k].number,
            letter="letter" in _words(m["title"]),
        )
        for k, m in run
    ]
    return run[-1][0] + 1, listed


def title_share(words: tuple[str, ...], text: str) -> float:
    """The share of an appendix title's words found in a heading (fuzzy, per word)."""
    if not words:
        return 0.0
    heading = _words(text)
    if not heading:
        return 0.0
    hits = sum(
        1
        for w in words
        if process.extractOne(w, heading, scorer=fuzz.ratio, score_cutoff=WORD_MATCH) is not None
    )
    return hits / len(words)


def heading_blocks(lines: list[Line], begin: int) -> list[tuple[int, str]]:
    """Runs of consecutive heading-like lines from `begin` on, as (first index, joined
    text): a title printed over two lines ("Selection Process / MEDIA ASSESSMENT") is one."""
    blocks: list[tuple[int, str]] = []
    k = begin
    while k < len(lines):
        if not heading_like(lines[k].text):
            k += 1
            continue
        first = k
        texts = []
        while k < len(lines) and lines[k].text.strip() and heading_like(lines[k].text):
            texts.append(markless(lines[k].text))
            k += 1
        if k < len(lines) and lines[k].text.strip():
            continue  # the run runs into a paragraph: a paragraph's first lines, not a heading
        if signed(texts):
            continue  # a close, not a heading
        blocks.append((first, " ".join(texts)))
    return blocks


def letterhead_start(lines: list[Line], salutation: int, floor: int) -> int:
    """Walk up from 'Dear ...' over the letterhead (sender, address, reference: short lines
    and blank lines) to its first line; never above `floor`."""
    start = salutation
    k = salutation - 1
    while k >= floor:
        text = lines[k].text.strip()
        if text:
            if len(text) > 60 or text.endswith((".", ":")) or text.startswith(("<", "-", "http")):
                break
            start = k
        k -= 1
    return start


def signed(block: list[str]) -> bool:
    """A signed and dated close: a titled name first, a date last, two to four lines."""
    if not 2 <= len(block) <= 4:
        return False
    return bool(TITLED_NAME.match(block[0]) and MONTH_YEAR.match(block[-1]))


def after_signatures(lines: list[Line], begin: int) -> list[int]:
    """First lines after a signed and dated close ('Ms Henu Cummins / Independent member /
    November 2022'): what follows a signature is another paper."""
    found = []
    k = begin
    while k < len(lines):
        if not lines[k].text.strip():
            k += 1
            continue
        block_start = k
        while k < len(lines) and lines[k].text.strip():
            k += 1
        block = [markless(line.text) for line in lines[block_start:k]]
        if signed(block):
            nxt = next_text(lines, k - 1)
            if nxt is not None:
                found.append(nxt)
    return found


def after_contacts(lines: list[Line], begin: int) -> list[int]:
    """First lines of headings after a paragraph that invites contact by email ('For any
    queries ... please contact ... by email: ...'): application packs and adverts end so,
    and the next heading is the next paper."""
    found = []
    for k in range(begin, len(lines)):
        text = lines[k].text
        if "@" not in text or not (EMAIL.search(text) and INVITATION.search(text)):
            continue
        nxt = next_text(lines, k)
        if nxt is not None and nxt > k + 1 and heading_like(lines[nxt].text):
            found.append(nxt)
    return found


def candidate_scores(lines: list[Line], begin: int, listed: list[Listed]) -> dict[int, list[float]]:
    """For each line index that may start an appendix, how well it fits each listed one."""
    scores: dict[int, list[float]] = {}

    def offer(index: int, k: int, score: float) -> None:
        row = scores.setdefault(index, [0.0] * len(listed))
        row[k] = max(row[k], score)

    for index, text in heading_blocks(lines, begin):
        for k, entry in enumerate(listed):
            share = title_share(entry.words, text)
            if share >= MIN_SHARE:
                offer(index, k, share)
    for index in after_signatures(lines, begin):
        for k in range(len(listed)):
            offer(index, k, AFTER_SIGNATURE_SCORE)
    for index in after_contacts(lines, begin):
        for k in range(len(listed)):
            offer(index, k, AFTER_CONTACT_SCORE)
    salutations = [k for k in range(begin, len(lines)) if SALUTATION.match(lines[k].text.strip())]
    for k, entry in enumerate(listed):
        if entry.letter:
            for salutation in salutations:
                offer(letterhead_start(lines, salutation, begin), k, LETTER_SCORE)
    return scores


def choose_starts(scores: dict[int, list[float]], count: int, size: int) -> list[int | None]:
    """Starts for the listed appendices, strictly in the listed order, that agree best with
    the titles overall (an ordered alignment, count x candidates steps); ties go to the
    earlier line, then to the earlier appendix."""
    positions = sorted(scores)
    m = len(positions)

    def value(k: int, q: int) -> float:
        # the tie-breakers are far smaller than any difference of shares
        return scores[positions[q]][k] - positions[q] / (size + 1) * 1e-6 + (count - k) * 1e-9

    # best[k][q]: the best total for appendices k.. placed on candidates q..
    best = [[0.0] * (m + 1) for _ in range(count + 1)]
    take = [[False] * (m + 1) for _ in range(count + 1)]  # appendix k starts at candidate q
    for k in range(count - 1, -1, -1):
        for q in range(m - 1, -1, -1):
            here = value(k, q) + best[k + 1][q + 1] if scores[positions[q]][k] > 0 else -1.0
            later = max(best[k][q + 1], best[k + 1][q])  # candidate q unused, or k not found
            take[k][q] = here >= later
            best[k][q] = max(here, later)
    starts: list[int | None] = []
    q = 0
    for k in range(count):
        while q < m and not take[k][q] and best[k][q + 1] >= best[k + 1][q]:
            q += 1  # k starts later
        if q < m and take[k][q]:
            starts.append(positions[q])
            q += 1
        else:
            starts.append(None)
    return starts


def own_heading(lines: list[Line], listed_title: str) -> str | None:
    """An appendix's first heading as printed (a title over two lines joined), when it
    has words its listed title lacks; None when it opens with text, not a heading."""
    blocks = heading_blocks(lines, 0)
    if not blocks or any(line.text.strip() for line in lines[: blocks[0][0]]):
        return None
    heading = blocks[0][1]
    listed = set(_words(listed_title))
    return heading if set(_words(heading)) - listed else None


def split_appendices(part: Part, file: str, diagnostics: Diagnostics) -> list[Part]:
    """The report, then each of its appendices whose start was found, as parts; a paper
    that lists no appendices comes back alone and unchanged."""
    if part.kind is not DocumentKind.REPORT:
        return [part]
    found = appendix_list(part.lines)
    if found is None:
        return _attachment_at_end(part)
    begin, listed = found
    if len(listed) > MAX_LISTED:
        diagnostics.warn(
            file,
            listed[0].line,
            "appendix-list-too-long",
            f"{len(listed)} appendices listed; more than {MAX_LISTED}, so none is cut off",
        )
        return [part]
    subject = set(_words(part.title))
    listed = [
        Listed(e.label, e.title, tuple(w for w in e.words if w not in subject) or e.words,
               e.line, e.letter)
        for e in listed
    ]  # fmt: skip
    lines = part.lines
    starts = choose_starts(candidate_scores(lines, begin, listed), len(listed), len(lines))
    first = next((s for s in starts if s is not None), None)
    if first is not None and starts[0] == first:
        # the list closes the report: short title lines between it and the first appendix's
        # heading are that appendix's cover ("Chief Constable of Kent Police")
        between = [line for line in lines[begin:first] if line.text.strip()]
        if all(heading_like(line.text) for line in between):
            starts[0] = next(k for k in range(begin, first + 1) if lines[k].text.strip())
    cuts = [s for s in starts if s is not None]
    if not cuts:
        for entry in listed:
            _not_found(diagnostics, file, entry, part.title)
        return [part]
    ends = iter([*cuts[1:], len(lines)])
    pieces: list[Part] = []
    previous = part.title
    for entry, start in zip(listed, starts, strict=True):
        if start is None:
            _not_found(diagnostics, file, entry, previous)
            continue
        body = lines[start : next(ends)]
        pieces.append(
            Part(
                kind=DocumentKind.APPENDIX,
                title=entry.title,
                lines=body,
                layout=Layout.APPENDIX,
                parent=part,
                appendix_label=entry.label,
                listed_at=entry.line,
                heading=None if entry.letter else own_heading(body, entry.title),
            )
        )
        link_listing(pieces[-1], lines)
        previous = entry.title
    part.lines = lines[: cuts[0]]
    part.appendices = pieces
    return [part, *pieces]


#: "A copy of the Temporary Chief Constable's presentation ... can be found at the end of
#: this paper": an attachment the report does not list as "Appendix X".
AT_END = re.compile(
    r"\b(?:can be found|is attached|are attached|is included|is appended)\s+"
    r"at the end of this (?:paper|report)\b",
    re.IGNORECASE,
)
RECOMMENDATION = re.compile(r"^\**\s*Recommendations?\s*:?\s*\**$", re.IGNORECASE)


#: "Please see Appendix A.", "attached at Appendix A is a case study": the report points to
#: an appendix it does not list.
POINTS_TO = re.compile(
    r"\b(?:see|at|as|in)\s+Appendix\s+(?P<label>[A-Z]{1,2}|\d{1,2})\b(?!\s*[:–—-]\s*\S)"
)
#: A short title line that ends with a full stop ("Case Study – collaborative preventative
#: working."): at most this many words, over a paragraph.
TITLE_WITH_STOP_WORDS = 10


def pointed_label(lines: list[Line]) -> str | None:
    """The one appendix label a report points to ("Please see Appendix A"); None when it
    points to none or to several (which of them is at the end is then unknown)."""
    labels = {m["label"] for line in lines for m in POINTS_TO.finditer(line.text)}
    return labels.pop() if len(labels) == 1 else None


def _opens_attachment(text: str) -> bool:
    """A heading-like line, or a short title that closes with a full stop."""
    if heading_like(text):
        return True
    plain = markless(text)
    return (
        plain.endswith(".")
        and heading_like(plain[:-1])
        and (len(plain.split()) <= TITLE_WITH_STOP_WORDS)
    )


def attachment_start(lines: list[Line]) -> int | None:
    """Where an attachment 'at the end of this paper' (or the one appendix the report
    points to) starts: the first heading-like line after the paragraph under the report's
    last 'Recommendation:' (the report's close); None when the report says of no such
    attachment or its close is not found."""
    if not any(AT_END.search(line.text) for line in lines) and pointed_label(lines) is None:
        return None
    closing = [k for k, line in enumerate(lines) if RECOMMENDATION.match(line.text.strip())]
    if not closing:
        return None
    k = closing[-1] + 1
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    while k < len(lines) and lines[k].text.strip():
        k += 1  # the recommendation itself
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    if k >= len(lines) or not _opens_attachment(lines[k].text):
        return None
    return k if next_text(lines, k) is not None else None  # a title over nothing is the paper's end


def _attachment_at_end(part: Part) -> list[Part]:
    """A report with one attachment after its close that it does not list: a paper titled
    by its own first line (after the label the report points to it by, if any), listed at
    the sentence that says where it is."""
    start = attachment_start(part.lines)
    if start is None:
        return [part]
    label = pointed_label(part.lines[:start])
    said = next(
        line.number
        for line in part.lines
        if AT_END.search(line.text) or (label and POINTS_TO.search(line.text))
    )
    heading = markless(part.lines[start].text).removesuffix(".")
    attachment = Part(
        kind=DocumentKind.APPENDIX,
        title=f"Appendix {label}: {heading}" if label else heading,
        lines=part.lines[start:],
        layout=Layout.APPENDIX,
        parent=part,
        appendix_label=label,
        listed_at=said,
    )
    link_listing(attachment, part.lines)
    part.lines = part.lines[:start]
    part.appendices = [attachment]
    return [part, attachment]


def link_listing(appendix: Part, report_lines: list[Line]) -> None:
    """Which words of the line that lists or points to an appendix link to it: the phrase
    "can be found at the end of this paper" of an unlabelled attachment, or a whole
    "Appendix A: Title" entry of the report's list (decided here, so the page writer never
    reads the report's lines again)."""
    entry = next((x for x in report_lines if x.number == appendix.listed_at), None)
    if entry is None:
        return
    at_end = AT_END.search(entry.text)
    if appendix.appendix_label is None and at_end:
        appendix.listed_phrase = at_end.group(0)
    elif LISTED.match(entry.text.strip()):
        appendix.listed_phrase = entry.text.strip().strip("*").strip()
        appendix.listed_whole_line = True


def _not_found(diagnostics: Diagnostics, file: str, entry: Listed, inside: str) -> None:
    diagnostics.warn(
        file,
        entry.line,
        "appendix-not-found",
        f"{entry.title!r}: its start was not found; its text stays in {inside!r}",
    )
