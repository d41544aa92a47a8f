"""A police and crime panel's guests printed after its members with no label (invented
examples): the Commissioner's side starts those in attendance."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_guests import guest_line, police_paper, shared_brackets
from minutebook.parsing.names import posts_only, split_name_list


def test_a_guest_line_names_the_commissioners_side() -> None:
    assert guest_line("Mr D Reid (Police and Crime Commissioner)")
    assert guest_line("A Reid and B Moss (Office of the Wyke Police and Crime")
    assert guest_line("Temporary Chief Constable O Pike (Wyke Police).")
    assert guest_line("Ann Reid (Deputy Mayor for Policing and Crime)")
    # members, labels and plain lines are not
    assert not guest_line("Councillors: A Reid (Wyke Council) and B Moss (Police Panel)")
    assert not guest_line("Cllr A Reid (Vice-Chair, Police and Crime Panel)")
    assert not guest_line("Officers: Mr D Reid (Police and Crime Commissioner)")
    assert not guest_line("Cllr A Reid (Wyke Borough Council)")
    assert not guest_line("the Commissioner (Mr D Reid) spoke")


def test_one_bracket_after_a_run_of_guests_is_each_ones() -> None:
    entries = shared_brackets(split_name_list("A Reid, B Moss and C Pike (Wyke Council)"))
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("A Reid", "Wyke Council"),
        ("B Moss", "Wyke Council"),
        ("C Pike", "Wyke Council"),
    ]


def _read(*texts: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(n, t) for n, t in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout=Layout.MINUTES)
    read_attendance_lists(part, lines, "x.txt", Diagnostics())
    return [(str(a.role), a.as_written, a.capacity) for a in part.attendance]


def test_guests_after_the_members_are_in_attendance() -> None:
    assert _read(
        "PRESENT: Councillor A Reid (Wyke Council) (Chair)",
        "",
        "Independent Co-opted Members: Mr B Moss and Mrs C Pike",
        "",
        "Mr D Dale (Police and Crime Commissioner)",
        "",
        "E Fenn and F Gale (Wyke Council)",
        "",
        "1      APOLOGIES",
    ) == [
        ("present", "Councillor A Reid", "Wyke Council, Chair"),
        ("present", "Mr B Moss", "Independent Co-opted Members"),
        ("present", "Mrs C Pike", "Independent Co-opted Members"),
        ("in_attendance", "Mr D Dale", "Police and Crime Commissioner"),
        ("in_attendance", "E Fenn", "Wyke Council"),
        ("in_attendance", "F Gale", "Wyke Council"),
    ]


def test_the_commissioner_on_the_label_line_stays_where_printed() -> None:
    """A guest printed first under the label is no guest of this kind: nobody before."""
    assert _read("PRESENT: Mr D Dale (Police and Crime Commissioner)", "", "1  APOLOGIES") == [
        ("present", "Mr D Dale", "Police and Crime Commissioner"),
    ]


def test_a_rank_held_for_a_time_is_a_title() -> None:
    """ "Temporary Assistant Chief Constable P Brearley": a person, not a post alone."""
    text = "Temporary Assistant Chief Constable P Brearley (Wyke Police)"
    assert not posts_only(text)
    [entry] = split_name_list(text)
    assert entry.capacity == "Wyke Police"


def test_a_police_force_alone_starts_no_guests_outside_a_police_paper() -> None:
    """In a health board's list a force's officer is one of its members; only the
    Commissioner's own side starts guests there."""
    assert not guest_line("Ann Reid (Wyke Police)", police=False)
    assert guest_line("Ann Reid (Wyke Police)", police=True)
    assert guest_line("Ben Moss (Police and Crime Commissioner)", police=False)
    assert guest_line("PCSO Cy Dale (Wyke Police)", police=False)
    assert police_paper("Minutes: Wyke Police and Crime Panel")
    assert not police_paper("Minutes: Wyke Health and Wellbeing Board", "")


def test_a_health_boards_members_after_a_police_officer_stay_present() -> None:
    lines = [
        Line(n, t)
        for n, t in enumerate(
            [
                "PRESENT:",
                "Cy Dale (Wyke CCG)",
                "Ed Fenn (Wyke Police)",
                "Flo Gale (Wyke CCG)",
                "1 APOLOGIES",
            ],
            start=1,
        )
    ]
    part = Part(
        kind=DocumentKind.MINUTES,
        title="Minutes: Wyke Health and Wellbeing Board",
        lines=lines,
        layout=Layout.MINUTES,
    )
    read_attendance_lists(part, lines, "x.txt", Diagnostics())
    assert {str(a.role) for a in part.attendance} == {"present"}
