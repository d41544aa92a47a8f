"""Benchmark: how a build grows with the archive (1x, 4x and 16x the real documents).

Not a test: it prints figures and writes them to benchmarks/results/scale.json (committed,
so the README's figures have their source; the JSON names the machine they came from).
Run: `make bench`, or `.venv/bin/python benchmarks/scale.py [--sizes 1 4 16]`.

The archive of N times the documents is the real documents plus N-1 copies with every
year moved back by 4, 8, 12... years (`shift_years`), so each copy's meetings, dates, paper
ids and URLs are new while the same people recur, as in a real run of years. A 4-year step
keeps 29 February valid (no copy reaches 1900); it makes printed weekday names wrong,
which the parser never reads (dates are day, month and year: `minutebook.dates`). Each
size checks that the copies parse into distinct meetings and give no kind of warning the
originals do not give.

Each size runs in a fresh process (so peak memory, `ru_maxrss`, is that build's), timing
each stage: reading+parsing (parallel, from an empty parse cache), resolving, writing the
Markdown, MkDocs, and search indexing (`minutebook.engine.search_index.build_search_index` if the
package has it; otherwise Material's search, whose indexing is inside the MkDocs stage).
At the largest size it then adds one document (a copy of a minutes document moved 4 years
ahead of the newest, so a new latest meeting) and times the incremental rebuild.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "scale.json"
STEP_YEARS = 4
#: Pages compared across sizes: a meeting of the original documents (never shifted) and
#: the home page should not grow;
FIXED_PAGES = {
    "meeting": "meetings/2024-10-10-kent-and-medway-police-and-crime-panel/index.html",
    "home": "index.html",
    # Pages whose content is the archive's (every meeting a person attended; every meeting).
    "person": "people/shane-mochrie-cox/index.html",
    "meetings list": "meetings/index.html",
}
#: The document added to the largest archive for the incremental rebuild (a minutes paper).
ADDED = "001_78dbf443e4e88d81.txt"
ADDED_MEETING = dt.date(2023, 10, 17)  # the meeting it minutes; moved past the newest one
QUERY = "police"

#: A year from 1900 to 2099, and a financial year's second half ("2023/24", "2023-24").
YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?:(?P<sep>\s?[/\-–]\s?)(?P<yy>\d\d)(?!\d))?(?!\d)")


def shift_years(text: str, years: int) -> str:
    """Every year in the text moved by `years` (two-digit second halves too)."""

    def move(match: re.Match[str]) -> str:
        moved = str(int(match["y"]) + years)
        if match["yy"] is None:
            return moved
        return f"{moved}{match['sep']}{(int(match['yy']) + years) % 100:02d}"

    return YEAR.sub(move, text)


def synthesise(factor: int, content: Path) -> None:
    """content/ with the documents and factor-1 shifted copies of them."""
    shutil.copytree(REPO / "content", content)
    documents = sorted((REPO / "content" / "documents").iterdir())
    for copy in range(1, factor):
        years = -STEP_YEARS * copy
        for source in documents:
            text = shift_years(source.read_text("utf-8"), years)
            (content / "documents" / f"shifted{years}y-{source.name}").write_text(text, "utf-8")


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the parsing workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(stages: dict[str, dict[str, float]], name: str, work: Callable[[], Any]) -> Any:
    wall, cpu = time.perf_counter(), _cpu()
    result = work()
    stages[name] = {"wall_s": time.perf_counter() - wall, "cpu_s": _cpu() - cpu}
    return result


def search_indexer() -> Callable[[Path], None] | None:
    if importlib.util.find_spec("minutebook.engine.search_index") is None:
        return None
    from minutebook.engine.search_index import build_search_index  # type: ignore[import-not-found]

    return build_search_index  # type: ignore[no-any-return]


def pagefind_query_files(pagefind: Path, word: str, shown: int = 10) -> dict[str, Any]:
    """The files of `pagefind/` a one-word query fetches, read from the index itself.

    Always: the loader (pagefind.js and its worker), the entry file, the language's
    metadata and WebAssembly, every filter file (the search dialog lists filter values) and
    the index chunk(s) whose word range holds the query. Then one fragment per result shown
    (site_config/assets/search.js shows 10). Which pages rank first is Pagefind's business
    (BM25 with weights for headings and more), so rather than guess, this gives the bytes
    with the 10 smallest and with the 10 largest fragments among the pages that match (any
    indexed word starting with the query's stem). Checked against Chromium
    on the 1x site: for "police" it fetched these files and 260,567 bytes, within the range
    (196,572 to 368,653); for "tinting" it fetched one more index chunk (36,801 bytes), as
    the dialog searched while the word was typed and a prefix fell in the chunk before."""
    from minutebook.engine.search_index import _read

    entry = json.loads((pagefind / "pagefind-entry.json").read_text("utf-8"))
    info = next(iter(entry["languages"].values()))
    meta_path = pagefind / f"pagefind.{info['hash']}.pf_meta"
    meta = _read(meta_path)
    files = [
        pagefind / "pagefind.js",
        pagefind / "pagefind-worker.js",
        pagefind / "pagefind-entry.json",
        meta_path,
        pagefind / f"wasm.{info['wasm']}.pagefind",
    ]
    files += [pagefind / "filter" / f"{file_hash}.pf_filter" for _, file_hash in meta[3]]
    # The index holds stemmed words ("police" is "polic"). Without Pagefind's stemmer at
    # hand, the stem is the longest indexed word of 4 letters or more the query starts with
    # (or the query itself); Pagefind then matches every indexed word starting with it.
    near = [chunk for chunk in meta[2] if chunk[0] <= word and (chunk[1] >= word[:4])]
    indexed = {c[2]: _read(pagefind / "index" / f"{c[2]}.pf_index")[0] for c in near}
    prefixes = [
        row[0]
        for rows in indexed.values()
        for row in rows
        if len(row[0]) >= 4 and word.startswith(row[0])
    ]
    stem = max(prefixes, key=len, default=word)
    pages: set[int] = set()
    for first, last, chunk_hash in meta[2]:
        if not (first <= stem <= last or first.startswith(stem)):
            continue
        chunk = pagefind / "index" / f"{chunk_hash}.pf_index"
        files.append(chunk)
        rows = indexed.get(chunk_hash) or _read(chunk)[0]
        for term, postings, *_ in rows:
            if term.startswith(stem):
                page = 0
                for delta, *_ in postings:  # page numbers are delta-encoded
                    page += delta
                    pages.add(page)
    fragments = sorted(
        (pagefind / "fragment" / f"{meta[1][page][0]}.pf_fragment").stat().st_size for page in pages
    )
    fixed = sum(f.stat().st_size for f in files)
    return {
        "files": [f.relative_to(pagefind).as_posix() for f in files],
        "stem": stem,
        "matching_pages": len(pages),
        "bytes_min": fixed + sum(fragments[:shown]),
        "bytes_max": fixed + sum(fragments[-shown:]),
    }


def search_bytes(site: Path) -> dict[str, Any]:
    """Bytes a browser fetches for a one-word query, beyond the page itself.

    Material's search fetches its whole index (search/search_index.json) whatever the
    query. For Pagefind (site/pagefind/), see `pagefind_query_files`."""
    pagefind = site / "pagefind"
    if pagefind.is_dir():
        return {"engine": "pagefind", **pagefind_query_files(pagefind, QUERY)}
    data = (site / "search" / "search_index.json").read_bytes()
    return {
        "engine": "material",
        "bytes_min": len(data),
        "bytes_max": len(data),
        "gzip_bytes": len(gzip.compress(data, mtime=0)),
    }


def _site_figures(site: Path) -> dict[str, Any]:
    html = [p for p in site.rglob("index.html")]
    sizes = [p.stat().st_size for p in html]
    return {
        "html_pages": len(html),
        "site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
        "median_page_html_bytes": int(statistics.median(sizes)),
        "fixed_page_html_bytes": {
            kind: (site / path).stat().st_size if (site / path).is_file() else None
            for kind, path in FIXED_PAGES.items()
        },
        "search": search_bytes(site),
    }


def _warning_check(result: Any, factor: int) -> dict[str, Any]:
    """Copies must be new meetings and add no new kind of warning."""
    from minutebook.errors import Diagnostics
    from minutebook.pipeline import read_archive

    originals = Diagnostics()
    original_archive, _ = read_archive(REPO / "content", originals)
    codes = Counter(d.code for d in originals.warnings)
    got = Counter(d.code for d in result.diagnostics.warnings)
    return {
        "meetings": len(result.archive.meetings),
        "meetings_expected": factor * len(original_archive.meetings),
        "papers": len(result.archive.documents),
        "papers_expected": factor * len(original_archive.documents),
        "warnings": sum(got.values()),
        "warnings_expected": factor * sum(codes.values()),
        "new_warning_kinds": sorted(set(got) - set(codes)),
    }


def run_one(factor: int, work: Path, incremental: bool) -> dict[str, Any]:
    """One size, in this (fresh) process."""
    from minutebook.engine.site import build_site
    from minutebook.errors import Diagnostics
    from minutebook.parsing.cache import ParseCache
    from minutebook.parsing.reading import read_sources
    from minutebook.pipeline import (
        BuildResult,
        content_epoch,
        generate,
        parse_all,
        read_documents,
        write_pages,
    )
    from minutebook.resolving import build_archive
    from minutebook.resolving.curated import load_curated

    content, pages, site = work / "content", work / "pages", work / "site"
    cache_dir, state = work / "cache", work / "state.json"
    synthesise(factor, content)
    config, site_config = DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
    indexer = search_indexer()
    stages: dict[str, dict[str, float]] = {}
    diagnostics = Diagnostics()
    cache = ParseCache(cache_dir)
    documents = _timed(stages, "read_parse", lambda: read_documents(content, diagnostics, cache))
    archive = _timed(
        stages,
        "resolve",
        lambda: build_archive(documents, load_curated(content), diagnostics),
    )
    _timed(stages, "write_markdown", lambda: write_pages(archive, pages, site_config))
    epoch = content_epoch(archive)
    _timed(
        stages,
        "mkdocs",
        lambda: build_site(config, pages, site, epoch, state_file=state, incremental=False),
    )
    if indexer is not None:
        _timed(stages, "search_index", lambda: indexer(site))
    peak_main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    # the largest child: a parsing worker or Pagefind (its binary runs as a subprocess)
    peak_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    result = BuildResult(archive, documents, diagnostics, 0)
    sources = read_sources(content / "documents", Diagnostics())
    serial = time.perf_counter()
    parse_all(sources, workers=1)
    figures: dict[str, Any] = {
        "factor": factor,
        "documents": len(documents),
        "markdown_pages": sum(1 for p in pages.rglob("*.md")),
        "stages": stages,
        "parse_serial_wall_s": time.perf_counter() - serial,
        "peak_rss_bytes": {"main": peak_main, "largest_child": peak_worker},
        "search_indexer": "minutebook.engine.search_index"
        if indexer
        else "material (inside mkdocs)",
        "check": _warning_check(result, factor),
        **_site_figures(site),
    }
    if incremental:
        newest = max(m.date for m in archive.meetings.values())
        years = STEP_YEARS
        while ADDED_MEETING.replace(year=ADDED_MEETING.year + years) <= newest:
            years += STEP_YEARS
        added = shift_years((REPO / "content" / "documents" / ADDED).read_text("utf-8"), years)
        (content / "documents" / f"added{years}y-{ADDED}").write_text(added, "utf-8")
        steps: dict[str, dict[str, float]] = {}
        new = _timed(
            steps,
            "pages",
            lambda: generate(content, pages, site_config, cache_dir=cache_dir),
        )
        built = _timed(
            steps,
            "mkdocs",
            lambda: build_site(config, pages, site, content_epoch(new.archive), state_file=state),
        )
        if indexer is not None:
            _timed(steps, "search_index", lambda: indexer(site))
        figures["add_one_document"] = {
            "steps": steps,
            "wall_s": sum(s["wall_s"] for s in steps.values()),
            "incremental": built.incremental,
            "pages_rendered": built.rendered,
            "meetings": len(new.archive.meetings),
        }
    return figures


def machine() -> dict[str, Any]:
    model = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cpu_model": model,
        "nproc": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "note": "shared machine: other builds and tests were running; figures are noisy",
    }


def summarise(run: dict[str, Any]) -> dict[str, Any]:
    """Totals and ratios, on wall time and on CPU time: on a shared machine wall time
    includes waiting for a core, so the CPU figures are the steadier ones."""
    stages = run["stages"]
    out: dict[str, Any] = {}
    for clock in ("wall", "cpu"):
        total = sum(s[f"{clock}_s"] for s in stages.values())
        own = sum(stages[s][f"{clock}_s"] for s in ("read_parse", "resolve", "write_markdown"))
        out[f"total_{clock}_s"] = total
        out[f"minutebook_share_{clock}"] = own / total
        out[f"ms_per_page_{clock}"] = 1000 * total / run["html_pages"]
        out[f"s_per_site_mb_{clock}"] = total / (run["site_bytes"] / 2**20)
    if "add_one_document" in run:
        steps = run["add_one_document"]["steps"].values()
        for clock in ("wall", "cpu"):
            added = sum(s[f"{clock}_s"] for s in steps)
            out[f"add_one_{clock}_s"] = added
            out[f"add_one_share_{clock}"] = added / out[f"total_{clock}_s"]
    return out


def table(runs: list[dict[str, Any]]) -> str:
    rows = [
        ("documents", lambda r: f"{r['documents']}"),
        (
            "meetings (expected)",
            lambda r: f"{r['check']['meetings']} ({r['check']['meetings_expected']})",
        ),
        (
            "warnings (expected)",
            lambda r: f"{r['check']['warnings']} ({r['check']['warnings_expected']})",
        ),
        ("new warning kinds", lambda r: ", ".join(r["check"]["new_warning_kinds"]) or "none"),
        ("HTML pages", lambda r: f"{r['html_pages']}"),
    ]
    for stage in ("read_parse", "resolve", "write_markdown", "mkdocs", "search_index"):
        rows.append(
            (
                f"{stage} wall / cpu s",
                lambda r, s=stage: (
                    f"{r['stages'][s]['wall_s']:.2f} / {r['stages'][s]['cpu_s']:.2f}"
                    if s in r["stages"]
                    else "in mkdocs"
                ),
            )
        )
    rows += [
        ("parse, 1 process, wall s", lambda r: f"{r['parse_serial_wall_s']:.2f}"),
        (
            "total wall / cpu s",
            lambda r: f"{r['summary']['total_wall_s']:.2f} / {r['summary']['total_cpu_s']:.2f}",
        ),
        (
            "Minutebook's share wall / cpu",
            lambda r: (
                f"{100 * r['summary']['minutebook_share_wall']:.1f}% / "
                f"{100 * r['summary']['minutebook_share_cpu']:.1f}%"
            ),
        ),
        (
            "s per site MB wall / cpu",
            lambda r: (
                f"{r['summary']['s_per_site_mb_wall']:.2f} / "
                f"{r['summary']['s_per_site_mb_cpu']:.2f}"
            ),
        ),
        (
            "ms per page wall / cpu",
            lambda r: (
                f"{r['summary']['ms_per_page_wall']:.1f} / {r['summary']['ms_per_page_cpu']:.1f}"
            ),
        ),
        (
            "peak RSS main / child MB",
            lambda r: (
                f"{r['peak_rss_bytes']['main'] / 2**20:.0f} / "
                f"{r['peak_rss_bytes']['largest_child'] / 2**20:.0f}"
            ),
        ),
        ("site MB", lambda r: f"{r['site_bytes'] / 2**20:.1f}"),
        ("median page HTML KB", lambda r: f"{r['median_page_html_bytes'] / 1024:.1f}"),
    ]
    for kind in FIXED_PAGES:
        rows.append(
            (
                f"{kind} page HTML KB",
                lambda r, k=kind: f"{(r['fixed_page_html_bytes'][k] or 0) / 1024:.1f}",
            )
        )
    rows.append(
        (
            f"search bytes for '{QUERY}' KB",
            lambda r: (
                f"{r['search']['bytes_min'] / 1024:.0f}"
                + (
                    f"-{r['search']['bytes_max'] / 1024:.0f}"
                    if r["search"]["bytes_max"] != r["search"]["bytes_min"]
                    else ""
                )
            ),
        )
    )
    width = max(len(name) for name, _ in rows)
    lines = [f"{'':<{width}} " + " ".join(f"{str(r['factor']) + 'x':>16}" for r in runs)]
    for name, cell in rows:
        lines.append(f"{name:<{width}} " + " ".join(f"{cell(r):>16}" for r in runs))
    return "\n".join(lines)


def targets(runs: list[dict[str, Any]]) -> dict[str, Any]:
    first, last = runs[0]["summary"], runs[-1]["summary"]
    out: dict[str, Any] = {
        "peak_rss_at_largest_bytes": max(runs[-1]["peak_rss_bytes"].values()),
        "fixed_page_html_ratio": {
            k: (runs[-1]["fixed_page_html_bytes"][k] or 0)
            / (runs[0]["fixed_page_html_bytes"][k] or 1)
            for k in FIXED_PAGES
        },
        "median_page_html_ratio": runs[-1]["median_page_html_bytes"]
        / runs[0]["median_page_html_bytes"],
    }
    for clock in ("wall", "cpu"):
        out[f"minutebook_share_at_largest_{clock}"] = last[f"minutebook_share_{clock}"]
        out[f"ms_per_page_ratio_{clock}"] = (
            last[f"ms_per_page_{clock}"] / first[f"ms_per_page_{clock}"]
        )
        if f"add_one_share_{clock}" in last:
            out[f"add_one_document_share_{clock}"] = last[f"add_one_share_{clock}"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--incremental", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.work, args.incremental)))
        return
    runs = []
    with tempfile.TemporaryDirectory(prefix="minutebook-scale-") as tmp:
        for factor in args.sizes:
            work = Path(tmp) / f"x{factor}"
            command = [sys.executable, __file__, "--one", str(factor), "--work", str(work)]
            if factor == max(args.sizes):
                command.append("--incremental")
            print(f"building {factor}x ...", file=sys.stderr, flush=True)
            done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO)
            run = json.loads(done.stdout.strip().splitlines()[-1])
            run["summary"] = summarise(run)
            runs.append(run)
            shutil.rmtree(work)
    report = {
        "when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "runs": runs,
        "targets": targets(runs),
    }
    print(table(runs))
    t, big, small = report["targets"], runs[-1]["factor"], runs[0]["factor"]
    for clock in ("wall", "cpu"):
        print(
            f"{clock}: Minutebook's share at {big}x "
            f"{100 * t[f'minutebook_share_at_largest_{clock}']:.1f}%; ms per page {big}x/{small}x "
            f"{t[f'ms_per_page_ratio_{clock}']:.2f}"
            + (
                f"; adding one document {100 * t[f'add_one_document_share_{clock}']:.1f}% "
                "of the full build"
                if f"add_one_document_share_{clock}" in t
                else ""
            )
        )
    if "add_one_document" in runs[-1]:
        add = runs[-1]["add_one_document"]
        print(
            f"add one document at {big}x: {add['wall_s']:.2f} s wall, "
            f"{runs[-1]['summary']['add_one_cpu_s']:.2f} s cpu; {add['pages_rendered']} pages "
            f"rendered, incremental={add['incremental']}"
        )
    print(f"peak RSS at {big}x: {t['peak_rss_at_largest_bytes'] / 2**20:.0f} MB")
    print(
        f"page HTML {big}x/{small}x: "
        + ", ".join(f"{k} {v:.2f}" for k, v in t["fixed_page_html_ratio"].items())
        + f", median {t['median_page_html_ratio']:.2f}"
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", "utf-8")
    print(f"written {args.output}")


if __name__ == "__main__":
    main()
