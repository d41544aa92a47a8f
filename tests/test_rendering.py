"""Rendering rules on fixtures cut from the real documents."""

from __future__ import annotations

from conftest import quirk_lines, render_lines
from minutebook.model import HeadingBlock
from minutebook.parsing.cleaning import clean
from minutebook.parsing.headings import printed_headings
from minutebook.rendering.pages.text import inline


def test_footnote_marker_links_to_its_footnote() -> None:
    markdown = render_lines(quirk_lines("footnote-marker-and-definition.txt"))
    assert "support Vision Zero'.[¹](#footnote-1)" in markdown
    assert "¹ 'Vision Zero' aims for zero" in markdown
    assert "{: #footnote-1 }" in markdown


def test_link_to_a_bare_hash_is_plain_text() -> None:
    assert inline("in the [Making Kent Safer Plan](#), one") == "in the Making Kent Safer Plan, one"


def test_markup_in_text_is_escaped_and_braces_neutralised() -> None:
    assert inline("<script>x</script> {: onclick=y }") == (
        "&lt;script&gt;x&lt;/script&gt; &#123;: onclick=y }"
    )
    assert inline("<b>6 Month total</b>") == "**6 Month total**"


def test_report_section_headings_become_headings() -> None:
    lines = quirk_lines("report-section-headings.txt")
    headings = [(h.level, h.title) for h in printed_headings(lines, [])]
    assert (2, "Introduction") in headings
    assert (2, "Kent Police teams that focus on roads policing and wider road safety issues") in (
        headings
    )
    # a colon line before a restarted numbered list introduces the list: not a heading
    assert not [t for _, t in headings if t.startswith("Apologies")]
    # laid out as heading blocks, they are headings; the lines alone stay text
    assert "## Introduction" not in render_lines(lines)
    replaced = render_lines(
        lines, {h.line: HeadingBlock(h.line, h.level, h.title) for h in printed_headings(lines, [])}
    )
    assert "\n## Introduction\n" in replaced and "\nApologies:\n" in replaced


def test_a_colon_line_the_numbering_runs_on_through_is_a_heading() -> None:
    """Cut from the Divisional Policing Review: "18. ..." / "Overview of the changes:" /
    "19. The main changes ... as follows:": the numbering runs on from the paragraphs
    before, so the label heads a section even though paragraph 19 is short."""
    lines = quirk_lines("section-label-inside-numbering.txt")
    assert [(h.line, h.level, h.title) for h in printed_headings(lines, [])] == [
        (3, 2, "Overview of the changes")
    ]


def test_section_numbers_set_heading_levels_whatever_the_hashes() -> None:
    """Cut from the Chief Constable's performance report: "#### **4. Tackle ...**" and
    "## 5. Protect ..." are both sections; "4.1" sits inside "4."; an unnumbered heading
    inside the last numbered one; a bold numbered line is a heading too."""
    headings = printed_headings(quirk_lines("heading-levels-from-section-numbers.txt"), [])
    assert [f"{'#' * h.level} {h.title}" for h in headings] == [
        "## 3. Work with Residents, Communities and Businesses to Prevent Crime and "
        "Anti-Social Behaviour.",
        "### 3.1 Victim Based Crime",
        "#### Burglary Business and Community",
        "## 4. Tackle Violence Against Women.",
        "### 4.1 Rape Offences",
        "#### Rape",
        "## 5. Protect People from Exploitation and Abuse.",
        "### 5.1 Domestic Abuse.",
        "### 5.4 Organised Immigration Crime (OIC) and Modern Slavery and Human Trafficking "
        "(MSHT).",
    ]


def test_a_paragraph_split_by_a_page_break_is_one_paragraph_again() -> None:
    """Cut from the performance report, where a page break (its running header removed)
    fell inside a sentence: "... face-to-face engagement and use of" / "traditional social
    media, ...". A line that leaves its sentence open joins a next line starting in lower
    case; a sentence that ended starts a new paragraph."""
    paragraphs = render_lines(quirk_lines("paragraph-split-by-page-break.txt")).split("\n\n")
    assert len(paragraphs) == 2
    assert "engagement and use of traditional social media, Kent Police" in paragraphs[0]
    assert paragraphs[1].startswith("The Force has dedicated")


def test_a_list_broken_by_a_page_break_renders_as_one_list() -> None:
    lines, _ = clean("\n".join(line.text for line in quirk_lines("list-broken-by-page-break.txt")))
    markdown = render_lines(lines)
    # the item split by the page break is one item, and the list runs on to "d."
    assert (
        "- 3\\. The Neighbourhood Policing Review; whilst he regretted the loss of a number of "
        "PCSO's, he said the outcome was positive with police officers going into"
    ) in markdown
    block = markdown.split("- a. The commissioning element")[1].split("\n\n")[0]
    # printed at one indent, "1." to "5." belong to "a." and "1." to "4." to "c."
    assert "\n        - 4\\. The criminal justice system" in block
    assert "\n        - 1\\. Funding for victims" in block
    assert "\n    - b. The ongoing partnerships" in block
    assert "\n    - d. The finances" in block
    # the six items of Mr Paul's background are one flat list
    background = markdown.split("- His extensive experience")[1].split("\n\n")[0]
    assert background.count("\n- ") == 5 and "    - " not in background
