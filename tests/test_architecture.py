"""The flow runs one way, one folder per stage: parsing -> resolving -> rendering -> engine.

Read from the code's own imports (ast, not text search), so a moved or added module is held
to the same rules: parsing sees one document and imports no later stage; rendering works
from the resolved model only and never imports parsing; the engine never imports rendering.
Rendering never reads a paper's source lines either (`part.lines`): a page is written from
the blocks and facts parsing made of them, and the records resolving made of those.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "generator" / "minutebook"

#: stage -> the stages it must never import
FORBIDDEN = {
    "parsing": {"resolving", "rendering", "engine"},
    "resolving": {"rendering", "engine"},
    "rendering": {"parsing", "engine"},
    "engine": {"rendering", "parsing", "resolving"},
}


def _module_name(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".")


def _imported_modules(source: str, module: str) -> set[str]:
    """Absolute names of the package modules that `source`, the text of `module`, imports."""
    is_package = module.endswith(".__init__")
    module = module.removesuffix(".__init__")
    package = module if is_package else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("minutebook.")}


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in FORBIDDEN else None


def test_every_stage_is_a_folder() -> None:
    for stage in FORBIDDEN:
        assert (PACKAGE / stage / "__init__.py").is_file(), stage


def test_no_stage_imports_a_later_one_or_rendering_parsing() -> None:
    crossings = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = _stage(_module_name(path))
        if own is None:
            continue
        for name in sorted(_imported_modules(path.read_text("utf-8"), _module_name(path))):
            other = _stage(name)
            if other in FORBIDDEN[own]:
                crossings.append(f"{path.relative_to(REPO)} imports {name}")
    assert not crossings, "\n".join(crossings)


def test_the_rule_sees_a_crossing() -> None:
    """The import reader resolves relative imports, from a module and from a package."""
    found = _imported_modules("from ...parsing.text import plain\n", "minutebook.rendering.pages.x")
    assert "minutebook.parsing.text" in found
    assert _stage("minutebook.parsing.text") == "parsing"
    found = _imported_modules("from ..errors import X\n", "minutebook.parsing.__init__")
    assert "minutebook.errors" in found


def _source_line_reads(source: str) -> list[int]:
    """Lines of `source` that read a part's source lines: `part.lines`, `x.part.lines`
    (a block's own `block.lines` is the typed model, and allowed)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute) or node.attr != "lines":
            continue
        owner = node.value
        if (isinstance(owner, ast.Name) and owner.id == "part") or (
            isinstance(owner, ast.Attribute) and owner.attr == "part"
        ):
            found.append(node.lineno)
    return found


def test_rendering_never_reads_source_lines() -> None:
    reads = [
        f"{path.relative_to(REPO)}:{line} reads part.lines"
        for path in sorted((PACKAGE / "rendering").rglob("*.py"))
        for line in _source_line_reads(path.read_text("utf-8"))
    ]
    assert not reads, "\n".join(reads)


def test_the_source_line_rule_sees_a_read_and_spares_blocks() -> None:
    code = (
        "for line in document.part.lines: pass\n"
        "first = part.lines[0]\n"
        "rest = block.lines[1:]\n"
        "span = document.part.first_line\n"
    )
    assert _source_line_reads(code) == [1, 2]
