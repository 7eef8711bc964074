"""Events as the store lists them. What an event is, and how claims are grouped into one, is
the claims stage's (``geo.claims.events``); the store keeps events in ``events`` and
``event_places`` (``eventing``) and lists them here with their claims and reasons."""
from __future__ import annotations

from ..claims.events import STATUSES, Event, Item, Matcher, PlaceRef, event_id, is_loose, status_of, target_groups

__all__ = ["STATUSES", "Event", "Item", "Matcher", "PlaceRef", "event_id", "events_json", "is_loose", "status_of",
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

