"""The package's import graph: no circles between its parts, and nothing imported upward.

Each top-level part of ``incubator_crawler`` (a subpackage or a module) sits in one layer; a part
may import from its own layer or a lower one, never a higher one. Imports are read with ``ast``,
including those inside functions. ``docs/architecture.md`` describes the same layers.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "incubator_crawler"

#: Lowest first. A new top-level module or subpackage must be placed here.
LAYERS: dict[str, tuple[str, ...]] = {
    "base": ("__init__", "numerals", "hrefs", "calendar_words"),
    "article": ("article", "items"),
    "listing": ("listing", "sites"),
    "archive": ("archive",),
    # Operating an archive over time: who may write it (lock), whether each site still yields
    # complete articles (health), when crawls run (schedules). It reads the archive and the
    # site definitions; crawl/ and cli/ use it, so it sits between them.
    "ops": ("ops",),
    "crawl": ("crawl",),
    "tools": ("tools", "replicas"),
    "cli": ("cli", "__main__"),
}
RANK = {part: rank for rank, parts in enumerate(LAYERS.values()) for part in parts}


def _module_name(path: Path) -> tuple[str, bool]:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    is_package = rel.name == "__init__"
    parts = rel.parts[:-1] if is_package else rel.parts
    return ".".join(parts), is_package


def _exists(dotted: str) -> bool:
    path = PACKAGE.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _imports(path: Path) -> set[str]:
    """Every ``incubator_crawler`` module that ``path`` imports, as dotted names."""
    module, is_package = _module_name(path)
    package = module if is_package else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == PACKAGE.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != PACKAGE.name:
                continue
            submodules = [f"{target}.{a.name}" for a in node.names if _exists(f"{target}.{a.name}")]
            found.update(submodules or [target])
    return found


def _part(dotted: str) -> str:
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def part_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        source = _part(_module_name(path)[0])
        targets = graph.setdefault(source, set())
        for imported in _imports(path):
            target = _part(imported)
            if target != source:
                targets.add(target)
    return graph


def test_every_part_has_a_layer():
    unplaced = sorted(set(part_graph()) - set(RANK))
    assert not unplaced, f"place these in LAYERS: {unplaced}"


def test_nothing_is_imported_upward():
    upward = [
        f"{source} ({_layer(source)}) imports {target} ({_layer(target)})"
        for source, targets in part_graph().items()
        for target in sorted(targets)
        if RANK.get(target, -1) > RANK.get(source, -1)
    ]
    assert not upward, upward


def test_no_import_cycles():
    graph = part_graph()
    done: set[str] = set()

    def visit(node: str, stack: list[str]) -> None:
        if node in stack:
            raise AssertionError(
                "import cycle: " + " -> ".join([*stack[stack.index(node) :], node])
            )
        if node in done:
            return
        for target in sorted(graph.get(node, ())):
            visit(target, [*stack, node])
        done.add(node)

    for node in sorted(graph):
        visit(node, [])


def _layer(part: str) -> str:
    return next((name for name, parts in LAYERS.items() if part in parts), "?")
