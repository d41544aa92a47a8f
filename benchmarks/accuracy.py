"""Accuracy: the facts Minutebook reads from the documents against a hand annotation.

Not a timing benchmark: it compares, category by category, what the parsers recognise in
each file of content/documents/ (the `Part` facts of `minutebook.pipeline.read_documents`,
i.e. what each document says, before resolving renames papers after their canonical body)
with what a human reader wrote down from the source text in tests/annotations/<file>.yaml
(schema in tests/annotations/README.md). It prints precision, recall and F1 per category
and every miss (annotated, not found) and extra (found, not annotated) with its file and
line, and writes the same to benchmarks/results/accuracy.json.
Run: `make accuracy`, or `.venv/bin/python benchmarks/accuracy.py [--content DIR]`.
tests/test_accuracy.py runs the same comparison and requires F1 >= 0.95 in every category.

With `--zoo` it measures the layout zoo instead (tests/fixtures/zoo/: small documents of the
genre, written and annotated by hand, see its README): the zoo files are read as the
content folder's documents, with the repository's content/bodies.yaml, and two more
categories are compared. `resolutions`: each minute's decisions (keyed by minute number, or
title when the minute has none, and the annotated first words). `bodies`: each meeting's
body as the archive resolves it (`read_archive`), not as the paper names it: a body the
annotation gives a `body_id` for must resolve to that id; any other body must resolve to
an id that is none of content/bodies.yaml's, that shares at least half the words of the
printed name and at least one of its own (not "police", "panel", "council", ...).
It prints F1 per category overall and per layout family (each annotation's `layout`) and
writes benchmarks/results/accuracy-zoo.json. tests/test_zoo.py holds the floors.
`--zoo-dir DIR` measures another folder laid out like the zoo the same way, such as the
held-out set (tests/fixtures/heldout/, never tuned against); its results go to
benchmarks/results/accuracy-<folder name>.json unless `--results` says otherwise.

Matching rules (a found fact matches an annotated one when its key is equal; each
annotated fact matches at most one found fact):
- Text is normalised before comparing: Unicode NFKC, case folded, curly quotes made
  straight, en/em dashes made hyphens, Markdown emphasis (`*`, `_`) removed, runs of
  whitespace made one space, surrounding spaces and trailing `.,:;` removed. Names also
  drop commas and full stops ("Mr P M Hill, OBE" = "Mr P M Hill OBE").
- parts: kind, first non-blank line, and title; titles match when the content words of one
  are all in the other or the two share at least half their content words (a human's
  "Agenda" or a report's subject against the generator's fuller title). A paper may have
  two names: an appendix as its report lists it ("Appendix D: Media Briefing exercise")
  and its own first heading ("Chief Constable Selection Process MEDIA ASSESSMENT"); the
  generator publishes both (`title`, `heading`), an annotation may give both (`title`,
  `listed_title`), and any pair agreeing is a match.
- meetings: per file, the distinct (body, date) of the parts' meetings; body names are
  mapped to a body through content/bodies.yaml's `match` phrases (as the resolver does);
  start time equal (HH:MM or none); venue equal, or one contains the other. A file's
  papers that name the same meeting count once, with the time and venue any of them gives.
- agenda items: code and title. minutes: number as printed, title and item code. A
  lettered sub-item's code matches with or without its brackets ("9(a)" = "9a"): the
  paper's sub-item is the same either way and annotators write both.
- attendance: role, name as written, and capacity (equal, or one contains the other:
  "Chief Executive" against "Chief Executive (CE)"; none matches only none). An annotated
  substitute's `substitute_for: X` is the capacity "substitute for X". Only the schema's
  roles are compared: members read as absent (no apology) are published but not annotated.
- questions: asker as written, organisation, and the question text starts with the
  annotated first words (after a printed question number such as "2.", and a reporting
  "asked" on either side).
- declarations: who (as written) and minute number (under an unnumbered minute, none or
  the minute's title: annotators write either).
  decisions: reference and minute number.
- actions: owner, status, due date, and the text starts with the annotated text.
- membership: name as written and what they represent.
- resolutions (zoo): minute number (or, for a minute headed by its title alone, title;
  for a decision printed before any minute heading, none) equal, and the decision's text
  starts with the annotated first words once a leading formula ("RESOLVED:", "Resolved -
  That", "ORDERED that", "The Panel agreed that", "The Integration Joint Board
  resolved:-", "AGREED:", or a bare "That" where the annotation begins after the
  formula) is set aside on both sides; or equal once the motion the formula closes ("It
  was proposed by A, seconded by B and RESOLVED") is set aside too.
- minutes: a minute headed by its title alone has no printed number (None), whatever
  place the reader numbers it by.
- bodies (zoo): date equal, and the resolved body id as described above.
Line numbers are not part of any key (except a part's first line); they are reported beside
each miss and extra, and a matched fact whose line differs from the annotated line is listed
under "lines differ" (a fact read from the wrong place, or an annotation slip).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from minutebook.errors import Diagnostics
from minutebook.model import Archive, Part, SourceDocument
from minutebook.pipeline import read_archive, read_documents

REPO = Path(__file__).resolve().parents[1]
ANNOTATIONS = REPO / "tests" / "annotations"
RESULTS = REPO / "benchmarks" / "results" / "accuracy.json"
ZOO = REPO / "tests" / "fixtures" / "zoo"
ZOO_RESULTS = REPO / "benchmarks" / "results" / "accuracy-zoo.json"
CATEGORIES = (
    "parts",
    "meetings",
    "agenda_items",
    "minutes",
    "attendance",
    "questions",
    "declarations",
    "decisions",
    "actions",
    "membership",
)
#: The zoo's categories: the documents' ones, each minute's decision, each meeting's body.
ZOO_CATEGORIES = (*CATEGORIES, "resolutions", "bodies")
#: The issue's bar: every category at least this F1 (tests/test_accuracy.py asserts it).
TARGET_F1 = 0.95

Fact = dict[str, Any]

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_STOP = {"a", "an", "and", "the", "of", "on", "for", "to", "in", "by", "at", "held", "s"}


def norm(text: object) -> str:
    """Text as compared: see the module docstring (None stays the empty string)."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).translate(_QUOTES).casefold()
    s = re.sub(r"[*_]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s.rstrip(".,:;").strip()


def code_key(code: object) -> str:
    """An item's code as compared: `norm` with a sub-item's brackets dropped ("9(a)" and
    "9a" are one code)."""
    return re.sub(r"[()]", "", norm(code))


def norm_name(text: object) -> str:
    """A name as compared: `norm` without commas and full stops."""
    return re.sub(r"\s+", " ", re.sub(r"[.,]", " ", norm(text))).strip()


def words(text: object) -> set[str]:
    """Content words of a title (for the lenient part-title rule)."""
    return {w for w in re.findall(r"[a-z0-9]+", norm(text)) if w not in _STOP}


def titles_agree(a: object, b: object) -> bool:
    """Part titles: one's content words inside the other's, or half of them shared."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return not wa and not wb
    return wa <= wb or wb <= wa or len(wa & wb) * 2 >= len(wa | wb)


def contains_either(a: object, b: object) -> bool:
    """Venues and capacities: equal after `norm`, or one inside the other; none only none."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return na == nb
    return na in nb or nb in na


#: Words any body's name may hold: a body of its own is told apart by the others (its
#: place, its subject), which its resolved id must share.
_GENERIC = {
    "police", "crime", "panel", "authority", "council", "committee", "board", "borough",
    "district", "county", "city", "parish", "town", "fire", "rescue", "combined", "joint",
    "commissioner", "sub", "meeting",
}  # fmt: skip


def load_bodies(content: Path) -> list[tuple[str, list[str]]]:
    """(id, match phrases) from content/bodies.yaml, to name a body the way the resolver does."""
    path = content / "bodies.yaml"
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [(b["id"], [norm(m) for m in b.get("match", [])]) for b in data.get("bodies", [])]


def body_key(name: object, bodies: list[tuple[str, list[str]]]) -> str:
    n = norm(name)
    for body_id, phrases in bodies:
        if any(p in n for p in phrases):
            return body_id
    return n


def first_line(part: Part) -> int:
    for line in part.lines:
        if line.text.strip():
            return line.number
    return part.lines[0].number if part.lines else 0


def strip_number(text: str) -> str:
    """A question's text without a printed number in front ("2. Across the Borough ...")."""
    return re.sub(r"^\s*(?:question\s+)?\d+[.)]?\s+", "", text)


def without_asked(text: object) -> str:
    """A reported question's words without the verb that reports it ("asked whether ..."
    and "whether ..." are the same question; annotations differ on the verb)."""
    return re.sub(r"^asked\s+", "", norm(text))


#: The attendance roles of the annotation schema (tests/annotations/README.md).
ANNOTATED_ROLES = frozenset({"present", "also_present", "in_attendance", "apologies", "substitute"})


#: A decision's leading formula, set aside before comparing its words: "RESOLVED:",
#: "Resolved - That", "UNANIMOUSLY RESOLVED that", "The Panel agreed that", "Members
#: RESOLVED to", "AGREED:", "ORDERED that", the Scottish "Decided: that", and the bare
#: "That" an annotation may start with once it has left "Resolved -" out; a form's
#: "Decision:" label and "It was" before the formula too (annotations differ on whether
#: they are part of the decision's words), whom a recommendation is addressed to
#: ("RECOMMENDED to Council that", "RECOMMENDED to the Cabinet -"), a colon after "that"
#: ("It was RESOLVED that: (1) ...", "RESOLVED that:-"), a resolution's own number
#: ("RESOLVED 2010/031 That ..."), a comma after the word ("RESOLVED,<tab>that ..."), a
#: stroke before the mark ("RESOLVED/-", the combined authorities' form) and the vote or
#: kind of decision in brackets after it ("Resolved (by 7 votes to 0) to ...", or without
#: them: "Resolved by 7 votes to 0 that"), but not a clause's number ("RESOLVED (1) That
#: ..." keeps its "(1)").
_FORMULA = re.compile(
    r"^(?:decisions?\s*[:\-]\s*)?(?:it\s+was\s+)?"
    r"(?:(?:unanimously\s+)?(?:recommended\s+to(?:\s+[a-z&'-]+){1,5}?(?=\s*(?:[:\-]|that\b))"
    r"|resolved(?:\s+\d{2,4}/\d{1,4}\b)?|agreed|recommended|ordered|decided"
    r"|(?:the(?:\s+[a-z&'-]+){1,6}?|members)\s+(?:agreed|resolved))"
    r"\b(?:\s*\((?![a-z]\)|[ivx\d]{1,4}\))[^()]{1,60}\)"
    r"|\s+by\s+(?:a\s+)?(?:majority(?:\s+vote)?|\d{1,3}\s+votes?\s+(?:to|for(?:\s+and)?)\s+\d{1,3}"
    r"(?:\s+against)?)(?:,?\s+with\s+\d{1,3}\s+abstentions?)?)?\s*(?:/\s*)?[:\-,]{0,2}\s*"
    r"(?:that\b\s*[:\-]{0,2}\s*)?|that\b\s*)?"
)


#: The motion a formula closes in the same sentence: "It was proposed by Cllr A, seconded
#: by Cllr B and (unanimously) RESOLVED that ...". Annotators start such a decision at
#: the mover or at the formula (both are the same decision), so a decision also matches
#: with the motion set aside on both sides (`without_motion`).
_MOTION_LEAD = re.compile(
    r"^it\s+was\s+(?:proposed|moved)(?:\s+by\s+[^,;.]{1,80}?)?,?\s+(?:and\s+)?seconded"
    r"(?:\s+by\s+[^,;.]{1,80}?)?,?\s+and\s+(?=(?:it\s+was\s+)?(?:unanimously\s+)?"
    r"(?:resolved|agreed)\b)"
)


def without_formula(text: object) -> str:
    """A decision's words after its formula (normalised; the first 400 characters)."""
    s = norm(str(text or "")[:400])
    return _FORMULA.sub("", s, count=1)


def without_motion(text: object) -> str:
    """A decision's words after the motion its formula closes (`_MOTION_LEAD`) and after
    the formula."""
    return _FORMULA.sub("", _MOTION_LEAD.sub("", norm(str(text or "")[:400]), count=1), count=1)


#: A paragraph number before a decision on its line, glued or spaced: "(2)RESOLVED",
#: "(3) RESOLVED", "3.2 RESOLVED" (the decision's text starts at its formula).
_PARAGRAPH_NUMBER = re.compile(
    r"^(?:\d{1,3}\.\d{1,3}\s+|\(?(?:\d{1,3}(?:\.\d{1,3})?|[a-z]|[ivx]{1,5})[.)]\s*)"
)


def resolution_line(document: SourceDocument, start: int, end: int, text: str) -> int:
    """The source line a minute's decision starts on: the first line of the minute whose
    text begins the decision, with or without the paragraph number before it (the
    minute's own line when none does). Lines are chosen by their source number:
    furniture taken out before them shifts their places."""
    key = norm(text[:200])[:40]
    for line in document.lines:
        if not start <= line.number <= max(end, start):
            continue
        n = norm(line.text)
        for shown in (n[:40], _PARAGRAPH_NUMBER.sub("", n, count=1)[:40]):
            if shown and (key.startswith(shown) or shown.startswith(key)):
                return line.number
    return start


def archive_bodies(archive: Archive) -> dict[str, list[Fact]]:
    """Per source file: each meeting its papers record, with the body id it resolved to."""
    out: dict[str, list[Fact]] = {}
    for meeting in archive.meetings.values():
        files: dict[str, int] = {}
        for doc_id in meeting.documents:
            doc = archive.documents[doc_id]
            m = doc.part.meeting
            line = (m.line if m and m.line else None) or first_line(doc.part)
            files.setdefault(doc.source_file, line)
        for file, line in files.items():
            out.setdefault(file, []).append(
                {"body_id": meeting.body, "date": meeting.date, "line": line}
            )
    return out


# --- what Minutebook found ------------------------------------------------------------


def found_facts(
    document: SourceDocument, bodies: list[tuple[str, list[str]]]
) -> dict[str, list[Fact]]:
    """The facts of one parsed document, per category, as plain dicts."""
    out: dict[str, list[Fact]] = {c: [] for c in ZOO_CATEGORIES}
    meetings: dict[tuple[str, dt.date], Fact] = {}
    for part in document.parts:
        out["parts"].append(
            {
                "kind": str(part.kind),
                "title": part.title,
                "heading": part.heading,
                "line": first_line(part),
            }
        )
        m = part.meeting
        if m is not None:
            key = (body_key(m.body_name, bodies), m.date)
            seen = meetings.setdefault(
                key,
                {
                    "body": m.body_name,
                    "date": m.date,
                    "time": None,
                    "venue": None,
                    "line": m.line or first_line(part),
                },
            )
            if seen["time"] is None and m.time is not None:
                seen["time"] = m.time.strftime("%H:%M")
            if seen["venue"] is None and m.venue:
                seen["venue"] = m.venue
        for i in part.items:
            out["agenda_items"].append({"code": i.code, "title": i.title, "line": i.line})
        for mi in part.minutes:
            out["minutes"].append(
                {
                    "number": mi.number if mi.numbered else None,
                    "title": mi.title,
                    "item": mi.item_code,
                    "line": mi.line,
                }
            )
            if mi.resolution:
                out["resolutions"].append(
                    {
                        "minute": mi.number if mi.numbered else mi.title,
                        "text": mi.resolution,
                        # the line the reader recorded; else the first line its text opens
                        "line": mi.resolution_line
                        or resolution_line(document, mi.line, mi.end_line, mi.resolution),
                    }
                )
            for text, line in mi.further_resolutions:  # each read with its own line
                out["resolutions"].append(
                    {"minute": mi.number if mi.numbered else mi.title, "text": text, "line": line}
                )
        for text, line in part.opening_resolutions:  # decided before any minute heading
            out["resolutions"].append({"minute": None, "text": text, "line": line})
        for a in part.attendance:
            if str(a.role) not in ANNOTATED_ROLES:
                continue  # "Absent:" lists: no role of the annotation schema, never annotated
            out["attendance"].append(
                {"role": str(a.role), "name": a.as_written, "capacity": a.capacity, "line": a.line}
            )
        for q in part.questions:
            out["questions"].append(
                {
                    "asker": q.asker_as_written,
                    "organisation": q.organisation_name,
                    "text": q.text,
                    "line": q.line,
                }
            )
        # an unnumbered minute's number is only its place: a declaration under it has
        # no printed minute number, as the `minutes` facts above print none
        printed = {mi.number: mi.numbered for mi in part.minutes}
        titles = {mi.number: mi.title for mi in part.minutes}
        for d in part.declarations:
            minute = d.minute_number if printed.get(d.minute_number, True) else None
            title = titles.get(d.minute_number) if minute is None else None
            out["declarations"].append(
                {"name": d.as_written, "minute": minute, "minute_title": title, "line": d.line}
            )
        for c in part.decisions:
            out["decisions"].append(
                {"reference": c.reference, "minute": c.minute_number, "line": c.line}
            )
        for ac in part.actions:
            out["actions"].append(
                {
                    "text": ac.text,
                    "owner": ac.owner,
                    "status": ac.status,
                    "due": ac.due,
                    "line": ac.line,
                }
            )
        for ms in part.membership:
            out["membership"].append(
                {"name": ms.as_written, "represents": ms.represents, "line": ms.line}
            )
    out["meetings"] = list(meetings.values())
    return out


# --- matching -------------------------------------------------------------------------


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def matchers(bodies: list[tuple[str, list[str]]]) -> dict[str, Callable[[Fact, Fact], bool]]:
    """Per category: does found fact `f` match annotated fact `a`?"""

    def part(a: Fact, f: Fact) -> bool:
        annotated = [t for t in (a["title"], a.get("listed_title")) if t]
        found = [t for t in (f["title"], f.get("heading")) if t]
        return (
            a["kind"] == f["kind"]
            and a["line"] == f["line"]
            and any(titles_agree(x, y) for x in annotated for y in found)
        )

    def meeting(a: Fact, f: Fact) -> bool:
        return (
            body_key(a["body"], bodies) == body_key(f["body"], bodies)
            and _as_date(a["date"]) == _as_date(f["date"])
            and (a.get("time") or None) == (f.get("time") or None)
            and contains_either(a.get("venue"), f.get("venue"))
        )

    def item(a: Fact, f: Fact) -> bool:
        return code_key(a["code"]) == code_key(f["code"]) and norm(a["title"]) == norm(f["title"])

    def minute(a: Fact, f: Fact) -> bool:
        return (
            norm(a["number"]) == norm(f["number"])
            and norm(a["title"]) == norm(f["title"])
            and code_key(a.get("item")) == code_key(f.get("item"))
        )

    def attendance(a: Fact, f: Fact) -> bool:
        capacity = a.get("capacity")
        if a.get("substitute_for"):
            capacity = f"substitute for {a['substitute_for']}"
        return (
            a["role"] == f["role"]
            and norm_name(a["name"]) == norm_name(f["name"])
            and contains_either(capacity, f.get("capacity"))
        )

    def question(a: Fact, f: Fact) -> bool:
        return (
            norm_name(a["asker"]) == norm_name(f["asker"])
            and norm(a.get("organisation")) == norm(f.get("organisation"))
            and without_asked(strip_number(f["text"])).startswith(without_asked(a["first_words"]))
        )

    def declaration(a: Fact, f: Fact) -> bool:
        # under an unnumbered minute the annotation may name none or the minute's title
        minute = norm(a["minute"]) in (norm(f["minute"]), norm(f.get("minute_title")) or None)
        return norm_name(a["name"]) == norm_name(f["name"]) and minute

    def decision(a: Fact, f: Fact) -> bool:
        return norm(a["reference"]) == norm(f["reference"]) and norm(a["minute"]) == norm(
            f["minute"]
        )

    def action(a: Fact, f: Fact) -> bool:
        return (
            norm(a.get("owner")) == norm(f.get("owner"))
            and norm(a.get("status")) == norm(f.get("status"))
            and _as_date(a.get("due")) == _as_date(f.get("due"))
            and norm(f["text"]).startswith(norm(a["text"]))
        )

    def member(a: Fact, f: Fact) -> bool:
        return norm_name(a["name"]) == norm_name(f["name"]) and norm(a["represents"]) == norm(
            f["represents"]
        )

    def resolution(a: Fact, f: Fact) -> bool:
        if norm(a["minute"]) != norm(f["minute"]):
            return False
        if without_formula(f["text"]).startswith(without_formula(a["first_words"])):
            return True
        return without_motion(f["text"]).startswith(without_motion(a["first_words"]))

    known = {body_id for body_id, _ in bodies}

    def body(a: Fact, f: Fact) -> bool:
        if _as_date(a["date"]) != _as_date(f["date"]):
            return False
        if a.get("body_id"):
            return bool(a["body_id"] == f["body_id"])
        wa, wf = words(a["body"]), words(str(f["body_id"]).replace("-", " "))
        if f["body_id"] in known:
            return False
        if not wa - _GENERIC:  # printed only generically ("Police and Crime Panel")
            return wa == wf
        return bool((wa - _GENERIC) & wf) and len(wa & wf) * 2 >= len(wa | wf)

    return {
        "parts": part,
        "meetings": meeting,
        "agenda_items": item,
        "minutes": minute,
        "attendance": attendance,
        "questions": question,
        "declarations": declaration,
        "decisions": decision,
        "actions": action,
        "membership": member,
        "resolutions": resolution,
        "bodies": body,
    }


@dataclass
class Tally:
    """One category's counts and the facts that did not match."""

    annotated: int = 0
    found: int = 0
    matched: int = 0
    misses: list[Fact] = field(default_factory=list)
    extras: list[Fact] = field(default_factory=list)
    moved: list[Fact] = field(default_factory=list)  # matched, on another line

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.annotated if self.annotated else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match_category(
    annotated: list[Fact], found: list[Fact], same: Callable[[Fact, Fact], bool]
) -> tuple[list[Fact], list[Fact], list[tuple[Fact, Fact]]]:
    """Greedy one-to-one matching, nearest line first: (misses, extras, matched pairs)."""
    left = list(found)
    misses: list[Fact] = []
    pairs: list[tuple[Fact, Fact]] = []
    for a in annotated:
        candidates = [f for f in left if same(a, f)]
        if not candidates:
            misses.append(a)
            continue
        best = min(candidates, key=lambda f: abs(int(f.get("line") or 0) - int(a["line"])))
        left.remove(best)
        pairs.append((a, best))
    return misses, left, pairs


def plain(value: object) -> object:
    """JSON-ready: dates as ISO strings, everything else as is."""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def shorten(fact: Fact, file: str) -> Fact:
    out: Fact = {"file": file}
    for k, v in fact.items():
        v = plain(v)
        if isinstance(v, str) and len(v) > 120:
            v = v[:117] + "..."
        out[k] = v
    return out


def add_file(
    tallies: dict[str, Tally],
    golden: dict[str, Any],
    found: dict[str, list[Fact]],
    same: dict[str, Callable[[Fact, Fact], bool]],
) -> None:
    """Match one annotated file's facts against what was found, into `tallies`."""
    file = golden["document"]
    for category, t in tallies.items():
        wanted = golden.get(category) or []
        misses, extras, pairs = match_category(wanted, found[category], same[category])
        t.annotated += len(wanted)
        t.found += len(found[category])
        t.matched += len(pairs)
        t.misses += [shorten(m, file) for m in misses]
        t.extras += [shorten(e, file) for e in extras]
        t.moved += [
            {**shorten(a, file), "found_line": f.get("line")}
            for a, f in pairs
            if f.get("line") != a["line"]
        ]


def compare(
    documents: Iterable[SourceDocument], annotations: Path, content: Path
) -> dict[str, Tally]:
    """Every category's tally over every document that has an annotation file."""
    bodies = load_bodies(content)
    same = matchers(bodies)
    tallies = {c: Tally() for c in CATEGORIES}
    by_file = {d.file: d for d in documents}
    for path in sorted(annotations.glob("*.yaml")):
        golden = yaml.safe_load(path.read_text(encoding="utf-8"))
        document = by_file.get(golden["document"])
        if document is None:
            raise SystemExit(f"{path.name}: no document {golden['document']} in the content folder")
        add_file(tallies, golden, found_facts(document, bodies), same)
    return tallies


# --- the layout zoo -------------------------------------------------------------------


def zoo_content(zoo: Path, into: Path) -> Path:
    """A content folder holding the zoo's documents and the repository's bodies.yaml."""
    documents = into / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    for path in sorted(zoo.glob("*.txt")):
        (documents / path.name).write_bytes(path.read_bytes())
    bodies = REPO / "content" / "bodies.yaml"
    (into / "bodies.yaml").write_bytes(bodies.read_bytes())
    return into


def zoo_annotations(zoo: Path) -> list[dict[str, Any]]:
    """The zoo's hand annotations, each with its meetings' bodies as the `bodies` category."""
    out = []
    for path in sorted((zoo / "annotations").glob("*.yaml")):
        golden = yaml.safe_load(path.read_text(encoding="utf-8"))
        golden["bodies"] = [
            {k: m.get(k) for k in ("body", "body_id", "date", "line")}
            for m in golden.get("meetings") or []
        ]
        out.append(golden)
    return out


@dataclass
class ZooTallies:
    """The zoo's tallies over every file, and per layout family."""

    overall: dict[str, Tally]
    layouts: dict[str, dict[str, Tally]]


def compare_zoo(
    documents: Iterable[SourceDocument], archive: Archive, zoo: Path, content: Path
) -> ZooTallies:
    """Every zoo category's tally, overall and per layout family."""
    bodies = load_bodies(content)
    same = matchers(bodies)
    resolved = archive_bodies(archive)
    by_file = {d.file: d for d in documents}
    overall = {c: Tally() for c in ZOO_CATEGORIES}
    layouts: dict[str, dict[str, Tally]] = {}
    for golden in zoo_annotations(zoo):
        document = by_file.get(golden["document"])
        if document is None:
            raise SystemExit(f"zoo: no document {golden['document']} for its annotation")
        found = found_facts(document, bodies)
        found["bodies"] = resolved.get(document.file, [])
        add_file(overall, golden, found, same)
        layout = layouts.setdefault(golden["layout"], {c: Tally() for c in ZOO_CATEGORIES})
        add_file(layout, golden, found, same)
    return ZooTallies(overall, dict(sorted(layouts.items())))


def read_zoo(zoo: Path, into: Path) -> tuple[Path, list[SourceDocument], Archive]:
    """Parse and resolve the zoo as an archive of its own: (content folder, documents,
    archive)."""
    content = zoo_content(zoo, into)
    archive, documents = read_archive(content, Diagnostics())
    return content, documents, archive


def layout_table(zoo: ZooTallies) -> str:
    """F1 per layout family (rows) and category (columns); "-" where the family's files
    have no such fact annotated or found."""
    short = {c: c[:6] for c in ZOO_CATEGORIES}
    width = max(len(name) for name in zoo.layouts) + 2 if zoo.layouts else 10
    rows = [f"{'layout':<{width}}" + "".join(f"{short[c]:>8}" for c in ZOO_CATEGORIES)]
    for name, tallies in zoo.layouts.items():
        cells = [
            f"{t.f1:>8.2f}" if t.annotated or t.found else f"{'-':>8}" for t in tallies.values()
        ]
        rows.append(f"{name:<{width}}" + "".join(cells))
    return "\n".join(rows)


def zoo_report(zoo: ZooTallies) -> dict[str, Any]:
    out = report(zoo.overall)
    out["layouts"] = {
        name: {
            c: {"annotated": t.annotated, "found": t.found, "f1": round(t.f1, 4)}
            for c, t in tallies.items()
        }
        for name, tallies in zoo.layouts.items()
    }
    return out


def report(tallies: dict[str, Tally]) -> dict[str, Any]:
    return {
        "target_f1": TARGET_F1,
        "categories": {
            c: {
                "annotated": t.annotated,
                "found": t.found,
                "matched": t.matched,
                "precision": round(t.precision, 4),
                "recall": round(t.recall, 4),
                "f1": round(t.f1, 4),
                "misses": t.misses,
                "extras": t.extras,
                "lines_differ": t.moved,
            }
            for c, t in tallies.items()
        },
    }


def table(tallies: dict[str, Tally]) -> str:
    rows = [f"{'category':<14}{'annot.':>7}{'found':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    for c, t in tallies.items():
        flag = "" if t.f1 >= TARGET_F1 else "  < target"
        rows.append(
            f"{c:<14}{t.annotated:>7}{t.found:>7}{t.matched:>7}"
            f"{t.precision:>8.3f}{t.recall:>8.3f}{t.f1:>8.3f}{flag}"
        )
    return "\n".join(rows)


def details(tallies: dict[str, Tally]) -> str:
    out: list[str] = []
    for c, t in tallies.items():
        for label, facts in (("miss", t.misses), ("extra", t.extras), ("line", t.moved)):
            for f in facts:
                rest = {k: v for k, v in f.items() if k not in ("file", "line")}
                out.append(f"{c:<13} {label:<5} {f['file']}:{f.get('line')}  {rest}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=REPO / "content")
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    parser.add_argument("--results", type=Path, default=None)
    parser.add_argument(
        "--zoo", action="store_true", help="measure the layout zoo (tests/fixtures/zoo)"
    )
    parser.add_argument(
        "--zoo-dir",
        type=Path,
        default=ZOO,
        help="with --zoo: a folder laid out like the zoo (papers, annotations/) to measure",
    )
    args = parser.parse_args(argv)
    if args.zoo:
        zoo_dir = args.zoo_dir.resolve()
        return main_zoo(args.results or zoo_results(zoo_dir), zoo_dir)
    args.results = args.results or RESULTS
    documents = read_documents(args.content, Diagnostics())
    tallies = compare(documents, args.annotations, args.content)
    print(table(tallies))
    listing = details(tallies)
    if listing:
        print(
            "\nmisses (annotated, not found), extras (found, not annotated) and matched"
            " facts found on another line than annotated (line):"
        )
        print(listing)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(
        json.dumps(report(tallies), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return 0


def zoo_results(zoo_dir: Path) -> Path:
    """Where a zoo-like folder's results go: the zoo's own file, or one named after the
    folder (tests/fixtures/heldout -> benchmarks/results/accuracy-heldout.json)."""
    if zoo_dir == ZOO:
        return ZOO_RESULTS
    return ZOO_RESULTS.with_name(f"accuracy-{zoo_dir.name}.json")


def main_zoo(results: Path, zoo_dir: Path = ZOO) -> int:
    if not (zoo_dir / "annotations").is_dir():
        raise SystemExit(f"{zoo_dir}: no annotations/ folder beside the papers")
    with tempfile.TemporaryDirectory() as tmp:
        content, documents, archive = read_zoo(zoo_dir, Path(tmp))
        zoo = compare_zoo(documents, archive, zoo_dir, content)
    shown = zoo_dir.relative_to(REPO) if zoo_dir.is_relative_to(REPO) else zoo_dir
    print(f"{zoo_dir.name}: {len(zoo_annotations(zoo_dir))} documents in {shown}")
    print(table(zoo.overall))
    print("\nF1 per layout family:")
    print(layout_table(zoo))
    listing = details(zoo.overall)
    if listing:
        print("\nmisses, extras and lines that differ:")
        print(listing)
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(
        json.dumps(zoo_report(zoo), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
