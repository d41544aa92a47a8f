"""Names as UK meeting papers print them: titles, initials, particles, honours, brackets."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists, sentence_end
from minutebook.parsing.mentions import find_mentions
from minutebook.parsing.names import (
    PersonName,
    capitals_recased,
    council_before_office,
    name_then_post,
    one_name_and_dash,
    own_initials,
    parse_name,
    post_dash_name,
    split_missing_comma,
    split_name_list,
    substitute_after_bracket,
    timing_note,
)
from minutebook.vocabulary import HONOURS, IS_HONOUR, IS_TITLE, TITLES


def _split(text: str) -> list[tuple[str, str | None]]:
    return [(e.as_written, e.capacity) for e in split_name_list(text)]


@pytest.mark.parametrize(
    ("written", "titles", "given", "surname", "honours"),
    [
        ("Cllr Mrs J de Jong, OBE", ("Cllr", "Mrs"), ("J",), "de Jong", ("OBE",)),
        (
            "County Councillor Ann van der Berg",
            ("County Councillor",),
            ("Ann",),
            "van der Berg",
            (),
        ),
        ("Mr Sean O'Brien", ("Mr",), ("Sean",), "O'Brien", ()),
        ("Dr. R. J. McLean QPM DL", ("Dr.",), ("R.", "J."), "McLean", ("QPM", "DL")),
        ("Professor Iain MacLeod CBE", ("Professor",), ("Iain",), "MacLeod", ("CBE",)),
        ("Baroness Joan Ashworth-Pike", ("Baroness",), ("Joan",), "Ashworth-Pike", ()),
        ("Mx A B Carter", ("Mx",), ("A", "B"), "Carter", ()),
        ("Rev Canon Peter Hale", ("Rev",), ("Canon", "Peter"), "Hale", ()),
        ("Alan Pughsley QPM", (), ("Alan",), "Pughsley", ("QPM",)),
        ("Sir Ian Le Roux KC", ("Sir",), ("Ian",), "Le Roux", ("KC",)),
    ],
)
def test_name_parts(
    written: str, titles: tuple[str, ...], given: tuple[str, ...], surname: str,
    honours: tuple[str, ...],
) -> None:  # fmt: skip
    assert parse_name(written) == PersonName(titles, given, surname, honours)


def test_name_without_titles_or_honours() -> None:
    name = parse_name("Cllr Mrs K McLean, MBE")
    assert name is not None and name.name == "K McLean"
    assert parse_name("Cllr") is None


def test_mc_and_mac_surnames_are_whole() -> None:
    assert _split("Cllr A McLean, Mr D MacLeod and Mrs E Mc Cann") == [
        ("Cllr A McLean", None),
        ("Mr D MacLeod", None),
        ("Mrs E Mc Cann", None),
    ]


def test_as_well_as_joins_two_runs_of_names() -> None:
    assert _split("Cllrs Amos and Bligh as well as Ann Reid, Ben Moss and Cara Lowe") == [
        ("Amos", None),
        ("Bligh", None),
        ("Ann Reid", None),
        ("Ben Moss", None),
        ("Cara Lowe", None),
    ]


def test_honours_after_a_comma_stay_with_the_name() -> None:
    assert _split("Mr P M Hill, OBE (Chairman), Mr G Sandher, MBE, DL and Ms K Ito JP") == [
        ("Mr P M Hill, OBE", "Chairman"),
        ("Mr G Sandher, MBE, DL", None),
        ("Ms K Ito JP", None),
    ]
    # a district member who also sits on the county council
    assert _split("A. Reid, CC (Deputy Mayor), B. Moss, CC, C. Lowe") == [
        ("A. Reid, CC", "Deputy Mayor"),
        ("B. Moss, CC", None),
        ("C. Lowe", None),
    ]


def test_several_brackets_give_capacity_and_organisation() -> None:
    [entry] = split_name_list("Mr A B Smith, OBE (Chairman) (Kent County Council)")
    assert (entry.as_written, entry.capacity, entry.organisation) == (
        "Mr A B Smith, OBE",
        "Chairman",
        "Kent County Council",
    )
    # the organisation may come first: a member's council, then the chair held at the
    # meeting; the council stays the capacity (first), the office follows it
    [entry] = split_name_list("Cllr R Dunn (Eastmoor District Council) (Vice-Chair)")
    assert (entry.capacity, entry.organisation) == (
        "Eastmoor District Council, Vice-Chair",
        "Eastmoor District Council",
    )


def test_council_before_the_chair_is_the_capacity() -> None:
    """ "Councillor A Reid (Wyke MBC) (Chair)": a panel of several councils lists each
    member by council; any other second bracket keeps the office-first reading."""
    [entry] = split_name_list("Councillor M Thwaite (Ashbeck MBC) (Chair)")
    assert (entry.capacity, entry.organisation) == ("Ashbeck MBC, Chair", "Ashbeck MBC")
    [entry] = split_name_list("Cllr B Moss (Wyke Borough Council) (in the Chair)")
    assert entry.capacity == "Wyke Borough Council, in the Chair"
    # not a chair after the council: the council is the organisation only, as before
    [entry] = split_name_list("Mr C Dale (Wyke Borough Council) (Leader)")
    assert (entry.capacity, entry.organisation) == ("Leader", "Wyke Borough Council")
    assert not council_before_office(1, "Wyke Borough Council", ["Chair"])
    assert not council_before_office(0, None, ["Chair"])
    assert not council_before_office(0, "Wyke Borough Council", [])


def test_several_brackets_of_offices_and_notes_name_no_organisation() -> None:
    [entry] = split_name_list("Councillor J Tarrant (Mayor) (in the Chair)")
    assert (entry.capacity, entry.organisation) == ("Mayor, in the Chair", None)
    [entry] = split_name_list("Mr K Obi (Independent Member) (Hartsea)")  # a place
    assert (entry.capacity, entry.organisation) == ("Independent Member", "Hartsea")


def test_missing_comma_between_two_titled_names() -> None:
    assert _split("Cllr P Feacey Mr G Sandher and Cllr Mrs J Hollings County Councillor B Orr") == [
        ("Cllr P Feacey", None),
        ("Mr G Sandher", None),
        ("Cllr Mrs J Hollings", None),
        ("County Councillor B Orr", None),
    ]
    # two titles in a row belong to one name
    assert _split("Councillor Mrs A Reid") == [("Councillor Mrs A Reid", None)]


def test_unclosed_bracket_closes_before_the_next_titled_name() -> None:
    entries = split_name_list("Cllr A Reid (Vice-Chair, Cllr B Moss and Mr C Lowe (Co-opted")
    assert [(e.as_written, e.capacity, e.unclosed_bracket) for e in entries] == [
        ("Cllr A Reid", "Vice-Chair", True),
        ("Cllr B Moss", None, False),
        ("Mr C Lowe", "Co-opted", True),
    ]
    # a comma inside a closed bracket is not a separator
    assert _split("Mr R Phillips (Chief Finance Officer, OPCC) and Ms L Steward") == [
        ("Mr R Phillips", "Chief Finance Officer, OPCC"),
        ("Ms L Steward", None),
    ]


def test_stray_brackets_before_a_name_are_blanked_not_closed() -> None:
    """A bracket that follows no name (a run of them, or one opening the list or following
    a separator) encloses no post: closing it would make the whole name a capacity and
    leave an empty name. It is blanked and the entry still says a bracket was left open."""
    entries = split_name_list("((((((((((Mr A Smith, (Mrs B Jones, Mr C Lowe (Chair")
    assert [(e.as_written, e.capacity, e.unclosed_bracket) for e in entries] == [
        ("Mr A Smith", None, True),
        ("Mrs B Jones", None, True),
        ("Mr C Lowe", "Chair", True),
    ]


def test_plural_title_keeps_the_names_as_printed() -> None:
    """'Councillors Patel, Greaves and Ahmed': each is a councillor, and each name is kept
    as printed (the open data's `as_written` is the text of the name in the document), and
    none is a damaged name for lacking a title beside it."""
    text = "Councillors Patel, Greaves and Ahmed, Mr J Trent and Cllrs Lee and Ong"
    assert _split(text) == [
        ("Patel", None),
        ("Greaves", None),
        ("Ahmed", None),
        ("Mr J Trent", None),
        ("Lee", None),
        ("Ong", None),
    ]
    assert not any(entry.looks_damaged for entry in split_name_list(text))


def test_capacity_after_a_comma_or_a_dash() -> None:
    assert _split("Mr M Scott, Police and Crime Commissioner, Ms A Reid - Chief Executive") == [
        ("Mr M Scott", "Police and Crime Commissioner"),
        ("Ms A Reid", "Chief Executive"),
    ]


def test_untitled_single_word_is_kept_and_flagged() -> None:
    [first, second] = split_name_list("Makinson and Cllr D Keers")
    assert (first.as_written, first.looks_damaged) == ("Makinson", True)
    assert (second.as_written, second.looks_damaged) == ("Cllr D Keers", False)


def test_offsets_say_where_each_name_starts() -> None:
    text = "Cllr A Reid, Mr B Moss and Dr C Lowe"
    assert [text[e.start :].startswith(e.as_written) for e in split_name_list(text)] == [
        True,
        True,
        True,
    ]


def test_one_vocabulary_of_titles_and_honours() -> None:
    for title in TITLES:
        assert IS_TITLE.match(title), title
        assert IS_TITLE.match(f"{title}."), title
    for honour in HONOURS:
        assert IS_HONOUR.match(honour), honour
    assert not IS_TITLE.match("Mrs Smith") and not IS_HONOUR.match("OBEY")


def test_mentions_keep_mc_mac_o_and_particle_surnames_whole() -> None:
    line = Line(
        1,
        "Cllr McLean asked Mr O'Brien, Mr MacLeod and Councillor de Jong; "
        "Mrs Ann van der Berg and Mr Mack agreed, and Mr Smith de Kent left.",
    )
    assert [m.text for m in find_mentions([line]) if m.role is None] == [
        "Cllr McLean",
        "Mr O'Brien",
        "Mr MacLeod",
        "Councillor de Jong",
        "Mrs Ann van der Berg",
        "Mr Mack",
        "Mr Smith",  # a particle before a word that is not a name is not part of the name
    ]


def test_a_full_stop_after_an_initial_or_title_does_not_end_a_sentence() -> None:
    text = "Apologies were received from Prof. A. B. Reid and Dr. C Moss. Cllr E Lowe left."
    assert sentence_end(text, 29) == text.index("Moss.") + 4


def test_a_list_cut_short_after_its_separator_loses_only_the_separator() -> None:
    assert _split("Cllr A Reid, Cllr B Moss and") == [("Cllr A Reid", None), ("Cllr B Moss", None)]
    assert _split("Cllr A Reid,    Cllr B Moss ;") == [("Cllr A Reid", None), ("Cllr B Moss", None)]


def test_office_printed_before_its_holder() -> None:
    assert _split(
        "The Police and Crime Commissioner, Mr M Scott, Chief Executive, Mr A Harper"
    ) == [
        ("Mr M Scott", "The Police and Crime Commissioner"),
        ("Mr A Harper", "Chief Executive"),
    ]
    assert _split("Chief Constable - Mr S Dean QPM") == [("Mr S Dean QPM", "Chief Constable")]
    # a list that opens with a name keeps each office after its holder
    assert _split("Mr A Reid, Chief Executive, Mr B Moss") == [
        ("Mr A Reid", "Chief Executive"),
        ("Mr B Moss", None),
    ]


def test_a_post_printed_before_its_holder() -> None:
    """Officers' lists print the post first: 'Head of Finance R Ahmadi' is R Ahmadi, Head of
    Finance; a rank that is a title ('Chief Constable A Reid', 'District Cllr J Rowntree')
    and a name after a comma stay as they were."""
    text = "Head of Finance R Ahmadi, Monitoring Officer T J Kerr, Mr B Ryle, Chief Executive"
    assert _split(text) == [
        ("R Ahmadi", "Head of Finance"),
        ("T J Kerr", "Monitoring Officer"),
        ("Mr B Ryle", "Chief Executive"),
    ]
    assert _split("Chief Constable A Reid and District Cllr J Rowntree") == [
        ("Chief Constable A Reid", None),
        ("District Cllr J Rowntree", None),
    ]


def test_a_post_printed_before_its_holder_in_brackets_after_a_dash_or_a_colon() -> None:
    """'Development Manager (Mr N Saltash)', 'Head of Planning – Ann Smith', 'Chief
    Executive: J Bloggs': the holder is the name, the post the capacity; a name before
    its post, or a bracket that is no person, stays as it was."""
    assert _split("Development Manager (Mr N. Saltash)") == [
        ("Mr N. Saltash", "Development Manager")
    ]
    assert _split("Head of Planning – Ann Smith") == [("Ann Smith", "Head of Planning")]
    assert _split("Chief Executive: J Bloggs") == [("J Bloggs", "Chief Executive")]
    assert _split("Ann Smith – Head of Planning") == [("Ann Smith", "Head of Planning")]
    assert _split("Mr A Reid (Chair)") == [("Mr A Reid", "Chair")]
    assert _split("Councillors: K. Atwell, Mrs L. Dee") == [
        ("K. Atwell", None),
        ("Mrs L. Dee", None),
    ]


def test_a_dash_capacity_keeps_its_bracket_as_printed() -> None:
    assert _split("PC L Carver – Fenmoor Constabulary (Responsible Authority)") == [
        ("PC L Carver", "Fenmoor Constabulary (Responsible Authority)")
    ]


def test_a_list_of_posts_names_nobody() -> None:
    from minutebook.parsing.names import posts_only

    assert posts_only("Chief Executive (Park Officer), Director of Rivers and Planning, Clerk")
    assert not posts_only("Mr A Reid, Chief Executive")
    assert not posts_only("Solicitor (Ms P Iqbal), Democratic Services Officer")
    assert not posts_only("Head of Finance R Ahmadi")
    assert not posts_only("Makinson and Jones")  # surnames, not posts


def test_police_ranks_abbreviated_are_titles() -> None:
    for name in ("Supt D Keble", "Ch Supt A Lowe", "PCSO L Brannigan", "PC J Moss", "Sgt K Hill"):
        assert parse_name(name) is not None and parse_name(name).titles, name  # type: ignore[union-attr]
    assert _split("Mr A Reid, Inspector") == [("Mr A Reid", "Inspector")]  # a rank alone: office


def test_alderman_shortened_is_a_title_and_parts_a_run_of_names() -> None:
    assert _split("Ald Mrs K Orr Ald P Quinn, MBE Ald T Dunlop Cllr B Vance") == [
        ("Ald Mrs K Orr", None),
        ("Ald P Quinn, MBE", None),
        ("Ald T Dunlop", None),
        ("Cllr B Vance", None),
    ]
    name = parse_name("Ald Mrs K Orr")
    assert name is not None and name.titles == ("Ald", "Mrs") and name.surname == "Orr"
    assert _split("The Ald Sweeney Trust") == [("The Ald Sweeney Trust", None)]


def test_commanders_are_titles_and_alone_an_office() -> None:
    """The Metropolitan Police's, a fire service's and the RAF's commanders."""
    for name in ("Commander Alan Feeney", "Group Commander B Moss", "Wing Commander R Abbs"):
        parsed = parse_name(name)
        assert parsed is not None and parsed.titles, name
    assert _split("Mr A Reid, Commander") == [("Mr A Reid", "Commander")]


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("Mr T Halloran Clerk to the Council", ("Mr T Halloran", "Clerk to the Council")),
        ("Petra Lind Parish Clerk", ("Petra Lind", "Parish Clerk")),
        ("Mrs G Obi Deputy Town Clerk", ("Mrs G Obi", "Deputy Town Clerk")),
        ("Mr J Head", None),  # an initial before an office word: the office is the surname
        ("Senior Democratic Services Officer", None),  # a post alone
        ("Cllr A Reid", None),
        ("Mr T Halloran - Clerk", None),  # a dash says it: the dash's own rule
    ],
)
def test_a_name_then_its_post_without_a_comma(piece: str, expected: tuple[str, str] | None) -> None:
    assert name_then_post(piece) == expected


def test_a_post_after_a_comma_stays_the_capacity_of_the_name_before() -> None:
    assert _split("Petra Lind Parish Clerk, Mr T Halloran, Senior Democratic Services Officer") == [
        ("Petra Lind", "Parish Clerk"),
        ("Mr T Halloran", "Senior Democratic Services Officer"),
    ]


def test_a_post_then_its_holder_after_a_dash() -> None:
    assert post_dash_name("Legal Adviser – Mr Ivo Lamb") == ("Mr Ivo Lamb", "Legal Adviser")
    assert post_dash_name("Mr Ivo Lamb – Applicant") is None  # a name and its part
    assert post_dash_name("Housing – the winter plan") is None


def test_one_name_and_a_dash_keeps_commas_and_and_in_what_follows() -> None:
    whole = one_name_and_dash("Clerk and Monitoring Officer – Ruth Oddie")
    assert whole is not None and (whole.as_written, whole.capacity) == (
        "Ruth Oddie",
        "Clerk and Monitoring Officer",
    )
    named = one_name_and_dash("PC Ivo Lamb – Orrin Police, Licensing Unit")
    assert named is not None and (named.as_written, named.capacity) == (
        "PC Ivo Lamb",
        "Orrin Police, Licensing Unit",
    )
    # two people, each with their part: a list, read the ordinary way
    assert one_name_and_dash("Mr A Reid – Applicant, Mr B Moss – Objector") is None


def test_the_reverend_and_a_gaelic_surname_stay_whole() -> None:
    assert _split("The Rev. Dr Ann Struan; Ruaridh Mac an t-Saoir") == [
        ("The Rev. Dr Ann Struan", None),
        ("Ruaridh Mac an t-Saoir", None),
    ]


def test_an_ampersand_inside_a_firms_name_joins_it() -> None:
    def read(text: str) -> list[tuple[str, str | None]]:
        return [(e.as_written, e.capacity) for e in split_name_list(text)]

    assert read("Ms T. Kerr, Oldham & Vane LLP (External Auditor)") == [
        ("Ms T. Kerr", "Oldham & Vane LLP (External Auditor)")
    ]
    assert read("Mr D. Pask, Hearn and Lyle Ltd") == [("Mr D. Pask", "Hearn and Lyle Ltd")]
    # no firm's ending, or a titled name before the "&": two people
    assert read("Ms T. Kerr & Mr D. Pask") == [("Ms T. Kerr", None), ("Mr D. Pask", None)]
    assert [e.as_written for e in split_name_list("Cllr Oldham & Mr Vane Ltd")][:1] == [
        "Cllr Oldham"
    ]


def test_posts_with_their_holders_in_brackets_one_after_another() -> None:
    """Each "post (holder)" is a person of its own, not one more post of the name before;
    in a list split by semicolons a post may hold a comma ("Strategic Director, Place")."""
    entries = split_name_list(
        "Chief Executive (Rosa Lind); Strategic Director, Growth (Owen Tarr); "
        "Director of Law (Nia Penn)"
    )
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Rosa Lind", "Chief Executive"),
        ("Owen Tarr", "Strategic Director, Growth"),
        ("Nia Penn", "Director of Law"),
    ]
    # no semicolons: the comma splits, and a bracket holding no person is a note
    assert [(e.as_written, e.capacity) for e in split_name_list("Mr O. Tarr, Director (Law)")] == [
        ("Mr O. Tarr", "Director (Law)")
    ]


def test_a_names_own_initials_in_brackets_are_no_capacity() -> None:
    """A parish clerk's "(BA)" after "Cllr Bryn Arden" abbreviates the name for the
    minutes below; a party's or an authority's capitals that are not the initials stay."""
    entries = split_name_list(
        "Cllr Bryn Arden (BA), Cllr Nia ap Hywel (NH), Cllr Mrs Ida Cole-Parr (ICP), "
        "Cllr Tom Finch (LD)"
    )
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Cllr Bryn Arden", None),
        ("Cllr Nia ap Hywel", None),
        ("Cllr Mrs Ida Cole-Parr", None),
        ("Cllr Tom Finch", "LD"),
    ]
    assert own_initials("Cllr Ida Cole-Parr", "IC")
    assert not own_initials("Cllr Ida Cole-Parr", "Chair")


def test_initials_kept_with_the_members_title_are_no_capacity() -> None:
    entries = split_name_list("Mrs. E. Brand (Mrs. EB), J. Dale (JD), Mrs. K. Orme (Mrs. Chair)")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Mrs. E. Brand", None),
        ("J. Dale", None),
        ("Mrs. K. Orme", "Mrs. Chair"),
    ]
    assert not own_initials("Mrs. E. Brand", "Mrs. KO")


@pytest.mark.parametrize(
    ("bracket", "timing"),
    [
        ("from item 5", "from item 5"),
        ("to Min. 14/032 only", "to Min. 14/032 only"),
        ("left after minute 23", "left after minute 23"),
        ("arrived at 7.15 pm", "arrived at 7.15 pm"),
        ("until 3.15", "until 3.15"),
        ("from 7.40pm", "from 7.40pm"),
        ("for items 4 and 5", "for items 4 and 5"),
        ("items 3 to 6 only", "items 3 to 6 only"),
        ("present for part of the meeting", "present for part of the meeting"),
        ("briefly", "briefly"),
        (
            "briefly but left owing to a poor connection",
            "briefly but left owing to a poor connection",
        ),
        ("left due to illness", "left due to illness"),
        ("Briefing Officer", None),
        # who they are, or whom they stood in for: no timing
        ("Chair", None),
        ("for Cllr B Moss", None),
        ("Wyke Borough Council", None),
        ("Left Alliance", None),
        ("from Wyke District Council", None),
    ],
)
def test_a_bracket_saying_when_someone_came_or_went(bracket: str, timing: str | None) -> None:
    assert timing_note(bracket) == timing


def test_a_timing_bracket_is_no_capacity_in_a_list() -> None:
    entries = split_name_list(
        "Cllr Ann Reid (Chair), Cllr Bo Moss (from item 5); Tom Lark, Health Manager (for item 5)"
    )
    assert [(e.as_written, e.capacity, e.timing) for e in entries] == [
        ("Cllr Ann Reid", "Chair", None),
        ("Cllr Bo Moss", None, "from item 5"),
        ("Tom Lark", "Health Manager", "for item 5"),
    ]


def test_a_council_shortened_to_capitals_is_no_person_in_a_bracket() -> None:
    """ "Support Officer (Wyke MBC)": the bracket is the post's council, not its holder;
    "Development Manager (Mr N Dale)" still names the holder."""
    entries = split_name_list(
        "Mr D Fenn, Support Officer (Wyke MBC); Development Manager (Mr N Dale)"
    )
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Mr D Fenn", "Support Officer (Wyke MBC)"),
        ("Mr N Dale", "Development Manager"),
    ]


def test_whom_a_name_stood_in_for_after_its_bracket() -> None:
    assert (
        substitute_after_bracket(" for Councillor Bea Moss") == "substitute for Councillor Bea Moss"
    )
    assert substitute_after_bracket(" and Councillor Bea Moss") is None
    [entry] = split_name_list("Councillor Cy Hale (Wyke Borough Council) for Councillor Bea Moss")
    assert (entry.as_written, entry.capacity, entry.organisation) == (
        "Councillor Cy Hale",
        "substitute for Councillor Bea Moss",
        "Wyke Borough Council",
    )


def test_a_seat_run_into_the_next_name_only_introduces_it() -> None:
    """ "... and Added Member Mr G Boothby": the kind of seat stands before the name it
    introduces, so it is no post of the name before; after a comma and alone it still is."""
    entries = split_name_list("Mrs E Ramsden and Added Member Mr G Boothby")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Mrs E Ramsden", None),
        ("Mr G Boothby", None),
    ]
    [entry] = split_name_list("Cllr A Smith, Independent Member")
    assert entry.capacity == "Independent Member"
    assert split_missing_comma(0, "Co-opted Member Mrs B Doyle") == [(16, "Mrs B Doyle")]
    assert split_missing_comma(0, "Cllr P Feacey Mr G Sandher") == [
        (0, "Cllr P Feacey"),
        (14, "Mr G Sandher"),
    ]


def test_an_abbreviation_joined_by_and_to_an_office_is_half_a_post() -> None:
    text = "K Dale, HR and Payroll Manager, T Wynn, Principal ICT & Digital Officer, Mr B Moss OBE"
    assert [(e.as_written, e.capacity) for e in split_name_list(text)] == [
        ("K Dale", "HR and Payroll Manager"),
        ("T Wynn", "Principal ICT & Digital Officer"),
        ("Mr B Moss OBE", None),
    ]


def test_community_councillors_titles_are_titles() -> None:
    """Scottish community councils print "CClr" (and "Clr" for a council's members)."""
    assert parse_name("CClr A Reid") == PersonName(("CClr",), ("A",), "Reid", ())
    assert [e.as_written for e in split_name_list("CClr A Reid Clr B Moss")] == [
        "CClr A Reid",
        "Clr B Moss",
    ]
    lines = [Line(3, "Apologies: CClrs Dunn and Hart")]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written) for f in part.attendance] == [
        (AttendanceRole.APOLOGIES, "Dunn"),
        (AttendanceRole.APOLOGIES, "Hart"),
    ]


def test_a_post_joined_by_and_is_someone_else() -> None:
    """A post joined by "and" ("... and the Clerk") is someone unnamed, no capacity."""
    assert _split("Cllr A Reid, Cllr B Moss and the Clerk") == [
        ("Cllr A Reid", None),
        ("Cllr B Moss", None),
    ]
    assert _split("Cllr A Reid, the Clerk") == [("Cllr A Reid", "the Clerk")]


def test_a_point_the_minutes_mention_is_a_timing() -> None:
    assert timing_note("to point mentioned") == "to point mentioned"
    assert timing_note("from the point noted") == "from the point noted"
    assert timing_note("Point Manager") is None


def test_a_council_s_initials_after_a_titled_name_are_its_capacity() -> None:
    assert _split("Cllr Reid (Chair), Cllr Moss WDC, Cllr A Lowe NCC and Cllr Hart") == [
        ("Cllr Reid", "Chair"),
        ("Cllr Moss", "WDC"),
        ("Cllr A Lowe", "NCC"),
        ("Cllr Hart", None),
    ]
    assert _split("Mr A Reid OBE") == [("Mr A Reid OBE", None)]


def test_an_irish_surname_s_mutated_word_ends_a_name() -> None:
    assert _split("Mr Ciarán Ó hÉigeartaigh Mr Brian Moss") == [
        ("Mr Ciarán Ó hÉigeartaigh", None),
        ("Mr Brian Moss", None),
    ]


def test_a_list_typed_in_capitals_is_cut_at_each_title() -> None:
    """'PRESENT: COUNCILLOR A REID COUNCILLOR MRS B MOSS ...' in older typed minutes: each
    title in capitals starts a name, a title after a title ("COUNCILLOR MRS") is one, and
    the names keep their letters as printed."""
    names = split_name_list("COUNCILLOR P FENN COUNCILLOR MRS J TOLLEY COUNCILLOR D F ASHBY")
    assert [e.as_written for e in names] == [
        "COUNCILLOR P FENN",
        "COUNCILLOR MRS J TOLLEY",
        "COUNCILLOR D F ASHBY",
    ]
    names = split_name_list("CLLR A PENN MR C MARSH (CHAIRMAN)")
    assert [(e.as_written, e.capacity) for e in names] == [
        ("CLLR A PENN", None),
        ("MR C MARSH", "CHAIRMAN"),
    ]
    assert [e.as_written for e in split_name_list("LIEUTENANT COLONEL A BARR")] == [
        "LIEUTENANT COLONEL A BARR"
    ]
    assert capitals_recased("Cllr A Penn") == "Cllr A Penn"


@pytest.mark.parametrize(
    ("name", "bracket", "expected"),
    [
        ("Steve Barron", "SBa", True),  # more of the surname, to tell two people apart
        ("Mark McAteer", "MMcA", True),
        ("Dr Stuart McCartney", "SMc", True),
        ("Cllr Ann Reid", "Lab", False),  # a party, one capital
        ("Cllr Ann Reid", "ARx", False),  # a letter the surname does not go on with
        ("Cllr Bob Moss", "LibDem", False),
        ("Cllr Bob Moss", "BMa", False),
    ],
)
def test_a_tag_spelling_more_of_the_surname_is_no_capacity(
    name: str, bracket: str, expected: bool
) -> None:
    assert own_initials(name, bracket) is expected


def test_an_untitled_member_run_on_after_a_titled_one_is_a_name_of_their_own() -> None:
    text = (
        "Councillor Ann Reid (Chair) Councillor Ben Moss Councillor Cara Lowe Dan Hart"
        " Councillor Eve Frost Councillor Fay Gale"
    )
    assert [e.as_written for e in split_name_list(text)] == [
        "Councillor Ann Reid",
        "Councillor Ben Moss",
        "Councillor Cara Lowe",
        "Dan Hart",
        "Councillor Eve Frost",
        "Councillor Fay Gale",
    ]
    # a name of three words, or a run of names that are not all two words, stays as printed
    three = "Councillor Ann Reid Councillor Ben de Moss Councillor Cara Lowe Dan Hart"
    assert "Councillor Cara Lowe Dan Hart" in [e.as_written for e in split_name_list(three)]


def test_a_dash_post_runs_into_the_next_members_title_in_a_flattened_column() -> None:
    entries = split_name_list(
        "Cllr A Reid – Town Mayor & Chairman of the Council Cllr B Moss Cllr C D Lowe"
    )
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Cllr A Reid", "Town Mayor & Chairman of the Council"),
        ("Cllr B Moss", None),
        ("Cllr C D Lowe", None),
    ]
    assert one_name_and_dash("Clerk and Monitoring Officer – Ruth Oddie") is not None


def test_a_comma_misplaced_after_a_councillors_title_parts_no_name() -> None:
    """ "(Vice Chair) Cllr, Hale, Cllr Dunn": the comma closing the entry before went after
    the title; "County Councillor, Wyke division" is a post, its comma kept."""
    assert _split("Cllr Reid (Chair), Cllr Moss (Vice Chair) Cllr, Hale, Cllr Dunn") == [
        ("Cllr Reid", "Chair"),
        ("Cllr Moss", "Vice Chair"),
        ("Cllr Hale", None),
        ("Cllr Dunn", None),
    ]
    assert _split("Cllr A Lowe (County Councillor, Wyke division)") == [
        ("Cllr A Lowe", "County Councillor, Wyke division")
    ]
