"""Topics: curated subjects and recurring items, followed across meetings; the meetings
calendar."""

from __future__ import annotations

import calendar
import json
import re
from pathlib import Path

import frontmatter
import pytest
import yaml

from conftest import CONTENT
from minutebook.errors import ContentError
from minutebook.pipeline import generate
from minutebook.resolving.curated import load_topics
from minutebook.resolving.topics import recurring_key


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("pages")
    generate(CONTENT, out)
    return out, json.loads((out / "data" / "archive.json").read_text("utf-8"))


def _titles(data: dict) -> dict[str, dict[str, str]]:
    return {
        "agenda_items": {i["id"]: i["title"] for i in data["agenda_items"]},
        "minutes": {m["id"]: m["title"] for m in data["minutes"]},
        "documents": {d["id"]: d["title"] for d in data["documents"]},
    }


def test_a_curated_topic_gathers_every_record_whose_title_names_it(built) -> None:
    _, data = built
    curated = yaml.safe_load((CONTENT / "topics.yaml").read_text("utf-8"))["topics"]
    topics = {t["id"]: t for t in data["topics"]}
    titles = _titles(data)
    checked = 0
    for entry in curated:
        phrases = [p.lower() for p in entry["match"]]
        for collection, by_id in titles.items():
            expected = sorted(i for i, t in by_id.items() if any(p in t.lower() for p in phrases))
            listed = sorted(topics[entry["id"]][collection]) if entry["id"] in topics else []
            assert listed == expected, (entry["id"], collection)
            checked += len(expected)
    assert checked >= 10


def test_recurring_titles_become_topics_unless_procedural(built) -> None:
    _, data = built
    topics = {t["name"].lower(): t for t in data["topics"] if not t["curated"]}
    questions = topics["questions to the commissioner"]
    expected = sorted(m["id"] for m in data["minutes"]
                      if m["title"].lower() == "questions to the commissioner")  # fmt: skip
    assert sorted(questions["minutes"]) == expected and len(expected) >= 2
    assert not any("apologies" in name for name in topics)
    assert recurring_key("Complaints Against the Commissioner - Annual Report 2022/23") == (
        recurring_key("Complaints against the Commissioner - Annual Report 2023-24")
    )


def test_each_topic_page_links_its_records_at_their_anchors(built) -> None:
    out, data = built
    for topic in data["topics"]:
        # the records are on the topic's year pages, each linked from the topic's page
        home = frontmatter.load(out / "topics" / f"{topic['id']}.md").content
        years = sorted((out / "topics" / topic["id"]).glob("*.md"))
        assert years, topic["id"]
        for year in years:
            assert f"({topic['id']}/{year.name})" in home, (topic["id"], year.name)
        page = "\n".join(frontmatter.load(year).content for year in years)
        for item in topic["agenda_items"]:
            assert f"#item-{item.rsplit('-item-', 1)[1]})" in page, (topic["id"], item)
        for minute in topic["minutes"]:
            number = minute.rsplit("-minute-", 1)[1]
            assert f"#minute-{number})" in page, (topic["id"], minute)
        urls = {d["id"]: d["url"] for d in data["documents"]}
        for document in topic["documents"]:
            assert f"{urls[document].strip('/')}.md" in page, (topic["id"], document)
    index = frontmatter.load(out / "topics" / "index.md").content
    for topic in data["topics"]:
        assert f"({topic['id']}.md)" in index


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("topics:\n  - id: Road Safety\n    name: R\n    match: [road]\n", "must be lower-case"),
        ("topics:\n  - id: a\n    name: A\n    match: [x]\n"
         "  - id: a\n    name: B\n    match: [y]\n", "topics.yaml:5: id 'a' is used twice"),
        ("topics:\n  - id: a\n    name: A\n", "topics.yaml:2: entry lacks match"),
    ],
)  # fmt: skip
def test_a_wrong_topic_entry_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "topics.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(message)):
        load_topics(tmp_path)


def test_the_meetings_calendar_links_every_meeting_once_under_its_year_and_month(built) -> None:
    """Each year has its calendar page (/meetings/2024/), linked from the meetings page,
    which shows the newest year; every meeting is on its year's page once, in its month."""
    out, data = built
    index = frontmatter.load(out / "meetings" / "index.md").content
    years = {m["date"][:4] for m in data["meetings"]}
    for year in years:
        assert f"]({year}.md)" in index, year
    newest = max(years)
    assert f"## {newest}" in index
    for meeting in data["meetings"]:
        year, month, day = meeting["date"].split("-")
        section = frontmatter.load(out / "meetings" / f"{year}.md").content
        assert section.count(f"({meeting['id']}.md)") == 1, meeting["id"]
        row = next(r for r in section.splitlines() if f"({meeting['id']}.md)" in r)
        assert row.startswith(f"| {calendar.month_name[int(month)]} |")
        assert f"[{int(day)} " in row
        if year == newest:
            assert f"({meeting['id']}.md)" in index, meeting["id"]
