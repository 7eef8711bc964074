"""The claim read table: every claim place with its claim, article and event in one row, in
map-day order, kept current by the database's own triggers.

``Store.query`` of a 30-day window at a million claims looked each of its ~13,000 claim places
up in four tables (claims, articles, event places, events) by string key: ~10 B-tree searches
per row over pages scattered across the file, two thirds of the query's time. ``claim_rows``
holds what the query returns, so a window is one range read:

- on SQLite, a ``WITHOUT ROWID`` table keyed by (day, side, claim, place): a window's rows sit
  together on disk, in the order the query returns them;
- on PostgreSQL, a plain table keyed by (claim, place) with an index on (day, side).

``day`` is the claim's map date, or a sentinel (``''`` on SQLite, 0001-01-01 on PostgreSQL)
for a claim no date places, because a primary key cannot be NULL; ``map_date`` keeps the NULL.

Triggers on ``claim_places``, ``claims``, ``event_places`` and ``events`` keep the table in
step with every write, whichever code makes it (ingest, corrections, merges and splits,
rebuilds), inside the writing transaction. Articles are never updated once stored (their id is
the hash of their body), so their columns are copied once. A store from before this table
(schema 4 and older) gets it filled on first open.
"""
from __future__ import annotations

from sqlalchemy import Column, Date, Float, Integer, MetaData, Table, Text, select, text

from .schema import meta_t, set_meta

__all__ = ["OUTPUT_COLUMNS", "ReadRows", "rows_t"]

# What Store.query returns, in its order; then what only filters read.
OUTPUT_COLUMNS = [
    "claim_id", "article_id", "side", "source", "attacker", "date", "date_precision", "date_text", "map_date",
    "map_date_from", "targets", "weapons", "killed", "wounded", "outcome", "sentence", "start", "end", "confidence",
    "status", "corrected", "place_seq", "place_id", "mention", "place_kind", "place_name", "country", "admin1",
    "precision", "lat", "lon", "title", "url", "outlet", "published", "event_id", "event_status"]

_TYPES = {"date": Date, "map_date": Date, "published": Date, "killed": Integer, "wounded": Integer,
          "start": Integer, "end": Integer, "corrected": Integer, "place_seq": Integer, "confidence": Float,
          "lat": Float, "lon": Float, "west": Float, "south": Float, "east": Float, "north": Float}
# The statement's own metadata: the table is created by hand (its key differs per database).
rows_t = Table("claim_rows", MetaData(), Column("day", Date),
               *[Column(n, _TYPES.get(n, Text)) for n in OUTPUT_COLUMNS + ["west", "south", "east", "north"]])

# Each column's source in claims (c), claim_places (p), articles (a) and events (e).
_SOURCES = {
    "claim_id": "p.claim_id", "article_id": "c.article_id", "side": "p.side", "source": "c.source",
    "attacker": "c.attacker", "date": "c.date", "date_precision": "c.date_precision", "date_text": "c.date_text",
    "map_date": "p.map_date", "map_date_from": "c.map_date_from", "targets": "c.targets", "weapons": "c.weapons",
    "killed": "c.killed", "wounded": "c.wounded", "outcome": "c.outcome", "sentence": "c.sentence",
    "start": "c.start", "end": 'c."end"', "confidence": "c.confidence", "status": "c.status",
    "corrected": "c.corrected", "place_seq": "p.seq", "place_id": "p.place_id", "mention": "p.mention",
    "place_kind": "p.kind", "place_name": "p.name", "country": "p.country", "admin1": "p.admin1",
    "precision": "p.precision", "lat": "p.lat", "lon": "p.lon", "title": "a.title", "url": "a.url",
    "outlet": "a.outlet", "published": "a.published", "event_id": "ep.event_id", "event_status": "e.status",
    "west": "p.west", "south": "p.south", "east": "p.east", "north": "p.north"}
_CLAIM_COLUMNS = [n for n, s in _SOURCES.items() if s.startswith("c.") or n in ("side", "map_date")]


class _Dialect:
    """What differs between SQLite and PostgreSQL in the table and its triggers."""

    def __init__(self, postgis: bool):
        self.postgis = postgis
        self.no_day = "DATE '0001-01-01'" if postgis else "''"
        self.differs = "IS DISTINCT FROM" if postgis else "IS NOT"

    def table(self) -> list[str]:
        cols = ", ".join(f'"{n}" {self._type(n)}' for n in ["day"] + list(_SOURCES))
        if self.postgis:
            return [f"CREATE TABLE IF NOT EXISTS claim_rows ({cols}, PRIMARY KEY (claim_id, place_seq))",
                    "CREATE INDEX IF NOT EXISTS ix_claim_rows_day ON claim_rows (day, side)",
                    "CREATE INDEX IF NOT EXISTS ix_claim_rows_event ON claim_rows (event_id)"]
        return [f"CREATE TABLE IF NOT EXISTS claim_rows ({cols}, PRIMARY KEY (day, side, claim_id, place_seq)) WITHOUT ROWID",
                "CREATE INDEX IF NOT EXISTS ix_claim_rows_claim ON claim_rows (claim_id, place_seq)",
                "CREATE INDEX IF NOT EXISTS ix_claim_rows_event ON claim_rows (event_id)"]

    def _type(self, name: str) -> str:
        kind = "DATE" if name == "day" else {Date: "DATE", Integer: "INTEGER", Float: "DOUBLE PRECISION"}.get(
            _TYPES.get(name), "TEXT")
        if not self.postgis and kind == "DATE":
            kind = "TEXT"  # ISO text, as SQLAlchemy's Date keeps it on SQLite
        return kind + (" NOT NULL" if name in ("day", "side", "claim_id", "place_seq") else "")

    def trigger(self, name: str, events: list[str], table: str, body: list[str]) -> list[str]:
        """One trigger running ``body`` after each row's ``events`` (SQLite: one per event)."""
        stmts = "; ".join(body) + ";"
        if self.postgis:
            return [f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS "
                    f"$$ BEGIN {stmts} RETURN NULL; END $$",
                    f"DROP TRIGGER IF EXISTS {name} ON {table}",
                    f"CREATE TRIGGER {name} AFTER {' OR '.join(events)} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}_fn()"]
        return [f"CREATE TRIGGER IF NOT EXISTS {name}_{i} AFTER {ev} ON {table} FOR EACH ROW BEGIN {stmts} END"
                for i, ev in enumerate(events)]


def _select(where: str, d: _Dialect) -> str:
    """The claim rows of the claim places ``where`` selects."""
    cols = ", ".join([f"COALESCE(p.map_date, {d.no_day})"] + list(_SOURCES.values()))
    return (f"SELECT {cols} FROM claim_places p JOIN claims c ON c.id = p.claim_id "
            f"JOIN articles a ON a.id = c.article_id "
            f"LEFT JOIN event_places ep ON ep.claim_id = p.claim_id AND ep.seq = p.seq "
            f"LEFT JOIN events e ON e.id = ep.event_id WHERE {where}")


def _insert(where: str, d: _Dialect) -> str:
    names = ", ".join(f'"{n}"' for n in ["day"] + list(_SOURCES))
    return f"INSERT INTO claim_rows ({names}) {_select(where, d)}"


def _ddl(d: _Dialect) -> list[str]:
    one_place = "p.claim_id = NEW.claim_id AND p.seq = NEW.seq"
    claim_sets = ", ".join([f"day = COALESCE(NEW.map_date, {d.no_day})"]
                           + [f'"{n}" = NEW.{_SOURCES[n].split(".", 1)[1]}' for n in _CLAIM_COLUMNS])
    status = "(SELECT status FROM events WHERE id = NEW.event_id)"
    return d.table() + [
        *d.trigger("claim_rows_place_in", ["INSERT"], "claim_places", [_insert(one_place, d)]),
        *d.trigger("claim_rows_place_up", ["UPDATE"], "claim_places", [
            "DELETE FROM claim_rows WHERE claim_id = OLD.claim_id AND place_seq = OLD.seq", _insert(one_place, d)]),
        *d.trigger("claim_rows_place_out", ["DELETE"], "claim_places", [
            "DELETE FROM claim_rows WHERE claim_id = OLD.claim_id AND place_seq = OLD.seq"]),
        *d.trigger("claim_rows_claim_up", ["UPDATE"], "claims", [
            f"UPDATE claim_rows SET {claim_sets} WHERE claim_id = NEW.id"]),
        *d.trigger("claim_rows_grouped", ["INSERT", "UPDATE"], "event_places", [
            f"UPDATE claim_rows SET event_id = NEW.event_id, event_status = {status} "
            "WHERE claim_id = NEW.claim_id AND place_seq = NEW.seq"]),
        *d.trigger("claim_rows_ungrouped", ["DELETE"], "event_places", [
            "UPDATE claim_rows SET event_id = NULL, event_status = NULL "
            "WHERE claim_id = OLD.claim_id AND place_seq = OLD.seq"]),
        *d.trigger("claim_rows_event", ["INSERT", "UPDATE OF status"], "events", [
            f"UPDATE claim_rows SET event_status = NEW.status WHERE event_id = NEW.id AND event_status {d.differs} NEW.status"]),
        *d.trigger("claim_rows_event_out", ["DELETE"], "events", [
            "UPDATE claim_rows SET event_status = NULL WHERE event_id = OLD.id"]),
    ]


class ReadRows:
    """The Store's claim read table (mixed into ``Store``)."""

    def _ensure_read_rows(self) -> None:
        """Create the table and its triggers, and fill it from the stored claims if this store
        has not done so yet (a store from before schema 5)."""
        d = _Dialect(self.postgis)
        with self.engine.begin() as conn:
            built = conn.execute(select(meta_t.c.value).where(meta_t.c.key == "claim_rows")).scalar()
            if built is not None:
                return
            for stmt in _ddl(d):
                conn.exec_driver_sql(stmt)
            conn.execute(text("DELETE FROM claim_rows"))
            conn.exec_driver_sql(_insert("1 = 1", d))
            set_meta(conn, "claim_rows", "1")

    def rebuild_read_rows(self) -> int:
        """Refill the read table from the claims (it is kept current by triggers; this is for
        a store whose table was damaged by hand). Returns its row count."""
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM claim_rows"))
            conn.exec_driver_sql(_insert("1 = 1", _Dialect(self.postgis)))
            return conn.execute(text("SELECT count(*) FROM claim_rows")).scalar()
