"""`minutebook init`: the files a new archive starts with, for any body.

An archive is a folder: `content/` (settings, the bodies, the documents) and what a
maintainer needs to publish it (a GitHub workflow, a README, a .gitignore, the pinned
Minutebook). Nothing here knows one body: every name comes from the options, and the
settings written are read back with the loader every build uses, so a scaffold that
`minutebook build` would refuse is never written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import __version__
from .config import DEFAULT_SITE_URL, Settings, load_settings
from .errors import ContentError
from .rendering.publication import normalise_site_url
from .resolving.curated import load_bodies
from .slugs import slug

#: A BCP 47 tag as archives use them: language, optional script, optional region.
_LOCALE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?")
#: Longest body or archive name accepted (a name, not a paragraph).
MAX_NAME = 200
#: The licence most UK public bodies publish their records under.
DEFAULT_DATA_LICENCE = "OGL-UK-3.0"


class ScaffoldError(ContentError):
    """The archive cannot be made as asked (a file is in the way, an option is wrong)."""


@dataclass(frozen=True)
class NewArchive:
    """What `minutebook init` was asked for, checked."""

    body: str
    name: str
    description: str
    site_url: str
    timezone: str
    locale: str
    data_licence: str

    @property
    def body_id(self) -> str:
        return slug(self.body)


def _one_line(label: str, value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ScaffoldError(f"{label} must not be empty")
    if len(value) > MAX_NAME:
        raise ScaffoldError(f"{label} is longer than {MAX_NAME} characters")
    return value


def body_from_folder(folder: Path) -> str:
    """A body name guessed from the folder's name ('north-vale-panel' -> 'North Vale
    Panel'), for `init` without `--body`."""
    words = re.sub(r"[-_.]+", " ", folder.resolve().name).split()
    return " ".join(w[:1].upper() + w[1:] for w in words) or "Public body"


def new_archive(
    body: str,
    name: str | None = None,
    site_url: str = DEFAULT_SITE_URL,
    timezone: str = Settings.timezone,
    locale: str = Settings.locale,
    data_licence: str = DEFAULT_DATA_LICENCE,
) -> NewArchive:
    """The options, checked: a `ScaffoldError` names the option that is wrong."""
    body = _one_line("--body", body)
    name = _one_line("--name", name) if name is not None else f"{body} archive"
    try:
        site_url = normalise_site_url(site_url)
    except ValueError as exc:
        raise ScaffoldError(f"--site-url: {exc}") from exc
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ScaffoldError(
            f"--timezone: {timezone!r} is not an IANA timezone (e.g. Europe/London)"
        ) from exc
    if not _LOCALE.fullmatch(locale):
        raise ScaffoldError(f"--locale: {locale!r} is not a language tag (e.g. en-GB, cy-GB)")
    data_licence = _one_line("--data-licence", data_licence)
    description = f"Meetings, minutes, reports and people of the {body}."
    return NewArchive(body, name, description, site_url, timezone, locale, data_licence)


def _quoted(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of it)."""
    return json.dumps(value, ensure_ascii=False)


def site_yaml(archive: NewArchive) -> str:
    return f"""\
# The archive's settings; Minutebook's docs/settings.md describes every key.
name: {_quoted(archive.name)}
description: {_quoted(archive.description)}
# The IANA timezone the body meets in (documents print local times).
timezone: {_quoted(archive.timezone)}
# The language of the documents (a BCP 47 tag).
locale: {_quoted(archive.locale)}
# The public address. `minutebook build --site-url` or MINUTEBOOK_SITE_URL override it;
# the publish workflow sets the GitHub Pages address that way.
site_url: {_quoted(archive.site_url)}
# The licence of the published data (an SPDX id or a URL). Check the publishing body's
# terms: most UK public bodies publish under the Open Government Licence.
data_licence: {_quoted(archive.data_licence)}
# The site engine: mkdocs, or properdocs (pip install properdocs).
engine: mkdocs
"""


def bodies_yaml(archive: NewArchive) -> str:
    return f"""\
# The bodies whose meetings this archive records. A document's body name is matched to
# the first entry whose `name` or one of whose `match` phrases it equals, or whose full
# `name` it contains (ignoring case, "the", "&"/"and" and punctuation): add the other ways
# the documents name the body. A name that adds words to a phrase is another body. `id` is
# part of every meeting URL: once the site is published, never change it. Add an entry for
# each further body (committee, sub-committee, board) whose papers the archive holds.
bodies:
  - id: {_quoted(archive.body_id)}
    name: {_quoted(archive.body)}
    match:
      - {_quoted(archive.body.lower())}
"""


#: Current majors of the official actions; Dependabot keeps them current (dependabot.yml).
PUBLISH_WORKFLOW = """\
# Build the archive and publish it on GitHub Pages (Settings > Pages > Source: GitHub
# Actions). Runs on every push to main, and by hand (Actions > publish > Run workflow).
name: publish

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-python@v6
        with:
          python-version: "3.12"
          cache: pip
          cache-dependency-path: requirements.txt
      - id: pages
        uses: actions/configure-pages@v6
      - name: Install Minutebook
        run: pip install -r requirements.txt
      # Feeds, calendars, the sitemap and canonical links are built with the address
      # GitHub Pages serves the site at.
      - name: Build the site
        run: minutebook build
        env:
          MINUTEBOOK_SITE_URL: ${{ steps.pages.outputs.base_url }}
      - uses: actions/upload-pages-artifact@v5
        with:
          path: site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v5
"""

DEPENDABOT = """\
# Keeps the workflow's actions and the pinned Minutebook current, by pull request.
version: 2
updates:
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: monthly
  - package-ecosystem: pip
    directory: /
    schedule:
      interval: monthly
"""

GITIGNORE = """\
# What `minutebook build` makes; the site is published by the workflow, not committed.
/build/
/site/
__pycache__/
.venv/
"""


def requirements_txt() -> str:
    return f"""\
# The Minutebook this archive is built with (the publish workflow installs it). Pin the
# release you tested; point at a wheel or a git URL instead if you install it that way.
minutebook=={__version__}
"""


def readme(archive: NewArchive) -> str:
    return f"""\
# {archive.name}

{archive.description}

Built with Minutebook from the documents in `content/documents/` (agenda packs, minutes
and reports, as text converted from the published PDFs).

## Build and preview

```sh
pip install -r requirements.txt
minutebook build          # writes the site into site/
minutebook serve          # preview at http://127.0.0.1:8000/
```

## Add documents

Put each paper's text in `content/documents/` (one `.txt` file per PDF) and build again.
`minutebook check content/documents/FILE.txt` shows what Minutebook reads in one file.

## Settings

- `content/site.yaml`: the archive's name, description, timezone, language, address,
  data licence and site engine.
- `content/bodies.yaml`: the bodies whose meetings the archive records.

## Publish

`.github/workflows/publish.yml` builds and publishes the site on GitHub Pages on every
push to `main` (and by hand). In the repository's Settings > Pages, choose "GitHub Actions"
as the source.
"""


def scaffold_files(archive: NewArchive) -> dict[str, str]:
    """Every file of a new archive, by path relative to its folder."""
    return {
        "content/site.yaml": site_yaml(archive),
        "content/bodies.yaml": bodies_yaml(archive),
        "content/documents/.gitkeep": "",
        ".github/workflows/publish.yml": PUBLISH_WORKFLOW,
        ".github/dependabot.yml": DEPENDABOT,
        ".gitignore": GITIGNORE,
        "README.md": readme(archive),
        "requirements.txt": requirements_txt(),
    }


def scaffold(folder: Path, archive: NewArchive) -> list[Path]:
    """Write a new archive into `folder` (made if missing); the files written. Refuses,
    writing nothing, when the folder already holds an archive or any file it would write."""
    if (folder / "content").exists():
        raise ScaffoldError(
            f"{folder / 'content'} already exists: {folder} holds an archive; choose a new folder"
        )
    files = scaffold_files(archive)
    in_the_way = [path for path in files if (folder / path).exists()]
    if in_the_way:
        raise ScaffoldError(
            f"{folder / in_the_way[0]} already exists; choose a new folder "
            "(init never overwrites a file)"
        )
    written = []
    for path, text in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    load_settings(folder / "content")  # what every build reads (raises if it would fail)
    load_bodies(folder / "content")
    return written
