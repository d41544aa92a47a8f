"""A licensing application titling a web page's unnumbered minute, its address long."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_application_titles import application_title
from minutebook.parsing.minute_headings import looks_like_title, minute_headings

HEARING = (
    "Licensing Sub-Committee - Tuesday, 4th May, 2021 10.00 am\n"
    "\n"
    "No. Item\n"
    "\n"
    "\n"
    "Declarations of Interest\n"
    "\n"
    "\n"
    "There were no declarations of interest.\n"
    "\n"
    "\n"
    '"The Old Forge" - Application for the Grant of a Premises Licence for The Old Forge,'
    " 4 Mill Lane, Ashby, Westshire AB1 2CD pdf icon PDF 210 KB\n"
    "\n"
    "To consider the report of the Head of Licensing on an application for the grant of a"
    " Premises Licence in respect of The Old Forge, Ashby\n"
    "\n"
    "\n"
    "The Sub-Committee heard from the applicant and the police.\n"
)

LONG = (
    '"The Old Forge" - Application for the Grant of a Premises Licence for The Old Forge,'
    " 4 Mill Lane, Ashby, Westshire AB1 2CD"
)


def test_an_application_with_its_address_is_a_title() -> None:
    assert looks_like_title(LONG)
    assert looks_like_title(
        "Licensing Act 2003 - Application to Vary a Premises Licence for"
        " The Crown Inn, 12 High Street, Fenby, Westshire FB2 9XY"
    )


def test_a_sentence_about_an_application_is_no_title() -> None:
    sentence = "Application for the grant of a licence was refused by the Sub-Committee."
    assert not looks_like_title(sentence)
    assert not application_title(sentence, title_cased=False, sentence=True)


def test_the_application_heads_the_minute_and_its_agenda_text_does_not() -> None:
    headings = minute_headings(lines_of(HEARING))
    assert [(h.title, h.index) for h in headings] == [
        ("Declarations of Interest", 5),
        (LONG, 11),
    ]
