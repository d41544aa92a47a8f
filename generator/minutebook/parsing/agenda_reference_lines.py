"""Lines under an agenda item that cite the last meeting's items: "Item 9 Footpath update".

A parish agenda's "Matters arising from the minutes" lists what it will follow up, each by
the number it had on the last meeting's agenda: "5. Matters arising from the minutes;" over
"Item 5 Bird guards, Update MS", "Item 9 Footpath F1 Update RA". The agenda numbers its own
items in another form ("6. Progress report"), so a line in the "Item N" form, under items
numbered without the word, that does not carry the numbering on (here 9, after 5) cites
another agenda's item and is no item of this one.
"""

from __future__ import annotations

import re

#: "Item 9 Footpath update", "Agenda item 4: Minutes": the word before the number
ITEM_WORD_FORM = re.compile(r"^\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?\d", re.IGNORECASE)


def in_item_word_form(text: str) -> bool:
    """Whether a line numbers its item with the word "Item" before the number."""
    return ITEM_WORD_FORM.match(text) is not None


def cites_another_agenda(text: str, code: str, first_form: bool | None, next_code: str) -> bool:
    """Whether an item line cites another agenda's item: it is in the "Item N" form while
    the agenda's first item (`first_form`) was not, and its code is not the next one."""
    return first_form is False and in_item_word_form(text) and code != next_code
