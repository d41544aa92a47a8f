"""A list whose offices label their holders with a colon ("The Mayor: A Reid, Deputy Mayor:
B Moss, Councillors: C Lowe, D Hart"), as town councils print those present
(`parsing.names_office_colons`; invented examples)."""

from __future__ import annotations

from minutebook.parsing.names import split_name_list
from opening_facts import parsed


def _entries(text: str) -> list[tuple[str, str | None]]:
    return [(e.as_written, e.capacity) for e in split_name_list(text)]


def test_each_office_labels_its_holder_and_the_plural_title_its_names() -> None:
    assert _entries(
        "The Mayor: Helen Lowe (arrived 20.14), Deputy Mayor: Nigel Burke, Councillors: Ivor"
        " Jack, Ann Hughes"
    ) == [
        ("Helen Lowe", "The Mayor"),
        ("Nigel Burke", "Deputy Mayor"),
        ("Ivor Jack", None),
        ("Ann Hughes", None),
    ]


def test_a_holder_s_arrival_is_kept_as_its_timing() -> None:
    mayor = split_name_list("The Mayor: Helen Lowe (arrived 20.14), Councillors: Ivor Jack")[0]
    assert (mayor.capacity, mayor.timing) == ("The Mayor", "arrived 20.14")


def test_a_titled_holder_keeps_the_title() -> None:
    assert _entries("Chairman: Cllr A Reid, Vice-Chairman: Cllr B Moss, Cllr C Lowe") == [
        ("Cllr A Reid", "Chairman"),
        ("Cllr B Moss", "Vice-Chairman"),
        ("Cllr C Lowe", None),
    ]


def test_other_colons_leave_the_list_to_the_other_readers() -> None:
    assert _entries("Cllr A Reid (Chair), Cllr B Moss") == [
        ("Cllr A Reid", "Chair"),
        ("Cllr B Moss", None),
    ]
    # colons inside every piece and no office: read, and read once (no endless re-reading)
    assert split_name_list("Note: a: b: c, Time: 10: 30") is not None


def test_the_present_list_of_a_town_council() -> None:
    text = (
        "MINUTES OF MEETING OF ASHBY TOWN COUNCIL HELD IN THE TOWN HALL ON MONDAY 18 JANUARY"
        " 2010 AT 7.00PM\n\nCOUNCILLORS PRESENT: The Mayor: Helen Lowe, Deputy Mayor: Nigel"
        " Burke, Councillors: Ivor Jack, Ann Hughes.\n\n1. APOLOGIES FOR ABSENCE\nCllr Stather\n"
    )
    present = [
        (a.as_written, a.capacity)
        for a in parsed(text).parts[0].attendance
        if a.role.value == "present"
    ]
    assert present == [
        ("Helen Lowe", "The Mayor"),
        ("Nigel Burke", "Deputy Mayor"),
        ("Ivor Jack", None),
        ("Ann Hughes", None),
    ]
