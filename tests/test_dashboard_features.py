"""The dashboard as analysts use it (issue 12), through Streamlit's AppTest on a store made for
each test: clicking the map, claims without a place, spelling-aware search, the first start,
corrections at once, the Gazetteer map, legends, lists, tables and downloads."""
import html
import json
from datetime import date, timedelta

import pytest

from conftest import ROOT
from geo.app import mapdeck, views
from geo.app.filters import Filters, window_dates
from geo.app.mapdeck import SIDE_LABELS
from geo.app.samples import ensure_samples
from geo.app.tables import claim_rows
from test_dashboard import APP, PAGES, deck_layers, deck_spec, metric, qp, run

PLACELESS = "On 3 May 2025 the Russian Defence Ministry said its forces had struck Ukraine's energy infrastructure."
BOTH_SIDES = ("Russian drones struck an energy facility in Konotop on 4 May 2025, the Sumy regional military "
              "administration said. The Russian Defence Ministry said on 4 May 2025 that it had hit a drone workshop "
              "in Konotop.")


def add(db_path, *texts):
    from geo.articles import from_text
    from geo.claims.extract import extract
    from geo.store import Store

    with Store.open(str(db_path)) as store:
        ensure_samples(store)
        for t in texts:
            art = from_text(t, url="https://example.org/report")
            store.add(art, extract(art))


def frame(at, column: str):
    """The first table on the page with this column (AppTest's tables carry no key)."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def click(at, marker: dict):
    """What a click on a marker leaves in the chart's selection state."""
    at.session_state["map"] = {"selection": {"indices": {"claims": [0]}, "objects": {"claims": [marker]}}}
    return at.run()


def test_a_click_on_a_marker_opens_its_claims_and_goes_into_the_link(db):
    add(db, BOTH_SIDES)
    at = run(APP, q="Konotop")
    markers = deck_layers(at)["claims"]
    ru = next(m for m in markers if m["side"] == "RU" and m["t_place"] == "Konotop")
    click(at, ru)
    assert not at.exception
    picker = next(s for s in at.selectbox if s.label.startswith("Claim ("))
    assert picker.label == "Claim (1)" and "Russian officials · Konotop" in picker.format_func(picker.value)
    assert "drone workshop" in " ".join(m.value for m in at.markdown)
    assert qp(at, "claim") == picker.value
    # the link opens the same claim
    again = run(APP, q="Konotop", claim=picker.value)
    assert next(s for s in again.selectbox if s.label.startswith("Claim (")).value == picker.value


def test_sides_at_one_place_stand_apart_and_shapes_say_the_target(db):
    add(db, BOTH_SIDES)
    at = run(APP, q="Konotop")
    konotop = [m for m in deck_layers(at)["claims"] if m["t_place"] == "Konotop"]
    assert {m["side"] for m in konotop} == {"RU", "UA"}
    assert all(m.get("o") for m in konotop)  # offset in pixels by side, not on top of each other
    assert "side === 'RU' ? [-8, 0]" in next(l for l in deck_spec(at)["layers"] if l["id"] == "claims")["getPixelOffset"]
    assert {m["i"] for m in konotop} == {"energy", "military"}  # energy facility vs drone workshop
    oblast = [m for m in deck_layers(run(APP)) ["claims"] if m.get("place_id", "").startswith("iso:")]
    assert oblast and all(m["i"].endswith("-area") for m in oblast)  # a whole region is hollow


def placeless_listed(at) -> int:
    """The count in the heading of the list of claims with no place (0 when there is none)."""
    heads = [s.value for s in at.subheader if s.value.startswith("Claims with no place on the map")]
    return int(heads[0].rsplit("(", 1)[1].rstrip(")")) if heads else 0


def test_claims_without_a_place_are_counted_and_listed(db):
    add(db)
    first = run(APP)
    before, listed = metric(first, "Claims"), placeless_listed(first)
    add(db, PLACELESS)
    at = run(APP)
    assert metric(at, "Claims") == before + 1
    assert placeless_listed(at) == listed + 1
    table = frame(at, "reported by")
    assert "energy infrastructure" in table.sentence.iloc[0]
    assert table["reported by"].iloc[0] == "Russian officials"
    claims_page = run(PAGES / "claims.py")
    assert (frame(claims_page, "places").places == "(no place named)").sum() == listed + 1


@pytest.mark.parametrize("spelling", ["Kharkov", "Харків", "kharkiv"])
def test_search_understands_spellings(db, spelling):
    at = run(APP)
    assert metric(run(APP, q="Kharkiv"), "Claims") > 0
    found = metric(run(APP, q=spelling), "Claims")
    assert found == metric(run(APP, q="Kharkiv"), "Claims")
    assert at is not None


def test_first_start_says_what_it_is_doing(db):
    at = run(APP)
    assert not at.get("status")  # the progress box is gone once ready; a toast says what was done
    said = " ".join(t.value for t in at.toast)
    assert "places" in said and "sample articles stored" in said


def test_a_correction_shows_at_once_on_the_claims_page_and_the_map(db):
    at = run(PAGES / "claims.py")
    one_place = frame(at, "places").query("~places.str.contains(',') and places != '(no place named)'")
    claim_id = one_place.claim_id.iloc[0]  # a claim of one place: the correction replaces it
    at.selectbox(key="claim").set_value(claim_id)
    at.selectbox(key="field").set_value("place")
    at.text_input(key="value").input("Lviv")
    at.button[0].click().run()
    assert "Corrected place" in at.success[0].value
    table = frame(at, "places")
    assert table.set_index("claim_id").loc[claim_id, "places"] == "Lviv"
    side = {v: k for k, v in SIDE_LABELS.items()}[table.set_index("claim_id").loc[claim_id, "side"]]
    on_map = run(APP, claim=claim_id)
    assert any(m["side"] == side and m["t_place"] == "Lviv" for m in deck_layers(on_map)["claims"])
    assert "**Places:** Lviv (a settlement" in " ".join(m.value for m in on_map.markdown)


def test_gazetteer_page_draws_outlines_and_marks_the_best(db):
    at = run(PAGES / "gazetteer.py")
    at.text_input(key="query").input("Andreevka in Sumy Region").run()
    spec = deck_spec(at)
    areas = next(l for l in spec["layers"] if l["id"] == "areas")
    assert areas["data"] == "app/static/admin1.json" or areas["data"]["features"]
    points = next(l for l in spec["layers"] if l["id"] == "claims")["data"]
    assert points[0]["i"] == "other" and all(p["i"] == "other-area" for p in points[1:])  # best filled, others hollow
    assert spec["mapStyle"].startswith("data:")  # no basemap tiles: it works offline
    at.text_input(key="query").input("Kharkof").run()
    assert "Closest names: Kharkiv (Kharkiv Oblast)" in html.unescape(at.warning[0].value)  # the theatre first


def test_labels_people_read(db):
    at = run(APP)
    assert at.multiselect(key="targets").format_func("oil_refinery") == "oil refinery"
    assert at.multiselect(key="attackers").format_func("unknown") == "not said"
    legend = " ".join(m.value for m in at.markdown)
    assert "Russian officials" in legend and "hollow: a whole raion or oblast" in legend and "oblast shading" in legend
    chart = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert chart["encoding"]["x"]["axis"]["format"] == "%b %Y"  # months with their year
    assert chart["params"][0]["name"] == "brush"
    claims = frame(run(PAGES / "claims.py"), "places")
    assert set(claims.side) <= set(SIDE_LABELS.values()) and not claims.targets.str.contains("_").any()


def test_navigation_names_the_map_page():
    source = (ROOT / "app.py").read_text()
    assert 'title="Map of claims"' in source and "st.navigation" in source


def test_latest_claims_area_week_table_and_csv(db, downloads):
    at = run(APP)
    assert any(s.value == "Latest claims" for s in at.subheader)
    lines = [m.value for m in at.markdown if m.value.startswith("<span style='color:")]
    assert len(lines) == 8 and "2025-06-01" in lines[0]  # newest first
    at.toggle(key="area_week").set_value(True).run()
    table = frame(at, "oblast")
    assert {"week", "oblast", "Russian officials", "claims", "targets", "weapons"} <= set(table.columns)
    assert table.claims.sum() >= metric(at, "Claims") - 1 and "Kharkiv Oblast" in set(table.oblast)
    import io

    import pandas as pd

    csv = pd.read_csv(io.StringIO(downloads("strike-atlas.csv")))
    geo = json.loads(downloads("strike-atlas.geojson"))
    assert len(csv) == len(geo["features"]) and set(csv.claim_id) == {f["properties"]["claim_id"] for f in geo["features"]}


def test_zoom_to_an_oblast_is_kept_in_the_link(db, gaz):
    at = run(APP, area="UA-59")
    view = deck_spec(at)["initialViewState"]
    assert 50 < view["latitude"] < 52.5 and 32 < view["longitude"] < 35.5 and view["zoom"] > 5.5
    assert qp(at, "area") == "UA-59"
    at.selectbox(key="area").set_value("").run()
    assert "area" not in at.query_params and deck_spec(at)["initialViewState"]["zoom"] == mapdeck.DEFAULT_VIEW[2]
    bad = run(APP, area="XX-99", lat="abc")
    assert any("Unknown area" in w.value for w in bad.warning) and any("map position" in w.value for w in bad.warning)


def test_brush_and_play_windows():
    lo, hi = date(2024, 1, 1), date(2024, 12, 31)
    ms = lambda d: int(__import__("datetime").datetime(d.year, d.month, d.day).timestamp() * 1000)  # noqa: E731
    brush = {"selection": {"brush": {"start": [ms(date(2024, 3, 1)), ms(date(2024, 3, 31))]}}}
    assert views.window_from_brush(brush, lo, hi) == (date(2024, 3, 1), date(2024, 3, 31))
    assert views.window_from_brush({"selection": {"brush": {"start": ["2023-05-01", "2025-02-01"]}}}, lo, hi) == (lo, hi)
    for nothing in (None, {}, {"selection": {}}, {"selection": {"brush": {"start": ["x", "y"]}}},
                    {"selection": {"brush": {"start": [1e30, 2e30]}}}):
        assert views.window_from_brush(nothing, lo, hi) is None


def test_shading_expression_only_carries_area_codes():
    expr = mapdeck.shading({"UA-59": 4, "UA-63": 8, "'); alert(1); ('": 3})
    assert "UA-59" in expr and "UA-63" in expr and "alert" not in expr


def test_static_outlines_are_current(gaz):
    """static/admin1.json is what ``write_outlines`` makes from the gazetteer (run
    `python -c "from geo.app import mapdeck; ..."` after changing the areas)."""
    assert json.loads(mapdeck.STATIC_OUTLINES.read_text()) == json.loads(
        json.dumps(mapdeck.outlines(gaz), separators=(",", ":"), sort_keys=True))


def test_a_fetch_error_reads_as_a_sentence(db):
    at = run(PAGES / "add_articles.py")
    at.radio(key="source").set_value("Fetch a URL").run()
    at.text_input(key="url").input("http://127.0.0.1:9/report").run()
    at.button(key="fetch").click().run()
    message = html.unescape(at.error[0].value)
    assert "refused" in message and "loopback" in message  # the reason, not a library's repr
    assert "Traceback" not in message and "HTTPConnectionPool" not in message


def test_a_click_on_a_grid_cell_lists_the_claims_in_it(db, gaz):
    from geo.store import Store

    with Store.open(str(db), gazetteer=gaz) as store:
        ensure_samples(store)
        view = views.map_view(store, gaz, Filters(), max_points=3)
        cell = next(m for m in view["layers"]["points"] if m["n"] >= 2)
        event = {"selection": {"indices": {"claims": [0]}, "objects": {"claims": [cell]}}}
        marker = views.clicked_marker(event, view["layers"]["cell"])
        rows = views.picked_claims(store, gaz, Filters(), marker)
    assert len(rows) == cell["n"] and set(rows.side) == {cell["side"]}
    assert views.clicked_marker({"selection": {"objects": {}}}) is None and views.clicked_marker(None) is None


def test_events_mode_puts_the_sides_next_to_each_other(db):
    from test_events import RU_MOD, UA_HEAD, WIRE

    add(db, RU_MOD, UA_HEAD, WIRE)
    at = run(APP, mode="events", q="")
    assert metric(at, "Events") > 0 and metric(at, "Acknowledged") >= 1
    spec = deck_spec(at)
    markers = next(l for l in spec["layers"] if l["id"] == "claims")["data"]
    shostka = next(m for m in markers if m["t_place"] == "Shostka")
    assert shostka["status"] == "acknowledged" and "status === 'contested'" in spec["layers"][1]["getColor"]
    at.session_state["event_map"] = {"selection": {"indices": {"claims": [0]}, "objects": {"claims": [shostka]}}}
    at.run()
    text = " ".join(m.value for m in at.markdown)
    assert "Oleh Hryhorov" in text and "drone plant in Shostka" in text and "wire service" in text
    assert "in this event: the same place, the same day" in text  # why each claim is here
    assert any(c.value.startswith("Why: ") and "both sides report it" in c.value for c in at.caption)
    heads = [m.value for m in at.markdown if m.value.startswith("##### ")]
    assert [h.split(">")[1].split("<")[0] for h in heads] == list(SIDE_LABELS.values())
    assert qp(at, "event") == shostka["event_id"] and qp(at, "mode") == "events"
    at.multiselect(key="statuses").select("contested").run()
    assert metric(at, "Events") == metric(at, "Contested") and qp(at, "status") == "contested"


def test_events_are_merged_and_split_from_the_panel(db):
    from geo.app.access import local_user
    from geo.store import Store
    from test_events import KONOTOP, RU_MOD

    add(db, RU_MOD, KONOTOP)
    at = run(APP, mode="events", q="")
    with Store.open(str(db)) as store:
        events = store.events()
    shostka, konotop = (events.set_index("place_name").loc[n, "id"] for n in ("Shostka", "Konotop"))
    at = run(APP, mode="events", event=shostka)
    at.selectbox(key="merge_with").set_value(konotop)
    at.button[0].click().run()
    assert not at.exception and "Saved" in at.success[0].value
    with Store.open(str(db)) as store:
        assert konotop not in set(store.events().id)
        assert any(c["field"] == "event" and c["author"] == local_user().id for c in store.corrections())
    at.selectbox(key="merge_with").set_value("")
    at.selectbox(key="split_claim").set_value("")
    at.button[0].click().run()
    assert "choose either" in at.error[0].value


def test_the_claims_table_holds_a_filters_latest_claims_and_says_when_there_are_more(tmp_path, gaz):
    import pandas as pd

    from geo.articles import from_text
    from geo.store import Store
    from test_rollups import START, fill
    from test_store import made, made_claim

    with Store.open(str(tmp_path / "table.sqlite"), gazetteer=gaz) as store:
        fill(store, gaz, articles=60, seed=3)  # claims with one place, two, or none
        sumy = gaz.lookup("Sumy")[0][0].id
        undated = from_text("An article with no date.", published=None)
        store.add(undated, made(undated, made_claim(gaz, "UA", [sumy], sentence="undated")))
        lo, hi = store.date_range()
        for f in [Filters(**window_dates((lo, hi), lo, hi)), Filters(sides=["RU"]),
                  Filters(since=START + timedelta(days=20), until=START + timedelta(days=50)),
                  Filters(text="claim 1", sides=["UA", "OTHER"])]:
            args = f.query_args(gaz)
            everything = claim_rows(store.query(**args), store.placeless(**args))  # every field, every row
            newest = everything.sort_values(["date", "claim_id"], ascending=[False, True], na_position="last")
            table, more = views.claim_table(store, gaz, f, limit=100_000)
            assert not more
            pd.testing.assert_frame_equal(table, newest.reset_index(drop=True))
            for limit in (1, 7, 40):
                table, more = views.claim_table(store, gaz, f, limit=limit)
                assert more == (len(everything) > limit), (f, limit)
                pd.testing.assert_frame_equal(table, newest.head(limit).reset_index(drop=True))
        assert "undated" in set(views.claim_table(store, gaz, Filters())[0].sentence)
    assert window_dates((lo, hi), lo, hi) == {"since": None, "until": None}
    assert window_dates((lo, hi - timedelta(days=1)), lo, hi) == {"since": lo, "until": hi - timedelta(days=1)}
