"""A committee printed under its authority's letterhead is named with the authority
(`parsing.letterheads`); a body that stands on its own keeps its name."""

from __future__ import annotations

import pytest

from minutebook.parsing.letterheads import (
    authority_first,
    authority_name,
    board_of_authority,
    board_of_partnership,
    letterhead_authority,
    under_authority,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BRENTHAM BOROUGH COUNCIL", "BRENTHAM BOROUGH COUNCIL"),
        ("The Saltmarsh Police Authority", "Saltmarsh Police Authority"),
        ("**Ormside Town Council**", "Ormside Town Council"),
        ("Upper Fenby Combined Fire Authority", "Upper Fenby Combined Fire Authority"),
        ("London Borough of Eastwick", "London Borough of Eastwick"),
        ("Royal Borough of Kingsmere", "Royal Borough of Kingsmere"),
        # not a letterhead: a sentence, an address, an item, a heading
        ("The Council agreed the budget.", None),
        ("Council Offices, Mill Lane, Fenby FE2 3AB", None),
        ("4. Report of the Council", None),
        ("Planning Committee", None),
        # a paper's title naming its council is no letterhead
        ("Minutes of the Meeting of the Parish Council", None),
        ("Agenda for the Town Council", None),
        ("DRAFT MINUTES OF EASTBY TOWN COUNCIL", None),
        # a minute book's running head, the meeting's date after the name
        ("ORMSIDE TOWN COUNCIL 18th JANUARY 2011", "ORMSIDE TOWN COUNCIL"),
        ("Ashby Parish Council - 3 May 2024", "Ashby Parish Council"),
        ("ORMSIDE TOWN COUNCIL 18th JANUARY 2011 Page 4", None),  # more after the date
    ],
)
def test_an_authority_name_is_a_line_of_its_own(text: str, expected: str | None) -> None:
    assert authority_name(text) == expected


def test_the_letterhead_is_the_first_authority_line_above_the_opening() -> None:
    above = ["Public Document Pack", "", "Brentham Borough Council", "", "Licensing Committee"]
    assert letterhead_authority(above) == "Brentham Borough Council"
    assert letterhead_authority(["AGENDA", "Licensing Committee"]) is None


def test_a_community_councils_logo_joins_its_place_to_its_kind() -> None:
    above = ["CYNGOR CYMUNED", "LLANFAIR GLAN DWR", "COMMUNITY COUNCIL", ""]
    assert letterhead_authority(above) == "LLANFAIR GLAN DWR COMMUNITY COUNCIL"
    assert letterhead_authority(["Agenda", "COMMUNITY COUNCIL"]) == "COMMUNITY COUNCIL"


@pytest.mark.parametrize(
    ("body", "authority", "expected"),
    [
        ("Licensing Committee", "Brentham Borough Council",
         "Brentham Borough Council Licensing Committee"),
        ("CABINET", "ORMSIDE DISTRICT COUNCIL", "Ormside District Council Cabinet"),
        # a meeting of the whole authority is the authority's own
        ("Council", "Ormside District Council", "Ormside District Council"),
        ("Full Council", "WEXFORD TOWN COUNCIL", "Wexford Town Council"),
        ("Authority Meeting", "GLASSWATER NATIONAL PARK AUTHORITY",
         "Glasswater National Park Authority"),
        # ... but not of another kind of authority, nor a committee of the council
        ("Full Council", "Saltmarsh Fire Authority", "Full Council"),
        # a committee named after the council's business is the council's
        ("Council Tax Panel", "Ormside District Council",
         "Ormside District Council Council Tax Panel"),
        # stands alone: a panel a council hosts, already named
        ("Saltmarsh Police and Crime Panel", "Fenby County Council",
         "Saltmarsh Police and Crime Panel"),
        ("Brentham Borough Council Planning Committee", "Brentham Borough Council",
         "Brentham Borough Council Planning Committee"),
        ("Licensing Committee", None, "Licensing Committee"),
        ("Licensing Sub-Committee", "London Borough of Eastwick",
         "London Borough of Eastwick Licensing Sub-Committee"),
        # a body named with the authority's place, a joint body: named in their own right
        ("Fenby Health and Wellbeing Board", "FENBY COUNTY COUNCIL",
         "Fenby Health and Wellbeing Board"),
        ("Fenby and Ormside Joint Waste Committee", "Ormside District Council",
         "Fenby and Ormside Joint Waste Committee"),
    ],
)  # fmt: skip
def test_a_committee_is_named_with_its_authority(
    body: str, authority: str | None, expected: str
) -> None:
    assert under_authority(body, authority) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "PLANNING COMMITTEE OF ASHBY DISTRICT COUNCIL",
            "Ashby District Council Planning Committee",
        ),
        ("Cabinet of the Royal Borough of Kingsmere", "Royal Borough of Kingsmere Cabinet"),
        # no authority after 'of', or the authority itself: as printed
        ("Committee of Management", "Committee of Management"),
        ("Council of the Isles of Fenmoor", "Council of the Isles of Fenmoor"),
        ("Ashby Police and Crime Panel", "Ashby Police and Crime Panel"),
        # the words before 'of' are the authority's own kind, not a committee: as printed
        ("The City of Fenby Council", "The City of Fenby Council"),
        ("City of Fenby Council", "City of Fenby Council"),
        ("The Royal Borough of Kingsmere Council", "The Royal Borough of Kingsmere Council"),
        # no committee's noun before 'of': a kind of meeting, or the authority's own name
        ("Annual Meeting of the Council", "Annual Meeting of the Council"),
        (
            "Wessex & City of Fenby Fire & Rescue Authority",
            "Wessex & City of Fenby Fire & Rescue Authority",
        ),
        # a sub-committee of a named body (a panel, a board): the parent first
        (
            "Conduct Sub-Committee of the Fenby Police, Fire and Crime Panel",
            "Fenby Police, Fire and Crime Panel Conduct Sub-Committee",
        ),
        ("Grants Sub Panel of the Ashby Arts Board", "Ashby Arts Board Grants Sub Panel"),
        # no sub-committee, or a parent that names no body: as printed
        ("Friends of the Ashby Panel", "Friends of the Ashby Panel"),
        ("Appeals Sub-Committee of Governors", "Appeals Sub-Committee of Governors"),
    ],
)
def test_a_committee_of_an_authority_is_named_authority_first(body: str, expected: str) -> None:
    """The minutes' 'Planning Committee of Ashby District Council' and the agenda's
    letterhead 'ASHBY DISTRICT COUNCIL' over 'Planning Committee' name one body."""
    assert authority_first(body) == expected


def test_the_authority_named_short_or_as_a_boroughs_council_is_the_letterhead() -> None:
    """'the Fire and Rescue Authority' under its full name, and 'the Council' under
    'LONDON BOROUGH OF X', are the letterhead's authority; a body naming its own place
    (the English half of a bilingual letterhead) keeps its name."""
    fire = "ASHBY AND FENN FIRE AND RESCUE AUTHORITY"
    assert (
        under_authority("Fire and Rescue Authority", fire)
        == "Ashby and Fenn Fire and Rescue Authority"
    )
    assert under_authority("COUNCIL", "LONDON BOROUGH OF WEXHAM") == "London Borough of Wexham"
    bilingual = "CYNGOR CYMUNED LLANFAES COMMUNITY COUNCIL"
    assert under_authority("Llanfaes Community Council", bilingual) == "Llanfaes Community Council"
    assert under_authority("Licensing Authority", fire) == "Licensing Authority"


@pytest.mark.parametrize(
    ("body", "authority", "expected"),
    [
        ("Combined Authority Board", "MARLHAVEN VALE COMBINED AUTHORITY",
         "Marlhaven Vale Combined Authority Board"),
        ("Fire Authority Audit Committee", "Ashby Fire Authority",
         "Ashby Fire Authority Audit Committee"),
        ("National Park Authority Planning Committee", "Glasswater National Park Authority",
         "Glasswater National Park Authority Planning Committee"),
        # one word in common, a place word, the whole name, or nothing after it: not so named
        ("Council Tax Panel", "Ormside District Council", None),
        ("Vale Combined Authority Board", "Marlhaven Vale Combined Authority", None),
        ("Combined Authority", "Marlhaven Vale Combined Authority", None),
        ("Combined Authority Board", None, None),
        ("Combined Authority Board", "Fenby County Council", None),
    ],
)  # fmt: skip
def test_a_board_named_after_its_authoritys_kind(
    body: str, authority: str | None, expected: str | None
) -> None:
    assert board_of_authority(body, authority) == expected
    if expected is not None:
        assert under_authority(body, authority) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PORT OF ASHCOMBE HARBOUR COMMISSIONERS", "PORT OF ASHCOMBE HARBOUR COMMISSIONERS"),
        ("**Fenmoor Conservation Trust**", "Fenmoor Conservation Trust"),
        ("Rillwater Fishery Board of Conservators", "Rillwater Fishery Board of Conservators"),
        # not a letterhead: a sentence naming a trust, a trust's address
        ("The grant was paid to the Trust.", None),
        ("Trust House, 4 Quay Street, Ashcombe AS1 2BB", None),
    ],
)
def test_commissioners_trusts_and_conservators_are_authorities(
    text: str, expected: str | None
) -> None:
    assert authority_name(text) == expected


def test_the_board_of_a_board_governed_authority_is_the_authority() -> None:
    """'Minutes of the Meeting of the Board' under harbour commissioners, a trust or
    conservators: the authority meeting as a whole."""
    commissioners = "PORT OF ASHCOMBE HARBOUR COMMISSIONERS"
    assert under_authority("Board", commissioners) == "Port of Ashcombe Harbour Commissioners"
    assert under_authority("the Full Board", "Fenmoor Conservation Trust") == (
        "Fenmoor Conservation Trust"
    )
    # a committee of the commissioners is theirs; a bare "Board" under a council is not
    # the council
    assert under_authority("Audit Committee", commissioners) == (
        "Port of Ashcombe Harbour Commissioners Audit Committee"
    )
    assert under_authority("Board", "Brentham Borough Council") == "Brentham Borough Council Board"


def test_an_advisory_council_is_a_committee_of_its_authority() -> None:
    """A 'Standing Advisory Council on Religious Education' printed under a council's
    letterhead is that council's; a parish council or a joint body keeps its own name."""
    assert under_authority(
        "STANDING ADVISORY COUNCIL ON RELIGIOUS EDUCATION", "PENNICK BOROUGH COUNCIL"
    ) == ("Pennick Borough Council Standing Advisory Council on Religious Education")
    assert under_authority("Ashby Parish Council", "Fenbury District Council") == (
        "Ashby Parish Council"
    )
    assert under_authority("Joint Advisory Council on Waste", "Fenbury District Council") == (
        "Joint Advisory Council on Waste"
    )


def test_a_partnership_of_councils_is_a_letterhead() -> None:
    """ "Fellmere Joint Waste Partnership" over "AGENDA" and the board's name: the first
    line is the partnership's; a list of its councils in brackets is no letterhead."""
    above = [
        "Fellmere Joint Waste Partnership",
        "(Fellmere County Council, Oxbury District Council and Lyme Vale District Council)",
        "AGENDA",
        "Joint Member Board",
    ]
    assert letterhead_authority(above) == "Fellmere Joint Waste Partnership"
    assert authority_name("The partnership agreed its budget.") is None


@pytest.mark.parametrize(
    ("body", "authority", "expected"),
    [
        ("Joint Member Board", "Fellmere Joint Waste Partnership",
         "Fellmere Joint Waste Partnership Joint Member Board"),
        ("JOINT OFFICER GROUP", "FELLMERE JOINT WASTE PARTNERSHIP",
         "Fellmere Joint Waste Partnership Joint Officer Group"),
        # must not fire: another letterhead, a body naming a council or partnership itself,
        # a body already named with the partnership
        ("Joint Member Board", "Fellmere County Council", None),
        ("Joint Member Board", None, None),
        ("Oxbury District Council Cabinet", "Fellmere Joint Waste Partnership", None),
        ("Partnership Board", "Fellmere Joint Waste Partnership", None),
        ("Fellmere Joint Waste Partnership Joint Member Board",
         "Fellmere Joint Waste Partnership", None),
    ],
)  # fmt: skip
def test_a_board_under_a_partnerships_letterhead_is_the_partnerships(
    body: str, authority: str | None, expected: str | None
) -> None:
    assert board_of_partnership(body, authority) == expected
    if expected is not None:
        assert under_authority(body, authority) == expected


def test_a_joint_board_under_a_councils_letterhead_stands_alone() -> None:
    assert under_authority("Joint Member Board", "Fellmere County Council") == "Joint Member Board"


def test_a_committee_joint_with_the_authority_s_staff_is_named_under_it() -> None:
    """A Local Joint Committee or Joint Consultative Committee meets the authority's own
    staff: it is the authority's committee; a joint committee of councils stands alone."""
    assert under_authority("LOCAL JOINT COMMITTEE", "KESTREL FELLS NATIONAL PARK AUTHORITY") == (
        "Kestrel Fells National Park Authority Local Joint Committee"
    )
    assert under_authority("Joint Consultative Committee", "Wexley District Council") == (
        "Wexley District Council Joint Consultative Committee"
    )
    assert under_authority("Joint Waste Committee", "Wexley District Council") == (
        "Joint Waste Committee"
    )


def test_a_committee_named_after_the_councils_business_is_named_under_it() -> None:
    """ "Council" opening a committee's name says what business it sees to: the committee
    is the authority's, named under its letterhead; a council's own name stands alone."""
    assert under_authority("COUNCIL BUSINESS MANAGEMENT COMMITTEE", "WEXLEY CITY COUNCIL") == (
        "Wexley City Council Council Business Management Committee"
    )
    assert under_authority("Council Tax Review Panel", "Wexley District Council") == (
        "Wexley District Council Council Tax Review Panel"
    )
    assert under_authority(
        "Fenby Parish Council Planning Committee", "Wexley District Council"
    ) == ("Fenby Parish Council Planning Committee")
    assert under_authority("Council of Governors", "Wexley District Council") == (
        "Council of Governors"
    )


def test_the_board_of_a_national_park_authority_is_the_authority() -> None:
    """A Scottish national park authority's members sit as its Board."""
    park = "GLEN FARRAN NATIONAL PARK AUTHORITY"
    assert under_authority("Board", park) == "Glen Farran National Park Authority"
    assert under_authority("Board Meeting", park) == "Glen Farran National Park Authority"
    assert under_authority("Planning Committee", park) == (
        "Glen Farran National Park Authority Planning Committee"
    )


def test_the_fire_authority_under_a_fire_and_rescue_authority_is_the_authority() -> None:
    authority = "BRO HAFREN FIRE AND RESCUE AUTHORITY"
    assert under_authority("FIRE AUTHORITY", authority) == "Bro Hafren Fire and Rescue Authority"
    assert under_authority("the Fire Authority", authority) == (
        "Bro Hafren Fire and Rescue Authority"
    )
    assert under_authority("Fire Authority", "Wyke Borough Council") == "Fire Authority"


def test_an_opening_naming_only_a_meeting_is_the_letterhead_s_authority() -> None:
    from minutebook.parsing.letterheads import whole_authority

    assert whole_authority("meeting", "ASHBY TOWN COUNCIL") == "Ashby Town Council"
    assert whole_authority("Ordinary Meeting", "Ashby Town Council") == "Ashby Town Council"
    assert whole_authority("Planning Committee", "Ashby Town Council") is None
