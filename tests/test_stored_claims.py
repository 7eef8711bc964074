"""Typed claims into the store (issue 23): what extraction knows about a claim survives the trip
(a month-precision date, the overnight and verified flags), a store made before the flags gets
them when opened, and corrections keep them true. SQLite and, when set, PostGIS."""
import pickle
from datetime import date

import pytest
from sqlalchemy import select, text

from geo.app.detail import claim_facts, highlight_places
from geo.app.tables import claims_table
from geo.articles import from_text
from geo.claims.extract import Extraction, extract, extract_article
from geo.store import Store
from geo.store.export import feature_properties, to_csv
from geo.store.schema import SCHEMA_VERSION, claims_t
from test_store import BACKENDS, made, made_claim, make_store

PUB = date(2025, 4, 10)
MONTH = "Russian drones struck an energy facility in Shostka in March 2025, the Sumy regional military administration said."
NIGHT = "Ukrainian drones attacked an oil depot in the Bryansk region overnight, the governor said."
SAW = "Reuters reporters who visited Shostka on 14 August 2025 saw a damaged factory building after the strike."
RU_MOD = "The Russian Defence Ministry said on 14 August 2025 that its forces had struck a drone plant in Shostka."
UA_HEAD = ("Sumy regional governor Oleh Hryhorov said a Russian drone hit an industrial facility in Shostka on "
           "14 August 2025, causing a fire.")


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path, gaz):
    s = make_store(request.param, tmp_path, gaz)
    yield s
    s.close()


def add(store, gaz, body, published=PUB) -> Extraction:
    art = from_text(body, published=published, title=body[:30], url=f"https://example.org/{abs(hash(body))}")
    out = extract(art, gaz)
    store.add(art, out)
    return out


def stored_claims(store) -> dict:
    """Claim rows by sentence: the columns this issue is about, as the database holds them."""
    c = claims_t.c
    with store.engine.connect() as conn:
        rows = conn.execute(select(c.sentence, c.side, c.date, c.date_precision, c.map_date, c.map_date_from,
                                   c.overnight, c.verified)).mappings().all()
    return {r["sentence"]: dict(r) for r in rows}


def test_extraction_is_the_dict_it_was_and_pickles_whole(gaz):
    art = from_text(MONTH + " " + SAW, published=PUB)
    out = extract(art, gaz)
    assert out.to_dict() == extract_article(art, gaz)
    assert pickle.loads(pickle.dumps(out)).to_dict() == out.to_dict()
    assert {c.date_precision for c in out.claims} == {"month", "day"}


def test_a_month_precision_claim_keeps_its_month_but_is_not_put_on_the_1st(store, gaz):
    out = add(store, gaz, MONTH)
    assert [(c.date, c.date_precision) for c in out.claims] == [(date(2025, 3, 1), "month")]
    row = stored_claims(store)[out.claims[0].sentence]
    assert (row["date"], row["date_precision"]) == (date(2025, 3, 1), "month")
    assert (row["map_date"], row["map_date_from"]) == (PUB, "article")  # on the map: its article's day
    q = store.query().iloc[0]
    assert (q.date, q.date_precision, q.map_date) == (date(2025, 3, 1), "month", PUB)
    assert feature_properties(q.to_dict())["date"] == "2025-03"  # GeoJSON: the month, not the 1st
    assert "2025-03-01" not in to_csv(store.query()) and ",2025-03," in to_csv(store.query())
    assert [d.date() for d in store.per_day().map_date] == [PUB] and store.summary()["rows"] == 1
    assert store.events().iloc[0].loose  # a month's claim is no day to group by
    assert store.query(until=date(2025, 3, 31)).empty  # nor a claim of March on the map


def test_year_and_unknown_precision_round_trip(store, gaz):
    sumy = gaz.lookup("Sumy")[0][0].id
    art = from_text("A fabricated article.", published=PUB)
    store.add(art, made(art, made_claim(gaz, "UA", [sumy], date(2024, 1, 1), "in 2024", precision="year"),
                        made_claim(gaz, "RU", [sumy], None, "undated")))
    rows = stored_claims(store)
    assert (rows["in 2024"]["date"], rows["in 2024"]["date_precision"], rows["in 2024"]["map_date"]) == \
        (date(2024, 1, 1), "year", PUB)
    assert (rows["undated"]["date"], rows["undated"]["date_precision"]) == (None, "unknown")
    labels = {r["sentence"]: r["date"] for r in map(feature_properties, store.query().to_dict("records"))}
    assert labels == {"in 2024": "2024", "undated": None}


def test_stored_flags_are_the_ones_extraction_computed(store, gaz):
    outs = [add(store, gaz, body) for body in (NIGHT, SAW, RU_MOD, MONTH)]
    claims = [c for out in outs for c in out.claims]
    assert any(c.overnight for c in claims) and any(c.verified for c in claims)  # both flags are exercised
    assert any(not (c.overnight or c.verified) for c in claims)
    rows = stored_claims(store)
    assert {c.sentence: (int(c.overnight), int(c.verified)) for c in claims} == \
        {s: (r["overnight"], r["verified"]) for s, r in rows.items()}


def test_a_dict_is_refused(store, gaz):
    art = from_text(NIGHT, published=PUB)
    with pytest.raises(TypeError, match="Extraction"):
        store.add(art, extract_article(art, gaz))
    assert store.counts()["articles"] == 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_store_from_before_the_flags_gets_them_when_opened(backend, tmp_path, gaz):
    store = make_store(backend, tmp_path, gaz)
    for body in (NIGHT, SAW, RU_MOD, UA_HEAD, MONTH):
        add(store, gaz, body, published=date(2025, 8, 14))
    store.rebuild_events()  # in the order a rebuild takes them, so that the ids compare too
    before, events = stored_claims(store), store.events()[["id", "status", "loose", "sides"]]
    assert any(r["verified"] for r in before.values()) and any(r["overnight"] for r in before.values())
    with store.engine.begin() as conn:  # the shape version 4 made: no flag columns
        conn.execute(text("ALTER TABLE claims DROP COLUMN overnight"))
        conn.execute(text("ALTER TABLE claims DROP COLUMN verified"))
        conn.execute(text("UPDATE store_meta SET value = '4' WHERE key = 'schema'"))
    url = store.engine.url
    store.close()
    with Store.open(url.render_as_string(hide_password=False), gazetteer=gaz) as old:
        assert stored_claims(old) == before
        with old.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM store_meta WHERE key = 'schema'")).scalar() == str(SCHEMA_VERSION)
        old.rebuild_events()  # the events the flags make are the events the store had
        assert old.events()[["id", "status", "loose", "sides"]].equals(events)
        assert "verified" in set(events.status)


def test_a_corrected_side_keeps_verified_for_independent_sources_only(store, gaz):
    for body in (RU_MOD, SAW):
        add(store, gaz, body, published=date(2025, 8, 14))
    assert store.events().status.tolist() == ["verified"]
    saw = store.query(sides=["OTHER"]).claim_id.iloc[0]
    store.correct(saw, "side", "UA", author="desk")
    assert stored_claims(store)[SAW]["verified"] == 0
    assert store.events().status.tolist() == ["acknowledged"]  # a Ukrainian claim is no witness
    store.correct(saw, "side", "OTHER", author="desk")
    assert stored_claims(store)[SAW]["verified"] == 1  # what its sentence says, as at extraction
    assert store.events().status.tolist() == ["verified"]


def test_a_corrected_date_of_a_month_claim_puts_it_on_that_day(store, gaz):
    out = add(store, gaz, MONTH)
    cid = store.query().claim_id.iloc[0]
    store.correct(cid, "date", "2025-03-14", author="desk")
    row = stored_claims(store)[out.claims[0].sentence]
    assert (row["date"], row["date_precision"], row["map_date"]) == (date(2025, 3, 14), "day", date(2025, 3, 14))
    assert store.corrections(cid)[0]["old_value"] == "2025-03"  # the month it said, not its 1st
    assert not store.events().iloc[0].loose


def test_the_dashboard_shows_a_month_as_a_month(store, gaz):
    out = add(store, gaz, MONTH)
    assert claims_table(out).date.tolist() == ["2025-03"]  # the Add page's review table
    assert "Shostka" in highlight_places(out.article.body, out.places)
    rows = store.query(columns="map")
    facts = claim_facts(rows.iloc[0], rows, {})
    assert "**Date:** 2025-03 (month; mapped on the article date 2025-04-10)" in facts and "2025-03-01" not in facts
