"""An unnumbered minute among numbered ones that cite their agenda items."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

CITED = (
    "1. Apologies\n"
    "(Agenda item 1)\n"
    "None.\n"
    "\n"
    "2. Exclusion of press and public\n"
    "(Agenda item 4)\n"
    "Resolved – That the public be excluded.\n"
    "\n"
    "Summary of exempt items\n"
    "Lease of the Mill Street garage\n"
    "(Agenda item 5)\n"
    "The Committee agreed the lease.\n"
)


def test_a_title_over_its_citation_after_numbered_cited_minutes() -> None:
    headings = minute_headings(lines_of(CITED))
    assert [(h.number, h.title, h.item_code) for h in headings] == [
        ("1", "Apologies", "1"),
        ("2", "Exclusion of press and public", "4"),
        (None, "Lease of the Mill Street garage", "5"),
    ]


def test_minutes_that_cite_no_items_take_no_unnumbered_title() -> None:
    text = CITED.replace("(Agenda item 1)\n", "").replace("(Agenda item 4)\n", "")
    headings = minute_headings(lines_of(text))
    assert [h.number for h in headings] == ["1", "2"]
