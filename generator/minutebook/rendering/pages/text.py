"""Document text -> safe inline Markdown, one named rule per construct.

Document text is untrusted: no markup from it may run in a reader's browser. The few HTML
fragments the conversions really contain (<b>, <i>, <sup>, <p>, <ul>) become Markdown;
every other '<' and '>' is escaped, so the text shows as text. Links survive only with an
http(s) or mailto target; a link to a bare '#' (a link the PDF lost) becomes plain text;
images become their alt text, so no page ever loads anything from a third-party host.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

HTML_BOLD = re.compile(r"</?(?:b|strong)\s*>", re.IGNORECASE)
HTML_ITALIC = re.compile(r"</?(?:i|em)\s*>", re.IGNORECASE)
HTML_SUP = re.compile(r"</?sup\s*>", re.IGNORECASE)
HTML_BREAK = re.compile(r"</?(?:p|br|ul|ol|li)(?:\s[^<>]{0,200})?\s*/?>", re.IGNORECASE)
AUTOLINK = re.compile(r"<(?P<url>https?://[^\s<>]{1,500})>")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]{0,300})\]\([^)]{0,1000}\)")
LINK = re.compile(r"\[(?P<text>[^\]]{0,500})\]\((?P<url>[^)\s]{0,1000})(?:\s+\"[^\"]{0,200}\")?\)")
SAFE_URL = re.compile(r"^(?:https?://|mailto:)", re.IGNORECASE)
#: Markdown's own block syntax at the start of a source line, which must stay text: an ATX
#: heading ("# Title") and an ordered-list item ("3. Text"). Which lines are headings, and at
#: what level, was decided in parsing (`parsing.blocks`); here they are only escaped.
NUMBERED = re.compile(r"^(?P<number>\d{1,3})\.(?P<rest>\s.*)$")


def escape_block_syntax(text: str) -> str:
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


FOOTNOTE_MARKER = re.compile(r"(?<=\S)(?P<mark>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def link_footnote_markers(text: str, marks: Collection[str]) -> str:
    """Footnote markers ("Vision Zero'.¹") link to their footnote on the same page (one of
    `marks`, the marks of the footnotes defined there)."""
    if not marks:  # nothing to link to: every marker would stay as it is
        return text
    return FOOTNOTE_MARKER.sub(
        lambda m: (
            f"[{m['mark']}](#footnote-{m['mark'].translate(SUPERSCRIPTS)})"
            if m["mark"] in marks
            else m.group(0)
        ),
        text,
    )


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


def single_blank_lines(text: str) -> str:
    """Every run of three or more newlines made two (what `re.sub(r"\n{3,}", "\n\n", text)`
    gives; replacing a fixed string is several times faster than that pattern's scan)."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text
