"""Fail when a browser test was skipped (or none ran) in a pytest JUnit XML report.

The browser tests skip themselves when Chromium is missing, which is right on a laptop but
would let `make test` pass without ever opening the site. This check makes a skip fatal.

Usage: python scripts/check_no_browser_skips.py [test-artifacts/junit.xml]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

#: JUnit classname prefix of tests/browser/ (pytest turns the path into a dotted name).
BROWSER_PREFIX = "tests.browser"


def main(argv: list[str]) -> int:
    report = Path(argv[1] if len(argv) > 1 else "test-artifacts/junit.xml")
    if not report.is_file():
        print(f"{report}: no JUnit report; did pytest run?", file=sys.stderr)
        return 1
    try:
        root = ET.parse(report).getroot()
    except ET.ParseError as exc:
        print(f"{report}: unreadable JUnit report: {exc}", file=sys.stderr)
        return 1

    ran = 0
    skipped: list[str] = []
    for case in root.iter("testcase"):
        classname = case.get("classname", "")
        if not classname.startswith(BROWSER_PREFIX):
            continue
        ran += 1
        skip = case.find("skipped")
        if skip is not None:
            reason = skip.get("message") or (skip.text or "").strip()
            skipped.append(f"  {classname}::{case.get('name', '?')}: {reason}")

    if skipped:
        print(f"{len(skipped)} browser test(s) skipped; they must run:", file=sys.stderr)
        print("\n".join(skipped), file=sys.stderr)
        return 1
    if ran == 0:
        print(f"{report}: no browser tests ({BROWSER_PREFIX}.*) in the report", file=sys.stderr)
        return 1
    print(f"browser tests: {ran} ran, none skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
