"""The offline gazetteer: places, the names a text may use for them, and their areas.

``Gazetteer.load()`` reads ``data/gazetteer/`` (built by ``scripts/build_gazetteer.py``) and keeps
a ready-made index in a cache file, so that every later start is a single fast read instead of
re-normalising half a million names. The cache is keyed by the data's checksum and this module's
index version; a rebuilt gazetteer or a new index layout simply makes a new cache file.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import json
import math
import os
import pickle
import tempfile
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

from .names import normalize, variant_key

__all__ = ["DATA_DIR", "Gazetteer", "Place", "haversine_km"]

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
INDEX_VERSION = 4

#: How a name is known, from most to least trustworthy; scores in geoparse use the order.
ORIGINS = ("native", "ne", "curated", "geonames", "osm", "translit", "district", "generated")
ORIGIN_CODE = {o: i for i, o in enumerate(ORIGINS)}

_COLUMNS = ("id", "name", "kind", "country", "admin1", "raion", "lat", "lon", "population",
             "precision", "rank", "native", "category")


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer. ``lat``/``lon`` is a point inside it (the seat for a district,
    an interior point for an oblast); ``precision`` says how that point was obtained:
    ``geonames``/``osm`` (a real position), ``seat``, ``area`` (a point inside an area), or
    ``hromada``/``raion``/``oblast``/``city`` (approximate: the centroid of the containing unit)."""

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
        return self.precision in ("hromada", "raion", "oblast", "city")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["approximate"] = self.approximate
        return d


@dataclass
class _Index:
    columns: dict[str, list]
    # normalize(name) -> place_index << 4 | origin code, or a tuple of those for shared names.
    # Plain ints for the common single-place case keep the cached index small and fast to read.
    exact: dict[str, int | tuple[int, ...]]
    variant: dict[str, int | tuple[int, ...]]  # variant_key(name) -> same encoding
    first_words: frozenset[str]  # first words of the multi-word keys
    variant_first_words: frozenset[str]
    max_words: int
    by_id: dict[str, int] = field(default_factory=dict)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Places and their names. Most users want ``Gazetteer.default()``."""

    _default: "Gazetteer | None" = None

    def __init__(self, index: _Index, data_dir: Path):
        self._ix = index
        self.data_dir = data_dir
        self._places: dict[int, Place] = {}
        # Names recur across articles ("Ukraine", "Kyiv"): remember recent answers.
        self._lookups: dict[str, list] = {}
        self._starts: dict[str, bool] = {}

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
        files = [data_dir / "places.tsv.gz", data_dir / "names.tsv.gz"]
        for f in files:
            if not f.exists():
                raise FileNotFoundError(
                    f"gazetteer file {f} is missing: run scripts/build_gazetteer.py to rebuild it")
        digest = hashlib.sha1(str(INDEX_VERSION).encode())
        for f in files:
            digest.update(f.read_bytes())
        cache = Path(cache_dir or os.environ.get("STRIKE_ATLAS_CACHE")
                     or Path.home() / ".cache" / "strike-atlas")
        cache_file = cache / f"gazetteer-{digest.hexdigest()[:16]}.pickle"
        if cache_file.exists():
            try:
                with open(cache_file, "rb") as fh:
                    return cls(pickle.load(fh), data_dir)
            except Exception:  # a truncated or foreign cache file: rebuild it below
                pass
        index = cls._build_index(*files)
        try:
            cache.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache_file)  # atomic: a concurrent reader never sees half a file
        except OSError:
            pass  # a read-only home still works, only slower to start
        return cls(index, data_dir)

    @staticmethod
    def _build_index(places_file: Path, names_file: Path) -> _Index:
        with gzip.open(places_file, "rt", encoding="utf-8") as fh:
            rows = list(csv.reader(fh, delimiter="\t"))
        header, rows = rows[0], rows[1:]
        columns: dict[str, list] = {c: [] for c in _COLUMNS}
        col_pos = {c: header.index(c) for c in _COLUMNS}
        for r in rows:
            for c in _COLUMNS:
                v = r[col_pos[c]]
                if c in ("lat", "lon", "rank"):
                    v = float(v) if v else 0.0
                elif c == "population":
                    v = int(v) if v else 0
                columns[c].append(v)
        by_id = {pid: i for i, pid in enumerate(columns["id"])}
        exact: dict[str, list[int]] = {}
        variant: dict[str, list[int]] = {}
        with gzip.open(names_file, "rt", encoding="utf-8") as fh:
            reader = csv.reader(fh, delimiter="\t")
            next(reader)
            for pid, name, origin in reader:
                i = by_id.get(pid)
                if i is None:
                    continue
                code = i << 4 | ORIGIN_CODE.get(origin, len(ORIGINS) - 1)
                for key, table in ((normalize(name), exact), (variant_key(name), variant)):
                    if not key:
                        continue
                    bucket = table.setdefault(key, [])
                    if not any(c >> 4 == i for c in bucket):
                        bucket.append(code)
        first = frozenset(k.split(" ", 1)[0] for k in exact if " " in k)
        vfirst = frozenset(k.split(" ", 1)[0] for k in variant if " " in k)
        max_words = max(len(k.split(" ")) for k in exact)
        packed = [{k: v[0] if len(v) == 1 else tuple(v) for k, v in table.items()} for table in (exact, variant)]
        return _Index(columns, packed[0], packed[1], first, vfirst, min(max_words, 6), by_id)

    # -- access ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._ix.columns["id"])

    def place(self, index: int) -> Place:
        p = self._places.get(index)
        if p is None:
            c = self._ix.columns
            p = Place(**{k: c[k][index] for k in _COLUMNS})
            if not p.admin1:
                p = _replace(p, admin1=None)
            if not p.raion:
                p = _replace(p, raion=None)
            self._places[index] = p
        return p

    def get(self, place_id: str) -> Place | None:
        i = self._ix.by_id.get(place_id)
        return None if i is None else self.place(i)

    @property
    def max_words(self) -> int:
        return self._ix.max_words

    def may_start_name(self, word: str) -> bool:
        """Cheap pre-check for the text scanner: can a place name begin with this word?"""
        hit = self._starts.get(word)
        if hit is None:
            n, v = normalize(word), variant_key(word)
            ix = self._ix
            hit = n in ix.exact or v in ix.variant or n in ix.first_words or v in ix.variant_first_words
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
        key = normalize(name)
        for code in _codes(self._ix.exact.get(key)):
            seen.add(code >> 4)
            out.append((self.place(code >> 4), ORIGINS[code & 15], True))
        for code in _codes(self._ix.variant.get(variant_key(name))):
            if code >> 4 not in seen:
                seen.add(code >> 4)
                out.append((self.place(code >> 4), ORIGINS[code & 15], False))
        if len(self._lookups) > 50_000:
            self._lookups.clear()
        self._lookups[name] = tuple(out)
        return out

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
            places = [self.place(c >> 4) for c in _codes(self._ix.variant[k])]
            best = max(places, key=lambda p: (p.kind == "country", p.population, p.rank, p.id))
            if best.id not in out:
                out[best.id] = (best, score)
        return sorted(out.values(), key=lambda t: (-t[1], -t[0].population))[:limit]

    @cached_property
    def _variant_keys(self) -> list[str]:
        return list(self._ix.variant)

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



def _codes(entry) -> tuple[int, ...]:
    if entry is None:
        return ()
    return (entry,) if isinstance(entry, int) else entry


def _replace(p: Place, **changes) -> Place:
    d = asdict(p)
    d.update(changes)
    return Place(**d)
