"""The benchmark scripts (benchmarks/*.py) as modules, for tests that share their rules:
the accuracy comparison, and scale.py's way of growing the archive (copies of every
document with its years moved, so the same people recur in new years and every meeting,
date and URL is new). Benchmarks are scripts, not a package, so they are loaded by path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def benchmark(name: str) -> ModuleType:
    """benchmarks/<name>.py, loaded once (registered in sys.modules, which dataclasses and
    pickling in the script need)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
