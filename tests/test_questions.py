"""Questions headed by their asker (`parsing.questions`): 'Question 1 - Cllr X (Org)',
'Question 2 from Mr Y, Org', 'Question from Cllr Z to the Cabinet Member for ...'; and
questions reported as sentences: 'Councillor X asked whether ...', 'Q. Mrs Y asked the
following question:-'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import Line, SourceDocument
from minutebook.parsing import parse_document
from minutebook.parsing.questions import (
    asked_questions,
    asker_and_organisation,
    headed_questions,
    introduced_questions,
    invites_questions,
    labelled_questions,
    question_time_lines,
    received_questions,
)
from minutebook.parsing.reading import SourceText
from minutebook.pipeline import generate

QUESTIONS = Path(__file__).parent / "fixtures" / "questions"


def _read(name: str) -> SourceDocument:
    text = (QUESTIONS / name).read_text(encoding="utf-8")
    return parse_document(SourceText(name, "0" * 64, text), Diagnostics())


def test_questions_headed_by_their_asker_in_minutes() -> None:
    (part,) = _read("cabinet-questions-headed-by-asker.txt").parts
    assert [
        (q.number, q.asker_as_written, q.organisation_name, q.text[:40], q.line, q.minute_number)
        for q in part.questions
        if q.minute_number != "18"  # points listed under a member: the test below
    ] == [
        ("1", "Mrs Wendy Tarrant", "Ormside Residents' Association",
         "Will the Cabinet restore the Saturday op", 7, "14"),
        ("2", "Councillor Dev Sandhu", "Ormside Town Council",
         "What progress has been made on the cycle", 14, "14"),
        (None, "Cllr Paula Greer", None, "How many empty homes were brought back i", 22, "15"),
        (None, "Councillor Rhys Morgan", "Ormside North Ward",
         "asked whether the car parks in the town ", 38, "17"),
        (None, "Mrs Anne Devlin", None, "When will the branch library in Westgate", 40, "17"),
    ]  # fmt: skip
    # a question running over two lines is read to its question mark, not into the answer
    assert part.questions[0].text.endswith("before the summer holidays?")
    # a question reported as a sentence ends where the answer begins; 'A Member' is no asker
    assert part.questions[3].text.endswith("would stay free on Sundays.")


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("Cllr Ann Lee (Fenby Town Council) to the Police and Crime Commissioner",
         ("Cllr Ann Lee", "Fenby Town Council")),
        ("Mr Tom Reed to the Cabinet Member for Highways", ("Mr Tom Reed", None)),
        ("Councillor Raj Patel, Brook County Council",
         ("Councillor Raj Patel", "Brook County Council")),
        ("(Cllr Lee Fox, Fenby Town Council)", ("Cllr Lee Fox", "Fenby Town Council")),
        ("the Chair", None),
        ("Not a person", None),
    ],
)  # fmt: skip
def test_the_asker_and_their_organisation(
    who: str, expected: tuple[str, str | None] | None
) -> None:
    assert asker_and_organisation(who) == expected


def test_a_question_headed_by_its_number_and_asker_in_brackets() -> None:
    lines = [
        Line(1, "Question 3 (Cllr Lee Fox, Fenby Town Council)"),
        Line(2, ""),
        Line(3, "When will the footbridge reopen?"),
    ]
    [question] = headed_questions(lines, "9")
    assert (question.number, question.asker_as_written, question.organisation_name) == (
        "3", "Cllr Lee Fox", "Fenby Town Council",
    )  # fmt: skip
    assert question.text == "When will the footbridge reopen?"


def test_points_listed_under_a_member_are_their_questions() -> None:
    (part,) = _read("cabinet-questions-headed-by-asker.txt").parts
    listed = [q for q in part.questions if q.minute_number == "18"]
    assert [(q.asker_as_written, q.organisation_name, q.text, q.line) for q in listed] == [
        ("Councillor Gita Rowe", "Ormside South Ward",
         "the cost of the new leisure centre roof.", 53),
        ("Councillor Gita Rowe", "Ormside South Ward", "parking charges at the country park.", 54),
        ("Councillor Hal Tovey", None, "whether bus shelters would be repaired.", 57),
    ]  # fmt: skip


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("intro", "asker", "organisation"),
    [
        ("The following question was received from Mrs Ada Quell:", "Mrs Ada Quell", None),
        ("A question had been submitted by Mr Tom Reed (Fenby Cycle Forum):",
         "Mr Tom Reed", "Fenby Cycle Forum"),
        ("Cllr Ann Lee, Fenby Town Council, submitted the following question:",
         "Cllr Ann Lee", "Fenby Town Council"),
        ("Councillor Ann Lee had given notice of the following question to Councillor Moss",
         "Councillor Ann Lee", None),
    ],
)  # fmt: skip
def test_a_question_introduced_by_a_sentence_naming_its_asker(
    intro: str, asker: str, organisation: str | None
) -> None:
    lines = _lines(
        intro, '"Will the library open on Sundays?"', "The Leader replied that it would not."
    )
    [question] = introduced_questions(lines, "44")
    assert (question.asker_as_written, question.organisation_name) == (asker, organisation)
    # the question, without its quotation marks, on its own line; not the answer
    assert (question.text, question.line) == ("Will the library open on Sundays?", 2)


@pytest.mark.parametrize(
    "intro",
    [
        "The following questions had been answered in writing:",
        "A question was received from the floor:",  # no person named
        "The Chair put the following question to the vote:",
    ],
)
def test_not_a_question_introduced_by_its_asker(intro: str) -> None:
    assert introduced_questions(_lines(intro, "Should the item be deferred?"), "9") == []


def test_a_question_reported_as_a_sentence_under_a_roman_number() -> None:
    lines = _lines(
        "(i) Mr Dan Fell (Brackwater Ramblers) asked whether the bridleway would reopen. "
        "The Director replied that works would begin in May."
    )
    [question] = asked_questions(lines, "4")
    assert (question.asker_as_written, question.organisation_name, question.text) == (
        "Mr Dan Fell", "Brackwater Ramblers", "asked whether the bridleway would reopen.",
    )  # fmt: skip


@pytest.mark.parametrize(
    "asker", ["Alderman Ruth Okoye", "Reverend Paul Treadwell", "Borough Councillor Ann Tey"]
)
def test_an_asker_carries_any_title_of_the_genre(asker: str) -> None:
    """The askers' titles are the genre's one list (vocabulary.TITLES), not a shorter copy."""
    lines = _lines(f"(ii) {asker} asked whether the footpath would be lit.")
    [question] = asked_questions(lines, "4")
    assert question.asker_as_written == asker


@pytest.mark.parametrize(
    ("text", "asker", "question"),
    [
        # the written question it follows up named first, the asker after it
        (
            "12.1\tIn respect of question 3, Councillor Okafor asked if the bus shelter "
            "would be repaired. Councillor Dunn said it would.",
            "Councillor Okafor",
            "asked if the bus shelter would be repaired.",
        ),
        (
            "With regard to question 4 and the play areas, Cllr R. Vance asked when the "
            "survey would end.",
            "Cllr R. Vance",
            "asked when the survey would end.",
        ),
        # what the asker did first, in the same sentence, then "and asked"
        (
            "2. Cllr T Brook referred to the leisure review and asked whether the pool "
            "would stay open. - The Leader undertook to reply in writing.",
            "Cllr T Brook",
            "asked whether the pool would stay open.",
        ),
    ],
)
def test_a_question_reported_after_its_context(text: str, asker: str, question: str) -> None:
    [found] = asked_questions([Line(7, text)], "12")
    assert (found.asker_as_written, found.text, found.line) == (asker, question, 7)


@pytest.mark.parametrize(
    "text",
    [
        "In respect of question 2, the Cabinet Member said residents had asked for bins.",
        "Councillor Dunn advised that residents had asked for more bins.",
        "12.2\tIn response to a supplementary question, Councillor Dunn advised that the "
        "date was not fixed.",
    ],
)
def test_not_a_question_reported_after_its_context(text: str) -> None:
    assert asked_questions([Line(1, text)], "12") == []


def test_a_question_heading_broken_over_two_lines_names_its_asker_not_its_answerer() -> None:
    lines = _lines(
        "Question from Ms Ada Quell (Friends of Brook Park) to the Cabinet Member for",
        "Parks and Leisure (Councillor Tovey):",
        '"When will the paddling pool reopen, and will the Friends',
        'be consulted on its design?"',
        "Reply: In May. The Friends will be consulted.",
    )
    [question] = headed_questions(lines, "34")
    assert (question.asker_as_written, question.organisation_name, question.line) == (
        "Ms Ada Quell", "Friends of Brook Park", 1,
    )  # fmt: skip
    # the heading's second line is not the question; the quotation marks are not its words
    assert question.text == (
        "When will the paddling pool reopen, and will the Friends be consulted on its design?"
    )


def test_the_bracket_after_whom_a_question_was_put_to_names_who_answered() -> None:
    lines = _lines(
        "Question from Councillor Ivo Marsh to the Leader of the Council (Councillor Tovey):",
        '"Will the Leader publish the cost of the new depot?"',
        "Reply: Yes, in January.",
    )
    [question] = headed_questions(lines, "35")
    assert (question.asker_as_written, question.organisation_name) == ("Councillor Ivo Marsh", None)
    assert question.text == "Will the Leader publish the cost of the new depot?"


def test_a_heading_naming_whom_the_question_was_put_to_before_its_asker() -> None:
    lines = _lines(
        "1.    Question to Councillor Ivo Marsh from Councillor Ada Vane",
        "",
        "Please set out what the depot has cost so far.",
        "",
        "Response from Councillor Ivo Marsh",
    )
    [question] = headed_questions(lines, "22")
    assert (question.asker_as_written, question.line) == ("Councillor Ada Vane", 1)
    assert question.text == "Please set out what the depot has cost so far."


def test_a_question_on_its_heading_line_after_the_asker_and_a_colon() -> None:
    lines = _lines(
        "Question from Mr Tom Reed (Fenby Allotment Society): Will the Council mend the",
        "gate at the allotments before the spring?",
        "The Chair replied that quotations had been sought.",
    )
    [question] = headed_questions(lines, "43")
    assert (question.asker_as_written, question.organisation_name, question.line) == (
        "Mr Tom Reed", "Fenby Allotment Society", 1,
    )  # fmt: skip
    assert question.text == "Will the Council mend the gate at the allotments before the spring?"


def test_a_label_after_the_askers_colon_is_no_question_on_the_heading_line() -> None:
    lines = _lines("Question 2 - Mr Tom Reed (Fenby): Fenby Ward", "When will the bridge open?")
    [question] = headed_questions(lines, "9")
    assert question.text == "When will the bridge open?"  # "Fenby Ward" is not asked


@pytest.mark.parametrize(
    ("title", "invites"),
    [
        ("Public Participation", True),
        ("CYFRANOGIAD Y CYHOEDD / PUBLIC PARTICIPATION", True),
        ("Open Forum", True),
        ("Questions from the Public", True),
        ("Members' Questions", True),
        ("Public Health Annual Report", False),
        ("Forward Plan", False),
    ],
)
def test_minutes_whose_questions_are_read(title: str, invites: bool) -> None:
    assert invites_questions(title) is invites


def test_questions_read_in_a_public_participation_minute() -> None:
    text = (
        "MINUTES of a meeting of the Fenby Parish Council held at the Village Hall on 3 May 2022\n"
        "\n"
        "Present: Cllr Ann Lee (Chair), Cllr Raj Patel\n"
        "\n"
        "21. Public Participation\n"
        "Question from Mrs Ada Quell (Fenby Rovers FC): Will the Council cut the grass on the\n"
        "playing field before the first home match?\n"
        "The Chair replied that it would.\n"
        "\n"
        "22. Planning\n"
        "No applications had been received.\n"
    )
    (part,) = parse_document(SourceText("p.txt", "0" * 64, text), Diagnostics()).parts
    assert [(q.asker_as_written, q.organisation_name, q.minute_number) for q in part.questions] == [
        ("Mrs Ada Quell", "Fenby Rovers FC", "21")
    ]


@pytest.mark.parametrize(
    ("heading", "asker"),
    [
        ("5.1 Question from Councillor Nia Rhosier", "Councillor Nia Rhosier"),
        ("(a) Question from Mrs B. Hale to the Cabinet Member for Highways", "Mrs B. Hale"),
        ("b) Question from Mr Tom O'Leary", "Mr Tom O'Leary"),
        ("(ii) Question by Dr Ama Osei (Fenby Cycle Forum)", "Dr Ama Osei"),
    ],
)
def test_a_question_heading_numbered_as_a_paragraph_of_its_minute(heading: str, asker: str) -> None:
    lines = _lines(
        heading,
        "",
        '"Can the Commissioner say how many officers patrol the rural wards',
        'at night?"',
        "The Commissioner replied that there were six.",
    )
    [question] = headed_questions(lines, "5")
    assert (question.asker_as_written, question.line) == (asker, 1)
    assert question.text == (
        "Can the Commissioner say how many officers patrol the rural wards at night?"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "5.1 The question of funding was deferred to March.",
        "(a) Questions from the public had been answered in writing.",
    ],
)
def test_a_numbered_paragraph_about_questions_is_no_question_heading(heading: str) -> None:
    assert headed_questions(_lines(heading, "What next?"), "5") == []


def test_a_question_quoted_after_asked_and_a_colon() -> None:
    lines = [
        Line(20, 'Mr Colin Barrow (Ashvale Residents) asked: "Will the Leader say when the'),
        Line(21, 'footbridge at Mill Ford will reopen?"'),
        Line(22, "The Leader replied that it would reopen in May."),
    ]
    [question] = asked_questions(lines, "7")
    assert question.text == "Will the Leader say when the footbridge at Mill Ford will reopen?"
    assert question.organisation_name == "Ashvale Residents"


def test_the_one_asked_wraps_before_the_quoted_question() -> None:
    lines = [
        Line(5, "(a) Mrs Ada Quill asked the Cabinet Member for"),
        Line(6, 'Parks: "How many benches will be replaced this year?"'),
        Line(7, "Reply: Councillor Rowe said forty."),
    ]
    [question] = asked_questions(lines, "9")
    assert question.text == "How many benches will be replaced this year?"
    assert question.line == 5


def test_asked_whether_without_a_quotation_keeps_its_verb() -> None:
    lines = [Line(3, "Mr Tom Hale asked whether the car park would be resurfaced. The Clerk")]
    [question] = asked_questions(lines, "2")
    assert question.text.startswith("asked whether the car park")


def test_a_reported_question_wrapping_onto_the_next_line_runs_to_its_stop() -> None:
    lines = _lines(
        "Mrs Ada Quill (Fenby Bowls Club) asked whether the Council would",
        "mend the green's fence before the season. The Clerk replied that it would.",
    )
    [question] = asked_questions(lines, "7")
    assert question.text == (
        "asked whether the Council would mend the green's fence before the season."
    )
    assert question.line == 1


def test_a_reported_question_ending_on_its_line_takes_nothing_below() -> None:
    lines = _lines(
        "Mr Tom Reed asked whether the car park would reopen.",
        "the Clerk said the contractor was booked",
    )
    [question] = asked_questions(lines, "7")
    assert question.text == "asked whether the car park would reopen."


def test_a_reported_question_stops_at_a_blank_line() -> None:
    lines = _lines("Mr Tom Reed asked whether the council would", "", "Members noted the reply.")
    [question] = asked_questions(lines, "7")
    assert question.text == "asked whether the council would"


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("Mr Owain Pryce of Quarry Lane asked whether the verge would be cut.", "Mr Owain Pryce"),
        ("Mrs J Tolley of Elm Court, Fenby asked whether the bus stop would move.", "Mrs J Tolley"),
    ],
)
def test_a_member_of_the_public_named_with_their_address_asks(text: str, asker: str) -> None:
    [question] = asked_questions([Line(4, text)], "3")
    assert (question.asker_as_written, question.organisation_name) == (asker, None)
    assert question.text.startswith("asked whether the")


def test_a_member_of_the_public_named_with_their_address_says_no_question() -> None:
    lines = [Line(4, "Mr Owain Pryce of Quarry Lane said that the verge had been cut.")]
    assert asked_questions(lines, "3") == []


def test_someone_speaking_on_behalf_of_a_body_and_asking() -> None:
    lines = _lines(
        "Ms Rhian Tull, on behalf of Fenby Allotment Society, spoke against the",
        "proposed charges, and asked whether the water supply could be kept. The",
        "Cabinet Member replied that it would.",
    )
    [question] = asked_questions(lines, "2")
    assert (question.asker_as_written, question.organisation_name) == (
        "Ms Rhian Tull",
        "Fenby Allotment Society",
    )
    assert question.text == (
        "spoke against the proposed charges, and asked whether the water supply could be kept."
    )
    assert question.line == 1


@pytest.mark.parametrize(
    "asked",
    ["asked:", "asked the following question:-", "asked the Portfolio Holder:"],
)
def test_someone_on_behalf_of_a_body_asking_the_question_printed_below(asked: str) -> None:
    lines = _lines(
        f"Mrs Wenna Polglase, on behalf of Trevarrow Ramblers, {asked}",
        "",
        '"When will the footbridge over the Fal Brook be reopened to walkers,',
        'now that the survey is finished?"',
        "",
        "The Chair said that a written reply would follow.",
    )
    [question] = asked_questions(lines, "6")
    assert (question.asker_as_written, question.organisation_name, question.line) == (
        "Mrs Wenna Polglase",
        "Trevarrow Ramblers",
        1,
    )
    assert question.text.startswith("When will the footbridge over the Fal Brook")
    assert question.text.endswith("now that the survey is finished?")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mr Kitto asked the following", "question:-"),
        ("Mr Kitto, on behalf of Porthleven Anglers, asked the Cabinet Member for", "Leisure:"),
    ],
)
def test_an_asked_colon_wrapped_onto_the_next_line(first: str, second: str) -> None:
    lines = _lines(first, second, "", '"Why was the slipway closed in May?"', "", "No reply.")
    [question] = asked_questions(lines, "6")
    assert (question.asker_as_written, question.text, question.line) == (
        "Mr Kitto",
        "Why was the slipway closed in May?",
        1,
    )


def test_a_sentence_wrapped_after_asked_is_read_as_reported() -> None:
    lines = _lines("Mr Kitto asked whether the", "slipway would reopen in June.")
    [question] = asked_questions(lines, "6")
    assert question.text == "asked whether the slipway would reopen in June."


def test_someone_speaking_on_behalf_of_a_body_without_asking_is_no_question() -> None:
    lines = _lines(
        "Ms Rhian Tull, on behalf of Fenby Allotment Society, spoke against the",
        "proposed charges. The Cabinet Member asked officers to reply.",
    )
    assert asked_questions(lines, "2") == []


@pytest.mark.parametrize(
    ("text", "asker", "organisation"),
    [
        ("Mr R. Dane, a resident of Holt Road, asked when the shelter would be mended.",
         "Mr R. Dane", None),
        ("Mrs J. Pike, speaking for the Brookfield Allotment Society, asked whether the "
         "lease would be renewed.", "Mrs J. Pike", "Brookfield Allotment Society"),
        ("Ms C Lowe, representing Fenby Cycle Forum, asked if the lane would open.",
         "Ms C Lowe", "Fenby Cycle Forum"),
        ("Mr D Orme, Chair of the Fenby Society, asked when the survey would end.",
         "Mr D Orme", "Fenby Society"),
        ("Mr E Vane, who lives in Hill Lane, asked why the lights were off.", "Mr E Vane", None),
        ("Mrs G Tarr, of the Lower Fenby Flood Action Group, asked what progress had been "
         "made.", "Mrs G Tarr", "Lower Fenby Flood Action Group"),
        ("Mr H Quill, from Fenby Cycle Forum, asked when the lane would open.", "Mr H Quill",
         "Fenby Cycle Forum"),
        ("Mr J Rook, of Mill Lane, asked why the lights were off.", "Mr J Rook", None),
        ("Mrs K Lyle, Fenby Residents' Association, asked when the bins would be emptied.",
         "Mrs K Lyle", "Fenby Residents' Association"),
        ("Ms L Marr, Friends of Holt Park Group, asked if the gates would be mended.",
         "Ms L Marr", "Friends of Holt Park Group"),
    ],
)  # fmt: skip
def test_a_member_of_the_public_described_between_commas_asks(
    text: str, asker: str, organisation: str | None
) -> None:
    """The phrase between commas after the asker says where they live (no organisation)
    or whom they spoke for (the organisation)."""
    [question] = asked_questions([Line(3, text)], "4")
    assert (question.asker_as_written, question.organisation_name) == (asker, organisation)
    assert question.text.startswith("asked ")


@pytest.mark.parametrize(
    "text",
    [
        "Cllr A Smith, Cllr B Jones asked about the bins.",
        "Mr F Hale, a resident of Holt Road, said that the shelter was broken.",
    ],
)
def test_no_described_asker(text: str) -> None:
    assert asked_questions([Line(1, text)], "4") == []


def test_whom_a_question_was_put_to_broken_onto_a_line_of_its_own() -> None:
    """'... to the Cabinet Member for Adult Social' / 'Care' / the quoted question: the
    short line ends whom it was put to, and is no part of the question."""
    lines = _lines(
        "(3) Question from Councillor Dr A.B. Rao to the Cabinet Member for Adult Social",
        "Care",
        '"What progress has been made in reducing delays?"',
        "",
        "Answer from Councillor C. Moss",
    )
    [question] = headed_questions(lines, "57")
    assert (question.asker_as_written, question.text, question.line) == (
        "Councillor Dr A.B. Rao",
        "What progress has been made in reducing delays?",
        1,
    )


def test_a_short_line_under_a_heading_over_no_question_is_its_question() -> None:
    lines = _lines(
        "Question 2 from Cllr Ann Lee to the Leader of the Council",
        "Bus services in Fenby.",
        "The Leader replied.",
    )
    [question] = headed_questions(lines, "8")
    assert question.text.startswith("Bus services in Fenby.")


@pytest.mark.parametrize("bullet", ["•", "-", "·", "*"])
def test_public_participation_printed_as_bullets(bullet: str) -> None:
    """Reported questions listed under "Public participation", a bullet before each."""
    lines = _lines(
        f"{bullet} Mr Tobias Wren of Pond Lane asked whether the footpath would be cleared.",
        f"{bullet} Ms Hana Corrie asked when the notice board would be replaced.",
    )
    found = asked_questions(lines, "5")
    assert [(q.asker_as_written, q.line) for q in found] == [
        ("Mr Tobias Wren", 1),
        ("Ms Hana Corrie", 2),
    ]
    assert found[1].text == "asked when the notice board would be replaced."


def test_a_bullet_before_no_asker_is_no_question() -> None:
    assert asked_questions(_lines("• The Chairman asked members to note the date."), "5") == []


@pytest.mark.parametrize(
    "answer",
    ["the Clerk said a quote had been sought.", "the Chairman replied that it would."],
)
def test_the_answer_after_a_semicolon_is_no_part_of_the_question(answer: str) -> None:
    lines = _lines(f"Mrs Ida Roan asked when the bench would be repaired; {answer}")
    [question] = asked_questions(lines, "5")
    assert question.text == "asked when the bench would be repaired"


def test_a_semicolon_inside_the_question_keeps_it_whole() -> None:
    lines = _lines("Mr Vic Eld asked whether the lane would be gritted; and when.")
    [question] = asked_questions(lines, "5")
    assert question.text == "asked whether the lane would be gritted; and when."


def test_question_time_spoken_of_in_the_text_reads_the_lines_after_it() -> None:
    """A heading glued into the line before ("... correct record. 7. PUBLIC QUESTIONS"):
    the questions fall under the minute before and are read from that line on."""
    lines = _lines(
        "Councillor Ames asked whether the minutes were complete.",
        "It was RESOLVED that they be approved. 7. PUBLIC QUESTIONS",
        'Mr Lev Ostby (Fenby Cycle Forum) asked: "When will the lane open?"',
    )
    asking = question_time_lines("MINUTES", lines)
    assert [x.number for x in asking] == [2, 3]
    [question] = asked_questions(asking, "6")
    assert (question.asker_as_written, question.organisation_name) == (
        "Mr Lev Ostby",
        "Fenby Cycle Forum",
    )


def test_a_lost_heading_listing_questions_with_petitions_reads_the_lines_after_it() -> None:
    """A public business heading the minutes did not find, wrapped over lines ("12 ITEMS
    FROM THE PUBLIC - TO RECEIVE DEPUTATIONS," / "PETITIONS OR QUESTIONS"): the questions
    under it are read though they fall under the minute before."""
    lines = _lines(
        "There was none.",
        "12 ITEMS FROM THE PUBLIC - TO RECEIVE DEPUTATIONS,",
        "STATEMENTS, PETITIONS OR QUESTIONS",
        "Mr Lev Ostby (Fenby Cycle Forum) asked whether the lane would open in May.",
    )
    asking = question_time_lines("URGENT BUSINESS", lines)
    assert [x.number for x in asking] == [3, 4]
    [question] = asked_questions(asking, "11")
    assert (question.asker_as_written, question.organisation_name) == (
        "Mr Lev Ostby",
        "Fenby Cycle Forum",
    )


def test_no_question_time_in_title_or_text_reads_nothing() -> None:
    lines = _lines("Councillor Ames asked whether the report had been circulated.")
    assert question_time_lines("Budget Monitoring", lines) == []
    assert question_time_lines("Public Participation", lines) == lines


def test_a_question_received_from_an_asker_who_asked() -> None:
    """The receipt names the asker after "from", the question after "who asked"; the
    sentence wraps; "of" a body's name is the organisation, "of" a place is not."""
    body = [
        Line(10, "One question had been received in writing from Mrs P Quayle of Ashby Parish"),
        Line(11, "Council, who asked when the speed cameras on the A61 would be repaired."),
        Line(12, "The Commissioner replied that they would be repaired in May."),
        Line(13, ""),
        Line(14, "The Panel received a written question, from Mr Tom Ravel, a resident of"),
        Line(15, "Brockhurst, who asked whether the station would reopen. The Chief"),
        Line(16, "Constable said it would not."),
        Line(17, ""),
        Line(18, "There was one question received from Cllr Ann Lee of Brockhurst, who asked"),
        Line(19, "how many officers were on patrol."),
    ]
    found = received_questions(body, "6")
    assert [(q.asker_as_written, q.organisation_name, q.line, q.text) for q in found] == [
        (
            "Mrs P Quayle",
            "Ashby Parish Council",
            10,
            "asked when the speed cameras on the A61 would be repaired.",
        ),
        ("Mr Tom Ravel", None, 14, "asked whether the station would reopen."),
        ("Cllr Ann Lee", None, 18, "asked how many officers were on patrol."),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["A question was received from the Fenby Society about parking."],
        ["Councillor Hale, who asked the question, thanked the Commissioner."],
        ["A letter was received from Mr A Bird, who asked for a reply."],
    ],
)
def test_no_received_question_without_its_asker_and_who_asked(lines: list[str]) -> None:
    assert received_questions([Line(n, t) for n, t in enumerate(lines, 1)], "4") == []


def test_a_quoted_question_under_its_asker_labelled_alone() -> None:
    """ "2) Mrs Ruth Onslow (Fenby Cycle Forum):" over the quoted question: the label's
    asker and organisation, the question up to its mark; the answer is not kept."""
    body = _lines(
        "Two questions had been agreed in advance by the Chair:",
        "2) Mrs Ruth Onslow (Fenby Cycle Forum):",
        '"Cyclists on the ring road report near misses every week. Will the Commissioner',
        'fund more patrols at the Mill Street junction?"',
        "The Commissioner said patrols would be reviewed.",
        "Councillor Dev Khatri:",
        '"How many officers were recruited this year?"',
        "Councillor Mia Shaw:",
        "She thanked the officers for the report.",
    )
    found = labelled_questions(body, "12")
    assert [(q.asker_as_written, q.organisation_name, q.text[:20], q.line) for q in found] == [
        ("Mrs Ruth Onslow", "Fenby Cycle Forum", "Cyclists on the ring", 2),
        ("Councillor Dev Khatri", None, "How many officers we", 6),
    ]
    assert found[0].text.endswith("Mill Street junction?")


def test_asker_of_a_named_association_speaks_for_it() -> None:
    body = [
        Line(10, "Mrs J Hale of Eastby Cycling Club asked when the lanes would reopen."),
        Line(11, "Mr P Dunn of Mill Lane, Eastby asked about the bus stop."),
    ]
    found = asked_questions(body, "7")
    assert [(q.asker_as_written, q.organisation_name) for q in found] == [
        ("Mrs J Hale", "Eastby Cycling Club"),
        ("Mr P Dunn", None),
    ]


def test_an_asker_whose_asked_falls_on_the_next_line() -> None:
    lines = [
        Line(31, "One question had been received. Mr Ned Ollard of the Brookby Walking"),
        Line(32, "Group asked when the towpath would reopen. The Commissioner replied"),
        Line(33, "that he would write to him."),
    ]
    [question] = asked_questions(lines, "4")
    assert question.asker_as_written == "Mr Ned Ollard"
    assert question.organisation_name == "Brookby Walking Group"
    assert question.text == "asked when the towpath would reopen."
    assert question.line == 31


def test_a_line_that_asks_itself_is_not_read_as_wrapped() -> None:
    lines = [
        Line(1, "Mr Ned Ollard asked when the towpath would reopen."),
        Line(2, "Members asked about the budget."),
    ]
    assert [q.line for q in asked_questions(lines, "4")] == [1]


def test_an_introduced_question_in_single_curly_quotes_loses_them() -> None:
    lines = _lines(
        "Councillor Ann Lee had given notice of the following question to the Leader",
        "",
        "‘Will the library open on Sundays?’",
    )
    [question] = introduced_questions(lines, "7")
    assert (question.asker_as_written, question.text, question.line) == (
        "Councillor Ann Lee",
        "Will the library open on Sundays?",
        3,
    )


def test_a_question_queried_or_enquired_by_a_resident_named_with_their_street() -> None:
    """ "queried" and "enquired" report a question as "asked" does; a street (and town)
    between commas after the name, with no "of", is where the asker lives: no body; two
    names before the verb are no asker; a member's "queried" after an answer follows up
    the question put (only the public's is read)."""
    body = [
        Line(1, "Mr R. Penhallow, Quarry Road, Llanfenby queried whether the bus shelter"),
        Line(2, "would be replaced. The Clerk would make enquiries."),
        Line(3, ""),
        Line(4, "Mrs D. Iorwerth, 14 Mill Lane, enquired when the footpath would reopen."),
        Line(5, ""),
        Line(6, "Cllr A Reid, Cllr B Moss queried the budget."),
        Line(7, ""),
        Line(8, "Cllr Dunn queried how victims could report, and the Commissioner replied."),
    ]
    found = asked_questions(body, "3")
    assert [(q.asker_as_written, q.organisation_name, q.line, q.text) for q in found] == [
        ("Mr R. Penhallow", None, 1, "queried whether the bus shelter would be replaced."),
        ("Mrs D. Iorwerth", None, 4, "enquired when the footpath would reopen."),
    ]


def test_questions_put_before_the_first_minute_belong_to_no_minute() -> None:
    """Some councils take the public's questions before the business: the minutes report
    them above the first numbered minute, the first on the line that opens question time."""
    text = (
        "MINUTES OF THE ASHFORD VALE TOWN COUNCIL MEETING HELD ON 4 MARCH 2021\n\n"
        "PRESENT: Cllr A. Reid (Mayor), Cllr B. Moss\n\n"
        "Before the business, members of the public were invited to ask questions. "
        "Mrs P. Lowe, Mill Lane, Ashford Vale asked whether the bus shelter on the green "
        "would be repaired. The Clerk would write to the county council.\n\n"
        "Mr T. Hale asked why the footpath by the brook had been closed. The Mayor "
        "said it would reopen in May.\n\n"
        "41. APOLOGIES FOR ABSENCE\n\n"
        "Apologies were received from Cllr C. Dunn.\n\n"
        "42. PUBLIC QUESTIONS\n\n"
        "Mr R. Vine asked whether the allotments would be extended.\n"
    )
    document = parse_document(SourceText("town.txt", "0" * 64, text), Diagnostics())
    asked = [(q.asker_as_written, q.line, q.minute_number) for q in document.parts[0].questions]
    assert asked == [("Mrs P. Lowe", 5, None), ("Mr T. Hale", 7, None), ("Mr R. Vine", 15, "42")]


def test_a_question_time_cue_is_cut_from_the_question_on_its_line() -> None:
    lines = [Line(3, "Public question time was opened. Mr A Dee asked whether the hall was let.")]
    assert [li.text for li in question_time_lines("Business", lines)] == [
        "Public question time was opened.",
        "Mr A Dee asked whether the hall was let.",
    ]
    assert [li.number for li in question_time_lines("Business", lines)] == [3, 3]
    alone = [Line(3, "Public question time was opened.")]
    assert question_time_lines("Business", alone) == alone


def test_a_question_before_the_first_minute_is_published_and_linked(tmp_path: Path) -> None:
    """Nothing a document says is dropped: a question put before the business is in
    archive.json, its link points at an id the meeting page gives its paragraph."""
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    (content / "bodies.yaml").write_text("bodies: []\n", "utf-8")
    (content / "documents" / "town.txt").write_text(
        "MINUTES OF THE ASHFORD VALE TOWN COUNCIL MEETING HELD ON 4 MARCH 2021\n\n"
        "PRESENT: Cllr A. Reid (Mayor), Cllr B. Moss\n\n"
        "Before the business, members of the public were invited to ask questions. "
        "Mrs P. Lowe asked whether the bus shelter on the green would be repaired.\n\n"
        "41. APOLOGIES FOR ABSENCE\n\nApologies were received from Cllr C. Dunn.\n",
        "utf-8",
    )
    generate(content, tmp_path / "pages", workers=1)
    data = json.loads((tmp_path / "pages" / "data" / "archive.json").read_text("utf-8"))
    [question] = data["questions"]
    assert question["line"] == 5
    assert question["text"].startswith("asked whether the bus shelter")
    page, anchor = question["url"].split("#")
    text = (tmp_path / "pages" / f"{page.strip('/')}.md").read_text("utf-8")
    assert f"{{: #{anchor} .mb-question }}" in text
