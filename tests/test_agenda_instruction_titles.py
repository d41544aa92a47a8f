"""Agenda items in the agenda's own wording ("To confirm ...", "To receive ..."): a title
closed by a colon over the lettered dates it lists, and one made long by the meetings it
names, are titles; the lettered dates are no items."""

from __future__ import annotations

from minutebook.parsing.agenda_items import reads_as_title


def test_an_instruction_closed_by_a_colon_is_a_title() -> None:
    assert reads_as_title("To confirm the minutes of the meetings held on:")
    assert not reads_as_title("Report of the Director of")  # a title left open
    assert not reads_as_title("Minutes of the meetings held on")


def test_an_instruction_naming_many_meetings_is_a_title() -> None:
    title = (
        "To receive the report of the meetings of the Planning Committee held on 12 January"
        " 2022, 9 February 2022, 9 March 2022, 6 April 2022 and 4 May 2022"
    )
    assert len(title.split()) > 24
    assert reads_as_title(title)
    assert not reads_as_title(" ".join(["Budget"] * 30))
