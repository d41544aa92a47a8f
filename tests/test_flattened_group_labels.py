"""A transcription's flattened record: the page's number and the pack's stamp before the
record's title, and attendance groups headed "Committee Members Present" without a colon
(invented examples in the genre's wording; fixture flattened-transcription-group-labels)."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.model import Line
from minutebook.parsing.flattened_lines import split_flattened_lines
from minutebook.parsing.flattened_record_marks import capitals_labels
from opening_facts import parsed

TEXT = (QUIRKS / "flattened-transcription-group-labels.txt").read_text("utf-8").rstrip("\n")


def _pieces(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    out, furniture = split_flattened_lines([Line(3, text)])
    assert {line.number for line in out} == {3}  # every piece keeps the source line's number
    return [line.text for line in out], [(f.line.text, f.rule) for f in furniture]


def test_the_page_number_and_the_stamp_before_the_title_are_furniture() -> None:
    pieces, furniture = _pieces(TEXT)
    assert furniture == [("1", "flattened-item-stamp"), ("Agenda Item 57.", "flattened-item-stamp")]
    assert pieces[0] == (
        "MINUTES OF A MEETING OF THE LICENSING COMMITTEE HELD ON 4 MAY 2016 FROM 7.00 PM TO 8.15 PM"
    )


def test_each_group_label_is_a_line_over_its_list() -> None:
    pieces, _ = _pieces(TEXT)
    for label, entries in (
        ("Committee Members Present", "Councillors: Ann Ash (Chairman), Bob Birch"),
        ("Other Councillors Present", "Councillors: Eve East and Fay Fox"),
        ("Officers Present", "Gail Green, Licensing Manager Helen Hunt"),
    ):
        index = pieces.index(label)
        assert pieces[index + 1].startswith(entries)


def test_present_in_a_sentence_or_before_no_capital_is_no_label() -> None:
    assert capitals_labels("the Members present agreed the figures") == []
    assert capitals_labels("all Officers Present and correct") == []


def test_the_record_reads_its_groups_and_minutes() -> None:
    (part,) = parsed(TEXT).parts
    rows = {(a.role.value, a.as_written, a.capacity) for a in part.attendance}
    assert ("present", "Ann Ash", "Chairman") in rows
    assert ("present", "Dan Dean", None) in rows
    assert ("also_present", "Fay Fox", None) in rows
    assert ("in_attendance", "Helen Hunt", "Democratic Services Officer") in rows
    assert [m.number for m in part.minutes] == ["41", "42", "43"]
