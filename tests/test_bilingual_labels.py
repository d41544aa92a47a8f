"""Attendance labels printed in Welsh and English (bilingual_labels)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.bilingual_labels import english_labels


def english(text: str) -> str:
    return english_labels([Line(1, text)])[0].text


def test_welsh_half_of_each_label_is_dropped() -> None:
    assert english("AELODAU/MEMBERS: Cyng/Cllrs: A Bevan, C Dafis") == (
        "MEMBERS: Cllrs: A Bevan, C Dafis"
    )
    assert english("YMDDIHEURIADAU/APOLOGIES: Cyng/Cllr: E Ffrancon") == (
        "APOLOGIES: Cllr: E Ffrancon"
    )
    assert english("YN BRESENNOL / IN ATTENDANCE: G Hywel (Clerk)") == (
        "IN ATTENDANCE: G Hywel (Clerk)"
    )
    assert english("CADEIRYDD/ CHAIR: J Rhys") == "CHAIR: J Rhys"


def test_two_english_labels_and_other_slashes_stay() -> None:
    assert english("Present/Apologies:") == "Present/Apologies:"
    assert english("Chair/Vice-Chair: A Reid") == "Chair/Vice-Chair: A Reid"
    assert english("Mr A Reid (Planning/Highways)") == "Mr A Reid (Planning/Highways)"


def test_an_english_post_before_a_slash_stays() -> None:
    assert english("Ann Reid (Lay Member for Public Involvement / Vice Chair)") == (
        "Ann Reid (Lay Member for Public Involvement / Vice Chair)"
    )
    assert english("Bob Moss (Head of Audit and Risk / Deputy Chair);") == (
        "Bob Moss (Head of Audit and Risk / Deputy Chair);"
    )


def test_a_titled_name_before_a_slashed_post_stays() -> None:
    assert english("Mrs J Tavy / Chair") == "Mrs J Tavy / Chair"
    assert english("Dr K Orrin / Vice Chair") == "Dr K Orrin / Vice Chair"
    assert english("Sam Hill (Lay Member/Chair)") == "Sam Hill (Lay Member/Chair)"  # an office
    assert english("Cyng/Cllr: E Ffrancon") == "Cllr: E Ffrancon"
