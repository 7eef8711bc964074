"""Events: the claims of every side about one strike, grouped, with the reasons why.

An event is one strike: the claim places that name where it landed, on one day. Two claim
places are the same strike when

- **the place is the same**: the same settlement, or the same facility (an air base, a
  refinery, a port), or a facility and the town it is in or named after ("the Borisoglebsk
  air base" and "Borisoglebsk"; "Baltimor" and Voronezh);
- **the day is the same**, or a day apart when either date is loose: a night ("overnight"),
  a date by the reporter's clock ("yesterday", "on Tuesday": an evening strike reported the
  next morning is dated either way) or only the article's date; a claim dated by its article,
  or by the day evidence was seen (satellite images, videos), may be two days after the strike;
- what was hit is not compared: the two sides describe one strike differently ("a drone
  workshop" and "an energy facility"), and so do two statements of one side ("a ship repair
  facility", "a fire at the shipyard"). A user splits what the rules joined.

An **area** (an oblast, a raion, the Crimean peninsula) is not a place of impact by itself: a
claim of drones "over the Voronezh region" joins the strike inside it only when it can be tied
to one: its own claim names a place inside it ("Bilenke in the Kramatorsk district"), or the
area holds exactly one strike that day. With two towns struck in one oblast on one night, the
oblast's claims stay an event of their own. As claims arrive, that choice is made again for
the area's claims near them, so the grouping does not depend on the order articles come in.

Nothing here reads text: extraction computed each claim's flags (``geo.claims.flags``), and
the store feeds ``Item`` objects in. ``Matcher`` is used the same way by an ingest (the events
near a new article's places, read from the store) and by a rebuild of a whole store.

The event itself (``Event``, ``Item``, ``PlaceRef``) and its status are ``geo.claims.event_model``'s.
"""
from __future__ import annotations

from ..places.gazetteer import haversine_km
from .event_model import INSIDE_ADMIN1, Event, Item, PlaceRef, event_id, place_rank

__all__ = ["HARBOUR", "Matcher"]

NEAR_KM = 25.0  # a settlement within this of a raion's seat counts as inside a raion without a polygon
TOWN_KM = 30.0  # a facility this far from a settlement of its town's name is still at that town
# Facilities of one harbour: a report of a strike on "the port" and one on "the naval base" of
# a town are reports of one strike.
HARBOUR = frozenset({"port", "naval_base", "shipyard"})


class Matcher:
    """Assigns claim places to events under the rules above. ``events`` are the candidates
    already known (from the store, or built so far); new events are created as needed.

    Places of impact are assigned as they come (``assign``); area places wait, and ``settle``
    ties each to its strike once all places near it are known. ``know`` tells the matcher where
    a place of impact assigned earlier went, so that an area named in the same claim follows it."""

    def __init__(self, gazetteer, events=()):
        self.gazetteer = gazetteer
        self._near: dict[tuple, list[Event]] = {}  # (admin1, day) -> events; a day moves only once
        self._inside_cache: dict[tuple[str, str], bool] = {}
        self.events: dict[str, Event] = {}
        self._filed: dict[str, tuple] = {}  # event id -> the (admin1, day) it is filed under
        self._taken: dict[str, list[Item]] = {}  # event id -> the items it took from this matcher
        self._areas: list[Item] = []
        self._strikes_of: dict[str, list[tuple[Item, Event]]] = {}  # claim id -> its places of impact
        self.add(events)

    def add(self, events) -> None:
        """Events read from the store that claims may join (those already known are kept)."""
        for e in events:
            if e.id not in self.events:
                self._keep(e)

    def _keep(self, e: Event) -> None:
        self.events[e.id] = e
        key = self._filed[e.id] = (e.place.admin1, e.day.toordinal())
        self._near.setdefault(key, []).append(e)

    def _refile(self, e: Event) -> None:
        """File an event again when taking a claim moved its day or its place (a facility's
        admin-1 unit may differ from its town's)."""
        old, new = self._filed[e.id], (e.place.admin1, e.day.toordinal())
        if old != new:
            self._near[old].remove(e)
            self._near.setdefault(new, []).append(e)
            self._filed[e.id] = new

    def _candidates(self, item: Item) -> list[Event]:
        near, out = self._near, []
        for a in item.place.admin1s() or (None,):
            for k in item.lookup_days() + (item.day.toordinal() + 2,):  # +2: an article-dated event
                out += near.get((a, k), ())
        return out

    # -- places of impact ----------------------------------------------------------------------
    def assign(self, item: Item) -> Event | None:
        """Put a place of impact in its event now; an area place waits for ``settle`` (None)."""
        if item.place.is_area:
            self._areas.append(item)
            return None
        best, best_key = None, None
        for e in self._candidates(item):
            if e.place.is_area:
                continue  # an area's claims are tied to strikes by ``settle``, not the other way
            rank = self._relation(item.place, e.place)
            if rank is None or not self._same_time(item, e):
                continue
            key = (rank, abs((e.day - item.day).days), -e.n, e.id)
            if best_key is None or key < best_key:
                best, best_key = e, key
        if best is None:
            best = Event(event_id(item.claim_id, item.seq), item.day, item.loose, item.place, is_new=True,
                         late=item.late)
            self._keep(best)
            item.link = "opened the event"
        else:
            item.link = self._link_reason(item, best, best_key[0])
        self._take(best, item)
        self._strikes_of.setdefault(item.claim_id, []).append((item, best))
        return best

    def _take(self, e: Event, item: Item) -> None:
        e.take(item)
        self._refile(e)
        self._taken.setdefault(e.id, []).append(item)

    def pin(self, item: Item, event_id: str) -> Event:
        """Put a claim place where a user placed it (a merge or a split), before any other."""
        e = self.events.get(event_id)
        if e is None:
            e = Event(event_id, item.day, item.loose, item.place, is_new=True, late=item.late)
            self._keep(e)
        item.link = "placed by a user"
        self._take(e, item)
        if not item.place.is_area:
            self._strikes_of.setdefault(item.claim_id, []).append((item, e))
        return e

    def _link_reason(self, item: Item, e: Event, rank: int) -> str:
        p, q = item.place, e.place
        if rank == 0:
            where = "the same facility" if p.kind == "facility" else "the same place"
        elif p.kind == "facility":
            where = f"{p.name} is at {q.name}"
        elif q.kind == "facility":
            where = f"{q.name} is at {p.name}"
        else:
            where = f"{p.name} is in {q.name}"
        apart = abs((e.day - item.day).days)
        return where + (f", {'a day' if apart == 1 else f'{apart} days'} apart (a loose date)" if apart else ", the same day")

    # -- areas ---------------------------------------------------------------------------------
    def know(self, item: Item, event_id: str) -> None:
        """A place of impact already in event ``event_id`` (one of ``events``)."""
        if event_id in self.events:
            self._strikes_of.setdefault(item.claim_id, []).append((item, self.events[event_id]))

    def settle(self) -> list[tuple[Item, Event]]:
        """Tie the waiting area places to strikes (see the module's docstring) and return
        (item, event) for each. An area place with no single strike to join shares an event
        with the same area's other claims that day."""
        out = []
        for item in sorted(self._areas, key=lambda it: (it.day, it.claim_id, it.seq)):
            e, why = self._strike_for(item)
            if e is None:
                e, why = self._area_event(item)
            item.link = why
            self._take(e, item)
            out.append((item, e))
        self._areas = []
        return out

    def would_move(self, item: Item, current: str) -> bool:
        """Would an area place now in event ``current`` be settled elsewhere? (It stays in an
        area event while no single strike claims it, and with its strike while that holds.)"""
        target, _ = self._strike_for(item)
        if target is not None:
            return target.id != current
        now = self.events.get(current)
        return now is not None and not now.place.is_area

    def _strike_for(self, item: Item) -> tuple[Event | None, str]:
        own = [e for it, e in self._strikes_of.get(item.claim_id, ()) if self._relation(it.place, item.place) == 1]
        if own:
            return own[0], f"{item.place.name} names where {own[0].place.name} is"
        inside = {e.id: e for e in self._candidates(item)
                  if not e.place.is_area and self._same_time(item, e) and self._relation(e.place, item.place) == 1}
        if len(inside) == 1:
            e = next(iter(inside.values()))
            return e, f"the only strike reported in {item.place.name} then"
        return None, ""

    def _area_event(self, item: Item) -> tuple[Event, str]:
        same = [e for e in self._candidates(item)
                if e.place.is_area and e.place.id == item.place.id and self._same_time(item, e)]
        if same:
            return min(same, key=lambda e: (abs((e.day - item.day).days), e.id)), \
                "the same area, no single strike in it to tie to"
        e = Event(event_id(item.claim_id, item.seq), item.day, item.loose, item.place, is_new=True,
                  late=item.late)
        self._keep(e)
        return e, "opened the event: no single strike in this area to tie to"

    # -- rules ---------------------------------------------------------------------------------
    def replace(self, event_id: str, event: Event | None) -> None:
        """Put ``event`` (read again from the store, after some of its claims left it) in place
        of the event of that id, with the claims this matcher gave it since; or drop it."""
        old = self.events.pop(event_id, None)
        if old is not None:
            self._near[self._filed.pop(event_id)].remove(old)
        mine = self._taken.pop(event_id, [])
        if event is None and mine:
            first = mine[0]
            event = Event(event_id, first.day, first.loose, first.place, late=first.late)
        if event is None:
            return
        self._keep(event)
        for item in mine:
            self._take(event, item)
        event.dirty = True
        for pairs in self._strikes_of.values():
            pairs[:] = [(it, event if e is old else e) for it, e in pairs]

    @staticmethod
    def _same_time(item: Item, e: Event) -> bool:
        """Within a day when either date is loose; an article's date may also be a day or two
        after the strike it reports."""
        delta = (e.day - item.day).days
        slack = 1 if (item.loose or e.loose) else 0
        return -slack - item.late <= delta <= slack + e.late

    def _relation(self, p: PlaceRef, anchor: PlaceRef) -> int | None:
        """0: the same place; 1: one inside the other (or a facility and its town); None: unrelated."""
        if p.id == anchor.id:
            return 0
        if p.kind == "facility" or anchor.kind == "facility":
            return self._facility_relation(p, anchor)
        if not (p.is_area or anchor.is_area):
            return None
        inner, outer = (p, anchor) if place_rank(p.kind) < place_rank(anchor.kind) else (anchor, p)
        if not outer.is_area or place_rank(inner.kind) >= place_rank(outer.kind):
            return None
        return 1 if self._inside(inner, outer) else None

    def _facility_relation(self, p: PlaceRef, q: PlaceRef) -> int | None:
        fac, other = (p, q) if p.kind == "facility" else (q, p)
        if other.kind == "facility":  # two facilities: two targets, unless one harbour's
            same_town = bool(fac.towns and other.towns and fac.towns[0] == other.towns[0])
            return 1 if same_town and {fac.category, other.category} <= HARBOUR else None
        if other.kind == "settlement":
            if other.id in fac.towns:
                return 1
            # The same town under another record of the gazetteer: its name, and near the facility.
            same_name = other.name in fac.town_names
            return 1 if same_name and haversine_km(fac.lat, fac.lon, other.lat, other.lon) <= TOWN_KM else None
        return 1 if other.is_area and self._inside(fac, other) else None

    def _inside(self, inner: PlaceRef, outer: PlaceRef) -> bool:
        if outer.kind == "admin1":
            return inner.admin1 in (outer.admin1, *INSIDE_ADMIN1.get(outer.admin1, ()))
        key = (inner.id, outer.id)
        if key not in self._inside_cache:
            self._inside_cache[key] = self._inside_district(inner, outer)
        return self._inside_cache[key]

    def _inside_district(self, inner: PlaceRef, outer: PlaceRef) -> bool:
        area = self.gazetteer.get(outer.id) if self.gazetteer is not None else None
        if area is not None and self.gazetteer.contains(area, inner.lat, inner.lon):
            return True
        return haversine_km(inner.lat, inner.lon, outer.lat, outer.lon) <= NEAR_KM
