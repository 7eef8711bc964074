"""The offline gazetteer: places, the names a text may use for them, and their areas.

``Gazetteer.load()`` reads ``data/gazetteer/`` (built by ``scripts/build_gazetteer.py``): the
core pack (``places.tsv.gz``, ``names.tsv.gz`` and their ``index.arrow``) and, beside it, the
separately licensed Russian pack in ``ru/`` (GPL-3.0-or-later data, its own files). Each pack's
index is an Arrow file of plain columns (geo.places.index), so a start is a fraction of a
second and reads no code from disk. A missing or damaged index is rebuilt from the TSV files
into the user's cache folder (atomically), never fatal.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import json
import math
import os
import tempfile
from bisect import bisect_right
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path

from ..files import write_whole
from . import index as ix
from .index import COLUMNS as _COLUMNS
from .index import ORIGIN_CODE, ORIGINS
from .names import normalize, variant_key

__all__ = ["DATA_DIR", "ORIGINS", "ORIGIN_CODE", "Gazetteer", "Place", "haversine_km"]

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
PACKS = ("", "ru")  # the core pack, then the Russian pack (sub-folder), in place-number order


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer. ``lat``/``lon`` is a point inside it (the seat for a district,
    an interior point for an oblast); ``precision`` says how that point was obtained:
    ``geonames``/``osm``/``wof``/``rusme`` (a real position), ``seat``, ``area`` (a point inside
    an area), or ``hromada``/``raion``/``oblast``/``city``/``shared`` (approximate: the centroid
    of the containing unit, or a point the source gives several settlements)."""

    id: str
    name: str
    kind: str
    country: str
    admin1: str | None
    raion: str | None
    lat: float
    lon: float
    population: int = 0
    precision: str = ""
    rank: float = 0.0
    native: str = ""
    category: str = ""

    @property
    def approximate(self) -> bool:
        return self.precision in ("hromada", "raion", "oblast", "city", "shared")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["approximate"] = self.approximate
        return d


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Places and their names. Most users want ``Gazetteer.default()``."""

    _default: "Gazetteer | None" = None

    def __init__(self, packs: list[ix.Pack], data_dir: Path):
        self._packs = packs
        self._offsets = []
        total = 0
        for pack in packs:
            self._offsets.append(total)
            total += pack.places.num_rows
        self._size = total
        self.data_dir = data_dir
        self._places: dict[int, Place] = {}
        # Names recur across articles ("Ukraine", "Kyiv"): remember recent answers.
        self._lookups: dict[str, tuple] = {}
        self._starts: dict[str, bool] = {}
        self._memo: dict = {}
        self._max_words = max((p.max_words for p in packs), default=1)

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def default(cls) -> "Gazetteer":
        """The bundled gazetteer, loaded once per process."""
        if cls._default is None:
            cls._default = cls.load()
        return cls._default

    @classmethod
    def load(cls, data_dir: Path | str = DATA_DIR, cache_dir: Path | str | None = None) -> "Gazetteer":
        data_dir = Path(data_dir)
        for f in (data_dir / "places.tsv.gz", data_dir / "names.tsv.gz"):
            if not f.exists():
                raise FileNotFoundError(f"gazetteer file {f} is missing: run scripts/build_gazetteer.py to rebuild it")
        packs, offset = [], 0
        for sub in PACKS:
            folder = data_dir / sub if sub else data_dir
            if not (folder / "places.tsv.gz").exists():
                continue
            # A pack may name places of the packs loaded before it (only a rebuild needs them).
            pack = _open_pack(folder, offset, cache_dir, lambda done=tuple(packs): _place_numbers(done))
            packs.append(pack)
            offset += pack.places.num_rows
        return cls(packs, data_dir)

    # -- access ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._size

    def place(self, index: int) -> Place:
        p = self._places.get(index)
        if p is None:
            k = bisect_right(self._offsets, index) - 1
            row = index - self._offsets[k]
            cols = self._columns(k)
            values = {c: cols[c][row] for c in _COLUMNS}
            values = {c: (v.as_py() if hasattr(v, "as_py") else v) for c, v in values.items()}
            values["lat"], values["lon"] = float(values["lat"]), float(values["lon"])
            values["population"], values["rank"] = int(values["population"]), float(values["rank"])
            values["admin1"] = values["admin1"] or None
            values["raion"] = values["raion"] or None
            p = Place(**values)
            self._places[index] = p
        return p

    def _columns(self, k: int) -> dict:
        cache = self.__dict__.setdefault("_column_cache", {})
        if k not in cache:
            t = self._packs[k].places
            cache[k] = {c: (t.column(c).to_numpy() if c in ("lat", "lon", "population", "rank")
                            else t.column(c).combine_chunks()) for c in _COLUMNS}
        return cache[k]

    @cached_property
    def _by_id(self) -> dict[str, int]:
        return _place_numbers(self._packs)

    def get(self, place_id: str) -> Place | None:
        """The place with this id; a facility id (``fac:...``) gives the facility as a Place."""
        i = self._by_id.get(place_id)
        if i is None:
            if isinstance(place_id, str) and place_id.startswith("fac:"):
                return self.facilities.place(place_id)
            return None
        return self.place(i)

    @cached_property
    def facilities(self):
        """The facilities beside this gazetteer (``facilities.tsv``; geo.places.facilities): a
        layer on top of the places, kept out of the name index that text is spotted with."""
        from .facility_index import TABLE, Facilities

        path = self.data_dir / "facilities.tsv"
        return Facilities.default() if path.resolve() == TABLE.resolve() else Facilities.load(path)

    def column(self, name: str) -> list:
        """One column of every place (``id``, ``kind``, ``precision``, ...), in place-number order."""
        return [v for p in self._packs for v in p.places.column(name).to_pylist()]

    def coordinates(self):
        """Every place's latitude, longitude and kind as numpy arrays (place-number order)."""
        import numpy as np

        lats = np.concatenate([p.places.column("lat").to_numpy() for p in self._packs])
        lons = np.concatenate([p.places.column("lon").to_numpy() for p in self._packs])
        kinds = np.concatenate([np.asarray(p.places.column("kind").to_pylist()) for p in self._packs])
        return lats, lons, kinds

    def remembered(self, key):
        """A value a caller computed from this gazetteer alone (see ``remember``), or None."""
        return self._memo.get(key)

    def remember(self, key, value) -> None:
        """Keep a value derived from the gazetteer alone for later articles (bounded)."""
        if len(self._memo) > 50_000:
            self._memo.clear()
        self._memo[key] = value

    @property
    def max_words(self) -> int:
        return self._max_words

    def may_start_name(self, word: str) -> bool:
        """Cheap pre-check for the text scanner: can a place name begin with this word?"""
        hit = self._starts.get(word)
        if hit is None:
            hn, hv = ix.key_hash(normalize(word)), ix.key_hash(variant_key(word))
            hit = any(ix.contains(p.exact[0], hn) or ix.contains(p.variant[0], hv) or ix.contains(p.first, hn)
                      or ix.contains(p.first, hv) for p in self._packs)
            if len(self._starts) > 100_000:
                self._starts.clear()
            self._starts[word] = hit
        return hit

    def lookup(self, name: str) -> list[tuple[Place, str, bool]]:
        """Places known by exactly this name (after normalisation), then by a spelling variant.

        Returns (place, origin, exact) triples, exact matches first.
        """
        cached = self._lookups.get(name)
        if cached is not None:
            return list(cached)
        out: list[tuple[Place, str, bool]] = []
        seen: set[int] = set()
        hn, hv = ix.key_hash(normalize(name)), ix.key_hash(variant_key(name))
        for table, h, exact in (("exact", hn, True), ("variant", hv, False)):
            for pack in self._packs:
                for code in ix.lookup(getattr(pack, table), h).tolist():
                    if code >> 4 not in seen:
                        seen.add(code >> 4)
                        out.append((self.place(code >> 4), ORIGINS[code & 15], exact))
        if len(self._lookups) > 50_000:
            self._lookups.clear()
        self._lookups[name] = tuple(out)
        return out

    def spellings(self, name: str, limit: int = 8) -> list[str]:
        """The names under which places called ``name`` are stored: "Kharkov", "Харків" and
        "Kharkiv" all give "Kharkiv" (and "Kharkiv Oblast"), so a search can find them all."""
        name = " ".join(str(name).split())[:200]
        if not name or not any(ch.isalpha() for ch in name):
            return []
        names = dict.fromkeys(p.name for p, _, _ in self.lookup(name))
        return list(names)[:limit]

    def fuzzy(self, name: str, limit: int = 5, cutoff: float = 80.0) -> list[tuple[Place, float]]:
        """Places whose names come closest to an unknown one (rapidfuzz over the variant keys),
        for "did you mean" suggestions; the text scanner never guesses this loosely."""
        from rapidfuzz import fuzz, process

        key = variant_key(name)
        if not key:
            return []
        hits = process.extract(key, self._variant_keys, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=cutoff)
        out: dict[str, tuple[Place, float]] = {}
        for k, score, _ in hits:
            codes = [c for p in self._packs for c in ix.lookup(p.variant, ix.key_hash(k)).tolist()]
            places = [self.place(c >> 4) for c in codes]
            if not places:
                continue
            best = max(places, key=lambda p: (p.kind == "country", p.population, p.rank, p.id))
            if best.id not in out:
                out[best.id] = (best, score)
        return sorted(out.values(), key=lambda t: (-t[1], -t[0].population))[:limit]

    def closest_names(self, query: str, limit: int = 5) -> list[str]:
        """"Did you mean" for a name the gazetteer does not know: the closest names (``fuzzy``,
        a looser cutoff), places of the theatre (Ukraine, Russia, Belarus) first, each with its
        region ("Shostka (Sumy Oblast)"). What ``resolve`` and the Gazetteer page both say."""
        near = sorted(self.fuzzy(str(query)[:200], limit=3 * limit, cutoff=70.0),
                      key=lambda ps: (ps[0].country not in ("UA", "RU", "BY"), -ps[1]))
        return [self.label(place) for place, _ in near[:limit]]

    def admin1_name(self, code: str | None) -> str | None:
        """An admin-1 unit's name from its ISO code ("UA-63" -> "Kharkiv Oblast"); the code
        itself when no such unit is known."""
        area = self.get(f"iso:{code}") if code else None
        return area.name if area is not None else code

    def label(self, place: Place) -> str:
        """A place as a person reads it: its name and its region ("Shostka (Sumy Oblast)"), or
        its country outside any region; a region alone ("Sumy Oblast")."""
        if place.kind == "admin1" or (not place.admin1 and not place.country):
            return place.name
        return f"{place.name} ({self.admin1_name(place.admin1) or place.country})"

    @cached_property
    def _variant_keys(self) -> list[str]:
        return [k for p in self._packs for k in ix.read_variant_keys(p.path)]

    # -- geometry ----------------------------------------------------------------------------
    @cached_property
    def _areas(self) -> dict[str, dict]:
        path = self.data_dir / "areas.geojson.gz"
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return {f["properties"]["id"]: f for f in data["features"]}

    def geometry(self, place: Place) -> dict:
        """GeoJSON geometry: the simplified polygon of an oblast or raion, else the point."""
        area = self._areas.get(place.id)
        if area is not None:
            return area["geometry"]
        return {"type": "Point", "coordinates": [place.lon, place.lat]}

    def area_ids(self, kind: str | None = None) -> list[str]:
        return [k for k, f in self._areas.items() if kind is None or f["properties"]["kind"] == kind]

    def areas_geojson(self, kind: str | None = None) -> dict:
        """A FeatureCollection of the bundled areas (admin-1 outlines for the base map)."""
        feats = [f for f in self._areas.values() if kind is None or f["properties"]["kind"] == kind]
        return {"type": "FeatureCollection", "features": feats}

    def contains(self, area: Place, lat: float, lon: float) -> bool:
        """Is the point inside this area's polygon? (False for places without one.)"""
        shape = self._shapes.get(area.id)
        if shape is None:
            return False
        import shapely

        return bool(shape.contains(shapely.Point(lon, lat)))

    @cached_property
    def _shapes(self) -> dict:
        from shapely.geometry import shape

        return {k: shape(f["geometry"]) for k, f in self._areas.items()}



def _place_numbers(packs) -> dict[str, int]:
    """Place id -> place number across ``packs``, numbered in load order."""
    out: dict[str, int] = {}
    base = 0
    for pack in packs:
        for i, pid in enumerate(pack.places.column("id").to_pylist()):
            out.setdefault(pid, base + i)
        base += pack.places.num_rows
    return out


def _open_pack(folder: Path, offset: int, cache_dir, known) -> ix.Pack:
    """A pack's committed index, else one rebuilt from its TSV files into the cache folder."""
    committed = folder / "index.arrow"
    if committed.exists():
        try:
            return ix.read_pack(committed)
        except ix.IndexError_:
            pass  # damaged or foreign: rebuild below
    digest = hashlib.sha1(f"{ix.FORMAT_VERSION}:{offset}".encode())
    for f in (folder / "places.tsv.gz", folder / "names.tsv.gz"):
        digest.update(f.read_bytes())
    cache = Path(cache_dir or os.environ.get("STRIKE_ATLAS_CACHE") or Path.home() / ".cache" / "strike-atlas")
    cached = cache / f"gazetteer-{digest.hexdigest()[:16]}.arrow"
    if cached.exists():
        try:
            return ix.read_pack(cached)
        except ix.IndexError_:
            pass
    places, names = read_tsv_pack(folder, offset, known() if offset else None)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        # whole: a concurrent reader never sees half a file; readable as the folder's other files
        write_whole(cached, lambda tmp: ix.write_pack(tmp, places, names, normalize, variant_key))
        return ix.read_pack(cached)
    except OSError:
        # A read-only home: build in a private temporary folder for this process only.
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "index.arrow"
            ix.write_pack(path, places, names, normalize, variant_key)
            return ix.read_pack(path)


def read_tsv_pack(folder: Path, offset: int, known: dict[str, int] | None = None):
    """A pack's places (dicts) and names ((place number, name, origin)) from its TSV files.
    Names may refer to places of earlier packs through ``known`` (id -> place number)."""
    with gzip.open(folder / "places.tsv.gz", "rt", encoding="utf-8") as fh:
        places = list(csv.DictReader(fh, delimiter="\t"))
    numbers = dict(known or {})
    numbers.update({p["id"]: offset + i for i, p in enumerate(places)})
    names = []
    with gzip.open(folder / "names.tsv.gz", "rt", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader)
        for pid, name, origin in reader:
            if pid in numbers:
                names.append((numbers[pid], name, origin))
    return places, names
