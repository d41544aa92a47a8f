"""Profile Minutebook's own build stages (read+parse, resolve, write Markdown) on a
synthesised archive, to find where their time goes.

Not a test: it prints, for each stage, its wall time and the functions with the most time
of their own (cProfile, sorted by `tottime`) and the most cumulative time. Parsing runs in
this one process from an empty cache, and so does page writing (`--jobs 1`, the default
under the profiler), so the profile sees it all; `--plain` times the stages as a build
runs them (worker processes on every CPU), printing wall and CPU time of this process.
Run: `.venv/bin/python benchmarks/profile_stages.py [--factor 16] [--top 25]`.

The archive is the one `make bench` builds (`scale.synthesise`: the real documents plus
shifted copies), so these profiles explain the figures in benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minutebook.engine.engine_config import DEFAULT_SITE_CONFIG

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import synthesise


def profiled(name: str, work: Callable[[], Any], top: int, sort: list[str]) -> Any:
    """Run `work` under cProfile; print its wall time and top functions; return its result."""
    profile = cProfile.Profile()
    started = time.perf_counter()
    result = profile.runcall(work)
    wall = time.perf_counter() - started
    print(f"\n=== {name}: {wall:.2f} s wall (under the profiler) ===")
    for key in sort:
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out).strip_dirs().sort_stats(key)
        stats.print_stats(top)
        text = out.getvalue()
        print(text[text.find("   ncalls") :].rstrip())
    return result


def timed(name: str, work: Callable[[], Any]) -> Any:
    """Run `work` without the profiler and print its wall and CPU time (the profiler slows
    calls; on a shared machine the CPU time is the steadier figure)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{name}: {wall:.2f} s wall, {cpu:.2f} s CPU")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factor", type=int, default=16, help="copies of the documents")
    parser.add_argument("--top", type=int, default=25, help="functions listed per stage")
    parser.add_argument(
        "--sort", nargs="+", default=["tottime", "cumulative"], help="pstats sort keys"
    )
    parser.add_argument(
        "--plain", action="store_true", help="time each stage without the profiler only"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="processes that parse and write pages (default: 1 under the profiler, which "
        "sees only this process; every CPU with --plain)",
    )
    args = parser.parse_args()
    jobs = args.jobs if args.jobs is not None else (None if args.plain else 1)

    from minutebook.errors import Diagnostics
    from minutebook.pipeline import read_documents, write_pages
    from minutebook.resolving import build_archive
    from minutebook.resolving.curated import load_curated

    with tempfile.TemporaryDirectory(prefix="minutebook-profile-") as tmp:
        work = Path(tmp)
        content, pages = work / "content", work / "pages"
        synthesise(args.factor, content)
        site_config = DEFAULT_SITE_CONFIG
        diagnostics = Diagnostics()
        stages: list[tuple[str, Callable[[], Any]]] = []
        state: dict[str, Any] = {}
        stages.append(
            (
                "read+parse",
                lambda: state.update(docs=read_documents(content, diagnostics, None, jobs)),
            )
        )
        stages.append(
            (
                "resolve",
                lambda: state.update(
                    archive=build_archive(state["docs"], load_curated(content), diagnostics)
                ),
            )
        )
        stages.append(
            (
                "write Markdown",
                lambda: write_pages(state["archive"], pages, site_config, workers=jobs),
            )
        )
        # a second write, as an incremental build does it (files exist, most unchanged)
        stages.append(
            (
                "write Markdown again",
                lambda: write_pages(state["archive"], pages, site_config, workers=jobs),
            )
        )
        print(f"{args.factor}x archive: {len(list((content / 'documents').iterdir()))} documents")
        for name, work_fn in stages:
            if args.plain:
                timed(name, work_fn)
            else:
                profiled(name, work_fn, args.top, args.sort)


if __name__ == "__main__":
    main()
