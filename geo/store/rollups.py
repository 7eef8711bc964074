"""Rollups: the map's counts per day, side, oblast and grid cell, kept current by every write.

A view of months or years at a million claims cannot count claim places row by row in under a
second; these tables hold what the map shows, already counted:

- ``rollup_days``: per day and side, claim places, claims with and without a place, and the
  day's distinct places as sorted 64-bit hashes (a window's distinct places are the union of
  its days': exact, where a count sketch would only estimate);
- ``rollup_areas``: claim places per day, side and admin-1 unit (the oblast shading);
- ``rollup_cells``: claim places per month, side and ``CELL``-degree grid cell (the grid of a
  large view; the days of a window's partial months are counted from the claim places).

A filter of dates and sides only (the map's default) reads them; one on attackers, targets,
text or places reads the claim places as before. ``add`` and ``correct`` keep them current in
their own transactions; ``rebuild_rollups`` recomputes them (a store from before they existed
gets them when first opened).
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from datetime import date

import numpy as np
from sqlalchemy import String, delete, func, select, type_coerce, update

from .driver import bulk_insert, driver_values
from .guard import writing
from .parts import Part
from .schema import claims_t, meta_t, needs_writing, places_t, rollup_areas_t, rollup_cells_t, rollup_days_t, set_meta

__all__ = ["CELL", "Rollups", "Tally", "cell_of", "next_month", "place_hash"]

CELL = 0.8  # degrees; a view of 50,000 claim places is drawn about this coarse anyway
_NOT_ROLLED = ("attackers", "targets", "text", "claim_ids", "bbox", "kinds", "place_ids", "undated")
_PLACE_COLS = [places_t.c.claim_id, places_t.c.seq, places_t.c.place_id, places_t.c.admin1, places_t.c.lon,
               places_t.c.lat, places_t.c.map_date, places_t.c.side]


def place_hash(place_id: str) -> int:
    """A place id as a stable 64-bit number (the hashes of a day's places)."""
    return int.from_bytes(hashlib.blake2b(place_id.encode("utf-8"), digest_size=8).digest(), "little")


def cell_of(lon: float, lat: float, cell: float = CELL) -> tuple[int, int]:
    """The grid cell of a point, numbered as ``Store.grid`` numbers it."""
    return (math.floor((lon + 180.0) / cell) - round(180.0 / cell),
            math.floor((lat + 90.0) / cell) - round(90.0 / cell))


class Tally:
    """What some claims add to (or, with sign -1, take from) the rollups, before it is written."""

    def __init__(self):
        self.days: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])  # (day, side) -> n, claims, placeless
        self.areas: Counter = Counter()
        self.cells: Counter = Counter()
        self.places: dict[tuple, set[int]] = defaultdict(set)

    def count(self, claims, places, sign: int = 1) -> "Tally":
        """``claims``: (id, map_date, side) rows; ``places``: their claim places (mappings)."""
        placed = {p["claim_id"] for p in places}
        for cid, day, side in claims:
            if day is not None and cid not in placed:
                self.days[(day, side)][2] += sign
        for p in places:
            day, side, area = p["map_date"], p["side"], p["admin1"] or ""
            if day is None:
                continue
            d = self.days[(day, side)]
            d[0] += sign
            d[1] += sign if p["seq"] == 0 else 0  # as Store.summary counts claims: by place number 0
            self.areas[(day, side, area)] += sign
            self.cells[(day.replace(day=1), side, *cell_of(p["lon"], p["lat"]), area)] += sign
            self.places[(day, side)].add(place_hash(p["place_id"]))
        return self


class Rollups(Part):
    """The rollup tables: counted into by every write (``roll``, in the writer's transaction),
    rebuilt, and read for a filter of dates and sides (``covered_by_rollups``)."""

    # -- writing ---------------------------------------------------------------------------------
    def roll(self, conn, claims, places, sign: int = 1) -> set[tuple]:
        """Count claims and their places into the rollups (sign -1: out); the (day, side) keys."""
        return self._apply(conn, Tally().count(claims, places, sign), merge_places=sign > 0)

    def _apply(self, conn, tally: Tally, merge_places: bool = True) -> set[tuple]:
        # Sorted keys: concurrent writers take PostgreSQL's row locks in one order.
        # SQLite merges a day's place hashes in the upsert itself (``union_places``, registered
        # on each connection); PostgreSQL reads and writes them under a row lock.
        in_sql = merge_places and not self.postgis
        self._upsert(conn, rollup_days_t, [{"day": k[0], "side": k[1], "n": v[0], "claims": v[1], "placeless": v[2],
                                            "places": _union(b"", tally.places.get(k, ())) if in_sql else b""}
                                           for k, v in sorted(tally.days.items())],
                     also=("places = union_places(rollup_days.places, excluded.places)",) if in_sql else ())
        self._upsert(conn, rollup_areas_t, [{"day": k[0], "side": k[1], "admin1": k[2], "n": v}
                                            for k, v in sorted(tally.areas.items())])
        self._upsert(conn, rollup_cells_t, [{"month": k[0], "side": k[1], "gx": k[2], "gy": k[3], "admin1": k[4], "n": v}
                                            for k, v in sorted(tally.cells.items())])
        if merge_places and tally.places and self.postgis:
            self._merge_places(conn, tally.places)
        return set(tally.days)

    def _upsert(self, conn, table, rows: list[dict], also: tuple[str, ...] = ()) -> None:
        bulk_insert(conn, table, rows, add=tuple(c.name for c in table.columns if c.name in ("n", "claims", "placeless")),
                    also=also)

    def _merge_places(self, conn, new: dict[tuple, set[int]]) -> None:
        keys = sorted(new)
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        have = {}
        for i in range(0, len(keys), 400):
            chunk = keys[i:i + 400]
            sql = ("SELECT day, side, places FROM rollup_days WHERE "
                   + " OR ".join([f"(day = {mark} AND side = {mark})"] * len(chunk)))
            if self.postgis:  # a concurrent ingest must not merge into the same blob unseen
                sql += " FOR UPDATE"
            rows = conn.exec_driver_sql(sql, driver_values(conn, tuple(v for k in chunk for v in k))).fetchall()
            have.update({(_as_day(d), s): bytes(blob) for d, s, blob in rows})
        conn.exec_driver_sql(f"UPDATE rollup_days SET places = {mark} WHERE day = {mark} AND side = {mark}",
                             [driver_values(conn, (_union(have.get(k, b""), new[k]), *k)) for k in keys])

    def stored_claims(self, conn, claim_ids: list[str]):
        """The claims and claim places as stored, for ``roll`` (a correction's before and after)."""
        claims = conn.execute(select(claims_t.c.id, claims_t.c.map_date, claims_t.c.side)
                              .where(claims_t.c.id.in_(claim_ids))).all()
        places = conn.execute(select(*_PLACE_COLS).where(places_t.c.claim_id.in_(claim_ids))).mappings().all()
        return claims, places

    def recount_places(self, conn, keys) -> None:
        """The distinct places of these (day, side) keys, from the claim places (a correction
        may have taken a place away from a day, which a merge of hashes cannot)."""
        t = rollup_days_t
        for day, side in sorted(keys):
            ids = conn.execute(select(places_t.c.place_id).distinct()
                               .where(places_t.c.map_date == day, places_t.c.side == side)).scalars()
            conn.execute(update(t).where(t.c.day == day, t.c.side == side).values(places=_union(b"", {place_hash(i) for i in ids})))

    @writing
    def rebuild_rollups(self) -> None:
        """Recompute the rollups from the claims (a store from before them; a check)."""
        tally = Tally()
        with self.db.transaction() as conn:
            for t in (rollup_days_t, rollup_areas_t, rollup_cells_t):
                conn.execute(delete(t))
            last = None
            while True:  # in chunks of claims, so memory holds the tally, not the store
                q = select(claims_t.c.id, claims_t.c.map_date, claims_t.c.side).order_by(claims_t.c.id).limit(50_000)
                claims = conn.execute(q if last is None else q.where(claims_t.c.id > last)).all()
                if not claims:
                    break
                places = conn.execute(select(*_PLACE_COLS).where(places_t.c.claim_id >= claims[0][0],
                                                                 places_t.c.claim_id <= claims[-1][0])).mappings().all()
                tally.count(claims, places)
                last = claims[-1][0]
            self._apply(conn, tally)
            set_meta(conn, "rollups", "built")

    def ensure(self) -> None:
        """Rollups built once for a store from before them (a read-only store cannot: an error)."""
        with self.engine.connect() as conn:
            built = conn.execute(select(meta_t.c.value).where(meta_t.c.key == "rollups")).scalar()
        if built is None and self.read_only:
            raise needs_writing("the store's rollups are not built")
        if built is None:
            self.rebuild_rollups()

    # -- reading ---------------------------------------------------------------------------------
    def covered_by_rollups(self, **f) -> bool:
        """Whether the rollups answer this filter: a date window and sides, nothing else."""
        return f.get("since") is not None and f.get("until") is not None and not any(f.get(k) for k in _NOT_ROLLED)

    def _rolled_where(self, t, f: dict, col: str = "day", since=None, until=None) -> list:
        conds = [t.c[col] >= (since or f["since"]), t.c[col] <= (until or f["until"])]
        if f.get("sides"):
            conds.append(t.c.side.in_(list(f["sides"])))
        return conds

    def latest_since(self, n: int, f: dict):
        """The latest day from which the window holds at least ``n`` claim places (or its first
        day): the latest ``n`` rows of the window are the latest ``n`` from that day on."""
        t = rollup_days_t
        with self.engine.connect() as conn:
            days = conn.execute(select(t.c.day, func.sum(t.c.n)).where(*self._rolled_where(t, f), t.c.n > 0)
                                .group_by(t.c.day).order_by(t.c.day.desc())).all()
        total = 0
        for day, rows in days:
            total += int(rows)
            if total >= n:
                return _as_day(day)
        return f["since"]

    def summary(self, f: dict) -> dict:
        """``Aggregates.summary`` of a filter the rollups cover: rows, claims, distinct places, claims per side."""
        import pandas as pd

        t = rollup_days_t
        with self.engine.connect() as conn:
            by = conn.execute(select(t.c.side, func.sum(t.c.n), func.sum(t.c.claims)).where(*self._rolled_where(t, f))
                              .group_by(t.c.side).having(func.sum(t.c.n) > 0)).all()
            blobs = conn.execute(select(t.c.places).where(*self._rolled_where(t, f), t.c.n > 0)).scalars().all()
        hashes = [np.frombuffer(b, dtype="<u8") for b in blobs]
        # pandas' hash-table unique: all time is a million hashes, which np.unique sorts (8x slower)
        places = len(pd.unique(np.concatenate(hashes))) if hashes else 0
        return {"rows": sum(int(r[1]) for r in by), "claims": sum(int(r[2]) for r in by), "places": places,
                "by_side": {r[0]: int(r[2]) for r in by}}

    def placeless(self, f: dict) -> dict[str, int]:
        """Claims per side that name no place, for a filter the rollups cover."""
        t = rollup_days_t
        q = (select(t.c.side, func.sum(t.c.placeless)).where(*self._rolled_where(t, f))
             .group_by(t.c.side).having(func.sum(t.c.placeless) > 0))
        with self.engine.connect() as conn:
            return {side: int(n) for side, n in conn.execute(q).all()}

    def per_admin1(self, f: dict) -> dict:
        """Claim places per admin-1 unit, for a filter the rollups cover."""
        t = rollup_areas_t
        q = (select(t.c.admin1, func.sum(t.c.n)).where(*self._rolled_where(t, f), t.c.admin1 != "")
             .group_by(t.c.admin1).having(func.sum(t.c.n) > 0))
        with self.engine.connect() as conn:
            return {a: int(n) for a, n in conn.execute(q).all()}

    def per_day(self, f: dict, placeless: bool = False) -> list[tuple]:
        """(day as text, side, claims) rows for a filter the rollups cover (``placeless``: with
        the claims that name no place)."""
        t = rollup_days_t
        if placeless:
            q = select(type_coerce(t.c.day, String), t.c.side, t.c.claims + t.c.placeless).where(
                *self._rolled_where(t, f), t.c.claims + t.c.placeless > 0)
        else:
            q = select(type_coerce(t.c.day, String), t.c.side, t.c.claims).where(*self._rolled_where(t, f), t.c.n > 0)
        with self.engine.connect() as conn:
            return conn.execute(q).all()

    def month_cells(self, f: dict, first: date, last: date):
        """Claim places per ``CELL``-degree cell and side over the whole months from ``first``
        to ``last`` (their first days), the sides of ``f`` (columns gx, gy, side, n, place_name)."""
        import pandas as pd

        t = rollup_cells_t
        name = func.min(func.nullif(t.c.admin1, ""))  # "" stands for no admin-1 unit
        q = (select(t.c.gx, t.c.gy, t.c.side, func.sum(t.c.n), name)
             .where(*self._rolled_where(t, f, "month", first, last))
             .group_by(t.c.gx, t.c.gy, t.c.side))
        with self.engine.connect() as conn:
            return pd.DataFrame(conn.execute(q).all(), columns=["gx", "gy", "side", "n", "place_name"])


def _union(blob: bytes, new) -> bytes:
    fresh = np.fromiter(new, dtype="<u8", count=len(new))
    return np.union1d(np.frombuffer(blob, dtype="<u8"), fresh).astype("<u8").tobytes()


def union_places(a: bytes | None, b: bytes | None) -> bytes:
    """Two blobs of sorted place hashes merged (SQLite's ``union_places`` function)."""
    if not a or not b:
        return bytes(a or b or b"")
    return np.union1d(np.frombuffer(a, dtype="<u8"), np.frombuffer(b, dtype="<u8")).astype("<u8").tobytes()


def _as_day(v) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


def next_month(d: date) -> date:
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)
