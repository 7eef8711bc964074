"""What the parts of a ``Store`` share: the database (its engine, dialect, read-only flag and
transactions) and the gazetteer the claim places are drawn from.

Each part (claims, queries, aggregates, rollups, events, users) is a small class that owns its
tables and holds a ``Database`` and the other parts it calls, through their public methods
only; ``Store`` composes them and keeps the one public API (``geo.store.store``)."""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy.engine import Connection, Engine

__all__ = ["Database", "Part"]


class Database:
    """The engine a store's parts read and write through, and the gazetteer they share.

    One object for all parts, so that replacing the engine (closing, a test's stand-in) or
    loading the gazetteer once is seen by every part."""

    def __init__(self, engine: Engine, gazetteer=None, read_only: bool = False):
        self.engine = engine
        self.postgis = engine.dialect.name == "postgresql"
        self.read_only = read_only
        self._gaz = gazetteer

    @property
    def gazetteer(self):
        """The gazetteer given, or the default one, loaded when first needed (reads need none)."""
        if self._gaz is None:
            from ..places.gazetteer import Gazetteer

            self._gaz = Gazetteer.default()
        return self._gaz

    @contextmanager
    def transaction(self):
        """A connection in one transaction, committed when the block ends and rolled back if
        it raises: what a part that writes several tables at once writes them in."""
        with self.engine.begin() as conn:
            yield conn

    def connect(self) -> Connection:
        """A connection for reading (a context manager)."""
        return self.engine.connect()


class Part:
    """A part of the store (and the store itself): reads its database's engine, dialect and
    gazetteer through it (``guard.writing`` reads ``read_only``)."""

    def __init__(self, db: Database):
        self.db = db

    @property
    def engine(self) -> Engine:
        return self.db.engine

    @engine.setter
    def engine(self, engine: Engine) -> None:  # replaced for every part: all read it through ``db``
        self.db.engine = engine

    @property
    def postgis(self) -> bool:
        return self.db.postgis

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def gazetteer(self):
        return self.db.gazetteer
