"""Organisations: councils from membership lists, curated ones (Kent Police, the OPCC),
their mentions in the text, and who attended for them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import frontmatter
import pytest
import yaml

from conftest import CONTENT
from minutebook.errors import ContentError
from minutebook.pipeline import generate
from minutebook.resolving.curated import load_organisations


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("pages")
    generate(CONTENT, out)
    return out, json.loads((out / "data" / "archive.json").read_text("utf-8"))


def test_every_mention_is_the_organisations_name_at_that_line(built) -> None:
    _, data = built
    curated = yaml.safe_load((CONTENT / "organisations.yaml").read_text("utf-8"))
    names = {o["id"]: {o["name"]} for o in data["organisations"]}
    for entry in curated["organisations"]:
        names[entry["id"]] |= set(entry["match"])
    sources = {s["file"]: s for s in data["sources"]}
    documents = {d["id"]: d for d in data["documents"]}
    texts = {f: (CONTENT / "documents" / f).read_text("utf-8").split("\n") for f in sources}
    assert len(data["organisation_mentions"]) > 100
    for mention in data["organisation_mentions"]:
        assert mention["as_written"] in names[mention["organisation"]]
        line = texts[documents[mention["document"]]["source_file"]][mention["line"] - 1]
        assert mention["as_written"] in line


def test_the_longest_name_wins(built) -> None:
    """ "Kent Police and Crime Commissioner" names the Commissioner's office, not Kent
    Police: on every line, Kent Police is mentioned exactly as often as its name appears
    outside that longer name."""
    _, data = built
    documents = {d["id"]: d for d in data["documents"]}
    per_line: dict[tuple[str, int], int] = {}
    for m in data["organisation_mentions"]:
        key = (m["document"], m["line"])
        per_line.setdefault(key, 0)
        per_line[key] += m["organisation"] == "kent-police"
    checked = 0
    for (document, number), count in per_line.items():
        path = CONTENT / "documents" / documents[document]["source_file"]
        line = path.read_text("utf-8").split("\n")[number - 1]
        alone = len(re.findall(r"\bKent Police\b(?! and Crime Commissioner)", line))
        assert count == alone, (document, number, line[:80])
        checked += "Kent Police and Crime Commissioner" in line
    assert checked > 0


def test_organisation_pages_list_mentions_and_people_attending_for_them(built) -> None:
    out, data = built
    # the organisation's page and its year pages, where the details are
    home = out / "organisations" / "office-of-the-police-and-crime-commissioner.md"
    years = sorted(home.with_suffix("").glob("*.md"))
    assert years and "## Year by year" in frontmatter.load(home).content
    opcc = "\n".join(frontmatter.load(page).content for page in [home, *years])
    attending = [
        found
        for part in opcc.split("## People attending for it")[1:]
        for found in re.findall(
            r"^- \[([^\]]+)\]\([^)]*people/[^)]+\)[:,] (.+)$", part.split("##", 1)[0], re.M
        )
    ]
    curated = yaml.safe_load((CONTENT / "organisations.yaml").read_text("utf-8"))
    [entry] = [o for o in curated["organisations"]
               if o["id"] == "office-of-the-police-and-crime-commissioner"]  # fmt: skip
    assert attending
    for _, capacities in attending:
        assert any(name in capacities for name in [entry["name"], *entry["match"]])
    counts = re.findall(r"named (\d+) times?", opcc)
    total = sum(1 for m in data["organisation_mentions"]
                if m["organisation"] == "office-of-the-police-and-crime-commissioner")  # fmt: skip
    assert sum(map(int, counts)) == total


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("organisations:\n  - id: Kent Police\n    name: K\n    match: [K]\n", "lower-case"),
        ("organisations:\n  - id: k\n    name: K\n", "organisations.yaml:2: entry lacks match"),
    ],
)
def test_a_wrong_organisation_entry_is_a_clear_error(
    tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "organisations.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(message)):
        load_organisations(tmp_path)


def test_a_capacity_counts_for_the_longest_organisation_it_names(built) -> None:
    """'Kent Police and Crime Commissioner' is the Commissioner's office: someone attending
    in that capacity is not listed as attending for Kent Police."""
    out, data = built
    longer = "Kent Police and Crime Commissioner"
    capacities = [a for a in data["attendance"] if longer in (a["capacity"] or "")]
    assert capacities
    kent_police = "\n".join(
        frontmatter.load(page).content
        for page in [out / "organisations" / "kent-police.md",
                     *(out / "organisations" / "kent-police").glob("*.md")]
    )  # fmt: skip
    for attendance in capacities:
        rest = attendance["capacity"].replace(longer, "")
        if "Kent Police" not in rest:
            assert (
                f"people/{attendance['person']}.md"
                not in kent_police.split("## People attending for it")[-1].split("## Mentioned in")[
                    0
                ]
                or "## People attending for it" not in kent_police
            )
