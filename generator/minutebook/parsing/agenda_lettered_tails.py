"""An item's title followed, after a colon, by the lettered heads of what it covers.

An agenda may print the headings an item takes in, lettered, after its title: "5.
Declarations of Interests by Members and Officers: - (see note below) (a) Disclosable
Pecuniary Interests (b) Private Interests". Where the line breaks survive, the lettered
heads stand on lines of their own under the title; when they are lost, the heads run on
after it. The item is the title before the colon; the heads and a "(see note below)"
pointer are no part of it (short heads become the item's parts first, in
`agenda_glued_sub_items`; what is cut here stays on the paper's page). A title that only
holds a lettered list inside a sentence ("To (a) confirm ..., (b) check ...") has no
colon before its "(a)" and is left whole.

A flattened parish agenda runs an item's own list on after its title in other marks
too: "6. Council Committees – a) Park Committee ... b) Finance Committee ...", "8. To
consider requests from the following: i) Fenby Scouts ii) Ashby Youth Club", "23) To
receive reports from Members. a. One Voice Wales b. School Governors". The title is
what stands before the first mark, after a colon, a spaced dash or a full stop, when the
next mark follows in order ("a)" then "b)", "i." then "ii."; `run_on_list_head`): read
before the title itself, since the list's lower-case marks would cut a title short.
"""

from __future__ import annotations

import re

from ..model import AgendaItemFacts

#: ": - (see note below) (a) ", ": (a) ", ":- (i) ": a colon, an optional dash and aside in
#: brackets, then the first lettered head
LETTERED_TAIL = re.compile(
    r"\s{0,2}:\s{0,2}[-–]?\s{0,3}(?:\((?:see|please\s+see)\s[^()]{1,40}\)\s{1,3})?"
    r"\((?:a|i)\)\s{1,3}[A-Z].{0,400}\s\((?:b|ii)\)\s",
    re.IGNORECASE,
)
#: Characters a title keeps at least before its lettered heads
MIN_TITLE = 8


def without_lettered_heads(items: list[AgendaItemFacts]) -> None:
    """Cut each title at the colon before its run-on lettered heads ("(a) ... (b) ...")."""
    for item in items:
        tail = LETTERED_TAIL.search(item.title)
        if tail is not None and tail.start() >= MIN_TITLE:
            item.title = item.title[: tail.start()].rstrip()


#: a colon, a spaced dash or a sentence's stop, then "a)" / "(i)" / "a." opening a list
#: whose next mark ("b)", "(ii)", "b.") follows in the same style
RUN_ON_LIST = re.compile(
    r"(?P<cut>\s{0,2}:|\s[-–—]|(?<=[a-z)’”'])(?P<stop>\.))\s{1,3}"
    r"(?P<open>\(?)(?:a|i)(?P<close>[).])\s{1,3}\S.{0,800}?"
    r"\s(?P=open)(?:b|ii)(?P=close)\s{1,3}\S"
)


def run_on_list_head(text: str) -> str | None:
    """The item's line without the list run on after its title ("6. Council Committees –
    a) ... b) ..." is "6. Council Committees"), a full stop before the list kept; None
    when no such list follows the title."""
    match = RUN_ON_LIST.search(text)
    if match is None or match.start() < MIN_TITLE:
        return None
    return text[: match.start()].rstrip() + ("." if match["stop"] else "")
