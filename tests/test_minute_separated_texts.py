"""Numbered minutes whose title runs on after a colon or a dash into its text (invented)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_separated_texts import separated_text

MINUTES = """\
Minutes of the Monthly Meeting of Pennard Vale Community Council held at the Hall
PRESENT: Cllrs. T. Rowe (Chair), M. Ashby, L. Pryce
1. Declarations of Interest – to be recorded as items arise.
2. Police Report: no report had been received this month.
3. Chair's Announcements –The chair thanked the clerk for the work on the noticeboard.
4. Footpath Repairs – the clerk reported that the stile had been replaced.
"""


def test_titles_before_a_colon_or_dash_head_their_minutes() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title) for h in headings] == [
        ("1", "Declarations of Interest"),
        ("2", "Police Report"),
        ("3", "Chair's Announcements"),
        ("4", "Footpath Repairs"),
    ]
    assert headings[1].run_on == "no report had been received this month."


def test_the_text_after_the_separator_is_kept() -> None:
    assert separated_text("5. Bus Shelter: the contractor will start in May.") == (
        "5",
        "Bus Shelter",
        "the contractor will start in May.",
    )


def test_speakers_decisions_and_labels_are_no_titles() -> None:
    assert separated_text("6. Cllr Ashby: asked when the bench would be mended.") is None
    assert separated_text("7. Resolved: that the accounts be approved.") is None
    assert separated_text("8. Proposed by: Cllr Pryce, seconded by Cllr Rowe") is None


def test_a_subtitle_in_capitals_or_a_sentence_stays_unsplit() -> None:
    assert separated_text("9. Planning – APPLICATIONS RECEIVED") is None
    assert separated_text("10. The clerk reported that: the grass was cut.") is None
    assert separated_text("2024 Budget: the precept was set.") is None


APOLOGIES_NAMES = """\
MINUTES OF THE MEETING OF THE HALTWHISTLE BURIAL BOARD

1 APOLOGIES: Cllr T Varga

2 CONFLICTS OF INTEREST:

None received

3. TO CONFIRM THE MINUTES OF THE LAST MEETING
"""


def test_an_apologies_title_over_names_alone_is_the_title() -> None:
    headings = minute_headings(lines_of(APOLOGIES_NAMES))
    assert [(h.number, h.title) for h in headings][:1] == [("1", "APOLOGIES")]
    assert separated_text("1 APOLOGIES: Cllr T Varga") == ("1", "APOLOGIES", "Cllr T Varga")


def test_names_alone_after_another_title_stay_unsplit() -> None:
    assert separated_text("4 PLANNING: Cllr T Varga") is None
    assert separated_text("4 Apologies: JB, KL") is None
