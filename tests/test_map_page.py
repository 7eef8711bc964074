"""The map page's logic outside Streamlit (geo.app.picks, mappage, labels, detail, tables): what
it picks and remembers between reruns, its link, its labels and the claim panel's list."""
from datetime import date

import pandas as pd

from geo.app import picks
from geo.app.detail import event_heading
from geo.app.filters import Filters
from geo.app.focus import MapPlace
from geo.app.labels import ATTACKER_NAMES, area_names
from geo.app.mappage import MapPage
from geo.app.tables import panel_claims

D1, D2, D3 = date(2025, 8, 1), date(2025, 8, 10), date(2025, 8, 20)


def test_the_status_filter_outlives_the_claims_mode():
    state = {"statuses": ["contested"]}
    picks.keep_statuses(state)
    assert state == {"statuses": ["contested"]}
    empty = {}
    picks.keep_statuses(empty)
    assert empty == {}


def test_the_window_is_plays_or_the_brushs_then_the_sliders_then_the_links():
    state = {}
    picks.take_window(state, (D1, D3))
    assert state["window"] == (D1, D3)
    picks.take_window(state, (D2, D3))  # the slider's own value stands
    assert state["window"] == (D1, D3)
    state["next_window"] = (D2, D3)
    picks.take_window(state, (D1, D3))
    assert state == {"window": (D2, D3)}


def test_a_brush_is_a_move_only_when_new():
    state = {}
    assert not picks.brushed(state, None, (D1, D3)) and state == {"brushed": None}
    assert not picks.brushed(state, (D1, D3), (D1, D3))  # the chart reporting the window it was drawn with
    assert picks.brushed(state, (D1, D2), (D1, D3)) and state["next_window"] == (D1, D2)
    del state["next_window"]
    assert not picks.brushed(state, (D1, D2), (D1, D3)) and "next_window" not in state  # reported again


def test_zoom_to_replaces_the_links_view_and_a_pan_replaces_both():
    linked = MapPlace(area="UA-63", view=(50.0, 36.2, 9.0), claim="c1")
    assert picks.map_look({}, "UA-63", linked, None) == MapPlace(area="UA-63", view=(50.0, 36.2, 9.0), claim="c1")
    state = {"area_changed": True}
    assert picks.map_look(state, "UA-59", linked, None).view is None and state == {}
    look = picks.map_look({}, "", linked, (48.0, 35.0, 7.0))
    assert look.area is None and look.view == (48.0, 35.0, 7.0) and look.claim == "c1"


def test_the_claim_list_keeps_its_pick_else_the_links_else_the_latest():
    state = {}
    picks.claim_choice(state, "k", ["a", "b"], "b")
    assert state["k"] == "b"
    picks.claim_choice(state, "k", ["a", "b"], "a")
    assert state["k"] == "b"
    picks.claim_choice(state, "k", ["c", "d"], "x")
    assert state["k"] == "c"


def test_an_event_is_the_new_click_else_the_lists_else_the_links_else_the_latest():
    state = {}
    assert picks.event_pick(state, ["e1", "e2"], None, "e2") == "e2"
    assert picks.event_pick(state, ["e1", "e2"], "e1", None) == "e1"
    state["event_pick"] = "e2"  # then picked in the list
    assert picks.event_pick(state, ["e1", "e2"], "e1", None) == "e2"  # the old click is not new
    assert picks.event_pick(state, [], None, None) is None and "event_pick" not in state


def test_the_link_holds_the_filters_the_view_the_basemap_and_in_events_the_event():
    page = MapPage(filters=Filters(since=D1, until=D2, sides=["UA"]), window=(D1, D2), lo=D1, hi=D3,
                   look=MapPlace(area="UA-63"), linked=MapPlace(), basemap=True)
    claims = page.params()
    assert claims["since"] == "2025-08-01" and claims["side"] == "UA" and claims["basemap"] == "1"
    assert "mode" not in claims and claims.items() <= page.params(events=True).items()
    events = page.params(events=True, event="ev1", statuses=["contested", "single"])
    assert events["mode"] == "events" and events["event"] == "ev1" and events["status"] == "contested,single"
    assert "event" not in page.params(events=True) and "basemap" not in MapPage(
        Filters(), (D1, D2), D1, D3, MapPlace(), MapPlace()).params()


def test_labels_of_the_sidebar_and_the_event_panel(gaz):
    areas = area_names(gaz)
    assert list(areas)[0] == "" and areas["UA-63"] == gaz.get("iso:UA-63").name
    assert ATTACKER_NAMES["unknown"] == "not said"
    row = pd.Series({"place_name": "Shostka <b>", "day": D2, "status": "contested"})
    assert event_heading(row).startswith("**Shostka &lt;b&gt;**, 2025-08-10: **contested** (")


def test_the_claim_panel_lists_a_links_claim_with_the_latest_newest_first():
    latest = pd.DataFrame({"claim_id": ["a", "b", "b"], "map_date": [D1, None, None]})
    picked = pd.DataFrame({"claim_id": ["z"], "map_date": [D3]})
    rows, claims = panel_claims(picked, latest, None)
    assert list(claims.claim_id) == ["z", "a", "b"] and len(rows) == 4
    rows, claims = panel_claims(picked, latest, {"place_id": "x"})
    assert list(claims.claim_id) == ["z"]
    rows, claims = panel_claims(None, latest, None)
    assert list(claims.claim_id) == ["a", "b"] and rows is latest
