"""Members run together with their councils unbracketed (`attendance_council_runs`)."""

from __future__ import annotations

from minutebook.parsing.attendance_council_runs import council_run


def test_each_member_of_the_run_gets_their_council_in_brackets() -> None:
    assert council_run(
        "Present: Councillor A Reid Fenby City Council, Cllr B Moss Wyke Council (from 10.20am)"
        " and C Lowe Hexton District Council"
    ) == (
        "Present: Councillor A Reid (Fenby City Council), Cllr B Moss (from 10.20am) (Wyke "
        "Council) and C Lowe (Hexton District Council)"
    )


def test_one_council_named_in_a_sentence_is_left_alone() -> None:
    assert council_run("Present: Councillor A Reid Fenby City Council, Ann Moss (Clerk)") is None
    assert council_run("The Chair thanked Fenby Council and Wyke Council for the hall.") is None


def test_a_council_of_words_joined_by_and_is_not_cut_into_two_members() -> None:
    """ "Fenby and Wyke Council" is one council: cut at its "and", neither half reads as a
    member, so the line stays as it is rather than give a half council."""
    assert (
        council_run(
            "Present: Councillor A Reid Fenby and Wyke Council, Councillor B Moss Wyke Council"
        )
        is None
    )
