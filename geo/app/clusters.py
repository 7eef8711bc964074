"""Nearby markers of one side drawn as one numbered circle at the zoom the map is drawn at.

At zoom 5 to 7 the hundreds of places claimed in Donetsk or Kharkiv oblast overlap into a blob
in which no marker can be read or clicked. Before the map is drawn, markers of the same side
closer on screen than ``RADIUS_PX`` are merged, greedily and biggest first as supercluster does,
into a circle that says how many claims it holds and lists its places, so that a click can list
their claims without computing the clusters again. Sides never merge: a colour means one side.

Python knows the zoom: the page's script reports every pan and zoom (``geo.app.focus``), so the
clusters follow the map; from ``MAX_ZOOM`` on, or where nothing overlaps, markers stay as they are.
"""
from __future__ import annotations

import math

import numpy as np

from .focus import focus_on
from .mapdeck import SIDE_LABELS

RADIUS_PX = 34  # about a marker's width: closer markers of a side cover each other
MAX_ZOOM = 9.0  # a town and its villages apart: from here on every place is its own marker
CLUSTER_ICON = "cluster"  # mapdeck's icon atlas draws it (a disc in a ring)
MAX_PASSES = 8  # merged circles may overlap each other again; a few passes settle them


def screen_xy(lon, lat, zoom: float) -> np.ndarray:
    """Web Mercator pixel coordinates (x, y) at ``zoom``: the world is 256 * 2**zoom pixels wide."""
    world = 256.0 * 2.0 ** zoom
    lam = np.radians(np.asarray(lon, dtype=float))
    phi = np.radians(np.clip(np.asarray(lat, dtype=float), -85.05, 85.05))  # Mercator's edge
    x = (lam + math.pi) / (2 * math.pi) * world
    y = (1 - np.log(np.tan(math.pi / 4 + phi / 2)) / math.pi) / 2 * world
    return np.column_stack([x, y])


def _one_pass(xy: np.ndarray, w: np.ndarray, radius: float) -> np.ndarray:
    """Each point's group (0..k-1): the biggest point not yet taken takes every free point
    within ``radius`` of it (ties by index, so the same input always groups the same way).
    Points are looked up in squares of ``radius``, so only a seed's own and the eight squares
    around it are measured: 1,000 markers group in about 3 ms (numpy calls per seed took 12 ms)."""
    pts = xy.tolist()
    squares: dict[tuple[int, int], list[int]] = {}
    for j, (x, y) in enumerate(pts):
        squares.setdefault((int(x // radius), int(y // radius)), []).append(j)
    label = [-1] * len(pts)
    for i in np.lexsort((np.arange(len(w)), -w)).tolist():
        if label[i] >= 0:
            continue
        label[i] = i
        x, y = pts[i]
        sx, sy = int(x // radius), int(y // radius)
        for j in (j for gx in (sx - 1, sx, sx + 1) for gy in (sy - 1, sy, sy + 1) for j in squares.get((gx, gy), ())):
            if label[j] < 0 and (pts[j][0] - x) ** 2 + (pts[j][1] - y) ** 2 < radius * radius:
                label[j] = i
    return np.unique(np.array(label), return_inverse=True)[1]


def group(xy: np.ndarray, weights, radius: float = RADIUS_PX) -> np.ndarray:
    """The group of each point (0..k-1): points within ``radius`` of a bigger one join it, and
    the groups, at their weighted centres, are merged again until none is within ``radius`` of
    another (one pass can leave two circles overlapping)."""
    w = np.asarray(weights, dtype=float)
    member = np.arange(len(w))
    centres, totals = np.asarray(xy, dtype=float), w
    for _ in range(MAX_PASSES):
        label = _one_pass(centres, totals, radius)
        k = label.max() + 1 if len(label) else 0
        if k == len(totals):
            break
        member = label[member]
        totals_new = np.bincount(label, weights=totals, minlength=k)
        centres = np.column_stack([np.bincount(label, weights=totals * centres[:, j], minlength=k)
                                   for j in (0, 1)]) / totals_new[:, None]
        totals = totals_new
    return member


def clustered(points: list[dict], zoom: float, radius_px: float = RADIUS_PX) -> list[dict]:
    """The markers of a view (``mapdeck.markers``) as the map at ``zoom`` should draw them: a
    side's markers that overlap there become one cluster marker (``cluster_marker``); a marker
    alone stays as it is, and so does every marker from ``MAX_ZOOM`` on."""
    if zoom >= MAX_ZOOM or len(points) < 2:
        return points
    singles, merged = [], []
    for side in sorted({p["side"] for p in points}):
        mine = sorted((p for p in points if p["side"] == side), key=lambda p: (-p["n"], p["place_id"]))
        xy = screen_xy([p["p"][0] for p in mine], [p["p"][1] for p in mine], zoom)
        groups: dict[int, list[dict]] = {}
        for marker, g in zip(mine, group(xy, [p["n"] for p in mine], radius_px).tolist()):
            groups.setdefault(g, []).append(marker)  # biggest first, as ``mine``
        for members in groups.values():
            (singles if len(members) == 1 else merged).append(members)
    if not merged:
        return points
    alone = {id(m[0]) for m in singles}
    big_first = sorted((cluster_marker(m) for m in merged), key=lambda c: (-c["n"], c["place_ids"][0]))
    return [p for p in points if id(p) in alone] + big_first  # small circles drawn over big ones


def cluster_marker(members: list[dict]) -> dict:
    """One marker for several of a side's markers (biggest first): at their claim-weighted
    centre, sized by claims, a numbered circle whose tooltip says what it holds and whose
    ``place_ids`` a click lists."""
    n = sum(m["n"] for m in members)
    lon = sum(m["p"][0] * m["n"] for m in members) / n
    lat = sum(m["p"][1] * m["n"] for m in members) / n
    side, k = members[0]["side"], len(members)
    return {"p": [round(lon, 4), round(lat, 4)], "side": side, "n": n, "i": CLUSTER_ICON, "o": 1,
            "s": int(min(64, 28 + 6 * math.log2(n))), "place_ids": [m["place_id"] for m in members],
            "t_place": _names(members),
            "t_text": f"{n} claims at {k} places ({SIDE_LABELS.get(side, side)}) — click to list them and zoom in"}


def _names(members: list[dict], most: int = 3) -> str:
    """A cluster's tooltip heading: its biggest places by name (tooltip text already), and how
    many more."""
    names = ", ".join(m["t_place"] for m in members[:most])
    more = len(members) - most
    return names + (f" and {more} more place{'s' if more > 1 else ''}" if more > 0 else "")


def count_labels(points: list[dict]) -> list[dict]:
    """The numbers drawn on the clusters (a text layer's data: digits only, so deck.gl's default
    characters draw them; the side and offset place each number on its own side's circle)."""
    return [{"p": p["p"], "side": p["side"], "o": 1, "t": str(p["n"])} for p in points if "place_ids" in p]


def clustered_layers(layers: dict, zoom: float) -> dict:
    """A claims map's layers (``views.map_view``) as drawn at ``zoom``: its markers clustered,
    with their counts. A grid of cells, counted in the database already, is left as it is."""
    if layers.get("aggregated"):
        return layers
    points = clustered(layers["points"], zoom)
    return layers | {"points": points, "counts": count_labels(points)}


def fly_in(marker: dict | None, rows, state) -> tuple[float, float, float] | None:
    """Where the map flies when a cluster is clicked: to its places (``rows``, their claims),
    at least close enough for the circle to open. Once per click: the click stays in the
    chart's selection across reruns, and the user may pan away after it (``state``, the
    session's, remembers the cluster flown to). None when nothing is to move."""
    if not (marker and marker.get("place_ids")) or rows is None or rows.empty:
        state.pop("flown_to", None)
        return None
    if state.get("flown_to") == marker:
        return None
    state["flown_to"] = marker
    places = rows.groupby("place_id").agg(lon=("lon", "first"), lat=("lat", "first"), n=("claim_id", "nunique"))
    lat, lon, zoom = focus_on(zip(places.lon, places.lat), most=MAX_ZOOM)
    return lat, lon, expansion_zoom(places.lon, places.lat, places.n, zoom)


def expansion_zoom(lon, lat, n, zoom: float) -> float:
    """The first zoom from ``zoom`` on, in half steps, at which these places are no longer one
    circle (fitting them on the screen may not be enough to open it), at most ``MAX_ZOOM``."""
    while zoom < MAX_ZOOM and group(screen_xy(lon, lat, zoom), n).max() == 0:
        zoom = min(MAX_ZOOM, zoom + 0.5)
    return round(float(zoom), 2)
