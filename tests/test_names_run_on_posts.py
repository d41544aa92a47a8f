"""Officers' "Name, Post" rows run together, and Scottish civic styles before a name."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.names import is_office, posts_only, service_area, split_name_list
from minutebook.parsing.names_run_on_posts import run_on_posts


def _office(text: str) -> bool:
    return is_office(text) or service_area(text)


def _read(texts: list[str]) -> list[tuple[int, AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.line, f.role, f.as_written, f.capacity) for f in part.attendance]


RUN_ON = (
    "Ann Reid, Head of Finance, Resources Ben Moss, Director of Place "
    "Carl Lowe, Committee Officer, Legal Services (Clerk) Dora Hart, Chief Executive"
)


def test_rows_cut_where_each_name_starts() -> None:
    assert run_on_posts(RUN_ON, _office) == [
        (0, "Ann Reid", "Head of Finance, Resources"),
        (37, "Ben Moss", "Director of Place"),
        (65, "Carl Lowe", "Committee Officer, Legal Services (Clerk)"),
        (118, "Dora Hart", "Chief Executive"),
    ]


def test_separated_rows_and_sentences_left_alone() -> None:
    assert run_on_posts("Ann Reid, Chief Executive, Ben Moss, Monitoring Officer", _office) is None
    assert (
        run_on_posts("Ann Reid, Chief Executive; Ben Moss, Clerk Carl Lowe, Solicitor", _office)
        is None
    )
    assert run_on_posts("The Head of Finance, Ann Reid, reported on the budget.", _office) is None


def test_officers_run_together_under_in_attendance() -> None:
    found = _read(
        ["Present: Provost A Reid (in the Chair) Councillor B Moss", "In Attendance:", RUN_ON]
    )
    assert found[0] == (1, AttendanceRole.PRESENT, "Provost A Reid", "in the Chair")
    assert found[1] == (1, AttendanceRole.PRESENT, "Councillor B Moss", None)
    officers = [
        (name, post) for _, role, name, post in found if role is AttendanceRole.IN_ATTENDANCE
    ]
    assert officers[0] == ("Ann Reid", "Head of Finance, Resources")
    assert officers[-1] == ("Dora Hart", "Chief Executive")
    assert len(officers) == 4


def test_two_word_style_starts_a_name() -> None:
    entries = split_name_list("Councillor A REID Depute Provost B MOSS Councillor C LOWE")
    assert [e.as_written for e in entries] == [
        "Councillor A REID",
        "Depute Provost B MOSS",
        "Councillor C LOWE",
    ]
    # the deputy of a city's Lord Provost: one style of three words
    entries = split_name_list("Depute Lord Provost Ann Reid (Fenby City Council)")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Depute Lord Provost Ann Reid", "Fenby City Council")
    ]
    # a post after the name, nobody after it: no name of its own
    assert [(e.as_written, e.capacity) for e in split_name_list("Mr A Reid Chief Constable")] == [
        ("Mr A Reid", "Chief Constable")
    ]


def test_dashed_rows_run_together() -> None:
    text = "Ann Reid – Partnership Co-ordinator Ben Moss – Project Officer Carl Lowe – Clerk"
    assert run_on_posts(text, _office) == [
        (0, "Ann Reid", "Partnership Co-ordinator"),
        (36, "Ben Moss", "Project Officer"),
        (63, "Carl Lowe", "Clerk"),
    ]
    # a dash glued to the surname; one row run on is enough with dashes
    glued = "Ann Reid- Head of Finance for the Trust Ben Moss – Chief Executive"
    assert run_on_posts(glued, _office) == [
        (0, "Ann Reid", "Head of Finance for the Trust"),
        (40, "Ben Moss", "Chief Executive"),
    ]
    assert run_on_posts("Ann Reid – Clerk", _office) is None
    assert run_on_posts("Ann Reid - Clerk, Ben Moss - Treasurer", _office) is None


def test_run_on_rows_are_not_posts_only() -> None:
    text = "Ann Reid- Head of Estates for the Trust Ben Moss – Project Manager for the Surgery"
    assert not posts_only(text)
    assert posts_only("Head of Estates, Project Manager")


def test_plural_title_opens_a_list_of_members_not_rows() -> None:
    text = "Councillors Ames, Bolt, Baroness Mrs Cole, Dent, and Wick"
    assert run_on_posts(text, _office) is None
    names = [e.as_written for e in split_name_list(text)]
    assert names == ["Ames", "Bolt", "Baroness Mrs Cole", "Dent", "Wick"]


def test_titled_names_after_commas_are_no_name_and_post_rows() -> None:
    """ "Cllr Elliott, Cllr Mrs Knox, Cllr Pym and Cllr Hart" (a list's second line after
    its first ended with a comma): a "post" never opens with a person's title, so these
    are names alone."""
    text = "Cllr Elliott, Cllr Mrs Knox, Cllr Pym and Cllr Hart"
    assert run_on_posts(text, _office) is None
    assert [(e.as_written, e.capacity) for e in split_name_list(text)] == [
        ("Cllr Elliott", None),
        ("Cllr Mrs Knox", None),
        ("Cllr Pym", None),
        ("Cllr Hart", None),
    ]
