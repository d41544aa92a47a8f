"""Declarations a record states before its first minute heading: in prose, or as a table
under a "Declarations of interest:" label of its opening (invented examples)."""

from __future__ import annotations

from opening_facts import parsed

RECORD = (
    "MINUTES of a meeting of the Fenby Borough Council held in the Council Chamber, Town "
    "Hall, Fenby on Wednesday 5 December 2026 at 7.00pm.\n\n"
    "PRESENT: Councillors Amos (Chair), Birch, Cole and Dunn\n\n"
    "Declarations of interest:\n\n"
    "Name of Member Type of Interest Item/Nature of Interest\n"
    "Councillor Birch Non Pecuniary Agenda Item 6 - Leisure Trust - Trustee\n"
    "Councillor Cole Non Pecuniary Agenda Item 7 - Care Home - Relative of resident\n"
    "Apologies:\n"
    "Councillor Eves\n\n"
    "1. MINUTES\n\nThe minutes of the meeting held on 7 November 2026 were approved.\n"
)


def _declarations(text: str) -> list[tuple[str, str | None, int]]:
    part = parsed(text).parts[0]
    return [(d.as_written, d.minute_number, d.line) for d in part.declarations]


def test_a_declarations_table_under_the_opening_s_label_is_read() -> None:
    assert _declarations(RECORD) == [
        ("Councillor Birch", None, 8),
        ("Councillor Cole", None, 9),
    ]


def test_the_next_label_ends_the_block() -> None:
    names = [name for name, _, _ in _declarations(RECORD)]
    assert "Councillor Eves" not in names


def test_a_declaration_in_prose_in_the_opening_is_read() -> None:
    text = RECORD.replace(
        "Declarations of interest:\n\nName of Member Type of Interest Item/Nature of Interest\n"
        "Councillor Birch Non Pecuniary Agenda Item 6 - Leisure Trust - Trustee\n"
        "Councillor Cole Non Pecuniary Agenda Item 7 - Care Home - Relative of resident\n",
        "Councillor Birch declared an interest in Agenda Item 6 as a trustee of the trust.\n",
    )
    assert _declarations(text) == [("Councillor Birch", None, 5)]
