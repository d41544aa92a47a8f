"""Benchmark: time and peak memory of reading+parsing+writing pages for oversized input.

Not a test: it prints figures. Run: .venv/bin/python benchmarks/bad_input.py
It writes, in a temporary folder, a 10 MB document of prose-like lines and a document that
is a single 1 MB line (both salted with the tokens the layout rules look for), and runs the
pipeline (no site engine) over each, then over the real content plus both.

Then the worst inputs found so far, each a minutes paper around one hostile line, built
into pages and then through the site engine (the step whose cost grew with the square of
a line's length): a 550 KB line of '[' after "PRESENT: Cllr A Smith" (its "name" was
copied into 10.6 MB of pages), a 1.6 MB line of '<' (each became '&lt;'), and a 5 MB table
flattened onto one line. Each is run at a quarter and at full size: with every step
linear, the full size takes about four times as long (less the fixed cost of a build).

Last, the lines that once made a reading pattern backtrack (open brackets and titles in a
present list, an apologies sentence without an end, openings that repeat their first
words), each parsed alone at a quarter and at full size. The tests read them too, untimed.
"""

from __future__ import annotations

import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
from minutebook.engine.site import build_site
from minutebook.errors import Diagnostics
from minutebook.parsing import parse_document
from minutebook.parsing.reading import SourceText
from minutebook.pipeline import generate

REPO = Path(__file__).resolve().parents[1]
TOKENS = [
    "the",
    "panel",
    "commissioner",
    "police",
    "report",
    "crime",
    "**bold**",
    "(Item)",
    "1.",
    "-",
    "council",
    "RESOLVED:",
    "Mr",
    "Cllr",
    "<b>x</b>",
    "10",
    "October",
    "2024",
    "*",
    "To:",
    "Subject:",
    "Date:",
    "MINUTES",
    "PRESENT:",
]


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(TOKENS) for _ in range(n))


def make(folder: Path) -> dict[str, Path]:
    rng = random.Random(1)
    huge = folder / "huge" / "documents"
    huge.mkdir(parents=True)
    lines, size = [], 0
    while size < 10_000_000:
        line = _words(rng, rng.randint(5, 60))
        lines.append(line)
        size += len(line) + 1
    (huge / "huge.txt").write_text("\n".join(lines), "utf-8")
    long = folder / "long" / "documents"
    long.mkdir(parents=True)
    (long / "one-line.txt").write_text(_words(rng, 200_000)[:1_000_000], "utf-8")
    both = folder / "both"
    shutil.copytree(REPO / "content", both)
    shutil.copy(huge / "huge.txt", both / "documents")
    shutil.copy(long / "one-line.txt", both / "documents")
    return {"10 MB document": folder / "huge", "1 MB line": folder / "long", "content + both": both}


HEAD = (
    "MINUTES of a meeting of the Wessex Police and Crime Panel held at the Guildhall, "
    "Upper Wardle on Thursday, 6 February 2025.\n\n"
)
#: The worst inputs: name -> (full size in characters, the paper around n characters).
WORST = {
    "bracket name": (550_000, lambda n: HEAD + "PRESENT: Cllr A Smith " + "[" * n + "\n"),
    "'<' line": (1_600_000, lambda n: HEAD + "1. Budget (Item 1)\n\n" + "a<b " * (n // 4)),
    "flat table": (5_000_000, lambda n: HEAD + "1. Budget (Item 1)\n\n" + "cell one\t" * (n // 9)),
}


#: Lines that once made a reading pattern backtrack: name -> the line around n repeats.
HOSTILE_LINES: dict[str, Callable[[int], str]] = {
    "open brackets": lambda n: "PRESENT: " + "Cllr A Reid (Chair, " * n,
    "titles, no names": lambda n: "PRESENT: " + "Mr Mrs Cllr Dr " * n,
    "brackets first": lambda n: "PRESENT: " + "(" * (4 * n) + "Mr A",
    "endless apologies": lambda n: "Apologies were received from " + "Aa Bb Cc " * n,
    "names, no verb": lambda n: "Mr A Bb " * n + "substituted at",
    "minutes of the": lambda n: "Minutes of the " * (4 * n) + "meeting",
    "members of the": lambda n: "Members of the " * (4 * n) + "are requested to attend",
    "the panel": lambda n: "MINUTES of a meeting of " + "the Panel " * (6 * n) + "held on 4 July",
    "repeated dates": lambda n: "Date: 4 July 2019 " * (3 * n),
    "meeting of": lambda n: "4 July 2019 – a " + "meeting of " * (5 * n),
}


def hostile_lines() -> None:
    """Parsing time of each hostile line, at a quarter and at full size (5,000 repeats)."""
    print(f"{'hostile line':<18} {'characters':>11} {'parse s':>8}")
    for name, line in HOSTILE_LINES.items():
        for repeats in (1_250, 5_000):
            text = line(repeats) + "\nTime: 10am\nPresent: Councillor A Person\n"
            start = time.perf_counter()
            parse_document(SourceText("hostile.txt", "0" * 64, text), Diagnostics())
            seconds = time.perf_counter() - start
            print(f"{name:<18} {len(text):>11,} {seconds:8.2f}")


def worst_inputs(folder: Path) -> None:
    """Pages and site for each worst input at a quarter and at full size."""
    print(f"{'worst input':<14} {'characters':>11} {'pages s':>8} {'site s':>8} {'pages MB':>9}")
    for name, (full, paper) in WORST.items():
        for size in (full // 4, full):
            case = folder / f"{name.replace(' ', '-')}-{size}"
            (case / "content" / "documents").mkdir(parents=True)
            (case / "content" / "documents" / "paper.txt").write_text(paper(size), "utf-8")
            start = time.perf_counter()
            generate(case / "content", case / "pages", DEFAULT_SITE_CONFIG)
            pages = time.perf_counter() - start
            megabytes = sum(p.stat().st_size for p in (case / "pages").rglob("*.md")) / 1e6
            start = time.perf_counter()
            build_site(DEFAULT_CONFIG, case / "pages", case / "site")
            site = time.perf_counter() - start
            print(f"{name:<14} {size:>11,} {pages:8.2f} {site:8.2f} {megabytes:9.2f}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cases = make(Path(tmp))
        print(f"{'case':<16} {'wall s':>8} {'cpu s':>8} {'warnings':>9}")
        for name, content in cases.items():
            wall, cpu = time.perf_counter(), time.process_time()
            result = generate(content, Path(tmp) / "pages" / name.replace(" ", "-"))
            print(
                f"{name:<16} {time.perf_counter() - wall:8.2f} {time.process_time() - cpu:8.2f}"
                f" {len(result.diagnostics.warnings):9d}"
            )
        worst_inputs(Path(tmp) / "worst")
        hostile_lines()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of the process: {peak:.0f} MB ({sys.platform})")


if __name__ == "__main__":
    main()
