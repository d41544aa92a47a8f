"""Benchmark: time and peak memory of reading+parsing+writing pages for oversized input.

Not a test: it prints figures. Run: .venv/bin/python benchmarks/bad_input.py
It writes, in a temporary folder, a 10 MB document of prose-like lines and a document that
is a single 1 MB line (both salted with the tokens the layout rules look for), and runs the
pipeline (no site engine) over each, then over the real content plus both.
"""

from __future__ import annotations

import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

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
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of the process: {peak:.0f} MB ({sys.platform})")


if __name__ == "__main__":
    main()
