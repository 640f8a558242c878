"""The package's layers: no module of src/futcompare imports, by any path, one that imports it back.

Every import counts: at the top, inside a function, or under ``if TYPE_CHECKING:``; a cycle hidden
in any of them still ties two layers together (and a lazy import only moves the knot).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "futcompare"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Each module of the package at *root* and the modules of that package it imports, by dotted name."""
    modules = {module_name(path, root): path for path in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        graph[name] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets: Iterable[str] = (alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, base]).strip(".")
                # ``from futcompare import markup`` imports the module futcompare.markup.
                targets = [
                    base + "." + alias.name if f"{base}.{alias.name}" in modules else base for alias in node.names
                ]
            else:
                continue
            graph[name] |= {target for target in targets if target in modules and target != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of *graph* as ``[a, b, ..., a]``, or an empty list when it has none."""
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> list[str]:
        if name in path:
            return [*path[path.index(name) :], name]
        if name in done:
            return []
        for target in sorted(graph[name]):
            cycle = visit(target, [*path, name])
            if cycle:
                return cycle
        done.add(name)
        return []

    for name in sorted(graph):
        cycle = visit(name, [])
        if cycle:
            return cycle
    return []


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph(PACKAGE)
    assert {"futcompare.model", "futcompare.render", "futcompare.sphinxext.matrix"} <= set(graph)
    assert "futcompare.model" in graph["futcompare.render"]  # the graph holds the package's imports
    cycle = find_cycle(graph)
    assert not cycle, "import cycle: " + " -> ".join(cycle)


def test_a_cycle_through_a_type_checking_or_function_import_is_found(tmp_path: Path) -> None:
    root = tmp_path / "pkg"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "low.py").write_text("def f():\n    from pkg import high\n")
    (root / "high.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.low import f\n")
    (root / "alone.py").write_text("from . import low\nimport pkg.low\n")
    graph = import_graph(root)
    assert graph["pkg.alone"] == {"pkg.low"}
    assert find_cycle(graph) == ["pkg.low", "pkg.high", "pkg.low"]
    (root / "low.py").write_text("")
    assert find_cycle(import_graph(root)) == []
