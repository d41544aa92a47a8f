"""The printed number of a paragraph of a minute.

Minutes number their paragraphs "1.", "(1)", "1)", or by the minute's own number ("31.1"
is minute 31's first paragraph); lists inside them, and some whole minutes, are lettered
or in roman numerals ("a)", "(a)", "i.", "(ii)"); others bullet each paragraph ("·", "•",
"-"). One function per form, each returning the number as printed without its brackets
or stop ("31.1", "a", "ii"), or None when the line does not open with that form. A bullet
has no number: `bullet` says whether a line is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line, MinuteFacts, Paragraph

#: A bullet some converters put before a number ("- 1. Mrs Taylor introduced ...").
LEAD = r"(?:[-•·]\s+)?"
DOTTED = re.compile(LEAD + r"(?P<number>\d{1,2})\.\s+\S")
BRACKETED = re.compile(LEAD + r"\((?P<number>\d{1,2})\)\s+\S")
CLOSING = re.compile(LEAD + r"(?P<number>\d{1,2})\)\s+\S")
DECIMAL = re.compile(LEAD + r"(?P<number>\d{1,4}\.\d{1,3})\.?\s+\S")
#: One letter or a roman numeral: "a)", "(b)", "c.", "iv.", "(ii)". "i.e." is not one.
LETTERED = re.compile(
    LEAD + r"(?:\((?P<inner>[a-z]|[ivx]{1,5})\)|(?P<outer>[a-z]|[ivx]{1,5})[.)])\s+\S"
)
BULLET = re.compile(r"^[-•·▪]\s+\S")
#: Whatever opens a paragraph before its text: a "Minutes:" label (tables of minutes
#: converted to text print one), a bullet, a number ("3.", "(2)", "1.4", a board's
#: "107/19/01": the minute's code and the paragraph's) or a letter.
PARAGRAPH_LEAD = re.compile(
    r"^(?:Minutes:\s*)?(?:[-•·]\s+)?"
    r"(?:\(?\d{1,3}(?:\.\d{1,3})?[.)]?\s+|\(?(?:[a-z]|[ivx]{1,5})[.)]\s+"
    r"|\d{1,4}/\d{2,4}/\d{1,3}\s+)?"
)


def dotted(text: str) -> str | None:
    """ "1. The Chair welcomed ..." (and "- 1. ...")."""
    match = DOTTED.match(text)
    return match["number"] if match else None


def bracketed(text: str) -> str | None:
    """ "(1) The Panel noted ..." """
    match = BRACKETED.match(text)
    return match["number"] if match else None


def closing(text: str) -> str | None:
    """ "1) The Panel noted ..." """
    match = CLOSING.match(text)
    return match["number"] if match else None


def decimal(text: str) -> str | None:
    """ "31.1 The Clerk reported ...", "31.2. Members asked ..." """
    match = DECIMAL.match(text)
    return match["number"] if match else None


def lettered(text: str) -> str | None:
    """ "a) ...", "(b) ...", "iv. ...": a letter or roman numeral."""
    match = LETTERED.match(text)
    return (match["inner"] or match["outer"]) if match else None


#: Numbered forms, tried in order (a decimal "31.1" is not the dotted "31.").
NUMBERED_FORMS: tuple[Callable[[str], str | None], ...] = (
    decimal,
    dotted,
    bracketed,
    closing,
)


def numbered(text: str) -> str | None:
    """The printed number of a numbered paragraph, or None."""
    return next((n for form in NUMBERED_FORMS if (n := form(text))), None)


def bullet(text: str) -> bool:
    """A bulleted line: "· text", "• text", "- text" (with no number after the bullet)."""
    return bool(BULLET.match(text)) and numbered(text) is None and lettered(text) is None


#: An indented item inside a numbered paragraph: " - a. The commissioning element",
#: " - 1. Funding for victims" (after a lettered one: its sub-item).
SUBPARAGRAPH = re.compile(r"^[ \t]+(?:[-•*]\s+)?(?P<marker>[a-z]|\d{1,2})[.)]\s+\S")


def _decimal_fits(number: str, minute: MinuteFacts) -> bool:
    """ "31.1" numbers a paragraph of minute 31 (or of an unnumbered minute): elsewhere a
    line opening with a decimal is a figure ("2.5 million ...")."""
    return not minute.numbered or number.split(".")[0] == minute.number


def _key(number: str, before: list[Paragraph]) -> str:
    """A number as an anchor; "1-2", "1-3" for a number printed again."""
    again = sum(1 for x in before if x.number == number)
    return f"{number}-{again + 1}" if again else number


def _add(minute: MinuteFacts, number: str, line: Line) -> None:
    """A paragraph keyed by its number; "1-2" for a number printed again in the minute."""
    minute.paragraphs.append(Paragraph(number, line.number, _key(number, minute.paragraphs)))


def _key_items(minute: MinuteFacts) -> None:
    """Each item inside a paragraph keyed by its number with dashes ("2.a" -> "2-a": an
    id with no dot, which a CSS selector would read as a class), one no other key of the
    minute has ("2-2" after a paragraph 2 printed again: "2-2-2")."""
    taken = {p.key for p in minute.paragraphs}
    for item in minute.subparagraphs:
        key = base = (item.number or "").replace(".", "-")
        again = 1
        while key in taken:  # at most once per item before it
            again += 1
            key = f"{base}-{again}"
        taken.add(key)
        item.key = key


def bullet_paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Bulleted paragraphs, keyed by their place among them ("b1", "b2" ...)."""
    return [Paragraph(None, line.number, f"b{n}") for n, line in enumerate(lines, start=1)]


def read_paragraphs(minute: MinuteFacts, body: list[Line]) -> None:
    """The minute's paragraphs, as numbered, and the items inside them ("2.a", "2.a.1").

    A paragraph starts at the margin; an indented item, or a lettered one after a numbered
    paragraph, is inside the paragraph before it. A minute numbering none of its
    paragraphs may bullet them: each bullet at the margin is then a paragraph (number
    None; lettered ones keep their letters); in a numbered minute bullets are items of
    the paragraph they follow."""
    letter: str | None = None  # the lettered sub-paragraph open in this paragraph
    for line in body:
        text = line.text
        at_margin = not text.startswith((" ", "\t"))
        number = numbered(text.strip()) if at_margin else None
        if number and "." in number and not _decimal_fits(number, minute):
            number = None
        mark = lettered(text.strip()) if number is None else None
        top = minute.paragraphs[-1].number if minute.paragraphs else None
        if number:
            _add(minute, number, line)
            letter = None
        elif mark and at_margin and (top is None or top.isalpha()):
            _add(minute, mark, line)  # a lettered minute: "(a) ...", "(b) ..."
        elif top and mark and not top.isalpha():
            letter = mark
            minute.subparagraphs.append(Paragraph(f"{top}.{mark}", line.number))
        elif top and (sub := SUBPARAGRAPH.match(text)):
            # " - a." inside paragraph 2 is 2.a; " - 1." after it is 2.a.1
            marker = sub["marker"]
            if marker.isalpha():
                letter = marker
                number = f"{top}.{marker}"
            else:
                number = f"{top}.{letter}.{marker}" if letter else f"{top}.{marker}"
            minute.subparagraphs.append(Paragraph(number, line.number))
    if not any(p.number and p.number[0].isdigit() for p in minute.paragraphs):
        bullets = bullet_paragraphs([line for line in body if bullet(line.text)])
        minute.paragraphs = sorted([*minute.paragraphs, *bullets], key=lambda p: p.line)
    _key_items(minute)
