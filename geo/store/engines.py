"""Engines for a store's URL: SQLite (WAL, the pragmas every connection sets, a read-only
file opened ``mode=ro``) or PostgreSQL (a read-only session's transactions read-only), made
ready before the ``Store`` reads or writes through them."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url

from .schema import StoreError

__all__ = ["engine_for", "normal_url"]


def engine_for(url: str, read_only: bool = False) -> Engine:
    """The engine for a store URL (a SQLite path or URL, or postgresql://...)."""
    url = normal_url(url)
    if url.startswith("sqlite:///"):
        return _sqlite_engine(url, read_only)
    if url.startswith("postgresql"):
        return _postgres_engine(url, read_only)
    raise StoreError(f"unsupported database URL {url!r}: use a SQLite path or postgresql://...")


def normal_url(url: str) -> str:
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
