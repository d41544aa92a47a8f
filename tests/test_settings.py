"""The archive's settings come from content/site.yaml: nothing of one archive is in code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from minutebook.config import DEFAULT_SITE_URL, Settings, load_settings
from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
from minutebook.engine.site import build_site
from minutebook.errors import ContentError
from minutebook.pipeline import generate

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

ANOTHER = Path(__file__).parent / "fixtures" / "settings"


def test_a_content_folder_without_settings_gets_the_neutral_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    assert settings == Settings()
    assert settings.site_url == DEFAULT_SITE_URL
    assert "Kent" not in settings.name


def test_settings_are_read_and_derived(tmp_path: Path) -> None:
    settings = load_settings(ANOTHER)
    assert settings.name == "Testshire Committees archive"
    assert settings.timezone == "Europe/Dublin"
    assert (settings.language, settings.og_locale) == ("en", "en_IE")
    assert settings.data_licence == "CC-BY-4.0"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nmae: x\n", "unknown setting(s) nmae"),
        ("timezone: Mars/Olympus\n", "timezone 'Mars/Olympus' is not known"),
        ("name: [1, 2]\n", "name must be text"),
        ("- a list\n", "expected a mapping"),
        ("name: 'unclosed\n", "not readable YAML"),
    ],
)
def test_a_wrong_setting_names_the_file_and_the_key(
    tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "site.yaml").write_text(text, "utf-8")
    with pytest.raises(ContentError, match=r"site\.yaml") as raised:
        load_settings(tmp_path)
    assert message in str(raised.value)


def test_another_archive_carries_no_trace_of_this_one(tmp_path: Path) -> None:
    """An archive of another body, with its own settings, built by the same code: its
    name, timezone and locale are in its pages, feeds, calendars and structured data, and
    nothing in any output file names the Kent archive."""
    content = tmp_path / "content"
    shutil.copytree(ANOTHER, content)
    result = generate(content, tmp_path / "pages", DEFAULT_SITE_CONFIG)
    build_site(
        DEFAULT_CONFIG,
        tmp_path / "pages",
        tmp_path / "site",
        site_url=result.settings.site_url,
        site_name=result.settings.name,
        site_description=result.settings.description,
    )
    calendar = (tmp_path / "site" / "calendar.ics").read_text("utf-8")
    assert "X-WR-TIMEZONE:Europe/Dublin" in calendar
    assert "DTSTART;TZID=Europe/Dublin:20200303T190000" in calendar
    assert "Testshire Committees archive" in (tmp_path / "site" / "feed.xml").read_text("utf-8")
    home = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert '<meta property="og:locale" content="en_IE">' in home
    assert "https://example.org/testshire/" in home
    assert "the Testshire County Council Planning Committee" in home
    for path in sorted((tmp_path / "site").rglob("*")):
        if path.suffix in {".html", ".xml", ".ics", ".json", ".md"}:
            text = path.read_text("utf-8")
            for trace in ("Kent", "Medway", "Police and Crime"):
                assert trace not in text, f"{path.relative_to(tmp_path)} names {trace!r}"
