"""Attendance labels printed in Welsh and English: "AELODAU/MEMBERS:", "Cyng/Cllrs:".

Welsh authorities (fire and rescue authorities, county councils) print each label of the
attendance block twice, the Welsh first and the English after a slash
("YMDDIHEURIADAU/APOLOGIES: Cyng/Cllrs: L Beddoe, ..."). The attendance readers know the
English labels only, so `english_labels` drops the Welsh half before a known English
label and leaves every other line as it is.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import OFFICE_WORDS, STARTS_WITH_TITLE

#: the English attendance labels printed after the Welsh ones
ENGLISH = (
    r"(?:(?:DEPUTY|VICE)[ -]?CHAIR(?:MAN)?|CHAIR(?:MAN)?|MEMBERS|APOLOGIES|"
    r"IN[ \t]+ATTENDANCE|ATTENDANCE|PRESENT(?:[ \t]+AT[ \t]+MEETING)?|OFFICERS|"
    r"CLLRS?|COUNCILLORS)\b"
)
#: a Welsh label (one to four words, no slash) then a slash and the English label; the
#: Welsh may open the line or follow a space or colon
WELSH_THEN_ENGLISH = re.compile(
    r"(?:(?<=^)|(?<=[\s:]))"
    r"(?P<welsh>[A-Za-z][A-Za-z'’-]{1,20}(?:[ \t][A-Za-z'’-]{1,20}){0,3})"
    rf"[ \t]?/[ \t]?(?={ENGLISH})",
    re.IGNORECASE,
)
ENGLISH_ALONE = re.compile(rf"^{ENGLISH}$", re.IGNORECASE)
#: English small words no Welsh label holds: the half is a post ("Lay Member for Public
#: Involvement / Vice Chair"), not a label
ENGLISH_WORDS = re.compile(r"\b(?:for|and|of|the|to|with)\b")


def _english(match: re.Match[str]) -> str:
    """Nothing for a Welsh label; the text itself when the half before the slash is an
    English label too ("Present/Apologies" lists two labels, not two languages) or an
    English post ("Member for Audit / Vice Chair", "Independent Member/Chair": a word of an
    office) or a titled person, the name cell of a slash-joined table row ("Ms A Reid /
    Chair")."""
    welsh = match["welsh"].strip()
    person = STARTS_WITH_TITLE.match(welsh) is not None and len(welsh.split()) > 1
    office = any(word.lower() in OFFICE_WORDS for word in welsh.split())
    english = ENGLISH_ALONE.match(welsh) or ENGLISH_WORDS.search(welsh) or office
    return match[0] if english or person else ""


def english_labels(lines: list[Line]) -> list[Line]:
    """The lines with the Welsh half of each bilingual attendance label dropped."""
    out: list[Line] = []
    for line in lines:
        if "/" not in line.text:
            out.append(line)
            continue
        out.append(Line(line.number, WELSH_THEN_ENGLISH.sub(_english, line.text)))
    return out
