"""How far a resolution runs: across a page break's blank lines, and over the numbered
clauses under a first clause printed beside its formula."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.resolution_runs import (
    across_page_break,
    hanging_column,
    hangs_under,
    opens_numbered_clauses,
)
from minutebook.parsing.resolutions import Resolution, resolution


def test_a_resolution_runs_on_across_a_page_break() -> None:
    """The footer and header taken out (the line numbers skip 3 and 4) leave blank lines
    inside the sentence: the lower-case line after them carries it on."""
    body = [
        Line(1, "RESOLVED - that the cemetery be extended into the field and the works be"),
        Line(2, ""),
        Line(5, ""),
        Line(6, "tendered in the spring."),
    ]
    assert across_page_break(body, 0) == 3
    assert resolution(body) == Resolution(
        "RESOLVED - that the cemetery be extended into the field and the works be tendered "
        "in the spring.",
        1,
    )


def test_a_blank_line_of_the_papers_own_ends_the_resolution() -> None:
    """No line taken out between them, a stop at the line's end, or a capital after the
    gap: no page break runs the sentence on."""
    own = [Line(1, "RESOLVED that the payments be made to"), Line(2, ""), Line(3, "the firms.")]
    assert across_page_break(own, 0) is None
    stopped = [Line(1, "RESOLVED that the report be noted."), Line(2, ""), Line(6, "the end")]
    assert across_page_break(stopped, 0) is None
    capital = [Line(1, "RESOLVED that the report be"), Line(2, ""), Line(6, "The Chair left.")]
    assert across_page_break(capital, 0) is None


def test_numbered_clauses_hanging_beside_the_formula() -> None:
    body = [
        Line(1, "RESOLVED:    (1) That the draft policy be approved for"),
        Line(2, "                 consultation."),
        Line(3, "             (2) That the responses be reported in October."),
        Line(4, ""),
        Line(5, "The Chair thanked the officers."),
    ]
    assert resolution(body) == Resolution(
        "RESOLVED: (1) That the draft policy be approved for consultation. (2) That the "
        "responses be reported in October.",
        1,
    )
    assert opens_numbered_clauses("Resolved – (a) that the plan be adopted.")
    assert opens_numbered_clauses("RESOLVED (by 5 votes to 1) 1. That the fee rise.")
    # a clause numbered 2 beside the formula starts no list; nor does a plain resolution
    assert not opens_numbered_clauses("RESOLVED: (2) That the plan be adopted.")
    assert not opens_numbered_clauses("RESOLVED that 1,200 trees be planted.")


def _lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, start=1)]


def test_the_body_approving_in_a_sentence() -> None:
    lines = _lines("The Board approved a grant of £500 towards the path.")
    assert resolution(lines) == Resolution(
        "The Board approved a grant of £500 towards the path.", 1
    )
    # a formal resolution in the minute wins over the sentence
    lines = _lines("The Panel approved the plan.", "RESOLVED that the plan be published.")
    assert resolution(lines) == Resolution("RESOLVED that the plan be published.", 2)


def test_a_decision_label_in_a_left_column() -> None:
    """ "Decision      To extend ...": the label in a left column (no colon) is no part
    of the decision; its wrapped lines hang under the text's column, whatever their
    first letter."""
    lines = _lines(
        "      Decision      To extend the contract with Brightway",
        "                    Services Ltd for two years.",
        "",
        "      Reasons       The extension holds the price.",
    )
    assert resolution(lines) == Resolution(
        "To extend the contract with Brightway Services Ltd for two years.", 1
    )
    lines = _lines("Resolution\t(1) That the plan be noted.", "\t\t(2) That the fee be set.")
    assert resolution(lines) == Resolution(
        "(1) That the plan be noted. (2) That the fee be set.", 1
    )
    # a table's header row names columns, decides nothing
    assert resolution(_lines("Decision      Date      Officer")) is None


def test_the_hanging_column() -> None:
    assert hanging_column("      Decision      To extend") == 20
    assert hanging_column("The Committee agreed to note the report.") is None
    assert hangs_under("To extend the contract with", "                    Services", 20)
    assert not hangs_under("To extend the contract.", "                    Services", 20)
    assert not hangs_under("To extend the contract with", "          Services", 20)


def test_a_bare_page_number_between_blank_lines_is_a_page_break() -> None:
    body = _lines(
        "Decision      To repair the roof of the leisure centre and to",
        "",
        "                                    2",
        "",
        "              meet the cost from the reserve.",
    )
    assert across_page_break(body, 0) == 4
    assert resolution(body) == Resolution(
        "To repair the roof of the leisure centre and to meet the cost from the reserve.", 1
    )
    # a number that opens the next paragraph is no page number: a capital follows
    body = _lines("RESOLVED that the report be", "", "3", "", "The Chair left.")
    assert across_page_break(body, 0) is None


def test_headings_over_numbered_clauses_under_a_formula_alone() -> None:
    lines = _lines(
        "MOVED by Councillor Ann Reid and SECONDED by Councillor Bob Moss, and:",
        "",
        "RESOLVED :",
        "",
        "Public Speaking",
        "",
        "(1) That Standing Order 12 be suspended to hear a deputation.",
        "",
        "Order of Business",
        "",
        "(2) That item 9 be taken before item 4.",
        "",
        "The Mayor then welcomed the deputation.",
    )
    assert resolution(lines) == Resolution(
        "RESOLVED : (1) That Standing Order 12 be suspended to hear a deputation."
        " (2) That item 9 be taken before item 4.",
        3,
    )


def test_a_line_under_a_plain_clause_is_no_heading_of_the_list() -> None:
    lines = _lines(
        "RESOLVED:",
        "That the report be noted.",
        "Budget Update",
        "1. The Treasurer reported on the budget.",
    )
    assert resolution(lines) == Resolution("RESOLVED: That the report be noted.", 1)
