import gzip
import json
import time

import pytest

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


def test_every_katottg_settlement_is_a_place(gaz):
    cols = gaz._ix.columns
    ua_settlements = sum(1 for pid, k in zip(cols["id"], cols["kind"]) if pid.startswith("ua:") and k == "settlement")
    assert ua_settlements >= 29_000
    precisions = {p for pid, p in zip(cols["id"], cols["precision"]) if pid.startswith("ua:")}
    assert {"geonames", "osm", "hromada"} <= precisions


def test_moscow_codes_follow_iso(gaz):
    # Natural Earth swaps them; ISO 3166-2 has RU-MOW for the city.
    assert gaz.get("iso:RU-MOW").name == "Moscow"
    assert gaz.get("iso:RU-MOS").name == "Moscow Oblast"


def test_places_have_valid_coordinates_and_codes(gaz):
    cols = gaz._ix.columns
    for lat, lon in zip(cols["lat"], cols["lon"]):
        assert -90 <= lat <= 90 and -180 <= lon <= 180
    for pid, country, admin1 in zip(cols["id"], cols["country"], cols["admin1"]):
        if pid.startswith("ua:"):
            assert country == "UA" and admin1.startswith("UA-")


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
    assert total < 30 * 1024 * 1024


def test_cache_is_written_and_reused(tmp_path):
    t0 = time.perf_counter()
    first = Gazetteer.load(cache_dir=tmp_path)
    cold = time.perf_counter() - t0
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    second = Gazetteer.load(cache_dir=tmp_path)
    assert len(first) == len(second)
    assert [p.id for p, _, _ in first.lookup("Izyum")] == [p.id for p, _, _ in second.lookup("Izyum")]
    assert cold > 0


def test_corrupt_cache_is_rebuilt(tmp_path):
    Gazetteer.load(cache_dir=tmp_path)
    cache = next(tmp_path.glob("gazetteer-*.pickle"))
    cache.write_bytes(b"not a pickle")
    g = Gazetteer.load(cache_dir=tmp_path)
    assert g.lookup("Kharkiv")


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
    for needle in ("Natural Earth", "GeoNames", "CC-BY 4.0", "OpenStreetMap", "ODbL", "KATOTTG"):
        assert needle in text
