"""A paper's own minute numbering learnt from its standard minutes (numbering_scheme)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.numbering_scheme import (
    Scheme,
    anchor,
    learn_scheme,
    printed_number,
    scheme_headings,
    shape_of,
)


def lines_of(text: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(text.splitlines())]


PLANNING = """MINUTES of a meeting of the Orchard Vale Planning Committee held on 3 May 2024

PRESENT: Councillor A Pennywhistle (Chair)

R/24/031 Apologies for Absence
Apologies were received from Councillor B Marsh.

**R/24/032** Declarations of Interest [Item 2]
None were declared.

R/24/033 Minutes of the Previous Meeting:
RESOLVED that the minutes be approved.

R/24/034 Land at Quarry Lane, Orchard Vale
1. The officer introduced the report.
2. The Committee discussed the access.
RESOLVED that permission be granted.

R/24/036
Highways Programme
Noted.

R/24/037 Date of Next Meeting
7 June 2024.
"""


def test_shape_keeps_letters_and_separators_and_reads_digit_runs() -> None:
    assert shape_of("R/24/031") == (("R/", "/", ""), ("24", "031"))
    assert shape_of("PC.52/15") == (("PC.", "/", ""), ("52", "15"))
    assert shape_of("*12") == (("*", ""), ("12",))
    assert shape_of("AG/31.") == (("AG/", ""), ("31",))


def test_shape_refuses_money_times_ordinals_and_words() -> None:
    assert shape_of("£1,200") is None
    assert shape_of("10:30") is None
    assert shape_of("3rd") is None
    assert shape_of("Apologies") is None


def test_anchor_reads_token_and_standard_title_with_citation_and_colon() -> None:
    assert anchor("**AG/31** Declarations of Interest [Item 3]") == (
        "AG/31",
        "Declarations of Interest",
    )
    assert anchor("Min 23/045 APOLOGIES FOR ABSENCE:") == ("Min 23/045", "APOLOGIES FOR ABSENCE")
    assert anchor("*12 Minutes of the last meeting (Item 4)") == (
        "*12",
        "Minutes of the last meeting",
    )


def test_anchor_refuses_sentences_and_other_titles() -> None:
    assert anchor("1. Apologies were received from Councillor Marsh.") is None
    assert anchor("R/24/034 Land at Quarry Lane") is None
    assert anchor("Apologies for Absence") is None  # no numbered token
    assert anchor("£250 Minutes of the previous meeting") is None


def test_learn_scheme_finds_the_one_rising_run() -> None:
    scheme = learn_scheme(["PC.52/15", "PC.53/15", "PC.58/15"])
    assert scheme == Scheme(("PC.", "/", ""), 0, ((1, "15"),))
    assert scheme.read("PC.60/15") == 60
    assert scheme.read("PC.60/16") is None  # another year's series
    assert scheme.read("DC.60/15") is None


def test_learn_scheme_needs_two_agreeing_rising_anchors() -> None:
    assert learn_scheme(["AG/31"]) is None
    assert learn_scheme(["AG/31", "M32"]) is None  # shapes disagree
    assert learn_scheme(["AG/31", "AG/30"]) is None  # falling
    assert learn_scheme(["12/21", "13/22"]) is None  # two runs vary
    assert learn_scheme(["4", "5"]) is None  # a bare number: left to the other detectors


def test_scheme_headings_reads_every_minute_of_the_scheme() -> None:
    found = scheme_headings(lines_of(PLANNING))
    assert found is not None
    assert [(h.number, h.title) for h in found] == [
        ("R/24/031", "Apologies for Absence"),
        ("R/24/032", "Declarations of Interest"),
        ("R/24/033", "Minutes of the Previous Meeting"),
        ("R/24/034", "Land at Quarry Lane, Orchard Vale"),
        ("R/24/036", "Highways Programme"),  # the title on the next line
        ("R/24/037", "Date of Next Meeting"),
    ]
    assert found[1].item_code == "2"


def test_minute_headings_adds_the_scheme_when_no_detector_reads_it() -> None:
    numbers = [h.number for h in minute_headings(lines_of(PLANNING))]
    assert numbers == ["R/24/031", "R/24/032", "R/24/033", "R/24/034", "R/24/036", "R/24/037"]


def test_no_scheme_from_numbered_paragraphs_dates_and_pages() -> None:
    text = """Minutes of the Brackenford Parish Council, 4 March 2024

1. The Chair welcomed members to the meeting.
2. Apologies were received from Cllr Dunmore.
12 March 2024 Minutes of the meeting were signed.
Page 3 of 7
£1,200 Public Participation grant was noted.
3. Declarations of interest were made by Cllr Ryle.
"""
    assert scheme_headings(lines_of(text)) is None


def test_sequence_drops_numbers_that_jump_or_fall() -> None:
    text = """AG/31 Apologies
Councillor Ryle sent apologies.
AG/32 Declarations of Interest
None.
AG/33 Budget Monitoring
AG/95 Reference Table
AG/12 Old Minute Cited
AG/35	Circulate the criteria	PH	30/11/2023
AG/34 Exclusion of the Press and Public
"""
    found = scheme_headings(lines_of(text))
    assert found is not None
    assert [h.number for h in found] == ["AG/31", "AG/32", "AG/33", "AG/34"]


def test_existing_headings_stay_when_the_scheme_reads_no_more() -> None:
    text = """PRESENT: Councillor Ryle

12. Apologies for Absence
None.
13. Declarations of Interest
None.
14. Play Area Repairs
"""
    found = minute_headings(lines_of(text))
    assert [(h.index, h.number) for h in found] == [(2, "12"), (4, "13"), (6, "14")]


def test_a_word_before_the_number_is_no_part_of_it() -> None:
    text = """Min 23/045 Apologies for Absence
None.
Min 23/046 Declarations of Interest
None.
Min 23/047 Village Hall Lease
"""
    found = scheme_headings(lines_of(text))
    assert found is not None
    assert [h.number for h in found] == ["23/045", "23/046", "23/047"]


BRACKETED = """Minutes of a meeting of the Fenwold Development Committee held on 6 March 2024

Present: Councillor A Pennywhistle (Chairman)

(88) CHAIRMAN'S ANNOUNCEMENTS
The Chairman welcomed the new Planning Officer.

(89) APOLOGIES FOR ABSENCE
Apologies were received from Councillor B Marsh.

(90) MINUTES
The minutes of the meeting held on 7 February 2024 were approved.

(91) LAND AT MILL LANE, FENWOLD
The Committee considered the report.
"""


def test_a_number_in_brackets_is_the_minute_number_without_them() -> None:
    headings = scheme_headings(lines_of(BRACKETED))
    assert [(h.number, h.title) for h in headings] == [
        ("88", "CHAIRMAN'S ANNOUNCEMENTS"),
        ("89", "APOLOGIES FOR ABSENCE"),
        ("90", "MINUTES"),
        ("91", "LAND AT MILL LANE, FENWOLD"),
    ]


def test_printed_number_keeps_other_tokens() -> None:
    assert printed_number("Min 23/045") == "23/045"
    assert printed_number("(199") == "199"
    assert printed_number("(a") == "(a"
    assert printed_number("R/24/031") == "R/24/031"


def test_printed_number_keeps_series_letters() -> None:
    assert printed_number("PCP 1.14/15") == "PCP 1.14/15"
    assert printed_number("MIN 23/045") == "23/045"
    assert printed_number("Item 4/22") == "4/22"


def test_scheme_keeps_series_letters_of_dotted_year_codes() -> None:
    text = """Present: Councillor A Jones (Chair)

FCP 1.19/20 APOLOGIES FOR ABSENCE

None were received.

FCP 2.19/20 DECLARATIONS OF INTEREST

None.

FCP 3.19/20 ROAD SAFETY PARTNERSHIP UPDATE

RESOLVED - that the update be noted.

FCP 4.19/20 DATE OF NEXT MEETING

To be confirmed.
"""
    numbers = [h.number for h in minute_headings(lines_of(text))]
    assert numbers == ["FCP 1.19/20", "FCP 2.19/20", "FCP 3.19/20", "FCP 4.19/20"]


STOPPED_CODES = """Minutes of the Annual Meeting of Thornbury Vale Town Council held on 9 May 2029

Present: Cllrs Pemberton (Chairman), Mrs Ashdown, Fairley and Quill

2905/41 Address by the retiring Town Mayor

The retiring Mayor thanked members for their support during the year.

2905/42 Apologies.

Apologies were received from Cllr Ruddle.

2905/43 Election of Town Mayor for the coming year

Cllr Fairley was nominated and it was resolved to appoint him as Mayor.

2905/44 Declarations of interest.

There were none.
"""


def test_anchor_reads_a_standard_title_closed_by_a_full_stop() -> None:
    assert anchor("2905/42 Apologies.") == ("2905/42", "Apologies")
    assert anchor("2905/44 Declarations of interest.") == ("2905/44", "Declarations of interest")


def test_scheme_learnt_from_stopped_titles_numbers_the_other_headings() -> None:
    headings = minute_headings(lines_of(STOPPED_CODES))
    assert [(h.number, h.title) for h in headings] == [
        ("2905/41", "Address by the retiring Town Mayor"),
        ("2905/42", "Apologies"),
        ("2905/43", "Election of Town Mayor for the coming year"),
        ("2905/44", "Declarations of interest"),
    ]
