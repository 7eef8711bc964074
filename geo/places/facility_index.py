"""The facilities table (``data/gazetteer/facilities.tsv``): a ``Facility`` per row, the
``FacilityLink`` the spotter reads, and ``Facilities``, the table indexed by id, name, town and
position, with the automaton the spotter matches variants with."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .facility_folding import _fold, _has_cyrillic
from .facility_nouns import _is_phrase
from .gazetteer import DATA_DIR, Place, haversine_km
from .names import normalize

TABLE = DATA_DIR / "facilities.tsv"
PREFIX = "fac:"


@dataclass(frozen=True)
class Facility:
    """One facility of the table. ``towns`` are gazetteer place ids: the settlement it is in,
    then any town it is named after or next to. ``own_names`` are the variants a reader takes
    as the facility wherever they stand ("Baltimor", "NORSI"); the other ``names`` are phrases
    ("Borisoglebsk air base") or bare names that need a facility word near them ("Baltimore")."""

    id: str
    name: str
    kind: str
    names: tuple[str, ...]
    towns: tuple[str, ...]
    admin1: str | None
    country: str
    lat: float
    lon: float
    source: str
    own_names: tuple[str, ...] = ()

    def as_place(self) -> Place:
        """The facility as a gazetteer ``Place`` (kind ``facility``, precision ``facility``);
        ``category`` holds the facility's kind, ``native`` its first Cyrillic name."""
        native = next((n for n in self.names if _has_cyrillic(n)), "")
        return Place(id=self.id, name=self.name, kind="facility", country=self.country, admin1=self.admin1,
                     raion=None, lat=self.lat, lon=self.lon, precision="facility", native=native,
                     category=self.kind)


@dataclass(frozen=True)
class FacilityLink:
    """A facility a text names: ``text[start:end]`` is the phrase or list item that names it,
    ``mention`` the index of the PlaceMention it overlaps (None when geoparse saw no place
    there), ``evidence`` how the reading was made."""

    start: int
    end: int
    facility: Facility
    mention: int | None
    evidence: str


class Facilities:
    """The facilities table, indexed by id, name, town and position. ``Facilities.default()``."""

    _default: "Facilities | None" = None

    def __init__(self, facilities: list[Facility]):
        self._all = list(facilities)
        self._by_id = {f.id: f for f in self._all}
        self._by_name: dict[str, list[Facility]] = {}
        self._by_town: dict[str, list[Facility]] = {}
        for f in self._all:
            for n in dict.fromkeys((f.name, *f.names)):
                self._by_name.setdefault(normalize(n), []).append(f)
            for t in f.towns:
                self._by_town.setdefault(t, []).append(f)
        self._places: dict[str, Place] = {}

    @classmethod
    def default(cls) -> "Facilities":
        """The bundled table, loaded once per process."""
        if cls._default is None:
            cls._default = cls.load()
        return cls._default

    @classmethod
    def load(cls, path: Path | str = TABLE) -> "Facilities":
        """The table at ``path``; an absent file gives no facilities (the gazetteer works without)."""
        path = Path(path)
        if not path.exists():
            return cls([])
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        return cls([_facility(r) for r in rows])

    def __len__(self) -> int:
        return len(self._all)

    def __iter__(self):
        return iter(self._all)

    def get(self, facility_id: str) -> Facility | None:
        return self._by_id.get(facility_id)

    def place(self, facility_id: str) -> Place | None:
        """``get(facility_id).as_place()``, remembered."""
        p = self._places.get(facility_id)
        if p is None:
            f = self._by_id.get(facility_id)
            if f is None:
                return None
            p = self._places[facility_id] = f.as_place()
        return p

    def named(self, text: str) -> list[Facility]:
        """Facilities one of whose names is ``text`` (case, marks, hyphens and a leading "the"
        folded, as for place names: "the Engels-2" finds Engels-2 air base)."""
        return list(self._by_name.get(normalize(str(text)), ()))

    def of_town(self, place_id: str) -> list[Facility]:
        """Facilities in or named after the place ``place_id``, those in it first."""
        found = self._by_town.get(place_id, [])
        return sorted(found, key=lambda f: f.towns.index(place_id))

    def near(self, lat: float, lon: float, km: float) -> list[Facility]:
        """Facilities within ``km`` of a point, nearest first."""
        dist = [(haversine_km(lat, lon, f.lat, f.lon), f.id, f) for f in self._all]
        return [f for d, _, f in sorted(dist) if d <= km]

    # -- spotting data -----------------------------------------------------------------------
    @cached_property
    def _automaton(self):
        """Aho-Corasick over the folded variants: key -> [(facility, variant class)]."""
        import ahocorasick

        entries: dict[str, list[tuple[Facility, str]]] = {}
        for f in self._all:
            own = {_fold(n)[0] for n in f.own_names}
            for n in dict.fromkeys(f.names):
                key = _fold(n)[0]
                if not key:
                    continue
                cls = "own" if key in own else ("phrase" if _is_phrase(key) else "bare")
                entries.setdefault(key, [])
                if all(g.id != f.id for g, _ in entries[key]):
                    entries[key].append((f, cls))
        auto = ahocorasick.Automaton()
        for key, value in entries.items():
            auto.add_word(key, (key, tuple(value)))
        if entries:
            auto.make_automaton()
        return auto if entries else None


def _facility(r: dict) -> Facility:
    split = lambda v: tuple(x for x in (v or "").split("|") if x)  # noqa: E731
    return Facility(id=r["id"], name=r["name"], kind=r["kind"], names=split(r["names"]), towns=split(r["towns"]),
                    admin1=r.get("admin1") or None, country=r["country"], lat=float(r["lat"]), lon=float(r["lon"]),
                    source=r["source"], own_names=split(r.get("own_names")))
