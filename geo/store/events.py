"""Events as the store lists them. What an event is, and how claims are grouped into one, is
the claims stage's (``geo.claims.event_model``, ``geo.claims.event_matching``); the store keeps
events in ``events`` and ``event_places`` (``eventing``) and lists them here with their claims
and reasons."""
from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from ..claims.event_matching import Matcher
from ..claims.event_model import STATUSES, Event, Item, PlaceRef, event_id, is_loose, status_of, target_groups
from .parts import Part
from .reading import read_dated
from .schema import articles_t, claims_t, event_places_t, events_t, places_t

__all__ = ["STATUSES", "Event", "EventLists", "Item", "Matcher", "PlaceRef", "event_id", "events_json", "is_loose", "status_of",
           "target_groups"]


def events_json(events, claims) -> list[dict]:
    """Events (rows of ``Store.events``) with their claims (``Store.event_claims``) as plain
    data: what ``strike-atlas events --json`` prints and the dashboard's event panel reads.
    ``why`` says why the status; each claim's ``link`` says why it is in the event."""
    by_event: dict[str, list[dict]] = {}
    if claims is not None:
        for c in claims.to_dict("records"):
            by_event.setdefault(c["event_id"], []).append(
                {"id": c["claim_id"], "side": c["side"], "source": c["source"], "quote": c["sentence"],
                 "link": c.get("link"), "article_title": c["article_title"], "article_url": c["article_url"]})
    return [{"id": e["id"], "status": e["status"], "why": e.get("why"), "date": e["day"].isoformat() if e["day"] else None,
             "places": [e["place_name"]], "claims": by_event.get(e["id"], [])} for e in events.to_dict("records")]


class EventLists(Part):
    """Reading the events tables: events of a filter, their counts, their claims."""

    def events(self, since: date | None = None, until: date | None = None, statuses=None, sides=None,
               admin1=None, event_ids=None, limit: int | None = None):
        """Events of a filter as a DataFrame, newest first (``sides``: events any of these
        sides reports)."""
        conds = _event_conditions(since, until, statuses, sides, admin1, event_ids)
        q = select(events_t).where(*conds).order_by(events_t.c.day.desc(), events_t.c.id)
        if limit:
            q = q.limit(limit)
        return read_dated(self.engine, q, "day")

    def event_counts(self, since: date | None = None, until: date | None = None, statuses=None, sides=None) -> dict:
        """How many events ``events`` lists for this filter, per status (counted in the database:
        a month of 100,000 claims can hold as many events)."""
        q = (select(events_t.c.status, func.count()).where(*_event_conditions(since, until, statuses, sides))
             .group_by(events_t.c.status))
        with self.engine.connect() as conn:
            return {status: int(n) for status, n in conn.execute(q).all()}

    def event_claims(self, event_ids):
        """The claims of these events, one row per claim and event, with their articles."""
        q = (select(event_places_t.c.event_id, claims_t.c.id.label("claim_id"), claims_t.c.side, claims_t.c.source,
                    func.min(event_places_t.c.link).label("link"),
                    claims_t.c.sentence, claims_t.c.map_date, claims_t.c.outcome, claims_t.c.targets,
                    func.min(places_t.c.name).label("place_name"), articles_t.c.title.label("article_title"),
                    articles_t.c.url.label("article_url"))
             .select_from(event_places_t.join(claims_t, claims_t.c.id == event_places_t.c.claim_id)
                          .join(places_t, and_(places_t.c.claim_id == event_places_t.c.claim_id,
                                               places_t.c.seq == event_places_t.c.seq))
                          .join(articles_t, articles_t.c.id == claims_t.c.article_id))
             .where(event_places_t.c.event_id.in_(list(event_ids)))
             .group_by(event_places_t.c.event_id, claims_t.c.id, claims_t.c.side, claims_t.c.source, claims_t.c.sentence,
                       claims_t.c.map_date, claims_t.c.outcome, claims_t.c.targets, articles_t.c.title, articles_t.c.url)
             .order_by(event_places_t.c.event_id, claims_t.c.side, claims_t.c.id))
        return read_dated(self.engine, q, "map_date")


def _event_conditions(since=None, until=None, statuses=None, sides=None, admin1=None, event_ids=None) -> list:
    conds = []
    if since is not None:
        conds.append(events_t.c.day >= since)
    if until is not None:
        conds.append(events_t.c.day <= until)
    if statuses:
        conds.append(events_t.c.status.in_(list(statuses)))
    if sides:
        conds.append(or_(*[("," + events_t.c.sides + ",").contains(f",{s},") for s in sides]))
    if admin1:
        conds.append(events_t.c.admin1.in_(list(admin1)))
    if event_ids:
        conds.append(events_t.c.id.in_(list(event_ids)))
    return conds
