"""The rollups answer a window of dates and sides exactly as counting the claim places does, after
adds and corrections, rebuilt, or built when an older store is first opened (SQLite and PostGIS)."""
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from geo.articles import from_text
from geo.store import Store
from geo.store.rollups import CELL
from geo.store.schema import rollup_areas_t, rollup_cells_t, rollup_days_t
from test_store import BACKENDS, made, made_claim, make_store

START = date(2024, 12, 10)  # the claims cross months and a year
SIDES = ["RU", "UA", "OTHER"]


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path, gaz):
    s = make_store(request.param, tmp_path, gaz)
    yield s
    s.close()


def fill(store, gaz, articles: int = 90, seed: int = 5) -> None:
    rng = random.Random(seed)
    towns = [pid for pid, k, c in zip(gaz.column("id"), gaz.column("kind"), gaz.column("country"))
             if k == "settlement" and c in ("UA", "RU")][:3000]
    areas = gaz.area_ids("admin1")[:30]
    for i in range(articles):
        pub = START + timedelta(days=rng.randrange(100))
        claims = []
        for _ in range(rng.randint(1, 4)):
            pids = rng.choice([[], [rng.choice(towns)], [rng.choice(towns), rng.choice(areas)], [rng.choice(areas)]])
            claims.append(made_claim(gaz, rng.choice(SIDES), pids, pub - timedelta(days=rng.randrange(3)),
                                     sentence=f"claim {i}", targets=("energy",)))
        art = from_text(f"Rollup test article {seed}-{i}.", published=pub)
        store.add(art, made(art, *claims))


def windows(rng: random.Random):
    lo, hi = START - timedelta(days=3), START + timedelta(days=100)
    yield lo, hi, SIDES  # everything
    yield date(2025, 1, 1), date(2025, 1, 31), SIDES  # one whole month
    yield date(2025, 1, 15), date(2025, 2, 14), ["RU"]  # no whole month
    yield date(2024, 12, 31), date(2025, 3, 1), ["UA", "OTHER"]  # a day each side of two months
    yield date(2025, 2, 3), date(2025, 2, 3), SIDES  # one day
    yield date(2030, 1, 1), date(2030, 12, 31), SIDES  # nothing
    for _ in range(6):
        a = lo + timedelta(days=rng.randrange(100))
        yield a, a + timedelta(days=rng.randrange(1, 70)), rng.sample(SIDES, rng.randint(1, 3))


def views(store, f: dict) -> dict:
    grid = store.grid(CELL, **f).sort_values(["gx", "gy", "side"]).reset_index(drop=True)
    days = store.per_day(**f).sort_values(["map_date", "side"]).reset_index(drop=True)
    return {"summary": store.summary(**f), "placeless": store.placeless_count(**f), "admin1": store.per_admin1(**f),
            "latest": [store.latest(k, **f)[["claim_id", "place_seq"]].values.tolist() for k in (1, 9, 60)],
            "days": days[["map_date", "side", "n"]].astype({"n": int}).values.tolist(),
            "grid": grid[["gx", "gy", "side", "n", "place_name", "lon", "lat"]].astype({"gx": int, "gy": int, "n": int})
            .values.tolist()}


def assert_rollups_count_right(store, monkeypatch, seed: int = 1) -> int:
    checked = 0
    for since, until, sides in windows(random.Random(seed)):
        f = {"since": since, "until": until, "sides": sides}
        assert store.covered_by_rollups(**f)
        rolled = views(store, f)
        with monkeypatch.context() as m:
            m.setattr(store, "covered_by_rollups", lambda **_: False)  # count the claim places instead
            counted = views(store, f)
        assert rolled == counted, (since, until, sides)
        checked += rolled["summary"]["rows"]
    return checked


def tables(store) -> dict:
    with store.engine.connect() as conn:
        out = {}
        for t in (rollup_days_t, rollup_areas_t, rollup_cells_t):
            rows = conn.execute(select(t).order_by(*t.primary_key.columns)).all()
            out[t.name] = [tuple(r) for r in rows if any(v for k, v in r._mapping.items() if k in ("n", "claims", "placeless"))]
        return out


def test_rollups_count_a_window_as_the_claim_places_do(store, gaz, monkeypatch):
    fill(store, gaz)
    assert assert_rollups_count_right(store, monkeypatch) > 200
    assert store.summary(since=START - timedelta(days=3), until=START + timedelta(days=100))["places"] > 50


def test_corrections_keep_rollups_right_and_equal_to_a_rebuild(store, gaz, monkeypatch):
    fill(store, gaz)
    rows = store.query().drop_duplicates("claim_id")
    rng = random.Random(2)
    for cid in rng.sample(list(rows.claim_id), 12):
        store.correct(cid, "side", rng.choice(SIDES), author="test")
        store.correct(cid, "date", (START + timedelta(days=rng.randrange(100))).isoformat(), author="test")
    placed = rows.claim_id.iloc[0]
    store.correct(placed, "place", "iso:UA-63", author="test")  # Kharkiv oblast
    placeless = store.placeless().claim_id.iloc[0]
    store.correct(placeless, "place", "iso:UA-59", author="test")  # a placeless claim gets a place
    assert assert_rollups_count_right(store, monkeypatch, seed=3) > 200
    kept = tables(store)
    store.rebuild_rollups()
    assert tables(store) == kept


def test_a_store_from_before_rollups_gets_them_when_opened(tmp_path, gaz, monkeypatch):
    path = tmp_path / "old.sqlite"
    with Store.open(str(path), gazetteer=gaz) as s:
        fill(s, gaz, articles=40)
        kept = tables(s)
        with s.engine.begin() as conn:  # what a schema-3 store holds
            for t in ("rollup_days", "rollup_areas", "rollup_cells"):
                conn.execute(text(f"DROP TABLE {t}"))
            conn.execute(text("DELETE FROM store_meta WHERE key = 'rollups'"))
            conn.execute(text("UPDATE store_meta SET value = '3' WHERE key = 'schema'"))
    with Store.open(str(path), gazetteer=gaz) as s:
        assert tables(s) == kept
        assert assert_rollups_count_right(s, monkeypatch) > 50


def test_filters_the_rollups_do_not_hold_count_claim_places(store, gaz):
    fill(store, gaz, articles=30)
    f = {"since": START, "until": START + timedelta(days=100)}
    assert not store.covered_by_rollups(**f, targets=["energy"])
    assert not store.covered_by_rollups(since=START)  # an open window
    assert store.summary(**f, targets=["energy"])["rows"] == store.summary(**f)["rows"]  # all are energy
    assert store.summary(**f, targets=["airfield"])["rows"] == 0
