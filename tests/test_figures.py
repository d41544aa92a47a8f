"""Figure tables become charts drawn beside them; other tables stay tables only."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import frontmatter
import pytest

from conftest import CONTENT, quirk_lines
from minutebook.parsing.figures import figure_of, tab_tables
from minutebook.pipeline import generate

SVG = "{http://www.w3.org/2000/svg}"


def test_each_layout_of_figure_table_is_read_and_other_tables_are_not() -> None:
    tables = [rows for _, rows in tab_tables(quirk_lines("figure-tables.txt"))]
    road, crime, offences, members, survey = (figure_of(rows) for rows in tables)
    assert road is not None and road.periods == ["2021", "2022", "2023", "2024 (to date)"]
    assert road.series == [("Road deaths", [57, 54, 45, 37]),
                           ("Serious injury", [746, 745, 843, 772])]  # fmt: skip
    # months down the side; the change columns and the total row are not series
    assert crime is not None and crime.periods == ["February", "March", "April"]
    assert [name for name, _ in crime.series] == ["2022", "2021", "2019"]
    assert crime.series[0][1] == [11825, 12951, 12664]
    assert offences is not None and offences.series == [("", [2050, 1745, 1136, 835, 781])]
    assert members is None and survey is None


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pages")
    generate(CONTENT, out)
    return out


def test_every_chart_sits_before_its_table_and_draws_its_numbers(built: Path) -> None:
    charts = 0
    for page_file in sorted((built / "documents").glob("*.md")):
        page = frontmatter.load(page_file).content
        for match in re.finditer(r"!\[Chart of the table below: [^\]]+\]\(([^)]+)\)", page):
            svg_file = page_file.parent / match.group(1)
            svg = ET.fromstring(svg_file.read_text("utf-8"))
            assert svg.get("role") == "img" and svg.find(f"{SVG}title") is not None
            rest = page[match.end() :].removeprefix("{: .mb-figure }")
            table = rest.split("\n\n", 1)[1].split("\n\n", 1)[0]
            assert table.startswith("| "), f"no table right after the chart: {table[:40]}"
            numbers = len(svg.findall(f".//{SVG}g/{SVG}title"))
            assert numbers > 0 and numbers <= len(re.findall(r"\d", table))
            lines = svg.findall(f"{SVG}polyline")
            assert len(lines) >= 1
            charts += 1
    assert charts >= 5
