"""A line of titled names under a declaring sentence ending ":-", blank lines between."""

from __future__ import annotations

from minute_fixtures import declarations_in_minute
from minutebook.model import Line
from minutebook.parsing.declaration_lists import titled_names_under_lead

LEAD = (
    "The following members declared personal interests as trustees of the village trust "
    "in relation to the report on the county strategy:-"
)


def test_each_titled_name_under_the_lead_is_a_declaration() -> None:
    texts = [LEAD, "", "", "Mr Amos, Mrs Bligh, Dr O’Carr and Mr Dent."]
    found = declarations_in_minute("Declarations of interest.", texts, number="7")
    assert [(d.as_written, d.line) for d in found] == [
        ("Mr Amos", 4),
        ("Mrs Bligh", 4),
        ("Dr O’Carr", 4),
        ("Mr Dent", 4),
    ]


def test_names_under_no_declaring_lead_declare_nothing() -> None:
    lines = [Line(1, "Apologies were received from:-"), Line(2, "Mr Amos and Mrs Bligh.")]
    assert titled_names_under_lead(lines, "7") == []
    lines = [Line(1, LEAD), Line(2, "Mr Amos and the Clerk.")]
    assert titled_names_under_lead(lines, "7") == []
