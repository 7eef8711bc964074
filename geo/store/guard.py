"""The read-only guard: a store opened read-only (``Store.open(..., read_only=True)``, what a
public viewer of the map gets) refuses every write before it reaches the database.

The database refuses too (SQLite opened ``mode=ro`` with ``query_only``; PostgreSQL with every
transaction read-only): this guard is the clear error, the database the guarantee."""
from __future__ import annotations

from functools import wraps

from .schema import StoreError

__all__ = ["writing"]


def writing(method):
    """Mark a Store method that changes the store: on a read-only store it raises StoreError
    saying so, before it opens a transaction (a half-done write would be the database's
    error instead, and after any work done in Python)."""
    @wraps(method)
    def guarded(self, *args, **kwargs):
        if getattr(self, "read_only", False):
            raise StoreError(f"this store is open read-only: {method.__name__.lstrip('_')} would change it "
                             "(open it without read_only to write)")
        return method(self, *args, **kwargs)

    return guarded
