"""The package's source holds no control characters: a pattern written through a script that
turned "\\b" into a backspace byte reads as the escape but matches nothing, so the rule it
belonged to was silently dead. Only line breaks and tabs may stand in a source file."""

from __future__ import annotations

import re

from conftest import REPO

#: control characters other than a tab and a line break
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def control_characters(text: str) -> list[int]:
    """The 1-based lines of `text` holding a control character."""
    return [n for n, line in enumerate(text.split("\n"), start=1) if CONTROL.search(line)]


def test_no_source_file_holds_a_control_character() -> None:
    found = [
        f"{path.relative_to(REPO)}:{n}"
        for folder in ("generator", "tests", "benchmarks", "scripts", "site_config")
        for path in sorted((REPO / folder).rglob("*.py"))
        for n in control_characters(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_rule_sees_a_backspace_in_a_pattern() -> None:
    assert control_characters('X = re.compile(r"\x08(?:hrs)")\nY = 1\n') == [1]
    assert control_characters("a\tb\nc\n") == []
