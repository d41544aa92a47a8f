"""Robustness: how well minutes are read when a paper numbers them in a scheme never seen.

Every new paper numbers its minutes its own way ("PC.52/15", "AG/31", "*12"), so the tuned
sets' figures overstate what an unseen paper gets. This benchmark takes the minutes papers
of the tuned sets (the zoo and tests/fixtures/heldout ... heldout8) with their hand
annotations, rewrites each annotated minute's printed number at its annotated line into a
novel scheme ("QX.{n}/24", "M{n}", "{n}/2024", "§{n}", "Min. {n}", "C{n:03d}",
"{yy}/{n:03d}") in a temporary copy, rewrites the annotations to match (the minutes'
numbers, and every fact's `minute`), and prints minutes and resolutions F1 per scheme, with
the papers as printed first. A paper is left out when a minute of it has no number or its
annotated line does not open with the number. Deterministic: each paper's first number and
year come from a random generator seeded with the paper's name.
Two more families reword what the genre prints in many ways (benchmarks/wording.py): the
label over each annotated present list (attendance F1 per label) and each annotated
resolution's leading formula (resolutions F1 per formula), each table ending with a row
where every paper's variant is seeded by its name.
Run: `make robustness`, or `.venv/bin/python benchmarks/robustness.py [--sets zoo heldout]
[--families numbering attendance decision]`.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import REPO, Tally, compare_zoo, read_zoo
from wording import DECISION_FORMULAE, PRESENT_LABELS, reformulate, relabel_present

FIXTURES = REPO / "tests" / "fixtures"
#: The tuned sets whose papers are renumbered
SETS = ("zoo", "heldout", *(f"heldout{n}" for n in range(2, 9)))
#: Novel numbering schemes: `n` the running number, `yy` a two-digit year
SCHEMES = ("QX.{n}/24", "M{n}", "{n}/2024", "§{n}", "Min. {n}", "C{n:03d}", "{yy}/{n:03d}")
#: "Min. 5": the word is no part of the minute's number, as the annotations write it
MINUTE_WORD = re.compile(r"^Min\.? ")
AS_PRINTED = "as printed"
SEED = 14
REPORTED = ("minutes", "resolutions")
#: A row where each paper takes one wording chosen by a generator seeded with its name
MIXED = "mixed (seeded)"

Paper = tuple[str, str, dict[str, Any]]
Rewrite = Callable[[str, str, dict[str, Any]], tuple[str, dict[str, Any]] | None]


def first_number(file: str) -> tuple[int, int]:
    """A paper's first running number and two-digit year, seeded with its name."""
    rng = random.Random(f"{SEED}:{file}")
    return rng.randint(1, 140), rng.randint(10, 25)


def _renumber_facts(golden: dict[str, Any], numbers: dict[str, str]) -> dict[str, Any]:
    """The annotation with every fact's `minute` (and each minute's `number`) renumbered."""
    out = dict(golden)
    for key, facts in golden.items():
        if not isinstance(facts, list):
            continue
        renumbered = []
        for fact in facts:
            if isinstance(fact, dict):
                fact = dict(fact)
                for field in ("minute", "number") if key == "minutes" else ("minute",):
                    if isinstance(fact.get(field), str) and fact[field] in numbers:
                        fact[field] = numbers[fact[field]]
            renumbered.append(fact)
        out[key] = renumbered
    return out


def rewrite(
    text: str, golden: dict[str, Any], scheme: str, start: int, year: int
) -> tuple[str, dict[str, Any]] | None:
    """The paper with each annotated minute's printed number at its annotated line replaced
    by `scheme` (numbers running from `start`), and its annotation to match; None when the
    paper cannot be renumbered so (no minutes, a minute without a number, or a line that
    does not open with it)."""
    minutes = golden.get("minutes") or []
    printed = [str(m.get("number")) for m in minutes if m.get("number") is not None]
    if not minutes or len(printed) != len(minutes) or len(set(printed)) != len(printed):
        return None
    lines = text.splitlines(keepends=True)
    numbers: dict[str, str] = {}
    for k, minute in enumerate(minutes):
        at = int(minute["line"]) - 1
        if not 0 <= at < len(lines):
            return None
        pattern = rf"^(?P<lead>[*\s]{{0,6}}){re.escape(printed[k])}(?P<stop>[.:)]?)(?=[\s*]|$)"
        match = re.match(pattern, lines[at])
        if match is None:
            return None
        new = scheme.format(n=start + k, yy=year)
        lines[at] = match["lead"] + new + lines[at][match.end() :]
        numbers[printed[k]] = MINUTE_WORD.sub("", new)
    return "".join(lines), _renumber_facts(golden, numbers)


def papers(sets: list[str]) -> list[tuple[str, str, dict[str, Any]]]:
    """(unique name, text, annotation) of every annotated minutes paper in the sets."""
    out = []
    for name in sets:
        folder = FIXTURES / name
        for path in sorted((folder / "annotations").glob("*.yaml")):
            golden = yaml.safe_load(path.read_text(encoding="utf-8"))
            paper = folder / golden["document"]
            if golden.get("minutes") and paper.is_file():
                out.append((f"{name}-{golden['document']}", paper.read_text("utf-8"), golden))
    return out


def renumbered_set(
    into: Path, found: list[tuple[str, str, dict[str, Any]]], scheme: str | None
) -> int:
    """Write the papers renumbered in `scheme` (as printed when None) into a zoo-like folder
    `into`; how many papers it holds."""
    (into / "annotations").mkdir(parents=True)
    count = 0
    for name, text, golden in found:
        start, year = first_number(name)
        done = rewrite(text, golden, scheme or "{n}", start, year)
        if done is None:
            continue
        paper, annotation = (text, golden) if scheme is None else done
        annotation = {**annotation, "document": name}
        (into / name).write_text(paper, encoding="utf-8")
        (into / "annotations" / f"{name}.yaml").write_text(
            yaml.safe_dump(annotation, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        count += 1
    return count


def measure(found: list[tuple[str, str, dict[str, Any]]], scheme: str | None) -> dict[str, Tally]:
    """Minutes and resolutions tallies over the papers renumbered in `scheme`."""
    with tempfile.TemporaryDirectory() as tmp:
        zoo = Path(tmp) / "papers"
        renumbered_set(zoo, found, scheme)
        content, documents, archive = read_zoo(zoo, Path(tmp) / "content")
        return compare_zoo(documents, archive, zoo, content).overall


def rewritten_set(into: Path, found: list[Paper], rewrite_one: Rewrite, as_printed: bool) -> int:
    """Write the papers `rewrite_one` can rewrite (as printed when `as_printed`) into a
    zoo-like folder `into`; how many papers it holds."""
    (into / "annotations").mkdir(parents=True)
    count = 0
    for name, text, golden in found:
        done = rewrite_one(name, text, golden)
        if done is None:
            continue
        paper, annotation = (text, golden) if as_printed else done
        (into / name).write_text(paper, encoding="utf-8")
        (into / "annotations" / f"{name}.yaml").write_text(
            yaml.safe_dump({**annotation, "document": name}, allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )
        count += 1
    return count


def measure_rewrite(
    found: list[Paper], rewrite_one: Rewrite, as_printed: bool
) -> tuple[int, Tally]:
    """How many papers were rewritten, and the tallies of every category over them."""
    with tempfile.TemporaryDirectory() as tmp:
        zoo = Path(tmp) / "papers"
        count = rewritten_set(zoo, found, rewrite_one, as_printed)
        content, documents, archive = read_zoo(zoo, Path(tmp) / "content")
        return count, compare_zoo(documents, archive, zoo, content).overall


def seeded(name: str, choices: tuple[str, ...]) -> str:
    """The wording a paper takes in the mixed row: chosen by a generator seeded with its name."""
    return random.Random(f"{SEED}:{name}").choice(choices)


#: The wording families: (title, variants, the category measured, the rewrite)
FAMILIES: tuple[tuple[str, tuple[str, ...], str, Callable[..., Any]], ...] = (
    ("attendance label", PRESENT_LABELS, "attendance", relabel_present),
    ("decision formula", DECISION_FORMULAE, "resolutions", reformulate),
)


def print_family(
    found: list[Paper],
    title: str,
    variants: tuple[str, ...],
    category: str,
    rewrite: Callable[..., Any],
) -> None:
    """One family's table: the category's F1 over the papers it rewrites, as printed, per
    variant, and with each paper's variant seeded by its name."""
    rows: list[tuple[str, Rewrite, bool]] = [
        (AS_PRINTED, lambda _n, t, g: rewrite(t, g, variants[0]), True),
        *((v, lambda _n, t, g, v=v: rewrite(t, g, v), False) for v in variants),
        (MIXED, lambda n, t, g: rewrite(t, g, seeded(n, variants)), False),
    ]
    print(f"\n{title:<36}{'papers':>8}{category:>13}")
    for label, rewrite_one, as_printed in rows:
        count, tallies = measure_rewrite(found, rewrite_one, as_printed)
        print(f"{label:<36}{count:>8}{tallies[category].f1:>13.3f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), help="tuned sets to rewrite")
    parser.add_argument(
        "--families",
        nargs="+",
        default=["numbering", *(f[0].split()[0] for f in FAMILIES)],
        help="families to measure: numbering, attendance, decision",
    )
    args = parser.parse_args(argv)
    found = papers(args.sets)
    for title, variants, category, rewrite_fn in FAMILIES:
        if title.split()[0] in args.families:
            print_family(found, title, variants, category, rewrite_fn)
    if "numbering" not in args.families:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        count = renumbered_set(Path(tmp) / "count", found, None)
    print(f"{count} minutes papers renumbered from {', '.join(args.sets)}")
    print(f"{'scheme':<16}" + "".join(f"{c:>13}" for c in REPORTED))
    for scheme in (None, *SCHEMES):
        tallies = measure(found, scheme)
        cells = "".join(f"{tallies[c].f1:>13.3f}" for c in REPORTED)
        print(f"{scheme or AS_PRINTED:<16}{cells}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
