"""An action log printed inside a minute: a table whose header names the action and who
owns it, its status or when it is due.

Minutes of boards and partnerships review their action log under "Minutes of the last
meeting and action log", printed as a table flattened to tabs or "|" cells: "Action |
Owner | Status", "Ref | Action | By whom | By when", "Action | Responsible | Deadline".
Each row under the header is an action, on its own line; an action wrapped in its cell
carries on in a line of its own, the other cells empty. The table ends
at the first line that is not a row of as many cells (a blank line, a page footer, a
paragraph). Other minutes record each action as a line of their own under the
discussion: "ACTION: Head of Finance to circulate the figures by 5 October 2012."; or
list them under a label ("Actions:", "Action points:"), numbered or bulleted, each item
naming its owner and date in labelled fields: "1. Circulate the figures. Owner: Director
of Finance. Due: 30 June 2025." (`action_list`).
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_date, find_numeric_date
from ..model import ActionFacts, Line
from .action_owners import owner_actions, owner_only
from .text import plain

CELL_SPLIT = re.compile(r"\s*(?:\t|\|)\s*")
#: What each column of the header says it holds.
COLUMNS: dict[str, re.Pattern[str]] = {
    "text": re.compile(r"^(?:agreed\s+)?actions?(?:\s+(?:agreed|required))?$", re.IGNORECASE),
    "owner": re.compile(r"^(?:owner|lead|responsible|by\s+whom|who)$", re.IGNORECASE),
    "status": re.compile(r"^(?:status|progress|update|rag)$", re.IGNORECASE),
    "due": re.compile(
        r"^(?:due(?:\s+date)?|by\s+when|deadline|target(?:\s+date)?|when)$", re.IGNORECASE
    ),
}
#: An action log has at most this many rows (bounds the scan).
MAX_ROWS = 100


def _cells(text: str) -> list[str]:
    return [plain(c) for c in CELL_SPLIT.split(text.strip().strip("|"))]


def header_columns(text: str) -> dict[str, int] | None:
    """The column of each field ("Action\tOwner\tStatus" -> text 0, owner 1, status 2), or
    None when the line is no action log's header: it names the action and at least one of
    its owner, status or due date."""
    if "\t" not in text and "|" not in text:
        return None
    columns: dict[str, int] = {}
    for k, cell in enumerate(_cells(text)):
        field = next((name for name, pattern in COLUMNS.items() if pattern.match(cell)), None)
        if field is not None and field not in columns:
            columns[field] = k
    if "text" not in columns or len(columns) < 2:
        return None
    return columns


def action_rows(body: list[Line]) -> list[ActionFacts]:
    """Each row of the first action log in a minute's lines, else each action line and
    each item of an action list, in the order printed."""
    for k, line in enumerate(body):
        columns = header_columns(line.text)
        if columns is not None:
            return _rows(body[k + 1 : k + 1 + MAX_ROWS], columns, len(_cells(line.text)))
    found = [*action_lines(body), *action_list(body), *owner_actions(body)]
    return sorted(found, key=lambda a: a.line)


#: "Actions:", "Action points:", "Agreed actions", "Actions arising:" alone on a line,
#: over the list of actions.
LIST_LABEL = re.compile(
    r"^(?:agreed\s+)?actions?(?:\s+(?:points?|agreed|arising))?\s*:?$", re.IGNORECASE
)
#: An item of the list: "1. ...", "2) ...", "(3) ...", "a) ...", "• ...".
LIST_ITEM = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z])[.)]|[-•·*])\s+(?P<text>\S.{0,600})$")
#: A labelled field inside an item: "Owner: Scrutiny Officer.", "Due: 15 September 2025".
FIELD = re.compile(
    r"\b(?P<label>Owner|Lead(?:\s+officer)?|Responsible|By\s+whom|Due(?:\s+date)?|Deadline"
    r"|By\s+when|Target\s+date|Timescale)\s*:\s*",
    re.IGNORECASE,
)
DUE_LABELS = ("due", "deadline", "by when", "target", "timescale")
#: Lines an action list holds at most (bounds the scan).
MAX_LIST_LINES = 60


def action_list(body: list[Line]) -> list[ActionFacts]:
    """Each item of the lists under an "Actions:" label, its sentence run on over the
    lines it wraps onto, with the owner and due date its labelled fields give."""
    found: list[ActionFacts] = []
    for k, line in enumerate(body):
        if LIST_LABEL.match(plain(line.text).strip()):
            found.extend(_list_items(body[k + 1 : k + 1 + MAX_LIST_LINES]))
    return found


def _list_items(lines: list[Line]) -> list[ActionFacts]:
    """The items from the first line on, up to a blank line or a line that is neither an
    item nor the run-on of one."""
    items: list[tuple[Line, str]] = []
    for line in lines:
        text = plain(line.text).strip()
        item = LIST_ITEM.match(text)
        if item is not None:
            items.append((line, item["text"]))
        elif items and text and _runs_on(items[-1][1], text):
            items[-1] = (items[-1][0], f"{items[-1][1]} {text}")
        else:
            break
    return [_with_fields(text, line.number) for line, text in items]


def _runs_on(item: str, text: str) -> bool:
    """An item's words carried on: the item stops mid-sentence, or the line gives one of
    its fields ("Due: 15 September 2025." under "... Owner: Scrutiny Officer.")."""
    return not item.rstrip().endswith((".", "!", "?")) or FIELD.match(text) is not None


def _with_fields(text: str, line: int) -> ActionFacts:
    """The action's words before its first field, its owner and due date from the
    fields."""
    fields = list(FIELD.finditer(text))
    words = text[: fields[0].start()] if fields else text
    owner: str | None = None
    due: dt.date | None = None
    for k, field in enumerate(fields):
        end = fields[k + 1].start() if k + 1 < len(fields) else len(text)
        value = text[field.end() : end].strip(" .;,")
        if field["label"].lower().startswith(DUE_LABELS):
            due = find_date(value) or find_numeric_date(value)
        elif value:
            owner = value
    return ActionFacts(words.strip(" ;,"), None, owner, due, line)


#: "ACTION: Head of Finance to circulate the figures by 5 October 2012.", "Action – Clerk
#: to write to the owner": an action recorded as a line of the minute, not a table
ACTION_LINE = re.compile(r"^action\s*[:–—-]\s*(?P<text>\S.{0,400})$", re.IGNORECASE)
#: "Chief Finance Officer to revise ...": who owns the action, before its "to <verb>"
OWNER_TO = re.compile(r"^(?P<owner>[A-Z][\w'’&,-]*(?:\s+[\w'’&,-]+){0,7}?)\s+to\s+[a-z]")
#: "... by 5 October 2012": when the action is due
BY_DATE = re.compile(r"\bby\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4})")
#: Lines an action line may wrap over
MAX_ACTION_LINES = 6


def action_lines(body: list[Line]) -> list[ActionFacts]:
    """Each 'ACTION: <owner> to <do something> [by <date>]' line in a minute, the sentence
    running on to the next blank line."""
    found: list[ActionFacts] = []
    for k, line in enumerate(body):
        opened = ACTION_LINE.match(plain(line.text).strip())
        if opened is None or owner_only(plain(line.text).strip()) is not None:
            continue  # "Action:- Ann Reid": the owner of the decision above (action_owners)
        words = [opened["text"]]
        for more in body[k + 1 : k + MAX_ACTION_LINES]:
            text = plain(more.text).strip()
            if not text or ACTION_LINE.match(text):
                break
            words.append(text)
        text = " ".join(words)
        owner = OWNER_TO.match(text)
        due = BY_DATE.search(text)
        found.append(
            ActionFacts(
                text,
                None,
                owner["owner"] if owner else None,
                find_date(due["date"]) if due else None,
                line.number,
            )
        )
    return found


def continued_text(text: str, column: int) -> str | None:
    """The action's words carried on to a line of their own, the other cells empty: a
    long action wraps in its cell, and the flattened table prints the rest under it,
    led by the tabs (or "|") of the empty cells before it. None when the line has words
    in any other cell, or none at all, or the action is the first column (its carried
    words could not be told from a paragraph)."""
    if "\t" not in text and "|" not in text:
        return None
    raw = text.rstrip().removeprefix("|").removesuffix("|") if "|" in text else text.rstrip()
    cells = [plain(c).strip() for c in re.split(r"\t|\|", raw)]
    filled = [k for k, c in enumerate(cells) if c]
    return cells[column] if filled == [column] and column > 0 else None


def _rows(lines: list[Line], columns: dict[str, int], width: int) -> list[ActionFacts]:
    found: list[ActionFacts] = []
    for line in lines:
        if set(line.text.strip()) <= set("|-: ") and line.text.strip():
            continue  # a Markdown rule under the header
        cells = _cells(line.text)
        carried = continued_text(line.text, columns["text"]) if found else None
        if carried is not None:
            found[-1].text = f"{found[-1].text} {carried}"
            continue
        if len(cells) != width or not cells[columns["text"]]:
            break

        def cell(field: str, cells: list[str] = cells) -> str | None:
            return cells[columns[field]] or None if field in columns else None

        due = cell("due")
        found.append(
            ActionFacts(
                cells[columns["text"]],
                cell("status"),
                cell("owner"),
                (find_numeric_date(due) or find_date(due)) if due else None,
                line.number,
            )
        )
    return found
