"""Membership lists opened by the plural title as a label or set as a web page's bulleted
list (invented examples)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_openers import plural_label, without_list_mark


def _members(text: str) -> list[tuple[str, str, int]]:
    return [(m.as_written, m.represents, m.line) for m in membership(lines_of(text))]


def test_the_plural_title_as_a_label_opens_the_list() -> None:
    assert plural_label("Councillors: Bell (Chairman), Dunn and Ford") == (
        "Councillors Bell (Chairman), Dunn and Ford"
    )
    assert plural_label("Cllrs.:") == ""
    assert plural_label("Councillors Bell and Dunn were present.") is None
    text = "BOARD\n\nCouncillors: Bell (Chairman), Dunn,\nFord and Hart\n\nAGENDA\n1. Apologies"
    assert [m[0] for m in _members(text)] == ["Bell", "Dunn", "Ford", "Hart"]


def test_a_bulleted_list_of_members_is_read_without_its_bullets() -> None:
    assert without_list_mark("• Cllr Ann Bell") == "Cllr Ann Bell"
    assert without_list_mark("- Apologies for absence") == "- Apologies for absence"
    text = "Membership\n\n• Councillor Ann Bell (Chair)\n- Cllr Carl Dunn\n· Mr Ed Ford\n\nAgenda"
    assert _members(text) == [
        ("Councillor Ann Bell", "", 3),
        ("Cllr Carl Dunn", "", 4),
        ("Mr Ed Ford", "", 5),
    ]


def test_a_plural_title_with_a_stop_opens_surnames() -> None:
    text = "Membership:\nChairman, Cllr. Bell; Vice-Chairman, Cllr. Dunn\nCllrs. Ford, Hart, King"
    assert [m[0] for m in _members(text)][-3:] == ["Ford", "Hart", "King"]


def test_a_heading_glued_to_its_list_opens_it() -> None:
    text = "MembershipCouncillors A Bell (Chair), C Dunn and E Ford\n\nAgenda"
    assert [m[0] for m in _members(text)] == ["A Bell", "C Dunn", "E Ford"]


def test_an_indented_bulleted_list_of_untitled_members() -> None:
    """A web page's list of members without titles ("  • Jane Carroll"): a bullet is no
    row's own dash, so it comes off an untitled name too."""
    assert without_list_mark("• Ann Bell") == "Ann Bell"
    assert without_list_mark("- Fenby Town Council") == "- Fenby Town Council"
    text = "Committee Members:\n\n  • Ann Bell\n  • Carl Dunn\n  • Ed Ford\n\nItems:\n1. Apologies"
    assert _members(text) == [("Ann Bell", "", 3), ("Carl Dunn", "", 4), ("Ed Ford", "", 5)]


def test_a_plural_titles_names_without_commas_are_read_in_pairs() -> None:
    """ "Councillors Ann Bell Carl Dunn Ed Ford": a column of names flattened under the
    plural title; plain words in an even count are forename and surname in turn."""
    text = "MEMBERSHIP\nCouncillors Ann Bell Carl Dunn Ed Ford\n"
    assert _members(text) == [("Ann Bell", "", 2), ("Carl Dunn", "", 2), ("Ed Ford", "", 2)]
    assert _members("MEMBERSHIP\nCouncillors A Bell Carl Dunn Ed\n") == []
