"""The map page's defects found by a newcomer in Chromium (issue 24), one test each, through
Streamlit's AppTest on a store made for the test."""
import html
from datetime import date

from geo.app import focus, views
from geo.app.filters import Filters
from geo.app.labels import plural
from test_dashboard import APP, PAGES, deck_spec, metric, qp, run
from test_dashboard_features import add

UNDATED = "Russian drones hit a fuel depot in Konotop overnight, the Sumy regional military administration said."
DATED = ("The Russian Defence Ministry said on 4 May 2025 that its forces had struck a drone workshop in Shostka. "
         "The Sumy regional military administration said on 4 May 2025 that drones hit a railway depot in Shostka.")
# Two places, the one searched for second: the claim counts on the timeline as in the metrics.
TWO_PLACES = ("The Kharkiv regional governor said on 6 May 2025 that Russian missiles hit Izium and struck the Kharkiv "
              "region overnight.")


def texts_only(db, *texts, published=None):
    from geo.articles import from_text
    from geo.claims.extract import extract
    from geo.store import Store

    with Store.open(str(db)) as store:
        for t in texts:
            art = from_text(t, url="https://example.org/report", published=published)
            store.add(art, extract(art))


def store_counts(db):
    from geo.store import Store

    with Store.open(str(db)) as store:
        return store.counts()["claims"]


# -- 1: undated claims ---------------------------------------------------------------------------
def test_undated_claims_are_counted_off_the_map_and_a_toggle_adds_them(db):
    texts_only(db, UNDATED, DATED)
    at = run(APP)
    dated = metric(at, "Claims")
    note = next(c.value for c in at.caption if c.value.startswith("Not on the map"))
    assert "1 claim with no date" in note
    at.toggle(key="undated").set_value(True).run()
    assert metric(at, "Claims") == dated + 1 == store_counts(db)  # every claim the Claims page lists
    places = {m["t_place"] for m in next(l for l in deck_spec(at)["layers"] if l["id"] == "claims")["data"]}
    assert any("Konotop" in p for p in places) and qp(at, "undated") == "1"  # alone or in a numbered circle
    assert not any(c.value.startswith("Not on the map") for c in at.caption)
    claims_page = run(PAGES / "claims.py")
    assert len(claims_page.dataframe[0].value.drop_duplicates("claim_id")) == store_counts(db)


def test_adding_an_undated_article_again_with_a_date_dates_its_claims(db):
    from geo.articles import from_text
    from geo.claims.extract import extract
    from geo.store import Store

    texts_only(db, UNDATED)
    with Store.open(str(db)) as store:
        assert store.query(undated="only").map_date.isna().all()
        art = from_text(UNDATED, url="https://example.org/report", published=date(2025, 5, 9))
        result = store.add(art, extract(art))
        assert not result.added and result.dated == 1
        rows = store.query(since=date(2025, 5, 9), until=date(2025, 5, 9))
        assert len(rows) == 1 and str(rows.map_date.iloc[0])[:10] == "2025-05-09"
        assert rows.corrected.iloc[0] == 1  # a changed claim says so, in the table and the export
        log = store.corrections()
        assert log[-1]["field"] == "date" and log[-1]["old_value"] is None and log[-1]["new_value"] == "2025-05-09"
        assert store.add(art, extract(art)).dated == 0  # dated once; a third time changes nothing


def test_ingest_dates_a_stored_undated_article(db, tmp_path):
    from geo.store import Store
    from geo.pipeline import ingest

    path = tmp_path / "report.txt"
    path.write_text(UNDATED, encoding="utf-8")
    with Store.open(str(db)) as store:
        assert ingest(store, [str(path)], progress=False).added == 1
        report = ingest(store, [str(path)], published=date(2025, 5, 9), progress=False)
        assert report.already == 1 and report.dated == 1 and "now carry" in report.summary()
        assert len(store.query(undated="only")) == 0


# -- 2: the timeline under a place search ---------------------------------------------------------
def test_the_timeline_counts_every_claim_a_place_search_finds(db):
    from geo.store import Store

    texts_only(db, TWO_PLACES)
    with Store.open(str(db)) as store:
        gaz = store.gazetteer
        for spelling in ("Kharkiv Oblast", "Izium"):
            args = Filters(text=spelling).query_args(gaz)
            assert store.summary(**args)["claims"] == 1
            assert int(store.per_day(**args).n.sum()) == 1
    at = run(APP, q="Kharkiv Oblast")
    assert metric(at, "Claims") == 1 and chart_total(at) == 1


def test_the_timeline_counts_the_claims_that_name_no_place(db):
    from test_dashboard_features import PLACELESS

    texts_only(db, TWO_PLACES, PLACELESS)
    at = run(APP)
    assert metric(at, "Claims") == 2 == chart_total(at)


def chart_total(at) -> int:
    """The claims the timeline's bars add up to (the chart's data, as Streamlit sends it)."""
    import pyarrow as pa

    chart = at.get("vega_lite_chart")[0].proto
    frames = [pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in chart.datasets]
    return int(sum(f.claims.sum() for f in frames if "claims" in f))


# -- 3: events mode: the first pick ------------------------------------------------------------
def test_the_first_pick_in_the_event_list_opens_it_and_the_map_goes_there(db):
    from test_events import KONOTOP, RU_MOD

    texts_only(db, RU_MOD, KONOTOP)
    at = run(APP, mode="events")
    from geo.store import Store

    with Store.open(str(db)) as store:
        ids = list(store.events().id)
    picker = at.selectbox(key="event_pick")
    other = next(i for i in ids if i != picker.value)
    place = picker.format_func(other).split(" · ")[1]
    picker.set_value(other).run()
    assert not at.exception and qp(at, "event") == other
    assert any(m.value.startswith(f"**{place}**") for m in at.markdown)
    spec = deck_spec(at)
    ring = next(l for l in spec["layers"] if l["id"] == "picked")["data"]
    view = spec["initialViewState"]
    assert len(ring) == 1 and abs(view["longitude"] - ring[0]["p"][0]) < 0.01 and view["zoom"] == focus.FOCUS_ZOOM
    assert qp(at, "zoom") == f"{focus.FOCUS_ZOOM:.2f}"


# -- 4: the brush follows the slider -------------------------------------------------------------
def test_the_timeline_brush_is_drawn_where_the_slider_puts_the_window(db):
    import json

    add(db)  # the samples
    at = run(APP)
    lo, hi = at.slider(key="window").value
    new = (lo + (hi - lo) / 4, hi - (hi - lo) / 4)
    at.slider(key="window").set_value(new).run()
    chart = at.get("vega_lite_chart")[0].proto
    brush = next(p for p in json.loads(chart.spec)["params"] if p["name"] == "brush")["value"]["x"]
    assert [(b["year"], b["month"], b["date"]) for b in brush] == [(d.year, d.month, d.day) for d in new]
    # a new window is a new chart: the browser draws its brush afresh instead of keeping the old one
    assert chart.id.endswith(f"timeline-{new[0]}-{new[1]}")


# -- 5: the map view in the link -----------------------------------------------------------------
def test_the_map_view_is_read_from_the_link_and_kept_in_it(db):
    add(db)
    at = run(APP, lat="50.9000", lon="34.8000", zoom="8.25")
    view = deck_spec(at)["initialViewState"]
    assert (view["latitude"], view["longitude"], view["zoom"]) == (50.9, 34.8, 8.25)
    assert (qp(at, "lat"), qp(at, "lon"), qp(at, "zoom")) == ("50.9000", "34.8000", "8.25")
    at.multiselect(key="sides").set_value(["RU"]).run()
    assert qp(at, "zoom") == "8.25" and deck_spec(at)["initialViewState"]["zoom"] == 8.25
    # the script that reports the user's pan and zoom is on the page, and a view it reports is
    # drawn and kept in the link (what the browser sends when the map stops moving)
    assert any("setTriggerValue" in str(e.proto) or "strike_atlas_view_sync" in str(e.proto)
               for e in at.get("bidi_component"))
    assert focus.panned_view([50.1, 30.5, 9.5]) == (50.1, 30.5, 9.5) and focus.panned_view(["x", 1, 2]) is None
    assert focus.panned_view([95, 30, 5]) is None and focus.panned_view(None) is None
    # a new "Zoom to" replaces the panned view
    at.selectbox(key="area").set_value("UA-59").run()
    view = deck_spec(at)["initialViewState"]
    assert qp(at, "area") == "UA-59" and 50 < view["latitude"] < 52.5 and float(qp(at, "lat")) == view["latitude"]


# -- 6: bad ids in a link ------------------------------------------------------------------------
def test_a_claim_id_the_store_does_not_hold_warns_and_opens_nothing(db):
    add(db)
    at = run(APP, claim="doesnotexist")
    assert any("No claim 'doesnotexist'" in w.value for w in at.warning)
    assert "claim" not in at.query_params and not any(l["id"] == "picked" and l["data"]
                                                      for l in deck_spec(at)["layers"])


def test_an_unknown_status_or_event_in_the_link_warns(db):
    add(db)
    at = run(APP, mode="events", status="bogus", event="nope")
    warnings = html.unescape(" ".join(w.value for w in at.warning))
    assert "Unknown event status 'bogus'" in warnings and "No event 'nope'" in warnings
    assert qp(at, "event") != "nope"


def test_the_status_filter_outlives_a_visit_to_the_claims_mode(db):
    add(db)
    at = run(APP, mode="events")
    at.multiselect(key="statuses").select("single").run()
    at.radio(key="mode").set_value("Claims").run()
    at.radio(key="mode").set_value("Events").run()
    assert not at.exception and at.multiselect(key="statuses").value == ["single"]
    assert qp(at, "status") == "single" and not at.warning


# -- colours and words -----------------------------------------------------------------------------
def test_one_colour_means_one_thing_and_labels_fit():
    from geo.app import mapdeck

    assert not {tuple(c) for c in mapdeck.STATUS_COLORS.values()} & {tuple(c) for c in mapdeck.SIDE_COLORS.values()}
    assert all(len(label) <= 19 for label in mapdeck.SIDE_SHORT.values())
    assert plural(1, "claim") == "1 claim" and plural(2, "claim") == "2 claims"
    assert plural(1204, "event") == "1,204 events"


def test_an_unreachable_basemap_says_why():
    from geo.app import mapdeck

    problem = mapdeck.basemap_problem("http://127.0.0.1:9/style.json", timeout=2)
    assert problem and "127.0.0.1" in problem
