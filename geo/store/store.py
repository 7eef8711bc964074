"""Where claims live: one Store API over SQLite (default) or PostgreSQL + PostGIS.

    store = Store.open()                                  # the default SQLite file
    store = Store.open("postgresql+psycopg://user@host/db")  # a team's shared PostGIS database
    store.add(article, extract(article))                  # geo.claims.extract; one transaction, idempotent
    gdf = store.query(since=..., sides=["RU"], bbox=(22, 44, 41, 53))

Tables: ``articles`` (id = hash of the normalised body), ``claims``, ``claim_places`` (one row
per claim and place, with lon/lat and, on PostGIS, a geometry column with a spatial index) and
``corrections`` (every change a user makes to a claim's side, date or place, with the original
value, who and when; the claim row holds the current value); ``users`` (who may change the map).

    viewer = Store.open(url, read_only=True)              # reads only: every write raises StoreError
    with store.transaction() as conn: ...                 # one commit (what add and correct write in)

SQLite runs in WAL mode so the dashboard can read while an ingest writes. An article and all its
claims are written in one transaction: an interrupted ingest leaves whole articles or nothing.
"""
from __future__ import annotations

import os
from functools import wraps
from pathlib import Path

from sqlalchemy.engine import Engine

from .aggregates import Aggregates
from .engines import engine_for
from .eventing import Events
from .events import EventLists
from .parts import Database, Part
from .queries import Queries
from .rollups import Rollups
from .schema import StoreError, check_schema, init_schema
from .users import ROLES, Users
from .writes import AddResult, Claims

__all__ = ["DEFAULT_DB", "ROLES", "AddResult", "Store", "StoreError", "default_url"]

DEFAULT_DB = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "strike-atlas" / "strike-atlas.sqlite"


def default_url() -> str:
    """``STRIKE_ATLAS_DB`` (a URL or a file path) or the default SQLite file."""
    env = os.environ.get("STRIKE_ATLAS_DB")
    if env:
        return env if "://" in env else f"sqlite:///{Path(env).expanduser()}"
    return f"sqlite:///{DEFAULT_DB}"


class Parts:
    """A store's parts, each owning its tables; each holds the ``Database`` and the parts it
    calls (through their public methods), made here in the order they need each other."""

    def __init__(self, db: Database):
        self.rollups = Rollups(db)
        self.events = Events(db)
        self.event_lists = EventLists(db)
        self.claims = Claims(db, self.rollups, self.events)
        self.queries = Queries(db)
        self.aggregates = Aggregates(db, self.queries, self.rollups)
        self.users = Users(db)


def _by(part: str, method):
    """A Store method that is ``method`` of one of its parts: the same name, signature and
    docstring, called on the store's part (the facade that keeps one API for all callers)."""
    name = method.__name__

    @wraps(method)
    def facade(self, *args, **kwargs):
        return getattr(getattr(self.parts, part), name)(*args, **kwargs)

    return facade


class Store(Part):
    """Claims in a database. Open with ``Store.open(url)``; use as a context manager to close.

    Made of parts (``store.parts``), each a class that owns its tables: ``claims`` (articles,
    claims, claim places, corrections: add, date, correct), ``queries`` (query, counts,
    article), ``aggregates`` (summary, grid, per-day and per-oblast counts), ``rollups`` (those
    counts kept current by every write, for large views), ``events`` (claims grouped into
    events as they arrive, merged and split by users), ``event_lists`` (events listed) and
    ``users`` (who may change the map). The Store's methods are theirs, delegated.

    ``read_only``: the store is read and never written (``geo.store.guard``)."""

    def __init__(self, engine: Engine, gazetteer=None, read_only: bool = False):
        super().__init__(Database(engine, gazetteer, read_only))
        self.parts = Parts(self.db)
        self._init_schema()

    def transaction(self):
        """``with store.transaction() as conn:``: one transaction, committed at the end of the
        block (rolled back if it raises)."""
        return self.db.transaction()

    # -- claims: articles, claims, claim places and corrections ------------------------------------
    has_article = _by("claims", Claims.has_article)
    add = _by("claims", Claims.add)
    add_many = _by("claims", Claims.add_many)
    date_article = _by("claims", Claims.date_article)
    correct = _by("claims", Claims.correct)
    corrections = _by("claims", Claims.corrections)

    # -- queries: rows ---------------------------------------------------------------------------
    counts = _by("queries", Queries.counts)
    date_range = _by("queries", Queries.date_range)
    article = _by("queries", Queries.article)
    query = _by("queries", Queries.query)

    # -- aggregates: counts for large views --------------------------------------------------------
    summary = _by("aggregates", Aggregates.summary)
    grid = _by("aggregates", Aggregates.grid)
    per_admin1 = _by("aggregates", Aggregates.per_admin1)
    claims_per_admin1 = _by("aggregates", Aggregates.claims_per_admin1)
    per_place = _by("aggregates", Aggregates.per_place)
    per_day = _by("aggregates", Aggregates.per_day)
    latest = _by("aggregates", Aggregates.latest)
    placeless = _by("aggregates", Aggregates.placeless)
    placeless_count = _by("aggregates", Aggregates.placeless_count)
    claims_without_places = _by("aggregates", Aggregates.claims_without_places)
    per_area_day = _by("aggregates", Aggregates.per_area_day)
    check_consistency = _by("aggregates", Aggregates.check_consistency)

    # -- rollups -------------------------------------------------------------------------------------
    rebuild_rollups = _by("rollups", Rollups.rebuild_rollups)
    covered_by_rollups = _by("rollups", Rollups.covered_by_rollups)

    # -- events --------------------------------------------------------------------------------------
    flush_events = _by("events", Events.flush_events)
    rebuild_events = _by("events", Events.rebuild_events)
    merge_events = _by("events", Events.merge_events)
    split_claim = _by("events", Events.split_claim)
    events = _by("event_lists", EventLists.events)
    event_counts = _by("event_lists", EventLists.event_counts)
    event_claims = _by("event_lists", EventLists.event_claims)

    # -- users ---------------------------------------------------------------------------------------
    users = _by("users", Users.users)
    user = _by("users", Users.user)
    seen_user = _by("users", Users.seen_user)
    set_role = _by("users", Users.set_role)
    remove_user = _by("users", Users.remove_user)
    changes_by = _by("users", Users.changes_by)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, gazetteer=None, read_only: bool = False) -> "Store":
        """The store at ``url`` (a SQLite path or URL, or postgresql://...; default:
        ``default_url()``), made or upgraded if need be. With ``read_only`` its write methods
        raise StoreError, the database refuses a write sent through ``engine`` too, and a store
        that does not exist or needs an upgrade is an error instead of being made."""
        engine = engine_for(url or default_url(), read_only)
        try:
            return cls(engine, gazetteer, read_only)
        except Exception:
            engine.dispose()  # a store that cannot be opened keeps no connection (nor, on SQLite, a file lock)
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def _init_schema(self) -> None:
        if self.read_only:
            check_schema(self.engine)
        else:
            init_schema(self.engine, self.postgis)
        self.parts.events.ensure()
        self.parts.rollups.ensure()
