"""A label of several words in a table's first column, its names in the column beside it.

Committee minutes set the attendance out as a table of rows, one kind of attendee a row:
the label in the first column, with no colon, the names in the second. Flattened to text
the two run together, a single space apart, and the label may be any of the genre's
labels, of one word or several:

    Also Present        Cllrs Ann Reid, Bob Moss
    Officers Present    Carol Dunn, Dan Frost, Eve Hart
    Co-opted (Voting)   Cllr Fay Gale (Parish Rep)

Without a colon the label cannot be told from a sentence's first words by its shape
alone, so the row is read as a label only when the words before the names are a label
the genre prints with a colon, and the names open with a councillor's title or are a
list of several capitalised names, commas between them, with no sentence's words. A
run of titled names each with its post ("PRESENT Mrs A Reid, Chair Mr B Moss, Director of
Finance ...", see attendance_titled_rows) is a list too, whatever small words its posts hold.
"""

from __future__ import annotations

import re

from ..model import AttendanceRole
from ..vocabulary import PLURAL_TITLE, TITLE_WORDS
from .attendance_hanging_label import Labeller
from .attendance_titled_rows import titled_rows
from .names import lower_case_words

#: "Co-opted (Voting)", "Co-opted Members": co-opted members of the body, so present
CO_OPTED = re.compile(
    r"^(?i:co-?opted(?:\s(?:voting\s|non-voting\s)?members?)?(?:\s\((?:non-)?voting\))?)$"
)
#: The row's first words, one to four of them, then the rest of the row
ROW = re.compile(r"^(?P<words>[A-Z][\w()-]*(?: [\w()-]+){0,4}) (?P<rest>\S.{0,2000})$")
#: The names opening with a councillor's title ("Cllrs Ann Reid", "Mr B Moss")
TITLED = re.compile(rf"^(?:{PLURAL_TITLE}|{TITLE_WORDS})\.?\s[A-Z]")
#: One untitled name: two to four capitalised words ("Ann Reid", "Mary-Jo de Witt")
PLAIN_NAME = re.compile(r"^[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]*|de|van|von|le|la)){1,3}$")
#: Most lower-case words the names may hold ("and", "in the Chair"): more is a sentence
MAX_LOWER_WORDS = 4
#: Fewest untitled names that make a list
MIN_PLAIN_NAMES = 3


def _plain_names(rest: str) -> bool:
    """Whether `rest` is a list of untitled names, commas between them."""
    pieces = [p.strip() for p in re.split(r",|\band\b", rest.rstrip(". "))]
    pieces = [p for p in pieces if p]
    return len(pieces) >= MIN_PLAIN_NAMES and all(PLAIN_NAME.match(p) for p in pieces)


def _role(label: str, label_of: Labeller) -> AttendanceRole | None:
    """The role of a label printed without its colon; None when it is not a label."""
    if CO_OPTED.match(label):
        return AttendanceRole.PRESENT
    found = label_of(f"{label}:")
    if found is None or found[2] or found[0] != label:
        return None
    return found[1]


def column_label(text: str, label_of: Labeller) -> tuple[str, AttendanceRole, str] | None:
    """'Also Present Cllrs Ann Reid, Bob Moss': the label (any `label_of` reads once a
    colon closes it, or a co-opted members' label), its role and the names, as
    label_line gives them; None for any other line."""
    match = ROW.match(text.strip())
    if match is None:
        return None
    words = match["words"].split(" ")
    for cut in range(len(words), 0, -1):
        label, role = " ".join(words[:cut]), _role(" ".join(words[:cut]), label_of)
        if role is None:
            continue
        rest = " ".join([*words[cut:], match["rest"]])
        titled = TITLED.match(rest) is not None and (
            lower_case_words(rest) <= MAX_LOWER_WORDS or titled_rows(rest) is not None
        )
        return (label, role, rest) if titled or _plain_names(rest) else None
    return None
