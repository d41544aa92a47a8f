"""`minutebook init` starts an archive for any body, and `minutebook build` builds it.

The acceptance test works as a new maintainer would, in a folder outside the repository:
init an archive for an invented body, add one invented document of it, build by running
the command itself, and find a working site with nothing of the repository's own archive
in any file. The same archive built with ProperDocs gives the same site but for the
generator tag.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import REPO
from minutebook.cli import main
from minutebook.config import load_settings
from minutebook.resolving.curated import load_bodies

NEW_ARCHIVE = Path(__file__).parent / "fixtures" / "new_archive"
BODY = "Northvale Police and Crime Panel"
#: What the repository's own archive would leak into another's output.
OTHER_ARCHIVE = re.compile(rb"kent|medway", re.IGNORECASE)
GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')


def minutebook(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command, run as a new process from `cwd` with this checkout's package."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "generator")}
    env.pop("MINUTEBOOK_SITE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "minutebook", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def new_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A new archive made with `init`, one invented document in it, built; the archive's
    folder and the folder `init` ran in."""
    work = tmp_path_factory.mktemp("new-archive")
    made = minutebook("init", "northvale", "--body", BODY, cwd=work)
    assert made.returncode == 0, made.stderr
    archive = work / "northvale"
    shutil.copy(NEW_ARCHIVE / "panel-minutes.txt", archive / "content" / "documents")
    built = minutebook("build", cwd=archive)
    assert built.returncode == 0, built.stderr
    assert "Traceback" not in built.stderr
    return archive, work


def test_init_prints_the_next_two_commands(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["init", str(tmp_path / "vale"), "--body", BODY])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert f"  cd {tmp_path / 'vale'}" in lines
    assert lines[-1] == "  minutebook build"


def test_init_writes_settings_and_one_body_that_a_build_reads(tmp_path: Path) -> None:
    folder = tmp_path / "fire"
    args = ["init", str(folder), "--body", "Southmere Fire Authority"]
    args += ["--timezone", "Europe/Dublin", "--locale", "en-IE"]
    args += ["--site-url", "https://example.org/fire"]
    assert CliRunner().invoke(main, args).exit_code == 0
    settings = load_settings(folder / "content")
    assert settings.name == "Southmere Fire Authority archive"
    assert "Southmere Fire Authority" in settings.description
    assert (settings.timezone, settings.locale) == ("Europe/Dublin", "en-IE")
    assert settings.site_url == "https://example.org/fire/"
    assert settings.data_licence == "OGL-UK-3.0"
    assert settings.engine == "mkdocs"
    (body,) = load_bodies(folder / "content")
    assert (body.id, body.name) == ("southmere-fire-authority", "Southmere Fire Authority")
    assert body.match == ("southmere fire authority",)
    assert (folder / "content" / "documents" / ".gitkeep").is_file()
    assert not [p for p in (folder / "content" / "documents").iterdir() if p.suffix == ".txt"]
    for name in ("README.md", ".gitignore", "requirements.txt"):
        assert (folder / name).is_file(), name
    assert "Southmere Fire Authority archive" in (folder / "README.md").read_text("utf-8")


def test_init_names_the_body_from_the_folder_and_quotes_any_name(tmp_path: Path) -> None:
    folder = tmp_path / "north-vale_joint-committee"
    args = ["init", str(folder), "--name", 'Papers: "North Vale" # all of them']
    assert CliRunner().invoke(main, args).exit_code == 0
    assert load_settings(folder / "content").name == 'Papers: "North Vale" # all of them'
    (body,) = load_bodies(folder / "content")
    assert body.name == "North Vale Joint Committee"


def test_the_workflow_builds_and_publishes_on_current_actions(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["init", str(tmp_path / "a"), "--body", BODY]).exit_code == 0
    workflow = yaml.safe_load((tmp_path / "a/.github/workflows/publish.yml").read_text("utf-8"))
    triggers = workflow[True]  # (YAML 1.1 reads the key `on` as true)
    assert "workflow_dispatch" in triggers and triggers["push"]["branches"] == ["main"]
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    uses = {s["uses"].split("@")[0]: s["uses"].split("@")[1] for s in steps if "uses" in s}
    assert uses["actions/checkout"] == "v6" and uses["actions/setup-python"] == "v6"
    assert uses["actions/upload-pages-artifact"] == "v5" and uses["actions/deploy-pages"] == "v5"
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["cache"] == "pip"
    build = next(s for s in steps if "minutebook build" in s.get("run", ""))
    assert "MINUTEBOOK_SITE_URL" in build["env"]


def test_init_never_overwrites_an_archive_or_a_file(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "vale"
    assert runner.invoke(main, ["init", str(folder), "--body", BODY]).exit_code == 0
    settings = (folder / "content" / "site.yaml").read_text("utf-8")
    again = runner.invoke(main, ["init", str(folder), "--body", "Another Panel"])
    assert again.exit_code == 1
    assert again.stderr.count("\n") == 1 and "already exists" in again.stderr
    assert (folder / "content" / "site.yaml").read_text("utf-8") == settings
    repository = tmp_path / "repo"
    repository.mkdir()
    (repository / "README.md").write_text("mine\n", "utf-8")
    refused = runner.invoke(main, ["init", str(repository), "--body", BODY])
    assert refused.exit_code == 1 and "README.md already exists" in refused.stderr
    assert (repository / "README.md").read_text("utf-8") == "mine\n"
    assert not (repository / "content").exists()  # nothing written


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--timezone", "Mars/Olympus"),
        ("--locale", "English"),
        ("--site-url", "example.org"),
        ("--data-licence", " "),
        ("--body", "Panel " * 50),
    ],
)
def test_a_wrong_init_option_is_a_usage_error(tmp_path: Path, option: str, value: str) -> None:
    result = CliRunner().invoke(main, ["init", str(tmp_path / "x"), option, value])
    assert result.exit_code == 2
    assert option in result.stderr
    assert not (tmp_path / "x").exists()


def test_a_new_archive_builds_into_a_working_site(new_archive: tuple[Path, Path]) -> None:
    archive, _ = new_archive
    site = archive / "site"
    assert (site / "index.html").is_file()
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    (meeting,) = data["meetings"]
    assert (meeting["body"], meeting["date"]) == ("northvale-police-and-crime-panel", "2026-03-12")
    page = (site / meeting["url"].strip("/") / "index.html").read_text("utf-8")
    assert "Proposed Police Precept 2026/27" in page
    assert "Northvale Police and Crime Panel archive" in (site / "index.html").read_text("utf-8")
    assert any((site / "pagefind").iterdir())  # the search index


def test_no_output_file_carries_the_repository_archive(new_archive: tuple[Path, Path]) -> None:
    _, work = new_archive
    files = [p for p in work.rglob("*") if p.is_file()]
    assert len(files) > 100
    leaks = [str(p.relative_to(work)) for p in files if OTHER_ARCHIVE.search(p.read_bytes())]
    assert not leaks


def test_properdocs_builds_the_same_site(new_archive: tuple[Path, Path]) -> None:
    """The engine is a setting; ProperDocs' site matches MkDocs' but for the generator tag."""
    archive, _ = new_archive
    settings = archive / "content" / "site.yaml"
    settings.write_text(
        settings.read_text("utf-8").replace("engine: mkdocs", "engine: properdocs"), "utf-8"
    )
    other = archive / "site-properdocs"
    args = ["--site-dir", str(other), "--cache-dir", str(archive / "build" / "cache-properdocs")]
    built = minutebook("build", *args, cwd=archive)
    assert built.returncode == 0, built.stderr
    mkdocs_site = archive / "site"
    names = sorted(p.relative_to(mkdocs_site) for p in mkdocs_site.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(other) for p in other.rglob("*") if p.is_file())
    tags = set()
    for name in names:
        ours, theirs = (mkdocs_site / name).read_bytes(), (other / name).read_bytes()
        tags.update(GENERATOR_TAG.findall(theirs))
        assert GENERATOR_TAG.sub(b"", ours) == GENERATOR_TAG.sub(b"", theirs), name
    assert any(b"ProperDocs" in tag for tag in tags)  # it really was the other engine
