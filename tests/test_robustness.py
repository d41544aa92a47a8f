"""benchmarks/robustness.py's renumbering of a paper and its annotation (not timed)."""

from __future__ import annotations

from benchmark_scripts import benchmark

robustness = benchmark("robustness")

PAPER = """Minutes of the Fernhollow Town Council, 2 April 2024

**14. Apologies for Absence**
None.
15 Budget Review
RESOLVED that the budget be approved.
"""
GOLDEN = {
    "document": "paper.txt",
    "minutes": [
        {"number": "14", "title": "Apologies for Absence", "item": None, "line": 3},
        {"number": "15", "title": "Budget Review", "item": None, "line": 5},
    ],
    "resolutions": [{"minute": "15", "first_words": "RESOLVED that", "line": 6}],
}


def test_rewrite_renumbers_heading_lines_and_annotation() -> None:
    done = robustness.rewrite(PAPER, GOLDEN, "QX.{n}/{yy}", 7, 24)
    assert done is not None
    text, golden = done
    assert text.splitlines()[2] == "**QX.7/24 Apologies for Absence**"
    assert text.splitlines()[4] == "QX.8/24 Budget Review"
    assert [m["number"] for m in golden["minutes"]] == ["QX.7/24", "QX.8/24"]
    assert golden["resolutions"][0]["minute"] == "QX.8/24"
    assert GOLDEN["minutes"][0]["number"] == "14"  # the original is left alone


def test_rewrite_leaves_the_minute_word_out_of_the_number() -> None:
    done = robustness.rewrite(PAPER, GOLDEN, "Min. {n}", 3, 24)
    assert done is not None
    assert done[0].splitlines()[4] == "Min. 4 Budget Review"
    assert done[1]["resolutions"][0]["minute"] == "4"


def test_rewrite_refuses_a_paper_it_cannot_renumber() -> None:
    unnumbered = {**GOLDEN, "minutes": [{**GOLDEN["minutes"][0], "number": None}]}
    assert robustness.rewrite(PAPER, unnumbered, "M{n}", 1, 24) is None
    elsewhere = {**GOLDEN, "minutes": [{**GOLDEN["minutes"][0], "line": 4}]}
    assert robustness.rewrite(PAPER, elsewhere, "M{n}", 1, 24) is None
