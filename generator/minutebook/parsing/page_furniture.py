"""Page furniture of printed minutes: "Page 2 of 5" and the running footer beside it, and
a capitals heading the conversion glued to the sentence after it.

Council minutes are printed page by page with a footer that names the meeting ("Borough
Planning Committee 5 April 2018") over a page count ("Page 1 of 3"). Converted to text,
both land in the middle of whatever ran across the page break: a list of apologies, a
paragraph. Each rule here is one quirk, returns what it removed as `Furniture`, and
never loses a word of the document's own.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Furniture, Line

#: "Page 2 of 5", "Page 12 of 40": a page count printed in the footer.
PAGE_OF = re.compile(r"Page\s+\d{1,4}\s+of\s+\d{1,4}", re.IGNORECASE)
#: How far from a page count (in lines with text) a running footer or header is printed.
REACH = 2
#: Longer than this, a line is the document's text, not a footer.
FOOTER_LENGTH = 120
#: "33. MINUTESThe minutes of ...": a numbered heading in capitals glued to its first
#: sentence; the heading ends where a capital starts a word in lower case.
GLUED_CAPITALS = re.compile(
    r"(?P<head>\d{1,4}(?:[./]\d{1,4})?\.?\s+[A-Z][A-Z0-9 ,&'/-]{0,80}[A-Z])"
    r"(?P<text>[A-Z][a-z]{2,}\b.*)"
)


#: "Ashby Parish Council – 9th September 2025      Page 1 of 2": the running footer and the
#: page count on one line (the footer's text, a gap or a rule, then the count)
FOOTER_AND_COUNT = re.compile(
    r"(?P<footer>\S.{2,120}?)(?P<gap>\s{3,}|\t+|\s+[|–—-]\s+|\s+)"
    r"Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?",
    re.IGNORECASE,
)


def footers_with_counts(lines: list[Line]) -> set[int]:
    """The lines that print a running footer and the page count together: the count at
    the line's end after a wide gap (three spaces or a tab), or after the same footer text
    on two or more lines ("Ashby Parish Council – 9th September 2025 Page 1 of 2" ...
    "... Page 2 of 2"). A sentence that ends by citing a page has neither."""
    found: dict[int, re.Match[str]] = {}
    for k, line in enumerate(lines):
        text = line.text.strip()
        if "age" in text and len(text) <= FOOTER_LENGTH + 20:
            match = FOOTER_AND_COUNT.fullmatch(text)
            if match is not None:
                found[k] = match
    repeated = Counter(m["footer"].strip() for m in found.values())
    return {
        k
        for k, m in found.items()
        if repeated[m["footer"].strip()] >= 2 or len(m["gap"]) >= 3 or "\t" in m["gap"]
    }


def _page_counts(lines: list[Line]) -> list[int]:
    return [
        k
        for k, line in enumerate(lines)
        if "age" in line.text and PAGE_OF.fullmatch(line.text.strip())
    ]


def _near(lines: list[Line], at: int) -> list[int]:
    """The indexes of the REACH lines with text either side of line `at`."""
    found: list[int] = []
    for step in (-1, 1):
        k, seen = at + step, 0
        while 0 <= k < len(lines) and seen < REACH:
            if lines[k].text.strip():
                found.append(k)
                seen += 1
            k += step
    return found


def drop_page_counts_and_running_footers(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Drop "Page N of M" lines, and a line printed beside two or more of them word for
    word (the running footer or header naming the meeting): once is the document's own;
    and a footer printed on one line with its page count (`footers_with_counts`)."""
    counts = _page_counts(lines)
    footed = footers_with_counts(lines)
    if not counts and not footed:
        return lines, []
    beside: dict[str, set[int]] = {}  # each text beside a count, and the lines printing it
    for at in counts:
        for k in _near(lines, at):
            text = lines[k].text.strip()
            if len(text) <= FOOTER_LENGTH and not PAGE_OF.fullmatch(text):
                beside.setdefault(text, set()).add(k)
    # printed twice or more: one line between two close counts ("Page 1 of 9" / "Membership"
    # / ... / "Page 2 of 9", a short page flattened) is no running footer
    footers = {text for text, printed in beside.items() if len(printed) >= 2}
    kept: list[Line] = []
    dropped: list[Furniture] = []
    count_set = set(counts)
    for k, line in enumerate(lines):
        if k in count_set:
            dropped.append(Furniture(line, "page-count"))
        elif k in footed or (footers and line.text.strip() in footers):
            dropped.append(Furniture(line, "running-footer"))
        else:
            kept.append(line)
    return kept, dropped


def split_glued_capitals_headings(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Put the first sentence of a numbered capitals heading glued to it ("33. MINUTESThe
    minutes ...") on a line of its own, under the heading."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        # cheap test first: a digit opens the line and two capitals touch a lower case letter
        match = (
            GLUED_CAPITALS.fullmatch(text.strip())
            if text[:1].isdigit() and re.search(r"[A-Z]{2}[a-z]", text[:120])
            else None
        )
        if match:
            out.append(Line(line.number, match["head"]))
            out.append(Line(line.number, match["text"]))
        else:
            out.append(line)
    return out, []


#: A rule printed across the page above its footer: underscores, dashes or box lines
RULE_LINE = re.compile(r"[_─—-]{20,200}")
#: "Haldermoor Fire and Rescue Authority                  19.09.2019": the footer naming
#: the body and, after a wide gap, the meeting's date in figures
DATED_FOOTER = re.compile(
    r"\S.{2,100}?(?:\s{3,80}|\t{1,8})\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})", re.IGNORECASE
)
#: the page's number alone on the line under the footer
PAGE_NUMBER_ALONE = re.compile(r"\d{1,4}")


def drop_ruled_dated_footers(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Drop a footer printed under a rule: the rule, the body's name with the meeting's
    date in figures at the line's end, and the page's number alone under it. Converted to
    text, the three land in whatever ran across the page break (a list of those present);
    a rule over anything else (a signature's line, a table) stays."""
    dropped_at: set[int] = set()
    for k, line in enumerate(lines):
        if not RULE_LINE.fullmatch(line.text.strip()):
            continue
        following = [j for j in range(k + 1, min(len(lines), k + 4)) if lines[j].text.strip()]
        if not following or not DATED_FOOTER.fullmatch(lines[following[0]].text.strip()):
            continue
        dropped_at.update({k, following[0]})
        if len(following) > 1 and PAGE_NUMBER_ALONE.fullmatch(lines[following[1]].text.strip()):
            dropped_at.add(following[1])
    if not dropped_at:
        return lines, []
    kept = [line for k, line in enumerate(lines) if k not in dropped_at]
    dropped = [Furniture(lines[k], "ruled-footer") for k in sorted(dropped_at)]
    return kept, dropped


#: "Page 3 of 40 4 Budget Review 21 -": the page count glued before the first line of
#: the next page (the line break after the footer lost), the page's text after it
LEADING_PAGE_COUNT = re.compile(r"(?P<head>Page\s+\d{1,4}\s+of\s+\d{1,4})\s+(?P<rest>\S.*)")


def _cut_leading(
    lines: list[Line], pattern: re.Pattern[str], rule: str
) -> tuple[list[Line], list[Furniture]]:
    """Cut the furniture `pattern` finds opening a line (its group "head", before "rest")
    off as `rule`'s, keeping the rest of the line on the line's number. A line without
    "Page" in its first words is kept without running the pattern (most lines)."""
    kept: list[Line] = []
    dropped: list[Furniture] = []
    for line in lines:
        text = line.text.strip()
        match = pattern.fullmatch(text) if "Page" in text[:8] else None
        if match is None:
            kept.append(line)
            continue
        dropped.append(Furniture(Line(line.number, match["head"]), rule))
        kept.append(Line(line.number, match["rest"]))
    return kept, dropped


def split_leading_page_counts(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Cut a page count glued to the start of a line off as furniture, keeping the rest
    of the line (the next page's first words) on the line's number."""
    return _cut_leading(lines, LEADING_PAGE_COUNT, "glued-page-count")


#: An agenda's line ending with a page range cut after its dash: "4 Budget 21 -"
OPEN_RANGE = re.compile(r".*\s(?P<first>\d{1,4})\s?[-–]")
#: The next line opening with the range's last page, then the next item: "30 5 Title"
CLOSING_PAGE = re.compile(r"(?P<last>\d{1,4})\s+(?P<rest>\d{1,3}[.)]?\s+\S.*)")
#: The most pages one item's paper runs to
MAX_RANGE = 400


def rejoin_wrapped_page_ranges(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Put the last page of a range cut at the line's end ("4 Budget 21 -") back after
    its dash, from the start of the next line with text ("30 5 Pay Policy 31 -"),
    where it sits before the next item's number: past the range's first page and within
    a paper's length of it."""
    out = list(lines)
    for k, line in enumerate(out):
        if not line.text.rstrip().endswith(("-", "–")):
            continue
        opening = OPEN_RANGE.fullmatch(line.text.rstrip())
        j = next((j for j in range(k + 1, min(k + 3, len(out))) if out[j].text.strip()), None)
        if opening is None or j is None:
            continue
        closing = CLOSING_PAGE.fullmatch(out[j].text.strip())
        if closing is None:
            continue
        first, last = int(opening["first"]), int(closing["last"])
        if not first < last <= first + MAX_RANGE:
            continue
        out[k] = Line(line.number, f"{line.text.rstrip()} {closing['last']}")
        out[j] = Line(out[j].number, closing["rest"])
    return out, []


#: "Page 1. To receive apologies", "1 Page 4. Proposals for ...": the page column's
#: heading (after the page's number, at a page's top) glued before an item's number
PAGE_COLUMN_HEADING = re.compile(r"(?P<head>(?:\d{1,3}\s+)?Page)\s+(?P<rest>\d{1,2}\.\s+[A-Z].*)")


def split_page_column_headings(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Cut the page column's heading "Page" (with the page's number before it, when the
    page broke there) off an agenda item it was glued to, as furniture: "Page 1. To
    receive apologies" is item 1."""
    return _cut_leading(lines, PAGE_COLUMN_HEADING, "page-column-heading")
