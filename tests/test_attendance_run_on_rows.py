"""A list's table rows run together when the conversion lost the breaks between them:
officers by initials and post, bodies and the people they sent, a group's heading run into
its first name (invented examples; `parsing.names_initials_posts`,
`parsing.names_body_dash_runs`, `parsing.attendance_glued_groups`)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.attendance_glued_groups import glued_group
from minutebook.parsing.names import is_office, split_name_list
from minutebook.parsing.names_body_dash_runs import body_dash_rows
from minutebook.parsing.names_initials_posts import initials_post_run
from minutebook.parsing.names_organisation_runs import name_organisation_rows
from minutebook.parsing.names_run_on_posts import run_on_posts
from minutebook.parsing.splitting import detect_minutes_heading
from opening_facts import parsed

AREA_COMMITTEE = (
    "FENBY LOCAL AREA COUNCIL\n\n"
    "At a meeting of the Fenby Local Area Council held at the Guildhall, Fenby on Tuesday,"
    " 3 June 2025 at 2.00 pm\n\n"
    "PRESENT\n\n"
    "Councillor A Reid (Chair)\n\n"
    "MEMBERS\n\n"
    "B Moss CW Lowe (part) D Pym E Hart\n\n"
    "OFFICERS\n\n"
    "F Dunn Principal Planning Officer G Ives Lawyer H Amos Area Manager, Highways"
    " I Bell Senior Democratic Services Officer\n\n"
    "ALSO IN ATTENDANCE\n\n"
    "Jo Kerr, Wyke Ambulance Service Kit Lamb, Marsh Water Board\n\n"
    "1. MINUTES\n\nRESOLVED that the minutes of the meeting held on 6 May 2025 be approved.\n"
)

AREA_BOARD = (
    "MINUTES\n\n"
    "Meeting: FENBY AREA BOARD Place: Fenby School Date: 4 June 2025 Start Time: 7.00 pm\n\n"
    "In Attendance:\n\n"
    "Marsh Councillors Cllr Ann Reid, Cllr Ben Moss and Cllr Cara Lowe\n\n"
    "Marsh Council Officers Dan Pym – Democratic Services Officer Eve Hart – Area Manager\n\n"
    "Town and Parish Councils Fenby Parish Council – Fay Dunn Wyke Town Council – Gil Ives"
    " & Hal Amos Lower Marsh Parish Council – Ian Bell\n\n"
    "1. Chairman's Welcome\n\nThe Chairman welcomed everyone to the meeting.\n"
)


def test_initials_and_posts_run_on_are_cut_at_each_name() -> None:
    rows = initials_post_run(
        "F Dunn Principal Planning Officer G Ives Lawyer H Amos Area Manager, Highways"
        " I Bell Chief Executive",
        is_office,
    )
    assert rows == [
        (0, "F Dunn", "Principal Planning Officer"),
        (34, "G Ives", "Lawyer"),
        (48, "H Amos", "Area Manager, Highways"),
        (78, "I Bell", "Chief Executive"),
    ]


def test_a_sentence_or_a_bound_word_is_no_run_of_initials_and_posts() -> None:
    assert initials_post_run("A Reid said that the plan B Moss drew up was late", is_office) is None
    # "of IT Services": the word after "of" is the post's, so only two names are left
    assert initials_post_run("A Reid Head of IT Services B Moss Lawyer", is_office) is None
    # posts that are no offices: a list of names and places, not officers
    assert (
        initials_post_run("A Reid Fenby Road B Moss Wyke Lane C Lowe Hill Street", is_office)
        is None
    )


def test_bodies_and_the_people_they_sent_run_on_are_read_row_by_row() -> None:
    text = (
        "Fenby Parish Council – Fay Dunn Wyke Town Council – Gil Ives & Hal Amos Lower"
        " Marsh Parish Council – Ian Bell"
    )
    assert [(name, body) for _, name, body in body_dash_rows(text) or []] == [
        ("Fay Dunn", "Fenby Parish Council"),
        ("Gil Ives", "Wyke Town Council"),
        ("Hal Amos", "Wyke Town Council"),
        ("Ian Bell", "Lower Marsh Parish Council"),
    ]


def test_a_row_whose_rest_is_no_body_or_a_tail_after_the_last_names_is_not_read() -> None:
    assert body_dash_rows("Fenby Parish Council – Fay Dunn spoke about the – road") is None
    assert body_dash_rows("Fenby Parish Council – Fay Dunn Wyke Road – Gil Ives") is None
    assert body_dash_rows("Fenby Parish Council – Fay Dunn and others attended") is None


def test_a_group_heading_run_into_its_first_name_is_a_heading() -> None:
    assert glued_group("Marsh Councillors Cllr Ann Reid, Cllr Ben Moss") == (
        "Marsh Councillors",
        "Cllr Ann Reid, Cllr Ben Moss",
    )
    assert glued_group("Marsh Council Officers Dan Pym – Clerk Eve Hart – Manager") == (
        "Marsh Council Officers",
        "Dan Pym – Clerk Eve Hart – Manager",
    )
    # a plural title before names is no heading; nor is a sentence
    assert glued_group("County Councillors Mrs A Reid and B Moss") is None
    assert glued_group("The Members were thanked for their work") is None


def test_glued_initials_and_a_closing_bracket_stay_with_their_names() -> None:
    names = [
        (e.as_written, e.capacity) for e in split_name_list("B Moss CW Lowe (part) D Pym E Hart")
    ]
    assert names == [("B Moss", None), ("CW Lowe", "part"), ("D Pym", None), ("E Hart", None)]


def test_one_run_on_row_is_enough_with_commas_but_sentences_are_not_rows() -> None:
    rows = run_on_posts("Jo Kerr, Wyke Ambulance Service Kit Lamb, Marsh Water Board", is_office)
    assert rows is not None and [(n, p) for _, n, p in rows] == [
        ("Jo Kerr", "Wyke Ambulance Service"),
        ("Kit Lamb", "Marsh Water Board"),
    ]
    assert run_on_posts("Councillor Reid, Chair. Councillor Moss, Vice-Chair", is_office) is None


def test_an_area_committees_members_officers_and_guests_are_each_read() -> None:
    part = parsed(AREA_COMMITTEE).parts[0]
    assert [(a.role.value, a.as_written, a.capacity) for a in part.attendance] == [
        ("present", "Councillor A Reid", "Chair"),
        ("present", "B Moss", None),
        ("present", "CW Lowe", "part"),
        ("present", "D Pym", None),
        ("present", "E Hart", None),
        ("in_attendance", "F Dunn", "Principal Planning Officer"),
        ("in_attendance", "G Ives", "Lawyer"),
        ("in_attendance", "H Amos", "Area Manager, Highways"),
        ("in_attendance", "I Bell", "Senior Democratic Services Officer"),
        ("in_attendance", "Jo Kerr", "Wyke Ambulance Service"),
        ("in_attendance", "Kit Lamb", "Marsh Water Board"),
    ]


def test_an_area_boards_groups_run_into_their_names_are_each_read() -> None:
    part = parsed(AREA_BOARD).parts[0]
    assert [(a.as_written, a.capacity, a.line) for a in part.attendance] == [
        ("Cllr Ann Reid", "Marsh Councillors", 7),
        ("Cllr Ben Moss", "Marsh Councillors", 7),
        ("Cllr Cara Lowe", "Marsh Councillors", 7),
        ("Dan Pym", "Democratic Services Officer", 9),
        ("Eve Hart", "Area Manager", 9),
        ("Fay Dunn", "Fenby Parish Council", 11),
        ("Gil Ives", "Wyke Town Council", 11),
        ("Hal Amos", "Wyke Town Council", 11),
        ("Ian Bell", "Lower Marsh Parish Council", 11),
    ]


FORUM = (
    "FENBY NATIONAL PARK AUTHORITY PARISHES FORUM MINUTES of the meeting of the Fenby"
    " Parishes Forum held on Thursday 12 June 2025 at 7.00pm at the Village Hall.\n\n"
    "PRESENT Zoe Young Fenby National Park Authority and Chairman of the Forum Ann Abbot"
    " Wyke Parish Council Ben Baker Fenby National Park Authority and Marsh Parish Council"
    " Cara Cole Walkers' Group Dan Drew (Vice Chair) Lower Wyke Parish Council Eve Ellis"
    " Fenby National Park Authority Fay Ford Marsh and Fenby Town Council\n\n"
    "1. Apologies for absence were received from Gil Gray.\n"
)


def test_a_forums_names_and_bodies_run_on_are_cut_in_surname_order() -> None:
    part = parsed(FORUM).parts[0]
    assert [(a.role.value, a.as_written, a.capacity) for a in part.attendance][:7] == [
        ("present", "Zoe Young", "Fenby National Park Authority and Chairman of the Forum"),
        ("present", "Ann Abbot", "Wyke Parish Council"),
        ("present", "Ben Baker", "Fenby National Park Authority and Marsh Parish Council"),
        ("present", "Cara Cole", "Walkers' Group"),
        ("present", "Dan Drew", "Vice Chair"),
        ("present", "Eve Ellis", "Fenby National Park Authority"),
        ("present", "Fay Ford", "Marsh and Fenby Town Council"),
    ]


def test_officers_out_of_surname_order_are_cut_where_each_post_closes() -> None:
    text = (
        "Lucy Young Partnership Manager Ben Adams Funding Officer Cara Moss Planning Officer"
        " Dan Baker Wyke City Council"
    )
    assert [(n, c) for _, n, c in name_organisation_rows(text) or []] == [
        ("Lucy Young", "Partnership Manager"),
        ("Ben Adams", "Funding Officer"),
        ("Cara Moss", "Planning Officer"),
        ("Dan Baker", "Wyke City Council"),
    ]


def test_officers_out_of_order_with_a_name_inside_an_unclosed_row_are_not_cut() -> None:
    # "Cara Moss" follows "Ben Adams" with no post between: nothing tells where it starts
    text = (
        "Lucy Young Partnership Manager Ben Adams Cara Moss Planning Officer Dan Baker Wyke"
        " Council Eve Hart Fenby Trust Fay Cole Marsh Trust"
    )
    assert name_organisation_rows(text) is None


def test_a_bracket_after_a_later_name_names_no_body_for_the_row_before() -> None:
    text = (
        "Ann Abbot Ben Baker (Chair) Cara Cole Dan Drew (Clerk) Eve Ellis Fay Ford (Treasurer)"
        " Gil Gray Hal Hunt (Secretary)"
    )
    assert name_organisation_rows(text) is None


def test_names_alone_titled_names_and_comma_lists_are_no_name_and_body_rows() -> None:
    assert name_organisation_rows("Ann Abbot Ben Baker Cara Cole Dan Drew Eve Ellis") is None
    assert (
        name_organisation_rows(
            "Councillor Ann Abbot (Chair) Councillor Ben Baker Councillor Cara Cole"
            " Councillor Dan Drew Councillor Eve Ellis"
        )
        is None
    )
    assert (
        name_organisation_rows(
            "Ann Abbot (AA), Ben Baker (BB), Cara Cole (CC), Dan Drew (DD), Eve Ellis (EE)"
        )
        is None
    )
    # names each with its bracket, out of order: no name may be left inside a capacity
    assert (
        name_organisation_rows(
            "Gil Gray (Wyke) Ann Abbot (BHS) Dan Drew (Fenby Town Council) Ben Baker"
            " (Marsh) Cara Cole (Lower Wyke)"
        )
        is None
    )


ENCLOSED = (
    "Fenby Landscape Partnership\n\nExecutive Committee meeting 1st July 2025\n\n"
    "Fenby Hall at 2pm\n\nAGENDA\n\n"
    "1. Welcome and apologies\n\n2. Minutes of the meeting held on 4 March 2025\n\n"
    "Tea and coffee will be served from 1.30pm\n\n"
    "Fenby Landscape Partnership\n\nExecutive Committee Meeting\n\n"
    "Wednesday 4th March 2025 at 2.00pm Fenby Hall\n\n"
    "M I N U T E S\n\n"
    "Attending Members of the Executive Committee:\n\n"
    "Ann Abbot Fenby Trust Ben Baker Environment Agency Cara Cole Walkers' Group Dan Drew RSPB\n\n"
    "1. Apologies\n\nThere were none.\n"
)


def test_minutes_headed_by_their_kind_alone_start_a_paper_under_their_dated_title() -> None:
    parts = parsed(ENCLOSED).parts
    assert [(p.kind.value, p.lines[0].number) for p in parts] == [("agenda", 1), ("minutes", 15)]
    assert [(a.role.value, a.as_written, a.capacity) for a in parts[1].attendance] == [
        ("present", "Ann Abbot", "Fenby Trust"),
        ("present", "Ben Baker", "Environment Agency"),
        ("present", "Cara Cole", "Walkers' Group"),
        ("present", "Dan Drew", "RSPB"),
    ]


def test_minutes_as_an_item_heading_or_without_a_list_below_starts_no_paper() -> None:
    item = "AGENDA\n\n1. Apologies\n\nMINUTES\n\nTo approve the minutes of 4 March 2025.\n"
    no_list = "Fenby Partnership\n\nMeeting 4 March 2025\n\nMINUTES\n\n1. Apologies\n\nNone.\n"
    for text in (item, no_list):
        lines = [Line(n, t) for n, t in enumerate(text.splitlines(), start=1)]
        heading = next(k for k, line in enumerate(lines) if line.text == "MINUTES")
        assert detect_minutes_heading(lines, heading) is None
