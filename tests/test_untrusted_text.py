"""Untrusted bytes and text, rule by rule: encodings, stray NULs, invisible files, names
printed in warnings, damaged cache entries, Markdown link syntax, over-long names and
lines, control characters in charts."""

from __future__ import annotations

import re
import xml.dom.minidom
from pathlib import Path

import pytest

from conftest import HOSTILE, render_lines
from minutebook.errors import Diagnostic, Diagnostics
from minutebook.model import (
    AgendaItemFacts,
    AttendanceFacts,
    AttendanceRole,
    DocumentKind,
    Line,
    Part,
)
from minutebook.parsing import parse_document
from minutebook.parsing.cache import ParseCache
from minutebook.parsing.lengths import NAME_CHARACTERS, TITLE_CHARACTERS, cap_lengths
from minutebook.parsing.markdown_syntax import markdown_syntax, report_markdown_syntax
from minutebook.parsing.reading import SourceText, decode
from minutebook.rendering.folding import FOLD_CHARACTERS, fold
from minutebook.rendering.pages.charts import attendance_svg
from minutebook.rendering.pages.text import inline


def _codes(diagnostics: Diagnostics) -> list[tuple[int | None, str]]:
    return [(d.line, d.code) for d in diagnostics.warnings]


@pytest.mark.parametrize("name", ["utf-16-le.txt", "utf-16-be.txt"])
def test_utf16_is_decoded_by_its_byte_order_mark(name: str) -> None:
    diagnostics = Diagnostics()
    text = decode((HOSTILE / name).read_bytes(), name, diagnostics)
    assert text is not None and text.startswith("To: Wessex Police and Crime Panel\n\nSubject:")
    assert "Café, £12k." in text and "\r" not in text and "\ufeff" not in text
    assert not diagnostics.items


def test_a_stray_nul_is_reported_by_line_and_removed() -> None:
    diagnostics = Diagnostics()
    text = decode((HOSTILE / "nul-byte.txt").read_bytes(), "nul-byte.txt", diagnostics)
    assert text is not None and "\x00" not in text
    assert "Subject: Victim Services Commissioning" in text
    assert _codes(diagnostics) == [(3, "nul-byte"), (8, "nul-byte")]


def test_many_nul_lines_are_counted_after_the_first_few() -> None:
    diagnostics = Diagnostics()
    line = "a paragraph of the minutes that a conversion left a NUL\x00 in the middle of\n"
    data = ("Minutes of the meeting\n" + line * 40).encode()
    assert decode(data, "n.txt", diagnostics) is not None
    assert len(diagnostics.warnings) == 6
    assert "35 more lines" in diagnostics.warnings[-1].message


@pytest.mark.parametrize("name", ["bom-only.txt", "invisible-only.txt"])
def test_a_file_with_nothing_visible_is_warned_and_skipped(name: str) -> None:
    diagnostics = Diagnostics()
    assert decode((HOSTILE / name).read_bytes(), name, diagnostics) is None
    assert _codes(diagnostics) == [(None, "invisible-file")]


def test_binary_files_are_still_skipped() -> None:
    diagnostics = Diagnostics()
    assert decode((HOSTILE / "binary.bin").read_bytes(), "binary.bin", diagnostics) is None
    assert decode(b"%PDF-1.7\nstream", "scan.pdf", diagnostics) is None
    assert [d.code for d in diagnostics.warnings] == ["binary-file", "binary-file"]


def test_file_names_in_warnings_cannot_forge_or_hide_lines() -> None:
    name = "minutes\n2024.txt: warning: all clear\x1b[2K\u202etxt.exe"
    printed = str(Diagnostic(name, 3, "nul-byte", "NUL character removed"))
    assert "\n" not in printed and "\x1b" not in printed and "\u202e" not in printed
    assert printed.startswith("minutes\\n2024.txt: warning: all clear\\x1b[2K\\u202etxt.exe:3:")


def test_a_damaged_cache_entry_is_a_miss(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path)
    source = SourceText("a.txt", "0" * 64, "MINUTES of a meeting\n")
    cache.directory.mkdir(exist_ok=True)
    # a pickle naming a module that does not exist (ModuleNotFoundError when loaded)
    cache._path(cache.key(source)).write_bytes(b"cno_such_module_here\nThing\n.")
    assert cache.get(source) is None
    cache._path(cache.key(source)).write_bytes(b"\x80\x05garbage")
    assert cache.get(source) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("[Item B4]: withdrawn", "a reference definition"),
        ("  [1]: budget-2026.pdf", "a reference definition"),
        ("The chart ![Budget][chart] was shown", "a reference-style link or image"),
        ("Budget\t[Click](java\tscript:alert(1))", "a link to"),
        ("See [the plan](https://example.org/plan) and [page 4](#)", None),
        ("Councillors [who were present] agreed", None),
        ("[" * 100_000, None),
    ],
)
def test_markdown_link_syntax_is_named(text: str, found: str | None) -> None:
    what = markdown_syntax(text)
    assert (what or "").startswith(found or "") and (what is None) == (found is None)


def test_markdown_link_syntax_warnings_are_bounded() -> None:
    diagnostics = Diagnostics()
    report_markdown_syntax([Line(n, f"[{n}]: x.pdf") for n in range(1, 101)], "f", diagnostics)
    assert [d.line for d in diagnostics.warnings] == [*range(1, 21), 21]
    assert "80 more lines" in diagnostics.warnings[-1].message


@pytest.mark.parametrize(
    "text",
    [
        "[Item B4]: withdrawn",
        "[1]: budget-2026.pdf",
        "![chart][logo] and [the plan][1]",
        "[Click here](java",
        "[text](javascript:alert(1))",
        "![x](https://tracker.example/p.png)",
    ],
)
def test_document_text_cannot_form_a_link_image_or_definition(text: str) -> None:
    markdown = inline(text)
    assert not re.search(r"(?<!\\)\[", markdown), markdown  # every '[' escaped


def test_safe_links_are_kept() -> None:
    assert (
        inline("see [the plan](https://example.org/p)") == "see [the plan](https://example.org/p)"
    )


def test_cells_joined_cannot_form_a_link() -> None:
    markdown = render_lines([Line(1, "[Click here](java\tscript:alert(1))\t£40k")])
    assert "\\[Click here](java" in markdown


def test_long_markdown_is_folded_into_bounded_paragraphs() -> None:
    markdown = inline("a<b [c " * 100_000)
    folded = fold(markdown)
    paragraphs = folded.split("\n\n")
    assert len(paragraphs) > 100
    assert max(len(p) for p in paragraphs) <= FOLD_CHARACTERS
    assert "".join(p.replace(" ", "") for p in paragraphs) == markdown.replace(" ", "")
    for paragraph in paragraphs:  # no cut inside an escape or an entity
        assert not paragraph.endswith("\\") and not re.search(r"&[a-z#0-9]{0,6}$", paragraph)
    assert fold("short line") == "short line"


def test_a_run_without_spaces_is_cut_outside_its_escapes() -> None:
    markdown = inline("[" * 20_000 + "<" * 20_000)
    paragraphs = fold(markdown).split("\n\n")
    assert max(len(p) for p in paragraphs) <= FOLD_CHARACTERS
    assert "".join(paragraphs) == markdown
    assert all(p.startswith(("\\[", "&lt;")) for p in paragraphs)


def test_a_flattened_table_is_written_as_folded_rows() -> None:
    markdown = render_lines([Line(1, "cell one\t" * 20_000)])
    assert max(len(p) for p in markdown.split("\n\n")) <= FOLD_CHARACTERS + 10
    assert "|" not in markdown


def test_over_long_names_and_titles_are_cut_with_a_warning() -> None:
    part = Part(DocumentKind.MINUTES, "Minutes " * 150, [Line(4, "PRESENT: ...")], "minutes")
    name = "Cllr A Smith " + "[" * 50_000
    part.attendance = [AttendanceFacts(AttendanceRole.PRESENT, name, None, 4)]
    diagnostics = Diagnostics()
    cap_lengths(part, "m.txt", diagnostics)
    assert len(part.title) == TITLE_CHARACTERS and part.title.endswith("…")
    assert len(part.attendance[0].as_written) == NAME_CHARACTERS
    assert part.attendance[0].as_written.startswith("Cllr A Smith [[[")
    assert _codes(diagnostics) == [(4, "long-field"), (4, "long-field")]
    messages = sorted(d.message for d in diagnostics.warnings)
    assert messages[0].startswith("as_written of 50,013 characters cut to its first 200")
    assert messages[1].startswith("title of 1,200 characters cut to its first 600")


def test_a_bracket_line_name_is_cut_when_parsed() -> None:
    text = (
        "MINUTES of a meeting of the Wessex Police and Crime Panel held at the Guildhall, "
        "Upper Wardle on Thursday, 6 February 2025.\n\nPRESENT: Cllr A Smith "
        + "[" * 100_000
        + "\n"
    )
    diagnostics = Diagnostics()
    document = parse_document(SourceText("b.txt", "0" * 64, text), diagnostics)
    names = [a.as_written for p in document.parts for a in p.attendance]
    assert names and all(len(n) <= NAME_CHARACTERS for n in names)
    assert (3, "long-field") in _codes(diagnostics)


def test_control_characters_in_names_leave_the_chart_valid_xml() -> None:
    svg = attendance_svg(
        "Cllr J \x1b[31mOkonkwo\x07", [("Panel \x1b", [("1 May \x00", "present", 2024)])]
    )
    xml.dom.minidom.parseString(svg)
    assert "Okonkwo" in svg and "\x1b" not in svg


def test_a_long_real_item_title_is_kept_whole() -> None:
    """A statutory first item phrased as one long sentence is a real title: kept whole."""
    title = (
        "To (a) confirm that every member taking part has agreed to keep the Authority's "
        "Code of Conduct, (b) ask whether any member wishes to amend a written register of "
        "interests under Part 3 of the Code and (c), for the business on this agenda, invite "
        "declarations of any personal or personal and prejudicial interests under Part 2 of "
        "the Code"
    )
    part = Part(DocumentKind.AGENDA, "Agenda", [Line(1, "AGENDA")], "agenda")
    part.items = [AgendaItemFacts(None, "12", title, None, 1)]
    diagnostics = Diagnostics()
    cap_lengths(part, "a.txt", diagnostics)
    assert len(title) > 300 and part.items[0].title == title
    assert not diagnostics.warnings
