"""A decision cited in a minute by its reference: in the title or in the text."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.decision_references import (
    bare_code,
    cited_decisions,
    decisions_in_tables,
    labelled_code,
    tabled_decisions,
    titled_decision,
)


def _lines(*texts: str) -> list[Line]:
    return [Line(40 + k, t) for k, t in enumerate(texts)]


def _cited(*texts: str) -> list[tuple[str, int]]:
    return [(d.reference, d.line) for d in cited_decisions(_lines(*texts))]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a label broken from its word across two lines; the code's own line is kept
        (
            ("The Panel noted the grants awarded under decision", "record HB/DR/2021/007 to"),
            [("HB/DR/2021/007", 41)],
        ),
        (("The Commissioner's Decision Record No. 2021/014 was noted.",), [("2021/014", 40)]),
        (("This followed decision reference PCC-045-22.",), [("PCC-045-22", 40)]),
        (("Members noted Decision Notice 12/2020.",), [("12/2020", 40)]),
        (("The report (Decision OPFCC/2022/031) was noted.",), [("OPFCC/2022/031", 40)]),
        (
            ("See Decision OPCC.D.112.21 and decision record OPCC.D.112.21.",),
            [("OPCC.D.112.21", 40)],
        ),
        # the plural over a list of codes printed with a space, notes in brackets
        (
            (
                "The Panel noted decisions ABC 2021/017 (fleet review), ABC 2021/019 and",
                "ABC 2022/002 (victims' hub) published since the last meeting.",
            ),
            [("ABC 2021/017", 40), ("ABC 2021/019", 40), ("ABC 2022/002", 41)],
        ),
        (("Members noted decision OPCC 2020/31 on the estates plan.",), [("OPCC 2020/31", 40)]),
    ],
)
def test_a_decision_cited_in_a_minute_is_read(texts: tuple[str, ...], expected: object) -> None:
    assert _cited(*texts) == expected


@pytest.mark.parametrize(
    "texts",
    [
        ("Planning application 23/01234/FUL was approved.",),  # an application number
        ("The decision at Minute 45/19 was confirmed.",),  # a minute code
        ("The decision of 12/03/2019 was upheld.",),  # a date
        ("The Panel upheld Decision 12/03/2019.",),  # a date right after the word
        ("The Panel upheld the decision 12/21.",),  # a minute code right after the word
        ("Decision: That the report be noted.",),  # a form's label
        ("Decision", "4.1 Members agreed the plan."),  # a label, then a paragraph number
        ("No decision was taken on the 2019/20 budget.",),
        # the decision a call-in is about is the business, not a decision recorded
        ("CALL-IN: EXECUTIVE DECISION E.117 - CLOSURE OF MARSH LANE DEPOT",),
        ("The Committee considered the call-in of Cabinet decision C.88 of 2 May.",),
        ("Decisions were noted; ABC 2021/017 was not discussed.",),  # no list after the word
    ],
)
def test_codes_not_cited_as_decisions_are_not_read(texts: tuple[str, ...]) -> None:
    assert _cited(*texts) == []


def test_a_decision_named_in_a_title_keeps_its_title() -> None:
    found = titled_decision("Decision OPCC.D.044.21 - Estates Strategy", 7)
    assert found is not None
    assert (found.reference, found.title, found.line) == ("OPCC.D.044.21", "Estates Strategy", 7)
    labelled = titled_decision("Decision Record No. HB/2021/003 – Victim Services", 9)
    assert labelled is not None and (labelled.reference, labelled.title) == (
        "HB/2021/003",
        "Victim Services",
    )


def test_a_title_naming_no_decision_gives_none() -> None:
    assert titled_decision("Decision of the Panel on the Precept 2021/22", 3) is None
    assert titled_decision("Planning application 21/00456/OUT", 3) is None


@pytest.mark.parametrize(
    ("code", "labelled", "bare"),
    [
        ("GT/DR/2019/011", True, True),
        ("2019/011", True, True),
        ("12/2020", True, False),  # a month and year, or a minute code, unless labelled
        ("4.1", True, False),  # a paragraph number
        ("12/03/2019", False, False),  # a date
    ],
)
def test_which_codes_are_references(code: str, labelled: bool, bare: bool) -> None:
    assert (labelled_code(code), bare_code(code)) == (labelled, bare)


def test_decisions_listed_in_a_report_table() -> None:
    """ "Decision No. | Title" over rows whose first cell is a code: each row a decision,
    a row that carries the title on (empty first cell) none; the table ends at text."""
    lines = _lines(
        "4.2\tThe Commissioner has made the following decisions since the last meeting:",
        "",
        "\tDecision No.\tTitle",
        "\tOPCC/DN/2022/117\tContract for the victims' referral service",
        "\t\tcontinued to 2025",
        "",
        "\tOPCC/DN/2022/118\tSale of the former Lowgate police house",
        "5.\tRISK",
        "\tOPCC/DN/2022/119\tnot in the table",
    )
    assert [(d.reference, d.title, d.line) for d in tabled_decisions(lines)] == [
        ("OPCC/DN/2022/117", "Contract for the victims' referral service", 43),
        ("OPCC/DN/2022/118", "Sale of the former Lowgate police house", 46),
    ]
    assert [d.minute_number for d in decisions_in_tables(lines)] == [None, None]


@pytest.mark.parametrize(
    "texts",
    [
        # a table of dates and payments: no header naming decisions
        ("\tReference\tAmount", "\tINV/2022/004\t£4,000"),
        # a header of decisions over rows that hold no code
        ("\tDecision No.\tTitle", "\t12\tAnnual accounts"),
    ],
)
def test_no_decisions_in_other_tables(texts: tuple[str, ...]) -> None:
    assert tabled_decisions(_lines(*texts)) == []


def test_decisions_listed_after_a_colon_each_with_its_title() -> None:
    body = [
        Line(30, "The Panel noted the decisions made since the"),
        Line(31, "last meeting: CD 014/2021 – Estates Strategy 2021/22"),
        Line(32, "and CD 015/2021 – Custody Suite, Eastby."),
    ]
    assert [(d.reference, d.line) for d in cited_decisions(body)] == [
        ("CD 014/2021", 31),
        ("CD 015/2021", 32),
    ]
