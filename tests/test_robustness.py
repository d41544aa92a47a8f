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


wording = benchmark("wording")

ATTENDED = """Minutes of the Fernhollow Town Council, 2 April 2024

**PRESENT:** Cllr A Tennant (Chair), Cllr B Marlow
Also present: Mrs C Ogden (Clerk)
Apologies: Cllr D Fenwick
"""
ATTENDED_GOLDEN = {
    "document": "paper.txt",
    "attendance": [
        {"role": "present", "name": "Cllr A Tennant", "capacity": "Chair", "line": 3},
        {"role": "present", "name": "Cllr B Marlow", "capacity": None, "line": 3},
        {"role": "also_present", "name": "Mrs C Ogden", "capacity": "Clerk", "line": 4},
    ],
}
LISTED = """Members present:-
Cllr A Tennant
Cllr B Marlow
"""
LISTED_GOLDEN = {
    "attendance": [
        {"role": "present", "name": "Cllr A Tennant", "capacity": None, "line": 2},
        {"role": "present", "name": "Cllr B Marlow", "capacity": None, "line": 3},
    ]
}


def test_relabel_present_rewrites_the_label_on_the_members_line() -> None:
    done = wording.relabel_present(ATTENDED, ATTENDED_GOLDEN, "Sederunt:")
    assert done is not None
    text, golden = done
    assert text.splitlines()[2] == "**Sederunt:** Cllr A Tennant (Chair), Cllr B Marlow"
    assert text.splitlines()[3] == "Also present: Mrs C Ogden (Clerk)"  # another group
    assert golden == ATTENDED_GOLDEN


def test_relabel_present_finds_the_label_above_a_list() -> None:
    done = wording.relabel_present(LISTED, LISTED_GOLDEN, "PRESENT –")
    assert done is not None
    assert done[0].splitlines() == ["PRESENT –", "Cllr A Tennant", "Cllr B Marlow"]


def test_relabel_present_refuses_a_paper_without_a_present_label() -> None:
    also_only = {"attendance": [{**ATTENDED_GOLDEN["attendance"][2], "role": "present"}]}
    assert wording.relabel_present(ATTENDED, also_only, "Attendance:") is None
    assert wording.relabel_present("Minutes\nCllr A Tennant\n", LISTED_GOLDEN, "X:") is None


DECIDED = """Minutes of the Fernhollow Town Council, 2 April 2024
15 Budget Review
(2) RESOLVED: That the budget be approved.
16 Grants
Resolved – to note the report.
17 Allotments
RESOLVED –
(a) that the rents rise.
"""
DECIDED_GOLDEN = {
    "resolutions": [
        {"minute": "15", "first_words": "RESOLVED: That the budget", "line": 3},
        {"minute": "16", "first_words": "Resolved – to note", "line": 5},
        {"minute": "17", "first_words": "RESOLVED – (a) that", "line": 7},
    ]
}


def test_reformulate_replaces_the_formula_and_the_first_words() -> None:
    done = wording.reformulate(DECIDED, DECIDED_GOLDEN, "ORDERED that")
    assert done is not None
    text, golden = done
    assert text.splitlines()[2] == "(2) ORDERED that the budget be approved."
    assert golden["resolutions"][0]["first_words"] == "ORDERED that the budget"
    assert DECIDED_GOLDEN["resolutions"][0]["first_words"] == "RESOLVED: That the budget"


def test_reformulate_leaves_formulae_another_cannot_replace() -> None:
    done = wording.reformulate(DECIDED, DECIDED_GOLDEN, "DECISION: that")
    assert done is not None
    text, golden = done
    assert text.splitlines()[4:8] == DECIDED.splitlines()[4:8]  # "to note"; a list below
    assert golden["resolutions"][1:] == DECIDED_GOLDEN["resolutions"][1:]
    sentence = {"resolutions": [{"minute": "15", "first_words": "The budget", "line": 2}]}
    assert wording.reformulate(DECIDED, sentence, "AGREED that") is None


def test_reformulate_leaves_a_that_before_a_list() -> None:
    paper = "15 Budget\nRESOLVED – That:\n(1) the budget be approved.\nRESOLVED:  That (2) x.\n"
    golden = {
        "resolutions": [
            {"minute": "15", "first_words": "RESOLVED – That: (1) the", "line": 2},
            {"minute": "15", "first_words": "RESOLVED: That (2)", "line": 4},
        ]
    }
    assert wording.reformulate(paper, golden, "AGREED that") is None


def test_relabel_present_leaves_a_label_that_names_the_place() -> None:
    paper = "Present in the Council Chamber, Town Hall:\nCllr A Tennant\n"
    golden = {"attendance": [{"role": "present", "name": "Cllr A Tennant", "line": 2}]}
    assert wording.relabel_present(paper, golden, "Sederunt:") is None
