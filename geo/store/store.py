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

SQLite runs in WAL mode so the dashboard can read while an ingest writes. An article and all its
claims are written in one transaction: an interrupted ingest leaves whole articles or nothing.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url

from .aggregates import Aggregates
from .eventing import EventStore
from .queries import Queries
from .rollups import Rollups
from .schema import StoreError, check_schema, init_schema
from .users import ROLES, Users
from .writes import AddResult, Writes

__all__ = ["DEFAULT_DB", "ROLES", "AddResult", "Store", "StoreError", "default_url"]

DEFAULT_DB = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "strike-atlas" / "strike-atlas.sqlite"


def default_url() -> str:
    """``STRIKE_ATLAS_DB`` (a URL or a file path) or the default SQLite file."""
    env = os.environ.get("STRIKE_ATLAS_DB")
    if env:
        return env if "://" in env else f"sqlite:///{Path(env).expanduser()}"
    return f"sqlite:///{DEFAULT_DB}"


class Store(Writes, Queries, Aggregates, Rollups, EventStore, Users):
    """Claims in a database. Open with ``Store.open(url)``; use as a context manager to close.

    Its methods come in six parts: ``Writes`` (add, correct), ``Queries`` (query, counts,
    article), ``Aggregates`` (summary, grid, per-day and per-oblast counts), ``Rollups`` (those
    counts kept current by every write, for large views), ``EventStore`` (events: kept as
    claims arrive, merged and split by users, listed) and ``Users`` (who may change the map).

    ``read_only``: the store is read and never written (``geo.store.guard``)."""

    def __init__(self, engine: Engine, gazetteer=None, read_only: bool = False):
        self.engine = engine
        self.postgis = engine.dialect.name == "postgresql"
        self.read_only = read_only
        self._gaz = gazetteer
        self._init_schema()

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, gazetteer=None, read_only: bool = False) -> "Store":
        """The store at ``url`` (a SQLite path or URL, or postgresql://...; default:
        ``default_url()``), made or upgraded if need be. With ``read_only`` its write methods
        raise StoreError, the database refuses a write sent through ``engine`` too, and a store
        that does not exist or needs an upgrade is an error instead of being made."""
        url = _normal_url(url or default_url())
        if url.startswith("sqlite:///"):
            engine = _sqlite_engine(url, read_only)
        elif url.startswith("postgresql"):
            engine = _postgres_engine(url, read_only)
        else:
            raise StoreError(f"unsupported database URL {url!r}: use a SQLite path or postgresql://...")
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

    @property
    def gazetteer(self):
        if self._gaz is None:
            from ..places.gazetteer import Gazetteer

            self._gaz = Gazetteer.default()
        return self._gaz

    def _init_schema(self) -> None:
        if self.read_only:
            check_schema(self.engine)
        else:
            init_schema(self.engine, self.postgis)
        self._ensure_events()
        self._ensure_rollups()


def _normal_url(url: str) -> str:
    """A file path as a SQLite URL; postgresql:// as SQLAlchemy's psycopg (3) URL."""
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_engine(url: str, read_only: bool) -> Engine:
    """A SQLite engine; read-only, the file opened ``mode=ro`` (SQLite itself refuses writes)
    and never created: a missing file is an error, not an empty store."""
    parsed = make_url(url)  # the file as the writable open reads the URL (a "?" starts its query)
    path = Path(parsed.database or "")
    memory = str(path) in ("", ".", ":memory:")
    if not read_only:
        if not memory:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if memory or not path.is_file():
        raise StoreError(f"there is no store at {path if not memory else ':memory:'}: open it once for writing "
                         "to make one")
    # As a URI (quoted: a file name may hold "#" or "%"), built as a URL object: a URL string's
    # database part is unquoted by SQLAlchemy before SQLite reads it as a URI.
    query = {**parsed.query, "mode": "ro", "uri": "true"}
    ro = URL.create("sqlite", database=f"file:{quote(str(path.resolve()))}", query=query)
    engine = create_engine(ro, connect_args={"timeout": 30})
    event.listen(engine, "connect", _sqlite_read_only)
    return engine


def _postgres_engine(url: str, read_only: bool) -> Engine:
    """A PostgreSQL engine; read-only, every transaction of its sessions is (the server refuses
    writes)."""
    try:
        engine = create_engine(url, pool_pre_ping=True)
        event.listen(engine, "connect", _postgres_read_only if read_only else _postgres_settings)
    except Exception as e:  # missing driver
        raise StoreError(f"cannot use {url.split('@')[-1]}: {e} (install strike-atlas[postgis])") from e
    return engine


def _postgres_settings(dbapi_conn, _record):
    # Index lookups priced as the cached reads they are: with the default (4, a spinning disk)
    # a 30-day window at a million claims hash-joined the whole claims table (0.26 s -> 0.14 s).
    with dbapi_conn.cursor() as cur:
        cur.execute("SET random_page_cost = 1.1")
    dbapi_conn.commit()  # a SET in a transaction rolled back (the pool's reset) would be undone


def _postgres_read_only(dbapi_conn, _record):
    """A read-only session: each of its transactions is read-only unless it says otherwise
    (set here rather than as a startup option: connection poolers refuse those, and a URL's
    own ``options`` stay as they are)."""
    with dbapi_conn.cursor() as cur:
        cur.execute("SET default_transaction_read_only = on")
    _postgres_settings(dbapi_conn, _record)  # its commit keeps the setting for the session


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers (the dashboard) do not block the writer
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    _sqlite_common(dbapi_conn)


def _sqlite_read_only(dbapi_conn, _record):
    """A read-only connection: none of the writing pragmas (the journal mode is written to the
    file's header), and SQLite refuses any write, even one that ``mode=ro`` would let through
    to a temporary table."""
    _sqlite_common(dbapi_conn)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def _sqlite_common(dbapi_conn) -> None:
    """What every SQLite connection sets, read-only or not."""
    from .rollups import union_places

    dbapi_conn.create_function("union_places", 2, union_places, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    # Reads through a memory map: a large query's row lookups skip a read() call per page.
    cur.execute("PRAGMA mmap_size=1073741824")
    cur.close()
