"""Rewrites of the genre's wording for benchmarks/robustness.py: a paper's attendance labels
and decision formulae replaced by others councils print for the same thing.

Each rewrite works on a paper's text and its hand annotation and returns both rewritten
(the annotation only where its words change), or None when the paper has nothing it can
rewrite. Only lines the annotation points at (or the label line just above an annotated
present list) are touched, so the paper's other text stays as printed.
"""

from __future__ import annotations

import re
from typing import Any

#: Labels councils print over the members present at a meeting
PRESENT_LABELS = (
    "Members Present:",
    "Councillors present:",
    "Attendance:",
    "Those present:",
    "PRESENT –",
    "Present:-",
    "Sederunt:",
    "Committee members in attendance:",
)
#: Formulae councils open a decision with
DECISION_FORMULAE = (
    "AGREED that",
    "It was RESOLVED that",
    "RESOLVED:-",
    "Resolved –",
    "DECISION: that",
    "The Committee RESOLVED that",
    "ORDERED that",
    "UNANIMOUSLY RESOLVED that",
)

#: A present list's label as printed: "PRESENT:", "**Present:**", "Members present:-",
#: "MEMBERS PRESENT" (not "Also present", "Officers present")
_PRESENT_LABEL = re.compile(
    r"^(?P<lead>[\s*#|]{0,8})(?P<label>(?:(?:members|councillors)\s{1,3})?present)"
    r"(?P<stop>\s{0,3}(?:[:;][ \t]{0,2}[-–—]?|[-–—]{1,2}[ \t]{0,2}:?))?"
    r"(?=[\s*]|$)",
    re.IGNORECASE,
)
#: A label that opens another group: the search for a present list's label stops there
_OTHER_GROUP = re.compile(
    r"^[\s*#|]{0,8}(?:also\s+present|officers|in\s+attendance|apologies|absent|substitute)",
    re.IGNORECASE,
)
#: Where they met, after "Present": "Present in the Council Chamber, Town Hall:" (such a
#: label is left as printed: another label would keep the place awkwardly)
_PLACE_AFTER = re.compile(r"^[ \t]{1,3}(?:in|at|via)\s", re.IGNORECASE)
#: How far above an annotated present member its list's label may stand
LABEL_REACH = 40


def present_label_lines(lines: list[str], golden: dict[str, Any]) -> list[int]:
    """The 0-based lines holding the label of each annotated present list: the nearest
    label line at or above each present member's line, within LABEL_REACH lines and no
    other group's label between."""
    found: set[int] = set()
    for fact in golden.get("attendance") or []:
        if fact.get("role") != "present" or not isinstance(fact.get("line"), int):
            continue
        at = fact["line"] - 1
        for k in range(min(at, len(lines) - 1), max(-1, at - LABEL_REACH), -1):
            match = _PRESENT_LABEL.match(lines[k])
            if match:
                if not _PLACE_AFTER.match(lines[k][match.end() :]):
                    found.add(k)
                break
            if _OTHER_GROUP.match(lines[k]):
                break
    return sorted(found)


def relabel_present(
    text: str, golden: dict[str, Any], label: str
) -> tuple[str, dict[str, Any]] | None:
    """The paper with the label of each annotated present list replaced by `label` (the
    annotation unchanged: its members stay `present`); None when no label is found."""
    lines = text.splitlines(keepends=True)
    at = present_label_lines(lines, golden)
    if not at:
        return None
    for k in at:
        match = _PRESENT_LABEL.match(lines[k])
        assert match is not None
        rest = lines[k][match.end() :]
        gap = " " if rest[:1] not in ("", " ", "\t", "\n", "\r", "*") else ""
        lines[k] = match["lead"] + label + gap + rest
    return "".join(lines), golden


#: A decision's leading formula on its line, after any paragraph number or bold marks:
#: "RESOLVED that", "Resolved: That", "(2) RESOLVED –", "It was AGREED that",
#: "UNANIMOUSLY RESOLVED that"; the words after it must start on the same line (not a
#: "That" before a list: "RESOLVED – That:")
_LEAD = r"(?P<lead>[\s*_]{0,6}(?:\(?(?:\d{1,3}(?:\.\d{1,3})?|[a-z]|[ivx]{1,5})[.)][ \t]{1,3})?)"
_FORMULA = (
    r"(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed)"
    r"(?:[ \t]{0,3}[:;\-–—]{1,2})?(?:[ \t]{0,3}that\b[ \t]{0,2}:?)?[ \t]{0,3}"
)
_DECISION_LINE = re.compile(
    _LEAD + r"(?P<formula>" + _FORMULA + r")(?P<rest>(?!that\b)[\w\"'‘“])", re.IGNORECASE
)
#: An annotation's first words: the formula (or the bare "That" left after it) then words
_FIRST_WORDS = re.compile(r"^(?:" + _FORMULA + r"|that\b[ \t]{0,2})", re.IGNORECASE)
#: Words after a formula that another formula cannot take in front: "to note", "(a)",
#: "1." (a list), "(unanimously)", "**" (bold closing the formula)
_AWKWARD_REST = re.compile(r"^(?:to\b|\(|\d|\*|[a-z][.)])", re.IGNORECASE)


def reformulate(
    text: str, golden: dict[str, Any], formula: str
) -> tuple[str, dict[str, Any]] | None:
    """The paper with each annotated resolution's leading formula replaced by `formula`,
    and each such resolution's first words to match; None when no resolution opens with a
    formula this can replace (a decision stated in a sentence, "RESOLVED to note")."""
    lines = text.splitlines(keepends=True)
    resolutions = []
    changed = 0
    for fact in golden.get("resolutions") or []:
        fact = dict(fact)
        at = int(fact.get("line") or 0) - 1
        match = _DECISION_LINE.match(lines[at]) if 0 <= at < len(lines) else None
        words = str(fact.get("first_words") or "")
        head = _FIRST_WORDS.match(words)
        if match and not _AWKWARD_REST.match(lines[at][match.start("rest") :]):
            lines[at] = match["lead"] + formula + " " + lines[at][match.start("rest") :]
            if head:  # an annotation that left the formula out keeps its words
                fact["first_words"] = f"{formula} {words[head.end() :]}"
            changed += 1
        resolutions.append(fact)
    if not changed:
        return None
    return "".join(lines), {**golden, "resolutions": resolutions}
