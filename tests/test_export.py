"""Exports: GeoJSON that follows RFC 7946 and round-trips through geopandas, CSV, GeoParquet."""
import csv
import io
import json
from datetime import date

import geopandas as gpd
import pytest
from shapely.geometry import LinearRing, shape

from geo.articles import from_text
from geo.store.export import to_csv, to_geojson, to_geoparquet, write_geojson
from geo.claims.extract import extract
from geo.store import Store

TEXTS = [
    ("Russian drones struck an energy facility in Shostka, Sumy Oblast, on Tuesday, the regional administration said.", date(2025, 6, 3)),
    ("Ukrainian drones attacked an oil depot in the Bryansk region overnight, the governor said.", date(2025, 5, 1)),
    ("Russian missiles hit Kharkiv and the Shostka district yesterday, killing two people, officials said.", date(2025, 4, 2)),
]


@pytest.fixture
def gdf(tmp_path, gaz):
    store = Store.open(str(tmp_path / "x.sqlite"), gazetteer=gaz)
    for body, pub in TEXTS:
        art = from_text(body, published=pub, title="T <b>bold</b>", url="https://example.org/a?x=1&y=2", outlet="Wire")
        store.add(art, extract(art, gaz))
    yield store.query()
    store.close()


def rings(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


def test_geojson_follows_rfc7946(gdf, gaz):
    fc = to_geojson(gdf, gaz)
    assert fc["type"] == "FeatureCollection" and "crs" not in fc  # RFC 7946 drops crs: WGS 84 only
    assert len(fc["features"]) == len(gdf)
    kinds = set()
    for f in fc["features"]:
        assert f["type"] == "Feature" and set(f) >= {"type", "geometry", "properties"}
        g = f["geometry"]
        kinds.add(g["type"])
        if g["type"] == "Point":
            lon, lat = g["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert 22 <= lon <= 41 and 44 <= lat <= 54  # these places: lon first, then lat
        for polygon in rings(g):
            for k, ring in enumerate(polygon):
                assert ring[0] == ring[-1] and len(ring) >= 4
                assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
                ccw = LinearRing(ring).is_ccw
                assert ccw if k == 0 else not ccw  # exterior counter-clockwise, holes clockwise
        assert shape(g).is_valid
        props = f["properties"]
        assert props["side"] in ("RU", "UA", "OTHER") and props["url"] == "https://example.org/a?x=1&y=2"
        assert isinstance(props["targets"], list) and props["place_kind"] in ("settlement", "district", "admin1")
    assert kinds >= {"Point", "Polygon"} or kinds >= {"Point", "MultiPolygon"}


def test_geojson_points_only(gdf, gaz):
    fc = to_geojson(gdf, gaz, polygons=False)
    assert {f["geometry"]["type"] for f in fc["features"]} == {"Point"}


def test_geojson_round_trips_through_geopandas(gdf, gaz, tmp_path):
    path = tmp_path / "claims.geojson"
    n = write_geojson(gdf, path, gaz)
    back = gpd.read_file(path)
    assert len(back) == n == len(gdf)
    assert sorted(back.claim_id) == sorted(gdf.claim_id)
    assert sorted(back.side) == sorted(gdf.side)
    shostka = back[back.place_name == "Shostka"].geometry.iloc[0]
    assert (round(shostka.x, 2), round(shostka.y, 2)) == (33.47, 51.86)
    json.loads(path.read_text(encoding="utf-8"))  # plain JSON, no NaN


def test_csv_has_lon_lat(gdf):
    rows = list(csv.DictReader(io.StringIO(to_csv(gdf))))
    assert len(rows) == len(gdf)
    assert {"lon", "lat", "side", "place_name", "sentence"} <= set(rows[0])
    kh = next(r for r in rows if r["place_name"] == "Kharkiv")
    assert abs(float(kh["lon"]) - 36.25) < 0.1 and abs(float(kh["lat"]) - 49.98) < 0.1
    assert kh["killed"] == "2"


def test_geoparquet_round_trip(gdf, tmp_path):
    path = tmp_path / "claims.parquet"
    to_geoparquet(gdf, path)
    back = gpd.read_parquet(path)
    assert len(back) == len(gdf) and back.crs.to_epsg() == 4326
    assert list(back.claim_id) == list(gdf.claim_id)


def test_streamed_export_writes_each_area_once(gdf, gaz, tmp_path):
    import io

    full, once, points = io.StringIO(), io.StringIO(), io.StringIO()
    n = write_geojson(gdf, full, gaz, polygons=True)
    assert write_geojson(gdf, once, gaz, polygons="once") == n == write_geojson(gdf, points, gaz, polygons=False)
    fc_full, fc_once = json.loads(full.getvalue()), json.loads(once.getvalue())
    assert fc_full == json.loads(json.dumps(to_geojson(gdf, gaz)))  # what the in-memory builder makes
    areas = fc_once["areas"]
    ids = {f["properties"]["area_id"] for f in fc_once["features"] if "area_id" in f["properties"]}
    assert ids and ids == set(areas)  # every referenced area's polygon, each once
    assert all(f["geometry"]["type"] == "Point" for f in fc_once["features"])
    by_id = {f["id"]: f for f in fc_full["features"]}
    for f in fc_once["features"]:
        if "area_id" in f["properties"]:
            assert by_id[f["id"]]["geometry"] == areas[f["properties"]["area_id"]]
        # the compact layout: the article's fields once, by id; no nulls or provenance fields
        full_props, props = by_id[f["id"]]["properties"], f["properties"]
        article = fc_once["articles"][props["article_id"]]
        assert article == {k: full_props[k] for k in ("title", "url", "outlet", "published")}
        assert props["date"] == full_props["map_date"] and None not in props.values()
        assert not {"title", "confidence", "date_text", "claim_id"} & set(props)
        assert {k: v for k, v in full_props.items() if k in props and k != "date"} == \
            {k: v for k, v in props.items() if k not in ("date", "area_id")}
    import pandas as pd

    twice = pd.concat([gdf, gdf])  # areas named again: the polygons repeat, the "areas" member does not
    full2, once2 = io.StringIO(), io.StringIO()
    write_geojson(twice, full2, gaz, polygons=True)
    write_geojson(twice, once2, gaz, polygons="once")
    assert len(once2.getvalue()) < 0.7 * len(full2.getvalue())
