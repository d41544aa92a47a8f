"""A minute's paragraph number before the names it lists: "34.1 Cllr A Reid, Cllr B Moss".

Many authorities number each paragraph of a minute after the minute ("34.1", "2.1"),
the apologies minute's list or its sub-heading ("2.1 APOLOGIES FOR ABSENCE –
COUNCILLORS") included. Inside a minute such a number is never part of a name or a
label, so the attendance reader drops it before reading the line.
"""

from __future__ import annotations

import re

#: "34.1 ", "2.1.", "12.3)" opening a line of a minute's text, before a capital.
PARAGRAPH_NUMBER = re.compile(r"^\s{0,8}\d{1,3}\.\d{1,2}[.)]?\s{1,12}(?=[A-Z])")


def without_paragraph_number(text: str) -> str:
    """The line with its decimal paragraph number dropped; unchanged without one."""
    return PARAGRAPH_NUMBER.sub("", text, count=1)
