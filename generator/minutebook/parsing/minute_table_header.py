"""A minutes table's column header, flattened into the text it heads.

Some councils and the joint bodies they serve print their minutes as a table, the minute's
number in a narrow column, its business in a wide one, perhaps a report's number or an
action's owner in others. Each column is headed in two lines ("Minute / No.", "Report /
No.", "Business"; "Minute / No.", "Description/Decision", "Action / By/Deadline"), and a
PDF's text layer reads the header's two lines as one run of words, often run into the
first row and repeated wherever a page breaks inside a minute:

    Minute Report Business No. No. 1711 DECLARATION OF INTEREST
    ... spending to the end of July, in Minute Report Business No. No. comparison to ...

`strip_minute_table_headers` takes such a run out of the line it was run into (the line
keeps its number), so the first minute's heading opens its line again and a sentence
broken by the page reads whole. A run is the word "Minute" and two or more of the other
columns' names, then the header's "No." (and its second line's other words): a sentence
citing "Minute No. 5" names one column at most and is left as printed.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: The column names a flattened header runs together after "Minute".
COLUMN = r"(?:Report|Business|Description/Decision|Description|Decision|Action|Subject|Item)"
#: "Minute Report Business No. No. ", "Minute Description/Decision Action No. By/Deadline "
HEADER_RUN = re.compile(
    rf"\bMinute\s+(?:{COLUMN}\s+){{2,3}}No\.(?:\s+(?:No\.|By/Deadline|Ref\.)){{0,2}}(?:\s+|$)"
)


def strip_minute_table_headers(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Each line without the flattened minutes-table header run into it (see the module's
    note); the run is recorded as furniture on its line."""
    out: list[Line] = []
    furniture: list[Furniture] = []
    for line in lines:
        if "Minute" not in line.text or "No." not in line.text:
            out.append(line)  # cheap test first: the pattern spells out both
            continue
        runs = [m.group(0) for m in HEADER_RUN.finditer(line.text)]
        if not runs:
            out.append(line)
            continue
        furniture.extend(
            Furniture(Line(line.number, run.strip()), "minute-table-header") for run in runs
        )
        out.append(Line(line.number, HEADER_RUN.sub("", line.text)))
    return out, furniture
