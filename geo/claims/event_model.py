"""The event model: an event, the claim places it groups (``Item``, ``PlaceRef``), its status.

How claim places are grouped into events is ``geo.claims.event_matching``'s.

An event's status says how the sides' accounts relate, and ``Event.why`` says it in words:
``verified`` (an independent source saw, filmed, geolocated or verified it: that outranks
the rest), ``contested`` (one side claims a hit, the other says it was shot down, repelled,
did no damage or denies it: a claim's outcome other than "hit"), ``acknowledged`` (both sides report a strike there, even when they dispute
what was hit), ``single`` (one side only).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

__all__ = ["AREA_KINDS", "STATUSES", "Event", "Item", "PlaceRef", "event_id", "is_loose", "place_rank", "related_admin1",
           "status_of", "target_groups"]

STATUSES = ("single", "acknowledged", "contested", "verified")
AREA_KINDS = ("admin1", "district")
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
        first = min(items, key=lambda it: (place_rank(it.place.kind), it.day))
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
        if place_rank(item.place.kind) < place_rank(self.place.kind):
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


def place_rank(kind: str) -> int:
    """How precise a place of this kind is: 0, a facility, to 3, an admin-1 unit (4: other)."""
    return {"facility": 0, "settlement": 1, "district": 2, "admin1": 3}.get(kind, 4)
