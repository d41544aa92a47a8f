"""Labels followed by a dash with their list on the line below, a table's two-row header
ending the lists, a substitute in the sentence after the apologies, the City's "Deputy"
title, who chaired said under a web page's "Minutes:" label, and labels misread by scanning."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance import label_line, minutes_table_header
from minutebook.parsing.attendance_in_their_place import substitute_in_their_place
from minutebook.parsing.attendance_minute_chair import chair_before_apologies
from minutebook.parsing.names import elected_mayor

PRESENT = AttendanceRole.PRESENT
APOLOGIES = AttendanceRole.APOLOGIES


def test_a_dash_after_the_label_is_no_name() -> None:
    assert label_line("PRESENT: -") == ("PRESENT", PRESENT, "")
    assert label_line("Apologies: –") == ("Apologies", APOLOGIES, "")


def test_lists_under_dashed_labels_end_at_the_stacked_table_header() -> None:
    found = attendance_of(
        "WYKE PORT AUTHORITY\n\nTuesday, 3rd March 2020\n\nPRESENT: -\n\n"
        "Councillors Reid (Chair), Moss and Lowe.\n\nIN ATTENDANCE: -\n\n"
        "Ann Pym (Clerk) and Carl Hale (Treasurer, Wyke Council).\n\nAPOLOGIES: -\n\n"
        "Councillors Ward and Dunn.\n\n"
        "Minute Report Business No. No. 1201 DECLARATIONS OF INTEREST\n\nNone were made.\n"
    )
    assert [f for f in found if f[1] in ("-", "–")] == []
    assert (AttendanceRole.IN_ATTENDANCE, "Ann Pym", "Clerk", 11) in found
    assert [f for f in found if f[0] is APOLOGIES] == [
        (APOLOGIES, "Ward", None, 15),
        (APOLOGIES, "Dunn", None, 15),
    ]
    assert minutes_table_header("Minute Report Business No. No. 1201 DECLARATIONS")
    assert not minutes_table_header("Minute Book kept by the Clerk")


def test_a_substitute_in_the_sentence_after_the_apologies() -> None:
    text = "Apologies were received from Ann Reid.  Ben Moss attended in her absence."
    assert substitute_in_their_place(text, text.index(".") + 1) == "Ben Moss"
    text = "Apologies were received from Cllr C Lowe; Cllr D Pym attended in his place."
    assert substitute_in_their_place(text, text.index(";")) == "Cllr D Pym"
    text = "Apologies were received from Ann Reid. The Chair welcomed everyone."
    assert substitute_in_their_place(text, text.index(".") + 1) is None


def test_deputy_before_a_given_name_and_surname_is_a_title() -> None:
    assert elected_mayor("Deputy Ann Reid")
    assert elected_mayor("Mayor Ann Reid")
    assert not elected_mayor("Deputy Chief Executive")
    assert not elected_mayor("Deputy Town Clerk")
    assert not elected_mayor("Mayor of Westbury")


def test_the_chair_under_a_web_label_is_present_not_an_apology() -> None:
    body = [
        Line(4, "Minutes: Alderman Ann Reid was in the Chair."),
        Line(5, "Apologies were received from Deputy Ben Moss."),
    ]
    kept, chair = chair_before_apologies(body, set())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in chair] == [
        (PRESENT, "Alderman Ann Reid", None, 4)
    ]
    assert [li.text for li in kept] == ["", "Apologies were received from Deputy Ben Moss."]
    assert chair_before_apologies(body, {"Reid"})[1] == []


def test_a_label_with_one_letter_misread_by_scanning() -> None:
    assert label_line("eresent: Councillor A Reid") == ("eresent", PRESENT, "Councillor A Reid")
    assert label_line("Apoloaies: Mr B Moss (Wyke Council)") == (
        "Apoloaies",
        APOLOGIES,
        "Mr B Moss (Wyke Council)",
    )
    assert label_line("Resent: the members were told of the change") is None
    assert label_line("Parent: Mr C Lowe") is None
    assert label_line("Apologise: Mr C Lowe") is None
