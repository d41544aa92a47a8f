"""A meeting page opens with a summary card drawn from the model: body, date, time, venue,
chair, attendance counts and what was decided."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import frontmatter
import pytest

from conftest import CONTENT
from minutebook.model import Meeting
from minutebook.pipeline import generate


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pages")
    generate(CONTENT, out)
    return out


def _audit_committee(tmp_path: Path, after_opening: str) -> Meeting:
    """Build an archive of one invented committee's minutes (the opening sentence, then
    `after_opening`) into tmp_path/pages and return its one meeting."""
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    (content / "documents" / "minutes.txt").write_text(
        "MINUTES of a meeting of the Orrell Vale Audit Committee held in the Council "
        "Chamber, Orrell on Tuesday 3 June 2025.\n\n" + after_opening,
        encoding="utf-8",
    )
    result = generate(content, tmp_path / "pages", workers=1)
    [meeting] = result.archive.meetings.values()
    return meeting


def _card(pages: Path, meeting_id: str) -> str:
    text = frontmatter.load(pages / "meetings" / f"{meeting_id}.md").content
    match = re.search(r'<div class="mb-summary" markdown>(.*?)</div>', text, re.S)
    assert match, f"{meeting_id}: no summary card"
    assert text.index(match.group(0)) < text.index("## Papers"), "the card opens the page"
    return match.group(1)


def test_every_meeting_page_opens_with_a_summary_card(pages: Path) -> None:
    data = json.loads((pages / "data" / "archive.json").read_text("utf-8"))
    attendance = {m["id"]: Counter() for m in data["meetings"]}
    chairs: dict[str, set[str]] = {m["id"]: set() for m in data["meetings"]}
    for entry in data["attendance"]:
        attendance[entry["meeting"]][entry["role"]] += 1
        if re.match(r"^Chair(man|woman|person)?\b", entry["capacity"] or ""):
            chairs[entry["meeting"]].add(entry["person"])
    resolutions = Counter(m["meeting"] for m in data["minutes"] if m["resolution"])
    for meeting in data["meetings"]:
        card = _card(pages, meeting["id"])
        assert f"bodies/{meeting['body']}.md" in card
        assert (meeting["time"] or "not given") in card
        assert (meeting["venue"] or "not given") in card
        for role, n in attendance[meeting["id"]].items():
            assert re.search(rf"\b{n} {role.replace('_', ' ')}", card), (meeting["id"], role)
        for person in chairs[meeting["id"]]:
            assert "**Chair:** [" in card and f"people/{person}.md" in card
        if any(m["meeting"] == meeting["id"] for m in data["minutes"]):
            n = resolutions[meeting["id"]]
            assert f"{n} resolution" in card
        else:
            assert "minutes of this meeting are not in this archive" in card


def test_resolutions_and_questions_are_marked_to_stand_apart(pages: Path) -> None:
    data = json.loads((pages / "data" / "archive.json").read_text("utf-8"))
    marked = 0
    for meeting in data["meetings"]:
        text = frontmatter.load(pages / "meetings" / f"{meeting['id']}.md").content
        paragraphs = text.split("\n\n")
        resolutions = [p for p in paragraphs if re.match(r"(\*\*)?RESOLVED\b", p)]
        for paragraph in resolutions:
            assert paragraph.rstrip().endswith(".mb-resolution }"), paragraph[:80]
        questions = [q for q in data["questions"] if q["meeting"] == meeting["id"]]
        assert text.count(".mb-question }") == len(questions), meeting["id"]
        marked += len(resolutions) + len(questions)
    assert marked > 20


#: Ids a page's Markdown sets itself: heading ids, attribute lists, raw HTML.
SET_IDS = re.compile(r'\{#(?P<a>[\w-]+)\}|\{:[^}]*?#(?P<b>[\w-]+)|\bid="(?P<c>[\w-]+)"')


def test_no_page_sets_an_id_twice(pages: Path) -> None:
    """An anchor a journalist cites must lead to one place: in a questions minute each
    answer is numbered from 1 again, so a number printed again gets its own anchor
    (#minute-115-1 is question 1, #minute-115-1-2 the first paragraph of its answer)."""
    for page in sorted(pages.rglob("*.md")):
        ids = [next(g for g in m.groups() if g) for m in SET_IDS.finditer(page.read_text("utf-8"))]
        repeated = sorted(i for i, n in Counter(ids).items() if n > 1)
        assert not repeated, f"{page.relative_to(pages)}: {repeated}"
    text = (pages / "meetings" / "2024-10-10-kent-and-medway-police-and-crime-panel.md").read_text(
        "utf-8"
    )
    assert "{: #minute-115-1 .mb-question }" in text
    assert "{: #minute-115-1-2 }" in text
    data = json.loads((pages / "data" / "archive.json").read_text("utf-8"))
    questions = [q["url"] for q in data["questions"] if "2024-10-10" in q["meeting"]]
    assert [q.split("#")[1] for q in questions] == [f"minute-115-{n}" for n in range(1, 5)]


def test_archive_json_paragraph_urls_lead_to_their_paragraph(pages: Path) -> None:
    """minutes[].paragraphs: each numbered paragraph with its source line and the anchor
    its page sets on it; subparagraphs carry their place ("2.c.3") and line."""
    data = json.loads((pages / "data" / "archive.json").read_text("utf-8"))
    ids: dict[str, set[str]] = {}
    checked = 0
    for minute in data["minutes"]:
        for paragraph in minute["paragraphs"]:
            page, fragment = paragraph["url"].split("#")
            if page not in ids:
                text = (pages / f"{page.strip('/')}.md").read_text("utf-8")
                ids[page] = {next(g for g in m.groups() if g) for m in SET_IDS.finditer(text)}
            assert fragment in ids[page], paragraph
            checked += 1
    assert checked > 100
    m103 = next(m for m in data["minutes"] if m["id"].endswith("2023-10-17-kent-and-medway-"
                "police-and-crime-panel-minute-103"))  # fmt: skip
    [item] = [x for x in m103["subparagraphs"] if x["number"] == "2.c.3"]
    assert item["line"] == 46 and item["url"].endswith("#minute-103-2-c-3")
    page = item["url"].split("#")[0]
    assert "minute-103-2-c-3" in ids[page]  # the page sets the id the data points at


def test_a_boards_attendees_cell_reads_as_a_list_under_its_headings(pages: Path) -> None:
    """The 31 October 2022 notes print their attendees in one table cell as an HTML
    fragment with no item marks; the page lists them under their headings, with every
    word of the cell, and the attendance line groups them the same way."""
    text = (pages / "meetings" / "2022-10-31-performance-and-delivery-board.md").read_text("utf-8")
    assert (
        "- Attendees:\n"
        "    - Office of the Kent Police and Crime Commissioner:\n"
        "        - Matthew Scott - Police and Crime Commissioner (PCC)\n"
        "        - Adrian Harper - Chief Executive (CE)\n"
        "    - Kent Police:\n"
        "        - Tim Smith - Temporary Chief Constable (T/CC)\n"
        "        - Ian Drysdale - Deputy Chief Officer (DCO)\n"
    ) in text
    assert "<ul" not in text and "list-style-type" not in text
    assert "(Chief Executive (CE)); Kent Police: [Tim Smith]" in text
    data = json.loads((pages / "data" / "archive.json").read_text("utf-8"))
    tim = [x for x in data["attendance"] if x["person"] == "tim-smith"]
    assert {x["group"] for x in tim} == {"Kent Police"}


def test_an_attendees_cell_with_words_the_list_would_lose_stays_as_printed() -> None:
    from minutebook.model import AttendanceFacts, AttendanceRole, DocumentKind, Line, Part
    from minutebook.parsing.record_lines import attendee_cells
    from minutebook.rendering.pages.body import attendee_list

    cell = (
        "Attendees:\t<p>Kent Police:</p> <ul> Tim Smith - Chief Constable (CC) "
        "Ian Drysdale - Deputy Chief Officer (DCO) and guests"
    )
    facts = [
        AttendanceFacts(AttendanceRole.PRESENT, "Tim Smith", "Chief Constable (CC)", 1,
                        group="Kent Police"),
        AttendanceFacts(AttendanceRole.PRESENT, "Ian Drysdale", "Deputy Chief Officer (DCO)", 1,
                        group="Kent Police"),
    ]  # fmt: skip
    part = Part(DocumentKind.MINUTES, "Notes", [Line(1, cell)], "board-notes", attendance=facts)
    assert attendee_cells(part) == []  # "and guests" is in no entry
    part.lines = [Line(1, cell.removesuffix(" and guests"))]
    [block] = attendee_cells(part)
    assert attendee_list(block).startswith("- Attendees:\n    - Kent Police:\n")


def test_what_was_decided_comes_first_each_linked_to_its_minute(pages: Path) -> None:
    """Under the summary card and before the papers: every resolution of the minutes and
    every Commissioner's decision noted, each linked to its anchor; then every minute (or,
    without minutes, every agenda item), linked."""
    data = json.loads((pages / "data" / "archive.json").read_text("utf-8"))
    checked = 0
    for meeting in data["meetings"]:
        text = frontmatter.load(pages / "meetings" / f"{meeting['id']}.md").content
        papers = text.index("## Papers")
        minutes = [m for m in data["minutes"] if m["meeting"] == meeting["id"]]
        resolved = [m for m in minutes if m["resolution"]]
        decisions = [d for d in data["decisions"] if d["meeting"] == meeting["id"]]
        if resolved or decisions:
            start = text.index("## Decided at this meeting {#decided}")
            assert start < papers, meeting["id"]
            section = text[start:papers]
            for minute in resolved:
                anchor = minute["url"].split("#")[1]
                assert f"](#{anchor}): " in section, (meeting["id"], minute["number"])
            for decision in decisions:
                assert f"[Decision {decision['reference']}](#" in section
            checked += len(resolved) + len(decisions)
        else:
            assert "## Decided at this meeting" not in text
        listed = [m["url"] for m in minutes] or [
            i["url"] for i in data["agenda_items"] if i["meeting"] == meeting["id"]
        ]
        for url in listed:
            assert f"(#{url.split('#')[1]})" in text[:papers], (meeting["id"], url)
    assert checked >= 10


def test_a_reason_for_absence_is_shown_with_the_apology_and_in_open_data(
    tmp_path: Path,
) -> None:
    """The reason printed with an apology is no capacity, but it is what the minutes say:
    the meeting page shows it beside the name and archive.json carries it."""
    meeting = _audit_committee(
        tmp_path,
        "PRESENT: Councillor A Pell (Chair) and Councillor B Quayle\n\n"
        "Apologies: Councillor C Ross (ill health)\n\n"
        "1. Internal audit plan\n\nRESOLVED that the plan be approved.\n",
    )
    [away] = [a for a in meeting.attendance if a.role.value == "apologies"]
    assert (away.as_written, away.capacity) == ("Councillor C Ross", None)
    assert away.reason == "ill health"
    page = (tmp_path / "pages" / "meetings" / f"{meeting.id}.md").read_text("utf-8")
    assert re.search(r"Councillor C Ross\]\([^)]*\) \(ill health\)", page)
    data = json.loads((tmp_path / "pages" / "data" / "archive.json").read_text("utf-8"))
    [row] = [r for r in data["attendance"] if r["role"] == "apologies"]
    assert row["reason"] == "ill health" and row["capacity"] is None


def test_when_someone_came_or_went_is_shown_with_the_name_and_in_open_data(
    tmp_path: Path,
) -> None:
    """ "(from item 2)" after a name says when they arrived, not who they are: the meeting
    page shows it beside the name, archive.json carries it as `timing`, not `capacity`."""
    meeting = _audit_committee(
        tmp_path,
        "PRESENT: Councillor A Pell (Chair) and Councillor B Quayle (from item 2)\n\n"
        "1. Internal audit plan\n\nRESOLVED that the plan be approved.\n",
    )
    [late] = [a for a in meeting.attendance if a.timing]
    assert (late.as_written, late.capacity, late.timing) == (
        "Councillor B Quayle",
        None,
        "from item 2",
    )
    page = (tmp_path / "pages" / "meetings" / f"{meeting.id}.md").read_text("utf-8")
    assert re.search(r"Councillor B Quayle\]\([^)]*\) \(from item 2\)", page)
    data = json.loads((tmp_path / "pages" / "data" / "archive.json").read_text("utf-8"))
    rows = {r["as_written"]: r for r in data["attendance"]}
    assert rows["Councillor B Quayle"]["timing"] == "from item 2"
    assert rows["Councillor A Pell"]["timing"] is None


def test_every_decision_of_a_minute_is_listed_and_in_open_data(tmp_path: Path) -> None:
    """A minute that decides two things in paragraphs of their own: the meeting page lists
    both under "Decided at this meeting" and archive.json carries the later one with its
    line, so no decision the paper prints is left out of what readers and machines see."""
    meeting = _audit_committee(
        tmp_path,
        "PRESENT: Councillor A Pell (Chair) and Councillor B Quayle\n\n"
        "1. Annual return\n\n"
        "1.1 RESOLVED that the accounting statements be approved.\n\n"
        "1.2 The auditor's letter was discussed and it was RESOLVED to publish it.\n",
    )
    page = (tmp_path / "pages" / "meetings" / f"{meeting.id}.md").read_text("utf-8")
    section = page[page.index("## Decided at this meeting") : page.index("## Papers")]
    assert "RESOLVED that the accounting statements be approved." in section
    assert "it was RESOLVED to publish it." in section
    data = json.loads((tmp_path / "pages" / "data" / "archive.json").read_text("utf-8"))
    [minute] = data["minutes"]
    assert minute["resolution"].startswith("RESOLVED that the accounting statements")
    assert minute["further_resolutions"] == [{"text": "it was RESOLVED to publish it.", "line": 9}]


def test_a_decision_before_any_minute_heading_is_listed_and_in_open_data(
    tmp_path: Path,
) -> None:
    """A record whose first decision stands above its first heading (the heading lost in
    conversion): the meeting page lists it with its line and archive.json carries it on
    the meeting, so no decision is dropped for want of a minute to hang it on."""
    meeting = _audit_committee(
        tmp_path,
        "PRESENT: Councillor A Pell (Chair) and Councillor B Quayle\n\n"
        "There were no declarations of interest.\n\n"
        "RESOLVED that the minutes of the meeting held on 2 March be approved.\n\n"
        "1. Annual return\n\n"
        "The return was noted.\n",
    )
    page = (tmp_path / "pages" / "meetings" / f"{meeting.id}.md").read_text("utf-8")
    section = page[page.index("## Decided at this meeting") : page.index("## Papers")]
    assert "RESOLVED that the minutes of the meeting held on 2 March be approved." in section
    assert section.index("2 March be approved") < section.index("Annual return")  # as printed
    data = json.loads((tmp_path / "pages" / "data" / "archive.json").read_text("utf-8"))
    [row] = data["meetings"]
    [decision] = row["opening_resolutions"]
    assert decision["text"].startswith("RESOLVED that the minutes of the meeting held on 2 March")
    assert f"line {decision['line']})" in section


def test_a_declaration_before_any_minute_heading_links_to_the_minutes(tmp_path: Path) -> None:
    """A record that states a declaration under its roll, before its first heading: it is
    read, declared under no minute, and its link is the top of the minutes on the page."""
    meeting = _audit_committee(
        tmp_path,
        "PRESENT: Councillor A Pell (Chair) and Councillor B Quayle\n\n"
        "Councillor B Quayle declared an interest in agenda item 1 as a member of the "
        "trust.\n\n"
        "1. Annual return\n\n"
        "The return was noted.\n",
    )
    data = json.loads((tmp_path / "pages" / "data" / "archive.json").read_text("utf-8"))
    [declaration] = data["declarations"]
    assert declaration["as_written"] == "Councillor B Quayle"
    assert declaration["line"] == 5  # after the opening sentence and the roll
    assert declaration["url"].endswith(f"meetings/{meeting.id}/#minutes")
