"""Stage 4, store: where claims live, how they get there and how they leave.

Holds the tables (schema.py), the ``Store`` over SQLite or PostgreSQL + PostGIS (store.py,
composed of parts that each own their tables: writes.py, queries.py, aggregates.py,
rollups.py, eventing.py, events.py, users.py, sharing parts.py's ``Database``; engines.py
makes the engine for a URL; guard.py keeps a read-only store's writes out), ingest of files,
folders and URLs (ingest.py) and export to GeoJSON, CSV and GeoParquet (export.py). May import
the stages above.
"""
from .store import DEFAULT_DB, ROLES, Store, StoreError, default_url

__all__ = ["DEFAULT_DB", "ROLES", "Store", "StoreError", "default_url"]
