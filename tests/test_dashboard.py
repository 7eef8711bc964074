"""The dashboard pages through Streamlit's AppTest, on a store made for each test."""
import html
import json
import re
from datetime import date, timedelta

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from geo.app import access, views
from geo.app.filters import Filters, advance_window
from geo.app.samples import ensure_samples

APP = str(ROOT / "app.py")
PAGES = ROOT / "app_pages"


def run(script, **query):
    at = AppTest.from_file(str(script), default_timeout=120)
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def qp(at, key):
    v = at.query_params[key]
    return v[-1] if isinstance(v, list) else v


def metric(at, label):
    return int(next(m for m in at.metric if m.label == label).value)


def deck_spec(at, i: int = 0):
    return json.loads(at.get("deck_gl_json_chart")[i].proto.json)


def deck_layers(at):
    return {l["id"]: l["data"] for l in deck_spec(at)["layers"]}


def places_on_map(at) -> set[tuple[str, str]]:
    """(place, side) of every marker on the map, with the places a cluster's numbered circle
    stands for."""
    return {(pid, m["side"]) for m in deck_layers(at)["claims"] for pid in m.get("place_ids") or [m["place_id"]]}


def test_map_page_loads_the_samples(db, gaz):
    at = run(APP)
    assert metric(at, "Claims") >= 20
    spec = deck_spec(at)
    areas = next(l for l in spec["layers"] if l["id"] == "areas")
    # the outlines: the static file's URL (sent once) or, without static serving, the outlines
    assert areas["data"] == "app/static/admin1.json" or len(areas["data"]["features"]) == 117
    assert "UA-" in areas["getFillColor"]  # shaded by claim count per oblast
    markers = deck_layers(at)["claims"]
    assert markers and {p["side"] for p in markers} <= {"RU", "UA", "OTHER"}
    assert len(at.get("deck_gl_json_chart")[0].proto.json) < 60_000  # the map a rerun sends


def test_slider_narrows_counts_and_map(db):
    at = run(APP)
    total, points = metric(at, "Claims"), len(deck_layers(at)["claims"])
    hi = at.slider(key="window").value[1]
    at.slider(key="window").set_value((date(2025, 1, 1), hi)).run()
    assert 0 < metric(at, "Claims") < total
    assert 0 < len(deck_layers(at)["claims"]) < points
    assert qp(at, "since") == "2025-01-01"


def test_side_filter_changes_counts_and_map(db):
    at = run(APP)
    ru = metric(at, "Russian officials")
    assert ru > 0
    at.multiselect(key="sides").unselect("RU").run()
    assert metric(at, "Russian officials") == 0 and metric(at, "Claims") < ru + metric(at, "Ukrainian officials") + 1
    assert all(p["side"] != "RU" for p in deck_layers(at)["claims"])
    assert at.multiselect(key="sides").format_func("RU") == "Russian officials"  # names, not codes
    assert qp(at, "side") == "UA,OTHER"


def test_filters_come_from_the_url(db):
    at = run(APP, side="UA", q="Kharkiv")
    assert at.multiselect(key="sides").value == ["UA"]
    assert at.text_input(key="text").value == "Kharkiv"
    assert metric(at, "Russian officials") == 0


def test_download_is_exactly_what_is_shown(db, downloads):
    at = run(APP)
    at.multiselect(key="sides").unselect("OTHER").run()
    at.slider(key="window").set_value((date(2023, 1, 1), date(2024, 12, 31))).run()
    fc = json.loads(downloads("strike-atlas.geojson"))
    downloaded = {f["properties"]["claim_id"] for f in fc["features"]}
    # The Claims metric counts the claims that name no place too; they have no map feature.
    placeless = [int(re.search(r"\((\d+)\)", h.value).group(1)) for h in at.subheader
                 if h.value.startswith("Claims with no place on the map")]
    assert len(downloaded) == metric(at, "Claims") - sum(placeless)
    assert {(f["properties"]["place_id"], f["properties"]["side"]) for f in fc["features"]} == \
        places_on_map(at)  # one marker per place and side shown, alone or in a cluster
    assert all(date(2023, 1, 1) <= date.fromisoformat(f["properties"]["map_date"]) <= date(2024, 12, 31) for f in fc["features"])


def test_tooltips_and_detail_escape_article_text(db):
    from geo.articles import from_text
    from geo.claims.extract import extract
    from geo.store import Store

    store = Store.open(str(db))
    ensure_samples(store)
    art = from_text("Russian drones struck Poltava on 1 May 2025, <img src=x onerror=alert(1)> said the governor's "
                    "office. ![x](http://127.0.0.1:9/p.png) [click](javascript:alert(3))",
                    title="<script>alert(2)</script>", url="javascript:alert(4)")
    store.add(art, extract(art))
    store.close()
    at = run(APP, q="Poltava")
    tooltip_values = [p["t_text"] for p in deck_layers(at)["claims"]]
    # Streamlit escapes tooltip values itself: the data carries the text as written, once.
    assert any("governor's" in v and "&#x27;" not in v for v in tooltip_values)
    detail = " ".join(m.value for m in at.markdown)
    assert "<img" not in detail and "<script>" not in detail
    assert "![" not in detail and "](http" not in detail and "javascript:" not in detail


def test_advance_window_steps_and_wraps():
    lo, hi = date(2024, 1, 1), date(2024, 12, 31)
    assert advance_window((date(2024, 1, 1), date(2024, 1, 31)), 7, lo, hi) == (date(2024, 1, 8), date(2024, 2, 7))
    assert advance_window((date(2024, 12, 1), date(2024, 12, 31)), 7, lo, hi) == (lo, lo + timedelta(days=30))


def test_large_views_are_counted_in_the_database(db, gaz):
    from geo.store import Store

    with Store.open(str(db), gazetteer=gaz) as store:
        ensure_samples(store)
        small = views.map_view(store, gaz, Filters())
        big = views.map_view(store, gaz, Filters(), max_points=5)
    assert not small["layers"]["aggregated"] and big["layers"]["aggregated"]
    assert big["summary"]["claims"] == small["summary"]["claims"]
    assert big["summary"]["by_side"] == small["summary"]["by_side"]
    assert len(big["layers"]["points"]) <= 5
    assert sum(p["n"] for p in big["layers"]["points"]) == small["total_rows"]  # every claim-place counted
    assert big["days"].n.sum() == small["days"].n.sum()
    assert big["admin1"] == small["admin1"]


def test_add_article_page_stores_it(db):
    at = run(PAGES / "add_articles.py")
    at.text_input(key="title").input("Test report").run()
    at.text_area(key="body").input("Russian drones struck an energy facility in Konotop overnight, the Sumy regional "
                                   "military administration said.").run()
    assert any("Konotop" in m.value for m in at.markdown)
    at.button(key="save").click().run()
    assert "Saved 1 new article" in at.success[0].value
    from geo.store import Store

    with Store.open(str(db)) as store:
        assert "Konotop" in set(store.query(text="Konotop").place_name)


def correct_on_page(field: str, value: str):
    """The Claims page after a user corrects its first claim's ``field``; and that claim's id."""
    at = run(PAGES / "claims.py")
    claim_id = at.selectbox(key="claim").value
    at.selectbox(key="field").set_value(field)
    at.text_input(key="value").input(value)
    at.button[0].click().run()
    return at, claim_id


def test_correction_on_the_claims_page_persists(db):
    at, claim_id = correct_on_page("side", "OTHER")
    assert at.success and "Corrected side" in at.success[0].value
    from geo.store import Store

    with Store.open(str(db)) as store:
        log = store.corrections(claim_id)
        # recorded under the person's account on this computer (local mode), not a typed name
        assert log[-1]["new_value"] == "OTHER" and log[-1]["author"] == access.local_user().id
        assert store.query(text="").set_index("claim_id").loc[[claim_id]].side.iloc[0] == "OTHER"
    again = run(PAGES / "claims.py")
    assert len(again.dataframe) == 2  # the claims table and the corrections log


def test_gazetteer_page(db):
    at = run(PAGES / "gazetteer.py")
    at.text_input(key="query").input("Chuguyev").run()
    assert "Chuhuiv" in at.success[0].value
    at.text_input(key="query").input("Shostkaz").run()
    assert "Closest names: Shostka" in at.warning[0].value


@pytest.mark.parametrize("query, says", [
    ({"target": "nope"}, "Unknown target type 'nope'"),
    ({"side": "XX"}, "Unknown side 'XX'"),
    ({"since": "2025-06-10", "until": "2024-01-01"}, "run backwards"),
    ({"since": "junk"}, "is not a date"),
])
def test_a_hostile_or_wrong_link_gets_a_message_not_a_traceback(db, query, says):
    at = run(APP, **query)
    assert any(says in html.unescape(w.value) for w in at.warning)
    assert metric(at, "Claims") > 0  # the rest of the view still shows


def test_a_target_in_the_link_is_read_whatever_its_case(db):
    at = run(APP, target="Airfield")
    assert not at.warning and at.multiselect(key="targets").value == ["airfield"]


def test_the_play_step_moves_the_window_without_an_error(db):
    at = run(APP)
    lo, hi = at.slider(key="window").value
    step = advance_window((lo, lo + timedelta(days=30)), 7, lo, hi)
    at.session_state["next_window"] = step  # what the play control leaves for the next run
    at.run()
    assert not at.exception and at.slider(key="window").value[0] == step[0]


def test_a_new_article_shows_at_once_with_the_same_filters(db):
    from geo.articles import from_text
    from geo.claims.extract import extract
    from geo.store import Store

    at = run(APP)
    before = metric(at, "Claims")
    with Store.open(str(db)) as store:
        art = from_text("Russian drones struck Poltava on 1 May 2025, the regional governor said.")
        store.add(art, extract(art))
    at.run()
    assert metric(at, "Claims") == before + 1
