"""Every failure of a command is one line on stderr that says what to do, never a
traceback, with the exit codes docs/commands.md documents (0, 1, 2, and 3 for a bug)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from minutebook import __version__, cli
from minutebook.cli import main
from minutebook.engine.engine_config import (
    DEFAULT_CONFIG,
    DEFAULT_SITE_CONFIG,
    engine_config,
    site_config_for,
)

DOCUMENT = Path(__file__).parent / "fixtures" / "new_archive" / "panel-minutes.txt"


def one_error_line(result: Result) -> str:
    """The one `Error:` line of a failed command, checked to be the only one."""
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    assert "Traceback" not in result.output
    assert result.stderr.rstrip("\n").splitlines()[-1] == errors[0]
    return errors[0]


def archive(tmp_path: Path, *, document: bool = True) -> Path:
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    if document:
        shutil.copy(DOCUMENT, content / "documents")
    return content


def build(content: Path, tmp_path: Path, *extra: str) -> Result:
    args = ["build", "--content", str(content), "--pages-dir", str(tmp_path / "pages")]
    args += ["--site-dir", str(tmp_path / "site"), "--cache-dir", str(tmp_path / "cache")]
    return CliRunner().invoke(main, [*args, *extra])


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"minutebook {__version__}\n"


def test_no_content_folder_says_how_to_start_one(tmp_path: Path) -> None:
    result = build(tmp_path / "nowhere", tmp_path)
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "no such folder" in line and "minutebook init" in line


def test_no_documents_says_what_to_add(tmp_path: Path) -> None:
    result = build(archive(tmp_path, document=False), tmp_path)
    assert result.exit_code == 1
    assert "holds no documents" in one_error_line(result)
    assert not (tmp_path / "site").exists()  # the engine never ran


@pytest.mark.parametrize("name", ["site.yaml", "bodies.yaml"])
def test_bad_yaml_is_one_line_naming_file_and_line(tmp_path: Path, name: str) -> None:
    content = archive(tmp_path)
    (content / name).write_text("bodies:\n  - id: [unclosed\n", "utf-8")
    result = build(content, tmp_path, "--pages-only")
    assert result.exit_code == 1
    line = one_error_line(result)
    assert name in line and "line 3, column 1" in line


def test_engine_failure_is_one_line_after_the_engine_says_why(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nnav:\n  - Gone: gone.md\n", "utf-8")
    result = build(archive(tmp_path), tmp_path, "--config", str(config))
    assert result.exit_code == 1
    assert "gone.md" in caplog.text  # the engine's own warning (logged), before the one line
    assert one_error_line(result).startswith("Error: MkDocs failed:")


def test_permission_denied_says_what_to_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", "/srv/site/index.html")

    monkeypatch.setattr(cli, "generate", denied)
    result = build(archive(tmp_path), tmp_path)
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "/srv/site/index.html: permission denied" in line and "--site-dir" in line


def test_a_bug_is_exit_code_3_and_asks_for_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("meeting")

    monkeypatch.setattr(cli, "generate", broken)
    result = build(archive(tmp_path), tmp_path)
    assert result.exit_code == 3
    line = one_error_line(result)
    assert "bug" in line and cli.DEBUG_ENV in line
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    assert isinstance(build(archive(tmp_path / "again"), tmp_path).exception, KeyError)


def test_a_wrong_command_line_is_exit_code_2(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["build", "--no-such-option"]).exit_code == 2
    missing = CliRunner().invoke(main, ["build", "--config", str(tmp_path / "none.yml")])
    assert missing.exit_code == 2


def test_a_folders_own_engine_config_wins(tmp_path: Path) -> None:
    assert engine_config(tmp_path) == DEFAULT_CONFIG
    assert site_config_for(DEFAULT_CONFIG) == DEFAULT_SITE_CONFIG
    own = tmp_path / "mkdocs.yml"
    own.write_text("site_name: x\n", "utf-8")
    assert engine_config(tmp_path) == own
    assert site_config_for(own) == DEFAULT_SITE_CONFIG  # none beside it
    (tmp_path / "site_config").mkdir()
    assert site_config_for(own) == tmp_path / "site_config"
