"""The store's tables, and creating or upgrading them.

``articles`` (id = hash of the normalised body), ``claims``, ``claim_places`` (one row per claim
and place, with lon/lat and, on PostGIS, a geometry column with a spatial index), ``corrections``
(every change a user makes to a claim, with the original value, who and when; the claim row holds
the current value), ``users`` (who may change the map: ``geo.store.users``) and ``store_meta``
(the schema version).

A store opened read-only (``Store.open(..., read_only=True)``) is only checked here
(``check_schema``), never created or upgraded: that takes one writable open.

A claim's ``date`` is its date as extracted, at the precision ``date_precision`` says: a month
("in March 2025") is kept as the month's first day with precision "month", a year as its 1 January
with "year". Only a day is a day on the map: ``map_date`` is the claim's date when its precision
is "day", else the article's (``map_date_from`` says which), so rollups, filters and events never
put a month-precision claim on the 1st; readers show ``date`` through ``date_label``.
"""
from __future__ import annotations

import time

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine

__all__ = ["MAX_ID", "SCHEMA_VERSION", "SIDES", "CLAIM_FLAGS", "CORRECTABLE", "StoreError", "articles_t", "check_schema",
           "claims_t", "corrections_t", "event_places_t", "events_t", "init_schema", "meta_t", "metadata",
           "needs_writing", "places_t", "rollup_areas_t", "rollup_cells_t", "rollup_days_t", "set_meta", "users_t"]

SCHEMA_VERSION = 7
MAX_ID = 254  # a user's id: an e-mail address (at most 254 characters) or a proxy's user name
SIDES = ("RU", "UA", "OTHER")
CLAIM_FLAGS = ("overnight", "verified")  # claims' 0/1 columns computed at extraction
CORRECTABLE = ("side", "date", "place", "attacker")


class StoreError(RuntimeError):
    """A store problem a user can act on (bad URL, missing PostGIS, unknown claim)."""


metadata = MetaData()
articles_t = Table(
    "articles", metadata,
    Column("id", String(40), primary_key=True),
    Column("title", Text), Column("url", Text), Column("outlet", Text),
    Column("published", Date, index=True),
    Column("body", Text, nullable=False),
    Column("path", Text),
    Column("n_claims", Integer, nullable=False),
    Column("n_places", Integer, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("added_by", String(MAX_ID), index=True),  # the user who added it (None: an ingest)
)
claims_t = Table(
    "claims", metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("side", String(8), nullable=False),
    Column("source", Text),
    Column("attacker", String(8)),
    Column("date", Date),  # at date_precision: a month's or year's first day (see above)
    Column("date_precision", String(8), nullable=False),
    Column("date_text", Text),
    # The day the map shows: the claim's own date, else the article's (``map_date_from``).
    Column("map_date", Date),
    Column("map_date_from", String(8), nullable=False),
    Column("targets", Text, nullable=False),  # comma-separated keys of geo.vocab
    Column("weapons", Text, nullable=False),
    Column("killed", Integer), Column("wounded", Integer),
    Column("outcome", String(16), nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("status", String(16), nullable=False),
    Column("evidence", Text),
    Column("corrected", Integer, nullable=False, default=0),
    # Flags events read, worked out from the claim's text at extraction (geo.claims.flags):
    # the strike was at night; an independent source (side OTHER) saw or verified it.
    Column("overnight", Integer, nullable=False, default=0, server_default=text("0")),
    Column("verified", Integer, nullable=False, default=0, server_default=text("0")),
    Index("ix_claims_map_date_side", "map_date", "side"),
)
places_t = Table(
    "claim_places", metadata,
    Column("claim_id", String(64), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("place_id", String(40), nullable=False, index=True),
    Column("mention", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(4)),
    Column("admin1", String(12), index=True),
    Column("lat", Float, nullable=False), Column("lon", Float, nullable=False),
    Column("precision", String(12)),
    # The bounding box of the place (its point, or its oblast/raion polygon): a map-view filter
    # keeps a claim whose area overlaps the view, the same on SQLite as PostGIS's && operator.
    Column("west", Float, nullable=False), Column("south", Float, nullable=False),
    Column("east", Float, nullable=False), Column("north", Float, nullable=False),
    # Copies of the claim's map date and side (kept in step by add and correct): the map's
    # counts then read this table alone, through one covering index.
    Column("map_date", Date), Column("side", String(8)),
    Index("ix_claim_places_bbox", "west", "east", "south", "north"),
    Index("ix_claim_places_map", "map_date", "side", "lon", "lat", "admin1", "seq"),
)
corrections_t = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", String(64), ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String(16), nullable=False),
    Column("old_value", Text), Column("new_value", Text),
    Column("author", Text, nullable=False),
    Column("note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
# Events (geo.store.events): one strike incident, and which claim places it groups.
events_t = Table(
    "events", metadata,
    Column("id", String(24), primary_key=True),
    Column("day", Date, nullable=False),
    Column("loose", Integer, nullable=False, default=0),  # no claim dates it to the day
    Column("place_id", String(40), nullable=False), Column("place_name", Text, nullable=False),
    Column("kind", String(16), nullable=False), Column("admin1", String(12)),
    Column("lat", Float, nullable=False), Column("lon", Float, nullable=False),
    Column("n_places", Integer, nullable=False),
    Column("sides", String(24), nullable=False), Column("hits", String(24), nullable=False),
    Column("intercepts", String(24), nullable=False), Column("groups", Text, nullable=False),
    Column("verified", Integer, nullable=False, default=0),
    Column("status", String(16), nullable=False),
    Column("why", Text),  # the status in words, naming the statements it rests on
    Column("evidence", Text),  # JSON: who says hit / disputes it, who saw it, whether only late-dated claims date it
    Index("ix_events_admin1_day", "admin1", "day"),  # what ingest reads; the dashboard scans by day
)
event_places_t = Table(
    "event_places", metadata,
    Column("claim_id", String(64), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("event_id", String(24), nullable=False, index=True),
    Column("pinned", Integer, nullable=False, default=0),  # placed by a user's merge or split
    Column("link", Text),  # why the claim place is in its event ("the same facility, a day apart")
)
# Rollups (geo.store.rollups): the map's counts, kept current by every write, so that a view
# of months or years reads a few thousand rows instead of every claim place.
rollup_days_t = Table(
    "rollup_days", metadata,
    Column("day", Date, primary_key=True), Column("side", String(8), primary_key=True),
    Column("n", Integer, nullable=False),  # claim places
    Column("claims", Integer, nullable=False),  # claims with a place (counted by their place number 0)
    Column("placeless", Integer, nullable=False),  # claims that name no place
    Column("places", LargeBinary, nullable=False),  # the day's distinct places: sorted 64-bit hashes
)
rollup_areas_t = Table(
    "rollup_areas", metadata,
    Column("day", Date, primary_key=True), Column("side", String(8), primary_key=True),
    Column("admin1", String(12), primary_key=True),  # "" for a place outside any admin-1 unit
    Column("n", Integer, nullable=False),  # claim places
)
rollup_cells_t = Table(
    "rollup_cells", metadata,
    Column("month", Date, primary_key=True), Column("side", String(8), primary_key=True),
    Column("gx", Integer, primary_key=True), Column("gy", Integer, primary_key=True),
    Column("admin1", String(12), primary_key=True),
    Column("n", Integer, nullable=False),  # claim places
)
# Users (geo.store.users): who has signed in, and what each may do.
users_t = Table(
    "users", metadata,
    Column("id", String(MAX_ID), primary_key=True),  # an e-mail address or a proxy's user name
    Column("name", Text),
    Column("role", String(16), nullable=False),  # geo.store.users.ROLES
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("role_set_by", Text), Column("role_set_at", DateTime(timezone=True)),  # None: the default role
    Column("last_seen", DateTime(timezone=True)),
)
meta_t = Table("store_meta", metadata, Column("key", String(32), primary_key=True), Column("value", Text))


def init_schema(engine: Engine, postgis: bool) -> None:
    """Create the tables (and PostGIS's geometry column) or upgrade an older schema.

    Several processes may create one new store at once (an ingest and the dashboard): the
    loser of that race sees "already exists" or a duplicate key, and simply tries again, when
    the tables are there."""
    attempts = 8
    for attempt in range(1, attempts + 1):
        try:
            return _init_schema(engine, postgis)
        except StoreError as e:
            if attempt == attempts or not _lost_a_race(e.__cause__):
                raise
            time.sleep(0.05 * attempt)


def _lost_a_race(error) -> bool:
    text = str(error).lower()
    return any(k in text for k in ("already exists", "unique constraint", "duplicate key", "duplicate column",
                                   "database is locked"))


def _init_schema(engine: Engine, postgis: bool) -> None:
    try:
        with engine.begin() as conn:
            if postgis:
                has = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).first()
                if not has:
                    try:
                        conn.execute(text("CREATE EXTENSION IF NOT EXISTS postgis"))
                    except Exception as e:
                        raise StoreError("the database has no PostGIS extension and it cannot be created here: "
                                         "run CREATE EXTENSION postgis as its owner") from e
            metadata.create_all(conn)
            if postgis:
                conn.execute(text("ALTER TABLE claim_places ADD COLUMN IF NOT EXISTS geom geometry(Geometry, 4326)"))
                conn.execute(text("CREATE INDEX IF NOT EXISTS ix_claim_places_geom ON claim_places USING GIST (geom)"))
            row = conn.execute(select(meta_t.c.value).where(meta_t.c.key == "schema")).first()
            if row is None:
                conn.execute(insert(meta_t).values(key="schema", value=str(SCHEMA_VERSION)))
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(f"the database has schema {row[0]}, newer than this version ({SCHEMA_VERSION})")
            else:
                _upgrade(conn, int(row[0]))
    except StoreError:
        raise
    except Exception as e:
        raise StoreError(f"cannot open the store: {e}") from e


def _upgrade(conn, version: int) -> None:
    """Bring a store made by an earlier version to this schema, in the caller's transaction.

    2 -> 3 (the events tables) and 3 -> 4 (the rollups) are tables ``create_all`` makes; the
    claims already stored are grouped and rolled up by ``Store.open``."""
    if version < 2:
        # 1 -> 2: claim places carry copies of their claim's map date and side.
        conn.execute(text("ALTER TABLE claim_places ADD COLUMN map_date DATE"))
        conn.execute(text("ALTER TABLE claim_places ADD COLUMN side VARCHAR(8)"))
        conn.execute(text("UPDATE claim_places SET map_date = (SELECT map_date FROM claims WHERE claims.id = "
                          "claim_places.claim_id), side = (SELECT side FROM claims WHERE claims.id = claim_places.claim_id)"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_claim_places_map ON claim_places "
                          "(map_date, side, lon, lat, admin1, seq)"))
    # 4 -> 5: claims carry their flags. Decided by the columns, not the number: what matters is
    # whether this table has them (a store whose number was set back still has its flags).
    have = {c["name"] for c in inspect(conn).get_columns("claims")}
    missing = [name for name in CLAIM_FLAGS if name not in have]
    for name in missing:
        conn.execute(text(f"ALTER TABLE claims ADD COLUMN {name} INTEGER NOT NULL DEFAULT 0"))
    if missing:
        _backfill_flags(conn)
    # 5 -> 6: events say why (the grouping rules changed too: ``Store.open`` regroups).
    for table, name in (("events", "why"), ("events", "evidence"), ("event_places", "link")):
        if name not in {c["name"] for c in inspect(conn).get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} TEXT"))
    # 6 -> 7: articles say who added them (the users table is one ``create_all`` makes).
    if "added_by" not in {c["name"] for c in inspect(conn).get_columns("articles")}:
        conn.execute(text(f"ALTER TABLE articles ADD COLUMN added_by VARCHAR({MAX_ID})"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_articles_added_by ON articles (added_by)"))
    if version < SCHEMA_VERSION:
        conn.execute(update(meta_t).where(meta_t.c.key == "schema").values(value=str(SCHEMA_VERSION)))


def needs_writing(problem: str, to: str = "upgrade it") -> StoreError:
    """The error of a read-only open that finds work only a writable open does."""
    return StoreError(f"{problem}: open it once for writing (e.g. `strike-atlas ingest` or the local dashboard) "
                      f"to {to}, then open it read-only")


def check_schema(engine: Engine) -> None:
    """What ``init_schema`` is for a store opened read-only: it writes nothing, and says what
    is missing (tables, an older schema) instead of making or upgrading it."""
    try:
        with engine.connect() as conn:
            missing = sorted(set(metadata.tables) - set(inspect(conn).get_table_names()))
            version = None if meta_t.name in missing else \
                conn.execute(select(meta_t.c.value).where(meta_t.c.key == "schema")).scalar()
    except Exception as e:
        raise StoreError(f"cannot open the store: {e}") from e
    if version is None:
        raise needs_writing("the database holds no store yet", to="make one")
    if int(version) > SCHEMA_VERSION:
        raise StoreError(f"the database has schema {version}, newer than this version ({SCHEMA_VERSION})")
    if int(version) < SCHEMA_VERSION:
        raise needs_writing(f"the store has schema {version}, older than this version's ({SCHEMA_VERSION})")
    if missing:
        raise needs_writing(f"the store has no {', '.join(missing)} table{'s' if len(missing) > 1 else ''}")


def _backfill_flags(conn, chunk: int = 20_000) -> None:
    """The overnight and verified flags of stored claims, from their stored date wording, side
    and sentence, with the functions extraction uses (``geo.claims.flags``, English: the only
    language a store held before the flags were kept). Read in chunks of claims, so memory holds
    one chunk however large the store; only the claims with a flag set are written."""
    from ..claims.flags import is_overnight, is_verified

    c, last = claims_t.c, None
    while True:
        q = select(c.id, c.side, c.date_text, c.sentence).order_by(c.id).limit(chunk)
        rows = conn.execute(q if last is None else q.where(c.id > last)).all()
        if not rows:
            return
        last = rows[-1].id
        flagged = [{"cid": r.id, "night": int(is_overnight(r.date_text)), "seen": int(is_verified(r.side, r.sentence))}
                   for r in rows]
        flagged = [f for f in flagged if f["night"] or f["seen"]]
        if flagged:
            conn.execute(update(claims_t).where(c.id == bindparam("cid"))
                         .values(overnight=bindparam("night"), verified=bindparam("seen")), flagged)


def set_meta(conn, key: str, value: str) -> None:
    """Set a key of store_meta (what has been built, the schema version)."""
    if conn.execute(select(meta_t.c.key).where(meta_t.c.key == key)).first() is None:
        conn.execute(insert(meta_t).values(key=key, value=value))
    else:
        conn.execute(update(meta_t).where(meta_t.c.key == key).values(value=value))
