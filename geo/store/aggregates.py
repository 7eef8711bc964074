"""Aggregates for large views: the map must not fetch 100,000 rows to draw them."""
from __future__ import annotations

from datetime import timedelta

import pandas as pd
from sqlalchemy import Integer, String, case, cast, func, select, type_coerce

from .parts import Database, Part
from .queries import Queries
from .reading import read_dated
from .rollups import CELL, Rollups, next_month
from .schema import articles_t, claims_t, places_t

__all__ = ["Aggregates"]


class Aggregates(Part):
    """Counts, grid cells, per-oblast and per-day tables for a filter. A filter of dates and
    sides is answered from the rollups (``geo.store.rollups``), any other by counting claim
    places with the conditions ``Queries`` makes of it."""

    def __init__(self, db: Database, queries: Queries, rollups: Rollups):
        super().__init__(db)
        self.queries, self.rollups = queries, rollups

    def summary(self, **f) -> dict:
        """Claim-place rows, distinct claims, places and claims per side for a filter."""
        if self.rollups.covered_by_rollups(**f):
            return self.rollups.summary(f)
        conds = self.queries.conditions_of(f)
        one = _claims_counted(f)
        with self.engine.connect() as conn:
            by = conn.execute(select(places_t.c.side, func.count(), one).select_from(self.queries.tables_of(f)).where(*conds)
                              .group_by(places_t.c.side)).all()
            places = conn.execute(select(func.count(func.distinct(places_t.c.place_id))).select_from(self.queries.tables_of(f))
                                  .where(*conds)).scalar()
        return {"rows": sum(r[1] for r in by), "claims": sum(int(r[2] or 0) for r in by), "places": places,
                "by_side": {r[0]: int(r[2] or 0) for r in by}}

    def grid(self, cell: float, **f):
        """Claims counted per grid cell (``cell`` degrees) and side: the map layer for big views."""
        if cell == CELL and self.rollups.covered_by_rollups(**f):
            return self._rolled_grid(f)
        return self._counted_grid(cell, f)

    def _counted_grid(self, cell: float, f: dict):
        # Shifted to positive before truncating, so that SQLite's CAST is floor (cheaper than
        # floor()); PostgreSQL's CAST rounds, so it takes floor() first.
        x, y = (places_t.c.lon + 180.0) / cell, (places_t.c.lat + 90.0) / cell
        if self.postgis:
            x, y = func.floor(x), func.floor(y)
        gx, gy = cast(x, Integer).label("gx"), cast(y, Integer).label("gy")
        # Claim-places per cell: a density layer, so no COUNT(DISTINCT) over the whole store.
        q = (select(gx, gy, places_t.c.side, func.count().label("n"), func.min(places_t.c.admin1).label("place_name"))
             .select_from(self.queries.tables_of(f)).where(*self.queries.conditions_of(f)).group_by(gx, gy, places_t.c.side))
        with self.engine.connect() as conn:
            df = pd.DataFrame(conn.execute(q).all(), columns=["gx", "gy", "side", "n", "place_name"])
        df["gx"] = df.gx.astype(int) - round(180.0 / cell)
        df["gy"] = df.gy.astype(int) - round(90.0 / cell)
        df["lon"] = (df.gx + 0.5) * cell
        df["lat"] = (df.gy + 0.5) * cell
        return df

    def _rolled_grid(self, f: dict):
        """Cells of ``CELL`` degrees: whole months from the rollup, the days of partial months
        at the window's ends from the claim places."""

        since, until = f["since"], f["until"]
        first = since if since.day == 1 else next_month(since)  # first whole month
        end = until if next_month(until) - timedelta(days=1) == until else until.replace(day=1) - timedelta(days=1)
        parts = []
        if first <= end:
            parts.append(self.rollups.month_cells(f, first, end.replace(day=1)))
            edges = [(since, first - timedelta(days=1)), (end + timedelta(days=1), until)]
        else:
            edges = [(since, until)]
        for a, b in edges:
            if a <= b:
                parts.append(self._counted_grid(CELL, f | {"since": a, "until": b}).drop(columns=["lon", "lat"]))
        parts = [p for p in parts if len(p)]
        if not parts:
            return pd.DataFrame({"gx": [], "gy": [], "side": [], "n": [], "place_name": [], "lon": [], "lat": []})
        cells = pd.concat(parts, ignore_index=True)
        cells = cells.groupby(["gx", "gy", "side"], as_index=False).agg(n=("n", "sum"), place_name=("place_name", "min"))
        cells = cells[cells.n > 0].reset_index(drop=True)
        cells["place_name"] = cells.place_name.astype(object).where(cells.place_name.notna(), None)
        cells["lon"] = (cells.gx + 0.5) * CELL
        cells["lat"] = (cells.gy + 0.5) * CELL
        return cells

    def per_admin1(self, **f) -> dict:
        """Claim-places per admin-1 unit (the shading of the map's oblasts)."""
        if self.rollups.covered_by_rollups(**f):
            return self.rollups.per_admin1(f)
        q = (select(places_t.c.admin1, func.count()).select_from(self.queries.tables_of(f))
             .where(*self.queries.conditions_of(f)).group_by(places_t.c.admin1))
        with self.engine.connect() as conn:
            return {a: n for a, n in conn.execute(q).all() if a}

    def claims_per_admin1(self, **f):
        """Claims per admin-1 unit and side (columns admin1, side, n): a claim that names two
        places of one oblast counts once there, one naming two oblasts once in each. Places
        outside any admin-1 unit have admin1 None."""

        q = (select(places_t.c.admin1, places_t.c.side, func.count(func.distinct(places_t.c.claim_id)))
             .select_from(self.queries.tables_of(f)).where(*self.queries.conditions_of(f)).group_by(places_t.c.admin1, places_t.c.side))
        with self.engine.connect() as conn:
            return pd.DataFrame(conn.execute(q).all(), columns=["admin1", "side", "n"])

    def per_place(self, **f):
        """Claims per place and side (columns place_id, side, name, kind, admin1, lon, lat, n):
        a static map's markers, counted in the database rather than read claim by claim."""

        p = places_t.c
        q = (select(p.place_id, p.side, func.min(p.name), func.min(p.kind), func.min(p.admin1), func.min(p.lon),
                    func.min(p.lat), func.count(func.distinct(p.claim_id)))
             .select_from(self.queries.tables_of(f)).where(*self.queries.conditions_of(f)).group_by(p.place_id, p.side))
        with self.engine.connect() as conn:
            return pd.DataFrame(conn.execute(q).all(),
                                columns=["place_id", "side", "name", "kind", "admin1", "lon", "lat", "n"])

    def per_day(self, placeless: bool = False, **f):
        """Claims per map date and side (columns map_date, side, n); with ``placeless``, the
        claims that name no place below the country count too (a timeline of every claim)."""

        if self.rollups.covered_by_rollups(**f):
            rows = self.rollups.per_day(f, placeless)
        else:
            one = _claims_counted(f)
            q = (select(type_coerce(places_t.c.map_date, String), places_t.c.side, one)
                 .select_from(self.queries.tables_of(f)).where(*self.queries.conditions_of(f), places_t.c.map_date.is_not(None))
                 .group_by(places_t.c.map_date, places_t.c.side))
            with self.engine.connect() as conn:
                rows = conn.execute(q).all()
                if placeless and f.get("bbox") is None and not f.get("kinds") and not f.get("place_ids"):
                    rows += conn.execute(select(type_coerce(claims_t.c.map_date, String), claims_t.c.side, func.count())
                                         .select_from(claims_t.join(articles_t, articles_t.c.id == claims_t.c.article_id))
                                         .where(*self._placeless_conditions(f), claims_t.c.map_date.is_not(None))
                                         .group_by(claims_t.c.map_date, claims_t.c.side)).all()
        df = pd.DataFrame(rows, columns=["map_date", "side", "n"])
        df = df.groupby(["map_date", "side"], as_index=False).n.sum() if placeless and len(df) else df
        df["map_date"] = pd.to_datetime(df.map_date.astype("string").str[:10])
        return df

    def latest(self, n: int = 300, **f):
        """The ``n`` latest claim-place rows of a filter (for pickers on big views). For a
        window of dates and sides, the rollups say from which day on there are ``n`` rows, so
        only those days are read (PostgreSQL otherwise sorted every claim place of the window)."""
        if self.rollups.covered_by_rollups(**f):
            f = {**f, "since": self.rollups.latest_since(n, f)}
        return self.queries.query(**f, columns="map", limit=n, order="desc")

    def placeless(self, limit: int | None = None, **f):
        """Claims of a filter that name no place below the country ("Russia struck Ukraine's
        energy system"): they have no map geometry, so pages list them beside the map."""

        if f.get("bbox") is not None or f.get("kinds") or f.get("place_ids"):
            return pd.DataFrame(columns=["claim_id", "map_date", "side", "source", "attacker", "targets", "sentence",
                                         "title", "url"])
        q = (select(claims_t.c.id.label("claim_id"), claims_t.c.map_date, claims_t.c.side, claims_t.c.source,
                    claims_t.c.attacker, claims_t.c.targets, claims_t.c.weapons, claims_t.c.outcome, claims_t.c.sentence,
                    claims_t.c.corrected, claims_t.c.article_id, articles_t.c.title, articles_t.c.url)
             .select_from(claims_t.join(articles_t, articles_t.c.id == claims_t.c.article_id))
             .where(*self._placeless_conditions(f))
             .order_by(claims_t.c.map_date.desc(), claims_t.c.id))
        if limit:
            q = q.limit(limit)
        return read_dated(self.engine, q, "map_date")

    def placeless_count(self, **f) -> dict[str, int]:
        """Claims per side of a filter that name no place below the country."""
        if f.get("bbox") is not None or f.get("kinds") or f.get("place_ids"):
            return {}
        if self.rollups.covered_by_rollups(**f):
            return self.rollups.placeless(f)
        q = (select(claims_t.c.side, func.count())
             .select_from(claims_t.join(articles_t, articles_t.c.id == claims_t.c.article_id))
             .where(*self._placeless_conditions(f)).group_by(claims_t.c.side))
        with self.engine.connect() as conn:
            return {side: int(n) for side, n in conn.execute(q).all()}

    def _placeless_conditions(self, f: dict) -> list:
        no_place = ~select(places_t.c.claim_id).where(places_t.c.claim_id == claims_t.c.id).exists()
        return [no_place, *self.queries.conditions(f.get("since"), f.get("until"), f.get("sides"), f.get("attackers"),
                                         f.get("targets"), f.get("text"), claim_ids=f.get("claim_ids"),
                                         undated=f.get("undated"), on=claims_t)]

    def claims_without_places(self):
        """Every claim that names no place below the country."""
        return self.placeless()

    def per_area_day(self, **f):
        """Claims per admin-1 area, day, side, targets and weapons: the rows of the table by
        oblast and week (a claim counts once per area it names)."""

        j = claims_t.join(places_t, places_t.c.claim_id == claims_t.c.id)
        if f.get("text"):
            j = j.join(articles_t, articles_t.c.id == claims_t.c.article_id)
        q = (select(places_t.c.admin1, type_coerce(places_t.c.map_date, String), places_t.c.side, claims_t.c.targets,
                    claims_t.c.weapons, func.count(func.distinct(places_t.c.claim_id)))
             .select_from(j).where(*self.queries.conditions_of(f), places_t.c.map_date.is_not(None), places_t.c.admin1.is_not(None))
             .group_by(places_t.c.admin1, places_t.c.map_date, places_t.c.side, claims_t.c.targets, claims_t.c.weapons))
        with self.engine.connect() as conn:
            df = pd.DataFrame(conn.execute(q).all(), columns=["admin1", "map_date", "side", "targets", "weapons", "n"])
        df["map_date"] = pd.to_datetime(df.map_date.astype("string").str[:10])
        return df

    def check_consistency(self) -> list[str]:
        """Problems a crash could leave (there should be none): claims of missing articles,
        articles whose stored claim or place counts differ from what they recorded."""
        problems = []
        with self.engine.connect() as conn:
            counts = conn.execute(
                select(articles_t.c.id, articles_t.c.n_claims, articles_t.c.n_places,
                       select(func.count()).where(claims_t.c.article_id == articles_t.c.id).scalar_subquery(),
                       select(func.count()).select_from(places_t.join(claims_t, places_t.c.claim_id == claims_t.c.id))
                       .where(claims_t.c.article_id == articles_t.c.id).scalar_subquery())).all()
            for aid, n_claims, n_places, got_claims, got_places in counts:
                if n_claims != got_claims:
                    problems.append(f"article {aid}: {got_claims} claims stored, {n_claims} expected")
                if n_places != got_places:
                    problems.append(f"article {aid}: {got_places} claim places stored, {n_places} expected")
            orphans = conn.execute(select(func.count()).select_from(claims_t).where(
                ~select(articles_t.c.id).where(articles_t.c.id == claims_t.c.article_id).exists())).scalar()
            if orphans:
                problems.append(f"{orphans} claims without an article")
        return problems



def _claims_counted(f: dict):
    """How a filter's claims are counted from its claim-place rows. Every claim with places has
    a place number 0, so when the filter keeps all of a claim's places its claims are counted by
    those rows, much cheaper than COUNT(DISTINCT). A filter on places (an area, kinds, ids, or a
    search that matches a place's name) may keep a claim's second place without its first."""
    if f.get("bbox") is None and not f.get("kinds") and not f.get("place_ids") and not f.get("text"):
        return func.sum(case((places_t.c.seq == 0, 1), else_=0))
    return func.count(func.distinct(places_t.c.claim_id))
