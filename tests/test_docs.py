"""Every CLI command and build option is documented in the README (Datasette's habit)."""

from __future__ import annotations

from conftest import REPO
from minutebook.cli import main


def test_every_command_and_build_option_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    for name in main.commands:
        assert f"minutebook {name}" in readme, f"README does not document `minutebook {name}`"
    for param in main.commands["build"].params:
        for opt in param.opts:
            assert opt in readme, f"README does not document `minutebook build {opt}`"
