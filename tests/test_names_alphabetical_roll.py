"""A roll of surnames in alphabetical order with forenames only where two members share a
surname, and officers listed as forename-surname pairs in their surnames' order, both
flattened with nothing between the names (invented examples)."""

from __future__ import annotations

from minutebook.parsing.names import split_name_list
from minutebook.parsing.names_alphabetical_roll import alphabetical_pairs, alphabetical_roll


def _names(found: list[tuple[int, str]] | None) -> list[str]:
    assert found is not None
    return [name for _, name in found]


def test_a_forename_is_the_word_its_surname_sorts_before() -> None:
    text = (
        "Councillors Acott Joy Blake Paul Blake Carr (Chairman) Dunn MBE Frost Hale "
        "Ives (Vice-Chairman) Jones-Kerr Lowe"
    )
    assert _names(alphabetical_roll(text)) == [
        "Acott",
        "Joy Blake",
        "Paul Blake",
        "Carr (Chairman)",
        "Dunn MBE",
        "Frost",
        "Hale",
        "Ives (Vice-Chairman)",
        "Jones-Kerr",
        "Lowe",
    ]


def test_a_forename_that_sorts_before_its_surname_is_known_by_the_next_pair() -> None:
    text = "Councillors Anne Bell Brian Bell Carr Dunn Frost Hale Ives Jones Kerr"
    assert _names(alphabetical_roll(text))[:3] == ["Anne Bell", "Brian Bell", "Carr"]


def test_the_roll_keeps_each_office_as_a_capacity() -> None:
    entries = split_name_list("Councillors Acott Blake Carr (Chairman) Dunn Frost Hale Ives Jones")
    assert [(e.as_written, e.capacity) for e in entries][2] == ("Carr", "Chairman")


def test_names_out_of_order_or_too_few_are_no_roll() -> None:
    assert alphabetical_roll("Councillors Paul Gibb John Kirk Mary Lowe Ann Moss Ian Pym") is None
    assert alphabetical_roll("Councillors Acott Blake Carr") is None
    assert (
        alphabetical_roll("Councillors Acott, Blake, Carr, Dunn, Frost, Hale, Ives, Lowe") is None
    )
    assert (
        alphabetical_roll("Councillors Blake Carr Dunn Frost Hale Ives Jones Lowe Acott Moss")
        is None
    )


def test_officers_in_their_surnames_order_are_pairs() -> None:
    text = "Simon Alder Peter Bright Phil Crane Julia Dent Ruth Evans"
    assert _names(alphabetical_pairs(text)) == [
        "Simon Alder",
        "Peter Bright",
        "Phil Crane",
        "Julia Dent",
        "Ruth Evans",
    ]
    assert alphabetical_pairs("Alder Bright Crane Dent Evans Frost Gale Hale") is None  # a roll
    assert alphabetical_pairs("Simon Alder Peter Bright Phil Crane") is None  # three pairs
    assert alphabetical_pairs("Simon Dent Peter Bright Phil Crane Julia Alder") is None


def test_each_columns_councillor_s_head_is_one_plural_title() -> None:
    """A roll of three columns, each headed "Councillor(s)", flattened onto one line."""
    from minutebook.errors import Diagnostics
    from minutebook.model import DocumentKind, Line, Part
    from minutebook.parsing.attendance import read_attendance_lists

    text = "PRESENT:\n\nCouncillor(s) Councillor(s) Councillor(s) C Amos P M Birch J E Cole"
    lines = [Line(n, t) for n, t in enumerate(text.splitlines(), 1)]
    part = Part(DocumentKind.MINUTES, "", lines, "minutes")
    read_attendance_lists(part, lines, "x.txt", Diagnostics())
    assert [(a.as_written, a.line) for a in part.attendance] == [
        ("C Amos", 3),
        ("P M Birch", 3),
        ("J E Cole", 3),
    ]
    names = [e.as_written for e in split_name_list("Councillor(s): S J Gale, H M Hale and D Pym")]
    assert names == ["S J Gale", "H M Hale", "D Pym"]


def test_a_title_before_a_surname_stays_with_it_in_the_roll() -> None:
    text = "Councillors: Amos Mrs Birch Mrs Blake Carter Dunn Evans Mrs Evans Frost Gale"
    assert _names(alphabetical_roll(text))[:3] == ["Amos", "Mrs Birch", "Mrs Blake"]
    assert "Mrs Evans" in _names(alphabetical_roll(text))


def test_a_plural_titled_list_closing_with_the_clerk_names_each_member() -> None:
    """ "Councillors Amos, Birch, Cole and the Clerk": a list, not Amos with the others as
    a post (the clerk's word made it look like one)."""
    from minutebook.errors import Diagnostics
    from minutebook.model import DocumentKind, Line, Part
    from minutebook.parsing.attendance import read_attendance_lists
    from minutebook.parsing.attendance_person_rows import comma_post

    line = "Present: Councillors Amos, Birch, Cole, Dale, and the Clerk."
    assert comma_post(line) is None
    assert comma_post("Cara Lowe, Police and Crime Commissioner for Fenby") == (
        "Cara Lowe (Police and Crime Commissioner for Fenby)"
    )
    part = Part(DocumentKind.MINUTES, "", [Line(5, line)], "minutes")
    read_attendance_lists(part, part.lines, "x.txt", Diagnostics())
    assert [(a.as_written, a.capacity) for a in part.attendance] == [
        ("Amos", None),
        ("Birch", None),
        ("Cole", None),
        ("Dale", None),
    ]
