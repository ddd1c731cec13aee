"""Imports point down the layers: no module of ``extractor`` imports, directly or through others,
a module that imports it back (issue 15, item 5).  Every ``import`` statement counts, also those
inside functions (a late import hides a circle from Python, not from the reader)."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "extractor"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _imports(name: str, path: Path) -> set[str]:
    """The extractor modules a module imports (``from pkg import mod`` counts as ``pkg.mod``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = ".".join(p for p in (base if node.level else "", node.module or "") if p)
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in MODULES else target)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycle_from(start: str) -> list[str] | None:
    """A shortest import path from ``start`` back to itself, or None."""
    paths = {start: [start]}
    todo = [start]
    while todo:
        nxt = []
        for m in todo:
            for dep in sorted(GRAPH[m]):
                if dep == start:
                    return paths[m] + [start]
                if dep not in paths:
                    paths[dep] = paths[m] + [dep]
                    nxt.append(dep)
        todo = nxt
    return None


def _is_package_step(a: str, b: str) -> bool:
    """A package re-exporting its own submodule, or a submodule importing its package's name."""
    return b.startswith(a + ".") or a.startswith(b + ".")


def test_every_module_imports():
    for name in MODULES:
        if name.endswith("__main__"):
            continue
        importlib.import_module(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_import_circle(name):
    cycle = _cycle_from(name)
    # Python imports a package before its submodules; "events -> events.acts -> events" through the
    # package's own __init__ is that order, not a circle between layers.
    if cycle and all(_is_package_step(a, b) for a, b in zip(cycle, cycle[1:])):
        cycle = None
    assert cycle is None, " -> ".join(cycle)


def test_views_take_plain_data():
    """The HTML views build pages from dicts and lists: they import only each other (``render``
    converts the records and the ``evaluate`` results)."""
    for name, deps in GRAPH.items():
        if name.startswith("extractor.views"):
            assert all(d.startswith("extractor.views") for d in deps), (name, sorted(deps))
