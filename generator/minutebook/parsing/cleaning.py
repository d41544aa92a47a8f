"""Cleaning rules: take PDF furniture out of the reading text and mend conversion damage.

Each quirk of the PDF-to-text conversion is one named rule with a fixture cut from the real
documents (see tests/fixtures/quirks/). Rules never lose words: what they remove is
returned as `Furniture` with the source line and the rule's name, so a test can prove that
every source line either reaches a page or was furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Furniture, Line
from .attendance_register_marks import register_lines
from .blank_page_breaks import split_at_blank_page_notices
from .bracketed_markings import strip_bracketed_markings
from .flattened_lines import split_flattened_lines
from .glued_headings import space_after_glued_numbers
from .glued_item_numbers import space_after_stopless_numbers, split_number_after_colon
from .glued_meeting_fields import split_glued_meeting_fields
from .glued_numbered import split_glued_numbered_headings
from .glued_sub_numbers import split_glued_sub_numbers
from .host_furniture import drop_host_furniture
from .inline_tags import strip_inline_tags
from .letter_spacing import close_up_letter_spacing
from .lifted_ordinals import drop_lifted_ordinals
from .minute_book_pages import drop_minute_book_page
from .minute_table_header import strip_minute_table_headers
from .page_furniture import (
    drop_page_counts_and_running_footers,
    drop_ruled_dated_footers,
    rejoin_wrapped_page_ranges,
    split_glued_capitals_headings,
    split_leading_page_counts,
    split_page_column_headings,
)
from .paragraph_tags import unwrap_paragraph_tags
from .pipe_table_rows import unbar_table_rows
from .scan_specks import drop_scan_specks
from .table_bars import strip_table_bars
from .time_column import strip_time_column
from .title_columns import close_title_gaps
from .trailing_labels import split_labels_after_notes, split_trailing_labels
from .web_item_rows import split_item_rows
from .web_page_furniture import drop_site_navigation

RuleResult = tuple[list[Line], list[Furniture]]
Rule = Callable[[list[Line]], RuleResult]


@dataclass(frozen=True)
class CleaningRule:
    name: str
    apply: Rule
    why: str


def _drop_matching(pattern: re.Pattern[str], rule: str, needs: Callable[[str], bool]) -> Rule:
    """A rule dropping the lines `pattern` matches whole. `needs` is a cheap test every
    matching line passes (a word the pattern spells out): a line that fails it is kept
    without running the pattern, which is most lines and most of the cost."""

    def apply(lines: list[Line]) -> RuleResult:
        kept: list[Line] = []
        dropped: list[Furniture] = []
        for line in lines:
            if needs(line.text) and pattern.fullmatch(line.text.strip()):
                dropped.append(Furniture(line, rule))
            else:
                kept.append(line)
        return kept, dropped

    return apply


def strip_trailing_whitespace(lines: list[Line]) -> RuleResult:
    # a line with nothing to strip is kept as it is (Line is immutable): no new object
    return [
        Line(line.number, stripped) if (stripped := line.text.rstrip()) != line.text else line
        for line in lines
    ], []


def spaces_for_non_breaking(lines: list[Line]) -> RuleResult:
    """Word processors set a minute's number apart from its title, and indent its text,
    with non-breaking spaces ("32/15\u00a0\u00a0\u00a0DECLARATION OF INTEREST"); read as
    ordinary spaces, so a number's gap is a gap to every rule, the widths kept."""
    return [
        Line(line.number, line.text.replace("\u00a0", " ")) if "\u00a0" in line.text else line
        for line in lines
    ], []


# "### Item 3", "## Item 3": the running page header of a report inside an agenda pack.
PAGE_HEADER = re.compile(r"#{1,6}\s*Item\s+[A-Z]?\d+[a-z]?")
#: "Item 3" on a line of its own: the running header where the conversion lost its '#'.
BARE_PAGE_HEADER = re.compile(r"Item\s+[A-Z]?\d+[a-z]?")


def drop_page_headers(lines: list[Line]) -> RuleResult:
    """Drop the running page header ("### Item 3"), and the same words alone on a line
    ("Item 3", the header where the conversion lost its '#'), but the bare words only in a
    document that prints that running header: alone, they could be the document's own."""
    headers = {
        re.sub(r"\s+", " ", re.sub(r"^#+\s*", "", line.text.strip()))
        for line in lines
        if "Item" in line.text and PAGE_HEADER.fullmatch(line.text.strip())
    }
    kept: list[Line] = []
    dropped: list[Furniture] = []
    for line in lines:
        text = line.text.strip()
        if "Item" not in text:  # both patterns spell it out; most lines lack it
            kept.append(line)
        elif PAGE_HEADER.fullmatch(text) or (
            BARE_PAGE_HEADER.fullmatch(text) and re.sub(r"\s+", " ", text) in headers
        ):
            dropped.append(Furniture(line, "page-header"))
        else:
            kept.append(line)
    return kept, dropped


# "Page 60": page numbers of slides reproduced in a pack.
PAGE_NUMBER = re.compile(r"Page\s+\d+")
#: "1 | Page Council Minutes 18/03/2021", "2 | P a g e": a word processor's page number and
#: its word, then the running footer's words (a date among them, or none); or the word
#: first, "Page | 2"
PIPED_PAGE = re.compile(
    r"\d{1,4}\s?\|\s?P\s?a\s?g\s?e(?:\s[^|]{0,80}?\d{1,2}[./]\d{1,2}[./]\d{2,4})?"
    r"|P\s?a\s?g\s?e\s?\|\s?\d{1,4}"
)
BLANK_PAGE = re.compile(r"(?i)this page is intentionally left blank\.?")
#: How long a line BLANK_PAGE matches can be, stripped: 37 letters and spaces, and a full
#: stop (case-insensitive matching pairs single characters, so the length is fixed).
BLANK_PAGE_LENGTHS = (37, 38)

# "UNRESTRICTED ITEMS**118. Apologies and Substitutes**": a bold heading glued to the line
# before it. The head must not itself contain bold markers, so "**a** and **b**" is left alone.
GLUED_BOLD = re.compile(r"(?P<head>[^*]*[^*\s])\*\*(?P<bold>[^*]+)\*\*")
# "**Force Control Room (FCR) Contact:****999 Emergency call handling:**": two bold runs glued.
DOUBLE_BOLD = re.compile(r"(?P<first>\*\*[^*]+\*\*)(?P<second>\*\*[^*]+\*\*)")


def split_glued_headings(lines: list[Line]) -> RuleResult:
    """Put a bold heading glued to the end of the previous line on a line of its own."""
    out: list[Line] = []
    for line in lines:
        if "**" not in line.text:  # both patterns need bold markers; most lines have none
            out.append(line)
            continue
        match = GLUED_BOLD.fullmatch(line.text)
        if match and not line.text.lstrip().startswith(("-", "•")):
            out.append(Line(line.number, match["head"]))
            out.append(Line(line.number, f"**{match['bold']}**"))
            continue
        match = DOUBLE_BOLD.fullmatch(line.text.strip()) if "****" in line.text else None
        if match:
            out.append(Line(line.number, match["first"]))
            out.append(Line(line.number, match["second"]))
            continue
        out.append(line)
    return out, []


ORDINAL_SUP = re.compile(r"(\d+)<sup>\s*(st|nd|rd|th)\s*</sup>", re.IGNORECASE)


#: "Councillor Walls- City of Bradford MDC", "Jo Sykes- Independent": a name, the dash
#: before its council or post glued to it, the space after kept
GLUED_DASH = re.compile(
    r"^(?P<name>(?:[A-Z][A-Za-z ]{1,30}:[ ]?)?(?:[A-Z][\w'’.]*[ ]){1,4}[A-Z][a-z'’]+"
    r"(?:[ ]\([^()]{1,30}\))?)[-–—][ ](?=[A-Z])"
)
#: "PRESENT:Councillor Lowe", "IN ATTENDANCE:Jonathan Skinner": an attendance label glued to
#: the first name after its colon
GLUED_LABEL = re.compile(
    r"^(?P<label>(?:(?:MEMBERS|Members)[ ])?(?:PRESENT|Present)|IN[ ]ATTENDANCE|In[ ]attendance"
    r"|ALSO[ ]PRESENT|Also[ ]present|APOLOGIES|Apologies|ABSENT|Absent):(?=[A-Z])"
)
#: longest line read so (a list's entry, never a paragraph)
GLUED_DASH_LINE = 120


def space_before_glued_dashes(lines: list[Line]) -> RuleResult:
    """ "Councillor Walls- City of Bradford MDC" reads as "Councillor Walls - City of
    Bradford MDC", a capacity after a spaced dash: a PDF's table of names and councils
    converts with the dash glued to the name. Only a short line opening with a name in
    title case (after a label, "PRESENT:"): "well- being" in a sentence is left alone. A
    label glued to the first name ("PRESENT:Councillor Lowe") gets its space back too."""
    out = []
    for line in lines:
        text = GLUED_LABEL.sub(r"\g<label>: ", line.text) if ":" in line.text else line.text
        match = GLUED_DASH.match(text) if len(text) <= GLUED_DASH_LINE else None
        if match is None and text != line.text:
            line = Line(line.number, text)
        if match is not None:
            line = Line(line.number, f"{match['name']} - {text[match.end() :]}")
        out.append(line)
    return out, []


def flatten_ordinal_superscripts(lines: list[Line]) -> RuleResult:
    """ "14<sup>th</sup>" reads (and parses as a date) as "14th"."""
    return [
        Line(line.number, ORDINAL_SUP.sub(r"\1\2", line.text)) if "<" in line.text else line
        for line in lines
    ], []


#: A description of a picture the PDF carried, written in by the conversion ("A handwritten
#: signature in black ink, appearing to read 'M Scott', with a long horizontal flourish ...").
#: Conservative: the line must start "A/An <up to three words> <picture noun>" and carry a
#: word that only a description of a picture uses, so a report's sentence that merely
#: mentions a picture ("A suspect repeatedly sent indecent images ...") stays.
IMAGE_DESCRIPTION = re.compile(
    r"An?\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:signature|image|photograph|photo|logo|picture|chart|graph|diagram|illustration"
    r"|crest|emblem|icon|banner)\s+(?:in|of|showing|depicting|with|featuring|appearing)\b"
    r"[^\t]{0,400}"
)
IMAGE_CUE = re.compile(
    r"(?i)\b(?:appearing to (?:read|show)|depicting|handwritten|in (?:black|blue) ink|flourish)\b"
)


def drop_image_descriptions(lines: list[Line]) -> RuleResult:
    """A picture's description is furniture: the reader of the page never saw it as text."""
    kept: list[Line] = []
    dropped: list[Furniture] = []
    for line in lines:
        text = line.text.strip()
        if IMAGE_DESCRIPTION.fullmatch(text) and IMAGE_CUE.search(text):
            dropped.append(Furniture(line, "image-description"))
        else:
            kept.append(line)
    return kept, dropped


#: Where an opening bold marker goes: after the indent and a bullet ("- ", " - ").
LINE_START = re.compile(r"^(?P<lead>\s*(?:[-•]\s+)?)(?P<text>.*)$")


def _open_bold(text: str) -> str:
    match = LINE_START.match(text)
    assert match is not None  # the pattern matches any line
    return f"{match['lead']}**{match['text']}"


def balance_bold_markers(lines: list[Line]) -> RuleResult:
    """Close a bold run the conversion left open, so no page shows a literal '**'.

    A run over two lines ("**Chief Constable Selection Process" / "MEDIA ASSESSMENT**")
    is closed on the first line and reopened on the second; a lone closing marker at the
    end of a line ("- Protect young people and provide opportunities**") gets its opening
    marker at the start of the line (a lone opening marker, its closing one at the end);
    any other stray marker is dropped (a space kept in its place between two words). Only
    markers change: every word stays.
    """
    out = list(lines)
    i = 0
    while i < len(out):
        text = out[i].text
        count = text.count("**")
        if count % 2 == 0:
            i += 1
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            nxt is not None
            and nxt.text.count("**") % 2 == 1
            and not text.rstrip().endswith("**")
            and not nxt.text.lstrip().startswith("**")
            and "\t" not in text + nxt.text
        ):
            out[i] = Line(out[i].number, text.rstrip() + "**")
            out[i + 1] = Line(nxt.number, _open_bold(nxt.text))
            i += 2
            continue
        stripped = LINE_START.match(text)
        body = stripped["text"] if stripped else text
        if count == 1 and text.rstrip().endswith("**") and not body.startswith("**"):
            out[i] = Line(out[i].number, _open_bold(text))
        elif count == 1 and body.startswith("**") and len(body) > 2:
            out[i] = Line(out[i].number, text.rstrip() + "**")
        else:
            head, _, tail = text.rpartition("**")
            glue = " " if head[-1:].strip() and tail[:1].strip() else ""  # "A**B": two words
            out[i] = Line(out[i].number, head + glue + tail)
        i += 1
    return out, []


#: A list item's marker: an optional bullet, then "4." / "b." / "iii)" before its text.
LIST_ITEM = re.compile(
    r"^(?P<indent>[ ]*)(?P<bullet>[-•]\s+)?(?P<marker>\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s+\S"
)
#: An unnumbered bullet ("- His work with Central Government ...") and its indent.
PLAIN_BULLET = re.compile(r"^(?P<indent>[ ]*)[-•]\s+(?!(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s)\S")
#: How far back (in source lines) a list's previous item is looked for: a page break with
#: its furniture and blank lines sits between them, a new section does not.
LIST_REACH = 30
#: A list, as the cleaning sees it: bulleted or not, kind of marker, indent.
ListKey = tuple[bool, str, int]
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def _item_values(marker: str) -> list[tuple[str, int]]:
    """The (kind, value) readings of a list marker: "c" is letter 3, "iv" roman 4, and a
    lone "i", "v" or "x" may be either."""
    if marker.isdigit():
        return [("digit", int(marker))]
    values = []
    if len(marker) == 1:
        values.append(("letter", ord(marker) - ord("a") + 1))
    if marker in ROMAN:
        values.append(("roman", ROMAN[marker]))
    return values


def _reindent(text: str, indent: int) -> str:
    return " " * indent + text.lstrip(" ")


def mend_list_indents(lines: list[Line]) -> RuleResult:
    """Give a list item the indent of the list it continues.

    Page breaks and the conversion move items of one list to another indent: sub-item
    " - 3." of a minute is followed, after a page break, by "- 4." at the top level (and
    read as the minute's paragraph 4); paragraphs "6." / " 7." / " 8."; a sub-list "- a." /
    " - b." / " - c."; an unnumbered sub-list with one item pushed out after a blank line.
    An item takes the indent of the recent item its marker continues (same kind of marker,
    previous value) when no item at its own indent does; an unnumbered bullet after a gap
    takes the indent of the bullets on both sides of it. Only indents change.
    """
    out = list(lines)
    last: dict[ListKey, tuple[int, int]] = {}  # the latest item of each list: (value, line)
    for k, line in enumerate(out):
        if line.text.lstrip().startswith("#"):
            last.clear()
            continue
        match = LIST_ITEM.match(line.text)
        if match:
            indent = len(match["indent"])
            bullet = bool(match["bullet"])
            readings = _item_values(match["marker"])
            near = {
                key: value for key, (value, at) in last.items() if line.number - at <= LIST_REACH
            }
            continues_here = any(
                near.get((bullet, kind, indent)) == value - 1 for kind, value in readings
            )
            if not continues_here:
                for kind, value in readings:
                    others = [
                        key[2]
                        for key, seen in near.items()
                        if key[:2] == (bullet, kind) and key[2] != indent and seen == value - 1
                    ]
                    if value > 1 and len(others) == 1:
                        indent = others[0]
                        out[k] = Line(line.number, _reindent(line.text, indent))
                        break
            for kind, value in readings:
                last[(bullet, kind, indent)] = (value, line.number)
            continue
        bullet_match = PLAIN_BULLET.match(line.text)
        if bullet_match and k > 0 and not out[k - 1].text.strip():
            previous = next((x for x in reversed(out[:k]) if x.text.strip()), None)
            following = out[k + 1] if k + 1 < len(out) else None
            before = PLAIN_BULLET.match(previous.text) if previous else None
            after = PLAIN_BULLET.match(following.text) if following else None
            if (
                before
                and after
                and before["indent"] == after["indent"]
                and before["indent"] != bullet_match["indent"]
            ):
                out[k] = Line(line.number, _reindent(line.text, len(before["indent"])))
    return out, []


RULES: tuple[CleaningRule, ...] = (
    CleaningRule("trailing-whitespace", strip_trailing_whitespace, "PDF text pads lines"),
    CleaningRule(
        "non-breaking-spaces", spaces_for_non_breaking, "a number's gap set in non-breaking spaces"
    ),
    CleaningRule("table-bars", strip_table_bars, "a table's cell border closes every line"),
    CleaningRule(
        "pipe-table-rows", unbar_table_rows, "a paper typed in a table, each row between bars"
    ),
    CleaningRule(
        "paragraph-tags", unwrap_paragraph_tags, "a conversion kept the page's paragraph tags"
    ),
    CleaningRule(
        "inline-tags", strip_inline_tags, "a host kept each word's emphasis tags and line breaks"
    ),
    CleaningRule(
        "bracketed-marking",
        strip_bracketed_markings,
        "a page's classification in brackets flowed into the record's text",
    ),
    CleaningRule(
        "flattened-register",
        register_lines,
        "a register of members marked P or A runs on along one line",
    ),
    CleaningRule(
        "flattened-page",
        split_flattened_lines,
        "some conversions print a whole page or paper on one line",
    ),
    CleaningRule(
        "glued-meeting-field",
        split_glued_meeting_fields,
        "a table's title cell run into its first field's",
    ),
    CleaningRule("scan-specks", drop_scan_specks, "OCR reads a scan's specks as letters"),
    CleaningRule(
        "minute-book-page",
        drop_minute_book_page,
        "a minute book's page number runs into the record's title",
    ),
    CleaningRule(
        "host-furniture", drop_host_furniture, "a host's title and controls above the paper"
    ),
    CleaningRule("page-header", drop_page_headers, "running header per page"),
    CleaningRule(
        "page-count",
        drop_page_counts_and_running_footers,
        "minutes print 'Page N of M' and the meeting's name on every page",
    ),
    CleaningRule(
        "glued-page-count",
        split_leading_page_counts,
        "a page count glued before the next page's first line",
    ),
    CleaningRule(
        "page-column-heading",
        split_page_column_headings,
        "an agenda's page column heading glued before an item's number",
    ),
    CleaningRule(
        "wrapped-page-range",
        rejoin_wrapped_page_ranges,
        "an item's last page wraps onto the next item's line",
    ),
    CleaningRule(
        "ruled-footer",
        drop_ruled_dated_footers,
        "a footer under a rule names the body and the date, with the page number under it",
    ),
    CleaningRule(
        "page-number",
        _drop_matching(PAGE_NUMBER, "page-number", lambda text: "Page" in text),
        "slide page numbers",
    ),
    CleaningRule(
        "piped-page-number",
        _drop_matching(PIPED_PAGE, "piped-page-number", lambda text: "|" in text),
        "a word processor's footer prints '1 | Page' and the paper's name and date",
    ),
    CleaningRule("blank-page-run-on", split_at_blank_page_notices, "pages run into one line"),
    CleaningRule(
        "blank-page-notice",
        _drop_matching(
            BLANK_PAGE, "blank-page-notice", lambda text: len(text.strip()) in BLANK_PAGE_LENGTHS
        ),
        "printed on the back of every odd-length paper",
    ),
    CleaningRule("image-description", drop_image_descriptions, "the conversion describes pictures"),
    CleaningRule("time-column", strip_time_column, "minutes note the time each item began"),
    CleaningRule("minute-table-header", strip_minute_table_headers, "a minutes table's header"),
    CleaningRule("site-navigation", drop_site_navigation, "a web page's links and footer under it"),
    CleaningRule(
        "web-item-rows", split_item_rows, "a web page's items table printed one row a line"
    ),
    CleaningRule("glued-heading", split_glued_headings, "headings lose their line break"),
    CleaningRule(
        "trailing-label",
        split_trailing_labels,
        "a list's label runs onto the end of the dated line above its names",
    ),
    CleaningRule(
        "label-after-note",
        split_labels_after_notes,
        "an attendance label and its names run on after a note's last sentence",
    ),
    CleaningRule(
        "glued-capitals-heading",
        split_glued_capitals_headings,
        "a capitals heading loses its line break",
    ),
    CleaningRule(
        "glued-numbered-heading",
        split_glued_numbered_headings,
        "a numbered heading loses the line break after the previous sentence",
    ),
    CleaningRule(
        "glued-sub-number",
        split_glued_sub_numbers,
        "an item's numbered sub-items run on after its title's full stop",
    ),
    CleaningRule(
        "glued-minute-number",
        space_after_glued_numbers,
        "a minute's number loses the space before its capitals heading",
    ),
    CleaningRule(
        "glued-item-number",
        space_after_stopless_numbers,
        "an items table's number cell loses the gap before its title cell",
    ),
    CleaningRule(
        "number-after-colon",
        split_number_after_colon,
        "the first item's number glued to the summons's closing colon",
    ),
    CleaningRule("unbalanced-bold", balance_bold_markers, "bold runs lose a marker"),
    CleaningRule("list-item-indent", mend_list_indents, "page breaks move list items"),
    CleaningRule("ordinal-superscript", flatten_ordinal_superscripts, "ordinals as <sup>"),
    CleaningRule(
        "lifted-ordinal",
        drop_lifted_ordinals,
        "a converter prints an ordinal's raised letters away from its day",
    ),
    CleaningRule(
        "glued-dash", space_before_glued_dashes, "a name's dash before its post loses a space"
    ),
    CleaningRule(
        "letter-spacing", close_up_letter_spacing, "tracked labels convert as spaced letters"
    ),
    CleaningRule("title-gap", close_title_gaps, "a roll's titles typed in a column of their own"),
)


def clean(text: str) -> tuple[list[Line], list[Furniture]]:
    """Apply every rule in order; return the reading lines and the furniture removed."""
    lines = [Line(number, text) for number, text in enumerate(text.split("\n"), start=1)]
    furniture: list[Furniture] = []
    for rule in RULES:
        lines, removed = rule.apply(lines)
        furniture.extend(removed)
    return lines, furniture
