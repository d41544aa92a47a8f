"""Declarations of interest in the genre's list forms, and a member's statements that
declare nothing (minutebook.parsing.declaration_lists, and its use by
`declarations.read_declarations`)."""

from __future__ import annotations

import pytest

from minute_fixtures import declarations_in_minute
from minutebook.model import Line
from minutebook.parsing.declaration_lists import (
    declares_nothing,
    name_over_interest,
    named_then_kind,
    surname_under_title,
    titled_list_declarers,
    transparency_statement,
)
from minutebook.parsing.declarations import declared_in_prose


def _read(title: str, texts: list[str]) -> list[tuple[str, int]]:
    """Who declared, and on which line, in a minute titled `title` whose body is
    `texts` (line 1 on)."""
    return [(d.as_written, d.line) for d in declarations_in_minute(title, texts, number="4")]


def test_every_titled_member_of_a_list_declared() -> None:
    line = Line(3, "Councillor Ann Reed, Councillor Bo Shaw and Cllr C Tull declared personal")
    assert [d.as_written for d in titled_list_declarers(line, "4")] == [
        "Councillor Ann Reed",
        "Councillor Bo Shaw",
        "Cllr C Tull",
    ]
    assert titled_list_declarers(Line(3, "Councillor Ann Reed declared an interest."), "4") == []
    # a list typed with commas only, no "and" before its last member
    commas = Line(4, "Councillor Reed, Councillor Shaw, Cllr Tull declared an interest in item 6")
    assert [d.as_written for d in titled_list_declarers(commas, "4")] == [
        "Councillor Reed",
        "Councillor Shaw",
        "Cllr Tull",
    ]
    # a singular title printed once for two, the second by initials and surname
    pair = Line(5, "Councillor S Amos and J Bligh both declared an interest in item 7.")
    assert [d.as_written for d in titled_list_declarers(pair, "4")] == [
        "Councillor S Amos",
        "J Bligh",
    ]
    unnamed = Line(5, "Councillor S Amos and The Clerk declared an interest in item 7.")
    assert titled_list_declarers(unnamed, "4") == []
    # at an item, the list declares when "interest" follows on the line or the next
    assert _read("Town Centre Plan", [
        "Councillor A Reed and Councillor B Shaw both declared",
        "interests as market traders.",
    ]) == [("Councillor A Reed", 1), ("Councillor B Shaw", 1)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Mr Fergus Baillie made a transparency statement in respect of item 5", True),
        ("3. Councillor Orr made a Transparency Statement: she knows the applicant.", True),
        ("Councillor Orr declared an interest and made a transparency statement.", False),
        ("Councillor Orr declared an interest in item 4. She made a transparency", False),
        ("Councillor Orr asked whether a transparency statement was needed.", False),
    ],
)
def test_a_transparency_statement_opening_a_line(text: str, statement: bool) -> None:
    assert transparency_statement(text) is statement


def test_a_transparency_statement_declares_nothing() -> None:
    assert _read("Declarations of Interest", [
        "Councillor Eilidh Munro declared an interest in item 7 as a director of the",
        "Strathmore Leisure Trust and left the meeting for that item.",
        "",
        "Mr Fergus Baillie made a transparency statement in respect of item 5 as a",
        "parent of a pupil at Dunlair Primary School; having applied the objective",
        "test, he did not consider this an interest and remained in the meeting.",
        "",
        "Councillor Orr made a transparency",
        "statement about item 6. Councillor Ross declared an interest in item 8.",
    ]) == [("Councillor Eilidh Munro", 1), ("Councillor Ross", 9)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Councillor M Pike – Item 5 – personal – member of the Rivers Trust", "Councillor M Pike"),
        ("Cllr J Byrne - Agenda item 6 - prejudicial - his wife is a contractor", "Cllr J Byrne"),
        ("Cllr J Byrne: Minute 12, DPI, owns land next to the site", "Cllr J Byrne"),
        ("Councillor Mary Pike – Chair of the Committee", None),
        ("Councillor Mary Pike – item 5 – no interest to declare", None),
    ],
)  # fmt: skip
def test_a_list_entry_without_the_word_interest(text: str, who: str | None) -> None:
    found = named_then_kind(Line(2, text), "4")
    assert (found.as_written if found else None) == who


def test_a_name_alone_over_its_interest() -> None:
    texts = [
        "Cllr Okafor",
        "No further declarations beyond the Register of Interests.",
        "",
        "Cllr Ellison",
        "A close relative works in adult social care.",
        "Cllr Fenwick",
        "Trustee of the Credit Union.",
    ]
    body = [Line(k + 1, t) for k, t in enumerate(texts)]
    found = [name_over_interest(body, k, "2") for k in range(len(body))]
    assert [(d.as_written, d.line, d.text) for d in found if d] == [
        ("Cllr Ellison", 4, "A close relative works in adult social care."),
        ("Cllr Fenwick", 6, "Trustee of the Credit Union."),
    ]


def test_a_table_printed_a_cell_a_line() -> None:
    assert _read("Declarations of Interest", [
        "Member", "Item", "Nature of Interest",
        "Councillor Dev Malhotra", "5", "Tenant of a council garage",
        "Councillor Carla Fenwick |", "5 |", "Her son is a council tenant |",
    ]) == [("Councillor Dev Malhotra", 4), ("Councillor Carla Fenwick", 7)]  # fmt: skip


def test_a_list_of_names_is_no_declaration() -> None:
    """Names one under another (an apologies list inside a combined minute) stand over
    no interest of their own."""
    assert _read("Apologies and Declarations of Interest", [
        "Apologies for absence were received from:",
        "Councillor A Reed",
        "Councillor B Shaw",
        "No declarations of interest were made.",
    ]) == []  # fmt: skip


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        ("Councillor Raj Bhatt confirmed that he had no interests to declare.", True),
        ("Councillor Lucy Venn advised that she had nothing to declare.", True),
        ("Councillor Lucy Venn said she did not have any pecuniary interest.", True),
        ("Councillor Mark Dyer reported that he had been lobbied by the applicant.", True),
        ("Mr Lund made a declaration of lobbying in respect of minute 55.", False),
        ("Councillor Mark Dyer informed the Panel that he was a retired officer.", False),
    ],
)
def test_statements_that_declare_nothing(text: str, nothing: bool) -> None:
    assert declares_nothing(text) is nothing


def test_nothing_declared_in_a_declarations_minute_is_no_fact() -> None:
    assert _read("Declarations of Interest and Lobbying", [
        "Councillor Mark Dyer reported that he had been lobbied by the applicant.",
        "Councillor Raj Bhatt confirmed that he had no interests to declare.",
        "Councillor Lucy Venn informed the Committee that she was a governor of the school.",
    ]) == [("Councillor Lucy Venn", 3)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Councillor Venn also declared a personal interest in the item.", "Councillor Venn"),
        ("Councillor Lucy Venn (Chair) declared a prejudicial interest.", "Councillor Lucy Venn"),
        ("Mr J Hale, co-opted member, declared an interest in this item.", "Mr J Hale"),
        ("Councillor Dyer, having declared an interest, left the room.", None),
        ("Councillor Dyer had declared an interest in this item at minute 1.", None),
    ],
)  # fmt: skip
def test_an_aside_or_adverb_before_declared(text: str, who: str | None) -> None:
    found = declared_in_prose(Line(1, text), "7")
    assert (found.as_written if found else None) == who


def test_a_surname_under_its_title() -> None:
    above = Line(8, "When the item was called, Councillor")
    line = Line(9, "Thwaite declared a personal interest as a user of the car park.")
    found = surname_under_title(line, above, "7")
    assert found is not None and found.as_written == "Thwaite"
    assert surname_under_title(line, Line(8, "The item was called."), "7") is None
    assert _read("Car Park", [above.text, line.text]) == [("Councillor Thwaite", 1)]


def test_a_spaced_table_with_the_minute_column_first() -> None:
    """ "Minute Number / Member / Level of Interest" spaced into columns: the member is
    the second cell of each row."""
    assert _read("Declarations of Interest", [
        "Minute Number     Member                      Level of Interest",
        "7                 Councillor Ade Okafor       Other Registrable Interest",
        "6 & 7             Councillor Bryn Ellison     Disclosable Pecuniary Interest",
        "",
        "Members were reminded to declare any other interests as items arose.",
    ]) == [("Councillor Ade Okafor", 2), ("Councillor Bryn Ellison", 3)]  # fmt: skip


def test_a_member_row_after_a_number_heads_no_minute() -> None:
    from minutebook.parsing.minute_headings import minute_headings

    texts = [
        "4. DECLARATIONS OF INTEREST",
        "Minute Number     Member                      Level of Interest",
        "7                 Councillor Ade Okafor       Other Registrable Interest",
        "5. MINUTES",
        "6. Councillor Reed's Motion on Bus Services",
    ]
    headings = minute_headings([Line(k + 1, t) for k, t in enumerate(texts)])
    assert [(h.number, h.title) for h in headings] == [
        ("4", "DECLARATIONS OF INTEREST"),
        ("5", "MINUTES"),
        ("6", "Councillor Reed's Motion on Bus Services"),
    ]


def test_members_after_by_in_a_passive_sentence() -> None:
    assert _read("Declarations of Interest", [
        "Declarations of interest were made by Councillor A Frost (item 9), Councillor Carla",
        "Fenwick (item 9) and Councillor Dev Malhotra (item 10).",
        "Councillor Bryn Ellison (Item 9 – director of the Markets Company)",
        "A personal interest was declared by Councillor P Lowe as a friend of Councillor Reed.",
    ]) == [
        ("Councillor A Frost", 1), ("Councillor Carla Fenwick", 1),
        ("Councillor Dev Malhotra", 2), ("Councillor Bryn Ellison", 3),
        ("Councillor P Lowe", 4),
    ]  # fmt: skip


def test_a_name_ending_its_line_over_declared() -> None:
    texts = ["During discussion of motion 8, Cllr Rook", "declared a personal interest."]
    assert _read("General Business", texts) == [("Cllr Rook", 1)]
    assert _read("Declarations of Interest", texts) == [("Cllr Rook", 1)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Cllr Heydon disclosed a pecuniary interest and left the room.", "Cllr Heydon"),
        ("Cllr Ross made a declaration of a personal interest as a gym member.", "Cllr Ross"),
        ("Cllr Frost declared that she had a prejudicial interest and withdrew.", "Cllr Frost"),
        ("Councillor Frost made a declaration of lobbying.", None),
        ("Councillor Frost disclosed the figures to the press.", None),
    ],
)  # fmt: skip
def test_the_verbs_of_declaring_at_the_item(text: str, who: str | None) -> None:
    found = declared_in_prose(Line(1, text), "7")
    assert (found.as_written if found else None) == who


def test_a_tabbed_row_whose_interest_does_not_say_so() -> None:
    assert _read("Declarations of Interest", [
        "Cllr Okafor\tNo further declarations beyond the Register of Interests.",
        "Cllr Heydon\tFamily member is a City Council employee.",
        "Cllr Ross\tChair",
        "Cllr Lowe\tApologies",
        "Cllr Ross        School governor at St Anne's Infant School.",
    ]) == [("Cllr Heydon", 2), ("Cllr Ross", 5)]  # fmt: skip


def test_a_list_by_item_first() -> None:
    from minutebook.parsing.declaration_lists import item_then_member
    from minutebook.parsing.minute_headings import minute_headings

    texts = [
        "1. DECLARATIONS OF INTEREST",
        "Item 5 – Councillor A Frost – personal – member of the Holmford Trust",
        "Minute 12: Councillor B Heydon (prejudicial) – owns adjacent land",
        "Item 6 – Councillor Questions",
    ]
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    assert [(h.number, h.title) for h in minute_headings(lines)] == [
        ("1", "DECLARATIONS OF INTEREST"),
        ("6", "Councillor Questions"),
    ]
    found = [item_then_member(line, "1") for line in lines]
    assert [d.as_written if d else None for d in found] == [
        None,
        "Councillor A Frost",
        "Councillor B Heydon",
        None,
    ]


def test_a_list_by_item_first_with_scottish_kinds() -> None:
    """Scottish minutes note each declaration by its item, the kind of interest the
    Councillors' Code names (financial, non-financial) in brackets after the member."""
    from minutebook.parsing.declaration_lists import item_then_member

    texts = [
        "Item 6a – Mrs K Munro (Financial)",
        "Item 9 – Mr D Fraser (Non-Financial)",
        "Item 11 – Mr D Fraser (Convener)",
    ]
    found = [item_then_member(Line(k + 1, t), "2") for k, t in enumerate(texts)]
    assert [d.as_written if d else None for d in found] == ["Mrs K Munro", "Mr D Fraser", None]


def test_a_scottish_list_by_item_is_no_minute_heading() -> None:
    from minutebook.parsing.minute_headings import minute_headings

    texts = ["2. Declarations of Interest", "Item 6a – Mrs K Munro (Financial)",
             "Item 9 – Mr D Fraser (Non-Financial)", "3. Harbour Dues"]  # fmt: skip
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    assert [h.number for h in minute_headings(lines)] == ["2", "3"]


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        (["Cllr Ann Reed", "Cllr Bob Shaw", "",
          "The above members declared a personal interest in item 6 as members of the "
          "Fire Authority."], [("Cllr Ann Reed", 1), ("Cllr Bob Shaw", 2)]),
        (["The following members declared an interest in item 6 as school governors:",
          "Councillor A Reed", "Councillor B Shaw",
          "Councillor C Tull declared a personal interest in item 7."],
         [("Councillor A Reed", 2), ("Councillor B Shaw", 3)]),
        (["Apologies were received from:", "Cllr Ann Reed", "Cllr Bob Shaw",
          "There were no declarations of interest."], []),
        (["Cllr Ann Reed", "Cllr Bob Shaw",
          "Members were reminded to declare any interest when the item was reached."], []),
        (["Cllr Ann Reed", "Cllr Bob Shaw", "No interests were declared."], []),
    ],
)  # fmt: skip
def test_a_list_of_names_alone_explained_next_to_it(
    texts: list[str], names: list[tuple[str, int]]
) -> None:
    """Names alone on their lines declare what the sentence after the list, or the one
    before it ending with a colon, says; a list no such sentence explains declares
    nothing."""
    from minutebook.parsing.declaration_lists import listed_names

    found = listed_names([Line(k + 1, t) for k, t in enumerate(texts)], "3")
    assert [(d.as_written, d.line) for d in found] == names


def test_a_name_and_a_dotted_leader_before_the_business_is_a_declaration() -> None:
    """The town councils' list: "Cllr A Reed ......... Allotments (plot holder)"."""
    assert _read(
        "Declarations of Interest",
        [
            "Cllr Alma Reed…………………………………Allotments (plot holder).",
            "",
            "Councillor Bo Shaw ............ Grants (trustee of the Scout hut).",
            "Cllr Cy Tull ........ None",
        ],
    ) == [("Cllr Alma Reed", 1), ("Councillor Bo Shaw", 3)]


def test_a_declaration_in_the_present_tense_is_read() -> None:
    assert _read(
        "Declarations of Interest",
        ["Councillor Dee Pryor declares a non-financial interest in item 6 as a trustee."],
    ) == [("Councillor Dee Pryor", 1)]


def test_a_table_printed_one_cell_a_line_is_read_row_by_row() -> None:
    """A web page's table saved as text: the header's three cells, then three cells a
    row, blank lines between; members named by initials and surname."""
    texts = ["Councillor", "", "Minute Number", "", "Nature of Interest", ""]
    texts += ["A.B. Quayle", "", "6", "", "Governor of Fernhill School", ""]
    texts += ["C. Ruddock", "", "9", "", "Allotment holder", ""]
    texts += ["Members were reminded to update the register."]
    assert _read("Declarations of Interest", texts) == [("A.B. Quayle", 7), ("C. Ruddock", 13)]


def test_each_numbered_paragraph_of_a_flattened_minute_declares() -> None:
    """A page flattened onto one line keeps the paragraphs' numbers: "... the item. 2.2
    Mrs Hale declared ..."."""
    text = (
        "2.1 Mr Amos declared a personal interest in item 6 as a governor. He stayed in the "
        "room. 2.2 Mrs Hale declared a prejudicial interest in item 9 and left the room. "
        "2.3 Dr Ives declared a personal interest in item 12."
    )
    assert _read("Declarations of Interest", [text]) == [
        ("Mr Amos", 1),
        ("Mrs Hale", 1),
        ("Dr Ives", 1),
    ]


def test_an_entry_naming_the_item_after_the_name_untitled_too() -> None:
    texts = [
        "Rhys Amman (Co-opted Member) - Items 4 & 9 Cabinet Board – Personal, a director.",
        "",
        "Cllr T.Bevan Item 4 – Personal, School Governor – Has dispensation to speak.",
        "",
        "K. Morgan Item 4 – Personal, School Governor.",
        "",
        "The Chair thanked Members for their declarations on Item 4.",
        "",
        "Education Board Item 6 – Personal.",
        "",
        "Head of Education Item 6 – Personal.",
    ]
    assert _read("Declarations of Interest", texts) == [
        ("Rhys Amman", 1),
        ("Cllr T.Bevan", 3),
        ("K. Morgan", 5),
    ]
