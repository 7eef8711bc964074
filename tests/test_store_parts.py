"""The store's parts keep to themselves: read from the source of geo/store (its AST), no part
calls another part's private method or reads its private state, and no module or function
grows past what one reader can hold (``geo.store.store``: a Store is composed of parts)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

STORE = Path(__file__).resolve().parent.parent / "geo" / "store"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
ROOTS = {"self", "store"}  # a part itself, its parts (``self.rollups``), a store (``store.parts.events``)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def defined(tree: ast.Module) -> set[str]:
    """The private attributes a module defines: its classes' methods and the ``self._x`` it assigns."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            names.update(n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for t in targets:
            if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                names.add(t.attr)
    return {n for n in names if _private(n)}


def _root(node: ast.expr) -> tuple[str | None, int]:
    """The name an attribute chain starts from, and how many attributes lie between it and the end."""
    depth = 0
    while isinstance(node, ast.Attribute):
        node, depth = node.value, depth + 1
    return (node.id if isinstance(node, ast.Name) else None), depth


def crossings(trees: dict[str, ast.Module]) -> list[str]:
    """Private attributes reached in one module of geo/store that another module defines:
    ``self._x`` that is not the caller's own, ``self.part._x`` or ``store...._x``."""
    owners: dict[str, set[str]] = {}
    for module, tree in trees.items():
        for name in defined(tree):
            owners.setdefault(name, set()).add(module)
    found = []
    for module, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and _private(node.attr) and node.attr in owners):
                continue
            root, depth = _root(node.value)
            if root not in ROOTS:
                continue
            elsewhere = owners[node.attr] - {module}
            own = module in owners[node.attr]
            if elsewhere and (depth > 0 or root == "store" or not own):
                found.append(f"{module}:{node.lineno}: {ast.unparse(node)} (defined in {', '.join(sorted(elsewhere))})")
    return found


def _trees() -> dict[str, ast.Module]:
    return {p.name: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(STORE.glob("*.py"))}


def test_no_part_reaches_another_parts_private_methods():
    assert crossings(_trees()) == []


def test_the_check_sees_a_crossing():
    """The check itself: a part calling another module's private method is caught, its own is not."""
    trees = {"a.py": ast.parse("class A:\n    def _mine(self):\n        self._mine()\n"),
             "b.py": ast.parse("class B:\n    def run(self, store):\n        self._mine()\n"
                               "        self.a._mine()\n        store.parts.a._mine()\n")}
    assert [c.split(":")[1] for c in crossings(trees)] == ["3", "4", "5"]


@pytest.mark.parametrize("path", sorted(STORE.glob("*.py")), ids=lambda p: p.name)
def test_store_modules_stay_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.name} has {lines} lines; at most {MAX_MODULE_LINES}"


@pytest.mark.parametrize("path", sorted(STORE.glob("*.py")), ids=lambda p: p.name)
def test_store_functions_stay_short(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [f"{n.name} ({n.end_lineno - n.lineno + 1} lines)" for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > MAX_FUNCTION_LINES]
    assert long == [], f"{path.name}: over {MAX_FUNCTION_LINES} lines: {', '.join(long)}"


def test_no_part_keeps_state_in_its_dict():
    """State a part keeps is an attribute it declares, not a key slipped into ``self.__dict__``
    (which is how the events an ingest deferred used to cross from writes to events)."""
    found = [f"{module}:{node.lineno}" for module, tree in _trees().items() for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr == "__dict__" and _root(node.value)[0] in ROOTS]
    assert found == []
