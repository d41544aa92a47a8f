"""People: names in running text, role words, evidence-based merging, curated spellings,
and the person pages built from them."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import frontmatter
import pytest

from conftest import CONTENT, quirk_lines
from minutebook.errors import ContentError, Diagnostics
from minutebook.parsing.mentions import find_mentions
from minutebook.pipeline import generate, read_archive
from minutebook.resolving.curated import PersonEntry, load_people
from minutebook.resolving.people import name_parts, resolve_people, titles


def test_names_and_role_words_in_running_text_are_found_as_written() -> None:
    found = [
        (m.line, m.text, m.role) for m in find_mentions(quirk_lines("names-in-running-text.txt"))
    ]
    assert found == [
        (1, "Mr David Paul", None),
        (1, "The Commissioner", "Commissioner"),
        (2, "Mr Paul", None),
        (3, "Councillor Ashley Clark", None),  # the tab ends the name: the next cell is not
        (4, "Mr Feacey", None),  # "the Lord Lieutenant" is an office, not a name
        (5, "Lord Nolan", None),
        (6, "Mr Scott", None),  # the possessive is not part of the name
    ]


def test_a_surname_joins_only_the_person_whose_title_fits() -> None:
    index = resolve_people(
        {"Cllr R Wells", "Cllr Richard Wells", "Ms Caroline Wells", "Councillor Connie Nolan"},
        attach_only=frozenset({"Ms Wells", "Lord Nolan"}),
    )
    assert index.by_spelling["Ms Wells"] == index.by_spelling["Ms Caroline Wells"]
    assert index.by_spelling["Cllr R Wells"] != index.by_spelling["Ms Caroline Wells"]
    # a surname met only in running text never makes a person, nor joins one by surname
    # when its title contradicts theirs
    assert "Lord Nolan" not in index.by_spelling
    assert any(u.startswith("Lord Nolan") for u in index.unresolved)


def test_a_short_given_name_joins_the_only_longer_one() -> None:
    index = resolve_people({"Cllr Matthew Boughton", "Mr Matt Boughton", "Mr Mat Smith"})
    assert index.by_spelling["Mr Matt Boughton"] == index.by_spelling["Cllr Matthew Boughton"]
    assert index.by_spelling["Mr Mat Smith"] != index.by_spelling["Cllr Matthew Boughton"]


def test_curated_spellings_come_first_and_are_explained() -> None:
    entry = PersonEntry("Pat Makinson", ("Makinson",), 14)
    index = resolve_people({"Makinson", "Councillor Pat Makinson"}, curated=[entry])
    person = index.by_spelling["Makinson"]
    assert person == index.by_spelling["Councillor Pat Makinson"]
    assert any("people.yaml (line 14)" in e for e in index.evidence[person])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("people:\n  - name: A B\n", "people.yaml:2: entry lacks spellings"),
        ("people:\n  - name: A B\n    spellings: [x]\n    role: y\n", "unknown keys role"),
        ("people:\n  - name: A B\n    spellings: []\n", "'spellings' must be a list"),
        ("people:\n  - name: A B\n    spellings: [Mr B]\n  - name: C B\n    spellings: [Mr B]\n",
         "people.yaml:4: spelling 'Mr B' is listed for both 'A B' and 'C B'"),
        ("people: [", "not valid YAML"),
    ],
)  # fmt: skip
def test_a_wrong_curated_entry_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "people.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(message)):
        load_people(tmp_path)


def test_a_curated_spelling_no_document_uses_is_a_warning(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "people.yaml").write_text(
        "people:\n  - name: Pat Makinson\n    spellings: [Makinson, Cllr P Makinsen]\n", "utf-8"
    )
    diagnostics = Diagnostics()
    read_archive(content, diagnostics)
    [warning] = [d for d in diagnostics.warnings if d.code == "curated-spelling-unused"]
    assert (warning.file, warning.line) == ("people.yaml", 2)
    assert "Cllr P Makinsen" in warning.message


def test_names_in_the_text_join_the_people_they_name(real_archive) -> None:
    """The 10 October 2024 minutes name "Mr David Paul", whom the attendance list prints as
    "Mr D Paul": one person, and "Mr Paul" in the same minute is him too."""
    archive, _, _ = real_archive
    [paul] = [p for p in archive.people.values() if "Mr D Paul" in p.aliases]
    assert {"Mr David Paul", "Mr Paul"} <= set(paul.aliases)
    assert paul.name == "David Paul"
    mentioned = {m.as_written for m in archive.mentions if m.person == paul.id}
    assert {"Mr David Paul", "Mr Paul"} <= mentioned


def test_role_words_resolve_to_who_held_the_role_at_that_meeting(real_archive) -> None:
    archive, _, _ = real_archive
    roles = [m for m in archive.mentions if m.role]
    assert roles
    for mention in roles:
        meeting = archive.meetings[archive.documents[mention.document].meeting]
        capacities = [a.capacity or "" for a in meeting.attendance if a.person == mention.person]
        assert capacities, (mention, "was not at the meeting")
        word = {"PCC": "Commissioner", "Chair": "Chair", "CC": "Chief Constable"}.get(
            mention.role or "", mention.role or ""
        )
        assert any(word.lower() in c.lower() or f"({mention.role})" in c for c in capacities)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pages")
    generate(CONTENT, out)
    return out


def _person_pages(built: Path, person_id: str) -> tuple[str, str]:
    """A person's own page, and their year pages joined (where the details are)."""
    home = frontmatter.load(built / "people" / f"{person_id}.md").content
    years = sorted((built / "people" / person_id).glob("*.md"))
    for year in years:  # every year page is linked from the person's page
        assert f"]({person_id}/{year.name})" in home, (person_id, year.name)
    return home, "\n".join(frontmatter.load(year).content for year in years)


def test_person_pages_show_attendance_rates_beside_an_svg_chart(built: Path) -> None:
    """The person's page has the rates and the chart; the chart has one square per row of
    the attendance tables on their year pages."""
    data = json.loads((built / "data" / "archive.json").read_text("utf-8"))
    attended = {a["person"] for a in data["attendance"]}
    for person in data["people"]:
        page, years = _person_pages(built, person["id"])
        chart = built / "people" / person["id"] / "attendance.svg"
        if person["id"] not in attended:
            continue
        assert chart.exists(), person["id"]
        svg = ET.fromstring(chart.read_text("utf-8"))
        rects = svg.findall(".//{http://www.w3.org/2000/svg}rect")
        table = re.findall(r"^\| \[.*?\]\(.*?#minutes\) \| (.+?) \|", years, re.M)
        assert len(rects) == len(table) > 0, person["id"]
        for rate in re.finditer(r"present at (\d+) of (\d+) meetings? of .+? \((\d+)%\)", page):
            present, total, percent = map(int, rate.groups())
            assert percent == round(100 * present / total)
        assert f"]({person['id']}/attendance.svg)" in page


def test_no_person_page_is_a_stub(built: Path) -> None:
    """Every person's pages say something the documents record about them beyond their
    name: attendance, membership, a question, a declaration or a mention."""
    sections = ("## Attendance", "## Membership", "## Questions asked",
                "## Declarations of interest", "## Mentioned in")  # fmt: skip
    data = json.loads((built / "data" / "archive.json").read_text("utf-8"))
    for person in data["people"]:
        _, years = _person_pages(built, person["id"])
        assert any(s in years for s in sections), person["id"]


def test_mentions_in_the_text_link_to_the_person(built: Path) -> None:
    data = json.loads((built / "data" / "archive.json").read_text("utf-8"))
    by_url: dict[str, list[dict]] = {}
    for mention in data["mentions"]:
        if mention["role"] is None:
            by_url.setdefault(mention["url"].split("#")[0], []).append(mention)
    assert by_url
    for url, mentions in by_url.items():
        page = frontmatter.load(built / (url.strip("/") + ".md")).content
        for mention in mentions:
            assert re.search(
                rf"\[{re.escape(mention['as_written'])}\]\([./]*people/{mention['person']}\.md\)",
                page,
            ), mention


@pytest.mark.parametrize(
    ("written", "given", "initials", "surname"),
    [
        # a rank from the shared vocabulary is a title, not a given name
        ("Chief Superintendent C Webb", (), ("C",), "Webb"),
        ("Det Supt Hana Okoye", ("Hana",), ("H",), "Okoye"),
        ("County Councillor Mrs J Tarrant OBE", (), ("J",), "Tarrant"),
        # only leading titles go: a surname that reads as a title stays the surname
        ("Mr Sergeant", (), (), "Sergeant"),
        ("Cllr Mark Parish", ("Mark",), ("M",), "Parish"),
    ],
)
def test_name_parts_take_titles_from_the_shared_vocabulary(
    written: str, given: tuple[str, ...], initials: tuple[str, ...], surname: str
) -> None:
    parts = name_parts(written)
    assert parts is not None
    assert (parts.given, parts.initials, parts.surname) == (given, initials, surname)
    assert "chief superintendent" in titles("Chief Superintendent C Webb")
