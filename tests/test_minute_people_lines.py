"""People listed a line each inside a minute, each line shaped like a title."""

from __future__ import annotations

from minutebook.parsing.attendance import substitutes_intro
from minutebook.parsing.minute_member_lines import listed_person
from minutebook.parsing.names import split_name_list, stood_in_for


def test_a_person_with_a_bracket_under_the_apologies_is_no_title() -> None:
    texts = [
        "Apologies for Absence",
        "",
        "Kay Galway (Turning Point)",
        "",
        "Dr Ann Reid (Chair, Wyke CCG)",
    ]
    assert listed_person(texts, 2)
    assert listed_person(texts, 4)  # the list goes on below another person's line


def test_a_title_with_a_bracket_is_a_title_where_nobody_is_listed() -> None:
    texts = ["The Board noted the update.", "", "Better Care Fund (Report)"]
    assert not listed_person(texts, 2)
    assert not listed_person(["Apologies for Absence", "", "Minutes of the Meeting"], 2)


def test_a_substitute_and_whom_they_stood_in_for_is_no_post() -> None:
    assert stood_in_for("Julie Dodds for John Sparkes")
    assert not stood_in_for("Cabinet Member for Finance")
    entries = split_name_list("Charis Pollard for Partick Garner (Newcastle Hospitals)")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Charis Pollard for Partick Garner", "Newcastle Hospitals")
    ]


def test_the_dash_after_a_substitutes_lead_in_is_no_name() -> None:
    text = "the appointment of the following substitute members was reported:-"
    assert substitutes_intro(text) == ""
