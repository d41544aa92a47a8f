"""Officers printed post first, each titled holder in brackets, on the label's line."""

from __future__ import annotations

from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import label_line
from minutebook.parsing.attendance_post_brackets import post_then_bracketed_holder


def test_a_post_then_its_holder_in_brackets_opens_a_list() -> None:
    assert post_then_bracketed_holder(
        "Chief Executive (Mr A Reid) Director of Finance (Mrs B Moss)"
    )
    assert post_then_bracketed_holder("Head of Parks and Leisure (Ms C Lowe)")


def test_the_label_keeps_its_officers_with_small_words_in_their_posts() -> None:
    text = (
        "IN ATTENDANCE: Chief Executive (Mr A Reid) Director of Finance and Estates "
        "(Mrs B Moss) Head of Parks and Leisure (Ms C Lowe)"
    )
    found = label_line(text)
    assert found is not None
    assert found[1] is AttendanceRole.IN_ATTENDANCE


def test_a_sentence_or_an_untitled_bracket_is_no_such_list() -> None:
    assert not post_then_bracketed_holder("The report of the Director (attached) was noted")
    assert not post_then_bracketed_holder("Ann Reid (Mr A Reid)")
    assert not post_then_bracketed_holder("Director of Finance (see Appendix A) and others")
    assert (
        label_line("In attendance: the committee noted the report of the Director (Mr A Reid)")
        is None
    )
