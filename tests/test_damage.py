"""Damaged text is kept as written and reported with its file and line (issue 3): one
fixture cut from the real documents per rule, and each rule's silence on sound text."""

from __future__ import annotations

from conftest import quirk_lines
from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing.damage import doubled_words, list_ends_unfinished, report_damage


def _codes(diagnostics: Diagnostics) -> list[tuple[str, int, str]]:
    return [(w.file, w.line, w.code) for w in diagnostics.warnings]


def test_a_list_whose_last_item_says_another_follows_is_reported() -> None:
    """Cut from the annual report: the fraud arrests list ends "...; and" and the next
    line is the next section's bulleted bold heading."""
    lines = quirk_lines("list-ends-unfinished.txt")
    diagnostics = Diagnostics()
    list_ends_unfinished(lines, "fixture.txt", diagnostics)
    assert _codes(diagnostics) == [("fixture.txt", 6, "list-ends-unfinished")]
    assert "'rist attraction; and'" in diagnostics.warnings[0].message
    # the "; and" of the item before the last is followed by an item: nothing to say
    assert lines[4].text.endswith("; and")


def test_a_finished_list_is_not_reported() -> None:
    lines = [Line(1, "- first item; and"), Line(2, "- last item."), Line(3, ""), Line(4, "Text")]
    diagnostics = Diagnostics()
    list_ends_unfinished(lines, "x.txt", diagnostics)
    assert diagnostics.warnings == []


def test_a_short_word_printed_twice_is_reported_not_mended() -> None:
    """Cut from the Chief Constable appointment report ("Office of the the PCC"); "the then
    Chancellor" (annual report) is not a doubled word."""
    lines = quirk_lines("doubled-word.txt")
    before = [line.text for line in lines]
    diagnostics = Diagnostics()
    doubled_words(lines, "fixture.txt", diagnostics)
    assert _codes(diagnostics) == [("fixture.txt", 1, "doubled-word")]
    assert diagnostics.warnings[0].message == (
        "the word 'the' is printed twice ('the the'); kept as written"
    )
    assert [line.text for line in lines] == before


def test_the_real_documents_report_each_kind_of_damage_once(real_archive) -> None:
    _, _, diagnostics = real_archive
    found = sorted(
        (w.file[:3], w.line, w.code)
        for w in diagnostics.warnings
        if w.code in {"list-ends-unfinished", "doubled-word", "minute-number-out-of-order"}
    )
    assert found == [
        ("000", 196, "minute-number-out-of-order"),
        ("002", 302, "doubled-word"),
        ("003", 195, "list-ends-unfinished"),
    ]


def test_report_damage_runs_every_rule() -> None:
    lines = [*quirk_lines("list-ends-unfinished.txt"), Line(99, "the the")]
    diagnostics = Diagnostics()
    report_damage(lines, "x.txt", diagnostics)
    assert {w.code for w in diagnostics.warnings} == {"list-ends-unfinished", "doubled-word"}
