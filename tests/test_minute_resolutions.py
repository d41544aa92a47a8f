"""Each minute's resolution as printed, with its line, in the genre's formulae
(tests/fixtures/minutes/resolution-forms.txt)."""

from __future__ import annotations

import pytest

from minute_fixtures import read_minutes
from minutebook.model import Line
from minutebook.parsing.resolutions import (
    Resolution,
    body_agreed,
    formal,
    formula_under_list,
    passive_decision,
    resolution,
)


def test_resolution_of_each_minute_with_its_line() -> None:
    part, _ = read_minutes("resolution-forms.txt")
    assert [(m.number, m.resolution, m.resolution_line) for m in part.minutes] == [
        (
            "31",
            "RESOLVED that the minutes of the meeting held on 7 November 2016 be approved "
            "as a correct record.",
            7,
        ),
        (
            "32",
            "RESOLVED: (a) that the proposed precept be supported; and (b) that the Panel's "
            "comments be sent to the Commissioner.",
            13,
        ),
        ("33", "Resolved – That the update be noted.", 22),
        ("34", "The Panel agreed to write to the Home Secretary about rural crime.", 27),
        ("35", "AGREED that the schedule of fees be endorsed.", 31),
        ("36", "RECOMMENDED to the host authority that the Panel's budget be increased.", 35),
        ("37", "It was RESOLVED that the Panel supports the appointment.", 39),
        ("38", None, None),
    ]


def test_lettered_paragraphs_and_a_decimal_of_another_minute() -> None:
    """Minute 32's "31.1" would be minute 31's paragraph: not one of minute 32's. Its
    lettered lines are its paragraphs, numbered as printed."""
    part, _ = read_minutes("resolution-forms.txt")
    assert [(p.number, p.key, p.line) for p in part.minutes[1].paragraphs] == [
        ("a", "a", 15),
        ("b", "b", 16),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Commissioner agreed to circulate the figures.",
        "Agreed by all present, the Chair moved on.",
        "Members were resolved to keep the matter under review",
        "The resolution was carried.",
        # a clause before the members, not the body named: "it was agreed" is its own rule
        "As members were unable to attend they approved the minutes later",
    ],
)
def test_not_a_resolution(text: str) -> None:
    assert not formal(text)
    assert not body_agreed(text)


@pytest.mark.parametrize(
    "text",
    [
        "RESOLVED",
        "Resolved:",
        "**RESOLVED** that",
        "Agreed – that",
        "(2) RESOLVED that",
        "Resolved (unanimously) that the plan be adopted.",
        "Resolved (Key Decision) – That the budget be approved.",
        "Decision – That the revised budget be approved.",
        "Decision – (a) That the report be noted;",
    ],
)
def test_formal_resolution(text: str) -> None:
    assert formal(text)


def test_a_decision_word_and_dash_opening_no_decision_is_prose() -> None:
    assert not formal("Decision – the Cabinet will meet again in May.")
    assert not formal("Decisions - Budget Setting Timetable")


def test_lead_in_forms_take_what_follows() -> None:
    lines = [Line(1, "RESOLVED UNANIMOUSLY:"), Line(2, ""), Line(3, "That the plan be adopted.")]
    assert resolution(lines) == Resolution("RESOLVED UNANIMOUSLY: That the plan be adopted.", 1)
    # a list stops at the first line that is not an item
    lines = [
        Line(1, "RESOLVED that:"),
        Line(2, "1. the report be noted;"),
        Line(3, "2. a further report be brought in March."),
        Line(4, "The meeting closed at 4pm."),
    ]
    assert resolution(lines) == Resolution(
        "RESOLVED that: 1. the report be noted; 2. a further report be brought in March.", 1
    )


def test_lead_in_with_the_vote_in_brackets() -> None:
    lines = [Line(1, "RESOLVED (by 6 votes to 3) that:"), Line(2, "(a) the lease be granted.")]
    assert resolution(lines) == Resolution(
        "RESOLVED (by 6 votes to 3) that: (a) the lease be granted.", 1
    )
    # a bracket that is no note of the vote does not make a sentence a formula
    assert not formal("Resolved (in part) issues were listed in the appendix.")


def test_lead_in_over_the_decision_on_the_next_line() -> None:
    """ "Resolved:" on a line of its own, "That ..." on the next one with text."""
    part, _ = read_minutes("number-on-its-own-line.txt")
    last = part.minutes[-1]
    assert (last.resolution, last.resolution_line) == (
        "Resolved: That the annual report be noted.",
        29,
    )


def test_a_decision_label() -> None:
    part, _ = read_minutes("cited-unnumbered-and-labels.txt")
    assert (part.minutes[-1].resolution, part.minutes[-1].resolution_line) == (
        "Decision: That the draft plan be supported.",
        20,
    )


def test_passive_and_unanimous_decisions() -> None:
    """A confirmation of minutes told in the passive, "UNANIMOUSLY RESOLVED", a decision
    word in capitals after "was", "Unanimously agreed:"; a clerk's report of what another
    body approved is not this body's decision."""
    part, _ = read_minutes("passive-and-unanimous-decisions.txt")
    assert [(m.number, m.resolution, m.resolution_line) for m in part.minutes] == [
        (
            "41",
            "The minutes of the meeting held on 14 February 2022, having been circulated, "
            "were approved as a correct record and signed by the Chairman.",
            7,
        ),
        (
            "42",
            "UNANIMOUSLY RESOLVED that the Town Council objects to the application on "
            "highway safety grounds.",
            13,
        ),
        ("43", "The quotation from Fenby Supplies was AGREED.", 19),
        ("44", "Unanimously agreed: that the correspondence be noted.", 25),
        ("45", None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minutes of the meeting held on 2 May 2021 were approved as a correct record.",
        # received as the record, or found correct, as panels and parishes say it
        "The minutes of the Panel meeting held on 24th June were received as a correct record.",
        "The minutes of the meeting held on May 16th were found to be correct.",
        "The minutes were AGREED and signed by the Chair.",
        "The recommendations in the report were duly ENDORSED.",
        # what was found first, then the decision's word in capitals
        "The Minutes of 3 March, copies of which had been circulated, were found correct and "
        "APPROVED.",
        "The proposal was moved, seconded and AGREED.",
        "The minutes of the last meeting were reviewed and agreed",  # read first, no stop
        # the Scottish singular, under a heading that names the meeting
        "The minute was approved as an accurate record.",
        "The minute was approved subject to the correction of the sederunt.",
        # adopted on a motion, as boards and councils record it
        "The minutes were adopted on the proposal of Councillor Vane, seconded by Mr Orme.",
        # an adverb between, as clerks print it, in commas or not
        "The Minutes of the last meeting, which was held on 2 June, were then confirmed.",
        "The minutes were, unanimously, approved as a correct record.",
        "It was, unanimously, agreed for the Chair to reply to the trust.",
        "It was agreed unanimously that the Clerk write to the trust.",
    ],
)
def test_passive_decision(text: str) -> None:
    assert passive_decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Clerk said the minutes of the district forum were approved by its members.",
        "The plans were agreed by the developer last year.",  # no capitals, not minutes
        "The minutes of the meeting were circulated with the agenda.",
        "The plans were found correct and approved by the developer.",  # no capitals
        "The minute's silence was observed by all present.",
        "The Clerk said the minutes of the forum were adopted by its members.",
    ],
)
def test_not_a_passive_decision(text: str) -> None:
    assert not passive_decision(text)


def test_parish_motions_and_the_formula_inside_a_sentence() -> None:
    """A motion recorded with its mover, seconder and outcome; "it was resolved that"
    inside a sentence; a sentence that only mentions seconding and approving is none."""
    part, _ = read_minutes("parish-motions-and-counts.txt")
    assert [(m.number, m.resolution_line) for m in part.minutes] == [
        ("16/61", None),
        ("16/62", 10),
        ("16/63", 13),
        ("16/64", None),
    ]
    assert part.minutes[1].resolution == (
        "Proposed by Cllr Ketley, seconded by Cllr Ambrose and unanimously approved as a "
        "true record."
    )


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the formula after the mover and seconder, on one line and broken before "that"
        (
            ("It was proposed by Cllr Amos, seconded by Cllr Bligh and RESOLVED that the "
             "minutes be approved.",),
            Resolution("RESOLVED that the minutes be approved.", 1),
        ),
        (
            ("After discussion it was proposed by Cllr Amos, seconded by Cllr Bligh and RESOLVED",
             "that the rents remain at £40 per plot."),
            Resolution("RESOLVED that the rents remain at £40 per plot.", 1),
        ),
        # the formula after a sentence on its line, in capitals and in any case
        (
            ("Members considered the quotes. AGREED that the lowest be accepted.",),
            Resolution("AGREED that the lowest be accepted.", 1),
        ),
        (
            ("16/0412 – Rose Cottage: rear extension. Resolved: no objection.",),
            Resolution("Resolved: no objection.", 1),
        ),
        # "it was resolved that" inside a sentence: the decision from the formula on
        (
            ("Cllr Eddo was nominated and it was resolved that he be Vice Chairman.",),
            Resolution("it was resolved that he be Vice Chairman.", 1),
        ),
        # the formula in small letters after a mover and seconder, a colon after it
        (
            ("The Mayor proposed, the Deputy Mayor seconded, and it was resolved:",
             "That the minutes be agreed as a correct record."),
            Resolution("it was resolved: That the minutes be agreed as a correct record.", 1),
        ),
        (  # who decided named before the outcome: the sentence decides, as printed
            ("Cllr Amos proposed, Cllr Bligh seconded and Members agreed the minutes.",),
            Resolution("Cllr Amos proposed, Cllr Bligh seconded and Members agreed the "
                       "minutes.", 1),
        ),
        (  # no colon: the sentence decides, as printed
            ("Moved by Cllr Amos, seconded by Cllr Bligh and agreed to renew the lease.",),
            Resolution("Moved by Cllr Amos, seconded by Cllr Bligh and agreed to renew the "
                       "lease.", 1),
        ),
    ],
)  # fmt: skip
def test_the_formula_inside_a_line_starts_the_decision(
    texts: tuple[str, ...], expected: Resolution
) -> None:
    assert resolution(_lines(*texts)) == expected


def test_the_first_decision_of_the_minute_in_any_form() -> None:
    """A minute's first decision, whether in the passive ("The following payments were
    approved:") or formal: the genre's record of each minute's first decision."""
    lines = _lines(
        "a) The following payments were approved:",
        "Fenby Grounds Ltd\tGrass cutting\t£240.00",
        "b) It was RESOLVED to accept the internal auditor's report.",
    )
    assert resolution(lines) == Resolution("The following payments were approved:", 1)


def test_a_decisions_label_over_a_lettered_list() -> None:
    lines = _lines(
        "Decisions:",
        "(a) a grant of £250 be made to the youth club;",
        "(b) the request from the players be deferred.",
        "The Mayor thanked the Clerk.",
    )
    assert resolution(lines) == Resolution(
        "Decisions: (a) a grant of £250 be made to the youth club; (b) the request from "
        "the players be deferred.",
        1,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Members noted the report. Resolved matters were listed in the appendix.",
        "The officer explained. Agreed by all present, the Chair moved on.",
        "The following items were noted: the budget and the plan.",
        "The following were present for the item: Cllr Amos.",
        "It was proposed by Cllr Amos and seconded by Cllr Bligh that the item be deferred.",
    ],
)
def test_not_a_decision_inside_a_line(text: str) -> None:
    assert resolution(_lines(text)) is None


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the body confirms the minutes in the active voice
        (
            ("The Committee confirmed the minutes of the meeting held on 3 March as a true "
             "record and they were signed by the Chair.",),
            Resolution("The Committee confirmed the minutes of the meeting held on 3 March "
                       "as a true record and they were signed by the Chair.", 1),
        ),
        (
            ("The meeting agreed the minutes represented a true record.",),
            Resolution("The meeting agreed the minutes represented a true record.", 1),
        ),
        # the chair signing the minutes as correct: the body confirming them
        (
            ("The Chairman signed the minutes of the 9 March and 28 July meetings as correct "
             "records.",),
            Resolution("The Chairman signed the minutes of the 9 March and 28 July meetings "
                       "as correct records.", 1),
        ),
        # the body named in full, and the record's own words with no "The" before them
        (
            ("The Local Area Committee approved the minute of its meeting held on 3 June.",),
            Resolution("The Local Area Committee approved the minute of its meeting held on 3 "
                       "June.", 1),
        ),
        (
            ("Minutes of the Parish Meeting of 7 September were discussed and signed.",),
            Resolution("Minutes of the Parish Meeting of 7 September were discussed and "
                       "signed.", 1),
        ),
        # words before "minutes" in the passive confirmation
        (
            ("The decisions and minutes of the last meeting were approved as a correct record.",),
            Resolution("The decisions and minutes of the last meeting were approved as a "
                       "correct record.", 1),
        ),
        (
            ("The exempt minutes of the meeting held on 9 June were confirmed.",),
            Resolution("The exempt minutes of the meeting held on 9 June were confirmed.", 1),
        ),
        (
            ("The above minutes were accepted as a true record.",),
            Resolution("The above minutes were accepted as a true record.", 1),
        ),
        # the formula in capitals inside a sentence: the decision from the formula on
        (
            ("Members considered and RESOLVED to adopt the internal audit report.",),
            Resolution("RESOLVED to adopt the internal audit report.", 1),
        ),
        (
            ("With the Vice-Chair absent the Council RESOLVED to elect Cllr Oduya to the chair.",),
            Resolution("RESOLVED to elect Cllr Oduya to the chair.", 1),
        ),
        # ... and in the passive from "it was" on, as "it was resolved that" is read
        (
            ("Members read the statements and it was RESOLVED to tick every box.",),
            Resolution("it was RESOLVED to tick every box.", 1),
        ),
    ],
)  # fmt: skip
def test_minutes_confirmed_by_the_body_and_capitals_in_a_sentence(
    texts: tuple[str, ...], expected: Resolution
) -> None:
    assert resolution(_lines(*texts)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Committee noted the minutes of the Fenby Forum.",  # noting is no confirming
        "The Clerk approved the minutes for circulation.",  # not the body
        "Officers resolved to look again at the figures.",  # lower case, not the body
        "The RESOLVED items were listed in the appendix.",  # no linking word
    ],
)
def test_not_a_confirmation_nor_capitals_in_a_sentence(text: str) -> None:
    assert resolution(_lines(text)) is None


def test_a_decision_broken_over_lines_is_read_whole() -> None:
    """PDF text breaks a decision's sentence over lines: the lines that carry it on are
    joined, up to its stop; a new sentence, a blank line or a list item ends it."""
    lines = _lines(
        "RESOLVED that the minutes of the meeting held on 8 May be approved as a",
        "\tcorrect record and signed by the Chair.",
        "The Chair signed them.",
    )
    assert resolution(lines) == Resolution(
        "RESOLVED that the minutes of the meeting held on 8 May be approved as a correct "
        "record and signed by the Chair.",
        1,
    )
    # after a word no sentence ends with, a capital carries it on too
    lines = _lines("AGREED that the report be sent to the", "Cabinet Member for Roads.")
    assert resolution(lines) == Resolution(
        "AGREED that the report be sent to the Cabinet Member for Roads.", 1
    )
    # a line without a stop followed by a new sentence: not joined
    lines = _lines("RESOLVED that the report be noted", "The Chair thanked the officers.")
    assert resolution(lines) == Resolution("RESOLVED that the report be noted", 1)
    # nor over a blank line, nor onto a table row
    lines = _lines("RESOLVED that the payments be made to", "", "the following suppliers.")
    assert resolution(lines) == Resolution("RESOLVED that the payments be made to", 1)
    lines = _lines("AGREED that the grants be paid to", "Fenby Scouts\t£200")
    assert resolution(lines) == Resolution("AGREED that the grants be paid to", 1)


def test_a_list_item_broken_over_lines_and_a_list_under_an_open_sentence() -> None:
    lines = _lines(
        "RESOLVED that:",
        "1. the report be",
        "noted; and",
        "2. a further report come in March.",
        "The meeting closed at 4pm.",
    )
    assert resolution(lines) == Resolution(
        "RESOLVED that: 1. the report be noted; and 2. a further report come in March.", 1
    )
    # "Resolved: that the Board" runs straight into its lettered list
    lines = _lines("Resolved: that the Board", "a)\tnotes the guidance;", "b)\tagrees the plan.")
    assert resolution(lines) == Resolution(
        "Resolved: that the Board a) notes the guidance; b) agrees the plan.", 1
    )


def test_a_lead_in_over_a_lead_in_and_a_capital_lettered_list() -> None:
    """ "RESOLVED:" / "That Cabinet:" / "A: Welcomes ...": the second lead-in and the list
    under it are all the decision."""
    lines = _lines(
        "RESOLVED:",
        "",
        "That Cabinet:",
        "A:\tWelcomes the review of the scheme.",
        "B:\tAgrees its recommendations.",
        "The Leader thanked the Committee.",
    )
    assert resolution(lines) == Resolution(
        "RESOLVED: That Cabinet: A: Welcomes the review of the scheme. B: Agrees its "
        "recommendations.",
        1,
    )


def test_a_decision_label_alone_on_its_line() -> None:
    """ "Decision" printed alone as a heading over the decision (Scottish councils'
    minutes): the decision is the text under it, from its own line."""
    lines = _lines("Decision", "", "To approve the minute of 3 May as a correct record.")
    assert resolution(lines) == Resolution("To approve the minute of 3 May as a correct record.", 3)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a capitals heading over "That ...", its sentence wrapped over two lines
        (
            ("The Director reported on the review.", "", "DECISION",
             "That the revised staffing structure be approved for consultation with staff",
             "and trade unions.", "", "Next item"),
            Resolution("That the revised staffing structure be approved for consultation "
                       "with staff and trade unions.", 4),
        ),
        # over numbered decisions: every item, the numbers kept
        (
            ("DECISION", "(1) That the update be noted.",
             "(2) That the Treasurer report again in March.", "", "The Chair closed."),
            Resolution("(1) That the update be noted. (2) That the Treasurer report again "
                       "in March.", 2),
        ),
        # with its colon too: the decision is the clause, from its own line
        (
            ("Decision:", "That the draft plan be supported."),
            Resolution("That the draft plan be supported.", 2),
        ),
    ],
)  # fmt: skip
def test_a_decision_heading_over_the_decision(texts: tuple[str, ...], expected: Resolution) -> None:
    assert resolution(_lines(*texts)) == expected


@pytest.mark.parametrize("label", ["DECISION", "Decision:"])
def test_a_decision_label_with_nothing_under_it_is_no_decision(label: str) -> None:
    """A template's label left empty at the end of its minute."""
    assert resolution(_lines("Members discussed the plan.", "", label, "")) is None


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ("RECOMMENDED to the Shadow Authority",
             "That the interim drainage arrangements be adopted from 1 April."),
            Resolution("RECOMMENDED to the Shadow Authority That the interim drainage "
                       "arrangements be adopted from 1 April.", 1),
        ),
        (
            ("RESOLVED to recommend to Council", "", "That the fees be increased by 3%",
             "from 1 April.", "", "The Chair thanked officers."),
            Resolution("RESOLVED to recommend to Council That the fees be increased by 3% "
                       "from 1 April.", 1),
        ),
    ],
)  # fmt: skip
def test_a_formula_addressed_to_another_body_over_its_clause(
    texts: tuple[str, ...], expected: Resolution
) -> None:
    assert resolution(_lines(*texts)) == expected


def test_a_formula_ending_its_sentence_takes_no_clause_below() -> None:
    lines = _lines("RECOMMENDED to Council that the fees be increased.", "That was all.")
    assert resolution(lines) == Resolution("RECOMMENDED to Council that the fees be increased.", 1)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the body deciding after a clause and its comma, or after "and"
        (
            ("There was submitted a report by the Head of Roads.",
             "Following questions from members, the Committee agreed to note the report."),
            Resolution("the Committee agreed to note the report.", 2),
        ),
        (
            ("The motion was declared carried and the Committee agreed to approve the",
             "recommendations in the report."),
            Resolution("the Committee agreed to approve the recommendations in the report.", 1),
        ),
        # "It was agreed that" after a sentence on its line
        (
            ("The Clerk reported a complaint about the footpath to Bryn Lane. It was agreed that",
             "the Clerk write to the rights of way officer."),
            Resolution("It was agreed that the Clerk write to the rights of way officer.", 1),
        ),
        # a "DECISION" label over the body's decision: the decision is the next line
        (
            ("DECISION", "",
             "The Sub-Committee RESOLVED that the application be GRANTED.", "", "REASONS"),
            Resolution("The Sub-Committee RESOLVED that the application be GRANTED.", 3),
        ),
    ],
)  # fmt: skip
def test_the_body_deciding_inside_a_sentence_and_under_a_label(
    texts: tuple[str, ...], expected: Resolution
) -> None:
    assert resolution(_lines(*texts)) == expected


def test_a_community_councils_decided_and_instructed_are_its_decisions() -> None:
    lines = _lines(
        "Mr A Reid said the verge had been mended. It was decided that the signs should",
        "stay.",
    )
    assert resolution(lines) == Resolution("It was decided that the signs should stay.", 1)
    instructed = _lines("The Clerk was instructed to order two new benches.")
    assert resolution(instructed) == Resolution(
        "The Clerk was instructed to order two new benches.", 1
    )
    assert resolution(_lines("The Clerk was asked whether the bus ran.")) is None
    reported = "The forum had lapsed. Therefore, it was decided that the Board would replace it."
    assert resolution(_lines(reported)) is None


def test_a_decision_to_carry_the_discussion_forward_is_no_decision() -> None:
    lines = _lines(
        "It was decided that the play area item should be held over until the",
        "spring.",
    )
    assert resolution(lines) is None


def test_a_formal_decision_is_preferred_to_the_body_agreeing_inside_a_sentence() -> None:
    lines = _lines(
        "After discussion, the Committee agreed to defer the item.",
        "RESOLVED – That the item be deferred to March.",
    )
    assert resolution(lines) == Resolution("RESOLVED – That the item be deferred to March.", 2)


@pytest.mark.parametrize(
    "text",
    [
        "The Chair said that the Committee agreed to meet in May last year.",  # reported
        "Following questions, the Commissioner agreed to write to members.",  # not the body
        "Members noted the report, the Committee having agreed it in June.",  # no decision
        "Cllr Amos recalled that it was the view of officers that the bridge be shut.",
        "The Chairman signed the attendance register.",  # no minutes confirmed
        "The Chairman signed the minutes of the working group.",  # not as a correct record
    ],
)
def test_not_the_body_deciding_inside_a_sentence(text: str) -> None:
    assert resolution(_lines(text)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decision: It was RESOLVED that the grant be made.",
         "It was RESOLVED that the grant be made."),
        ("Resolution: AGREED that the fees rise.", "AGREED that the fees rise."),
        ("Decision: Resolved – That the plan be noted.", "Resolved – That the plan be noted."),
        # no formula after the label: the label is the formula, kept
        ("Decision: That the training plan be noted.",
         "Decision: That the training plan be noted."),
    ],
)  # fmt: skip
def test_a_template_label_before_a_formula_on_its_line(text: str, expected: str) -> None:
    lines = _lines("Business: The officer reported.", "", text)
    assert resolution(lines) == Resolution(expected, 3)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the body named with the words that say which: a Scottish joint board's lead-in
        (
            ("The Integration Joint Board resolved:-",
             "(i)  to note the projected position;", "(ii) to ask for a recovery plan."),
            Resolution("The Integration Joint Board resolved:- (i) to note the projected "
                       "position; (ii) to ask for a recovery plan.", 1),
        ),
        (
            ("The Health and Wellbeing Board agreed to note the report.",),
            Resolution("The Health and Wellbeing Board agreed to note the report.", 1),
        ),
        (
            ("Following discussion, the Integration Joint Board resolved:-",
             "(i)  to approve the draft plan."),
            Resolution("the Integration Joint Board resolved:- (i) to approve the draft "
                       "plan.", 1),
        ),
    ],
)  # fmt: skip
def test_a_body_named_with_qualifying_words_deciding(
    texts: tuple[str, ...], expected: Resolution
) -> None:
    assert resolution(_lines(*texts)) == expected


def test_a_lead_in_over_its_decision_a_few_blank_lines_below() -> None:
    """A web page saved as text spaces its lines: "The Board resolved:" stands three blank
    lines over what it decided."""
    body = _numbered("The Board resolved:", "", "", "", "To approve the minute.", "", "Next.")
    found = resolution(body)
    assert found is not None
    assert found.text == "The Board resolved: To approve the minute."
    assert found.line == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Chair of the Board agreed to write to the minister.",  # a person, not the body
        "The report to the Board agreed with the auditors' findings.",  # not the body
        "The Council Leader agreed to meet the residents.",  # a person named by the body
    ],
)
def test_not_a_body_named_with_qualifying_words(text: str) -> None:
    assert resolution(_lines(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "The minute of meeting of the Board of 28 September 2022 was submitted and approved.",
        "The minute of the meeting of this Committee of 4th May, 2021 was approved.",
        "The minutes of the meeting held on 3 May were submitted and approved.",
    ],
)
def test_the_record_of_the_last_meeting_submitted_and_approved(text: str) -> None:
    assert passive_decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minute's silence was observed and the Chair approved of it.",  # no record
        "The minute of meeting of the Board of 28 September 2022 was submitted.",  # no outcome
    ],
)
def test_not_the_record_of_the_last_meeting_approved(text: str) -> None:
    assert not passive_decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Minutes of the meeting held on 2 March, having been circulated, were taken as "
        "read and signed as a correct record.",
        "The minutes of the last meeting were taken as read.",
        # PDF text broken right after "taken as": the line ends there
        "The Minutes of the meeting held on 9 July 2011, having been circulated, were taken as",
        # a stop inside the reference to the minutes' numbers
        "The Minutes of the Licensing Committee held on 12th March 2008 (Minute Nos. 418 -"
        " 421) were taken as read, approved and signed by the Chairman as a correct record.",
        "The Minutes of the meeting held on 3 May (Minute No. 41 - 48) were approved.",
    ],
)
def test_minutes_taken_as_read(text: str) -> None:
    assert passive_decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minutes were taken as an appendix to the report.",  # no "read", more follows
        "The Clerk said the minutes were taken as read at the last meeting.",  # not the record
    ],
)
def test_not_minutes_taken_as_read(text: str) -> None:
    assert not passive_decision(text)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["a) Payments for May 2024. It was RESOLVED to approve the payments below."],
            "It was RESOLVED to approve the payments below.",
        ),
        (
            ["The budget was discussed and it was resolved to refer it to the committee."],
            "it was resolved to refer it to the committee.",
        ),
        (
            ["The Clerk reported on the verges. It was agreed to write to the county."],
            "It was agreed to write to the county.",
        ),
    ],
)
def test_it_was_resolved_to_after_a_sentence(lines: list[str], expected: str) -> None:
    """'It was RESOLVED to ...' after a sentence on its line: the decision starts at the
    formula, "to" linking it as "that" does."""
    body = [Line(n, text) for n, text in enumerate(lines, start=1)]
    assert resolution(body) == Resolution(expected, 1)


@pytest.mark.parametrize(
    "text",
    [
        "It was resolved, after some debate, that nothing more be said.",
        "Members asked whether it was agreed policy to charge for parking.",
    ],
)
def test_not_it_was_resolved_to(text: str) -> None:
    assert not passive_decision(text)


def _numbered(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize("label", ["Decision", "DECISION", "Decision:-", "Decision:"])
def test_a_decision_label_over_the_body_noting(label: str) -> None:
    """The Scottish block: a "Decision" label over the body's sentence, whatever verb."""
    body = _numbered("There was submitted a report.", "", label, "", "The Board noted the report.")
    found = resolution(body)
    assert found is not None
    assert found.text.endswith("The Board noted the report.")


def test_the_body_alone_over_its_lettered_list() -> None:
    body = _numbered(
        "There was submitted a report by the Director.",
        "The Committee:-",
        "(a) noted the analysis in the report;",
        "(b) requested a further report in June.",
        "",
        "The Director undertook to circulate the figures.",
    )
    assert resolution(body) == Resolution(
        "The Committee:- (a) noted the analysis in the report; (b) requested a further "
        "report in June.",
        2,
    )


@pytest.mark.parametrize(
    "text", ["The Committee of the Whole", "The Committee: members present", "Committee:-"]
)
def test_no_body_over_a_list(text: str) -> None:
    assert not body_agreed(text)


@pytest.mark.parametrize("formula", ["RESOLVED:-", "Resolved:–", "The Sub-Committee resolved:-"])
def test_a_formula_on_its_colon_and_dash_over_its_clause(formula: str) -> None:
    body = _numbered(formula, "to note the report and thank the officers.", "", "Next.")
    found = resolution(body)
    assert found is not None
    assert found.text == f"{formula} to note the report and thank the officers."
    assert found.line == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Committee approved the minute as a correct record.",
        "The Board approved the minute of its meeting of 3 May 2016.",
    ],
)
def test_the_body_approving_the_minute_in_the_singular(text: str) -> None:
    assert passive_decision(text)


def test_a_minute_s_silence_is_no_confirmation() -> None:
    assert not passive_decision("The Committee observed the minute's silence for Cllr Ash.")


@pytest.mark.parametrize(
    "text",
    [
        "Proposed Cllr Oake, seconded Cllr Penn, resolved to approve the payments.",
        "Proposed by Cllr Oake, seconded by Cllr Penn, all agreed.",
        "Proposed Cllr Oake, seconded Cllr Penn, RESOLVED that the minutes be signed.",
    ],
)
def test_a_motion_with_its_outcome_after_a_comma(text: str) -> None:
    assert passive_decision(text)


def test_a_proposal_not_yet_decided_is_no_decision() -> None:
    assert not passive_decision("Cllr Oake proposed a change, seconded by Cllr Penn, to debate.")


@pytest.mark.parametrize(
    "text",
    [
        "It was proposed by Cllr Lyle and resolved to go into closed session.",
        "It was moved by Cllr Lyle and agreed, to hold a staff meeting on 3 May.",
    ],
)
def test_a_motion_with_no_seconder_printed(text: str) -> None:
    assert passive_decision(text)


def test_a_proposal_without_its_outcome_is_no_decision() -> None:
    assert not passive_decision("It was proposed by Cllr Lyle that the item be deferred.")


@pytest.mark.parametrize("text", ["Agreed.", "Approved", "Unanimously agreed and signed."])
def test_the_decision_word_alone_is_the_decision(text: str) -> None:
    assert formal(text)


@pytest.mark.parametrize(
    "text", ["Agreed by all present to be a fair point.", "Carried forward", "agreed.",
             "unanimously agreed. Cllr Ash signed the declaration."]
)  # fmt: skip
def test_the_decision_word_opening_prose_is_no_decision(text: str) -> None:
    assert not formal(text)


def test_minutes_held_as_read() -> None:
    assert passive_decision("The Minutes were held as read and APPROVED.")


@pytest.mark.parametrize(
    ("text", "decides"),
    [
        ("The Committee APPROVED the scheme.", True),
        ("Members AGREED the response to the consultation.", True),
        ("The Forum NOTED the position.", False),
        ("The Committee noted the report of the Director.", False),
        ("The Chair NOTED the time.", False),
    ],
)
def test_the_body_s_verb_in_capitals(text: str, decides: bool) -> None:
    assert body_agreed(text) is decides


def test_community_council_decisions_and_public_questions() -> None:
    """An invented community council minute: a "Decision:-" label, the body alone on its
    colon and dash over a list, parish motions, and public participation as bullets."""
    part, _ = read_minutes("community-council-decision-colons.txt")
    assert [(m.number, m.resolution, m.resolution_line) for m in part.minutes] == [
        ("1", "The Council approved the minute as a correct record.", 14),
        ("2", None, None),
        (
            "3",
            "The Council:- (a) accepted the lower quotation, from Brannock Surfacing Ltd; "
            "and (b) asked the Secretary to arrange the work for April.",
            27,
        ),
        (
            "4",
            "Proposed Cllr Mowbray, seconded Cllr Kell, resolved to hold two litter picks in May.",
            33,
        ),
        (
            "5",
            "It was proposed by Cllr Abernethy and resolved to appoint Cllr Kell to the "
            "Hall Committee.",
            37,
        ),
    ]
    assert [(q.asker_as_written, q.text, q.line) for q in part.questions] == [
        (
            "Mr Ruairidh Dunmore",
            "asked whether the slipway would be repaired before the summer.",
            18,
        ),
        ("Mrs Senga Pollock", "asked when the hall heating would be serviced", 20),
    ]


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("ORDERED that the Clerk write to the Chief Constable.", "ORDERED that the Clerk"),
        ("Ordered: That the report be received.", "Ordered: That the report"),
        ("(2)RESOLVED unanimously that Mr A Lister be elected Chairman.", "RESOLVED unanimously"),
        ("(b)Agreed: that the scheme be adopted.", "Agreed: that the scheme"),
        ("3.RESOLVED that the precept be set.", "RESOLVED that the precept"),
        ("12 VOTE OF THANKS ORDERED that Ms Dee be thanked.", "ORDERED that Ms Dee"),
    ],
)
def test_ordered_and_a_paragraph_number_glued_to_the_formula(text: str, decision: str) -> None:
    """The police authorities' "ORDERED that" (in the older councils' case too), and a
    paragraph number whose space the conversion lost: the decision starts at its word."""
    found = resolution([Line(1, "The Treasurer reported."), Line(2, text)])
    assert found is not None
    assert (found.text[: len(decision)], found.line) == (decision, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Ordered by the Chairman, the items were taken together.",
        "(2)The Treasurer ordered that the figures be checked.",
        "The equipment ordered to replace the radios had arrived.",
        "(3)Resolution of the budget position was awaited.",
    ],
)
def test_ordered_in_prose_and_glued_numbers_before_prose_are_no_decision(text: str) -> None:
    assert resolution([Line(1, text)]) is None


@pytest.mark.parametrize(
    "lines",
    [
        ["The Sub-Committee agreed to adjourn at 4.10 pm."],
        ["It was agreed to defer consideration of the minutes to the next meeting."],
        ["(2)It was agreed by those present to postpone the item."],
        ["Members agreed to take a short break."],
        ["It was agreed that the meeting be adjourned for ten minutes."],
        ["It was agreed to accept apologies on behalf of Councillor Pell."],
        ["After the deferral of both reports it was agreed that they were due back in May."],
        ["It was agreed that this had been covered under the previous item."],
    ],
)
def test_an_agreement_to_adjourn_or_defer_is_no_decision(lines: list[str]) -> None:
    assert resolution([Line(n, t) for n, t in enumerate(lines, 1)]) is None


def test_the_decision_after_an_agreement_to_pause_is_taken() -> None:
    body = [
        Line(1, "(1)The Panel agreed to take a short break while figures were circulated."),
        Line(2, "(2)The Panel agreed to recommend the revised precept."),
    ]
    assert resolution(body) == Resolution("The Panel agreed to recommend the revised precept.", 2)


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("AGREED to defer the item to the March meeting.", "AGREED to defer"),
        ("RESOLVED that the application be deferred for a site visit.", "RESOLVED that"),
        ("It was agreed that the deferred payments be made.", "It was agreed that"),
        ("The Panel agreed to write to the Minister. The meeting adjourned.", "The Panel"),
    ],
)
def test_a_formal_deferral_or_another_agreement_stays_a_decision(text: str, decision: str) -> None:
    found = resolution([Line(1, text)])
    assert found is not None and found.text.startswith(decision)


def test_a_confirmation_broken_after_its_verb_is_read_across_the_break() -> None:
    """PDF text wraps anywhere: "... were" / "confirmed as a correct record" is the
    minute's decision, on the line it starts on; a sentence running on without a
    decision in it, or a next line that decides on its own, is no such break."""
    body = [
        Line(21, "The Minutes of the meeting of the Planning Committee held on 4 May were"),
        Line(22, "confirmed as a correct record and signed by the Chairman."),
    ]
    found = resolution(body)
    assert found is not None and found.line == 21
    assert found.text.endswith(
        "held on 4 May were confirmed as a correct record and signed by the Chairman."
    )
    prose = [
        Line(5, "The Minutes of the meeting held on 4 May were"),
        Line(6, "circulated with the agenda and discussed at length."),
    ]
    assert resolution(prose) is None
    own = [
        Line(8, "Members discussed the report and"),
        Line(9, "RESOLVED that the report be noted."),
    ]
    decided = resolution(own)
    assert decided is not None and (decided.line, decided.text) == (
        9,
        "RESOLVED that the report be noted.",
    )


@pytest.mark.parametrize(
    "text",
    ["Resolved 2011/042 – That the scheme be adopted.", "RESOLVED 12/7: that the fees be set."],
)
def test_a_resolution_numbered_after_its_word(text: str) -> None:
    """Some councils number each resolution after its word, in any case."""
    assert formal(text)


@pytest.mark.parametrize("text", ["Resolved 12 May was the date set.", "resolved 12/34 cases"])
def test_a_number_after_the_word_without_a_link_is_no_formula(text: str) -> None:
    assert not formal(text)


@pytest.mark.parametrize("word", ["Resolved: That;", "RESOLVED – That", "Resolved that,"])
def test_the_formula_and_that_alone_lead_into_the_clauses_under_them(word: str) -> None:
    body = [
        Line(40, word),
        Line(41, ""),
        Line(42, "(i)\tThe lease of the Corn Exchange be approved;"),
        Line(43, "(ii)\tThe Director be authorised to sign it."),
        Line(44, ""),
        Line(45, "Councillor Vane left the meeting."),
    ]
    found = resolution(body)
    assert found is not None and found.line == 40
    assert found.text == (
        f"{word} (i) The lease of the Corn Exchange be approved; "
        "(ii) The Director be authorised to sign it."
    )


def test_the_body_recommending_in_the_present_tense_over_its_list() -> None:
    body = [
        Line(9, "The proposal had been advertised and no objections had been received."),
        Line(10, "The Committee RECOMMENDS that"),
        Line(11, "1. the revised scale of charges be adopted from 1st June"),
        Line(12, "2007."),
        Line(13, "PART II – MATTERS OF REPORT"),
    ]
    found = resolution(body)
    assert found is not None and found.line == 10
    assert found.text == (
        "The Committee RECOMMENDS that 1. the revised scale of charges be adopted from "
        "1st June 2007."
    )
    assert not body_agreed("The Committee recommends that the item be deferred.")


def test_a_name_or_a_date_broken_by_the_line_end_runs_on() -> None:
    body = [
        Line(31, "RESOLVED"),
        Line(32, ""),
        Line(33, "that the minutes of the meeting of the Housing Overview and Scrutiny"),
        Line(34, "Committee held on 3rd and 17th"),
        Line(35, "March 2014 be confirmed."),
    ]
    found = resolution(body)
    assert found is not None
    assert found.text == (
        "RESOLVED that the minutes of the meeting of the Housing Overview and Scrutiny "
        "Committee held on 3rd and 17th March 2014 be confirmed."
    )
    ended = [
        Line(5, "RESOLVED that the report be noted"),
        Line(6, "Councillor Hale left the meeting."),
    ]
    assert resolution(ended) == Resolution("RESOLVED that the report be noted", 5)
    by_name = [
        Line(5, "RESOLVED that the report be noted by Council"),
        Line(6, "Councillor Hale left the meeting."),
    ]
    assert resolution(by_name) == Resolution("RESOLVED that the report be noted by Council", 5)


def test_agreed_subject_to_a_change_is_the_decision() -> None:
    body = [
        Line(20, "2. Agreed, subject to one change at paragraph 6, where"),
        Line(21, '   "should" is to read "must".'),
    ]
    decided = resolution(body)
    assert decided is not None
    assert decided.text.startswith("Agreed, subject to one change")
    assert decided.line == 20
    assert resolution([Line(5, "Agreed by all present, the walk went ahead.")]) is None


def test_a_formula_straight_under_the_listed_payments_decides_them() -> None:
    """ "The following payments were approved:" over its rows and "RESOLVED - that the
    payments listed be approved" straight under them: the formula is the decision; a
    new lettered paragraph after the rows decides something else."""
    lines = _lines(
        "(b) The following payments were approved:",
        "Mrs A Reid\tClerk's salary\t£410.00",
        "Fenby Grounds Ltd\tGrass cutting\t£240.00",
        "RESOLVED - that the payments listed be approved.",
    )
    assert resolution(lines) == Resolution("RESOLVED - that the payments listed be approved.", 4)
    assert formula_under_list(lines, 0) == 3
    assert formula_under_list(lines, 3) is None
    lettered_after = _lines(
        "The following payments were approved:",
        "Fenby Grounds Ltd\tGrass cutting\t£240.00",
        "(c) RESOLVED to accept the auditor's report.",
    )
    assert formula_under_list(lettered_after, 0) is None
    no_rows = _lines("The following payments were approved:", "RESOLVED - that they be paid.")
    assert formula_under_list(no_rows, 0) is None
    accounts = _lines(
        "(b) The following accounts were approved for payment:",
        "Vale Mowing\tVerge cutting\t£180.00",
        "RESOLVED - that the accounts listed be paid.",
    )
    assert resolution(accounts) == Resolution("RESOLVED - that the accounts listed be paid.", 3)


def test_an_agreement_that_something_be_done_stays_a_decision() -> None:
    found = resolution([Line(1, "It was agreed that it would be raised with the Minister.")])
    assert found is not None and found.text.startswith("It was agreed that it would")


def test_a_decision_label_over_blank_and_space_lines_heads_the_decision() -> None:
    """A web page saved as text: "Decision", a blank, a line of one space, a blank, then
    the decision's first item."""
    body = [
        Line(1, "The Council considered the report of the Leader."),
        Line(2, "Decision"),
        Line(3, ""),
        Line(4, " "),
        Line(5, ""),
        Line(6, "  1. Noted the report."),
    ]
    assert resolution(body) == Resolution("1. Noted the report.", 6)


def test_the_body_resolving_to_over_numbered_clauses_is_its_clauses() -> None:
    body = [
        Line(1, "The Panel RESOLVED to:"),
        Line(2, ""),
        Line(3, "(1) note the report; and"),
        Line(4, "(2) ask for a further update in June."),
    ]
    assert resolution(body) == Resolution(
        "(1) note the report; and (2) ask for a further update in June.", 3
    )


@pytest.mark.parametrize(
    "text",
    [
        "Members reviewed and subject to one correction approved the Minute from 3 May.",
        "The Committee, having heard the clerk, confirmed the minutes of the last meeting.",
    ],
)
def test_minutes_approved_after_a_clause_are_a_decision(text: str) -> None:
    found = resolution([Line(1, text)])
    assert found is not None and found.text == text


@pytest.mark.parametrize(
    "text",
    [
        "Members noted that the Chair had approved the minutes.",
        "The minutes of the Audit Sub-Committee held on 2 May were received and noted.",
    ],
)
def test_another_approving_or_the_minutes_received_is_no_decision(text: str) -> None:
    assert resolution([Line(1, text)]) is None


def test_a_formula_after_a_sentence_and_a_paragraph_number() -> None:
    """Lines run together: "... the branch libraries. 4.2 RESOLVED: That ..."."""
    body = [Line(7, "The Cabinet considered the review. 4.2 RESOLVED: That it be approved.")]
    decided = resolution(body)
    assert decided is not None
    assert decided.text == "RESOLVED: That it be approved."


@pytest.mark.parametrize(
    "text",
    [
        "Resolved by 5 votes to 2 that the report be noted.",
        "RESOLVED by a majority that the report be noted.",
        "RESOLVED by majority vote, with 1 abstention, that the report be noted.",
    ],
)
def test_a_vote_recorded_after_the_formula_without_brackets(text: str) -> None:
    decided = resolution([Line(3, "The report was debated."), Line(4, text)])
    assert decided is not None
    assert (decided.text, decided.line) == (text, 4)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a parish's list of records under its confirmation
        ("The following minutes were read and confirmed", 0),
        # a town council's verb for its committees' minutes
        ("The Minutes of the Finance Committee were ratified as a correct record.", 0),
        # a Scottish board's older form, in the singular
        ("The minute of meeting of this Board of 3rd March, 2031 was held as read.", 0),
        # "that" left out after the formula
        (
            "Members read the minutes. It was unanimously agreed they be signed as a true record.",
            26,
        ),
    ],
)
def test_more_ways_of_confirming_the_record(text: str, start: int) -> None:
    """The record of the last meeting confirmed in the clerks' other words."""
    found = resolution(_lines(text))
    assert found is not None and found.text == text[start:]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Bus Shelter. It was agreed the Clerk would ask for a repair date.", 13),
        ("Litter Bins. It was agreed in future a second bin would be provided.", 13),
    ],
)
def test_agreed_without_that_before_a_clause_with_its_subject(text: str, start: int) -> None:
    """ "It was agreed the Clerk would ...": "that" left out before a clause whose subject
    opens with an article and whose verb is a modal."""
    found = resolution(_lines(text))
    assert found is not None and found.text == text[start:]


def test_agreed_before_a_noun_with_no_modal_clause_is_no_decision_there() -> None:
    found = resolution(_lines("Members discussed it. It was agreed the meeting ran long."))
    assert found is None or not found.text.startswith("It was agreed")


def test_a_passive_decision_takes_its_subject_from_the_lines_above() -> None:
    body = [
        Line(7, "The appointment of Cllrs Moss, Lowe and Pym to the Staffing Committee"),
        Line(8, "were unanimously APPROVED."),
    ]
    assert resolution(body) == Resolution(
        "The appointment of Cllrs Moss, Lowe and Pym to the Staffing Committee"
        " were unanimously APPROVED.",
        7,
    )
    closed = [Line(6, "The Clerk read the letter."), Line(7, "were unanimously APPROVED.")]
    assert resolution(closed) == Resolution("were unanimously APPROVED.", 7)


def test_a_passive_decision_takes_its_subject_broken_before_a_name() -> None:
    # the sentence breaks between "ordinary" and the name "Wyke Parish Council"
    body = [
        Line(18, "The minutes of the ordinary"),
        Line(19, "Wyke Parish Council meeting held on 6th May were APPROVED and signed."),
    ]
    assert resolution(body) == Resolution(
        "The minutes of the ordinary Wyke Parish Council meeting held on 6th May were"
        " APPROVED and signed.",
        18,
    )
    formula = [Line(6, "Members discussed the quotes for the"), Line(7, "RESOLVED to accept.")]
    assert resolution(formula) == Resolution("RESOLVED to accept.", 7)


def test_the_councillors_agreeing_and_a_vote_taken_are_decisions() -> None:
    assert resolution([Line(4, "Councillors agreed that new guidance was needed.")]) == Resolution(
        "Councillors agreed that new guidance was needed.", 4
    )
    assert resolution([Line(5, "Cllrs AGREED this was a helpful addition.")]) == Resolution(
        "Cllrs AGREED this was a helpful addition.", 5
    )
    voted = [Line(6, "After interviews it was unanimously voted upon that Ann Reid be co-opted.")]
    assert resolution(voted) == Resolution(
        "it was unanimously voted upon that Ann Reid be co-opted.", 6
    )
    # a vote on no decision's clause, and a vote as a noun, decide nothing
    assert resolution([Line(7, "It was voted on by show of hands.")]) is None
    assert resolution([Line(8, "Councillors present were thanked for attending.")]) is None
