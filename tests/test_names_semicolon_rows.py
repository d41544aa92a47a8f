"""A list parted by semicolons, each person printed "Name, post, organisation"."""

from __future__ import annotations

from minutebook.parsing.names import split_name_list


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(e.as_written, e.capacity) for e in split_name_list(text)]


def test_each_part_is_one_person_and_their_post() -> None:
    text = (
        "Inspector N Vardy, Secretary, Wykeshire Branch, Police Federation; "
        "Mr P Quill and Mrs R Selby, representing UNISON."
    )
    assert _read(text) == [
        ("Inspector N Vardy", "Secretary, Wykeshire Branch, Police Federation"),
        ("Mr P Quill", "representing UNISON"),
        ("Mrs R Selby", "representing UNISON"),
    ]


def test_other_lists_are_read_as_before() -> None:
    assert _read("Cllr A Reid, Cllr B Moss; Cllr C Lowe") == [
        ("Cllr A Reid", None),
        ("Cllr B Moss", None),
        ("Cllr C Lowe", None),
    ]
    # a post before its holder: no part opens with a title
    assert [
        e.as_written for e in split_name_list("The Clerk, Mr M Oakes; the Treasurer, Ms P Ash")
    ] == [
        "Mr M Oakes",
        "Ms P Ash",
    ]


def test_untitled_officers_name_comma_post_with_commas_of_its_own() -> None:
    text = (
        "Nora Quayle, Chief Executive; Owen Pryde, Head of Legal, Governance Service "
        "and Ruth Sime, Clerk, Democratic Services; Tam Urie Head of Roads Services; "
        "and Una Vass, Senior Officer, Housing Service."
    )
    assert _read(text) == [
        ("Nora Quayle", "Chief Executive"),
        ("Owen Pryde", "Head of Legal, Governance Service"),
        ("Ruth Sime", "Clerk, Democratic Services"),
        ("Tam Urie", "Head of Roads Services"),
        ("Una Vass", "Senior Officer, Housing Service"),
    ]


def test_untitled_rows_leave_plain_posts_to_the_ordinary_reading() -> None:
    # no post holds a comma: the ordinary split reads it (and keeps "(both ...)" apart)
    text = "R Fairlie, Director of Housing; G Gillespie, Head of Strategy and T Hall, Manager"
    assert _read(text) == [
        ("R Fairlie", "Director of Housing"),
        ("G Gillespie", "Head of Strategy"),
        ("T Hall", "Manager"),
    ]


def test_untitled_rows_decline_commas_that_part_people() -> None:
    text = "G Baird, Director; C Orr, Head of Finance, W Kidd, Clerk (all Finance)"
    assert ("C Orr", "Head of Finance, W Kidd, Clerk (all Finance)") not in _read(text)


def test_a_forums_roll_keeps_what_each_person_comes_as_however_short() -> None:
    text = (
        "Ann Reid, Forum Chair; Ben Moss, NPA; Cara Lowe, British Canoeing; Dev Hart; "
        "Eve Pym, Parish Council; Cllr Fay Cole, PC"
    )
    entries = [(e.as_written, e.capacity) for e in split_name_list(text)]
    assert entries == [
        ("Ann Reid", "Forum Chair"),
        ("Ben Moss", "NPA"),
        ("Cara Lowe", "British Canoeing"),
        ("Dev Hart", None),
        ("Eve Pym", "Parish Council"),
        ("Cllr Fay Cole", "PC"),
    ]
    # commas that part people, not a person from what they come as, stay a split by commas
    people = [e.as_written for e in split_name_list("Ann Reid, Ben Moss; Cara Lowe; Dev Hart")]
    assert people == ["Ann Reid", "Ben Moss", "Cara Lowe", "Dev Hart"]


def test_people_after_commas_inside_one_part_each_with_their_post() -> None:
    """ "Ann Reid, Head of Parks, Ben Moss, Senior Manager, Leisure Services ...": a piece
    that reads as a person with a post after it starts the next person; the department
    between stays the post's."""
    text = (
        "Dan Pym, Head of Housing; Ann Reid, Head of Parks, Ben Moss, Senior Manager, Leisure "
        "Services, Cara Lowe, Service Manager, Active Wyke and Eve Hart, Sports Officer, "
        "Community Services; Ian Dale, Clerk"
    )
    assert _read(text) == [
        ("Dan Pym", "Head of Housing"),
        ("Ann Reid", "Head of Parks"),
        ("Ben Moss", "Senior Manager, Leisure Services"),
        ("Cara Lowe", "Service Manager, Active Wyke"),
        ("Eve Hart", "Sports Officer, Community Services"),
        ("Ian Dale", "Clerk"),
    ]
