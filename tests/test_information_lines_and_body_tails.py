"""A committee system's older meeting page: "Committee Information" lines under the date
give the start and stand over the venue (`parsing/information_lines.py`); the years an
archived committee sat and a council's name printed twice are no part of the body's name
(`parsing/body_tails.py`). Invented bodies and places."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.body_tails import (
    tidied_body,
    without_date_tail,
    without_doubled_tail,
    without_month_tail,
    without_web_address,
    without_year_span,
)
from opening_facts import first_part_meeting

PAGE = (
    "{title}\n"
    "Tuesday, 4th March, 2014\n"
    "\n"
    "Kelbridge BC - Committee Information {title} - 04/03/2014: 14:00:00\n"
    "Committee Information {title} - 04/03/2014: 14:00:00\n"
    "GUILDHALL, QUAY STREET, KELBRIDGE\n"
    "\n"
    "Agenda Details\n"
    "\n"
    "Item Number:1\n"
    "Heading:Apologies for Absence\n"
    "Item:To receive any apologies for absence.\n"
    "\n"
    "Item Number:2\n"
    "Heading:Minutes\n"
    "Item:To confirm the minutes of the last meeting.\n"
)


def test_information_lines_give_the_start_and_stand_over_the_venue() -> None:
    kind, body, date, time, venue = first_part_meeting(PAGE.format(title="Harbour Board"))
    assert kind is DocumentKind.AGENDA
    assert (body, date, time, venue) == (
        "Harbour Board",
        dt.date(2014, 3, 4),
        dt.time(14, 0),
        "GUILDHALL, QUAY STREET, KELBRIDGE",
    )


def test_information_lines_of_another_date_give_nothing() -> None:
    text = PAGE.format(title="Harbour Board").replace("04/03/2014", "05/03/2014")
    _, _, _, time, venue = first_part_meeting(text)
    assert time is None
    assert venue != "GUILDHALL, QUAY STREET, KELBRIDGE"


def test_a_whole_council_named_twice_is_the_council() -> None:
    _, body, *_ = first_part_meeting(PAGE.format(title="Kelbridge Borough Council Borough Council"))
    assert body == "Kelbridge Borough Council"


def test_tails_the_system_prints_after_a_name() -> None:
    assert without_year_span("Licensing Committee (2010-2016)") == "Licensing Committee"
    assert without_year_span("Licensing Committee (2019 - )") == "Licensing Committee"
    assert without_year_span("Licensing Committee (Hearings)") is None
    assert without_year_span("Roads and Transport Committee 2014-2019") == (
        "Roads and Transport Committee"
    )
    assert without_year_span("Committee of 2014") is None
    assert without_year_span("Plan 2020-25") is None  # a plan's years, not a sitting's


def test_the_papers_kind_after_a_dash_is_no_part_of_the_name() -> None:
    from minutebook.parsing.body_tails import tidied_body, without_paper_kind

    assert tidied_body("Council - Minutes of Proceedings") == "Council"
    assert without_paper_kind("Cabinet – Agenda") == "Cabinet"
    assert without_paper_kind("Minutes") is None
    assert without_paper_kind("Audit - Risk and Governance Committee") is None
    assert without_doubled_tail("Wyke County Council County Council") == "Wyke County Council"
    assert without_doubled_tail("Wyke Town Council Council") == "Wyke Town Council"
    ordinary = "Wyke Parish Council Ordinary Parish Council"
    assert without_doubled_tail(ordinary) == "Wyke Parish Council"
    assert without_doubled_tail("Wyke Parish Council Annual Council") == "Wyke Parish Council"
    assert without_doubled_tail("Wyke Parish Council Annual Parish Meeting") is None
    assert without_doubled_tail("Wyke County Council Cabinet") is None
    assert tidied_body("Fenby Town Council Town Council (2001-2009)") == "Fenby Town Council"
    assert tidied_body("Audit Committee") == "Audit Committee"


def test_a_date_run_on_after_the_name_is_no_part_of_it() -> None:
    assert without_date_tail("Fenby Parish Council on Tuesday 4th May 2021 at 7pm") == (
        "Fenby Parish Council"
    )
    assert without_date_tail("Audit Committee held on 9 June 2020") == "Audit Committee"
    assert without_date_tail("Committee on Standards in Public Life") is None
    assert without_date_tail("Fenby Parish Council") is None


SUMMONS = """To: all Members of Ashby Fold Parish Council

{summons}

The Reading Room for the purpose of transacting the business on the following agenda.

AGENDA

1. Apologies for absence
2. Declarations of interest
""".format(
    summons="You are hereby summoned to attend the meeting of Ashby Fold Parish Council on "
    "Thursday 14th October 2021 at 7.15pm, to be held at:"
)


def test_a_summons_running_its_date_on_after_the_body_names_the_body_alone() -> None:
    kind, body, date, *_ = first_part_meeting(SUMMONS)
    assert kind is DocumentKind.AGENDA
    assert (body, date) == ("Ashby Fold Parish Council", dt.date(2021, 10, 14))


def test_a_banners_name_run_into_its_title_in_capitals_is_printed_once() -> None:
    assert (
        tidied_body("C P C P Westshire Police and Crime Panel WESTSHIRE POLICE AND CRIME PANEL")
        == "Westshire Police and Crime Panel"
    )
    assert tidied_body("Audit Committee AUDIT COMMITTEE") == "Audit Committee"
    # a name that repeats no half of itself is left as printed
    assert tidied_body("Fenby and Wyke Joint Committee") == "Fenby and Wyke Joint Committee"


def test_a_summons_clause_a_meeting_number_or_a_date_around_the_name_is_no_part() -> None:
    assert tidied_body("FENBY BOROUGH COUNCIL which will be held as follows") == (
        "FENBY BOROUGH COUNCIL"
    )
    assert tidied_body("Wyke Council to be held on") == "Wyke Council"
    assert tidied_body("EASTDALE JOINT COMMITTEE Meeting No 053 Virtual Meeting MINUTES") == (
        "EASTDALE JOINT COMMITTEE"
    )
    assert tidied_body("NOVEMBER 2031 DEVELOPMENT COMMITTEE") == "DEVELOPMENT COMMITTEE"
    assert tidied_body("Committee to Be Held Accountable") == "Committee to Be Held Accountable"


def test_the_meetings_kind_after_a_councils_name_is_no_part_of_it() -> None:
    """ "Minutes of Fenby Parish Council AGM held on ...": the annual meeting is the
    council's; a committee named for its annual business keeps its name."""
    assert tidied_body("Fenby Parish Council AGM") == "Fenby Parish Council"
    assert tidied_body("Wyke Town Council Annual Meeting") == "Wyke Town Council"
    assert tidied_body("Fenby Annual Parish Meeting") == "Fenby Annual Parish Meeting"
    assert tidied_body("AGM Working Group") == "AGM Working Group"


def test_the_meetings_month_after_a_name_is_no_part_of_it() -> None:
    assert without_month_tail("Fenby Parish Council March") == "Fenby Parish Council"
    assert without_month_tail("Wyke Planning Committee June 2021") == "Wyke Planning Committee"
    assert without_month_tail("March Town Council") is None
    assert without_month_tail("Friends of May") is None
    assert tidied_body("Fenby Parish Council Parish Council March") == "Fenby Parish Council"


def test_the_whole_councils_meeting_inside_a_parishs_name_is_no_part_of_it() -> None:
    assert tidied_body("Wyke Parish Full Council") == "Wyke Parish Council"
    assert tidied_body("Fenby Town Full Council") == "Fenby Town Council"
    assert tidied_body("Wyke Full Council") == "Wyke Full Council"


def test_a_web_address_after_a_name_is_no_part_of_it() -> None:
    assert without_web_address("Wyke Community Council CC wykecc.org.uk; RECORD") == (
        "Wyke Community Council"
    )
    assert without_web_address("Fenby Town Council www.fenby.gov.uk") == "Fenby Town Council"
    assert without_web_address("Wyke Parish Council PC") is None
    assert tidied_body("Hexton Parish Council HPC hexton.org.uk") == "Hexton Parish Council"
