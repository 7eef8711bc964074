"""Reading rows from the store: filters, the claim query behind maps, tables and exports."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, and_, func, or_, select, text, type_coerce

from .parts import Part
from .reading import as_date, read_frame
from .schema import articles_t, claims_t, corrections_t, event_places_t, events_t, places_t

__all__ = ["Queries"]


class Queries(Part):
    """Reading claims, their places and articles: counts, one article, the claim query behind
    maps, tables and exports, and the SQL conditions of a filter (which ``Aggregates`` counts
    by)."""

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
        return as_date(lo), as_date(hi)

    def article(self, article_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles_t).where(articles_t.c.id == article_id)).mappings().first()
        return dict(row) if row else None

    def conditions(self, since=None, until=None, sides=None, attackers=None, targets=None, text_query=None,
                 bbox=None, kinds=None, place_ids=None, claim_ids=None, undated=None, on=places_t):
        """SQL conditions for a filter. ``on`` is the table whose map date and side are tested:
        claim places (the map) or claims (claims that name no place). No date window holds a
        claim with no map date: ``undated="also"`` adds those claims to the window, ``"only"``
        keeps only them."""
        conds = []
        window = [c for c in (on.c.map_date >= since if since is not None else None,
                              on.c.map_date <= until if until is not None else None) if c is not None]
        if undated == "only":
            conds.append(on.c.map_date.is_(None))
        elif undated and window:
            conds.append(or_(and_(*window), on.c.map_date.is_(None)))
        else:
            conds += window
        if sides:
            conds.append(on.c.side.in_(list(sides)))
        if attackers:
            wanted = [a for a in attackers if a not in (None, "unknown")]
            cond = claims_t.c.attacker.in_(wanted) if wanted else None
            if any(a in (None, "unknown") for a in attackers):
                cond = claims_t.c.attacker.is_(None) if cond is None else or_(cond, claims_t.c.attacker.is_(None))
            conds.append(cond)
        if targets:
            conds.append(or_(*[(("," + claims_t.c.targets + ",").contains(f",{t},")) for t in targets]))
        terms = _terms(text_query) if text_query else []
        if terms:
            conds.append(or_(*[self._text_condition(t, on) for t in terms]))
        if claim_ids:
            conds.append(claims_t.c.id.in_(list(claim_ids)))
        if on is places_t:
            conds += self._place_filters(bbox, kinds, place_ids)
        return conds

    @staticmethod
    def _text_condition(term: str, on):
        q = f"%{term.lower()}%"
        cols = [claims_t.c.sentence, claims_t.c.source, articles_t.c.title]
        if on is places_t:
            cols += [places_t.c.name, places_t.c.mention]
        return or_(*[func.lower(c).like(q) for c in cols])

    def _place_filters(self, bbox, kinds, place_ids) -> list:
        conds = []
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
        if place_ids:
            conds.append(places_t.c.place_id.in_(list(place_ids)))
        return conds

    def query(self, since: date | None = None, until: date | None = None, sides=None, attackers=None, targets=None,
              text: str | list[str] | None = None, bbox: tuple[float, float, float, float] | None = None, kinds=None,
              place_ids=None, claim_ids=None, limit: int | None = None, columns: str = "full", order: str = "asc",
              undated: str | None = None):
        """Claims as a GeoDataFrame, one row per (claim, place), point geometry (EPSG:4326).

        Filters: ``map_date`` within [since, until]; ``sides`` and ``attackers`` (None or
        "unknown" for an unnamed attacker) as lists; ``targets`` any of the vocabulary keys;
        ``text`` in the sentence, source, title or place (a list: any of these spellings);
        ``bbox`` (west, south, east, north); ``place_ids`` and ``claim_ids`` as lists;
        ``undated``: "also" adds the claims that have no map date to the window, "only" keeps
        only them.
        ``columns`` chooses the fields: "full" (every field, with the claim place's event: exports
        and downloads), "map" (what a map's markers and lists need) or "table" (a claim table's:
        no article or event fields, so neither table is read); fewer fields are much faster on
        large stores, where making each value a Python object is most of a query's time."""
        cols = [claims_t.c.id.label("claim_id"), claims_t.c.article_id, claims_t.c.side, claims_t.c.source,
                claims_t.c.attacker, claims_t.c.date, claims_t.c.date_precision, claims_t.c.date_text,
                claims_t.c.map_date, claims_t.c.map_date_from, claims_t.c.targets, claims_t.c.weapons,
                claims_t.c.killed, claims_t.c.wounded, claims_t.c.outcome, claims_t.c.sentence, claims_t.c.start,
                claims_t.c.end, claims_t.c.confidence, claims_t.c.status, claims_t.c.corrected,
                places_t.c.seq.label("place_seq"), places_t.c.place_id, places_t.c.mention, places_t.c.kind.label("place_kind"),
                places_t.c.name.label("place_name"), places_t.c.country, places_t.c.admin1, places_t.c.precision,
                places_t.c.lat, places_t.c.lon, articles_t.c.title, articles_t.c.url, articles_t.c.outlet,
                articles_t.c.published]
        if columns not in _COLUMN_SETS and columns != "full":
            raise ValueError(f"columns must be 'full', 'map' or 'table', not {columns!r}")
        frm = claims_t.join(places_t, places_t.c.claim_id == claims_t.c.id)
        if columns != "table" or text:  # a table shows no article field; a text search reads titles
            frm = frm.join(articles_t, articles_t.c.id == claims_t.c.article_id)
        if columns == "full":  # each claim place's event (geo.store.events)
            cols += [events_t.c.id.label("event_id"), events_t.c.status.label("event_status")]
            frm = frm.outerjoin(event_places_t, and_(event_places_t.c.claim_id == places_t.c.claim_id,
                                                     event_places_t.c.seq == places_t.c.seq)) \
                .outerjoin(events_t, events_t.c.id == event_places_t.c.event_id)
        else:
            cols = [c for c in cols if c.name in _COLUMN_SETS[columns]]
        # Undated claims first, or last when descending, on SQLite and PostgreSQL alike (their
        # defaults differ).
        day = places_t.c.map_date.desc().nulls_last() if order == "desc" else places_t.c.map_date.asc().nulls_first()
        q = (select(*cols).select_from(frm)
             .where(*self.conditions(since, until, sides, attackers, targets, text, bbox, kinds, place_ids, claim_ids,
                                   undated))
             .order_by(day, places_t.c.claim_id, places_t.c.seq))
        if limit:
            q = q.limit(limit)
        # Dates come back as text and are converted in one vectorised step (per-row conversion
        # dominated large queries).
        q = q.with_only_columns(*[type_coerce(c, String).label(c.name) if isinstance(c.type, Date) else c
                                  for c in q.selected_columns])
        return read_frame(self.engine, q, [c.name for c in q.selected_columns])

    def tables_of(self, f: dict):
        """The tables a filter needs: claim places alone for dates, sides and areas; the claims
        for attackers, targets and text; the articles for text (their titles)."""
        if not (f.get("attackers") or f.get("targets") or f.get("text") or f.get("claim_ids")):
            return places_t
        j = claims_t.join(places_t, places_t.c.claim_id == claims_t.c.id)
        if f.get("text"):
            j = j.join(articles_t, articles_t.c.id == claims_t.c.article_id)
        return j

    def conditions_of(self, f: dict) -> list:
        """``conditions`` of a filter given as a dict (the keyword arguments of ``Aggregates``)."""
        return self.conditions(f.get("since"), f.get("until"), f.get("sides"), f.get("attackers"), f.get("targets"),
                             f.get("text"), f.get("bbox"), f.get("kinds"), f.get("place_ids"), f.get("claim_ids"),
                             f.get("undated"))


# Fewer fields than "full", in its order. What a map's markers, tooltips and lists show:
_MAP = {"claim_id", "article_id", "side", "source", "attacker", "map_date", "place_seq", "place_id", "place_kind",
        "place_name", "admin1", "lat", "lon", "sentence", "start", "end", "date", "date_precision", "targets", "precision",
        "title", "url", "corrected"}
# What a table of claims shows (geo.app.tables.claim_rows), and the place's point:
_TABLE = {"claim_id", "side", "source", "attacker", "map_date", "targets", "corrected", "sentence", "place_seq",
          "place_name", "lat", "lon"}
_COLUMN_SETS = {"map": _MAP, "table": _TABLE}


def _terms(text_query) -> list[str]:
    """A text filter's spellings: one string, or any of several."""
    terms = [text_query] if isinstance(text_query, str) else list(text_query)
    return [t for t in dict.fromkeys(str(t).strip() for t in terms) if t]
