"""An action's owner named on a line of its own under the decision that gives it.

Boards and partnerships often print who carries a decision out straight under it, the
decision being the action:

    (2) That the Governance Advisor check whether the video had been shown.

    Action:-  Ann Reid

    (3) That the report be circulated to Board members.

    Action: Ben Moss/Cara Lee

The line names people or posts only (no "to <verb>" sentence, which `actions.action_lines`
reads as an action of its own); the action is the line with text above it.
`owner_action` returns None for any other line.
"""

from __future__ import annotations

import re

from ..model import ActionFacts, Line
from .text import plain

#: "Action:-  Ann Reid", "Action: Ben Moss/Cara Lee", "ACTION – Head of Finance"
OWNER_LINE = re.compile(
    r"^actions?\s*(?::-?|[–—])\s*(?P<owner>[A-Z][^.;:!?]{1,80})$", re.IGNORECASE
)
#: Most words an owner line's names hold
MAX_OWNER_WORDS = 10
#: Words a list of names or posts holds in lower case
JOINING = frozenset({"and", "&", "of", "for", "the"})


def owner_only(text: str) -> str | None:
    """The owner an "Action:" line names when it names people or posts only, else None."""
    match = OWNER_LINE.match(text)
    if match is None:
        return None
    owner = match["owner"].strip()
    words = re.split(r"[\s/,]+", owner)
    if len(words) > MAX_OWNER_WORDS:
        return None
    if not all(w[:1].isupper() or w in JOINING for w in words if w):
        return None
    return owner


def owner_action(body: list[Line], k: int) -> ActionFacts | None:
    """The action whose owner line `k` names: the decision on the line with text above."""
    owner = owner_only(plain(body[k].text).strip())
    if owner is None:
        return None
    above = next((body[j] for j in range(k - 1, -1, -1) if body[j].text.strip()), None)
    if above is None or owner_only(plain(above.text).strip()) is not None:
        return None
    return ActionFacts(plain(above.text).strip(), None, owner, None, above.number)


def owner_actions(body: list[Line]) -> list[ActionFacts]:
    """Each action an owner line names in a minute's lines, in order."""
    return [a for k in range(len(body)) if (a := owner_action(body, k)) is not None]
