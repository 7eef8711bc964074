"""Events: the claims of every side about one strike, grouped.

An event is one strike incident: claim places at the same place (the same settlement, or a
settlement inside a raion or oblast another claim names) on the same day, or a day apart when a
claim says "overnight" or carries only its article's date, with compatible targets. Its status
says how the sides' accounts relate:

- ``single``: one side reports it;
- ``acknowledged``: Russian and Ukrainian sources both report a strike there;
- ``contested``: one side claims a hit, the other says it was intercepted;
- ``verified``: an independent source reports it as seen, filmed, geolocated or verified.

Whether a claim was at night or is verified is not read here: extraction works it out from the
claim's text (``geo.claims.flags``) and the store keeps it with the claim (``overnight``,
``verified``).

``Matcher`` assigns claim places to events one at a time (what ingest does for a new article,
with the events near it loaded from the store) or in bulk (rebuilding a store's events): the
same rules either way. The store keeps events in ``events`` and ``event_places``.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["STATUSES", "Event", "Item", "Matcher", "event_id", "events_json", "is_loose", "status_of"]

STATUSES = ("single", "acknowledged", "contested", "verified")
AREA_KINDS = ("admin1", "district")
NEAR_KM = 25.0  # a settlement within this of an area's seat counts as inside an area without a polygon
_GROUPS = {
    "military": {"airfield", "ammunition_depot", "military_site", "air_defense", "command_post", "troops", "aircraft",
                 "missile_system", "vehicles", "drone_site", "defense_industry"},
    "energy": {"fuel_depot", "oil_refinery", "energy"},
    "transport": {"railway", "port", "bridge"},
    "civilian": {"residential", "civilian_infrastructure", "government", "media", "warehouse"},
}


_GROUP_OF = {k: g for g, members in _GROUPS.items() for k in members}


def target_groups(targets) -> frozenset[str]:
    """The kinds of target ("military", "energy", ...) a claim's target keys name."""
    if isinstance(targets, str):
        return _groups_of(targets)
    return _groups_of(",".join(targets or []))


@lru_cache(maxsize=4096)
def _groups_of(targets: str) -> frozenset[str]:
    return frozenset(_GROUP_OF[k.strip()] for k in targets.split(",") if k.strip() in _GROUP_OF)


def is_loose(date_precision: str | None, overnight) -> bool:
    """A claim dated only by its article (no date to the day: none, or a month or year), or
    by a night (its stored ``overnight`` flag), may be a day off the strike's date."""
    return date_precision != "day" or bool(overnight)


def event_id(claim_id: str, seq: int) -> str:
    """An event's id, from the claim place that opened it (stable across rebuilds)."""
    return "e" + hashlib.blake2b(f"{claim_id}#{seq}".encode(), digest_size=8).hexdigest()


@dataclass(frozen=True)
class PlaceRef:
    id: str
    kind: str
    admin1: str | None
    lat: float
    lon: float
    name: str = ""


@dataclass
class Item:
    """One claim place to assign: where, when, who says what."""
    claim_id: str
    seq: int
    place: PlaceRef
    day: date
    loose: bool
    side: str
    outcome: str = "hit"
    groups: frozenset = frozenset()
    verified: bool = False


@dataclass
class Event:
    id: str
    day: date
    loose: bool
    place: PlaceRef
    n: int = 0
    sides: set = field(default_factory=set)
    hits: set = field(default_factory=set)
    intercepts: set = field(default_factory=set)
    groups: dict = field(default_factory=dict)  # side -> target groups named
    verified: bool = False
    is_new: bool = False
    dirty: bool = False

    @property
    def status(self) -> str:
        return status_of(self.sides, self.hits, self.intercepts, self.verified)

    def take(self, item: Item) -> None:
        """Count a claim place in this event (its anchor becomes the most precise place)."""
        self.n += 1
        self.sides.add(item.side)
        (self.intercepts if item.outcome == "intercepted" else self.hits).add(item.side)
        self.groups.setdefault(item.side, set()).update(item.groups)
        self.verified = self.verified or item.verified
        if self.loose and not item.loose:
            self.day, self.loose = item.day, False
        if self.place.kind in AREA_KINDS and _rank(item.place.kind) < _rank(self.place.kind):
            self.place = item.place
        self.dirty = True


def status_of(sides, hits, intercepts, is_verified: bool) -> str:
    if is_verified:
        return "verified"
    both = {"RU", "UA"} <= set(sides)
    if both and any(h != i for h in set(hits) & {"RU", "UA"} for i in set(intercepts) & {"RU", "UA"}):
        return "contested"
    return "acknowledged" if both else "single"


def _rank(kind: str) -> int:
    return {"settlement": 0, "district": 1, "admin1": 2}.get(kind, 3)


class Matcher:
    """Assigns claim places to events under the rules above. ``events`` are the candidates
    already known (from the store, or built so far); new events are created as needed."""

    def __init__(self, gazetteer, events=()):
        self.gazetteer = gazetteer
        self._near: dict[tuple, list[Event]] = {}  # (admin1, day) -> events; a day moves only once
        self._inside_cache: dict[tuple[str, str], bool] = {}
        self.events: dict[str, Event] = {}
        for e in events:
            self._keep(e)

    def _keep(self, e: Event) -> None:
        self.events[e.id] = e
        self._near.setdefault((e.place.admin1, e.day.toordinal()), []).append(e)

    def _candidates(self, item: Item) -> list[Event]:
        a, d, near = item.place.admin1, item.day.toordinal(), self._near
        return near.get((a, d - 1), []) + near.get((a, d), []) + near.get((a, d + 1), [])

    def assign(self, item: Item) -> Event:
        best, best_key = None, None
        for e in self._candidates(item):
            rank = self._relation(item.place, e.place)
            if rank is None or not self._same_time(item, e) or not self._compatible(item, e):
                continue
            key = (rank, abs((e.day - item.day).days), -e.n, e.id)
            if best_key is None or key < best_key:
                best, best_key = e, key
        if best is None:
            best = Event(event_id(item.claim_id, item.seq), item.day, item.loose, item.place, is_new=True)
            self._keep(best)
        day = best.day
        best.take(item)
        if best.day != day:  # a loose event dated by a precise claim: file it under its new day
            self._near[(best.place.admin1, day.toordinal())].remove(best)
            self._near.setdefault((best.place.admin1, best.day.toordinal()), []).append(best)
        return best

    @staticmethod
    def _same_time(item: Item, e: Event) -> bool:
        slack = 1 if (item.loose or e.loose) else 0
        return abs((item.day - e.day).days) <= slack

    @staticmethod
    def _compatible(item: Item, e: Event) -> bool:
        """The same side naming only other kinds of target is another strike; the two sides
        describe one strike differently (a "drone workshop" and an "energy facility")."""
        named = e.groups.get(item.side)
        return not (item.groups and named and not (item.groups & named))

    def _relation(self, p: PlaceRef, anchor: PlaceRef) -> int | None:
        """0: the same place; 1: one inside the other; None: unrelated."""
        if p.id == anchor.id:
            return 0
        if p.kind not in AREA_KINDS and anchor.kind not in AREA_KINDS:
            return None
        inner, outer = (p, anchor) if _rank(p.kind) < _rank(anchor.kind) else (anchor, p)
        if outer.kind not in AREA_KINDS or _rank(inner.kind) >= _rank(outer.kind):
            return None
        return 1 if self._inside(inner, outer) else None

    def _inside(self, inner: PlaceRef, outer: PlaceRef) -> bool:
        if outer.kind == "admin1":
            return inner.admin1 == outer.admin1
        key = (inner.id, outer.id)
        if key not in self._inside_cache:
            self._inside_cache[key] = self._inside_district(inner, outer)
        return self._inside_cache[key]

    def _inside_district(self, inner: PlaceRef, outer: PlaceRef) -> bool:
        area = self.gazetteer.get(outer.id)
        if area is not None and self.gazetteer.contains(area, inner.lat, inner.lon):
            return True
        from ..places.gazetteer import haversine_km

        return haversine_km(inner.lat, inner.lon, outer.lat, outer.lon) <= NEAR_KM


def events_json(events, claims) -> list[dict]:
    """Events (rows of ``Store.events``) with their claims (``Store.event_claims``) as plain
    data: what ``strike-atlas events --json`` prints and the dashboard's event panel reads."""
    by_event: dict[str, list[dict]] = {}
    if claims is not None:
        for c in claims.to_dict("records"):
            by_event.setdefault(c["event_id"], []).append(
                {"id": c["claim_id"], "side": c["side"], "source": c["source"], "quote": c["sentence"],
                 "article_title": c["article_title"], "article_url": c["article_url"]})
    return [{"id": e["id"], "status": e["status"], "date": e["day"].isoformat() if e["day"] else None,
             "places": [e["place_name"]], "claims": by_event.get(e["id"], [])} for e in events.to_dict("records")]


def day_window(day: date) -> tuple[date, date]:
    """The days whose events a claim place on ``day`` may join."""
    return day - timedelta(days=1), day + timedelta(days=1)
