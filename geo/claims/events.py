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

An event's status says how the sides' accounts relate, and ``Event.why`` says it in words:
``verified`` (an independent source saw, filmed, geolocated or verified it: that outranks
the rest), ``contested`` (one side claims a hit, the other says it was shot down, repelled,
did no damage or denies it: a claim's outcome other than "hit"), ``acknowledged`` (both sides report a strike there, even when they dispute
what was hit), ``single`` (one side only).

Nothing here reads text: extraction computed each claim's flags (``geo.claims.flags``), and
the store feeds ``Item`` objects in. ``Matcher`` is used the same way by an ingest (the events
near a new article's places, read from the store) and by a rebuild of a whole store.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..places.gazetteer import haversine_km

__all__ = ["AREA_KINDS", "HARBOUR", "STATUSES", "Event", "Item", "Matcher", "PlaceRef", "event_id", "is_loose", "related_admin1",
           "status_of", "target_groups"]

STATUSES = ("single", "acknowledged", "contested", "verified")
AREA_KINDS = ("admin1", "district")
NEAR_KM = 25.0  # a settlement within this of a raion's seat counts as inside a raion without a polygon
TOWN_KM = 30.0  # a facility this far from a settlement of its town's name is still at that town
# Facilities of one harbour: a report of a strike on "the port" and one on "the naval base" of
# a town are reports of one strike.
HARBOUR = frozenset({"port", "naval_base", "shipyard"})
# Admin-1 units inside another one's land: the Crimean peninsula holds Sevastopol, a unit of its own.
INSIDE_ADMIN1 = {"UA-43": ("UA-40",)}
_HOLDER = {inner: outer for outer, inners in INSIDE_ADMIN1.items() for inner in inners}
# A city that is an admin-1 unit of its own and the region around it: a facility of one may be
# named after a town of the other (Machulishchy air base, in Minsk region, by Minsk).
CITY_REGIONS = (("UA-30", "UA-32"), ("RU-MOW", "RU-MOS"), ("RU-SPE", "RU-LEN"), ("BY-HM", "BY-MI"))
_BESIDE = {a: b for pair in CITY_REGIONS for a, b in (pair, pair[::-1])}

_GROUPS = {
    "military": {"airfield", "ammunition_depot", "military_site", "air_defense", "command_post", "troops", "aircraft",
                 "missile_system", "vehicles", "drone_site", "defense_industry", "naval_base", "ship"},
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


def is_loose(date_precision: str | None, overnight, relative=False) -> bool:
    """May the claim's day be a day off the strike's? Yes when it is dated only by its article
    (no date to the day), by a night, or by the reporter's clock ("yesterday", "on Tuesday")."""
    return date_precision != "day" or bool(overnight) or bool(relative)


def related_admin1(code: str | None) -> tuple[str, ...]:
    """The admin-1 units whose events a place in ``code`` may meet: its own, the unit whose land
    holds it, the units its land holds, and a city unit's surrounding region (or the reverse)."""
    if not code:
        return ()
    return (code, *INSIDE_ADMIN1.get(code, ()), *((_HOLDER[code],) if code in _HOLDER else ()),
            *((_BESIDE[code],) if code in _BESIDE else ()))


def event_id(claim_id: str, seq: int) -> str:
    """An event's id, from the claim place that opened it: the first to arrive, so a rebuild
    (which takes claims by day) may give an event another id; users' merges and splits keep theirs."""
    return "e" + hashlib.blake2b(f"{claim_id}#{seq}".encode(), digest_size=8).hexdigest()


@dataclass(frozen=True)
class PlaceRef:
    """Where a claim place is: ``towns`` are, for a facility, the settlements it is in or named after."""
    id: str
    kind: str
    admin1: str | None
    lat: float
    lon: float
    name: str = ""
    towns: tuple[str, ...] = ()
    category: str = ""  # a facility's kind: airfield, port, naval_base, ...
    town_names: tuple[str, ...] = ()  # a facility's towns by name (a gazetteer may hold a town twice)
    town_admin1: tuple[str, ...] = ()  # and their admin-1 units
    is_area: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "is_area", self.kind in AREA_KINDS)  # read on every comparison

    def admin1s(self) -> tuple[str, ...]:
        """The admin-1 units whose events this place may meet (``related_admin1``, and for a
        facility its towns' units)."""
        codes = related_admin1(self.admin1)
        for t in self.town_admin1:
            codes += tuple(c for c in related_admin1(t) if c not in codes)
        return codes


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
    source: str = ""
    # Its day may be a day or two after the strike's: it is its article's (no date of its own), or
    # the day evidence of the strike was seen ("satellite photos released Thursday show ...").
    late: bool = False
    link: str = ""  # why it joined its event, set by the Matcher

    def lookup_days(self) -> tuple[int, ...]:
        """The days (ordinals) whose events it may join."""
        d = self.day.toordinal()
        return tuple(range(d - 1 - self.late, d + 2))


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
    late: bool = False  # only late-dated claims so far (see ``Item``)
    witnesses: list = field(default_factory=list)  # the independent sources that saw it
    voices: dict = field(default_factory=dict)  # (side, "hit"|"intercepted") -> first source saying so
    is_new: bool = False
    dirty: bool = False

    @classmethod
    def of_items(cls, eid: str, items: list[Item]) -> "Event":
        """An event made again from its claim places (in day order): dated by its precise
        claims, placed at its most precise place."""
        strict = [it for it in items if not it.loose]
        first = min(items, key=lambda it: (_rank(it.place.kind), it.day))
        e = cls(eid, (strict or items)[0].day, not strict, first.place, late=all(it.late for it in items))
        for it in items:
            e.take(it)
        return e

    @property
    def status(self) -> str:
        return status_of(self.sides, self.hits, self.intercepts, self.verified)

    @property
    def why(self) -> str:
        """The status in words, naming the statements it rests on."""
        return explain_status(self)

    def take(self, item: Item) -> None:
        """Count a claim place in this event (its anchor becomes the most precise place)."""
        self.n += 1
        self.sides.add(item.side)
        said = "hit" if item.outcome == "hit" else "intercepted"  # shot down, no damage, or denied
        (self.intercepts if said == "intercepted" else self.hits).add(item.side)
        self.voices.setdefault(f"{item.side}:{said}", item.source or item.side)
        self.groups.setdefault(item.side, set()).update(item.groups)
        if item.verified:
            self.verified = True
            if item.source and item.source not in self.witnesses and len(self.witnesses) < 3:
                self.witnesses.append(item.source)
        if self.loose and not item.loose:
            self.day, self.loose = item.day, False
        if self.late and not item.late:
            self.late = False
            if self.loose and item.day < self.day:  # the strike is dated by a report of it, not by a publication
                self.day = item.day
        if _rank(item.place.kind) < _rank(self.place.kind):
            self.place = item.place
        self.dirty = True


def status_of(sides, hits, intercepts, is_verified: bool) -> str:
    if is_verified:
        return "verified"
    both = {"RU", "UA"} <= set(sides)
    if both and any(h != i for h in set(hits) & {"RU", "UA"} for i in set(intercepts) & {"RU", "UA"}):
        return "contested"
    return "acknowledged" if both else "single"


def explain_status(e: Event) -> str:
    status = e.status
    if status == "verified":
        seen = ", ".join(e.witnesses) or "an independent source"
        return f"verified: {seen} saw, filmed or verified it"
    if status == "contested":
        hit = next(s for s in ("RU", "UA") if s in e.hits and any(i != s for i in e.intercepts & {"RU", "UA"}))
        other = "UA" if hit == "RU" else "RU"
        return (f"contested: {e.voices.get(f'{hit}:hit', hit)} ({hit}) says it hit; "
                f"{e.voices.get(f'{other}:intercepted', other)} ({other}) says it was shot down, did no damage or did not happen")
    if status == "acknowledged":
        return (f"acknowledged: both sides report it ({_voice(e, 'RU')} for RU, {_voice(e, 'UA')} for UA)")
    side = next((s for s in ("RU", "UA") if s in e.sides), next(iter(sorted(e.sides)), ""))
    if not side:
        return "single"
    others = f"; {_voice(e, 'OTHER')} (independent) also reports it" if side != "OTHER" and "OTHER" in e.sides else ""
    return f"single: of the two sides only {_voice(e, side)} ({side}) reports it{others}"


def _voice(e: Event, side: str) -> str:
    return e.voices.get(f"{side}:hit") or e.voices.get(f"{side}:intercepted") or side


def _rank(kind: str) -> int:
    return {"facility": 0, "settlement": 1, "district": 2, "admin1": 3}.get(kind, 4)


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
        inner, outer = (p, anchor) if _rank(p.kind) < _rank(anchor.kind) else (anchor, p)
        if not outer.is_area or _rank(inner.kind) >= _rank(outer.kind):
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
