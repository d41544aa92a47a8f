"""Each cleaning rule on a fixture cut from the real documents."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.model import Line
from minutebook.parsing.cleaning import RULES, clean


def _clean(name: str) -> tuple[list[str], list[str]]:
    lines, furniture = clean((QUIRKS / name).read_text(encoding="utf-8"))
    return [line.text for line in lines], [f.rule for f in furniture]


def test_glued_heading_is_split_onto_its_own_line() -> None:
    lines, _ = _clean("glued-heading.txt")
    assert "UNRESTRICTED ITEMS" in lines
    assert "**118. Apologies and Substitutes**" in lines
    assert not any("ITEMS**" in line for line in lines)


def test_running_page_header_is_furniture() -> None:
    lines, furniture = _clean("page-header.txt")
    assert "### Item 3" not in lines
    assert furniture == ["page-header"]
    assert "### 3.1 Victim Based Crime" in lines  # a real heading stays


def test_blank_page_notice_is_furniture_and_work_programme_date_unglued() -> None:
    lines, furniture = _clean("blank-page-notice-and-work-programme.txt")
    assert "blank-page-notice" in furniture
    assert not any("intentionally left blank" in line for line in lines)
    assert "**4 February 2025**" in lines


def test_ordinal_superscript_is_flattened() -> None:
    lines, _ = _clean("ordinal-superscript-standalone-report.txt")
    assert "Wednesday 14th September 2022" in lines


def test_cleaning_keeps_line_numbers_of_the_source() -> None:
    raw = (QUIRKS / "glued-heading.txt").read_text(encoding="utf-8").split("\n")
    lines, _ = clean("\n".join(raw))
    for line in lines:
        assert line.text.replace("**", "") in raw[line.number - 1].replace("**", "")


def test_ordinal_superscript_joins_only_a_number_it_touches() -> None:
    """Found by hypothesis: "0 <sup>th</sup>" is not the ordinal "0th" (the words stay)."""
    from minutebook.model import Line
    from minutebook.parsing.cleaning import flatten_ordinal_superscripts

    lines, _ = flatten_ordinal_superscripts(
        [Line(1, "14<sup>th</sup> May"), Line(2, "0 <sup>th</sup>")]
    )
    assert [line.text for line in lines] == ["14th May", "0 <sup>th</sup>"]


def test_signature_description_is_furniture_and_a_mention_of_images_stays() -> None:
    lines, furniture = _clean("image-description.txt")
    assert furniture == ["image-description"]
    assert not any("handwritten signature" in line for line in lines)
    assert "Matthew Scott - Police & Crime Commissioner for Kent" in lines
    # report sentences that merely mention pictures are text
    assert any("sent indecent images to two children" in line for line in lines)
    assert any("the creation of picture cards" in line for line in lines)


def test_unbalanced_bold_is_closed_keeping_every_word() -> None:
    raw = (QUIRKS / "unbalanced-bold.txt").read_text(encoding="utf-8")
    lines, furniture = _clean("unbalanced-bold.txt")
    assert not furniture
    assert all(line.count("**") % 2 == 0 for line in lines)
    assert (
        "- **Work with residents, communities and businesses to prevent crime and "
        "anti-social behaviour**"
    ) in lines
    assert "**Chief Constable Selection Process**" in lines
    assert "**MEDIA ASSESSMENT**" in lines
    assert [line for line in lines if "Kent**" in line or "Police**" in line] == [
        "**Kent**",
        "**Police**",
    ]
    assert " ".join(lines).replace("**", "").split() == raw.replace("**", "").split()


def test_list_items_moved_by_a_page_break_rejoin_their_list() -> None:
    lines, _ = _clean("list-broken-by-page-break.txt")
    # sub-item "- 4." after the page break continues " - 3.", not the minute's "- 2."
    assert lines[18].startswith(" - 4. The criminal justice system")
    assert lines[19].startswith(" - d. The finances")
    assert lines[20].startswith("- 3. The Chair thanked")  # the minute's own paragraph 3
    # an unnumbered sub-list item pushed out after a blank line
    assert lines[32].startswith(" - His work with Central Government")
    # paragraphs " 7." and " 8." continue "6."
    assert lines[37].startswith("7. In reply")
    assert lines[38].startswith("8. The Chairman")
    # "- a." then " - b." / " - c.": one list; its " - o" items stay inside "c."
    assert [line[:4] for line in lines[43:46]] == ["- a.", "- b.", "- c."]
    assert lines[46].startswith(" - o Has vast experience")


def test_list_indent_rule_leaves_a_first_item_alone() -> None:
    """An item numbered 1 starts a list: it never joins another."""
    from minutebook.model import Line
    from minutebook.parsing.cleaning import mend_list_indents

    source = [Line(1, "1. First"), Line(2, " - a. Sub"), Line(3, " 1. New list")]
    lines, _ = mend_list_indents(source)
    assert [line.text for line in lines] == [line.text for line in source]


def test_running_page_header_without_hashes_is_furniture_where_the_header_is_printed() -> None:
    lines, furniture = _clean("page-header-without-hashes.txt")
    assert furniture == ["page-header", "page-header"]
    assert "Item 3" not in lines
    assert "101 Non-Emergency call handling:" in lines
    # without the printed running header, "Item 3" alone is the document's own words
    alone, nothing = clean("Some text\n\nItem 3\n")
    assert "Item 3" in [line.text for line in alone] and not nothing


def test_every_cleaning_rule_has_a_fixture_it_changes() -> None:
    """Each rule of the table is exercised by a quirk fixture: run on the fixtures' lines
    after the rules before it (as `clean` runs them), it changes or removes a line of at
    least one. A rule added without a fixture, or one no fixture reaches, fails here."""
    texts = [p.read_text("utf-8") for p in sorted(QUIRKS.glob("*.txt"))]
    unexercised = []
    for index, rule in enumerate(RULES):
        changed = False
        for text in texts:
            lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
            for earlier in RULES[:index]:
                lines, _ = earlier.apply(lines)
            after, removed = rule.apply(lines)
            if removed or [(x.number, x.text) for x in after] != [
                (x.number, x.text) for x in lines
            ]:
                changed = True
                break
        if not changed:
            unexercised.append(rule.name)
    assert not unexercised, f"no fixture in tests/fixtures/quirks/ exercises {unexercised}"


def test_a_page_number_alone_on_a_line_is_furniture() -> None:
    """A slide pack's "Page 4" line is the PDF's page number, not text: removed and kept
    on record, with the text around it unchanged."""
    text = (QUIRKS / "page-number-line.txt").read_text("utf-8")
    lines, furniture = clean(text)
    assert [f.line.number for f in furniture if f.rule == "page-number"] == [4, 9]
    assert not any(line.text.startswith("Page") for line in lines)
    assert any("Officer numbers" in line.text for line in lines)


def test_page_count_and_the_running_footer_beside_it_are_furniture() -> None:
    """ "Page N of M" goes, and so does the line printed beside each page count; the same
    words inside a sentence stay, and so does a heading glued to its first sentence, split."""
    lines, furniture = _clean("page-count-and-running-footer.txt")
    assert not any(line.startswith("Page ") for line in lines)
    assert "Calderbridge Borough Council Licensing Committee 9 November 2016" not in lines
    assert sorted(furniture) == ["page-count"] * 2 + ["running-footer"] * 2
    assert any("reported that Calderbridge Borough Council" in line for line in lines)
    assert "- Councillor P Okafor" in lines
    assert "13. MINUTES" in lines
    assert (
        "The minutes of the meeting held on 12 October 2016 were approved as a correct record."
        in lines
    )


def test_a_footer_beside_one_page_count_only_is_the_documents_own() -> None:
    text = "Chief Officers' Report\n\nPage 1 of 1\n\nThe report was noted.\n"
    lines, furniture = clean(text)
    assert furniture and {f.rule for f in furniture} == {"page-count"}
    assert "Chief Officers' Report" in [line.text for line in lines]


def test_a_footer_printed_with_its_page_count_on_one_line_is_furniture() -> None:
    """'Ashby Parish Council – 3rd May 2025      Page 1 of 2': the footer and the count on
    one line (a wide gap, or the same footer on every page) go whole; a sentence that ends
    by citing a page stays."""
    text = (
        "Ashby Parish Council – 3rd May 2025                Page 1 of 2\n"
        "The Clerk read the report on Page 4 of 9\n"
        "Fenby Town Council Minutes Page 1 of 2\nx\nFenby Town Council Minutes Page 2 of 2\n"
    )
    lines, furniture = clean(text)
    assert [f.line.number for f in furniture if f.rule == "running-footer"] == [1, 3, 5]
    assert [line.text for line in lines] == ["The Clerk read the report on Page 4 of 9", "x", ""]


def test_a_capitals_heading_is_split_only_where_a_sentence_is_glued_to_it() -> None:
    for text in ("124. HMICFRS PEEL 2023-25 Inspection - Update", "5. REPORT OF THE CEOs"):
        lines, _ = clean(text)
        assert [line.text for line in lines] == [text]


def test_a_ruled_footer_with_its_date_and_page_number_is_furniture() -> None:
    """A rule, "Body name      19.09.2019" and "1" alone: dropped, so the list of those
    present runs on across the page break; a rule over a signature stays."""
    text = "\n".join(
        [
            "Councillor A Reid",
            "_" * 60,
            "Wyke Fire and Rescue Authority                       19.09.2019",
            "                          1",
            "Councillor B Moss (substitute for Councillor C Pike)",
            "_" * 60,
            "Chairman",
        ]
    )
    lines, furniture = clean(text)
    assert [line.text.strip() for line in lines] == [
        "Councillor A Reid",
        "Councillor B Moss (substitute for Councillor C Pike)",
        "_" * 60,
        "Chairman",
    ]
    assert [(f.line.number, f.rule) for f in furniture] == [
        (2, "ruled-footer"),
        (3, "ruled-footer"),
        (4, "ruled-footer"),
    ]


def test_a_blank_page_notice_run_into_the_next_paper_is_broken_off_and_dropped() -> None:
    lines, furniture = _clean("blank-page-run-on.txt")
    assert "blank-page-notice" in furniture
    assert "Agenda Item B" in lines
    assert "LICENSING COMMITTEE 6 MAY 2024" in lines
    assert "A report by the Licensing Manager for decision." in lines


def test_a_names_glued_dash_and_label_get_their_spaces_back() -> None:
    text = (
        "PRESENT:Councillor Fenner (Chair)- Ashcombe Borough Council\n"
        "Pauline Irwin- Independent Member\n"
        "IN ATTENDANCE:Marcus Jowett- Panel Support Officer\n"
        "The plan covers health and well- being services across the county.\n"
        "Apologies:Councillor Lomax"
    )
    lines, _ = clean(text)
    assert [li.text for li in lines] == [
        "PRESENT: Councillor Fenner (Chair) - Ashcombe Borough Council",
        "Pauline Irwin - Independent Member",
        "IN ATTENDANCE: Marcus Jowett - Panel Support Officer",
        "The plan covers health and well- being services across the county.",
        "Apologies: Councillor Lomax",
    ]


def test_a_line_between_two_close_page_counts_is_printed_once_and_stays() -> None:
    """A short page flattened: "Membership" sits beside both "Page" lines but is printed
    once, so it is the paper's own heading, not a running footer."""
    from minutebook.parsing.page_furniture import drop_page_counts_and_running_footers

    texts = ["Page 1 of 40", "Membership", "Councillor A Reid", "Page 2 of 40", "AGENDA"]
    kept, dropped = drop_page_counts_and_running_footers([Line(1, text) for text in texts])
    assert [line.text for line in kept] == ["Membership", "Councillor A Reid", "AGENDA"]
    assert {f.rule for f in dropped} == {"page-count"}


def test_a_word_processor_s_page_footer_either_way_round_is_furniture() -> None:
    text = (QUIRKS / "piped-page-number.txt").read_text("utf-8")
    lines, furniture = clean(text)
    dropped = [f.line.text for f in furniture if f.rule == "piped-page-number"]
    assert dropped == ["1 | Page Council Minutes 18/03/2021", "Page | 2"]
    assert not any("Page" in line.text for line in lines)


def test_a_page_count_glued_to_a_line_and_a_range_wrapped_onto_the_next_item() -> None:
    """ "Page 3 of 90 4 Annual Governance Statement 21 -": the count is furniture, the item
    stays on its line; "30 5 Pay Policy Statement 31 -": the 30 closes item 4's range."""
    lines, furniture = _clean("page-count-glued-to-items.txt")
    assert "glued-page-count" in furniture
    assert "4 Annual Governance Statement 21 - 30" in lines
    assert "5 Pay Policy Statement 31 - 44" in lines
    assert "6 Annual Report of the Audit Committee 45 -" in lines
    assert "2 Minutes of the Authority 10 April 2023 3 - 12" in lines


def test_an_ordinals_lifted_letters_are_furniture_only_beside_their_day() -> None:
    """ "rd" before the title's date "3  June" and "th" before "ITEM 4" with "6  May" after
    it are the days' raised letters: cut out and kept on record. "th" before "1  July" is
    not that day's ordinal ("st"): the line stays as printed."""
    lines, furniture = _clean("lifted-ordinal-letters.txt")
    assert furniture.count("lifted-ordinal") == 2
    assert lines[0] == "FENBY COMMUNITY COUNCIL MEETING HELD ON 3  June 2014"
    assert lines[4].startswith("ITEM 4 (311) The minutes")
    assert "shut; th Parish Clerk" in lines[6]


def test_an_ordinal_suffix_follows_the_days_last_figures() -> None:
    from minutebook.parsing.lifted_ordinals import ordinal_suffix

    assert [ordinal_suffix(d) for d in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "st",
        "nd",
        "rd",
        "th",
        "th",
        "th",
        "th",
        "st",
        "nd",
        "rd",
        "st",
    ]


def test_the_page_columns_heading_glued_before_an_item_is_furniture() -> None:
    """ "Page 1. To receive apologies": the column's heading over the first item; "1 Page
    4. Proposals ...": the page's number and the heading again at the next page's top."""
    lines, furniture = _clean("page-column-heading-on-items.txt")
    assert furniture.count("page-column-heading") == 2
    assert "1. To receive apologies for absence" in lines
    assert "4. Proposals for the Left Bank of the River 9 – 14" in lines


def test_an_attendance_label_after_a_notes_last_sentence_opens_a_line() -> None:
    """ "NOTE: ... chair the meeting. In Attendance: Mrs E Hale (Harbour Master), ...": the
    label and its names go on a line of their own, the note's sentence on its own."""
    lines, _ = _clean("label-after-note.txt")
    assert "In Attendance: Mrs E Hale (Harbour Master), Mr F Dunn" in lines
    assert any(line.endswith("was elected to chair the meeting.") for line in lines)
    assert "Apologies: Mrs D Pym" in lines


def test_a_paper_typed_in_a_table_loses_its_bars_and_the_blank_lines_between_rows() -> None:
    """Each row between bars keeps its cells with text (a tab between, a label and its
    names a space); a row of empty cells is a blank line, the converter's blank lines
    between rows go, the header row is furniture and a title cell in the first column
    stands over its text."""
    lines, furniture = _clean("pipe-table-rows.txt")
    assert lines[:5] == [
        "Date: 4th March, 2031",
        "Subject: Minutes of Wyke Community Council Meeting",
        "Present: Ann Reid (AR)(Chair), Ben Moss (BM)(Secretary), Cara Lowe",
        "(CL)(Treasurer), Dan Pym (DP), Eve Hart (EH)",
        "Fay Dunn (FD), Gil Ives (GI).",
    ]
    assert lines[6:10] == [
        "1.\tWelcome and Apologies",
        "",
        "AR opened the meeting at 7pm and noted the apologies listed above.",
        "Roads",
    ]
    assert "BM to write to the roads team about the potholes.\tBM\t1/4/31" in lines
    assert furniture.count("pipe-table-rows") == 1  # the header row
    assert not any("|" in line for line in lines)


def test_a_markdown_table_keeps_its_bars() -> None:
    """A Markdown table's separator row ("|---|---|") says the bars are the table's own,
    which the web page readers take."""
    text = "\n".join(
        ["| No. | Item |", "|---|---|", *[f"| {n}. | Title {n} |" for n in range(1, 12)]]
    )
    lines, _ = clean(text)
    assert lines[0].text == "| No. | Item |"
