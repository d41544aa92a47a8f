"""A summons or notice opened by the law it is given under, on the notice's own line: "In
accordance with ... of the Local Government Act 1972 You are hereby summoned to attend
..." (parsing/notice_preambles.py)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.notice_preambles import after_legal_preamble
from opening_facts import first_part_meeting, parsed

SUMMONS = (
    "In accordance with Paragraph 10 (2)(b) of Schedule 12 of the Local Government Act 1972 "
    "You are hereby summoned to attend a meeting of Wyke Magna Parish Council at the Old "
    "School Room on Tuesday 8th March 2022 at 7.30pm.\n"
    "\n"
    "Members of the Public and Press are welcome to attend\n"
    "\n"
    "1)      To accept apologies for absence\n"
    "\n"
    "2)      To record declarations of interest\n"
    "\n"
    "3)      To approve the minutes of the meeting held on 8th February 2022\n"
)

NOTICE = (
    "In accordance with schedule 12, para 9(1) of the Local Government Act 1972 Notice is "
    "hereby given that an extraordinary meeting of Holmby Parish Council will be held on "
    "Thursday 29th March 2018 in the Parish Hall, Holmby, commencing at 7.30pm.\n"
    "\n"
    "1. Apologies for Absence: To note any apologies.\n"
    "2. Declarations of Interest\n"
    "3. Cricket Square: To consider the two reports.\n"
)

STANDING_ORDER = (
    "Pursuant to Standing Order 4, Members of Fenby Town Council are hereby requested to "
    "attend a meeting of the Council to be held at the Town Hall, Fenby on Monday 4 March "
    "2019 at 7.00 pm.\n"
    "\n"
    "1. Apologies\n"
    "2. Minutes\n"
    "3. Planning\n"
)


def test_a_summons_under_the_act_opens_its_agenda() -> None:
    assert first_part_meeting(SUMMONS) == (
        DocumentKind.AGENDA,
        "Wyke Magna Parish Council",
        dt.date(2022, 3, 8),
        dt.time(19, 30),
        "Old School Room",
    )
    titles = [item.title for item in parsed(SUMMONS).parts[0].items]
    assert titles[0] == "To accept apologies for absence"
    assert len(titles) == 3


def test_a_notice_under_the_act_opens_its_agenda() -> None:
    kind, body, date, time, _venue = first_part_meeting(NOTICE)
    assert (kind, body, date, time) == (
        DocumentKind.AGENDA,
        "Holmby Parish Council",
        dt.date(2018, 3, 29),
        dt.time(19, 30),
    )


def test_a_request_under_standing_orders_opens_its_agenda() -> None:
    kind, body, date, *_ = first_part_meeting(STANDING_ORDER)
    assert (kind, body, date) == (DocumentKind.AGENDA, "Fenby Town Council", dt.date(2019, 3, 4))


def test_the_clause_is_cut_before_the_notice() -> None:
    assert after_legal_preamble(
        "Under the provisions of the Local Government Act 1972, notice is hereby given that"
    ) == ("notice is hereby given that")


def test_lines_without_the_clause_stay_whole() -> None:
    assert after_legal_preamble("You are hereby summoned to attend a meeting") is None
    assert after_legal_preamble("In accordance with the agreed plan the work began") is None
    assert after_legal_preamble("In accordance with the Act") is None  # nothing follows


def test_a_minute_citing_the_act_starts_no_agenda() -> None:
    record = (
        "MINUTES of a meeting of Wyke Magna Parish Council held on 8 March 2022 at 7.30pm\n"
        "\n"
        "PRESENT: Cllr A Reid (Chair), Cllr B Moss\n"
        "\n"
        "1. Exclusion of the public\n"
        "In accordance with Section 100A of the Local Government Act 1972 the public were "
        "asked to leave the meeting.\n"
    )
    document = parsed(record)
    assert [part.kind for part in document.parts] == [DocumentKind.MINUTES]
