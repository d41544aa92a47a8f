"""The lock files name every dependency pyproject.toml declares: a clean machine (CI, a
new maintainer) installs only what the locks pin, so a dependency added to pyproject.toml
without `make lock` would be missing there and nowhere else."""

from __future__ import annotations

import re
import tomllib

from conftest import REPO

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", re.MULTILINE)


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _pinned(lock: str) -> set[str]:
    text = (REPO / "requirements" / lock).read_text("utf-8")
    return {name.lower().replace("_", "-") for name in PIN.findall(text)}


def test_every_declared_dependency_is_pinned_in_its_lock() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    site = {_name(r) for r in project["dependencies"]}
    extras = {_name(r) for group in project["optional-dependencies"].values() for r in group}
    assert not site - _pinned("site.lock"), "run make lock"
    assert not (site | extras) - _pinned("dev.lock"), "run make lock"
