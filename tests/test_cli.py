"""The command line: summary, --strict, and `check FILE` on real and broken documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CONTENT
from minutebook.cli import main

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow


def test_build_pages_only_prints_a_summary_and_strict_fails_on_warnings(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["build", "--content", str(CONTENT), "--pages-dir", str(tmp_path / "p"), "--pages-only"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "5 documents read" in result.output and "8 meetings" in result.output
    strict = runner.invoke(main, [*args, "--strict"])
    assert strict.exit_code == 1  # the real documents carry a damaged name and a missing venue
    assert "damaged-name" in strict.output and "--strict" in strict.output


def test_build_writes_the_search_index_and_no_material_search(tmp_path: Path) -> None:
    args = [
        "build",
        "--content",
        str(CONTENT),
        "--pages-dir",
        str(tmp_path / "p"),
        "--site-dir",
        str(tmp_path / "site"),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "pagefind" / "pagefind-entry.json").is_file()
    assert list((tmp_path / "site" / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert not (tmp_path / "site" / "search").exists()


def test_check_lists_what_it_recognised_with_line_numbers() -> None:
    result = CliRunner().invoke(
        main, ["check", str(CONTENT / "documents" / "001_78dbf443e4e88d81.txt")]
    )
    assert "minutes (minutes): Minutes: Kent and Medway Police and Crime Panel" in result.output
    assert "19 minute 101 (item 4): Minutes of the Police and Crime Panel" in result.output
    assert "23 resolution: RESOLVED that the minutes of the meeting held on 27 June" in (
        result.output
    )
    assert "17 declaration by Mr Meade (minute 100)" in result.output
    assert "001_78dbf443e4e88d81.txt:5: warning" in result.output
    assert result.exit_code == 1


def test_check_lists_decisions_and_declarations_before_any_minute(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_text(
        "MINUTES of a meeting of the Fenby Audit Committee held in the Town Hall, Fenby on "
        "Tuesday 3 March 2026.\n\nPRESENT: Councillor A Reid (Chair), Councillor B Moss\n\n"
        "Councillor B Moss declared an interest in item 1 as a trustee of the trust.\n\n"
        "RESOLVED that the minutes of the meeting held on 2 February be approved.\n\n"
        "1. Annual return\n\nThe return was noted.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", str(paper)])
    assert "7 resolution before any minute: RESOLVED that the minutes" in result.output
    assert "5 declaration by Councillor B Moss (minute none)" in result.output


def test_check_shows_appendices_and_contents_headings() -> None:
    """A report's appendices are parts with their line ranges and their report; a paper's
    headings from its contents list are shown with their level."""
    runner = CliRunner()
    pack = runner.invoke(main, ["check", str(CONTENT / "documents" / "002_bd05b0a29f0e0bbc.txt")])
    assert "248-346 report (report-header): Appointment of Chief Constable" in pack.output
    assert (
        "430-580 appendix (appendix): Appendix A: Chief Constable Application Pack\n"
        "  appendix A of: Appointment of Chief Constable"
    ) in pack.output
    assert "581-609 appendix (appendix): Appendix B: Chief Constable advert" in pack.output
    assert "appendix-not-found" not in pack.output
    annual = runner.invoke(main, ["check", str(CONTENT / "documents" / "003_c42fe58c380151c9.txt")])
    assert "  146 heading h2: My priorities for the Chief Constable to deliver" in annual.output
    assert "  172 heading h3: Tackle violence against women and girls (VAWG)" in annual.output
    assert "  488 heading h4: Outcomes" in annual.output


def test_check_names_a_binary_file(tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF\x00\x01")
    result = CliRunner().invoke(main, ["check", str(bad)])
    assert result.exit_code == 1
    assert "scan.pdf: warning: NUL byte at byte offset 4" in result.output


def test_missing_content_folder_is_a_clear_error(tmp_path: Path) -> None:
    shutil.rmtree(tmp_path, ignore_errors=True)
    result = CliRunner().invoke(main, ["build", "--content", str(tmp_path), "--pages-only"])
    assert result.exit_code == 1
    assert "no such folder" in result.output


def test_people_explains_every_merge() -> None:
    result = CliRunner().invoke(main, ["people", "--content", str(CONTENT)])
    assert result.exit_code == 0, result.output
    block = result.output.split("mike-hill: Mike Hill\n", 1)[1].split("\n", 4)
    assert "  as written: Mr M Hill OBE" in block
    assert any("initials P M and surname fit 'Mike Hill'" in line for line in block)
    assert "unresolved names" in result.output
