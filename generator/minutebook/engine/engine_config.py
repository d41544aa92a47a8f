"""Which engine config and `site_config/` a build uses, and which engine runs it.

The package carries a complete default (`minutebook/defaults/`: `mkdocs.yml`, `site_config/`:
theme overrides, hooks, assets), so an installed Minutebook builds an archive folder that
holds only `content/`. A folder's own `mkdocs.yml` still wins; its `site_config/` is used
when there is one beside it, the packaged one otherwise.
"""

from __future__ import annotations

from pathlib import Path

from ..config import ENGINES as ENGINES
from ..config import Settings

#: The packaged engine config and the files it refers to (paths relative to it).
DEFAULTS = Path(__file__).resolve().parents[1] / "defaults"
DEFAULT_CONFIG = DEFAULTS / "mkdocs.yml"
DEFAULT_SITE_CONFIG = DEFAULTS / "site_config"
#: The config file a folder may hold to override the packaged one.
CONFIG_NAME = "mkdocs.yml"
#: The engines a build can run (`engine:` in content/site.yaml): MkDocs 1.x, and
#: ProperDocs, its drop-in continuation (same config, themes and hooks).
DEFAULT_ENGINE = Settings.engine


def engine_config(folder: Path) -> Path:
    """The engine config for an archive in `folder`: its own `mkdocs.yml`, if it has one;
    else the packaged default."""
    own = folder / CONFIG_NAME
    return own if own.is_file() else DEFAULT_CONFIG


def site_config_for(config_file: Path) -> Path:
    """The `site_config/` beside `config_file`, or the packaged one when there is none."""
    beside = config_file.parent / "site_config"
    return beside if beside.is_dir() else DEFAULT_SITE_CONFIG
