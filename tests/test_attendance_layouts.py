"""Attendance, membership and declaration layouts of the genre read by the round-eight
rules: lists side by side under their own labels, key marks after names, a plural
title with a colon, names broken after their initials, kinds of member before a dash,
public speakers named in an application's sentences, a substitute named at the end of
a wrapped apologies sentence, "Member | Authority" rows, declarations opening mid-line.
Every example is invented."""

from __future__ import annotations

from minute_fixtures import attendance_of as _attendance
from minute_fixtures import lines_of as _lines
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, MinuteFacts, Part
from minutebook.parsing.attendance import column_heading, dash_group_line
from minutebook.parsing.attendance_columns import split_at_columns
from minutebook.parsing.declarations import declared_in_prose, read_declarations
from minutebook.parsing.membership import tabbed_row
from minutebook.parsing.names import split_name_list
from minutebook.parsing.public_speakers import about_an_application, spoken_sentences

PRESENT = AttendanceRole.PRESENT
ALSO_PRESENT = AttendanceRole.ALSO_PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE

OPENING = "MINUTES of a meeting of the Wexley Licensing Panel held on 3 March 2011\n\n"


def test_lists_side_by_side_under_their_own_labels() -> None:
    text = OPENING + (
        "Members:                              Officers:\n"
        "Councillor A. Reid (Chairman)         Mr B. Moss (Director of Resources)\n"
        "Councillor Mrs C. Lowe (Vice-Chairman) Mrs D. Pym (Committee Clerk)\n"
        "Councillor E. Ward\n"
        "\n"
        "1. Minutes\n"
    )
    assert sorted(_attendance(text), key=lambda f: (f[3], f[0].value)) == [
        (IN_ATTENDANCE, "Mr B. Moss", "Director of Resources", 4),
        (PRESENT, "Councillor A. Reid", "Chairman", 4),
        (IN_ATTENDANCE, "Mrs D. Pym", "Committee Clerk", 5),
        (PRESENT, "Councillor Mrs C. Lowe", "Vice-Chairman", 5),
        (PRESENT, "Councillor E. Ward", None, 6),
    ]


def test_a_row_is_cut_where_its_labels_column_starts() -> None:
    starts = [0, 20]
    assert split_at_columns("Cllr A Reid         Mr B Moss", starts) == ["Cllr A Reid", "Mr B Moss"]
    # the first cell ran up to the column: one space is the edge
    assert split_at_columns("Cllr A Reid (Chair) Mr B Moss", starts) == [
        "Cllr A Reid (Chair)",
        "Mr B Moss",
    ]
    assert split_at_columns("Cllr C Lowe", starts) == ["Cllr C Lowe", ""]
    assert split_at_columns("                    Mrs D Pym", starts) == ["", "Mrs D Pym"]


def test_column_heading_needs_every_cell_to_be_a_label_alone() -> None:
    assert column_heading("Present:        In attendance:") is not None
    assert column_heading("Members:        Officers:") is not None
    # must not fire: names after a label, a sentence, one label only
    assert column_heading("Present:   Cllr A Reid      Officers:") is None
    assert column_heading("The Panel noted     the report") is None
    assert column_heading("Present:") is None


def test_plural_title_with_a_colon_and_a_name_broken_after_its_initials() -> None:
    text = OPENING + (
        "PRESENT: Councillor A. Reid (Chairman)\n"
        "Councillors: Mrs B. Moss, C.D. Lowe, Dr E.F.\n"
        "Pym and G. Ward.\n"
        "\n"
        "1. Minutes\n"
    )
    assert [(f[1], f[3]) for f in _attendance(text)] == [
        ("Councillor A. Reid", 3),
        ("Mrs B. Moss", 4),
        ("C.D. Lowe", 4),
        ("Dr E.F. Pym", 4),
        ("G. Ward", 5),
    ]


def test_split_name_list_keeps_a_plural_titles_colon_out_of_the_names() -> None:
    assert [e.as_written for e in split_name_list("Councillors: Mrs B. Moss, C.D. Lowe")] == [
        "Mrs B. Moss",
        "C.D. Lowe",
    ]


def test_kind_of_member_before_a_dash_is_what_they_sit_as() -> None:
    assert dash_group_line("Independent Members – Mrs A Reid and Mr B Moss") == (
        "Independent Members",
        "Mrs A Reid and Mr B Moss",
    )
    assert dash_group_line("Parish Representatives – Cllr C Lowe") is not None
    # must not fire: the list's own members, or no name after the dash
    assert dash_group_line("Committee Members – Cllr A Reid, Cllr B Moss") is None
    assert dash_group_line("Independent Members – see the note below") is None


def test_substitute_named_at_the_end_of_a_wrapped_apologies_sentence() -> None:
    text = OPENING + (
        "PRESENT: Cllr A Reid (Chair)\n"
        "\n"
        "1. Apologies\n"
        "Apologies were received from Councillor B. Moss; Councillor C. Lowe\n"
        "attended as substitute. Councillor D. Pym was also absent.\n"
    )
    assert _attendance(text)[1:] == [
        (APOLOGIES, "Councillor B. Moss", None, 6),
        (SUBSTITUTE, "Councillor C. Lowe", "substitute for Councillor B. Moss", 6),
    ]


def test_public_speakers_named_in_an_applications_sentences() -> None:
    body = _lines(
        "Application No: 11/0042/FUL – two dwellings, land off Mill Lane\n"
        "Mr A. Reid spoke in objection and Mrs B. Moss (agent) spoke in\n"
        "support. Councillor C. Lowe spoke as ward member.\n"
        "Ms D. Pym, on behalf of Wexley Parish Council, addressed the Committee.\n"
        "Mr E. Ward presented the report."
    )
    assert about_an_application("", body)
    found = [(s.name, s.part, s.line) for s in spoken_sentences(body)]
    assert found == [
        ("Mr A. Reid", None, 2),
        ("Mrs B. Moss", "agent", 2),
        ("Ms D. Pym", None, 4),
    ]


def test_a_speaker_outside_an_applications_minute_is_no_attendance() -> None:
    text = OPENING + (
        "PRESENT: Cllr A Reid (Chair)\n\n"
        "1. Public Participation\n"
        "Mr B. Moss spoke in support of the proposed cycle lane.\n\n"
        "2. Application 11/0042/FUL, Mill Lane\n"
        "Public speaker: Mrs C. Lowe (applicant).\n"
        "Mr D. Pym spoke in objection.\n"
    )
    assert _attendance(text)[1:] == [
        (ALSO_PRESENT, "Mrs C. Lowe", "applicant", 9),
        (ALSO_PRESENT, "Mr D. Pym", None, 10),
    ]


def test_member_and_authority_split_by_a_pipe() -> None:
    assert tabbed_row("Councillor A Reid (Chair) | Wexley City Council") == [
        ("Councillor A Reid", "Wexley City Council")
    ]
    assert tabbed_row("Mr B Moss | Wexley Enterprise Partnership (non-voting)") == [
        ("Mr B Moss", "Wexley Enterprise Partnership")
    ]
    assert tabbed_row("Item | Subject | Page") is None  # must not fire: no name


def test_declaration_opening_mid_line_and_going_on_below() -> None:
    minute = MinuteFacts("4", "Declarations of Interest", None, 1, 3)
    body = _lines(
        "Councillor Reid declared a personal interest in Minute 7 as a governor of Wexley\n"
        "College. Councillor Mrs Moss declared a personal and prejudicial\n"
        "interest in Minute 8 and left the room. The Chair noted the declarations."
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=body, layout="minutes")
    read_declarations(part, minute, body, "f.txt", Diagnostics())
    assert [(d.as_written, d.line) for d in part.declarations] == [
        ("Councillor Reid", 1),
        ("Councillor Mrs Moss", 2),
    ]


def test_declaration_in_prose_whose_interest_is_on_the_next_line() -> None:
    line = Line(3, "At this point Councillor Lowe declared a personal and prejudicial")
    found = declared_in_prose(line, "9", "interest and left the meeting.")
    assert found is not None and found.as_written == "Councillor Lowe"
    # must not fire: what was declared on the next line is no interest
    assert declared_in_prose(line, "9", "view on the matter.") is None


def test_key_lines_and_bullets() -> None:
    from minutebook.parsing.attendance import key_line

    assert key_line("* Secretary of State member  † parish member")
    assert key_line("† denotes a co-opted member")
    assert key_line("* denotes Members present")
    # must not fire: a bulleted name, bold text, an ordinary line
    assert not key_line("* Cllr A Reid")
    assert not key_line("* Alan Reid")
    assert not key_line("**Present:**")
    assert not key_line("Mr A Reid†")


def test_a_plural_bracket_after_plural_titled_names_is_all_of_theirs() -> None:
    found = split_name_list("Councillors K. Reid and T. Moss (call-in signatories), Mr A Pym")
    assert [(e.as_written, e.capacity) for e in found] == [
        ("K. Reid", "call-in signatories"),
        ("T. Moss", "call-in signatories"),
        ("Mr A Pym", None),
    ]
    # must not fire: a singular bracket, or one name of the group with its own bracket
    singular = split_name_list("Councillors Reid and Lowe (Vice-Chairman)")
    assert [e.capacity for e in singular] == [None, "Vice-Chairman"]
    own = split_name_list("Councillors Reid (Chairman), Moss and Lowe (Ward Members)")
    assert [e.capacity for e in own] == ["Chairman", None, "Ward Members"]
