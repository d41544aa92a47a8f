"""A post after a name's comma with a run of names by initials pressed onto it."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.parsing.attendance_post_initials_runs import post_and_run
from minutebook.parsing.names import is_office


def test_the_office_alone_is_the_post_and_the_run_is_more_people() -> None:
    part = parse_text(
        "Minutes of the meeting of ASHWELL TOWN COUNCIL held in the Council Chamber on "
        "Wednesday, 1st May 2019 at 7.00pm.\n\n"
        "Present: Councillor A B Reid, Town Mayor\n\n"
        "Councillors: Ms C Moss, Deputy Town Mayor D E F Lowe G Hart MBE Mrs H J Pym\n\n"
        "In attendance: Mr K Ward, Town Clerk\n\n"
        "12. APOLOGIES FOR ABSENCE\n\nNone.\n\n13. MINUTES\n\nThe minutes were approved.\n"
    )
    assert [(a.as_written, a.capacity, a.line) for a in part.attendance][1:5] == [
        ("Ms C Moss", "Deputy Town Mayor", 5),
        ("D E F Lowe", None, 5),
        ("G Hart MBE", None, 5),
        ("Mrs H J Pym", None, 5),
    ]


def test_a_post_with_no_run_or_an_initial_closing_it_stays() -> None:
    assert post_and_run("Head of Finance and Resources", is_office) is None
    assert post_and_run("Clerk A Reid", is_office) is None  # one name is no run
    found = post_and_run("Deputy Mayor J W C Curle N Gow", is_office)
    assert found == ("Deputy Mayor", ["J W C Curle", "N Gow"])
