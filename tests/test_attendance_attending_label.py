"""Scottish minutes' "ATTENDING:" officers, the singular "APOLOGY FOR ABSENCE:" and a
post broken across two lines of a list parted by semicolons."""

from __future__ import annotations

from minutebook.parsing.attendance import (
    label_alone,
    post_broken_in_list,
    substitute_in_bracket,
)


def test_attending_and_singular_apology_are_labels() -> None:
    assert label_alone("ATTENDING:")
    assert label_alone("Also attending:")
    assert label_alone("APOLOGY FOR ABSENCE:")


def test_a_post_broken_across_lines_goes_on() -> None:
    before = "Ian Keir, Senior Manager; Rhona Fyfe, Accounting"
    assert post_broken_in_list(before, "Team Leader, Finance Service; and Ewan Gray, Clerk.")


def test_a_person_on_the_next_line_is_no_broken_post() -> None:
    before = "Ian Keir, Senior Manager; Rhona Fyfe, Accounting"
    assert not post_broken_in_list(before, "Ewan Gray, Clerk.")
    # no semicolons: commas part the names, and a line may end on a whole name
    assert not post_broken_in_list("Ann Reid, Chief Officer", "Team Leader, Finance")


def test_a_bracket_says_who_substituted() -> None:
    assert substitute_in_bracket("substituted by Councillor Tam Rook") == "Councillor Tam Rook"
    assert substitute_in_bracket("replaced by Cllr B Moss") == "Cllr B Moss"
    assert substitute_in_bracket("Cllr B Moss substituting") == "Cllr B Moss"
    # after an apology, who came instead: "(Cllr B Moss attending)"
    assert substitute_in_bracket("Councillor Ann Reid attending") == "Councillor Ann Reid"
    assert substitute_in_bracket("Ben Moss deputising") == "Ben Moss"
    assert substitute_in_bracket("work commitments") is None
    assert substitute_in_bracket("substituted by the Vice-Chair") is None
