"""Minute codes closed by a colon: "ABC/2122/101: Title", "M/12/2006:-" over its title.

Councils and health bodies that number minutes by a lettered code often close the code
with a colon, the title after it on the same line, or the code alone on its line with a
colon and a dash and the title on the line under it:

    ABC/2122/101: Welcome, Apologies and Quoracy
    ABC/2122/ 102: Declarations of Interest

    M/12/2006:-
    CONDEMNATION

The colon is the code's, not a title's run-on: set aside, it leaves a code the minute
headings' grammar reads already. A space typed after the code's last slash
("ABC/2122/ 102") stays in the number as printed. A code here opens with the series'
letters, so a date ("12/03/2019:") or a sum is never read so.
"""

from __future__ import annotations

import re

#: "ABC/2122/101:", "ABC/2122/ 102:", "M/12/2006:-", "C384/18:", "PC.52/15:": the series'
#: letters, then two numbers (minute and session, either way round), the colon, a dash
#: or not, then the title or nothing
CODE_COLON = re.compile(
    r"^(?P<code>[A-Z]{1,8}/\d{1,4}/[ ]?\d{1,4}|[A-Z][A-Za-z]{0,5}[./-]?\d{1,4}/(?:\d\d){1,2})"
    r"[ ]?:[ ]?[–—-]?(?:[ \t]+(?P<rest>\S.{0,240}))?$"
)


def code_colon(text: str) -> tuple[str, str, str] | None:
    """(code as printed, code without its inner space, the rest of the line) for a line
    opening with a lettered minute code closed by a colon; the rest is empty when the code
    stands alone. None for any other line."""
    match = CODE_COLON.match(text.strip())
    if match is None:
        return None
    code = match["code"]
    return code, code.replace(" ", ""), match["rest"] or ""
