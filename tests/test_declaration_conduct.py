"""What a member did about an interest ("remained in the meeting") declares nothing."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declaration_conduct import conduct_only
from minutebook.parsing.declarations import named_speaker


def test_staying_or_leaving_is_no_declaration() -> None:
    assert conduct_only(" remained in the meeting and took part in the debate thereon.")
    assert conduct_only(" left the room during the item.")
    line = Line(9, "Councillor Ann Reid remained in the meeting and voted on the item.")
    assert named_speaker(line, "4") is None


def test_a_sentence_naming_the_interest_is_read() -> None:
    assert not conduct_only(" left the meeting, having declared a pecuniary interest.")
    line = Line(9, "Councillor Ann Reid informed the Board that she was a governor.")
    found = named_speaker(line, "4")
    assert found is not None and found.as_written == "Councillor Ann Reid"


def test_a_courtesy_under_the_heading_is_no_declaration() -> None:
    line = Line(9, "Cllr Hale passed on thanks to Cllr I and J Reid for donating the land.")
    assert named_speaker(line, "4") is None
    assert named_speaker(Line(9, "Cllr Hale welcomed the new Clerk."), "4") is None


def test_a_possessive_after_the_name_is_no_part_of_it() -> None:
    line = Line(7, "Cllr Ms A.B. Reid’s recorded personal interest in the lease be extended.")
    found = named_speaker(line, "14")
    assert found is not None and found.as_written == "Cllr Ms A.B. Reid"
    glued = Line(8, "Cllr C.D. Moss’srecorded personal interest is in respect of the fair.")
    found = named_speaker(glued, "14")
    assert found is not None and found.as_written == "Cllr C.D. Moss"
