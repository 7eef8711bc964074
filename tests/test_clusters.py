"""Nearby markers of a side as one numbered circle (geo.app.clusters): who merges at which zoom,
what a cluster says and holds, the map's size on the wire, and a click on one."""
import json
import random

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.app import clusters, mapdeck, views
from geo.app.filters import Filters

# Kramatorsk and a village 5 km east of it (0.068° of longitude at 48.7° N).
KRAMATORSK = (37.5678, 48.7311)
EAST_5KM = (37.6358, 48.7311)


def claim_rows(*places) -> pd.DataFrame:
    """Claim rows as ``Store.query(columns="map")`` gives them: (place_id, (lon, lat), side, claims)."""
    rows = []
    for place_id, (lon, lat), side, n in places:
        for k in range(n):
            rows.append({"place_id": place_id, "side": side, "claim_id": f"{place_id}-{side}-{k}",
                         "map_date": f"2025-05-{k + 1:02d}", "place_kind": "settlement", "source": "the regional governor",
                         "sentence": f"Drones hit a depot in {place_id}.", "targets": "fuel_depot",
                         "place_name": place_id.title(), "lon": lon, "lat": lat})
    return pd.DataFrame(rows)


def markers(*places) -> list[dict]:
    return mapdeck.markers(claim_rows(*places))


def cluster_of(out: list[dict]) -> list[dict]:
    return [m for m in out if "place_ids" in m]


def test_places_5_km_apart_merge_at_zoom_6_and_stand_apart_at_zoom_10():
    pts = markers(("kramatorsk", KRAMATORSK, "UA", 3), ("village", EAST_5KM, "UA", 1))
    at6 = clusters.clustered(pts, 6.0)
    assert len(at6) == 1 and at6[0]["place_ids"] == ["kramatorsk", "village"]  # biggest first
    assert at6[0]["n"] == 4 and at6[0]["i"] == clusters.CLUSTER_ICON and at6[0]["o"] == 1
    # the claim-weighted centre: three quarters of the way to Kramatorsk
    assert at6[0]["p"][0] == pytest.approx((3 * KRAMATORSK[0] + EAST_5KM[0]) / 4, abs=1e-4)
    assert "4 claims at 2 places (Ukrainian officials)" in at6[0]["t_text"]
    assert at6[0]["t_place"] == "Kramatorsk, Village"
    assert clusters.clustered(pts, 10.0) == pts  # 50 px apart at zoom 10: as they were
    assert clusters.clustered(pts, clusters.MAX_ZOOM) == pts


def test_sides_never_merge_and_a_lone_marker_stays_as_it_was():
    pts = markers(("kramatorsk", KRAMATORSK, "UA", 2), ("kramatorsk", KRAMATORSK, "RU", 1),
                  ("village", EAST_5KM, "RU", 1), ("lviv", (24.03, 49.84), "UA", 1))
    out = clusters.clustered(pts, 6.0)
    assert {(tuple(c["place_ids"]), c["side"]) for c in cluster_of(out)} == {(("kramatorsk", "village"), "RU")}
    lone = [m for m in out if "place_ids" not in m]
    assert sorted((m["place_id"], m["side"]) for m in lone) == [("kramatorsk", "UA"), ("lviv", "UA")]
    assert all(m in pts for m in lone)  # the very markers the view made, nothing added


def test_counts_add_up_and_the_count_labels_are_the_clusters_digits():
    rng = random.Random(5)
    pts = markers(*((f"p{i}", (37.5 + rng.random(), 48.5 + rng.random()), rng.choice(["RU", "UA"]), rng.randint(1, 4))
                    for i in range(60)))
    out = clusters.clustered(pts, 7.0)
    assert sum(m["n"] for m in out) == sum(m["n"] for m in pts)
    labels = clusters.count_labels(out)
    assert len(labels) == len(cluster_of(out)) > 0
    assert [lab["t"] for lab in labels] == [str(c["n"]) for c in cluster_of(out)] and all(lab["t"].isdigit() for lab in labels)
    assert cluster_of(out)[0]["s"] > max(m["s"] for m in pts if m["n"] == 1)  # grows with its claims


def test_the_same_markers_in_any_order_cluster_the_same_way():
    rng = random.Random(11)
    pts = markers(*((f"p{i:02d}", (37 + rng.random() * 2, 48 + rng.random()), rng.choice(["RU", "UA", "OTHER"]),
                     rng.randint(1, 3)) for i in range(80)))
    shuffled = pts[:]
    random.Random(2).shuffle(shuffled)
    key = lambda out: sorted(json.dumps(m, sort_keys=True) for m in out)  # noqa: E731
    assert key(clusters.clustered(pts, 6.5)) == key(clusters.clustered(shuffled, 6.5))
    assert clusters.clustered(pts, 6.5) == clusters.clustered(pts, 6.5)


def test_nothing_to_cluster():
    assert clusters.clustered([], 6.0) == []
    one = markers(("kramatorsk", KRAMATORSK, "UA", 1))
    assert clusters.clustered(one, 3.0) == one
    layers = {"points": [], "aggregated": False}
    assert clusters.clustered_layers(layers, 6.0) == {"points": [], "counts": [], "aggregated": False}
    cells = {"points": [{"p": [37.5, 48.5], "side": "UA", "n": 9}], "aggregated": True, "cell": 0.2}
    assert clusters.clustered_layers(cells, 6.0) is cells  # a grid is counted already


@given(st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["RU", "UA", "OTHER"]), st.integers(1, 30)),
                max_size=60, unique_by=lambda t: t[:2]),
       st.floats(0, 12), st.integers(0, 2**16))
def test_claims_are_kept_and_each_place_is_in_exactly_one_marker(places, zoom, seed):
    rng = random.Random(seed)
    spots = {i: (36 + rng.random() * 4, 47 + rng.random() * 3) for i in range(41)}  # some places share a point
    pts = markers(*((f"p{i}", spots[i] if rng.random() < 0.8 else spots[0], side, n) for i, side, n in places))
    out = clusters.clustered(pts, zoom)
    assert sum(m["n"] for m in out) == sum(n for _, _, n in places)
    held = [(pid, m["side"]) for m in out for pid in m.get("place_ids") or [m["place_id"]]]
    assert sorted(held) == sorted((f"p{i}", side) for i, side, _ in places)
    by_place = {(m["place_id"], m["side"]): m["n"] for m in pts}
    assert all(c["n"] == sum(by_place[(pid, c["side"])] for pid in c["place_ids"]) for c in cluster_of(out))


def dense_markers(gaz, count: int = 1000) -> list[dict]:
    """1,000 markers of single claims in Donetsk and Kharkiv oblasts, each with its sentence."""
    rng = random.Random(3)
    ids, kinds, admin1 = gaz.column("id"), gaz.column("kind"), gaz.column("admin1")
    pool = [i for i, (k, a) in enumerate(zip(kinds, admin1)) if k == "settlement" and a in ("UA-14", "UA-63")]
    lat, lon, names = gaz.column("lat"), gaz.column("lon"), gaz.column("name")
    rows = [{"place_id": ids[i], "side": rng.choice(["RU", "UA", "OTHER"]), "claim_id": f"c{j}", "map_date": "2025-05-04",
             "place_kind": "settlement", "source": "the Donetsk regional military administration",
             "sentence": f"Russian guided bombs hit a school and two houses in {names[i]} overnight, officials said.",
             "targets": "residential", "place_name": names[i], "lon": lon[i], "lat": lat[i]}
            for j, i in enumerate(rng.sample(pool, count))]
    return mapdeck.markers(pd.DataFrame(rows))


def test_a_dense_view_of_1000_markers_is_a_fraction_of_its_size_on_the_wire(gaz):
    pts = dense_markers(gaz)
    layers = {"areas": mapdeck.OUTLINES_URL, "shading": "[0, 0, 0, 0]", "points": pts, "aggregated": False}
    size = lambda z: len(mapdeck.deck(clusters.clustered_layers(layers, z), (48.6, 37.5, z)).to_json())  # noqa: E731
    flat = len(mapdeck.deck(layers, (48.6, 37.5, 6.0)).to_json())
    assert len(pts) == 1000
    assert size(6.0) < flat / 3 and size(8.0) < flat  # every place still named in a cluster's list
    assert all(size(z) < 300_000 for z in (4.2, 6.0, 7.0, 8.0))
    assert size(9.0) < flat + 1_000  # at zoom 9 nothing is merged: the same markers, an empty count layer
    spec = json.loads(mapdeck.deck(clusters.clustered_layers(layers, 6.0), (48.6, 37.5, 6.0)).to_json())
    counts = next(lay for lay in spec["layers"] if lay["id"] == "counts")
    assert counts["@@type"] == "TextLayer" and counts["data"] and all(d["t"].isdigit() for d in counts["data"])
    assert counts["getText"] == "@@=t" and not counts["pickable"]


def test_the_icon_and_the_legend_say_what_a_numbered_circle_is():
    _, mapping = mapdeck.icon_atlas()
    assert clusters.CLUSTER_ICON in mapping and mapping[clusters.CLUSTER_ICON]["mask"]
    legend = mapdeck.legend_html(12)
    assert "numbered circle" in legend and "click it to list them" in legend


UA_DONETSK = ["The Donetsk regional military administration said on 5 May 2025 that Russian drones hit a power "
              "substation in Kramatorsk.",
              "The Donetsk regional military administration said on 6 May 2025 that a Russian missile struck an "
              "apartment block in Sloviansk.",
              "The Donetsk regional military administration said on 7 May 2025 that Russian guided bombs hit a school in "
              "Druzhkivka."]
RU_KRAMATORSK = "The Russian Defence Ministry said on 6 May 2025 that its forces had struck an ammunition depot in Kramatorsk."


def stored(db, gaz, *texts):
    from geo.articles import from_text
    from geo.claims.extract import extract
    from geo.store import Store

    store = Store.open(str(db), gazetteer=gaz)
    for t in texts:
        art = from_text(t, url="https://example.org/report")
        store.add(art, extract(art))
    return store


def test_a_click_on_a_cluster_picks_the_claims_of_its_places_and_side(db, gaz):
    with stored(db, gaz, *UA_DONETSK, RU_KRAMATORSK) as store:
        pts = views.map_view(store, gaz, Filters())["layers"]["points"]
        cluster = cluster_of(clusters.clustered(pts, 7.0))[0]
        event = {"selection": {"indices": {"claims": [0]}, "objects": {"claims": [cluster]}}}
        picked = views.clicked_marker(event)
        rows = views.picked_claims(store, gaz, Filters(), picked)
    assert picked == {"place_ids": cluster["place_ids"], "side": "UA"} and len(cluster["place_ids"]) == 3
    assert rows.claim_id.nunique() == cluster["n"] == 3 and set(rows.side) == {"UA"}  # not the RU claim there
    assert set(rows.place_id) == set(cluster["place_ids"])
    assert views.clicked_marker({"selection": {"objects": {"claims": [{"place_ids": [], "side": "UA"}]}}}) is None


def test_the_map_flies_in_once_per_cluster_click_until_the_circle_opens(db, gaz):
    with stored(db, gaz, *UA_DONETSK) as store:
        pts = views.map_view(store, gaz, Filters())["layers"]["points"]
        cluster = cluster_of(clusters.clustered(pts, 6.0))[0]
        marker = {"place_ids": cluster["place_ids"], "side": "UA"}
        rows = views.picked_claims(store, gaz, Filters(), marker)
    state = {}
    lat, lon, zoom = clusters.fly_in(marker, rows, state)
    assert 48.6 < lat < 48.9 and 37.4 < lon < 37.7 and 6.0 < zoom <= clusters.MAX_ZOOM
    assert not cluster_of(clusters.clustered(pts, zoom)) or len(cluster_of(clusters.clustered(pts, zoom))[0]["place_ids"]) < 3
    assert clusters.fly_in(marker, rows, state) is None  # the user may pan away: the same click flies once
    assert clusters.fly_in(None, None, state) is None and "flown_to" not in state
    assert clusters.fly_in(marker, rows, state) is not None  # clicked again later: flies again
