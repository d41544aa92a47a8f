"""An item's cell run together on one line ("Title To consider ... Minutes: ...")."""

from __future__ import annotations

from minutebook.parsing.web_row_run_in_label import documents_label_pieces, run_in_label_pieces


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


def test_an_item_titled_by_its_agenda_wording_alone() -> None:
    """No title before the wording: the one sentence is the title, without its stop."""
    line = "To approve the minutes of the meeting held on 2 May 2024. Minutes: RESOLVED, that"
    assert run_in_label_pieces(line + " they be approved. |") == [
        "To approve the minutes of the meeting held on 2 May 2024",
        "Minutes:",
        "RESOLVED, that they be approved.",
    ]
    two_sentences = "To note the report. It was late. Minutes: Noted."
    assert run_in_label_pieces(two_sentences) is None


def test_a_joint_report_opens_the_agenda_text() -> None:
    """ "Joint report of ..." is the paper the item takes: its title ends before it; "Annual
    Report of ..." in capitals is part of a title."""
    line = "Pending Actions Joint report of the Clerk and the Treasurer. Minutes: Noted."
    assert run_in_label_pieces(line) == [
        "Pending Actions",
        "Joint report of the Clerk and the Treasurer.",
        "Minutes:",
        "Noted.",
    ]
    assert run_in_label_pieces("Annual Report of the Commissioner. Minutes: Noted.") is None


def test_a_cell_broken_after_its_run_in_documents_label() -> None:
    """ "Title To consider ... Additional documents:" over "Minutes: ...": the line's pieces
    end with the label, the minute's text is the next line's; another line is none."""
    line = "Treasury Strategy To consider the report of the Treasurer. Additional documents:"
    assert documents_label_pieces(line, "Minutes: The strategy was approved.") == (
        ["Treasury Strategy", "To consider the report of the Treasurer.", "Minutes:"],
        ["The strategy was approved."],
    )
    assert documents_label_pieces(line, "The strategy was approved.") is None
    assert documents_label_pieces("Members noted the additional documents:", "Minutes: x") is None


def test_a_title_in_capitals_runs_straight_into_the_agenda_text() -> None:
    """ "DECLARATIONS OF INTEREST Members must declare ... Minutes: ...": the capitals are
    the title, the sentence after them the agenda's text; a bracket in small letters stays
    the title's, a spaced dash parts them, and the papers' label before the minute's
    ("Additional documents: Minutes:") is no text. An application's reference in capitals
    alone is the title; the label with no text after it is kept for the lines below."""
    assert run_in_label_pieces(
        "DECLARATIONS OF INTEREST Members must declare any interest now. "
        "Minutes: There were no disclosures. |"
    ) == [
        "DECLARATIONS OF INTEREST",
        "Members must declare any interest now.",
        "Minutes:",
        "There were no disclosures.",
    ]
    assert run_in_label_pieces(
        "APOLOGIES FOR ABSENCE (if any) - to note. Additional documents: Minutes: None."
    ) == ["APOLOGIES FOR ABSENCE (if any)", "to note.", "Minutes:", "None."]
    assert run_in_label_pieces("R0412.23 - 5 MILL CLOSE, HIGHFORD Minutes: Refused.") == [
        "R0412.23 - 5 MILL CLOSE, HIGHFORD",
        "Minutes:",
        "Refused.",
    ]
    assert run_in_label_pieces("REPORTS CALLED IN Additional documents: Minutes:") == [
        "REPORTS CALLED IN",
        "Minutes:",
    ]
    assert run_in_label_pieces("He said it was in the Minutes: page 4.") is None


def test_a_title_ending_in_minutes_is_no_web_row() -> None:
    """ "P98/17 Previous Meeting Minutes: It was RESOLVED ...": "Minutes" is the run-in
    title's own last word, the record after its colon, so the line stays whole; a web
    row's "Minutes of the Last Meeting Minutes: ..." or "Date of Next Meeting Minutes:
    ..." is still cut."""
    assert run_in_label_pieces("P98/17 Previous Meeting Minutes: It was RESOLVED.") is None
    assert run_in_label_pieces("Minutes of the Last Meeting Minutes: Agreed.") == [
        "Minutes of the Last Meeting",
        "Minutes:",
        "Agreed.",
    ]
    assert run_in_label_pieces("Date of Next Meeting Minutes: 4 June.") == [
        "Date of Next Meeting",
        "Minutes:",
        "4 June.",
    ]
