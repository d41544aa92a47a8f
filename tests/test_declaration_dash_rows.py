"""Members and the items they declared in, "Councillors A and B – Item 17 ...", rows run on
along one line under "Declarations of interest were received from:" (invented examples;
`parsing.declaration_dash_rows`)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declaration_dash_rows import dash_rows
from minutebook.parsing.declaration_lists import explained_above
from opening_facts import parsed

RECORD = (
    "FENBY PARISH COUNCIL\n\n"
    "MINUTES OF THE PARISH COUNCIL MEETING HELD IN THE VILLAGE HALL ON FRIDAY 5TH JUNE 2026"
    " AT 6.30 PM\n\n"
    "PRESENT Councillor Mrs A Hart (in the Chair) and Councillors Lowe, Mrs Moss and Reid\n\n"
    "31. DECLARATIONS OF INTEREST\n\n"
    "Declarations of interest were received from:\n\n"
    "Councillors Reid and Mrs Moss & Lowe - Item 17 Summer Play Scheme 2026 Councillors Reid"
    " and Lowe – Item 14b on Clerk's Report Councillor Mrs Hart – Quotations for new gates.\n\n"
    "RESOLVED: To receive the declarations of interest.\n\n"
    "32. APOLOGIES FOR ABSENCE\n\nThere were none.\n"
)


def test_rows_run_on_under_received_from_each_declare_their_item() -> None:
    part = parsed(RECORD).parts[0]
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Reid", 11, "31"),
        ("Mrs Moss", 11, "31"),
        ("Lowe", 11, "31"),
        ("Councillor Mrs Hart", 11, "31"),
    ]


def test_rows_need_their_dashes_and_a_sentence_saying_what_they_declared() -> None:
    intro = Line(1, "Declarations of interest were received from:")
    no_dash = [intro, Line(2, "Councillors Reid and Lowe attended the meeting")]
    assert dash_rows(no_dash, "31", explained_above) == []
    apologies = [Line(1, "Apologies were received from:"), Line(2, "Councillor Reid – Item 4")]
    assert dash_rows(apologies, "31", explained_above) == []
    row = [intro, Line(2, "Councillor Reid – Item 4 Allotments")]
    assert [(d.as_written, d.text) for d in dash_rows(row, "31", explained_above)] == [
        ("Councillor Reid", "Item 4 Allotments")
    ]


def test_rows_straight_under_the_heading_declare_what_follows_their_dash() -> None:
    """No sentence above: the declarations minute's heading says what the rows declared;
    an en dash may lose the space before it. A row after other text still needs one."""
    rows = [
        Line(19, "Councillors S Dolman – Church House"),
        Line(20, "Councillors P March and N Tarmaster and G Wilkinson– Scouting Hut"),
    ]
    assert [(d.as_written, d.text, d.line) for d in dash_rows(rows, "3", explained_above)] == [
        ("S Dolman", "Church House", 19),
        ("P March", "Scouting Hut", 20),
        ("N Tarmaster", "Scouting Hut", 20),
        ("G Wilkinson", "Scouting Hut", 20),
    ]
    later = [Line(18, "The Chair welcomed members."), *rows]
    assert dash_rows(later, "3", explained_above) == []
