"""The daily brief's map: an inline SVG of the gazetteer's admin-1 outlines with one dot per
place and reporting side, coloured by side and sized by claims (``brief``'s map section).

A mailed page fetches nothing, so the map is drawn here, from the outlines already bundled, with
shapely. Its size is bounded: the outlines are simplified to the drawing's resolution, and dots
beyond ``MAX_DOTS`` are merged on a pixel grid.
"""
from __future__ import annotations

import math
from functools import lru_cache
from html import escape

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import shape

from .labels import plural
from .mapdeck import SIDE_COLORS, SIDE_LABELS

THEATRE = (22.0, 44.0, 41.5, 54.0)  # west, south, east, north: Ukraine, Belarus, Russia's border regions
WIDEST = (14.0, 40.0, 62.0, 62.0)  # the map grows to show dots up to here (the Volga, the Urals)
WIDTH = 760  # SVG user units (pixels on screen)
MAX_DOTS = 1500  # above this many place-side dots, nearby places are merged


# -- the frame -------------------------------------------------------------------------------------
class Frame:
    """The map's extent and its projection to SVG units: longitude scaled by the cosine of the
    middle latitude (a plate carrée that keeps shapes right at this size)."""

    def __init__(self, extent: tuple[float, float, float, float]):
        self.extent = extent
        west, south, east, north = extent
        self.kx = math.cos(math.radians((south + north) / 2))
        self.k = WIDTH / ((east - west) * self.kx)
        self.height = round((north - south) * self.k)

    def xy(self, lon, lat):
        west, _, _, north = self.extent
        return (lon - west) * self.kx * self.k, (north - lat) * self.k

    def inside(self, lon, lat):
        west, south, east, north = self.extent
        return (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)


def frame_for(places: pd.DataFrame) -> Frame:
    """The theatre, grown to the dots (up to ``WIDEST``), half a degree around them."""
    w, s, e, n = THEATRE
    if len(places):
        lo, hi = WIDEST[:2], WIDEST[2:]
        inside = places[(places.lon >= lo[0]) & (places.lon <= hi[0]) & (places.lat >= lo[1]) & (places.lat <= hi[1])]
        if len(inside):
            w, s = min(w, inside.lon.min() - 0.5), min(s, inside.lat.min() - 0.5)
            e, n = max(e, inside.lon.max() + 0.5), max(n, inside.lat.max() + 0.5)
    return Frame((max(w, WIDEST[0]), max(s, WIDEST[1]), min(e, WIDEST[2]), min(n, WIDEST[3])))


def map_section(gazetteer, places: pd.DataFrame) -> str:
    frame = frame_for(places)
    dots, note = _dots(places, frame)
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {WIDTH} {frame.height}' role='img' "
           f"aria-label='Map of the claims'><rect width='{WIDTH}' height='{frame.height}' class='bg'/>"
           f"{outline_paths(gazetteer, frame.extent)}{dots}</svg>")
    legend = " ".join(f"<span class='{s}'>●</span> {SIDE_LABELS[s]}" for s in SIDE_COLORS)
    return (f"<section class='map'><h2>Map</h2>{svg}<p class='legend'>{legend} · one dot per place and side, "
            f"bigger for more claims; a ring: a claim about a whole district or region.{note}</p></section>")


@lru_cache(maxsize=8)
def outline_paths(gazetteer, extent: tuple[float, float, float, float]) -> str:
    """The admin-1 outlines inside ``extent`` as SVG paths, clipped and simplified to about
    a unit of the drawing (the page's size is set by the dots, not the coastline)."""
    frame = Frame(extent)
    box = shapely.box(*extent)
    out = []
    for f in sorted(gazetteer.areas_geojson("admin1")["features"], key=lambda f: f["properties"]["admin1"]):
        geom = shape(f["geometry"])
        if not geom.intersects(box):
            continue
        geom = shapely.clip_by_rect(geom, *extent).simplify(0.7 / frame.k, preserve_topology=True)
        d = _path(geom, frame)
        if d:
            code, name = f["properties"]["admin1"], f["properties"]["name"]
            out.append(f"<path class='c{escape(code[:2])}' d='{d}'><title>{escape(name)}</title></path>")
    return "".join(out)


def _path(geom, frame: Frame) -> str:
    """SVG path data of a (multi)polygon: each ring a move and relative lines in whole units
    (steps between rounded points, so no error adds up; a point on the last one is dropped)."""
    rings = []
    for poly in getattr(geom, "geoms", [geom]):
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        for ring in (poly.exterior, *poly.interiors):
            lonlat = np.asarray(ring.coords)[:-1]
            xy = np.rint(np.column_stack(frame.xy(lonlat[:, 0], lonlat[:, 1]))).astype(int)
            steps = np.diff(xy, axis=0)
            steps = steps[(steps != 0).any(axis=1)]
            if len(steps) >= 2:
                rings.append(f"M{xy[0, 0]} {xy[0, 1]}l" + " ".join(f"{dx} {dy}" for dx, dy in steps) + "z")
    return "".join(rings)


def _dots(places: pd.DataFrame, frame: Frame) -> tuple[str, str]:
    """SVG circles, one per place and side (biggest first, so small ones stay visible), and a
    note of what the map could not show as such."""
    if places.empty:
        return "", ""
    inside = frame.inside(places.lon, places.lat)
    outside = places[~inside].place_id.nunique()
    d = places[inside].copy()
    d["x"], d["y"] = frame.xy(d.lon, d.lat)
    d["key"] = d.place_id
    note = f" {plural(outside, 'place')} beyond the map's edge not drawn." if outside else ""
    if len(d) > MAX_DOTS:
        d, cell = _merged(d)
        note += f" Places closer than {cell} units are drawn as one dot (a view of many places)."
    d = d.sort_values(["n", "key", "side"], ascending=[False, True, True])
    shared = d.groupby("key").side.transform("nunique") > 1
    return "".join(_circle(r, s) for r, s in zip(d.itertuples(), shared)), note


def _merged(d: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Dots on a pixel grid, coarser until at most ``MAX_DOTS``: each cell and side one dot at
    its claims' mean position, named after its biggest place."""
    cell = 4
    while True:
        g = d.assign(gx=(d.x // cell).astype(int), gy=(d.y // cell).astype(int), wx=d.x * d.n, wy=d.y * d.n)
        g = g.sort_values("n", ascending=False).groupby(["gx", "gy", "side"], as_index=False).agg(
            n=("n", "sum"), wx=("wx", "sum"), wy=("wy", "sum"), name=("name", "first"), kind=("kind", "first"),
            places=("place_id", "size"))
        if len(g) <= MAX_DOTS:
            g["x"], g["y"], g["key"] = g.wx / g.n, g.wy / g.n, g.gx.astype(str) + "," + g.gy.astype(str)
            g["name"] = [n if k == 1 else f"{n} and {k - 1} places near" for n, k in zip(g.name, g.places)]
            return g, cell
        cell *= 2


OFFSETS = {"RU": (-4, 0), "UA": (4, 0), "OTHER": (0, -4.5)}  # sides sharing a place stand apart


def _circle(r, shared: bool) -> str:
    dx, dy = OFFSETS.get(r.side, (0, 0)) if shared else (0, 0)
    radius = 3 + math.sqrt(min(int(r.n), 200))
    ring = " a" if str(r.kind or "settlement") not in ("settlement", "facility") else ""
    side = r.side if r.side in SIDE_COLORS else "OTHER"
    what = f"{escape(str(r.name))}: {plural(int(r.n), 'claim')} ({SIDE_LABELS.get(side)})"
    return (f"<circle class='{side}{ring}' cx='{r.x + dx:.1f}' cy='{r.y + dy:.1f}' r='{radius:.1f}'>"
            f"<title>{what}</title></circle>")
