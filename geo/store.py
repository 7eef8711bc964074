"""Where claims live: one Store API over SQLite (default) or PostgreSQL + PostGIS.

    store = Store.open()                                  # the default SQLite file
    store = Store.open("postgresql+psycopg://user@host/db")  # a team's shared PostGIS database
    store.add(article, extraction)                        # one transaction, idempotent
    gdf = store.query(since=..., sides=["RU"], bbox=(22, 44, 41, 53))

Tables: ``articles`` (id = hash of the normalised body), ``claims``, ``claim_places`` (one row
per claim and place, with lon/lat and, on PostGIS, a geometry column with a spatial index) and
``corrections`` (every change a user makes to a claim's side, date or place, with the original
value, who and when; the claim row holds the current value).

SQLite runs in WAL mode so the dashboard can read while an ingest writes. An article and all its
claims are written in one transaction: an interrupted ingest leaves whole articles or nothing.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import (Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        and_, case, cast, create_engine, delete, event, func, insert, or_, select, text, type_coerce, update)
from sqlalchemy.engine import Engine

from .articles import Article

__all__ = ["DEFAULT_DB", "Store", "StoreError", "default_url"]

SCHEMA_VERSION = 2
DEFAULT_DB = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "strike-atlas" / "strike-atlas.sqlite"
SIDES = ("RU", "UA", "OTHER")
CORRECTABLE = ("side", "date", "place", "attacker")


class StoreError(RuntimeError):
    """A store problem a user can act on (bad URL, missing PostGIS, unknown claim)."""


def default_url() -> str:
    """``STRIKE_ATLAS_DB`` (a URL or a file path) or the default SQLite file."""
    env = os.environ.get("STRIKE_ATLAS_DB")
    if env:
        return env if "://" in env else f"sqlite:///{Path(env).expanduser()}"
    return f"sqlite:///{DEFAULT_DB}"


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
)
claims_t = Table(
    "claims", metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("side", String(8), nullable=False),
    Column("source", Text),
    Column("attacker", String(8)),
    Column("date", Date),
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
meta_t = Table("store_meta", metadata, Column("key", String(32), primary_key=True), Column("value", Text))


@dataclass
class AddResult:
    article_id: str
    added: bool
    claims: int


class Store:
    """Claims in a database. Open with ``Store.open(url)``; use as a context manager to close."""

    def __init__(self, engine: Engine, gazetteer=None):
        self.engine = engine
        self.postgis = engine.dialect.name == "postgresql"
        self._gaz = gazetteer
        self._init_schema()

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, gazetteer=None) -> "Store":
        url = url or default_url()
        if "://" not in url:
            url = f"sqlite:///{Path(url).expanduser()}"
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        if url.startswith("sqlite:///"):
            path = Path(url[len("sqlite:///"):])
            if str(path) not in ("", ":memory:"):
                path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
        elif url.startswith("postgresql"):
            try:
                engine = create_engine(url, pool_pre_ping=True)
            except Exception as e:  # missing driver
                raise StoreError(f"cannot use {url.split('@')[-1]}: {e} (install strike-atlas[postgis])") from e
        else:
            raise StoreError(f"unsupported database URL {url!r}: use a SQLite path or postgresql://...")
        return cls(engine, gazetteer)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def gazetteer(self):
        if self._gaz is None:
            from .gazetteer import Gazetteer

            self._gaz = Gazetteer.default()
        return self._gaz

    def _init_schema(self) -> None:
        try:
            with self.engine.begin() as conn:
                if self.postgis:
                    has = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).first()
                    if not has:
                        try:
                            conn.execute(text("CREATE EXTENSION IF NOT EXISTS postgis"))
                        except Exception as e:
                            raise StoreError("the database has no PostGIS extension and it cannot be created here: "
                                             "run CREATE EXTENSION postgis as its owner") from e
                metadata.create_all(conn)
                if self.postgis:
                    conn.execute(text("ALTER TABLE claim_places ADD COLUMN IF NOT EXISTS geom geometry(Geometry, 4326)"))
                    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_claim_places_geom ON claim_places USING GIST (geom)"))
                row = conn.execute(select(meta_t.c.value).where(meta_t.c.key == "schema")).first()
                if row is None:
                    conn.execute(insert(meta_t).values(key="schema", value=str(SCHEMA_VERSION)))
                elif int(row[0]) > SCHEMA_VERSION:
                    raise StoreError(f"the database has schema {row[0]}, newer than this version ({SCHEMA_VERSION})")
                elif int(row[0]) < 2:
                    # 1 -> 2: claim places carry copies of their claim's map date and side.
                    conn.execute(text("ALTER TABLE claim_places ADD COLUMN map_date DATE"))
                    conn.execute(text("ALTER TABLE claim_places ADD COLUMN side VARCHAR(8)"))
                    conn.execute(text("UPDATE claim_places SET map_date = (SELECT map_date FROM claims WHERE claims.id = "
                                      "claim_places.claim_id), side = (SELECT side FROM claims WHERE claims.id = claim_places.claim_id)"))
                    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_claim_places_map ON claim_places "
                                      "(map_date, side, lon, lat, admin1, seq)"))
                    conn.execute(update(meta_t).where(meta_t.c.key == "schema").values(value=str(SCHEMA_VERSION)))
        except StoreError:
            raise
        except Exception as e:
            raise StoreError(f"cannot open the store: {e}") from e

    # -- writing ---------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles_t.c.id).where(articles_t.c.id == article_id)).first() is not None

    def add(self, article: Article, extraction: dict) -> AddResult:
        """Store an article and its extracted claims in one transaction. An article already
        stored (same normalised body) is left as it is: ingest is idempotent."""
        claims = extraction.get("claims", [])
        now = datetime.now(timezone.utc)
        art_row = {"id": article.id, "title": article.title, "url": article.url, "outlet": article.outlet,
                   "published": article.published, "body": article.body, "path": article.path,
                   "n_claims": len(claims), "n_places": 0, "ingested_at": now}
        claim_rows, place_rows = [], []
        for n, c in enumerate(claims):
            cid = f"{article.id}:{n}"
            claim_date = date.fromisoformat(c["date"]) if c.get("date") else None
            claim_rows.append({
                "id": cid, "article_id": article.id, "seq": n, "side": c["side"], "source": c.get("source"),
                "attacker": c.get("attacker"), "date": claim_date, "date_precision": c.get("date_precision") or "unknown",
                "date_text": c.get("date_text"), "map_date": claim_date or article.published,
                "map_date_from": "claim" if claim_date else ("article" if article.published else "none"),
                "targets": ",".join(c.get("targets", [])), "weapons": ",".join(c.get("weapons", [])),
                "killed": (c.get("casualties") or {}).get("killed"), "wounded": (c.get("casualties") or {}).get("wounded"),
                "outcome": c.get("outcome", "hit"), "sentence": c.get("sentence", ""), "start": c.get("start", 0),
                "end": c.get("end", 0), "confidence": c.get("confidence", 0.5), "status": c.get("status", "claimed"),
                "evidence": json.dumps(c.get("evidence", []), ensure_ascii=False), "corrected": 0,
            })
            for k, pid in enumerate(c.get("place_ids", [])):
                place = self.gazetteer.get(pid)
                if place is None:
                    continue
                mention = c["places"][k] if k < len(c.get("places", [])) else place.name
                place_rows.append(self._place_row(cid, k, place, mention, claim_rows[-1]))
        art_row["n_places"] = len(place_rows)
        with self.engine.begin() as conn:
            if self._insert_article(conn, art_row):
                if claim_rows:
                    conn.execute(insert(claims_t), claim_rows)
                self._insert_places(conn, place_rows)
                return AddResult(article.id, True, len(claim_rows))
        return AddResult(article.id, False, 0)

    def _insert_article(self, conn, row: dict) -> bool:
        if self.postgis:
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            stmt = pg_insert(articles_t)
        else:
            from sqlalchemy.dialects.sqlite import insert as stmt_insert

            stmt = stmt_insert(articles_t)
        # RETURNING tells whether this transaction inserted the row (rowcount is not reliable
        # across drivers); a concurrent ingest of the same article simply gets no row back.
        stmt = stmt.values(**row).on_conflict_do_nothing(index_elements=["id"]).returning(articles_t.c.id)
        return conn.execute(stmt).first() is not None

    def _place_row(self, claim_id: str, seq: int, place, mention: str, claim: dict) -> dict:
        west, south, east, north = self._bounds(place)
        return {"claim_id": claim_id, "seq": seq, "place_id": place.id, "mention": mention, "kind": place.kind,
                "name": place.name, "country": place.country, "admin1": place.admin1, "lat": place.lat,
                "lon": place.lon, "precision": place.precision, "west": west, "south": south, "east": east,
                "north": north, "map_date": claim["map_date"], "side": claim["side"]}

    def _bounds(self, place) -> tuple[float, float, float, float]:
        if place.kind not in ("admin1", "district"):
            return place.lon, place.lat, place.lon, place.lat
        cache = self.__dict__.setdefault("_bounds_cache", {})
        if place.id not in cache:
            from shapely.geometry import shape

            cache[place.id] = shape(self.gazetteer.geometry(place)).bounds
        return cache[place.id]

    def _insert_places(self, conn, rows: list[dict]) -> None:
        if not rows:
            return
        if not self.postgis:
            conn.execute(insert(places_t), rows)
            return
        # PostGIS: the geometry (point, or the oblast/raion polygon) goes in with the row.
        cols = [c.name for c in places_t.columns]
        sql = text(f"INSERT INTO claim_places ({', '.join(cols)}, geom) VALUES "
                   f"({', '.join(':' + c for c in cols)}, ST_SetSRID(ST_GeomFromGeoJSON(:geom), 4326))")
        conn.execute(sql, [dict(r, geom=self._geojson(r["place_id"])) for r in rows])

    def _geojson(self, place_id: str) -> str:
        cache = self.__dict__.setdefault("_geojson_cache", {})
        if place_id not in cache:
            place = self.gazetteer.get(place_id)
            cache[place_id] = json.dumps(self.gazetteer.geometry(place))
        return cache[place_id]

    # -- corrections -----------------------------------------------------------------------
    def correct(self, claim_id: str, field: str, value, author: str, note: str | None = None, seq: int = 0) -> None:
        """Change a claim's side, attacker, date or place (``seq``: which of its places), keeping
        the original value and who changed it when in ``corrections``."""
        if field not in CORRECTABLE:
            raise StoreError(f"cannot correct {field!r}: only {', '.join(CORRECTABLE)}")
        if not author or not str(author).strip():
            raise StoreError("a correction needs an author")
        with self.engine.begin() as conn:
            row = conn.execute(select(claims_t).where(claims_t.c.id == claim_id)).mappings().first()
            if row is None:
                raise StoreError(f"no claim {claim_id!r}")
            if field == "side":
                if value not in SIDES:
                    raise StoreError(f"side must be one of {', '.join(SIDES)}")
                old, changes = row["side"], {"side": value}
            elif field == "attacker":
                if value not in ("RU", "UA", None, ""):
                    raise StoreError("attacker must be RU, UA or empty")
                old, changes = row["attacker"], {"attacker": value or None}
            elif field == "date":
                new = value if isinstance(value, date) or value is None else date.fromisoformat(str(value))
                art = conn.execute(select(articles_t.c.published).where(articles_t.c.id == row["article_id"])).scalar()
                old = row["date"].isoformat() if row["date"] else None
                changes = {"date": new, "date_precision": "day" if new else "unknown", "map_date": new or art,
                           "map_date_from": "claim" if new else ("article" if art else "none")}
                value = new.isoformat() if new else None
            else:  # place
                place = self.gazetteer.get(str(value))
                if place is None:
                    raise StoreError(f"no place {value!r} in the gazetteer")
                cur = conn.execute(select(places_t).where(and_(places_t.c.claim_id == claim_id, places_t.c.seq == seq))).mappings().first()
                old = cur["place_id"] if cur else None
                mention = cur["mention"] if cur else place.name
                conn.execute(delete(places_t).where(and_(places_t.c.claim_id == claim_id, places_t.c.seq == seq)))
                self._insert_places(conn, [self._place_row(claim_id, seq, place, mention, dict(row))])
                changes = {}
            conn.execute(update(claims_t).where(claims_t.c.id == claim_id).values(corrected=1, **changes))
            copies = {k: v for k, v in changes.items() if k in ("map_date", "side")}
            if copies:
                conn.execute(update(places_t).where(places_t.c.claim_id == claim_id).values(**copies))
            conn.execute(insert(corrections_t).values(
                claim_id=claim_id, field=field if field != "place" else f"place:{seq}",
                old_value=None if old is None else str(old), new_value=None if value is None else str(value),
                author=str(author).strip()[:200], note=note, created_at=datetime.now(timezone.utc)))

    def corrections(self, claim_id: str | None = None) -> list[dict]:
        q = select(corrections_t).order_by(corrections_t.c.id)
        if claim_id:
            q = q.where(corrections_t.c.claim_id == claim_id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    # -- reading ---------------------------------------------------------------------------
    def counts(self) -> dict:
        with self.engine.connect() as conn:
            return {
                "articles": conn.execute(select(func.count()).select_from(articles_t)).scalar(),
                "claims": conn.execute(select(func.count()).select_from(claims_t)).scalar(),
                "claim_places": conn.execute(select(func.count()).select_from(places_t)).scalar(),
                "corrections": conn.execute(select(func.count()).select_from(corrections_t)).scalar(),
            }

    def date_range(self) -> tuple[date | None, date | None]:
        with self.engine.connect() as conn:
            lo, hi = conn.execute(select(func.min(claims_t.c.map_date), func.max(claims_t.c.map_date))).first()
        return _as_date(lo), _as_date(hi)

    def article(self, article_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles_t).where(articles_t.c.id == article_id)).mappings().first()
        return dict(row) if row else None

    def _filters(self, since=None, until=None, sides=None, attackers=None, targets=None, text_query=None,
                 bbox=None, kinds=None):
        conds = []
        if since is not None:
            conds.append(places_t.c.map_date >= since)
        if until is not None:
            conds.append(places_t.c.map_date <= until)
        if sides:
            conds.append(places_t.c.side.in_(list(sides)))
        if attackers:
            wanted = [a for a in attackers if a not in (None, "unknown")]
            cond = claims_t.c.attacker.in_(wanted) if wanted else None
            if any(a in (None, "unknown") for a in attackers):
                cond = claims_t.c.attacker.is_(None) if cond is None else or_(cond, claims_t.c.attacker.is_(None))
            conds.append(cond)
        if targets:
            conds.append(or_(*[(("," + claims_t.c.targets + ",").contains(f",{t},")) for t in targets]))
        if text_query:
            q = f"%{text_query.lower()}%"
            conds.append(or_(func.lower(claims_t.c.sentence).like(q), func.lower(claims_t.c.source).like(q),
                             func.lower(articles_t.c.title).like(q), func.lower(places_t.c.name).like(q),
                             func.lower(places_t.c.mention).like(q)))
        if bbox is not None:
            west, south, east, north = bbox
            if self.postgis:
                conds.append(text("claim_places.geom && ST_MakeEnvelope(:w, :s, :e, :n, 4326)").bindparams(
                    w=west, s=south, e=east, n=north))
            else:
                conds.append(and_(places_t.c.west <= east, places_t.c.east >= west,
                                  places_t.c.south <= north, places_t.c.north >= south))
        if kinds:
            conds.append(places_t.c.kind.in_(list(kinds)))
        return conds

    def query(self, since: date | None = None, until: date | None = None, sides=None, attackers=None, targets=None,
              text: str | None = None, bbox: tuple[float, float, float, float] | None = None, kinds=None,
              limit: int | None = None, columns: str = "full", order: str = "asc"):
        """Claims as a GeoDataFrame, one row per (claim, place), point geometry (EPSG:4326).

        Filters: ``map_date`` within [since, until]; ``sides`` and ``attackers`` (None or
        "unknown" for an unnamed attacker) as lists; ``targets`` any of the vocabulary keys;
        ``text`` in the sentence, source, title or place; ``bbox`` (west, south, east, north).
        ``columns="map"`` fetches only what a map needs (much faster on large stores)."""
        import geopandas as gpd
        import pandas as pd

        cols = [claims_t.c.id.label("claim_id"), claims_t.c.article_id, claims_t.c.side, claims_t.c.source,
                claims_t.c.attacker, claims_t.c.date, claims_t.c.date_precision, claims_t.c.date_text,
                claims_t.c.map_date, claims_t.c.map_date_from, claims_t.c.targets, claims_t.c.weapons,
                claims_t.c.killed, claims_t.c.wounded, claims_t.c.outcome, claims_t.c.sentence, claims_t.c.start,
                claims_t.c.end, claims_t.c.confidence, claims_t.c.status, claims_t.c.corrected,
                places_t.c.seq.label("place_seq"), places_t.c.place_id, places_t.c.mention, places_t.c.kind.label("place_kind"),
                places_t.c.name.label("place_name"), places_t.c.country, places_t.c.admin1, places_t.c.precision,
                places_t.c.lat, places_t.c.lon, articles_t.c.title, articles_t.c.url, articles_t.c.outlet,
                articles_t.c.published]
        if columns == "map":
            keep = {"claim_id", "article_id", "side", "source", "attacker", "map_date", "place_seq", "place_id",
                    "place_kind", "place_name", "admin1", "lat", "lon", "sentence", "start", "end", "date",
                    "targets", "precision", "title", "url", "corrected"}
            cols = [c for c in cols if c.name in keep]
        q = (select(*cols).select_from(self._joined())
             .where(*self._filters(since, until, sides, attackers, targets, text, bbox, kinds))
             .order_by(places_t.c.map_date.desc() if order == "desc" else places_t.c.map_date, places_t.c.claim_id, places_t.c.seq))
        if limit:
            q = q.limit(limit)
        # Dates come back as text and are converted in one vectorised step (per-row conversion
        # dominated large queries).
        q = q.with_only_columns(*[type_coerce(c, String).label(c.name) if isinstance(c.type, Date) else c
                                  for c in q.selected_columns])
        with self.engine.connect() as conn:
            result = conn.execute(q)
            df = pd.DataFrame.from_records([tuple(r) for r in result.fetchall()], columns=list(result.keys()))
        for c in ("date", "map_date", "published"):
            if c in df:
                parsed = pd.to_datetime(df[c].astype("string"), errors="coerce", format="%Y-%m-%d")
                df[c] = [None if pd.isna(v) else v.date() for v in parsed]
        for c in ("killed", "wounded", "corrected", "start", "end", "place_seq"):
            if c in df:
                df[c] = df[c].astype("Int64")
        return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df["lon"], df["lat"]), crs="EPSG:4326")

    # -- aggregates for large views (the map must not fetch 100,000 rows to draw them) -------
    def _joined(self, f: dict | None = None):
        """The tables a filter needs: claim places alone for dates, sides and areas; the claims
        for attackers, targets and text; the articles for text (their titles)."""
        if f is not None and not (f.get("attackers") or f.get("targets") or f.get("text")):
            return places_t
        j = claims_t.join(places_t, places_t.c.claim_id == claims_t.c.id)
        if f is None or f.get("text"):
            j = j.join(articles_t, articles_t.c.id == claims_t.c.article_id)
        return j

    def _filter_args(self, f: dict) -> list:
        return self._filters(f.get("since"), f.get("until"), f.get("sides"), f.get("attackers"), f.get("targets"),
                             f.get("text"), f.get("bbox"), f.get("kinds"))

    def summary(self, **f) -> dict:
        """Claim-place rows, distinct claims, places and claims per side for a filter."""
        conds = self._filter_args(f)
        # Every claim with places has a place number 0, so without a place filter its claims are
        # counted by those rows, which is much cheaper than COUNT(DISTINCT).
        if f.get("bbox") is None and not f.get("kinds"):
            one = func.sum(case((places_t.c.seq == 0, 1), else_=0))
        else:
            one = func.count(func.distinct(places_t.c.claim_id))
        with self.engine.connect() as conn:
            by = conn.execute(select(places_t.c.side, func.count(), one).select_from(self._joined(f)).where(*conds)
                              .group_by(places_t.c.side)).all()
            places = conn.execute(select(func.count(func.distinct(places_t.c.place_id))).select_from(self._joined(f))
                                  .where(*conds)).scalar()
        return {"rows": sum(r[1] for r in by), "claims": sum(int(r[2] or 0) for r in by), "places": places,
                "by_side": {r[0]: int(r[2] or 0) for r in by}}

    def grid(self, cell: float, **f):
        """Claims counted per grid cell (``cell`` degrees) and side: the map layer for big views."""
        import pandas as pd

        # Shifted to positive before truncating, so that CAST is floor (cheaper than floor()).
        gx = cast((places_t.c.lon + 180.0) / cell, Integer).label("gx")
        gy = cast((places_t.c.lat + 90.0) / cell, Integer).label("gy")
        # Claim-places per cell: a density layer, so no COUNT(DISTINCT) over the whole store.
        q = (select(gx, gy, places_t.c.side, func.count().label("n"), func.min(places_t.c.admin1).label("place_name"))
             .select_from(self._joined(f)).where(*self._filter_args(f)).group_by(gx, gy, places_t.c.side))
        with self.engine.connect() as conn:
            df = pd.DataFrame(conn.execute(q).all(), columns=["gx", "gy", "side", "n", "place_name"])
        df["gx"] = df.gx.astype(int) - round(180.0 / cell)
        df["gy"] = df.gy.astype(int) - round(90.0 / cell)
        df["lon"] = (df.gx + 0.5) * cell
        df["lat"] = (df.gy + 0.5) * cell
        return df

    def per_admin1(self, **f) -> dict:
        """Claim-places per admin-1 unit (the shading of the map's oblasts)."""
        q = (select(places_t.c.admin1, func.count()).select_from(self._joined(f))
             .where(*self._filter_args(f)).group_by(places_t.c.admin1))
        with self.engine.connect() as conn:
            return {a: n for a, n in conn.execute(q).all() if a}

    def per_day(self, **f):
        import pandas as pd

        one = (func.sum(case((places_t.c.seq == 0, 1), else_=0)) if f.get("bbox") is None and not f.get("kinds")
               else func.count(func.distinct(places_t.c.claim_id)))
        q = (select(type_coerce(places_t.c.map_date, String), places_t.c.side, one)
             .select_from(self._joined(f)).where(*self._filter_args(f), places_t.c.map_date.is_not(None))
             .group_by(places_t.c.map_date, places_t.c.side))
        with self.engine.connect() as conn:
            df = pd.DataFrame(conn.execute(q).all(), columns=["map_date", "side", "n"])
        df["map_date"] = pd.to_datetime(df.map_date.astype("string").str[:10])
        return df

    def latest(self, n: int = 300, **f):
        """The ``n`` latest claim-place rows of a filter (for pickers on big views)."""
        return self.query(**f, columns="map", limit=n, order="desc")

    def claims_without_places(self):
        """Claims that name no place below the country (they have no map geometry)."""
        import pandas as pd

        q = (select(claims_t, articles_t.c.title, articles_t.c.url, articles_t.c.outlet)
             .select_from(claims_t.join(articles_t, articles_t.c.id == claims_t.c.article_id))
             .where(~select(places_t.c.claim_id).where(places_t.c.claim_id == claims_t.c.id).exists()))
        with self.engine.connect() as conn:
            result = conn.execute(q)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

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


def _as_date(v):
    if v is None or isinstance(v, date) and not isinstance(v, datetime):
        return v
    if isinstance(v, datetime):
        return v.date()
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers (the dashboard) do not block the writer
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()
