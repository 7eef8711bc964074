"""Events: the claims of all sides about one strike, grouped as articles arrive (issue 13).
Articles written for these tests, about the kinds of strike reports our users read."""
import json
from datetime import date

import pytest

from geo.articles import from_text
from geo.claims.extract import extract
from geo.claims.flags import is_verified as verified
from geo.store import Store, StoreError
from geo.store.events import Item, Matcher, PlaceRef, is_loose, status_of
from test_store import BACKENDS, make_store

D = date(2025, 8, 14)
RU_MOD = "The Russian Defence Ministry said on 14 August 2025 that its forces had struck a drone plant in Shostka."
UA_HEAD = ("Sumy regional governor Oleh Hryhorov said a Russian drone hit an industrial facility in Shostka on "
           "14 August 2025, causing a fire.")
WIRE = "A drone attack hit Shostka on 14 August 2025, the wire service reported from the scene."
WIRE_SAW = "Reuters reporters who visited Shostka on 14 August 2025 saw a damaged factory building after the strike."
KONOTOP = "Russian drones struck an energy facility in Konotop on 14 August 2025, the Sumy regional military administration said."
INTERCEPTED = "Air defences destroyed all drones over Shostka on 14 August 2025, Ukraine's air force said."
REFINERY = ("Ukrainian drones attacked the Novokuibyshevsk oil refinery in the Samara region overnight, the Russian "
            "Defence Ministry said, adding that the drones were destroyed. Ukraine's General Staff said it had hit the "
            "refinery, causing a fire.")


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path, gaz):
    s = make_store(request.param, tmp_path, gaz)
    yield s
    s.close()


def add(store, gaz, text, published=D, url=None):
    art = from_text(text, published=published, title=text[:40], url=url or f"https://example.org/{abs(hash(text))}")
    return store.add(art, extract(art, gaz))


def only_event(store):
    events = store.events()
    assert len(events) == 1, events[["place_name", "sides", "status"]]
    return events.iloc[0]


def test_three_articles_one_acknowledged_event(store, gaz):
    for text in (RU_MOD, UA_HEAD, WIRE):
        add(store, gaz, text)
    e = only_event(store)
    assert e.status == "acknowledged" and e.sides == "OTHER,RU,UA" and e.place_name == "Shostka" and e.day == D
    claims = store.event_claims([e.id])
    assert set(claims.side) == {"RU", "UA", "OTHER"} and claims.article_url.str.startswith("https://").all()


def test_a_wire_that_saw_it_makes_it_verified(store, gaz):
    for text in (RU_MOD, UA_HEAD, WIRE_SAW):
        add(store, gaz, text)
    assert only_event(store).status == "verified"


def test_two_towns_on_one_day_are_two_events(store, gaz):
    add(store, gaz, RU_MOD)
    add(store, gaz, KONOTOP)
    events = store.events()
    assert sorted(events.place_name) == ["Konotop", "Shostka"] and set(events.status) == {"single"}


def test_a_hit_against_all_shot_down_is_contested(store, gaz):
    add(store, gaz, RU_MOD)
    add(store, gaz, INTERCEPTED)
    e = only_event(store)
    assert e.status == "contested" and e.hits == "RU" and e.intercepts == "UA"


def test_ingesting_an_article_twice_changes_nothing(store, gaz):
    add(store, gaz, RU_MOD)
    add(store, gaz, UA_HEAD)
    before = store.events().to_dict("records")
    assert not add(store, gaz, UA_HEAD).added
    assert store.events().to_dict("records") == before


def test_both_sides_in_one_article_about_one_refinery(store, gaz):
    add(store, gaz, REFINERY, published=date(2025, 8, 21))
    events = store.events()
    refinery = events[events.place_name.str.startswith("Novoku")]
    assert len(events) == 1 and len(refinery) == 1 and refinery.iloc[0].sides == "RU,UA"  # the region claim too
    # the Russian side says the drones were destroyed: contested, or at least both sides
    assert refinery.iloc[0].status in ("acknowledged", "contested")


def test_overnight_reports_a_day_apart_are_one_event(store, gaz):
    add(store, gaz, RU_MOD)
    # published the next morning, dated by the night only
    add(store, gaz, "Russian drones hit an industrial site in Shostka overnight, the Sumy regional military administration "
                    "said.", published=date(2025, 8, 15))
    e = only_event(store)
    assert e.sides == "RU,UA" and e.day == D
    add(store, gaz, "Russian drones hit an industrial site in Shostka on 16 August 2025, the Sumy regional military "
                    "administration said.", published=date(2025, 8, 16))
    assert len(store.events()) == 2  # a dated report two days later is another strike


def test_a_region_claim_joins_the_only_town_struck_and_leaves_it_when_a_second_is(store, gaz):
    add(store, gaz, "The Russian Defence Ministry said on 14 August 2025 that its forces struck targets in the Sumy region.")
    add(store, gaz, UA_HEAD)
    e = only_event(store)
    assert e.place_name == "Shostka" and e.sides == "RU,UA"  # the event's place is the precise one
    add(store, gaz, KONOTOP)  # two towns of the oblast that day: the oblast's claim is tied to neither
    events = store.events().set_index("place_name")
    assert len(events) == 3 and events.loc["Shostka", "sides"] == "UA" and events.loc["Konotop", "sides"] == "UA"
    assert events.loc["Sumy Oblast", "sides"] == "RU"


def test_targets_named_differently_at_one_place_on_one_day_are_one_strike(gaz):
    """A ship repair facility and a fire at the shipyard, a drone workshop and an energy facility:
    one side's statements, and the other side's, describe one strike in their own words."""
    sumy = PlaceRef("p-sumy", "settlement", "UA-59", 50.9, 34.8, "Sumy")
    m = Matcher(gaz)
    a = m.assign(Item("c1", 0, sumy, D, False, "UA", groups=frozenset({"civilian"})))
    b = m.assign(Item("c2", 0, sumy, D, False, "UA", groups=frozenset({"transport"})))
    c = m.assign(Item("c3", 0, sumy, D, False, "RU", groups=frozenset({"military"})))
    assert a is b is c


def test_merge_and_split_are_kept_as_corrections_and_survive_a_rebuild(store, gaz):
    add(store, gaz, RU_MOD)
    add(store, gaz, KONOTOP)
    shostka, konotop = (store.events().set_index("place_name").loc[n, "id"] for n in ("Shostka", "Konotop"))
    store.merge_events(shostka, konotop, author="desk editor", note="the same wave of drones")
    e = only_event(store)
    assert e.id == shostka and e.sides == "RU,UA" and e.status == "acknowledged"
    log = [c for c in store.corrections() if c["field"] == "event"]
    assert log and log[0]["old_value"] == konotop and log[0]["new_value"] == shostka and log[0]["author"] == "desk editor"
    assert store.rebuild_events() == 1  # the user's merge holds
    claim = store.event_claims([shostka]).query("side == 'UA'").claim_id.iloc[0]
    new = store.split_claim(claim, author="desk editor")
    assert sorted(store.events().id) == sorted([shostka, new])
    assert store.rebuild_events() == 2
    with pytest.raises(StoreError):
        store.merge_events(shostka, shostka, author="x")
    with pytest.raises(StoreError):
        store.merge_events(shostka, "nope", author="x")


def test_a_corrected_place_moves_the_claim_to_its_event(store, gaz):
    add(store, gaz, RU_MOD)
    add(store, gaz, KONOTOP)
    ua = store.query(sides=["UA"]).claim_id.iloc[0]
    store.correct(ua, "place", store.query(sides=["RU"]).place_id.iloc[0], author="desk editor")
    e = only_event(store)
    assert e.place_name == "Shostka" and e.sides == "RU,UA"



def test_correcting_the_claim_that_opened_an_event_leaves_the_others_in_it(store, gaz):
    add(store, gaz, RU_MOD)  # opens the Shostka event
    add(store, gaz, UA_HEAD)
    first = store.query(sides=["RU"]).claim_id.iloc[0]
    store.correct(first, "date", "2025-09-20", author="desk editor")  # away from the others' day
    events = store.events().sort_values("day")
    assert list(events.sides) == ["UA", "RU"] and events.id.is_unique
    assert list(events.day) == [D, date(2025, 9, 20)]

def test_export_carries_the_event(store, gaz, tmp_path):
    from geo.store.export import to_geojson

    for text in (RU_MOD, UA_HEAD, KONOTOP):
        add(store, gaz, text)
    fc = to_geojson(store.query(), gaz)
    by_place = {f["properties"]["place_name"]: f["properties"] for f in fc["features"]}
    assert by_place["Shostka"]["event_status"] == "acknowledged" and by_place["Konotop"]["event_status"] == "single"
    assert all(f["properties"]["event_id"] for f in fc["features"])


def test_an_old_store_gets_its_events_when_opened(tmp_path, gaz):
    from sqlalchemy import delete, text

    path = str(tmp_path / "old.sqlite")
    with Store.open(path, gazetteer=gaz) as s:
        for t in (RU_MOD, UA_HEAD):
            add(s, gaz, t)
        with s.engine.begin() as conn:  # as a store made before events were kept
            conn.execute(text("DELETE FROM event_places"))
            conn.execute(text("DELETE FROM events"))
            conn.execute(text("DELETE FROM store_meta WHERE key = 'events'"))
            conn.execute(text("UPDATE store_meta SET value = '2' WHERE key = 'schema'"))
        del delete
    with Store.open(path, gazetteer=gaz) as s:
        assert only_event(s).sides == "RU,UA"


def test_opening_the_store_during_an_ingest_does_not_break_its_grouping(tmp_path, gaz):
    """The dashboard opened while an ingest holds claim places back for grouping takes them for
    an interrupted ingest's and groups them; the ingest's flush then keeps those events."""
    path = str(tmp_path / "busy.sqlite")
    with Store.open(path, gazetteer=gaz) as ingest:
        for t in (RU_MOD, KONOTOP):
            art = from_text(t, published=D, title=t[:40], url=f"https://example.org/{abs(hash(t))}")
            ingest.add(art, extract(art, gaz), events=False)
        with Store.open(path, gazetteer=gaz) as dashboard:  # groups the waiting places
            assert len(dashboard.events()) == 2
        art = from_text(UA_HEAD, published=D, title="ua", url="https://example.org/ua")
        ingest.add(art, extract(art, gaz), events=False)
        assert ingest.flush_events() == 1  # only the place no one grouped yet
        events = ingest.events()
    assert sorted(events.place_name) == ["Konotop", "Shostka"]
    assert events.set_index("place_name").loc["Shostka", "sides"] == "RU,UA"


def test_rules():
    assert status_of({"RU"}, {"RU"}, set(), False) == "single"
    assert status_of({"RU", "UA"}, {"RU", "UA"}, set(), False) == "acknowledged"
    assert status_of({"RU", "UA"}, {"RU"}, {"UA"}, False) == "contested"
    assert status_of({"RU", "UA"}, {"RU"}, {"RU"}, False) == "acknowledged"  # one side's hit and interception
    assert status_of({"RU", "OTHER"}, {"RU"}, set(), True) == "verified"
    assert verified("OTHER", "Satellite images showed the damaged hangar") and not verified("UA", "verified footage")
    assert not verified("OTHER", "The ministry said it hit the plant")
    assert is_loose("unknown", False) and is_loose("day", True) and not is_loose("day", False)
    assert is_loose("month", False) and is_loose(None, 0)  # a month's claim is mapped on its article's date


def test_cli_events_json(tmp_path, gaz, capsys):
    from geo.cli import main

    db = str(tmp_path / "cli.sqlite")
    with Store.open(db, gazetteer=gaz) as s:
        for text in (RU_MOD, UA_HEAD, KONOTOP):
            add(s, gaz, text)
    assert main(["events", "--db", db, "--json", "--status", "acknowledged"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == 1 and out[0]["status"] == "acknowledged" and out[0]["places"] == ["Shostka"]
    assert out[0]["date"] == "2025-08-14" and {c["side"] for c in out[0]["claims"]} == {"RU", "UA"}
    assert set(out[0]["claims"][0]) == {"id", "side", "source", "quote", "link", "article_title", "article_url"}
    assert out[0]["why"].startswith("acknowledged: both sides report it")
    assert {c["link"] for c in out[0]["claims"]} <= {"opened the event", "the same place, the same day"}
    assert main(["events", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "Shostka" in text and "Konotop" in text and "acknowledged" in text
    assert main(["events", "--db", db, "--status", "nope"]) == 2
