"""Source lines -> safe, readable Markdown, one named rule per construct.

Document text is untrusted: no markup from it may run in a reader's browser. The few HTML
fragments the conversions really contain (<b>, <i>, <sup>, <p>, <ul>) become Markdown;
every other '<' and '>' is escaped, so the text shows as text. Links survive only with an
http(s) or mailto target; a link to a bare '#' (a link the PDF lost) becomes plain text;
images become their alt text, so no page ever loads anything from a third-party host.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Mapping, Sequence

from ...model import Line, Part
from ..folding import FOLD_CHARACTERS, fold

HTML_BOLD = re.compile(r"</?(?:b|strong)\s*>", re.IGNORECASE)
HTML_ITALIC = re.compile(r"</?(?:i|em)\s*>", re.IGNORECASE)
HTML_SUP = re.compile(r"</?sup\s*>", re.IGNORECASE)
HTML_BREAK = re.compile(r"</?(?:p|br|ul|ol|li)(?:\s[^<>]{0,200})?\s*/?>", re.IGNORECASE)
AUTOLINK = re.compile(r"<(?P<url>https?://[^\s<>]{1,500})>")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]{0,300})\]\([^)]{0,1000}\)")
LINK = re.compile(r"\[(?P<text>[^\]]{0,500})\]\((?P<url>[^)\s]{0,1000})(?:\s+\"[^\"]{0,200}\")?\)")
SAFE_URL = re.compile(r"^(?:https?://|mailto:)", re.IGNORECASE)
BULLET = re.compile(r"^(?P<indent>\s*)(?:[-•*]|\u2022)\s+(?P<text>.*)$")
#: A resolution of the body ("RESOLVED: To **note** ...", "**RESOLVED** that ..."): shown
#: apart, so a reader scanning the minutes sees what was decided.
RESOLUTION = re.compile(r"^\s*(?:\*\*)?RESOLVED\b")
#: A list item's own marker: "a." (a letter, not one that could be a roman numeral) or "4.".
ITEM_MARKER = re.compile(r"^(?:(?P<letter>[a-hj-uw-z])|(?P<digits>\d{1,3}))[.)]\s")
#: Markdown's own block syntax at the start of a source line, which must stay text: an ATX
#: heading ("# Title") and an ordered-list item ("3. Text"). Which lines are headings, and at
#: what level, was decided in parsing (`Part.headings`); here they are only escaped.
HEADING = re.compile(r"^(?P<hashes>#{1,6})(?P<rest>.*)$")
NUMBERED = re.compile(r"^(?P<number>\d{1,3})\.(?P<rest>\s.*)$")
#: A '#' line longer than this is a paragraph, not a heading (its text would be a page
#: title, a table of contents entry and an id).
HEADING_CHARACTERS = 500
#: What BULLET's marker can be: the first character of a bullet line, stripped.
BULLET_MARKS = frozenset("-•*")


def _escape_block_syntax(text: str) -> str:
    """ "3. Text" -> "3\\. Text" and "# Text" -> "\\# Text", so Markdown starts no numbered
    list or heading of its own (a heading parsing read comes as a replacement)."""
    if text.startswith("#"):
        return "\\" + text
    if not text[:1].isdigit():  # NUMBERED needs a leading digit: most lines have none
        return text
    return NUMBERED.sub(lambda m: f"{m['number']}\\.{m['rest']}", text)


def _html_fragments(text: str) -> str:
    if "<" not in text:  # most lines: no tag, no autolink (and far cheaper than five regexes)
        return text.replace(">", "&gt;")
    text = AUTOLINK.sub(lambda m: f"[{m['url']}]({m['url']})", text)
    text = HTML_BOLD.sub("**", text)
    text = HTML_ITALIC.sub("*", text)
    text = HTML_SUP.sub("", text)
    text = HTML_BREAK.sub(" ", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _links(text: str) -> str:
    """Document text with its safe inline links kept and every other '[' escaped: an
    image becomes its alt text, a link to anything but http(s) or mailto its text, and
    no bracket left can open a link, an image or a reference definition ("[1]: x.pdf" at
    the start of a line, "[text][1]", or "[text](java" and "script:...)" joined from two
    table cells), which Markdown would resolve, drop or turn into a broken link."""
    if "[" not in text:  # most lines
        return text
    if "](" not in text:  # no inline link or image: nothing to keep
        return text.replace("[", "\\[")
    text = IMAGE.sub(lambda m: f"[image: {m['alt']}]" if m["alt"] else "[image]", text)
    out: list[str] = []
    done = 0
    for match in LINK.finditer(text):
        out.append(text[done : match.start()].replace("[", "\\["))
        label = match["text"].replace("[", "\\[")
        if SAFE_URL.match(match["url"]):
            out.append(f"[{label}{match.group(0)[len(match['text']) + 1 :]}")
        else:
            out.append(label)
        done = match.end()
    out.append(text[done:].replace("[", "\\["))
    return "".join(out)


def inline(text: str) -> str:
    """One line of document text as safe inline Markdown."""
    text = _links(_html_fragments(text))
    # "{: onclick=... }" in a document must never become attributes of our elements (the
    # attr_list extension), and "{{ ... }}" must stay text for any templating engine
    return text.replace("{", "&#123;").strip()


SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
FOOTNOTE_DEFINITION = re.compile(r"^(?P<mark>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+\S")
FOOTNOTE_MARKER = re.compile(r"(?<=\S)(?P<mark>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


def _footnotes(lines: list[Line]) -> dict[str, int]:
    """Footnote definitions ("¹ 'Vision Zero' aims ...") by their mark, first one wins."""
    found: dict[str, int] = {}
    for line in lines:
        if line.text.strip()[:1] not in SUPERSCRIPT_DIGITS:  # cheap: most lines
            continue
        match = FOOTNOTE_DEFINITION.match(line.text.strip())
        if match:
            found.setdefault(match["mark"], line.number)
    return found


def _link_markers(text: str, footnotes: Mapping[str, int]) -> str:
    """Footnote markers ("Vision Zero'.¹") link to their footnote on the same page."""
    if not footnotes:  # nothing to link to: every marker would stay as it is
        return text
    return FOOTNOTE_MARKER.sub(
        lambda m: (
            f"[{m['mark']}](#footnote-{m['mark'].translate(SUPERSCRIPTS)})"
            if m["mark"] in footnotes
            else m.group(0)
        ),
        text,
    )


#: A cell that is a figure: a number, a percentage, an amount ("72,052", "-0.8%", "£40k").
FIGURE_CELL = re.compile(r"[-+£]?\d[\d,.]*%?k?")


def _cell_kind(cell: str) -> str:
    text = cell.replace("**", "").strip()
    if not text:
        return "empty"
    return "figure" if FIGURE_CELL.fullmatch(text) else "text"


def first_row_is_header(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a tab table's first row labels its columns or is its first row of data.

    The conversions print tables with and without a header row. The first row is data
    when the table has no other row; when it is a label and its value ("Title:" /
    "Date & time:", like the rows below it); when one of its cells recurs in the same
    column below (a header never repeats as a value: "PCC" in a work programme); or when
    a column is empty in every row ("Election of Chair" and two empty cells); or when each
    of its cells is of the kind most usual in its column below and some are figures (a
    contents list: "Introduction" 3, "Values" 5). Otherwise it is the header.
    """
    if len(rows) < 2:
        return False
    first, rest = list(rows[0]), [list(r) for r in rows[1:]]
    if first[0].strip().endswith(":") and rest[0][0].strip().endswith(":"):
        return False
    for column, cell in enumerate(first):
        if cell.strip() and any(column < len(r) and r[column] == cell for r in rest):
            return False
    width = max(len(r) for r in rows)
    if any(all(column >= len(r) or not r[column].strip() for r in rows) for column in range(width)):
        return False  # a header names every column it has: this one is empty throughout
    kinds = [_cell_kind(c) for c in first]
    usual = [
        Counter(_cell_kind(r[column]) for r in rest if column < len(r)).most_common(1)
        for column in range(len(first))
    ]
    same_shape = all(not u or u[0][0] == kind for kind, u in zip(kinds, usual, strict=True))
    return not (same_shape and "figure" in kinds)


def _rows_as_list(split: list[list[str]]) -> list[str]:
    """A table without a header row, as a list of its rows (a Markdown table must have a
    header, and an empty one is a header that says nothing to a screen reader)."""
    items: list[str] = []
    for row in split:
        cells = [inline(c) for c in row if c.strip()]
        if len(cells) > 1 and cells[0].endswith(":"):  # "Title:" and its value
            item = f"{cells[0]} {' — '.join(cells[1:])}"
        else:
            item = " — ".join(cells)
        items.append(f"- {fold(item, '    ')}")
    return items


def _table(rows: list[str]) -> list[str]:
    split = [row.split("\t") for row in rows]
    if any(len(row) > FOLD_CHARACTERS for row in rows):
        return _rows_as_list(split)  # a table flattened onto a line: its rows, folded
    if not first_row_is_header([[c.strip() for c in row] for row in split]):
        return _rows_as_list(split)
    cells = [[inline(c).replace("|", "\\|") for c in row] for row in split]
    width = max(len(r) for r in cells)
    cells = [r + [""] * (width - len(r)) for r in cells]
    out = ["| " + " | ".join(c or " " for c in cells[0]) + " |", "|" + "---|" * width]
    out += ["| " + " | ".join(c or " " for c in r) + " |" for r in cells[1:]]
    return out


#: The last character of a line that leaves its sentence open ("... engagement and use of"):
#: a letter or a comma (a set, not a pattern searched over the whole line).
OPEN_ENDING_CHARACTERS = frozenset(string.ascii_letters + ",")


def _continuation(lines: list[Line], i: int, anchors: Mapping[int, str]) -> int | None:
    """Paragraph split by a page break: the index of the line that carries on the sentence
    line i leaves open ("... and use of" / "traditional social media, ..."), if the next
    text line starts in lower case and is plain text; None otherwise."""
    if lines[i].text.rstrip()[-1:] not in OPEN_ENDING_CHARACTERS:
        return None
    k = i + 1
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    if k >= len(lines) or lines[k].number in anchors:
        return None
    text = lines[k].text
    if "\t" in text or HEADING.match(text.strip()) or BULLET.match(text):
        return None
    return k if text[:1].islower() else None


def permalink(anchor: str, what: str) -> str:
    """A link to an anchor on this page, shown on hover or keyboard focus (see the CSS)."""
    return (
        f'[¶](#{anchor}){{: .mb-permalink title="Permanent link" '
        f'aria-label="Permanent link to {what}" }}'
    )


def link_phrases(text: str, links: Sequence[tuple[str, str]]) -> str:
    """Turn the first occurrence of each phrase (as written in the source) into its link,
    in one pass, so a link's own text is never searched again."""
    table: dict[str, str] = {}
    for phrase, markdown in links:
        table.setdefault(inline(phrase), markdown)
    if not table:
        return text
    pattern = re.compile("|".join(re.escape(p) for p in sorted(table, key=len, reverse=True)))
    done: set[str] = set()

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) in done:
            return match.group(0)
        done.add(match.group(0))
        return table[match.group(0)]

    return pattern.sub(substitute, text)


def heading_replacements(part: Part) -> dict[int, str]:
    """The Markdown heading for each line that parsing read as a heading of the paper."""
    return {h.line: f"{'#' * h.level} {inline(h.title)}" for h in part.headings}


def render_lines(
    lines: list[Line],
    anchors: Mapping[int, str] | None = None,
    replacements: Mapping[int, str] | None = None,
    links: Mapping[int, Sequence[tuple[str, str]]] | None = None,
    classes: Mapping[int, str] | None = None,
    before_tables: Mapping[int, str] | None = None,
) -> str:
    """Render source lines as Markdown.

    `anchors` maps a source line number to an element id for that line's paragraph (which
    then shows a permalink); `replacements` maps a line number to ready-made Markdown that
    stands for the line (a minute heading, an agenda item with its links); `links` maps a
    line number to (phrase, Markdown) pairs: references in the text, made into links (a
    paper's section headings, read in parsing, come as replacements, so they get ids that
    links and search results can point at; a '#' line not replaced is still a heading).
    `before_tables` maps the first line of a table to Markdown shown just before it (the
    chart drawn from its figures).
    """
    links = links or {}
    footnotes = _footnotes(lines)
    paragraph_anchors = dict(anchors or {})
    anchors = {
        **{n: f"footnote-{mark.translate(SUPERSCRIPTS)}" for mark, n in footnotes.items()},
        **(anchors or {}),
    }
    replacements = replacements or {}
    out: list[str] = []
    # a glued heading shares its source line number with the text before it: the
    # replacement stands for the last line of that number, the heading itself
    last_index = {line.number: k for k, line in enumerate(lines)}

    def replaced(k: int) -> bool:
        return lines[k].number in replacements and last_index[lines[k].number] == k

    in_list = False
    list_indent = 0  # indent of the open list's first item
    lettered: dict[int, bool] = {}  # by depth: the open list's items there are lettered
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text
        if replaced(i):
            out += ["", replacements[line.number], ""]
            in_list = False
            i += 1
            continue
        if not text.strip():
            i += 1
            continue
        if "\t" in text and text.strip():
            rows = []
            while i < len(lines) and "\t" in lines[i].text and not replaced(i):
                rows.append(lines[i].text.strip("\n"))
                i += 1
            before = (before_tables or {}).get(line.number)
            out += ["", before, ""] if before else []
            out += ["", *_table(rows), ""]
            in_list = False
            continue
        # each pattern is tried only on lines that start as it needs (most lines: none)
        stripped = text.strip()
        bullet = BULLET.match(text) if stripped[:1] in BULLET_MARKS else None
        if bullet and line.number not in anchors:
            # nested only under an open list, and only deeper than the list's first item:
            # an indented first item would be a code block, and the items after it at
            # its indent are its siblings
            marker = ITEM_MARKER.match(bullet["text"])
            if not in_list:
                list_indent = len(bullet["indent"])
                lettered = {}
            depth = 1 if len(bullet["indent"]) > list_indent and in_list else 0
            lettered = {d: is_lettered for d, is_lettered in lettered.items() if d <= depth}
            lettered.setdefault(depth, bool(marker and marker["letter"]))
            if lettered[depth] and marker and marker["digits"]:
                depth += 1  # "a." "1." "2." "b.": printed at one indent, "1." and "2." are a's
            body = link_phrases(inline(bullet["text"]), links.get(line.number, ()))
            body = _escape_block_syntax(body)
            # an item split by a page break ("... he said the outcome was" / "positive
            # with police officers ...") is one item
            while (k := _continuation(lines, i, anchors)) is not None:
                if replaced(k):
                    break
                more = link_phrases(inline(lines[k].text), links.get(lines[k].number, ()))
                body += " " + _link_markers(more, footnotes)
                i = k
            if not in_list:
                out.append("")
            out.append(f"{'    ' * depth}- {fold(body, '    ' * (depth + 1))}")
            in_list = True
        else:
            body = inline(bullet["text"] if bullet else text)
            body = _escape_block_syntax(body)
            body = link_phrases(body, links.get(line.number, ()))
            if line.number not in footnotes.values():
                body = _link_markers(body, footnotes)
            while not bullet and (k := _continuation(lines, i, anchors)) is not None:
                if replaced(k):
                    break
                more = link_phrases(inline(lines[k].text), links.get(lines[k].number, ()))
                body += " " + _link_markers(more, footnotes)
                i = k
            body = fold(body)
            if line.number in paragraph_anchors:
                body += " " + permalink(paragraph_anchors[line.number], "this paragraph")
            out += ["", body]
            style = (classes or {}).get(line.number) or (
                "mb-resolution" if "RESOLVED" in text and RESOLUTION.match(text) else ""
            )
            attributes = [f"#{anchors[line.number]}"] if line.number in anchors else []
            attributes += [f".{style}"] if style else []
            if attributes:
                out.append(f"{{: {' '.join(attributes)} }}")
            out.append("")
            in_list = False
        i += 1
    return _single_blank_lines("\n".join(out)).strip() + "\n"


def _single_blank_lines(text: str) -> str:
    """Every run of three or more newlines made two (what `re.sub(r"\n{3,}", "\n\n", text)`
    gives; replacing a fixed string is several times faster than that pattern's scan)."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text
