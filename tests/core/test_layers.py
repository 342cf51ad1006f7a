"""The layers point down only: what each package may import, and no import cycle anywhere — counting
imports written inside functions, which hide a cycle from Python's import machinery but not from a reader."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
FIRST_PARTY = ("monsms_core", "monsms_sandbox", "ui", "app_pages")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for top in ("monsms_core", "monsms_sandbox", "ui"):
        for path in (PROJECT / top).rglob("*.py"):
            found[_module_name(path)] = path
    return found


MODULES = _modules()


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of the code, at any depth, except under `if TYPE_CHECKING:` (never run)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(path: Path) -> Iterator[str]:
    """Every first-party module `path` imports when it runs, at any depth of its code."""
    for node in _runtime_nodes(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            for alias in node.names:
                if f"{node.module}.{alias.name}" in MODULES:
                    yield f"{node.module}.{alias.name}"


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        graph[name] = {target for target in _imports(path) if target in MODULES and target != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _third_party(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _imports(path)}


@pytest.mark.parametrize("top", ["monsms_core"])
def test_core_imports_neither_streamlit_nor_the_sandbox_nor_the_ui(top: str) -> None:
    offenders = {
        name: sorted(_third_party(path) & {"streamlit", "monsms_sandbox", "ui", "app_pages"})
        for name, path in MODULES.items()
        if name.startswith(top + ".") or name == top
    }
    assert {name: bad for name, bad in offenders.items() if bad} == {}


def test_only_ui_runtime_starts_the_sandbox() -> None:
    importers = [
        name
        for name, path in MODULES.items()
        if name.startswith("ui") and "monsms_sandbox" in _third_party(path)
    ]
    assert importers and all(name.startswith("ui.runtime") for name in importers), importers
    pages = [*PROJECT.joinpath("app_pages").rglob("*.py"), PROJECT / "app.py"]
    assert [p for p in pages if "monsms_sandbox" in _third_party(p)] == []


def test_the_sandbox_is_its_own_package() -> None:
    offenders = [
        name
        for name, path in MODULES.items()
        if name.startswith("monsms_sandbox") and _third_party(path) & {"ui", "streamlit", "app_pages"}
    ]
    assert offenders == []


def test_no_import_cycle_between_modules() -> None:
    graph = _graph()
    # A package's __init__ importing its own submodules is how it exports them, not a cycle.
    for name in graph:
        graph[name] = {t for t in graph[name] if not t.startswith(name + ".")}
    assert _cycle(graph) is None


def test_no_import_cycle_between_core_packages() -> None:
    packages: dict[str, set[str]] = {}
    for name, targets in _graph().items():
        if not name.startswith("monsms_core."):
            continue
        source = name.split(".")[1]
        for target in targets:
            parts = target.split(".")
            if len(parts) > 1 and parts[0] == "monsms_core" and parts[1] != source:
                packages.setdefault(source, set()).add(parts[1])
    assert _cycle(packages) is None
