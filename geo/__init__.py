"""Strike Atlas: strike claims from news articles, on a map.

The flow is one-directional: article -> places (geo.geoparse) -> claims -> store -> map/export.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "geoparse", "resolve_name", "Gazetteer", "Place", "PlaceMention"]


def __getattr__(name):
    # Lazy, so that `import geo` stays instant for the CLI's --help.
    if name in ("geoparse", "resolve_name", "PlaceMention"):
        from . import geoparse as _g

        return getattr(_g, name)
    if name in ("Gazetteer", "Place"):
        from . import gazetteer as _z

        return getattr(_z, name)
    raise AttributeError(name)
