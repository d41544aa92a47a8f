"""A board's rows: a name tagged with its initials, a dash, all they are there as."""

from __future__ import annotations

from minutebook.parsing.names import split_name_list
from minutebook.parsing.names_initials_tag import initials_tagged_row


def test_row_tagged_with_initials() -> None:
    assert initials_tagged_row("Ann Reid (AR) – Assistant Chief Constable, Local Policing") == (
        "Ann Reid",
        "Assistant Chief Constable, Local Policing",
    )
    assert initials_tagged_row("Ben Moss-Lowe (BML) Chair – Police & Crime Commissioner") == (
        "Ben Moss-Lowe",
        "Chair – Police & Crime Commissioner",
    )
    # initials that are not the name's, or no dash: no such row
    assert initials_tagged_row("Ann Reid (BX) – Clerk") is None
    assert initials_tagged_row("Ann Reid (AR), Clerk") is None


def test_tagged_row_kept_whole_by_the_name_list() -> None:
    entries = split_name_list("Carl Lowe (CL) – Inspector, Public Contact")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Carl Lowe", "Inspector, Public Contact")
    ]
