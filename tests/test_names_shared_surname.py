"""Two people of one surname printed with it once ("Cllrs I and J Willox")."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declarations import plural_declarers
from minutebook.parsing.names import split_name_list
from minutebook.parsing.names_shared_surname import names_sharing_surname


def test_a_bare_initial_before_a_named_one_shares_its_surname() -> None:
    entries = split_name_list("Cllrs I and J Willox, Cllr A Reid and B Moss, Mr A & Mrs B Hale")
    assert [e.as_written for e in entries] == [
        "I Willox",
        "J Willox",
        "Cllr A Reid",
        "B Moss",
        "Mr A Hale",
        "Mrs B Hale",
    ]
    assert names_sharing_surname(["A", "B", "C Reid"]) == ["A Reid", "B Reid", "C Reid"]
    assert names_sharing_surname(["Amos", "B Reid"]) == ["Amos", "B Reid"]


def test_both_declare_when_a_plural_title_heads_them() -> None:
    line = Line(31, "Cllrs I and J Willox declared non-pecuniary interests in item 10e.")
    assert [d.as_written for d in plural_declarers(line, "191/20")] == ["I Willox", "J Willox"]
