"""The README and docs/ stay true of the code (Datasette's habit): every command and option,
setting, cleaning rule, layout, archive field and diagnostic code is documented; the README
stays short; every relative link, repository path and `minutebook.` name the docs mention
exists."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import re
from pathlib import Path
from typing import Any

import click
import frontmatter
import pytest

from conftest import CONTENT, REPO
from minutebook import diagnostic_codes
from minutebook.cli import main
from minutebook.config import Settings
from minutebook.engine.engine_config import DEFAULT_SITE_CONFIG
from minutebook.errors import Diagnostics
from minutebook.model import Archive, SourceDocument
from minutebook.parsing import PARSERS
from minutebook.parsing.cleaning import RULES
from minutebook.pipeline import generate
from minutebook.rendering.data.open_data import archive_data
from minutebook.rendering.publication import Publication

DOCS = REPO / "docs"
PACKAGE = REPO / "generator" / "minutebook"
README = REPO / "README.md"
README_MAX_LINES = 150
PAGES = [README, *sorted(DOCS.glob("*.md"))]


def _text(path: Path) -> str:
    return path.read_text("utf-8")


def _sections(text: str) -> dict[str, str]:
    """Each `## ` heading of a Markdown page, with the text under it."""
    out: dict[str, str] = {}
    for block in re.split(r"(?m)^## ", text)[1:]:
        heading, _, body = block.partition("\n")
        out[heading.strip()] = body
    return out


# -- commands -------------------------------------------------------------------------------


def test_the_readme_gives_the_two_commands_and_names_minutebook() -> None:
    readme = _text(README)
    for command in ("make site", "make test"):
        assert command in readme, f"README.md does not give `{command}`"
    assert "minutebook" in readme


def test_every_command_and_option_is_in_commands_md() -> None:
    sections = _sections(_text(DOCS / "commands.md"))
    intro = _text(DOCS / "commands.md").split("\n## ", 1)[0]
    for param in main.params:
        for opt in param.opts:
            assert f"`minutebook {opt}`" in intro, f"docs/commands.md: `minutebook {opt}`"
    assert main.commands, "the command group lost its commands"
    for name, command in main.commands.items():
        heading = f"`minutebook {name}`"
        assert heading in sections, f"docs/commands.md has no section `## {heading}`"
        section = sections[heading]
        for param in command.params:
            if isinstance(param, click.Option):
                for opt in [*param.opts, *param.secondary_opts]:
                    assert f"`{opt}" in section, f"docs/commands.md: {heading} lacks `{opt}`"
            else:
                metavar = param.human_readable_name.upper()
                assert f"`{metavar}`" in section, f"docs/commands.md: {heading} lacks {metavar}"


def test_the_commands_page_names_options_that_exist() -> None:
    """The reverse: an option documented under a command that no longer takes it."""
    for name, section in _sections(_text(DOCS / "commands.md")).items():
        command = re.fullmatch(r"`minutebook (\w+)`", name)
        if command is None:
            continue
        opts = {o for p in main.commands[command[1]].params for o in [*p.opts, *p.secondary_opts]}
        for documented in re.findall(r"^\| `(--[a-z-]+)", section, re.MULTILINE):
            assert documented in opts, f"docs/commands.md: {name} has no option {documented}"


# -- settings -------------------------------------------------------------------------------


def test_every_setting_is_in_settings_md() -> None:
    text = _text(DOCS / "settings.md")
    fields = {field.name for field in dataclasses.fields(Settings)}
    for name in sorted(fields):
        assert f"| `{name}` |" in text, f"docs/settings.md has no row for `{name}`"
    for documented in re.findall(r"^\| `(\w+)` \|", text, re.MULTILINE):
        assert documented in fields, f"docs/settings.md documents `{documented}`, no setting"


# -- reading rules --------------------------------------------------------------------------


def test_every_cleaning_rule_and_layout_is_in_reading_md() -> None:
    text = _text(DOCS / "reading.md")
    assert RULES and PARSERS
    for rule in RULES:
        assert f"| `{rule.name}` |" in text, f"docs/reading.md has no row for `{rule.name}`"
    for layout in PARSERS:
        name = getattr(layout, "value", layout)
        assert f"| `{name}` |" in text, f"docs/reading.md has no row for layout `{name}`"


# -- front matter ---------------------------------------------------------------------------

#: Front-matter keys whose own keys are documented too (`social.url`); `jsonld` holds
#: schema.org's vocabulary, documented by schema.org.
NESTED_KEYS = ("social", "feed", "search")


@pytest.fixture(scope="module")
def front_matter_keys(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Every top-level key, and `parent.key` of NESTED_KEYS, of every page the real
    documents give."""
    pages = tmp_path_factory.mktemp("docs") / "pages"
    generate(CONTENT, pages, DEFAULT_SITE_CONFIG)
    keys: set[str] = set()
    for page in pages.rglob("*.md"):
        meta = frontmatter.load(page).metadata
        keys.update(meta)
        for parent in NESTED_KEYS:
            nested = meta.get(parent)
            if isinstance(nested, dict):
                keys.update(f"{parent}.{key}" for key in nested)
    return keys


def test_every_front_matter_key_is_in_pages_md(front_matter_keys: set[str]) -> None:
    section = _sections(_text(DOCS / "pages.md"))["Front matter"]
    rows = {row.split(" | ")[0] for row in section.splitlines() if row.startswith("| `")}
    documented = {key for row in rows for key in re.findall(r"`([\w.]+)`", row)}
    documented |= set(re.findall(r"`(\w+\.\w+)`", section))
    assert len(front_matter_keys) > 10, "the pages carry fewer keys than expected"
    missing = sorted(front_matter_keys - documented)
    assert not missing, f"docs/pages.md, Front matter, lacks: {', '.join(missing)}"


# -- open data ------------------------------------------------------------------------------

JSON_BLOCK = re.compile(r"```json\n(.*?)```", re.DOTALL)
JSON_LINE = re.compile(r'^\s*"(?P<key>\w+)":\s*(?P<rest>.*)$')
FIELD_PATH = re.compile(r"`(\w+)\[\]\.(\w+)(?:\[\]\.(\w+))?`")


def _documented_paths(text: str) -> set[str]:
    """`collection` and `collection[].field` from the JSON outlines, and every
    `collection[].field` (or `collection[].field[].sub`) path written in backticks."""
    paths: set[str] = set()
    for block in JSON_BLOCK.findall(text):
        for line in block.splitlines():
            match = JSON_LINE.match(line)
            if match is None:
                continue
            paths.add(match["key"])
            rest = match["rest"]
            if rest.startswith("[{"):
                record = rest[2 : rest.rfind("}")]
                paths.update(f"{match['key']}[].{f}" for f in re.findall(r'"(\w+)"', record))
    for collection, field, sub in FIELD_PATH.findall(text):
        paths.add(f"{collection}[].{field}" + (f"[].{sub}" if sub else ""))
    return paths


def _published_paths(data: dict[str, Any]) -> set[str]:
    paths: set[str] = set()
    for key, value in data.items():
        paths.add(key)
        for record in value if isinstance(value, list) else []:
            for field, inner in record.items():
                paths.add(f"{key}[].{field}")
                for row in inner if isinstance(inner, list) else []:
                    if isinstance(row, dict):
                        paths.update(f"{key}[].{field}[].{sub}" for sub in row)
    return paths


def test_every_archive_field_is_in_open_data_md(
    real_archive: tuple[Archive, list[SourceDocument], Diagnostics],
) -> None:
    published = _published_paths(archive_data(real_archive[0], Publication()))
    assert len(published) > 100, "the archive publishes fewer fields than expected"
    missing = sorted(published - _documented_paths(_text(DOCS / "open-data.md")))
    assert not missing, f"docs/open-data.md does not document: {', '.join(missing)}"


def test_the_outline_parser_reads_fields_and_paths() -> None:
    text = (
        '```json\n{\n  "people": [{"id", "aliases": ["..."], "url"}]\n}\n```\n'
        "`minutes[].paragraphs[].line`"
    )
    assert _documented_paths(text) == {
        "people",
        "people[].id",
        "people[].aliases",
        "people[].url",
        "minutes[].paragraphs[].line",
    }


# -- diagnostics ----------------------------------------------------------------------------

SEVERITY_OF_METHOD = {"warn": "warning", "info": "info"}
TABLE_ROW = re.compile(
    r"^\| `(?P<code>[a-z0-9-]+)` \| (?P<severity>\w+) \|(?P<meaning>[^|]+)\|(?P<todo>[^|]+)\|$",
    re.MULTILINE,
)


def _string_constants() -> dict[str, str]:
    """Module-level `NAME = "text"` of the package, for codes passed by name."""
    out: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.parse(_text(path)).body:
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Constant):
                continue
            if isinstance(node.value.value, str):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        out[target.id] = node.value.value
    return out


def _code_pattern(node: ast.expr, constants: dict[str, str]) -> str | None:
    """The code as a regular expression: a literal, a named constant, or an f-string whose
    placeholders stand for any word ("conflicting-{attr}")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.escape(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(
            re.escape(str(part.value)) if isinstance(part, ast.Constant) else "[a-z0-9_-]+"
            for part in node.values
        )
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
    if name in constants:
        return re.escape(constants[name])
    return None


def _emitted_codes() -> dict[str, set[str]]:
    """Every code passed to `.warn(file, line, code, message)` or `.info(...)` in the
    package, as a pattern, with the severities it is emitted at."""
    constants = _string_constants()
    codes: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(_text(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            method = node.func.attr
            if method not in SEVERITY_OF_METHOD:
                continue
            code = node.args[2] if len(node.args) >= 3 else None
            code = next((k.value for k in node.keywords if k.arg == "code"), code)
            if code is None or (isinstance(code, ast.Constant) and not isinstance(code.value, str)):
                continue  # not a diagnostic: warnings.warn(message, category, stacklevel)
            pattern = _code_pattern(code, constants)
            receiver = ast.unparse(node.func.value)
            if pattern is None:
                assert "diagnostic" not in receiver, (
                    f"{path}:{node.lineno}: a diagnostic code that is not a literal, a named "
                    "constant or an f-string; docs/diagnostics.md cannot be checked against it"
                )
                continue
            codes.setdefault(pattern, set()).add(SEVERITY_OF_METHOD[method])
    return codes


def test_every_emitted_diagnostic_code_is_registered_and_documented() -> None:
    rows = {m["code"]: m for m in TABLE_ROW.finditer(_text(DOCS / "diagnostics.md"))}
    assert set(rows) == set(diagnostic_codes.BY_CODE), "run `make docs`"
    emitted = _emitted_codes()
    assert len(emitted) >= 10, "the walk found too few codes: has Diagnostics.warn changed?"
    for pattern, severities in sorted(emitted.items()):
        registered = [code for code in diagnostic_codes.BY_CODE if re.fullmatch(pattern, code)]
        assert registered, f"diagnostic_codes.py has no entry for the code {pattern!r}"
        for code in registered:
            assert str(diagnostic_codes.BY_CODE[code].severity) in severities, code
    for code, entry in diagnostic_codes.BY_CODE.items():
        assert any(re.fullmatch(p, code) for p in emitted), f"{code}: emitted nowhere"
        assert entry.meaning.strip() and entry.todo.strip(), f"{code}: an empty cell"


def test_the_diagnostics_tables_are_generated_from_the_registry() -> None:
    text = _text(DOCS / "diagnostics.md")
    assert diagnostic_codes.with_tables(text) == text, "docs/diagnostics.md is stale: `make docs`"


def test_an_unregistered_code_cannot_be_reported() -> None:
    diagnostics = Diagnostics()
    with pytest.raises(ValueError, match=r"not in diagnostic_codes\.py"):
        diagnostics.warn("a.txt", 1, "no-such-code", "message")
    with pytest.raises(ValueError, match=r"not in diagnostic_codes\.py"):
        diagnostics.info("a.txt", 1, "empty-file", "registered as a warning, not info")
    diagnostics.warn("a.txt", 1, "empty-file", "message")
    assert [d.code for d in diagnostics.items] == ["empty-file"]


def test_the_code_walk_reads_literals_constants_and_f_strings() -> None:
    tree = ast.parse('d.warn(f, 1, "a-b", m)\nd.warn(f, 1, f"c-{x}", m)\nd.info(f, 1, CODE, m)')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    patterns = [_code_pattern(c.args[2], {"CODE": "e-f"}) for c in calls]
    assert patterns == [re.escape("a-b"), "c\\-[a-z0-9_-]+", re.escape("e-f")]


# -- the README's length, links and paths ---------------------------------------------------


def test_the_readme_is_short() -> None:
    lines = _text(README).count("\n")
    assert lines <= README_MAX_LINES, f"README.md has {lines} lines; move detail into docs/"


def _anchors(path: Path) -> set[str]:
    """GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens."""
    headings = re.findall(r"^#{1,6} (.+)$", _text(path), re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


PARAGRAPH_MAX_LINES = 8


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_paragraph_is_longer_than_eight_lines(page: Path) -> None:
    """Long paragraphs hide facts; tables, code blocks and list items are counted apart."""
    run, in_code = 0, False
    for number, line in enumerate(_text(page).splitlines(), start=1):
        if line.startswith("```"):
            in_code, run = not in_code, 0
        elif in_code or not line.strip() or line.startswith(("|", "#")):
            run = 0
        else:
            run = 1 if re.match(r"\s*(?:- |\d+\. )", line) else run + 1
            assert run <= PARAGRAPH_MAX_LINES, f"{page.name}:{number}: a paragraph over 8 lines"


LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_relative_link_resolves(page: Path) -> None:
    for target in LINK.findall(_text(page)):
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        file, _, fragment = target.partition("#")
        path = (page.parent / file).resolve() if file else page
        assert path.exists(), f"{page.name}: link to {target}, which does not exist"
        if fragment and path.suffix == ".md":
            assert fragment in _anchors(path), f"{page.name}: no heading #{fragment} in {file}"


REPO_PATH = re.compile(
    r"`((?:generator|tests|content|site_config|benchmarks|scripts|docs)/[\w./-]*)`"
)
PACKAGE_PATH = re.compile(r"`((?:parsing|resolving|rendering|engine)/[\w./-]*)`")
DOTTED_NAME = re.compile(r"`(minutebook(?:\.\w+)+)`")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_path_and_name_mentioned_exists(page: Path) -> None:
    text = _text(page)
    for path in REPO_PATH.findall(text):
        assert (REPO / path).exists(), f"{page.name}: `{path}` does not exist"
    for path in PACKAGE_PATH.findall(text):
        assert (PACKAGE / path).exists(), f"{page.name}: `{path}` is not in the package"
    for dotted in DOTTED_NAME.findall(text):
        assert _resolves(dotted), f"{page.name}: `{dotted}` names nothing in the package"


def _resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            if not hasattr(target, attr):
                return False
            target = getattr(target, attr)
        return True
    return False
