"""The house shows the flow: a stage imports only the stages before it (DESIGN.md); and it is
built of small parts: no module over 400 lines, no function over 60."""
import ast

from conftest import ROOT

STAGES = ["articles", "places", "claims", "store", "pipeline", "app"]


def _imported_stages(path, package: list[str]) -> set[str]:
    """The geo stages a module imports (absolute or relative imports)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                parts = base + (node.module.split(".") if node.module else [])
            else:
                parts = (node.module or "").split(".")
            if parts[:1] == ["geo"] and len(parts) > 1:
                out.add(parts[1])
        elif isinstance(node, ast.Import):
            for a in node.names:
                parts = a.name.split(".")
                if parts[0] == "geo" and len(parts) > 1:
                    out.add(parts[1])
    return out & set(STAGES)


def test_each_stage_imports_only_earlier_stages():
    bad = []
    for k, stage in enumerate(STAGES):
        for path in sorted((ROOT / "geo" / stage).glob("*.py")):
            later = _imported_stages(path, ["geo", stage]) - set(STAGES[:k + 1])
            if later:
                bad.append(f"{path.relative_to(ROOT)} imports {sorted(later)}")
    assert bad == []


def test_public_api_imports_from_the_package_root():
    from geo import Gazetteer, Store, extract_article, geoparse

    assert callable(geoparse) and callable(extract_article)
    assert Gazetteer.__module__ == "geo.places.gazetteer" and Store.__module__ == "geo.store.store"


MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _sources():
    """The house's Python: the geo package, the pages and the app script, as (path, tree, lines)."""
    paths = sorted((ROOT / "geo").rglob("*.py")) + sorted((ROOT / "app_pages").glob("*.py")) + [ROOT / "app.py"]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        yield path.relative_to(ROOT).as_posix(), ast.parse(text), len(text.splitlines())


def test_no_module_is_over_400_lines():
    long = {name: n for name, _, n in _sources() if n > MAX_MODULE_LINES}
    assert long == {}


def test_no_function_is_over_60_lines():
    long = [f"{name}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for name, tree, _ in _sources()
            for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]
    assert long == []


def test_the_pipeline_uses_only_the_stores_public_api():
    """geo/pipeline reads, extracts and writes through the Store's public methods: nothing of
    ``store._...``, and nothing of geo.store's private modules' underscored names."""
    bad = []
    for path in sorted((ROOT / "geo" / "pipeline").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "store" \
                    and node.attr.startswith("_"):
                bad.append(f"{path.name}:{node.lineno} store.{node.attr}")
            if isinstance(node, ast.ImportFrom) and "store" in (node.module or "").split("."):
                bad += [f"{path.name}:{node.lineno} imports {a.name}" for a in node.names if a.name.startswith("_")]
    assert bad == []


def test_the_store_holds_no_pipeline():
    """Ingest and parallel extraction live in geo/pipeline, not in the store (no shim either)."""
    assert not (ROOT / "geo" / "store" / "ingest.py").exists()
    assert not (ROOT / "geo" / "store" / "parallel.py").exists()
