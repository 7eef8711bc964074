"""The Store API, run against SQLite and (when STRIKE_ATLAS_TEST_PG is set, as CI does) PostGIS."""
import os
import sqlite3
from datetime import date

import pytest

from geo.articles import from_text
from geo.claims import Claim
from geo.claims.extract import Extraction, extract
from geo.places.geoparse import PlaceMention
from geo.store import Store, StoreError

PG = os.environ.get("STRIKE_ATLAS_TEST_PG")
BACKENDS = ["sqlite", pytest.param("postgis", marks=pytest.mark.skipif(not PG, reason="STRIKE_ATLAS_TEST_PG not set"))]

ARTICLES = [
    ("Russian drones struck an energy facility in Shostka on Tuesday, the Sumy regional military administration said.",
     date(2025, 6, 3)),
    ("Ukrainian drones hit an oil refinery in Tuapse, Krasnodar Krai, overnight, the governor said. Two people were wounded.",
     date(2025, 5, 10)),
    ("The ISW said Russian forces shelled Kupiansk yesterday.", date(2024, 12, 2)),
    ("A missile hit an apartment block in Odesa, killing three people, the regional governor said.", None),
]


def made_claim(gaz, side: str, place_ids=(), when: date | None = None, sentence: str = "a claim",
               precision: str = "day", **fields) -> Claim:
    """A claim as extraction builds one, on gazetteer places: for store tests that need exact
    sides, dates and places rather than what the extractor finds in a text."""
    places = tuple(PlaceMention(0, 0, gaz.get(p).name, gaz.get(p), 1.0) for p in place_ids)
    return Claim(side=side, source=fields.pop("source", "test"), attacker=fields.pop("attacker", None), date=when,
                 date_precision=precision if when else "unknown", places=places, sentence=sentence, start=0,
                 end=len(sentence), **fields)


def made(article, *claims: Claim) -> Extraction:
    """An article's extraction holding these claims (and their places)."""
    return Extraction(article, tuple(m for c in claims for m in c.places), tuple(claims))


def make_store(backend, tmp_path, gaz):
    if backend == "sqlite":
        return Store.open(str(tmp_path / "claims.sqlite"), gazetteer=gaz)
    store = Store.open(PG, gazetteer=gaz)
    with store.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("TRUNCATE rollup_days, rollup_areas, rollup_cells, event_places, events, corrections, claim_places, claims, "
                          "articles, users"))
    return store


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path, gaz):
    s = make_store(request.param, tmp_path, gaz)
    yield s
    s.close()


def fill(store, gaz):
    for body, pub in ARTICLES:
        art = from_text(body, published=pub, title=f"About {body[:20]}", url="https://example.org/x", outlet="Wire")
        store.add(art, extract(art, gaz))


def test_add_is_idempotent(store, gaz):
    art = from_text(ARTICLES[0][0], published=ARTICLES[0][1])
    first = store.add(art, extract(art, gaz))
    second = store.add(from_text(ARTICLES[0][0] + "  "), extract(art, gaz))  # same normalised body
    assert first.added and first.claims == 1 and not second.added
    assert store.counts()["articles"] == 1 and store.counts()["claims"] == 1
    assert store.has_article(art.id)


def test_query_returns_points_with_fields(store, gaz):
    fill(store, gaz)
    gdf = store.query()
    assert gdf.crs.to_epsg() == 4326
    shostka = gdf[gdf.place_name == "Shostka"].iloc[0]
    assert (round(shostka.geometry.x, 2), round(shostka.geometry.y, 2)) == (33.47, 51.86)  # x is longitude
    assert shostka.side == "UA" and shostka.attacker == "RU" and shostka.map_date == date(2025, 6, 3)
    assert shostka.title.startswith("About") and shostka.outlet == "Wire"


def test_query_filters(store, gaz):
    fill(store, gaz)
    by = lambda **kw: sorted(set(store.query(**kw).place_name))
    # "an oil refinery in Tuapse" is drawn where the refinery is (data/gazetteer/facilities.tsv)
    tuapse = "Tuapse oil refinery"
    assert by(since=date(2025, 1, 1)) == ["Krasnodar Krai", "Shostka", tuapse]
    assert by(until=date(2025, 1, 1)) == ["Kupiansk"]
    assert by(sides=["OTHER"]) == ["Kupiansk"]
    assert by(sides=["RU"]) == ["Krasnodar Krai", tuapse]
    assert by(attackers=["UA"]) == ["Krasnodar Krai", tuapse]
    assert by(targets=["oil_refinery"]) == ["Krasnodar Krai", tuapse]
    assert by(text="refinery") == ["Krasnodar Krai", tuapse]
    assert tuapse in by(text="Tuapse")  # found by the town's name too
    # a view over eastern Ukraine holds the towns in it and the Krasnodar Krai polygon reaching into it
    assert by(bbox=(30.0, 45.0, 38.0, 52.5)) == ["Krasnodar Krai", "Kupiansk", "Odesa", "Shostka"]
    assert by(bbox=(30.0, 47.5, 38.0, 52.5)) == ["Kupiansk", "Shostka"]
    # an article without a date and a claim without a day: kept, but outside any date window
    assert "Odesa" in by() and "Odesa" not in by(since=date(2000, 1, 1))


def test_map_date_falls_back_to_the_article(store, gaz):
    art = from_text("Russian drones struck Kharkiv, the governor said.", published=date(2025, 2, 2))
    store.add(art, extract(art, gaz))
    row = store.query().iloc[0]
    assert row.date is None and row.map_date == date(2025, 2, 2) and row.map_date_from == "article"


def test_corrections_keep_the_original(store, gaz):
    fill(store, gaz)
    cid = store.query(text="Kupiansk").iloc[0].claim_id
    store.correct(cid, "side", "UA", author="analyst@desk", note="ISW quotes the General Staff")
    store.correct(cid, "date", "2024-11-30", author="analyst@desk")
    kharkiv = next(p for p, _, _ in gaz.lookup("Kharkiv") if p.kind == "settlement")
    store.correct(cid, "place", kharkiv.id, author="editor")
    row = store.query(text="shelled").iloc[0]
    assert (row.side, row.date, row.place_name, row.corrected) == ("UA", date(2024, 11, 30), "Kharkiv", 1)
    log = store.corrections(cid)
    assert [(c["field"], c["old_value"], c["new_value"], c["author"]) for c in log] == [
        ("side", "OTHER", "UA", "analyst@desk"), ("date", "2024-12-01", "2024-11-30", "analyst@desk"),
        ("place:0", next(p for p, _, _ in gaz.lookup("Kupiansk") if p.kind == "settlement").id, kharkiv.id, "editor")]
    assert all(c["created_at"] is not None for c in log)


def test_bad_corrections_are_refused(store, gaz):
    fill(store, gaz)
    cid = store.query().iloc[0].claim_id
    with pytest.raises(StoreError, match="side must be"):
        store.correct(cid, "side", "NATO", author="me")
    with pytest.raises(StoreError, match="only"):
        store.correct(cid, "sentence", "x", author="me")
    with pytest.raises(StoreError, match="needs an author"):
        store.correct(cid, "side", "RU", author=" ")
    with pytest.raises(StoreError, match="no claim"):
        store.correct("nope", "side", "RU", author="me")
    with pytest.raises(StoreError, match="no place"):
        store.correct(cid, "place", "ua:nowhere", author="me")
    assert store.corrections() == []


def test_consistency_check_is_clean(store, gaz):
    fill(store, gaz)
    assert store.check_consistency() == []


def test_place_less_claims_are_kept(store, gaz):
    art = from_text("Russia launched 40 missiles at Ukraine on Tuesday, the Air Force said.", published=date(2025, 6, 3))
    store.add(art, extract(art, gaz))
    assert store.counts()["claims"] == 1 and store.query().empty
    assert len(store.claims_without_places()) == 1


def test_sqlite_uses_wal_and_reads_during_a_write(tmp_path, gaz):
    path = tmp_path / "wal.sqlite"
    store = Store.open(str(path), gazetteer=gaz)
    fill(store, gaz)
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE claims SET confidence = 0.1")
    assert len(store.query()) > 0  # a reader is not blocked by the open write transaction
    writer.execute("ROLLBACK")
    store.close()


def test_default_path_and_env(tmp_path, monkeypatch):
    from geo import store as store_mod

    monkeypatch.setenv("STRIKE_ATLAS_DB", str(tmp_path / "env.sqlite"))
    assert store_mod.default_url() == f"sqlite:///{tmp_path / 'env.sqlite'}"
    monkeypatch.delenv("STRIKE_ATLAS_DB")
    assert store_mod.default_url().endswith("strike-atlas/strike-atlas.sqlite")


def test_unsupported_url():
    with pytest.raises(StoreError, match="unsupported"):
        Store.open("mysql://x@y/z")


@pytest.mark.skipif(not PG, reason="STRIKE_ATLAS_TEST_PG not set")
def test_postgis_geometry_column_and_index(tmp_path, gaz):
    from sqlalchemy import text

    store = make_store("postgis", tmp_path, gaz)
    fill(store, gaz)
    with store.engine.connect() as conn:
        kinds = dict(conn.execute(text("SELECT kind, min(ST_GeometryType(geom)) FROM claim_places GROUP BY kind")).all())
        idx = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_claim_places_geom'")).scalar()
    assert kinds["settlement"] == "ST_Point" and kinds["admin1"] in ("ST_Polygon", "ST_MultiPolygon")
    assert "gist" in idx.lower()
    for _ in range(2):  # the planner setting outlives the pool's rollback of each checkout
        with store.engine.connect() as conn:
            assert conn.execute(text("SHOW random_page_cost")).scalar() == "1.1"
            conn.rollback()
    store.close()


def test_aggregates_agree_with_rows(store, gaz):
    fill(store, gaz)
    rows = store.query()
    s = store.summary()
    assert (s["rows"], s["claims"], s["places"]) == (len(rows), rows.claim_id.nunique(), rows.place_id.nunique())
    assert s["by_side"] == rows.drop_duplicates("claim_id").side.value_counts().to_dict()
    grid = store.grid(1.0)
    assert grid.n.sum() == len(rows)  # claim-places per cell
    assert set(grid.side) == set(rows.side)
    days = store.per_day()
    dated = rows[rows.map_date.notna()].drop_duplicates("claim_id")
    assert days.n.sum() == len(dated)
    assert store.per_admin1() == rows.groupby("admin1").size().to_dict()
    assert len(store.latest(2)) == 2
