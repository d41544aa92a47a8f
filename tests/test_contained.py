"""One document, paper or record that makes Minutebook raise never stops the archive: it
is named in a warning (file and line) and everything else is built. Faults are injected
by making one rule raise for one invented paper; the real documents stay beside it."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import CONTENT, HOSTILE
from minutebook import parsing
from minutebook.cli import main
from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
from minutebook.engine.site import build_site
from minutebook.errors import Diagnostics, SiteBuildError
from minutebook.locking import folders_locked
from minutebook.model import Meeting
from minutebook.pipeline import generate
from minutebook.rendering.pages.pages import PageWriter
from minutebook.resolving import _Resolver

#: The invented paper the faults are injected into, and the real document beside it.
INVENTED = "far-future-date.txt"
REAL = "001_78dbf443e4e88d81.txt"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder, ignore=shutil.ignore_patterns("documents"))
    (folder / "documents").mkdir()
    shutil.copy(CONTENT / "documents" / REAL, folder / "documents" / REAL)
    shutil.copy(HOSTILE / INVENTED, folder / "documents" / INVENTED)
    return folder


def _warnings(diagnostics: Diagnostics, code: str) -> list[tuple[str, int | None]]:
    return [(d.file, d.line) for d in diagnostics.warnings if d.code == code]


def test_a_parser_that_raises_leaves_the_paper_as_full_text(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    minutes = parsing.PARSERS["minutes"]

    def fragile(part: Any, file: str, diagnostics: Diagnostics) -> None:
        if "Wessex" in part.lines[0].text:
            raise ZeroDivisionError("a rule's slip")
        minutes(part, file, diagnostics)

    monkeypatch.setitem(parsing.PARSERS, "minutes", fragile)
    result = generate(content, tmp_path / "pages", workers=1)
    assert _warnings(result.diagnostics, "parse-failed") == [(INVENTED, 1)]
    [warning] = [d for d in result.diagnostics.warnings if d.code == "parse-failed"]
    assert "ZeroDivisionError: a rule's slip" in warning.message
    invented = [d for d in result.archive.documents.values() if d.source_file == INVENTED]
    assert [d.kind.value for d in invented] == ["other"]
    assert len(result.archive.meetings) == 1  # the real minutes' meeting


def test_a_paper_that_makes_resolving_raise_is_left_out(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add = _Resolver.add_meeting_facts

    def fragile(self: _Resolver, meeting: Meeting, document: Any) -> None:
        if meeting.date.year == 9999:
            raise KeyError("no such record")
        add(self, meeting, document)

    monkeypatch.setattr(_Resolver, "add_meeting_facts", fragile)
    result = generate(content, tmp_path / "pages", workers=1)
    assert _warnings(result.diagnostics, "resolve-failed") == [(INVENTED, 1)]
    assert [m.date.year for m in result.archive.meetings.values()] == [2023]
    assert {d.source_file for d in result.archive.documents.values()} == {REAL}


def test_a_page_that_cannot_be_written_gets_a_stand_in_and_the_site_builds(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_page = PageWriter.meeting_page

    def fragile(self: PageWriter, meeting: Meeting) -> Any:
        if meeting.date.year == 9999:
            raise OverflowError("date value out of range")
        return meeting_page(self, meeting)

    monkeypatch.setattr(PageWriter, "meeting_page", fragile)
    result = generate(content, tmp_path / "pages", DEFAULT_SITE_CONFIG, workers=1)
    assert _warnings(result.diagnostics, "write-failed") == [(INVENTED, 1)]
    [meeting] = [m for m in result.archive.meetings.values() if m.date.year == 9999]
    stand_in = (tmp_path / "pages" / "meetings" / f"{meeting.id}.md").read_text("utf-8")
    assert "could not be written" in stand_in
    build_site(DEFAULT_CONFIG, tmp_path / "pages", tmp_path / "site")  # strict: no dead link


def test_a_far_future_meeting_with_a_time_is_warned_and_kept(content: Path, tmp_path: Path) -> None:
    result = generate(content, tmp_path / "pages", workers=1)
    assert (INVENTED, 1) in _warnings(result.diagnostics, "implausible-date")
    [meeting] = [m for m in result.archive.meetings.values() if m.date.year == 9999]
    assert meeting.date.isoformat() == "9999-12-31" and meeting.time is not None
    calendar = (tmp_path / "pages" / "calendar.ics").read_text("utf-8")
    assert "DTSTART;VALUE=DATE:99991231" in calendar


def _build_args(content: Path, tmp_path: Path) -> list[str]:
    return [
        "build",
        "--content",
        str(content),
        "--pages-dir",
        str(tmp_path / "pages"),
        "--site-dir",
        str(tmp_path / "site"),
        "--cache-dir",
        str(tmp_path / "cache"),
        "--config",
        str(DEFAULT_CONFIG),
    ]


def test_warnings_are_printed_before_a_later_step_stops_the_build(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: Any, **kwargs: Any) -> Any:
        raise SiteBuildError("MkDocs failed: the engine stopped")

    monkeypatch.setattr("minutebook.cli.build_site", failing)
    result = CliRunner().invoke(main, _build_args(content, tmp_path))
    assert result.exit_code == 1
    assert "far-future-date.txt:1: warning:" in result.output
    assert result.output.index("implausible-date") < result.output.index("the engine stopped")


def test_a_second_build_into_the_same_folders_stops_with_one_line(
    content: Path, tmp_path: Path
) -> None:
    with folders_locked(tmp_path / "site"):
        result = CliRunner().invoke(main, _build_args(content, tmp_path))
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    [line] = [x for x in result.output.splitlines() if x.startswith("Error:")]
    assert "another build is writing this folder" in line and str(tmp_path / "site") in line
    assert not (tmp_path / "pages").exists()


def test_a_folder_that_cannot_be_written_is_one_line(content: Path, tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where a folder should be")
    args = _build_args(content, tmp_path)
    args[args.index(str(tmp_path / "pages"))] = str(tmp_path / "blocked" / "pages")
    result = CliRunner().invoke(main, [*args, "--pages-only"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    [line] = [x for x in result.output.splitlines() if x.startswith("Error:")]
    assert str(tmp_path / "blocked") in line and "not a directory" in line.lower()


def test_a_meeting_whose_calendar_event_raises_is_left_out_of_the_calendars(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutebook.rendering.data import calendars

    event = calendars.meeting_event

    def fragile(archive: Any, meeting: Meeting, publication: Any) -> Any:
        if meeting.date.year == 9999:
            raise ValueError("year 10000 is out of range")
        return event(archive, meeting, publication)

    monkeypatch.setattr(calendars, "meeting_event", fragile)
    result = generate(content, tmp_path / "pages", workers=1)
    assert _warnings(result.diagnostics, "write-failed") == [(INVENTED, 1)]
    calendar = (tmp_path / "pages" / "calendar.ics").read_text("utf-8")
    assert calendar.count("BEGIN:VEVENT") == 1 and "99991231" not in calendar


def test_check_shows_document_text_without_terminal_escapes(tmp_path: Path) -> None:
    paper = tmp_path / "control-characters.txt"
    shutil.copy(HOSTILE / "control-characters.txt", paper)
    result = CliRunner().invoke(main, ["check", str(paper)])
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "Okonkwo\\x1b[0m" in result.output


def test_an_engine_warning_about_a_page_names_its_source(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_page = PageWriter.meeting_page

    def with_dead_link(self: PageWriter, meeting: Meeting) -> Any:
        page = meeting_page(self, meeting)
        if meeting.date.year == 9999:
            return replace(page, body=page.body + "\n\n[a link to nowhere](nowhere.md)\n")
        return page

    monkeypatch.setattr(PageWriter, "meeting_page", with_dead_link)
    result = CliRunner().invoke(main, _build_args(content, tmp_path))
    assert result.exit_code == 1
    [meeting] = [p.stem for p in (tmp_path / "pages" / "meetings").glob("9999-*.md")]
    assert f"meetings/{meeting}.md is made from {INVENTED}:1" in result.output


def test_a_fault_every_paper_gives_is_raised_not_hidden(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: _Resolver, meeting: Meeting, document: Any) -> None:
        raise KeyError("the resolver itself is broken")

    monkeypatch.setattr(_Resolver, "add_meeting_facts", broken)
    with pytest.raises(KeyError, match="the resolver itself is broken"):
        generate(content, tmp_path / "pages", workers=1)


def test_a_person_page_that_cannot_be_written_names_the_line_listing_them(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_page = PageWriter.person_page

    def fragile(self: PageWriter, person_id: str) -> Any:
        if person_id == "c-pettigrew":
            raise RuntimeError("a rule's slip")
        return person_page(self, person_id)

    monkeypatch.setattr(PageWriter, "person_page", fragile)
    result = generate(content, tmp_path / "pages", workers=1)
    assert _warnings(result.diagnostics, "write-failed") == [(INVENTED, 3)]
