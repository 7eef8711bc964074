"""Strike Atlas: strike claims from news articles, on a map.

The subpackages are the stages of the flow, each importing only those before it:
``articles`` (Article, Doc) -> ``places`` (PlaceMention) -> ``claims`` (Claim) -> ``store``
(Store, export) -> ``pipeline`` (ingest: read, extract, store) -> ``app`` (what the dashboard shows). ``cli`` and ``evaluate`` sit on top;
``files`` (a file written whole) serves every stage.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "Article", "Doc", "Gazetteer", "Place", "PlaceMention", "Store", "extract_article",
           "from_text", "geoparse", "read_article", "resolve_name"]

# Where each public name lives; imported on first use so that `import geo` (and the CLI's --help)
# stays instant.
_HOME = {"Article": "articles", "Doc": "articles", "from_text": "articles", "read_article": "articles",
         "Gazetteer": "places", "Place": "places", "PlaceMention": "places", "geoparse": "places",
         "resolve_name": "places", "extract_article": "claims", "Store": "store"}


def __getattr__(name):
    if name in _HOME:
        import importlib

        return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module 'geo' has no attribute {name!r}")
