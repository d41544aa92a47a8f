"""A minute's later decisions, one for each paragraph that opens a decision of its own."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.resolutions import resolution
from minutebook.parsing.resolutions_further import further_resolutions


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.splitlines(), start=1)]


def _further(text: str) -> list[tuple[str, int]]:
    body = _lines(text)
    return [(r.text, r.line) for r in further_resolutions(body, resolution(body))]


def test_each_numbered_paragraph_resolving_counts() -> None:
    text = (
        "5.1 Members considered and RESOLVED to adopt the internal audit report.\n"
        "\n"
        "5.2 The governance statements were read out and it was RESOLVED to answer yes to"
        " each.\n"
        "\n"
        "5.3 RESOLVED that the public rights period run from 1st to 30th July.\n"
    )
    found = _further(text)
    assert [line for _, line in found] == [3, 5]
    assert found[0][0].startswith("it was RESOLVED to answer yes")
    assert found[1][0].startswith("RESOLVED that the public rights period")


def test_passive_approval_then_formula() -> None:
    text = (
        "a) The following payments were approved:\n"
        "\n"
        "Greystone Mowing\tVerge cutting\t£210.00\n"
        "\n"
        "b) AGREED to renew the insurance with Harrow Mutual.\n"
    )
    assert [line for _, line in _further(text)] == [5]


def test_numbered_clauses_under_one_formula_count_once() -> None:
    text = (
        "RESOLVED:-  (1)  That the minutes of the meeting held on 3rd June be approved.\n"
        "\n"
        "(2)  That the Officer check the leaflet stock.\n"
        "\n"
        "Action:-  Dana Whitcombe\n"
        "\n"
        "(3)  That the pilot's results be circulated to members.\n"
    )
    assert _further(text) == []


def test_decision_printed_again_after_the_prose() -> None:
    text = (
        "Decision:\n"
        "That the Council be recommended to adopt the Parking Strategy.\n"
        "\n"
        "Minutes:\n"
        "The Cabinet Member introduced the strategy.\n"
        "\n"
        "RESOLVED: That the Council be recommended to adopt the Parking Strategy.\n"
    )
    assert _further(text) == []


def test_one_decision_wrapped_over_lines_counts_once() -> None:
    text = (
        "RESOLVED that the Clerk obtain three quotations for the repair of the\n"
        "bus shelter and that the Council AGREED to meet the cost up to £500.\n"
    )
    assert _further(text) == []


def test_a_wrapped_line_opening_with_a_formula_word_counts_once() -> None:
    """ "recommended" opens the wrapped half of the decision above, not one of its own."""
    text = (
        "RESOLVED – That the annual treasury report be noted and\n"
        "recommended to the Audit Committee for review.\n"
    )
    assert _further(text) == []


def test_prose_and_noting_stay_unread() -> None:
    text = (
        "RESOLVED that the report be received.\n"
        "\n"
        "The Chair thanked the officers for their work on the scheme.\n"
        "\n"
        "Members noted the update from the County Councillor.\n"
    )
    assert _further(text) == []


def test_no_first_decision_no_further() -> None:
    assert further_resolutions(_lines("The Clerk reported on the play area.\n"), None) == []


def test_all_resolutions_of_a_record_s_opening_in_order() -> None:
    from minutebook.parsing.resolutions_further import all_resolutions

    text = (
        "PRESENT: Cllr A Reid (in the Chair), Cllr B Moss\n"
        "There were no declarations of interest.\n"
        "RESOLVED that the minutes of the meeting held on 3 May be approved.\n"
        "The Clerk reported on the accounts.\n"
        "It was RESOLVED to move the bank account.\n"
    )
    found = [(r.text, r.line) for r in all_resolutions(_lines(text))]
    assert [line for _, line in found] == [3, 5]
    assert all_resolutions(_lines("PRESENT: Cllr A Reid\nThe Clerk reported.\n")) == []
