"""The map page at a mid zoom (geo.app.clusters), through Streamlit's AppTest on a store made for
the test: nearby places of a side come as one numbered circle, and a click on it lists their
claims and flies the map in until the circle opens."""
from test_clusters import RU_KRAMATORSK, UA_DONETSK
from test_dashboard import APP, deck_layers, deck_spec, qp, run
from test_dashboard_defects import texts_only
from test_dashboard_features import click

from geo.app import clusters

DONBAS_AT_ZOOM_7 = {"lat": "48.7500", "lon": "37.6000", "zoom": "7.00"}  # Kramatorsk to Druzhkivka: 25 px


def test_nearby_places_at_mid_zoom_come_as_a_numbered_circle_and_a_click_lists_its_claims(db):
    texts_only(db, *UA_DONETSK, RU_KRAMATORSK)
    at = run(APP, **DONBAS_AT_ZOOM_7)
    layers = deck_layers(at)
    [circle] = [m for m in layers["claims"] if "place_ids" in m]
    assert circle["side"] == "UA" and circle["n"] == 3 and len(circle["place_ids"]) == 3
    assert circle["i"] == clusters.CLUSTER_ICON and "3 claims at 3 places (Ukrainian officials)" in circle["t_text"]
    assert layers["counts"] == [{"p": circle["p"], "side": "UA", "o": 1, "t": "3"}]  # the number drawn on it
    # the other side's claim at Kramatorsk stays its own marker
    assert [(m["t_place"], m["side"]) for m in layers["claims"] if "place_ids" not in m] == [("Kramatorsk", "RU")]
    assert "numbered circle" in " ".join(m.value for m in at.markdown)  # the legend says what it is

    click(at, circle)
    assert not at.exception
    picker = next(s for s in at.selectbox if s.label.startswith("Claim ("))
    assert picker.label == "Claim (3)"
    listed = " ".join(picker.options)  # the picker's labels
    assert all(town in listed for town in ("Kramatorsk", "Sloviansk", "Druzhkivka"))
    assert "Russian officials" not in listed  # the circle is one side's
    # the map flew in until the circle opened, and the link says where
    view = deck_spec(at)["initialViewState"]
    assert view["zoom"] > 7 and qp(at, "zoom") == f"{view['zoom']:.2f}"
    assert not any(len(m.get("place_ids", [])) == 3 for m in deck_layers(at)["claims"])
