"""Declarations of interest in every form of the genre, each with who declared, the text,
its line and its minute (tests/fixtures/minutes/)."""

from __future__ import annotations

import pytest

from minute_fixtures import declarations_in_minute, read_minutes
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, MinuteFacts, Part
from minutebook.parsing.declaration_layouts import (
    flattened_declaration_row,
    spaced_declaration_rows,
)
from minutebook.parsing.declarations import (
    declaration_rows,
    declared_in_prose,
    is_declarations_title,
    named_declarer,
    named_row,
    named_then_interest,
    named_with_interest,
    plural_declarers,
    read_declarations,
    says_none,
)


def test_declarations_named_in_sentences_and_lists() -> None:
    part, diagnostics = read_minutes("declaration-forms.txt")
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Councillor A de Jong", 11, "2"),
        ("Councillor R McLean", 12, "2"),
        ("Mrs T Ahmed", 13, "2"),
        ("Jane Okoro", 14, "2"),
        ("Cllr B Shah", 15, "2"),
        ("Councillor Ward", 20, "3"),
    ]
    assert part.declarations[0].text == (
        "Councillor A de Jong declared a personal interest in Item 5 as a member of the "
        "Thornbury Civic Society."
    )
    assert part.declarations[4].text == (
        "Cllr B Shah – Item 6, personal interest as a governor of Thornbury Academy"
    )
    assert not [w for w in diagnostics.warnings if w.code == "declarations-unread"]


def test_declarations_as_a_table() -> None:
    part, _ = read_minutes("declarations-table.txt")
    assert [(d.as_written, d.text, d.line, d.minute_number) for d in part.declarations] == [
        ("Councillor K Grant", "8 – Personal - member of Easthope Rotary Club", 8, "6"),
        ("Councillor M Obi", "9 – Pecuniary - employed by the applicant", 9, "6"),
        ("Councillor L Pryce", "10 – Other registrable", 15, "7"),
    ]


def test_no_declarations_is_no_fact_and_no_miss_but_unread_text_is_reported() -> None:
    part, diagnostics = read_minutes("no-declarations.txt")
    assert part.declarations == []
    unread = [w for w in diagnostics.warnings if w.code == "declarations-unread"]
    assert [(w.file, w.line) for w in unread] == [("no-declarations.txt", 14)]


@pytest.mark.parametrize(
    "title",
    [
        "Declarations of Interest",
        "Disclosures of Interests",
        "Apologies and Declarations of Members' Interests",
        "MEMBERS' DECLARATIONS UNDER THE CODE OF CONDUCT",
        "Members' interests",
        "Declarations",
        "DISCLOSURES BY MEMBERS AND OFFICERS",
        "Declarations by Councillors",
    ],
)
def test_declarations_titles(title: str) -> None:
    assert is_declarations_title(title)


def test_not_declarations_title() -> None:
    assert not is_declarations_title("Register of Gifts and Hospitality")
    assert not is_declarations_title("Interest Rates and Treasury Management")
    assert not is_declarations_title("Disclosures of Lobbying")
    assert not is_declarations_title("Declarations of Substitutes")
    assert not is_declarations_title("Public interest")


@pytest.mark.parametrize(
    "who", ["Alderman P Quayle", "Reverend Dr S Adeyemi", "Borough Councillor Mrs L Hart"]
)
def test_a_declarer_carries_any_title_of_the_genre(who: str) -> None:
    """Declarers' titles are the genre's one list (vocabulary.TITLES), up to two of them."""
    line = Line(4, f"{who} declared a personal interest in item 6 as a school governor.")
    found = named_declarer(line, "3")
    assert found is not None
    assert found.as_written == who


def test_an_officer_declares_with_the_post_between_commas() -> None:
    line = Line(9, "Ann Reid, Treasurer to the Authority, declared an interest in item 8.")
    found = named_declarer(line, "4")
    assert found is not None and found.as_written == "Ann Reid"


@pytest.mark.parametrize(
    "text",
    [
        "The Chairman declared the meeting closed.",
        "Members declared no interests.",
        "It was declared that the vote was carried.",
        "The Panel noted the declaration.",
    ],
)
def test_not_a_declaration(text: str) -> None:
    line = Line(1, text)
    assert named_declarer(line, "1") is None
    assert named_then_interest(line, "1") is None
    assert declared_in_prose(line, "1") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No declarations of interest were made.", True),
        ("There were no declarations.", True),
        ("None.", True),
        ("No interests were declared.", True),
        ("Councillor Kerr declared an interest.", False),
    ],
)
def test_says_none(text: str, expected: bool) -> None:
    assert says_none(Line(1, text)) is expected


def test_a_member_informing_the_panel_in_a_declarations_minute() -> None:
    part, diagnostics = read_minutes("number-on-its-own-line.txt")
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Councillor H Lund", 19, "2")
    ]
    assert not [w for w in diagnostics.warnings if w.code == "declarations-unread"]


def test_there_were_none_and_taken_as_they_arise() -> None:
    part, diagnostics = read_minutes("decimal-session-numbered.txt")
    assert part.declarations == []
    assert not [w for w in diagnostics.warnings if w.code == "declarations-unread"]
    # "Declarations of interest will be taken as they arise." says nothing was declared,
    # but not in words the rules read: reported
    part, diagnostics = read_minutes("four-digit-numbered.txt")
    assert part.declarations == []
    [unread] = [w for w in diagnostics.warnings if w.code == "declarations-unread"]
    assert unread.line == 5


def test_a_declaration_in_the_passive() -> None:
    part, _ = read_minutes("cited-unnumbered-and-labels.txt")
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Councillor P Lowe", 13, "2")
    ]


def test_declarations_in_the_minute_of_the_item() -> None:
    """At the item itself, with a title or without; a Chairman declaring the meeting
    closed declares no interest."""
    found = [
        declared_in_prose(Line(1, text), "7")
        for text in [
            "2. At this point Cllr M Ruiz declared a pecuniary interest and left the room.",
            "Rachel Okafor declared a personal interest as a governor of the school.",
            "The Chairman declared the meeting closed.",
            "Rachel Okafor declared that the item was urgent.",
        ]
    ]
    assert [(d.as_written, d.minute_number) if d else None for d in found] == [
        ("Cllr M Ruiz", "7"),
        ("Rachel Okafor", "7"),
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Councillors Amos and Bligh declared personal interests in item 7 as members of "
         "the Fenby Rotary Club.", ["Amos", "Bligh"]),
        ("Cllrs R. Amos, T. Bligh and P. Carr each declared a non-pecuniary interest.",
         ["R. Amos", "T. Bligh", "P. Carr"]),
        ("Councillors Hussey and de Vries declared personal interests in minute C.36.",
         ["Hussey", "de Vries"]),
        ("Councillors Amos and van der Berg each declared an interest.", ["Amos", "van der Berg"]),
        ("Councillors J A Amos and D J Bligh made a declaration of personal interest in items "
         "about the County Council.", ["J A Amos", "D J Bligh"]),
        ("Cllrs Amos and Bligh disclosed pecuniary interests.", ["Amos", "Bligh"]),
        ("Councillors Amos and Bligh made a statement about the bridge.", []),
        ("Councillors Amos and the Mayor declared an interest.", []),  # "the Mayor": no name
        ("Councillor Amos declared a personal interest.", []),  # one name: the other rules
        ("Councillors were reminded that interests must be declared.", []),
    ],
)  # fmt: skip
def test_declarers_after_a_plural_title(text: str, names: list[str]) -> None:
    found = plural_declarers(Line(4, text), "3")
    assert [(d.as_written, d.line, d.minute_number) for d in found] == [
        (name, 4, "3") for name in names
    ]


def test_plural_declarers_in_a_declarations_minute_and_at_the_item() -> None:
    lines = [
        Line(1, "Councillors Amos and Bligh declared that they were allotment holders."),
        Line(2, "Councillors Carr and Dunn declared pecuniary interests and left the room."),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=[], layout="minutes")
    for number, title in (("2", "Members' Interests"), ("5", "Allotment rents")):
        minute = MinuteFacts(number=number, title=title, item_code=None, line=1, end_line=2)
        read_declarations(part, minute, lines, "x.txt", Diagnostics())
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Amos", 1, "2"), ("Bligh", 1, "2"), ("Carr", 2, "2"), ("Dunn", 2, "2"),
        # at the item, only a sentence that declares an interest
        ("Carr", 2, "5"), ("Dunn", 2, "5"),
    ]  # fmt: skip


def test_a_declarations_table_without_its_header() -> None:
    """Rows of a member and their interest with no header over them (a table flattened
    to tabs); a row naming no titled member, or no interest, is none."""
    lines = [
        Line(4, "Cllr P Amos\tPersonal interest in item 7 as a school governor."),
        Line(5, "Mrs J Bligh | Pecuniary interest in item 9 (her land adjoins the site)"),
        Line(6, "Item 7\tPersonal interest of the Clerk"),
        Line(7, "Cllr R Carr\tApologies sent"),
    ]
    found = [named_row(line, "3") for line in lines]
    assert [(d.as_written, d.line) for d in found if d] == [("Cllr P Amos", 4), ("Mrs J Bligh", 5)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=[], layout="minutes")
    minute = MinuteFacts(
        number="3", title="Declarations of Interest", item_code=None, line=3, end_line=7
    )
    read_declarations(part, minute, lines[:3], "x.txt", Diagnostics())
    assert [d.as_written for d in part.declarations] == ["Cllr P Amos", "Mrs J Bligh"]


def test_a_declarations_table_row_whose_interest_wraps_onto_a_line_of_its_own() -> None:
    """PDF tables break a long interest over lines: the next line starts with an empty
    first cell (a tab, or "| |"); it belongs to the row above, and the rows after it are
    still read."""
    lines = [
        Line(34, "Member\tMinute\tInterest"),
        Line(35, "Councillor Ida Hale\t33/2019\tPersonal – her son is a retained"),
        Line(36, "\t\tfirefighter with the Service"),
        Line(37, "Councillor Raj Moss\t34/2019\tPersonal – trustee of Fenby Transport"),
        Line(38, "| Cllr P Amos | 35/2019 | Personal – governor of |"),
        Line(39, "| | | Fenby Primary School |"),
        Line(40, "Councillor Ann Lee said she had no interests."),
    ]
    found = declaration_rows(lines, "30/2019")
    assert [(d.as_written, d.line, d.minute_number) for d in found] == [
        ("Councillor Ida Hale", 35, "30/2019"),
        ("Councillor Raj Moss", 37, "30/2019"),
        ("Cllr P Amos", 38, "30/2019"),
    ]
    assert found[0].text.endswith("a retained firefighter with the Service")
    assert found[2].text.endswith("governor of Fenby Primary School")


def test_an_indented_declarations_table_and_its_wrapped_row() -> None:
    """Every row indented as its header (a table inside an indented minute): only a line
    indented further, its first cell empty, carries the row above on."""
    lines = [
        Line(13, "\tMember\tMinute\tInterest"),
        Line(14, "\tCllr Ida Hale\t45\tPersonal – her son is a"),
        Line(15, "\t\tvolunteer at the food bank"),
        Line(16, "\tCllr Raj Moss\t46\tPersonal – allotment holder"),
    ]
    found = declaration_rows(lines, "42")
    assert [(d.as_written, d.line) for d in found] == [("Cllr Ida Hale", 14), ("Cllr Raj Moss", 16)]
    assert found[0].text.endswith("her son is a volunteer at the food bank")


def test_a_declarations_table_laid_out_with_spaces() -> None:
    """A table whose columns are runs of spaces: each row at the margin opening with a
    titled name is a declaration; an indented line wraps a cell above and joins it; prose after the
    table ends it. Spaces in one sentence make no table."""
    lines = [
        Line(20, "The following declarations of interest were received."),
        Line(22, "Name               Agenda     Minute      Interest      Details"),
        Line(23, "                   Item       ref"),
        Line(24, "Sir Alan Frome     All        All         Personal      Member of Wyke Council"),
        Line(25, "Mrs B Tull         7          P/12        Personal      Governor of Fenby"),
        Line(26, "                                                        School and its trust"),
        Line(27, "The Chairman thanked members."),
    ]
    found = spaced_declaration_rows(lines, "P/11")
    assert [(d.as_written, d.line, d.minute_number) for d in found] == [
        ("Sir Alan Frome", 24, "P/11"),
        ("Mrs B Tull", 25, "P/11"),
    ]
    assert found[1].text.endswith("Governor of Fenby School and its trust")  # wrapped cell
    assert spaced_declaration_rows([Line(1, "Name   of the member   interest   noted")], "1") == []
    assert spaced_declaration_rows([Line(1, "Cllr A Reid   declared an interest")], "1") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "declared" opens with "de": no particle of the name
        ("To note that Councillor Ann Marsh declared a personal interest.", "Councillor Ann Marsh"),
        ("At this point Mrs J Pike declared an interest and left.", "Mrs J Pike"),
        # a particle as a word of its own stays in the name
        ("Later Cllr Rosa de Vries declared a personal interest.", "Cllr Rosa de Vries"),
        ("Then Mr Piet van der Berg declared an interest.", "Mr Piet van der Berg"),
    ],
)
def test_a_particle_of_a_name_is_a_whole_word(text: str, name: str) -> None:
    """A titled name read as far as it runs, in a declarations minute."""
    found = named_with_interest(Line(1, text), "4")
    assert found is not None and found.as_written == name


def test_a_declarations_table_whose_columns_are_spaces() -> None:
    """A table flattened with runs of spaces for its cells: the header names the member
    and the interest; a line starting under the second column carries on the row above
    (or the header's own second line); a line that is neither ends the table."""
    lines = [
        Line(11, "Member               Agenda     Interest          Details"),
        Line(12, "                     Item"),
        Line(13, "Cllr. T. Rhys        Item 5     Personal          Governor of Pennant"),
        Line(14, "                                                  Primary School"),
        Line(15, "Dr Ann Okafor        All        Personal          NHS consultant"),
        Line(16, ""),
        Line(17, "The Chair thanked Members for their declarations."),
    ]
    found = spaced_declaration_rows(lines, "2")
    assert [(d.as_written, d.line, d.minute_number) for d in found] == [
        ("Cllr. T. Rhys", 13, "2"),
        ("Dr Ann Okafor", 15, "2"),
    ]
    assert found[0].text == "Item 5 – Personal – Governor of Pennant Primary School"
    part = Part(kind=DocumentKind.MINUTES, title="", lines=[], layout="minutes")
    minute = MinuteFacts(
        number="2", title="Declarations of Interest", item_code=None, line=10, end_line=17
    )
    read_declarations(part, minute, lines, "x.txt", Diagnostics())
    assert [d.as_written for d in part.declarations] == ["Cllr. T. Rhys", "Dr Ann Okafor"]


def test_spaced_prose_is_no_declarations_table() -> None:
    """Two spaces inside prose, or a header naming no interest, make no table."""
    lines = [
        Line(3, "Members  were reminded to declare interests  at any time."),
        Line(4, "Cllr A Bell  said  nothing."),
        Line(5, "Member          Item          Vote"),
        Line(6, "Cllr A Bell     Item 4        For"),
    ]
    assert spaced_declaration_rows(lines, "3") == []


def test_a_declarations_table_run_onto_one_line() -> None:
    """The whole table on one line after its header's words: each member is a name the
    paper prints after a title elsewhere, in the line's order; what follows, the
    interest."""
    paper = [
        Line(5, "Present: Cllr Ann Bell (Chair) Cllr Raj Moss Upton Cllr P Dean"),
        Line(9, "Panel Member Personal Interest Ann Bell Chair of the Safer Towns Board "
             "Trustee of Upton Youth Club Raj Moss Member of the Fire Authority"),
    ]  # fmt: skip
    found = flattened_declaration_row(paper[1], "31", paper)
    assert [(d.as_written, d.text, d.line) for d in found] == [
        ("Ann Bell", "Chair of the Safer Towns Board Trustee of Upton Youth Club", 9),
        ("Raj Moss", "Member of the Fire Authority", 9),
    ]
    # no header's words first: a sentence naming members is no flattened table
    sentence = Line(10, "Members noted that Ann Bell had declared an interest.")
    assert flattened_declaration_row(sentence, "31", paper) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Councillor Vane made a declaration of interest in item 6.", "Councillor Vane"),
        ("A declaration of interest was made by Cllr Ivo Pratt on item 6.", "Cllr Ivo Pratt"),
        ("Councillor Vane advised that she had a personal interest in item 6.", "Councillor Vane"),
        ("Mr Tull indicated a prejudicial interest and left the room.", "Mr Tull"),
        ("Cllr Ash stated that he had an interest in item 6 as a tenant.", "Cllr Ash"),
    ],
)
def test_a_declaration_in_other_words_of_prose(text: str, who: str) -> None:
    found = declared_in_prose(Line(8, text), "12")
    assert found is not None
    assert (found.as_written, found.line, found.minute_number) == (who, 8, "12")


def test_a_keen_interest_is_no_declaration() -> None:
    line = Line(8, "Councillor Vane stated that she had a keen interest in cycling.")
    assert declared_in_prose(line, "12") is None


def test_a_member_disclosing_in_a_later_sentence_of_the_line() -> None:
    texts = [
        "Item 6: Garage Block, Mill Road",
        "Councillor Fenby had received a communication about this item. Councillor Wyke "
        "advised that she was a customer of the premises. Councillor Hexton left the room.",
        "Councillor Reid declared an interest. Councillor Moss confirmed that he had no "
        "interest to declare.",
    ]
    found = declarations_in_minute("Declarations of Interest", texts)
    assert [(d.as_written, d.line) for d in found] == [
        ("Councillor Fenby", 2),
        ("Councillor Wyke", 2),
        ("Councillor Reid", 3),
    ]
