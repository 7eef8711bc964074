"""Writing to the store: an article with its claims in one transaction, and corrections."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from shapely.geometry import shape
from sqlalchemy import and_, delete, insert, select, text, update

from ..articles import Article
from .driver import bulk_insert
from .eventing import Events
from .guard import writing
from .parts import Database, Part
from .reading import date_label
from .rollups import Rollups
from .schema import (
    CORRECTABLE,
    MAX_ID,
    SIDES,
    StoreError,
    articles_t,
    claims_t,
    corrections_t,
    places_t,
)
from .users import clean_id

if TYPE_CHECKING:  # imported when used: the CLI's --help and the dashboard's start need no claims stage
    from ..claims import Claim
    from ..claims.extract import Extraction

__all__ = ["AddResult", "Claims"]


@dataclass
class AddResult:
    article_id: str
    added: bool
    claims: int
    dated: int = 0  # claims of an article stored undated that its publication date now dates



class Claims(Part):
    """The articles, claims, claim_places and corrections tables written: an article with its
    claims in one transaction (``add``), dated later (``date_article``), corrected by users
    (``correct``). Every write counts its claims into the rollups and puts its claim places
    into events in the same transaction, through those parts' public methods."""

    def __init__(self, db: Database, rollups: Rollups, events: Events):
        super().__init__(db)
        self.rollups, self.events = rollups, events
        self._article_insert = None  # built once: building it per article was a fifth of a bulk write
        self._bounds_cache: dict[str, tuple] = {}
        self._geojson_cache: dict[str, str] = {}

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles_t.c.id).where(articles_t.c.id == article_id)).first() is not None

    @writing
    def add(self, article: Article, extraction: Extraction, events: bool = True, added_by: str | None = None) -> AddResult:
        """Store an article and its extracted claims (``geo.claims.extract.extract``) in one
        transaction. An article already stored (same normalised body) is left as it is: ingest
        is idempotent. ``added_by``: the user who added it (a user id, ``geo.store.users``); the
        first to add an article keeps it.

        Its claim places join events in the same transaction; with ``events=False`` they wait
        for ``flush_events()`` (a bulk ingest groups many articles' places in one pass)."""
        return self.add_many([(article, extraction)], events=events, added_by=added_by)[0]

    @writing
    def add_many(self, items: list[tuple[Article, Extraction]], events: bool = True,
                 added_by: str | None = None) -> list[AddResult]:
        """Store several (article, extraction) pairs in one transaction, all or none: what
        ``add`` does for each, with one commit and one write of the claims, places and rollups
        for the lot (a bulk ingest), all recorded as added by ``added_by``."""
        by = None if added_by is None else clean_id(added_by, "added_by")
        prepared = [self._rows(article, extraction, by) for article, extraction in items]
        results, claim_rows, place_rows = [], [], []
        with self.db.transaction() as conn:
            for art_row, claims, places in prepared:
                added = self._insert_article(conn, art_row)
                results.append(AddResult(art_row["id"], added, len(claims) if added else 0))
                if added:
                    claim_rows += claims
                    place_rows += places
                elif art_row["published"] is not None:
                    results[-1].dated = self._date_stored(conn, art_row["id"], art_row["published"], claims)
            bulk_insert(conn, claims_t, claim_rows)
            self._insert_places(conn, place_rows)
            self.rollups.roll(conn, [(r["id"], r["map_date"], r["side"]) for r in claim_rows], place_rows)
            found = self.events.items_of(claim_rows, place_rows)
            if events:
                self.events.assign(conn, found)
        if not events:  # only once committed: a batch that fails is retried, and must not wait twice
            self.events.defer(found)
        return results

    def _rows(self, article: Article, extraction: Extraction, added_by: str | None = None) -> tuple[dict, list[dict], list[dict]]:
        """The article's row, its claims' rows and their places' rows."""
        from ..claims.extract import Extraction

        if not isinstance(extraction, Extraction):  # a FORMAT.md dict would lose what a Claim knows
            raise TypeError(f"Store.add takes an Extraction (geo.claims.extract.extract), not {type(extraction).__name__}")
        art_row = {"id": article.id, "title": article.title, "url": article.url, "outlet": article.outlet,
                   "published": article.published, "body": article.body, "path": article.path,
                   "n_claims": len(extraction.claims), "n_places": 0, "ingested_at": datetime.now(timezone.utc),
                   "added_by": added_by}
        claim_rows, place_rows = [], []
        for n, claim in enumerate(extraction.claims):
            row = _claim_row(f"{article.id}:{n}", article, n, claim)
            claim_rows.append(row)
            places = [m for m in claim.places if m.place is not None]
            for k, m in enumerate(places):
                # The store draws a place (its area, its PostGIS geometry) from its own gazetteer:
                # one it does not hold is left out, as it has always been.
                place = self.gazetteer.get(m.place.id)
                if place is not None:
                    place_rows.append(self._place_row(row["id"], k, place, m.mention, row))
        art_row["n_places"] = len(place_rows)
        return art_row, claim_rows, place_rows

    def _insert_article(self, conn, row: dict) -> bool:
        stmt = self._article_insert
        if stmt is None:
            if self.postgis:
                from sqlalchemy.dialects.postgresql import insert as dialect_insert
            else:
                from sqlalchemy.dialects.sqlite import insert as dialect_insert
            # RETURNING tells whether this transaction inserted the row (rowcount is not reliable
            # across drivers); a concurrent ingest of the same article simply gets no row back.
            stmt = dialect_insert(articles_t).on_conflict_do_nothing(index_elements=["id"]).returning(articles_t.c.id)
            self._article_insert = stmt
        return conn.execute(stmt, row).first() is not None

    def _place_row(self, claim_id: str, seq: int, place, mention: str, claim: dict) -> dict:
        west, south, east, north = self._bounds(place)
        return {"claim_id": claim_id, "seq": seq, "place_id": place.id, "mention": mention, "kind": place.kind,
                "name": place.name, "country": place.country, "admin1": place.admin1, "lat": place.lat,
                "lon": place.lon, "precision": place.precision, "west": west, "south": south, "east": east,
                "north": north, "map_date": claim["map_date"], "side": claim["side"]}

    def _bounds(self, place) -> tuple[float, float, float, float]:
        if place.kind not in ("admin1", "district"):
            return place.lon, place.lat, place.lon, place.lat
        cache = self._bounds_cache
        if place.id not in cache:
            cache[place.id] = shape(self.gazetteer.geometry(place)).bounds
        return cache[place.id]

    def _insert_places(self, conn, rows: list[dict]) -> None:
        if not rows:
            return
        if not self.postgis:
            bulk_insert(conn, places_t, rows)
            return
        # PostGIS: the geometry (point, or the oblast/raion polygon) goes in with the row.
        cols = [c.name for c in places_t.columns]
        sql = text(f"INSERT INTO claim_places ({', '.join(cols)}, geom) VALUES "
                   f"({', '.join(':' + c for c in cols)}, ST_SetSRID(ST_GeomFromGeoJSON(:geom), 4326))")
        conn.execute(sql, [dict(r, geom=self._geojson(r["place_id"])) for r in rows])

    def _geojson(self, place_id: str) -> str:
        cache = self._geojson_cache
        if place_id not in cache:
            place = self.gazetteer.get(place_id)
            cache[place_id] = json.dumps(self.gazetteer.geometry(place))
        return cache[place_id]

    @writing
    def date_article(self, article_id: str, published: date) -> int:
        """Give a stored article with no publication date its date (see ``_date_stored``);
        returns how many of its claims that dated. The article is read again with its date
        (outside the transaction: extraction takes a while), so that "yesterday" or "on 14 June"
        resolve as they would have had it come dated."""
        with self.engine.connect() as conn:
            row = conn.execute(select(articles_t).where(articles_t.c.id == article_id)).mappings().first()
        if row is None or row["published"] is not None:
            return 0
        from ..claims.extract import extract

        article = Article(id=row["id"], body=row["body"], title=row["title"], url=row["url"], outlet=row["outlet"],
                          published=published, path=row["path"])
        fresh = [_claim_row(f"{article.id}:{n}", article, n, c)
                 for n, c in enumerate(extract(article, self.gazetteer).claims)]
        with self.db.transaction() as conn:
            return self._date_stored(conn, article_id, published, fresh)

    def _date_stored(self, conn, article_id: str, published: date, fresh: list[dict]) -> int:
        """An article stored without a publication date, added again with one: it gets the date,
        and its claims that had no day of their own are dated as if it had come dated: from
        ``fresh`` (the claim rows of the article read with its date), a claim at the same place
        of the text takes the date its words give now ("yesterday", "on Thursday"); any other
        is put on the publication day. Each keeps a correction, so the change shows in its
        history: "date" when the claim now has a date of its own, "map_date" when only its
        article's day places it. Returns how many claims were dated."""
        if conn.execute(select(articles_t.c.published).where(articles_t.c.id == article_id)).scalar() is not None:
            return 0
        conn.execute(update(articles_t).where(articles_t.c.id == article_id).values(published=published))
        stored = conn.execute(select(claims_t.c.id, claims_t.c.start, claims_t.c.end).where(
            claims_t.c.article_id == article_id, claims_t.c.map_date.is_(None))).all()
        if not stored:
            return 0
        by_id = {r["id"]: r for r in fresh}
        now, log = datetime.now(timezone.utc), []
        for cid, start, end in stored:
            new = by_id.get(cid)
            same = new is not None and (new["start"], new["end"]) == (start, end) and new["map_date"] is not None
            if same and new["date"] is not None:
                changes = {k: new[k] for k in ("date", "date_precision", "date_text", "map_date", "map_date_from",
                                               "overnight")}
                field, value = "date", date_label(new["date"], new["date_precision"])
            else:
                changes = {"map_date": published, "map_date_from": "article"}
                field, value = "map_date", published.isoformat()
            # flagged as corrected, as every claim with an entry in the corrections log is
            conn.execute(update(claims_t).where(claims_t.c.id == cid).values(corrected=1, **changes))
            conn.execute(update(places_t).where(places_t.c.claim_id == cid).values(map_date=changes["map_date"]))
            log.append({"claim_id": cid, "field": field, "old_value": None, "new_value": value, "author": "strike-atlas",
                        "note": "the article was added again with its publication date", "created_at": now})
        ids = [cid for cid, _, _ in stored]
        self.rollups.roll(conn, *self.rollups.stored_claims(conn, ids))
        conn.execute(insert(corrections_t), log)
        for cid in ids:
            self.events.reassign(conn, cid)
        return len(ids)

    # -- corrections -----------------------------------------------------------------------
    @writing
    def correct(self, claim_id: str, field: str, value, author: str, note: str | None = None, seq: int = 0) -> None:
        """Change a claim's side, attacker, date or place (``seq``: which of its places), keeping
        the original value and who changed it when in ``corrections``."""
        if field not in CORRECTABLE:
            raise StoreError(f"cannot correct {field!r}: only {', '.join(CORRECTABLE)}")
        if not author or not str(author).strip():
            raise StoreError("a correction needs an author")
        with self.db.transaction() as conn:
            row = conn.execute(select(claims_t).where(claims_t.c.id == claim_id)).mappings().first()
            if row is None:
                raise StoreError(f"no claim {claim_id!r}")
            before = self.rollups.roll(conn, *self.rollups.stored_claims(conn, [claim_id]), sign=-1)
            if field == "side":
                if value not in SIDES:
                    raise StoreError(f"side must be one of {', '.join(SIDES)}")
                old, changes = row["side"], {"side": value, "verified": _verified_as(row, value)}
            elif field == "attacker":
                if value not in ("RU", "UA", None, ""):
                    raise StoreError("attacker must be RU, UA or empty")
                old, changes = row["attacker"], {"attacker": value or None}
            elif field == "date":
                new = value if isinstance(value, date) or value is None else date.fromisoformat(str(value))
                art = conn.execute(select(articles_t.c.published).where(articles_t.c.id == row["article_id"])).scalar()
                old = date_label(row["date"], row["date_precision"])
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
            self.rollups.roll(conn, *self.rollups.stored_claims(conn, [claim_id]))
            self.rollups.recount_places(conn, before)
            conn.execute(insert(corrections_t).values(
                claim_id=claim_id, field=field if field != "place" else f"place:{seq}",
                old_value=None if old is None else str(old), new_value=None if value is None else str(value),
                author=str(author).strip()[:MAX_ID], note=note, created_at=datetime.now(timezone.utc)))
            self.events.reassign(conn, claim_id)

    def corrections(self, claim_id: str | None = None) -> list[dict]:
        q = select(corrections_t).order_by(corrections_t.c.id)
        if claim_id:
            q = q.where(corrections_t.c.claim_id == claim_id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]


def _verified_as(row, side: str) -> int:
    """A claim's verified flag once its side is corrected to ``side``: only an independent
    source's (OTHER) report is verified, so another side clears it; a claim that becomes OTHER
    gets it from its sentence, as extraction would have given it."""
    if side == row["side"]:
        return int(row["verified"])
    if side != "OTHER":
        return 0
    from ..claims.flags import is_verified

    return int(is_verified(side, row["sentence"]))


def _claim_row(cid: str, article: Article, seq: int, c: Claim) -> dict:
    """A claim's row, from the Claim as extraction built it. Its date is kept at its precision
    (a month as its first day, precision "month"); the map shows a claim on its own date only
    when that is a day, else on its article's (see ``geo.store.schema``)."""
    dated = c.date is not None and c.date_precision in ("day", "month", "year")
    day = c.date if dated and c.date_precision == "day" else None
    return {
        "id": cid, "article_id": article.id, "seq": seq, "side": c.side, "source": c.source, "attacker": c.attacker,
        "date": c.date if dated else None, "date_precision": c.date_precision if dated else "unknown",
        "date_text": c.date_text, "map_date": day or article.published,
        "map_date_from": "claim" if day else ("article" if article.published else "none"),
        "targets": ",".join(c.targets), "weapons": ",".join(c.weapons),
        "killed": _casualty(c.casualties, "killed"), "wounded": _casualty(c.casualties, "wounded"),
        "outcome": c.outcome, "sentence": c.sentence, "start": c.start, "end": c.end,
        "confidence": round(c.confidence, 2), "status": c.status,
        "evidence": json.dumps(list(c.evidence), ensure_ascii=False), "corrected": 0,
        # Verified is an independent source's word: kept only with side OTHER, as corrections keep it.
        "overnight": int(c.overnight), "verified": int(c.verified and c.side == "OTHER"),
    }


def _casualty(casualties: dict, key: str) -> int | None:
    """A casualty count that both backends store alike (PostgreSQL's INTEGER is 32-bit): a
    count that is not a whole number in range is left out rather than refused or wrapped."""
    v = (casualties or {}).get(key)
    if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 2**31 - 1:
        return None
    return v
