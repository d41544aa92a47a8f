"""An agenda's or a record's own heading naming its kind ("Notice of Meeting", "COUNCIL
SUMMONS", "Agenda and minutes") is kept as the paper's heading
(`parsing/printed_kind_titles.py`)."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.held_titles import held_title
from minutebook.parsing.splitting import title_start
from opening_facts import parsed

SUMMONS = (
    "{head}\n"
    "You are hereby summoned to attend the ANNUAL MEETING of FENBY TOWN COUNCIL to be held on "
    "Monday 9 May 2022 at the Memorial Hall, Fenby commencing at 7.00 p.m. for the "
    "transaction of the following business:\n"
    "1. Apologies for absence.\n"
    "2. To elect the Mayor for the year.\n"
)


def test_a_summons_heading_is_the_agendas_own() -> None:
    part = parsed(SUMMONS.format(head="COUNCIL SUMMONS")).parts[0]
    assert part.kind is DocumentKind.AGENDA
    assert part.title == "Agenda: Fenby Town Council, 9 May 2022"
    assert part.heading == "COUNCIL SUMMONS"


def test_a_notice_heading_running_into_its_summons_is_cut_at_the_summons() -> None:
    text = (
        "Notice of Meeting I hereby summon you to attend a meeting of Wyke Community Council to "
        "be held in the Village Hall on Wednesday 6 July 2022 at 7pm. To discuss the following:\n"
        "1) To receive apologies for absence.\n"
        "2) To record declarations of interest.\n"
    )
    part = parsed(text).parts[0]
    assert (part.kind, part.heading) == (DocumentKind.AGENDA, "Notice of Meeting")


def test_a_heading_the_title_already_says_is_not_kept() -> None:
    assert parsed(SUMMONS.format(head="AGENDA")).parts[0].heading is None
    assert parsed(SUMMONS.format(head="FENBY TOWN COUNCIL")).parts[0].heading is None


RECORD = (
    "WYKE TOWN COUNCIL\n"
    "{title}\n"
    "Held at 7.00pm on Monday 6 June 2022\n"
    "\n"
    "Present: Cllr. A Reid, Cllr. B Moss.\n"
    "\n"
    "1.  APOLOGIES FOR ABSENCE\n"
    "Apologies were received from Cllr. C Lowe.\n"
)


def test_a_records_undated_title_saying_more_is_its_heading() -> None:
    part = parsed(
        RECORD.format(title="Minutes of the Meeting of the Full Wyke Town Council")
    ).parts[0]
    assert part.title == "Minutes: Wyke Town Council, 6 June 2022"
    assert part.heading == "Minutes of the Meeting of the Full Wyke Town Council"


def test_a_records_title_the_generated_title_holds_is_no_heading() -> None:
    part = parsed(RECORD.format(title="Minutes of the Wyke Town Council")).parts[0]
    assert part.heading is None


def test_a_draft_records_title_line_is_its_heading() -> None:
    part = parsed(RECORD.format(title="DRAFT Minutes of the Meeting of Wyke Town Council")).parts[0]
    assert part.title == "Minutes: Wyke Town Council, 6 June 2022"
    assert part.heading == "DRAFT Minutes of the Meeting of Wyke Town Council"


PAGE = (
    "Agenda and minutes\n\n{line}\n\nVenue: Council Chamber, Elmstead\n\n1.\n\n"
    "APOLOGIES FOR ABSENCE\n\nMinutes:\n\nApologies were received from Councillor Hale.\n"
)


def test_a_committee_pages_heading_keeps_the_meeting_line_under_it() -> None:
    line = "Harbour Licensing Panel - Thursday, 3rd June, 2021 2.00 pm"
    part = parsed(PAGE.format(line=line)).parts[0]
    assert part.kind is DocumentKind.MINUTES
    assert part.heading == f"Agenda and minutes, {line}"
    flagged = parsed(PAGE.format(line=f"{line}, NEW")).parts[0]
    assert flagged.heading == f"Agenda and minutes, {line}"


def test_a_committee_pages_heading_over_any_other_line_stands_alone() -> None:
    part = parsed(PAGE.format(line="Harbour Licensing Panel")).parts[0]
    assert part.heading == "Agenda and minutes"


def test_minutes_of_proceedings_under_the_bodys_name_is_the_records_heading() -> None:
    text = (
        "Council\n\nMinutes of Proceedings\n\n"
        "At the Ordinary Meeting of the Fenby Town Council held in the Guildhall, Fenby on "
        "Thursday 7 April 2022\n\nPresent\n\nCouncillors Reid Moss Lowe\n\n"
        "1 Apologies for absence\n\nApologies were received from Councillor Hale.\n"
    )
    part = parsed(text).parts[0]
    assert part.kind is DocumentKind.MINUTES
    assert part.heading == "Minutes of Proceedings"


HELD = (
    "{title}\n"
    "\n"
    "Present: Cllr A Reid (Chair), Cllr B Moss.\n"
    "\n"
    "1.  APOLOGIES FOR ABSENCE\n"
    "Apologies were received from Cllr C Lowe.\n"
    "RESOLVED that the apologies be accepted.\n"
)


def test_a_records_dated_title_sentence_keeps_its_title_before_held() -> None:
    title = (
        "Minutes of the Annual Meeting of Fenby Parish Council held at the Memorial Hall on "
        "Tuesday 3 May 2022 at 7.30pm"
    )
    part = parsed(HELD.format(title=title)).parts[0]
    assert part.kind is DocumentKind.MINUTES
    assert part.heading == "Minutes of the Annual Meeting of Fenby Parish Council"


def test_a_capitals_title_sentence_keeps_its_title_before_held() -> None:
    text = "WYKE COMMUNITY COUNCIL\n\n" + HELD.format(
        title="MINUTES OF THE COUNCIL MEETING HELD ON 12th JULY 2021, AT THE VILLAGE HALL"
    )
    assert parsed(text).parts[0].heading == "MINUTES OF THE COUNCIL MEETING"


def test_a_title_sentence_without_its_article_keeps_its_title_before_held() -> None:
    title = "Minutes of Annual Meeting of Fenby Parish Council held in the Hall on 3 May 2022."
    assert held_title(title) == "Minutes of Annual Meeting of Fenby Parish Council"


def test_a_scottish_minute_title_sentence_keeps_its_title_before_held() -> None:
    title = (
        "Minute of the meeting of The Fenby Licensing Board, held in the Council Chamber, "
        "Fenby on Tuesday 4th October 2022 at 02.00pm."
    )
    part = parsed(HELD.format(title=title)).parts[0]
    assert part.kind is DocumentKind.MINUTES
    assert part.heading == "Minute of the meeting of The Fenby Licensing Board"
    assert held_title("Minute of the meeting held later") is None


def test_a_scottish_undated_minute_title_line_is_the_records_heading() -> None:
    text = "FENBY COUNCIL\n\n" + HELD.format(
        title="Minute of the Meeting of the Fenby Licensing Board"
    )
    assert parsed(text).parts[0].heading == "Minute of the Meeting of the Fenby Licensing Board"


def test_a_question_above_a_title_is_no_part_of_its_title_block() -> None:
    texts = ["Fenby Parish Council", "", "Go to earlier years?", "", "FENBY PARISH COUNCIL"]
    lines = [Line(n, t) for n, t in enumerate([*texts, "Minutes of the meeting ..."], start=1)]
    assert title_start(lines, 5) == 4
    lines[2] = Line(3, "Parish Minutes")
    assert title_start(lines, 5) == 0


def test_an_undated_held_sentence_is_no_title() -> None:
    assert held_title("Minutes of the Annual Meeting of Fenby Parish Council held later") is None
    assert held_title("A meeting of Fenby Parish Council held on 3 May 2022") is None


def test_a_draft_minutes_page_heading_is_the_papers_own() -> None:
    text = (
        "Agenda and draft minutes\n"
        "\n"
        "Northshire Health and Wellbeing Board\n"
        "Thursday, 7th March, 2019 2.00 pm\n"
        "\n"
        "Venue: Council Chamber, County Hall, Wyke. View directions\n"
        "\n"
        "Items\n"
        "No. Item\n"
        "\n"
        "1.\n"
        "\n"
        "Apologies for Absence\n"
        "\n"
        "Minutes:\n"
        "\n"
        "Apologies were received from Mr A Reid.\n"
    )
    assert parsed(text).parts[0].heading == "Agenda and draft minutes"
