"""An item's cell run together on one line ("Title To consider ... Minutes: ...")."""

from __future__ import annotations

from minutebook.parsing.web_row_run_in_label import run_in_label_pieces


def test_a_title_agenda_text_and_minute_run_together_are_put_back() -> None:
    line = "Deputations To receive any deputations of which notice was given. Minutes: None. |"
    assert run_in_label_pieces(line) == [
        "Deputations",
        "To receive any deputations of which notice was given.",
        "Minutes:",
        "None.",
    ]
    assert run_in_label_pieces("PARKING REVIEW Minutes: RESOLVED that it be noted.") == [
        "PARKING REVIEW",
        "Minutes:",
        "RESOLVED that it be noted.",
    ]


def test_a_sentence_naming_the_minutes_is_left_alone() -> None:
    assert run_in_label_pieces("The Clerk tabled the Minutes: they were signed.") is None
    assert run_in_label_pieces("Minutes: The report was noted.") is None
