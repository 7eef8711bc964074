"""The map: deck.gl layers as small as the browser can take them.

- Admin-1 outlines travel once: a static file the browser fetches and caches
  (``static/admin1.json``, served by Streamlit's static serving), not inside every rerun's
  map JSON. The per-filter shading is a short expression over the area codes.
- Claims are drawn as markers, one per place and reporting side, sized by how many claims
  they hold: the shape says what was hit (military, energy, industry, transport, civilian,
  other), the colour who reports it, a hollow marker a claim about a whole raion or oblast.
  Sides at the same place stand a few pixels apart instead of hiding each other.
- Where a side's markers would cover each other at the map's zoom, ``geo.app.clusters`` draws
  them as one numbered circle (the ``cluster`` icon, its count in a text layer above it).
- Large views come as grid cells counted in the database (``Store.grid``).
"""
from __future__ import annotations

import base64
import io
import json
import urllib.error
import urllib.request
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlsplit

import pandas as pd
import shapely.geometry
from PIL import Image, ImageDraw

from .safe import tooltip_value

ROOT = Path(__file__).resolve().parents[2]
STATIC_OUTLINES = ROOT / "static" / "admin1.json"
OUTLINES_URL = "app/static/admin1.json"
BASEMAP = "https://basemaps.cartocdn.com/gl/positron-gl-style/style.json"  # Carto, no token
# No tiles: a style with only a background, inline (Streamlit fetches Carto's when given no style).
BLANK = "data:application/json," + quote(json.dumps({"version": 8, "sources": {}, "layers": [
    {"id": "background", "type": "background", "paint": {"background-color": "#f5f5f3"}}]}, separators=(",", ":")))
DEFAULT_VIEW = (48.5, 33.0, 4.2)  # lat, lon, zoom: Ukraine and the Russian border regions, beside the detail

SIDE_COLORS = {"RU": [214, 39, 40], "UA": [31, 119, 180], "OTHER": [127, 127, 127]}  # one colour per side, everywhere
SIDE_HEX = {k: "#%02x%02x%02x" % tuple(v) for k, v in SIDE_COLORS.items()}
SIDE_LABELS = {"RU": "Russian officials", "UA": "Ukrainian officials", "OTHER": "Independent / unattributed"}
SIDE_SHORT = {"RU": "Russian officials", "UA": "Ukrainian officials", "OTHER": "Independent"}  # where space is short
# Where a side's marker stands when other sides share its place (pixels).
SIDE_OFFSETS = {"RU": [-8, 0], "UA": [8, 0], "OTHER": [0, -9]}

# Marker shapes by kind of target; a claim's shape is its first target's group.
TARGET_GROUPS = {
    "military": ["airfield", "ammunition_depot", "military_site", "air_defense", "command_post", "troops", "aircraft",
                 "missile_system", "vehicles", "drone_site"],
    "energy": ["fuel_depot", "oil_refinery", "energy"],
    "industry": ["defense_industry", "warehouse"],
    "transport": ["railway", "port", "bridge"],
    "civilian": ["residential", "civilian_infrastructure", "government", "media"],
}
GROUP_OF = {t: g for g, ts in TARGET_GROUPS.items() for t in ts}
SHAPES = {"military": "triangle", "energy": "square", "industry": "diamond", "transport": "hexagon",
          "civilian": "house", "other": "circle"}
GLYPHS = {"triangle": ("▲", "△"), "square": ("■", "□"), "diamond": ("◆", "◇"), "hexagon": ("⬢", "⬡"),
          "house": ("⌂", "⌂"), "circle": ("●", "○")}  # the legend's picture of each marker
AREA_PRECISIONS = {"admin1", "district", "oblast", "raion", "area", "country"}
ICON = 64  # atlas cell, pixels


def target_group(targets) -> str:
    """The marker group of a claim's targets ("energy,residential" -> "energy")."""
    for t in str(targets or "").split(","):
        g = GROUP_OF.get(t.strip())
        if g:
            return g
    return "other"


# -- icons --------------------------------------------------------------------------------------
def _draw(shape: str, hollow: bool):
    img = Image.new("RGBA", (ICON, ICON), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    m, c, w = 6, ICON // 2, 0 if not hollow else 9
    fill, outline = ((255, 255, 255, 255), None) if not hollow else (None, (255, 255, 255, 255))
    polys = {"triangle": [(c, m), (ICON - m, ICON - m), (m, ICON - m)],
             "diamond": [(c, m - 2), (ICON - m + 2, c), (c, ICON - m + 2), (m - 2, c)],
             "hexagon": [(c, m), (ICON - m, 20), (ICON - m, 44), (c, ICON - m), (m, 44), (m, 20)],
             "house": [(c, m), (ICON - m, 28), (ICON - m, ICON - m), (m, ICON - m), (m, 28)]}
    if shape == "cluster":  # a disc in a ring: several places, its count written on it
        d.ellipse([12, 12, ICON - 12, ICON - 12], fill=(255, 255, 255, 255))
        d.ellipse([2, 2, ICON - 2, ICON - 2], outline=(255, 255, 255, 255), width=5)
    elif shape == "circle":
        d.ellipse([m, m, ICON - m, ICON - m], fill=fill, outline=outline, width=w or 1)
    elif shape == "square":
        d.rectangle([m + 4, m + 4, ICON - m - 4, ICON - m - 4], fill=fill, outline=outline, width=w or 1)
    else:
        d.polygon(polys[shape], fill=fill, outline=outline, width=w or 1)
    return img


@lru_cache(maxsize=1)
def icon_atlas() -> tuple[str, dict]:
    """(PNG data URL, deck.gl icon mapping): a white mask per marker, tinted by side in the
    browser. Drawn here, so the map needs no icon server."""
    names = [(icon_key(g, hollow), SHAPES[g], hollow) for g in SHAPES for hollow in (False, True)]
    names.append(("cluster", "cluster", False))  # geo.app.clusters: nearby places of a side, counted
    atlas = Image.new("RGBA", (ICON * len(names), ICON), (0, 0, 0, 0))
    mapping = {}
    for i, (key, shape, hollow) in enumerate(names):
        atlas.paste(_draw(shape, hollow), (i * ICON, 0))
        mapping[key] = {"x": i * ICON, "y": 0, "width": ICON, "height": ICON, "mask": True}
    buf = io.BytesIO()
    atlas.save(buf, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode(), mapping


def icon_key(group: str, hollow: bool) -> str:
    return group + ("-area" if hollow else "")


# -- outlines -----------------------------------------------------------------------------------
def outlines(gazetteer) -> dict:
    """Admin-1 outlines for the base map, simplified for the screen and deterministic (the
    static file is this, written by ``write_outlines``). Ukraine and Belarus keep the most
    detail, Russia east of the Urals the least."""
    feats = []
    for f in sorted(gazetteer.areas_geojson("admin1")["features"], key=lambda f: f["properties"]["admin1"]):
        geom = shapely.geometry.shape(f["geometry"])
        west = geom.bounds[0]
        code = f["properties"]["admin1"]
        tol = 0.01 if code[:2] in ("UA", "BY") else 0.03 if west < 60 else 0.12
        simple = shapely.geometry.mapping(geom.simplify(tol, preserve_topology=True))
        feats.append({"type": "Feature", "geometry": {"type": simple["type"], "coordinates": _rounded(simple["coordinates"])},
                      "properties": {"admin1": code, "t_place": f["properties"]["name"]}})
    return {"type": "FeatureCollection", "features": feats}


def _rounded(coords, digits: int = 3):
    if isinstance(coords, (list, tuple)):
        return [_rounded(c, digits) for c in coords]
    return round(float(coords), digits)


def write_outlines(gazetteer, path: Path = STATIC_OUTLINES) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(outlines(gazetteer), separators=(",", ":"), sort_keys=True), encoding="utf-8")
    return path


def outlines_source(gazetteer, static_serving: bool):
    """The outlines layer's data: the static file's URL when Streamlit serves it (sent once,
    cached by the browser), else the outlines themselves."""
    if static_serving and STATIC_OUTLINES.exists():
        return OUTLINES_URL
    return outlines(gazetteer)


def shading(counts: dict[str, int]) -> str:
    """A deck.gl expression giving each admin-1 area its fill by claim count (a few hundred
    bytes where the polygons themselves would be sent again)."""
    top = max(counts.values(), default=0)
    expr = "[0, 0, 0, 0]"
    for code, n in sorted(counts.items(), key=lambda kv: kv[1]):
        if n and code.replace("-", "").replace("~", "").isalnum():
            expr = f"properties.admin1 === '{code}' ? [200, 120, 40, {int(40 + 160 * n / top)}] : {expr}"
    return expr


# -- markers ------------------------------------------------------------------------------------
# A marker carries only what differs between markers: its colour and pixel offset follow from
# its side in the browser (expressions below), and the tooltip is two strings. At 1,000 markers
# a filter change stays well under 300 KB.
COLOR_EXPR = " : ".join(f"side === '{s}' ? {c + [230]}" for s, c in SIDE_COLORS.items()) + " : [0, 0, 0, 230]"
OFFSET_EXPR = ("o ? (" + " : ".join(f"side === '{s}' ? {o}" for s, o in SIDE_OFFSETS.items()) + " : [0, 0]) : [0, 0]")


def markers(gdf) -> list[dict]:
    """One marker per place and side from claim rows (columns of ``Store.query(columns="map")``):
    the count, the latest claim, and its shape; a single claim carries its sentence."""
    if gdf.empty:
        return []
    df = pd.DataFrame(gdf.drop(columns="geometry", errors="ignore"))
    df = df.sort_values(["map_date", "claim_id"], ascending=False, na_position="last")
    groups = df.groupby(["place_id", "side"], sort=False)
    first = groups.first().reset_index()
    first["n"] = groups.claim_id.nunique().values
    sides_here = first.groupby("place_id").side.transform("nunique")
    out = []
    for r, shared in zip(first.to_dict("records"), sides_here.tolist()):
        n = int(r["n"])
        hollow = str(r.get("place_kind") or "settlement") != "settlement"
        when = (f"{n} claims, latest " if n > 1 else "") + str(r.get("map_date") or "date unknown")
        said = tooltip_value(r.get("source"), 60)
        text = f"{when} · {SIDE_LABELS.get(r['side'], r['side'])}: {said}"
        text += f" — {tooltip_value(r.get('sentence'), 120)}" if n == 1 else " — click for the claims"
        m = _marker(r["lon"], r["lat"], r["side"], n, icon_key(target_group(r.get("targets")), hollow), shared > 1)
        m.update(place_id=r["place_id"], claim_id=r["claim_id"], t_place=tooltip_value(r.get("place_name"), 60), t_text=text)
        out.append(m)
    return out


def _marker(lon, lat, side, n: int, icon: str, offset: bool) -> dict:
    m = {"p": [round(float(lon), 4), round(float(lat), 4)], "side": side, "n": n, "i": icon,
         "s": int(14 + 5 * min(40, n) ** 0.5)}
    if offset:
        m["o"] = 1
    return m


# Not grey: grey is the independent side's colour in the claims mode, and a colour means one thing.
STATUS_COLORS = {"single": [196, 170, 120], "acknowledged": [230, 145, 20], "contested": [140, 60, 170],
                 "verified": [30, 150, 80]}
STATUS_HEX = {k: "#%02x%02x%02x" % tuple(v) for k, v in STATUS_COLORS.items()}
STATUS_LABELS = {"single": "claimed by one side", "acknowledged": "both sides report it",
                 "contested": "hit claimed, interception said", "verified": "seen or verified independently"}
STATUS_EXPR = " : ".join(f"status === '{s}' ? {c + [235]}" for s, c in STATUS_COLORS.items()) + " : [0, 0, 0, 235]"


def event_markers(events) -> list[dict]:
    """One marker per event (rows of ``Store.events``), coloured by status, sized by claims."""
    out = []
    for r in events.itertuples():
        hollow = r.kind not in ("settlement", "facility")  # an area's event: no one point
        sides = ", ".join(SIDE_LABELS.get(s, s) for s in r.sides.split(",") if s)
        out.append({"p": [round(float(r.lon), 4), round(float(r.lat), 4)], "event_id": r.id, "status": r.status,
                    "i": icon_key("other", hollow), "s": int(16 + 5 * min(40, int(r.n_places)) ** 0.5),
                    "t_place": tooltip_value(r.place_name, 60),
                    "t_text": f"{r.day} · {r.status}: {STATUS_LABELS.get(r.status, '')} · reported by {sides}"})
    return out


def cell_markers(cells, cell_deg: float) -> list[dict]:
    """Markers for grid cells (columns lon, lat, side, n, place_name): counted, never single
    claims. A click gives the cell's centre; ``cell_bbox`` turns it back into the cell."""
    out = []
    for c in cells.itertuples():
        m = _marker(c.lon, c.lat, c.side, int(c.n), "other", True)
        m.update(t_place=str(c.place_name or "grid cell"),
                 t_text=f"{SIDE_LABELS.get(c.side, c.side)}: {int(c.n)} claim-places in this {cell_deg:g}° cell")
        out.append(m)
    return out


def cell_bbox(point, cell_deg: float) -> tuple[float, float, float, float]:
    """The grid cell (west, south, east, north) whose centre is ``point``."""
    half = cell_deg / 2
    return (point[0] - half, point[1] - half, point[0] + half, point[1] + half)


def candidate_layers(table, gazetteer, static_serving: bool) -> dict:
    """The Gazetteer page's map: outlines, the best candidate filled, the others hollow."""
    points = []
    for i, r in enumerate(table.head(50).itertuples()):
        m = _marker(r.lon, r.lat, "OTHER" if i else "RU", 1, icon_key("other", i > 0), False)
        m.update(s=26 if i == 0 else 16, t_place=tooltip_value(r.name, 80),
                 t_text=f"{r.kind}, {r.admin1 or r.country} · score {r.score} · {tooltip_value(r.evidence, 160)}")
        points.append(m)
    return {"areas": outlines_source(gazetteer, static_serving), "points": points}


# -- the deck ------------------------------------------------------------------------------------
CONTROLLER = {"doubleClickZoom": False}
TOOLTIP = {"html": "<b>{t_place}</b><br/>{t_text}",
           "style": {"maxWidth": "280px", "fontSize": "12px", "whiteSpace": "normal"}}


def _compact_deck_class():
    # pydeck (0.2 s) is imported only to draw a map: the CLI's brief imports this module for its colours.
    import pydeck as pdk
    from pydeck.bindings.json_tools import default_serialize

    class CompactDeck(pdk.Deck):
        """pydeck pretty-prints its JSON (indent=2), which made the map 5x larger on the wire;
        the browser needs the same JSON without the whitespace."""

        def to_json(self):
            return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))

    return CompactDeck


def basemap_problem(url: str = BASEMAP, timeout: float = 3.0) -> str | None:
    """Why the online basemap cannot be drawn (no network, the service down), or None. Asked
    only when the user turns the basemap on: the browser would otherwise fail silently."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=timeout):
            return None
    except urllib.error.HTTPError as e:
        return f"{urlsplit(url).hostname} answered {e.code}"
    except (OSError, ValueError) as e:
        reason = getattr(e, "reason", e)
        return f"{urlsplit(url).hostname or url}: {reason}"


def deck(layers: dict, view: tuple[float, float, float] = DEFAULT_VIEW, basemap: bool = False):
    """The pydeck map of ``layers`` ({"areas": URL or GeoJSON, "shading": expression,
    "points": markers, "counts": the clusters' numbers}). The areas are not pickable: a click
    must reach the markers (a pickable polygon layer under them swallowed every click in
    Chromium). ``basemap`` fetches Carto's tiles, so it is for a user who asks for it."""
    import pydeck as pdk  # imported only to draw a map (see _compact_deck_class)

    atlas, mapping = icon_atlas()
    lat, lon, zoom = view
    shade = layers.get("shading") or "[0, 0, 0, 0]"
    return _compact_deck_class()(
        layers=[
            pdk.Layer("GeoJsonLayer", layers["areas"], id="areas", filled=True, stroked=True, get_fill_color=shade,
                      update_triggers={"getFillColor": [shade]}, get_line_color=[90, 90, 90, 160],
                      line_width_min_pixels=1, pickable=False),
            pdk.Layer("IconLayer", layers["points"], id="claims", get_position="p", get_icon="i",
                      get_color=layers.get("color", COLOR_EXPR), get_size="s", size_units="'pixels'",
                      get_pixel_offset=OFFSET_EXPR, icon_atlas=f"'{atlas}'",
                      icon_mapping=mapping, pickable=True),
            # The count on each cluster (geo.app.clusters), on its side's circle; clicks go through to it.
            pdk.Layer("TextLayer", layers.get("counts") or [], id="counts", get_position="p", get_text="t",
                      get_size=12, get_color=[255, 255, 255, 255], font_weight="'bold'", get_pixel_offset=OFFSET_EXPR,
                      pickable=False),
            # The picked claim's places or event: a ring each, drawn over the markers. An icon
            # layer like the markers', so the browser reuses their shaders (compiling another
            # layer's in software WebGL cost the first map and the first click noticeably).
            pdk.Layer("IconLayer", layers.get("highlight") or [], id="picked", get_position="p", get_color="c",
                      get_icon=f"'{icon_key('other', True)}'", get_size=44, size_units="'pixels'",
                      icon_atlas=f"'{atlas}'", icon_mapping=mapping, pickable=False),
        ],
        initial_view_state=pdk.ViewState(latitude=lat, longitude=lon, zoom=zoom),
        # deck.gl holds every click ~300 ms to tell it from a double click that zooms; a click
        # here opens a claim, so it should not wait (zoom stays on the wheel, pinch and buttons).
        views=[pdk.View(type="MapView", controller=CONTROLLER)],
        map_style=BASEMAP if basemap else BLANK,
        tooltip=TOOLTIP,
    )


def event_legend_html() -> str:
    items = " ".join(f"<span style='color:{STATUS_HEX[s]}'>●</span>&nbsp;<b>{s}</b>: {STATUS_LABELS[s]}"
                     for s in STATUS_COLORS)
    return f"<div style='font-size:0.85em;line-height:1.6'>{items} · ○ hollow: a whole raion or oblast</div>"


def legend_html(max_count: int) -> str:
    """The map's legend: colours by side, shapes by target, hollow for areas, numbered circles
    for nearby places (``geo.app.clusters``), the shading."""
    sides = " ".join(f"<span style='color:{SIDE_HEX[s]}'>●</span>&nbsp;{SIDE_LABELS[s]}" for s in SIDE_COLORS)
    shapes = " ".join(f"{GLYPHS[SHAPES[g]][0]}&nbsp;{g}" for g in SHAPES)
    return (f"<div style='font-size:0.85em;line-height:1.6'>{sides}<br/>{shapes} · "
            f"{GLYPHS['circle'][1]}&nbsp;hollow: a whole raion or oblast · bigger: more claims · "
            f"◉&nbsp;numbered circle: that many claims of one side at places close together at this zoom "
            f"(click it to list them; zoom in to see each place)<br/>"
            f"<span style='background:linear-gradient(90deg,rgba(200,120,40,0.16),rgba(200,120,40,0.8));"
            f"padding:0 2.5em'></span>&nbsp;oblast shading: claim-places, 1 to {max_count:,}</div>")
