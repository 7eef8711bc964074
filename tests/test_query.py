"""``Store.query`` gives every claim place with its claim, article and event, as joining the
tables here does, after adds, corrections, merges, splits and rebuilds; its filters agree with
the counts; its frame has its types (SQLite and PostGIS)."""
import random
from datetime import date, timedelta

import pandas as pd
import pytest
from sqlalchemy import and_, select

from geo.articles import from_text
from geo.store.schema import articles_t, claims_t, event_places_t, events_t, places_t
from test_rollups import START, fill
from test_store import BACKENDS, made, made_claim, make_store

OUTPUT_COLUMNS = [
    "claim_id", "article_id", "side", "source", "attacker", "date", "date_precision", "date_text", "map_date",
    "map_date_from", "targets", "weapons", "killed", "wounded", "outcome", "sentence", "start", "end", "confidence",
    "status", "corrected", "place_seq", "place_id", "mention", "place_kind", "place_name", "country", "admin1",
    "precision", "lat", "lon", "title", "url", "outlet", "published", "event_id", "event_status"]


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path, gaz):
    s = make_store(request.param, tmp_path, gaz)
    yield s
    s.close()


def joined(store) -> list[tuple]:
    """Every claim place with its claim, article and event, joined here from the base tables."""
    c, p, a, ep, e = claims_t.c, places_t.c, articles_t.c, event_places_t.c, events_t.c
    cols = [c.id, c.article_id, c.side, c.source, c.attacker, c.date, c.date_precision, c.date_text, p.map_date,
            c.map_date_from, c.targets, c.weapons, c.killed, c.wounded, c.outcome, c.sentence, c.start, c.end,
            c.confidence, c.status, c.corrected, p.seq, p.place_id, p.mention, p.kind, p.name, p.country, p.admin1,
            p.precision, p.lat, p.lon, a.title, a.url, a.outlet, a.published, e.id, e.status]
    frm = (claims_t.join(places_t, p.claim_id == c.id).join(articles_t, a.id == c.article_id)
           .outerjoin(event_places_t, and_(ep.claim_id == p.claim_id, ep.seq == p.seq))
           .outerjoin(events_t, e.id == ep.event_id))
    with store.engine.connect() as conn:
        rows = conn.execute(select(*cols).select_from(frm)).all()
    return sorted(tuple(_plain(v) for v in r) for r in rows)


def queried(store, **f) -> list[tuple]:
    df = store.query(**f)
    assert list(df.columns[:-1]) == OUTPUT_COLUMNS
    return sorted(tuple(_plain(v) for v in r) for r in df[OUTPUT_COLUMNS].itertuples(index=False))


def _plain(v):
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
    if isinstance(v, float):
        return round(v, 6)
    return v.isoformat()[:10] if isinstance(v, date) else v


def test_query_equals_the_joined_tables_through_corrections_merges_and_splits(store, gaz):
    fill(store, gaz, articles=60)
    everything = joined(store)
    assert queried(store) == everything and len(everything) > 60
    rows = store.query()
    rng = random.Random(2)
    picks = rng.sample(sorted(set(rows.claim_id)), 8)
    store.correct(picks[0], "side", "OTHER", author="t")
    store.correct(picks[1], "date", "2025-03-30", author="t")
    store.correct(picks[2], "date", None, author="t")
    store.correct(picks[3], "attacker", "RU", author="t")
    store.correct(picks[4], "place", "iso:UA-63", author="t")
    placeless = store.placeless().claim_id.iloc[0]
    store.correct(placeless, "place", "iso:UA-59", author="t")  # a new claim place
    assert queried(store) == joined(store)
    events = store.events()
    keep, other = events.id.iloc[0], events.id.iloc[1]
    store.merge_events(keep, other, author="t")
    store.split_claim(picks[5], author="t")
    assert queried(store) == joined(store)
    assert set(store.query(claim_ids=[picks[5]]).event_id) == set(store.events(event_ids=list(
        store.query(claim_ids=[picks[5]]).event_id)).id)
    store.rebuild_events()
    assert queried(store) == joined(store)


def test_filters_agree_with_counting_and_fewer_fields_are_the_same_rows(store, gaz):
    fill(store, gaz, articles=50, seed=9)
    store.correct(store.query().claim_id.iloc[0], "attacker", "UA", author="t")
    window = {"since": START + timedelta(days=10), "until": START + timedelta(days=60)}
    box = (30.0, 46.0, 36.0, 50.5)
    for f in [{}, window, {**window, "sides": ["RU"]}, {"attackers": ["UA"]}, {"attackers": ["unknown"]},
              {"targets": ["energy"]}, {"targets": ["airfield"]}, {"text": "claim 1"}, {"text": ["claim 2", "claim 3"]},
              {"bbox": box}, {"kinds": ["admin1"]}, {**window, "bbox": box, "sides": ["UA", "OTHER"]},
              {"until": START + timedelta(days=30)}]:
        # summary() counts claim places from the base tables (or the rollups, for a plain window)
        full = store.query(**f)
        assert len(full) == store.summary(**f)["rows"], f
        for columns in ("map", "table"):  # the same rows in the same order, fewer fields
            fewer = store.query(**f, columns=columns)
            names = list(fewer.columns[:-1])
            assert names == [c for c in OUTPUT_COLUMNS if c in names] and len(names) < len(OUTPUT_COLUMNS)
            pd.testing.assert_frame_equal(pd.DataFrame(fewer[names]), pd.DataFrame(full[names]), obj=f"{columns} {f}")
    with pytest.raises(ValueError, match="columns"):
        store.query(columns="everything")


def test_an_undated_claim_is_in_an_open_query_only(store, gaz):
    sumy = gaz.lookup("Sumy")[0][0].id
    art = from_text("An article with no date.", published=None)
    store.add(art, made(art, made_claim(gaz, "UA", [sumy], sentence="undated")))
    dated = from_text("An article with a date.", published=date(2025, 1, 5))
    store.add(dated, made(dated, made_claim(gaz, "UA", [sumy], date(2025, 1, 5), sentence="dated")))
    everything = store.query()
    assert sorted(everything.sentence) == ["dated", "undated"]
    assert everything.set_index("sentence").map_date.to_dict() == {"undated": None, "dated": date(2025, 1, 5)}
    for limit in (None, 5):  # sorted here, or by the database: undated first, or last when descending
        assert list(store.query(limit=limit).sentence) == ["undated", "dated"]
        assert list(store.query(limit=limit, order="desc").sentence) == ["dated", "undated"]
    assert list(store.query(until=date(2025, 2, 1)).sentence) == ["dated"]
    assert list(store.query(since=date(2025, 1, 1)).sentence) == ["dated"]


def test_undated_claims_join_a_window_on_request_and_a_date_given_later_dates_them(store, gaz):
    """``undated="also"`` adds the claims with no date to a window, in rows and counts alike;
    "only" keeps them alone; an article added again with a date puts them on its day, the
    rollups counting them as a fresh store would (issue 24)."""
    sumy, konotop = gaz.lookup("Sumy")[0][0].id, gaz.lookup("Konotop")[0][0].id
    art = from_text("An article with no date.", published=None)
    store.add(art, made(art, made_claim(gaz, "UA", [sumy, konotop], sentence="undated")))
    dated = from_text("An article with a date.", published=date(2025, 1, 5))
    store.add(dated, made(dated, made_claim(gaz, "RU", [sumy], date(2025, 1, 5), sentence="dated")))
    window = {"since": date(2025, 1, 1), "until": date(2025, 1, 31)}
    assert set(store.query(**window).sentence) == {"dated"}
    assert set(store.query(**window, undated="also").sentence) == {"dated", "undated"}
    assert set(store.query(**window, undated="only").sentence) == {"undated"}
    also = store.summary(**window, undated="also")
    assert (also["claims"], also["rows"], also["by_side"]) == (2, 3, {"RU": 1, "UA": 1})
    assert store.summary(**window)["claims"] == 1 and store.summary(**window, undated="only")["claims"] == 1
    areas = [gaz.get(sumy).admin1, gaz.get(konotop).admin1, gaz.get(sumy).admin1]
    assert store.per_admin1(**window, undated="also") == {a: areas.count(a) for a in areas}
    # a search that matches only the claim's second place still counts the claim
    assert store.summary(**window, undated="also", text=gaz.get(konotop).name)["claims"] == 1
    again = from_text("An article with no date.", published=date(2025, 1, 7))
    assert store.date_article(again.id, date(2025, 1, 7)) == 1
    assert set(store.query(since=date(2025, 1, 7), until=date(2025, 1, 7)).sentence) == {"undated"}
    before = store.summary(**window)
    store.rebuild_rollups()
    assert store.summary(**window) == before and before["claims"] == 2
    assert store.date_article(again.id, date(2025, 1, 9)) == 0  # dated once
    nowhere = from_text("An article naming no place.", published=date(2025, 1, 8))
    store.add(nowhere, made(nowhere, made_claim(gaz, "RU", [], date(2025, 1, 8), sentence="nowhere")))
    for f in (window, {**window, "text": "nowhere"}, {**window, "undated": "also"}):  # rollups, counted, counted
        days = store.per_day(placeless=True, **f)
        assert int(days.n.sum()) == store.summary(**f)["claims"] + sum(store.placeless_count(**f).values())
    assert int(store.per_day(**window).n.sum()) == store.summary(**window)["claims"]


def test_the_frame_has_its_types_and_an_empty_result_its_columns(store, gaz):
    fill(store, gaz, articles=20, seed=4)
    sumy = gaz.lookup("Sumy")[0][0].id
    titled = from_text("A titled article.", published=START, title="Shelling near Sumy", url="https://example.org/a")
    store.add(titled, made(titled, made_claim(gaz, "RU", [sumy], sentence="titled", targets=("energy",),
                                              casualties={"killed": 2})))
    df = store.query()
    row = store.query(text="titled").iloc[0]
    assert row.title == "Shelling near Sumy" and row.killed == 2 and row.wounded is pd.NA and row.map_date == START
    assert str(df.killed.dtype) == "Int64" and str(df.place_seq.dtype) == "Int64" and df.lat.dtype == float
    assert all(isinstance(d, date) for d in df.map_date) and df.crs == "EPSG:4326"
    assert (df.geometry.x == df.lon).all() and (df.geometry.y == df.lat).all()
    empty = store.query(since=date(2030, 1, 1))
    assert empty.empty and list(empty.columns[:-1]) == OUTPUT_COLUMNS
    map_columns = list(store.query(columns="map").columns[:-1])
    assert map_columns == [c for c in OUTPUT_COLUMNS if c in map_columns]  # the full order, fewer columns
