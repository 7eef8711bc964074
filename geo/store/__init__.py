"""Stage 4, store: where claims live and how they leave (how they get there is the pipeline's,
``geo.pipeline``, which writes through the ``Store``'s public methods).

Holds the tables (schema.py), the ``Store`` over SQLite or PostgreSQL + PostGIS (store.py,
composed of parts that each own their tables: writes.py, queries.py, aggregates.py,
rollups.py, eventing.py, events.py, users.py, sharing parts.py's ``Database``; engines.py
makes the engine for a URL; guard.py keeps a read-only store's writes out) and export to
GeoJSON, CSV and GeoParquet (export.py). May import the stages above.
"""
from .store import DEFAULT_DB, ROLES, Store, StoreError, default_url

__all__ = ["DEFAULT_DB", "ROLES", "Store", "StoreError", "default_url"]
