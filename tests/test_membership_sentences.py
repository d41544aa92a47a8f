"""A body's membership said in a sentence under an agenda's item (invented examples)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_sentences import members_sentence

SENTENCE = (
    "Members of North Fenby County Local Committee are Ann Reid, Member for Fenby East; Ben "
    "Moss, Member for Hale and Kelbridge and Cara Lowe, Member for Westby (Chairman)."
)


def _members(text: str) -> list[tuple[str, str, int]]:
    return [(m.as_written, m.represents, m.line) for m in membership(lines_of(text))]


def test_each_member_of_the_sentence_represents_the_division_after_member_for() -> None:
    text = f"AGENDA\n\n1. Chairman's Welcome\n\n{SENTENCE}\n\n2. Declarations of Interest\n"
    assert _members(text) == [
        ("Ann Reid", "Fenby East", 5),
        ("Ben Moss", "Hale and Kelbridge", 5),
        ("Cara Lowe", "Westby", 5),
    ]


def test_a_plain_list_in_the_sentence() -> None:
    text = "The members of the Fenby Local Committee are Ann Reid, Ben Moss and Cara Lowe."
    assert members_sentence(text) == "Ann Reid, Ben Moss and Cara Lowe"


def test_a_sentence_asking_members_to_act_names_none() -> None:
    assert members_sentence("Members of the Panel are asked to note the report.") is None
    assert members_sentence("Members of the public are welcome to attend.") is None


def test_a_list_above_the_sentence_is_read_before_it() -> None:
    """A flyer may print its members as a list and say them again in a sentence: the list,
    which may give more (each member's division), is the one read."""
    text = (
        "Membership:\nAnn Reid\nBen Moss\n\nAgenda 1. Welcome\n\n"
        "The members of the Fenby Local Committee are Ann Reid and Ben Moss.\n"
    )
    assert [m[2] for m in _members(text)] == [2, 3]
