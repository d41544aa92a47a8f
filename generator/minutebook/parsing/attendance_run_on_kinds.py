"""A kind of member's label run on after a name inside the list of those present.

Health boards, panels and parish councils print the members present in groups, each under
the kind of member it holds ("Non-Executive Members:", "County Councillors:"). When a
conversion loses the line breaks, the groups run on inside the paragraph of those present,
each label straight after the last name of the group before it:

    Present: Dr Ann Reid (Chair) Non-Executive Members: Mrs Bea Moss (Vice Chair)
    Mr Carl Lowe Cllr Dan Pym

`cut_member_kinds` cuts such a line before each later kind of member's label (the pieces
keep the line's number), so that each group is read as when printed on a line of its own:
the kind is the capacity of the names after it. A label is cut before only when it ends
with "Members" or "Councillors" and its colon, follows the end of a name (a capitalised
word or a closing bracket), and a title or a capitalised name follows it; a sentence's
words ("the following Members: ...") and a label at the line's start are left.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line
from ..vocabulary import TITLE
from .attendance_inline_labels import cut_list_lines
from .attendance_member_kinds import members_group

#: The words a kind of member is named by: "Non-Executive", "Co-opted", "County"
KIND_WORD = (
    r"(?i:Non[- ]?Executive|Executive|Co-?opted|Independent|Lay|Associate|Elected"
    r"|(?:Non-)?Voting|Ex[- ]Officio|Partner|Other|County|District|Borough|Town|Parish|City"
    r"|Community|Council|Board)"
)
#: A later kind of member's label, after a name's end, before a name: "... (Chair)
#: Non-Executive Members: Mrs B Moss"
LATER_KIND = re.compile(
    r"(?<=[A-Za-z)])\s+"
    rf"(?P<label>(?:(?=[A-Z]){KIND_WORD}\s){{1,3}}(?:Councillors|Members)):"
    rf"\s+(?={TITLE}\s|[A-Z][a-z]|[A-Z]\.?\s)"
)
#: The end of a name before the label: a capitalised word, an initial or a bracket
NAME_END = re.compile(r"(?:\b[A-Z][\w'’-]{0,30}|\))$")


def _kind_cuts(text: str) -> list[int]:
    return [
        m.start("label")
        for m in LATER_KIND.finditer(text)
        if members_group(m["label"])
        and NAME_END.search(text[: m.start()])
        and ":" in text[: m.start()]
    ]


def cut_member_kinds(lines: list[Line], opens_list: Callable[[str], bool]) -> list[Line]:
    """The lines with each list of those present cut before the kinds of member's labels
    run on inside it; `opens_list` tells a line that opens with an attendance label."""
    return cut_list_lines(lines, opens_list, _kind_cuts)
