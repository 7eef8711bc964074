"""What the dashboard shows, as plain functions of the store's data (the pages only lay it out).

- ``Filters``: the sidebar state, to and from the URL query string (a view can be shared).
- ``summary``, ``timeline``: metrics and claims per day by side.
- ``map_layers`` / ``deck``: the pydeck map: admin-1 outlines (always, so the map reads offline),
  oblasts shaded by claim count, and claim points coloured by side, aggregated per place when
  there are many; tooltips carry only escaped text.
- ``claim_detail``: a claim's sentence highlighted in its paragraph, escaped.
- ``ensure_samples``: loads the bundled sample articles into an empty store on first start.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .safe import link, md, tooltip_value

__all__ = ["SIDE_COLORS", "SIDE_LABELS", "Filters", "claim_detail", "deck", "ensure_samples", "link", "map_layers", "md",
           "summary", "timeline"]

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
SIDE_COLORS = {"RU": [214, 39, 40], "UA": [31, 119, 180], "OTHER": [127, 127, 127]}  # one colour per side, everywhere
SIDE_HEX = {k: "#%02x%02x%02x" % tuple(v) for k, v in SIDE_COLORS.items()}
SIDE_LABELS = {"RU": "Russian officials", "UA": "Ukrainian officials", "OTHER": "Independent / unattributed"}
BASEMAP = "https://basemaps.cartocdn.com/gl/positron-gl-style/style.json"  # Carto, no token
MAX_POINTS = 4000  # above this, points are aggregated per place


@dataclass
class Filters:
    since: date | None = None
    until: date | None = None
    sides: list[str] = field(default_factory=lambda: ["RU", "UA", "OTHER"])
    attackers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    text: str = ""
    problems: list[str] = field(default_factory=list, compare=False)  # what the link got wrong

    def query_args(self) -> dict:
        return {"since": self.since, "until": self.until, "sides": self.sides or ["__none__"],
                "attackers": self.attackers or None, "targets": self.targets or None, "text": self.text or None}

    def to_params(self) -> dict[str, str]:
        """For st.query_params: only what differs from the defaults."""
        out = {}
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        if sorted(self.sides) != ["OTHER", "RU", "UA"]:
            out["side"] = ",".join(self.sides)
        if self.attackers:
            out["attacker"] = ",".join(self.attackers)
        if self.targets:
            out["target"] = ",".join(self.targets)
        if self.text:
            out["q"] = self.text
        return out

    @classmethod
    def from_params(cls, params) -> "Filters":
        """From a query string. Anything malformed falls back to the default, and ``problems``
        says what was ignored, so a page can tell the user instead of showing nothing."""
        from ..claims.vocab import TARGETS

        problems: list[str] = []

        def day(key):
            raw = params.get(key)
            if not raw:
                return None
            try:
                return date.fromisoformat(str(raw)[:10])
            except (TypeError, ValueError):
                problems.append(f"'{key}={str(raw)[:40]}' in the link is not a date (YYYY-MM-DD); ignored.")
                return None

        def items(key, allowed: dict[str, str], what: str):
            raw = str(params.get(key) or "")
            out = []
            for v in (v.strip() for v in raw.split(",") if v.strip()):
                known = allowed.get(v.casefold())
                if known is None:
                    problems.append(f"Unknown {what} '{v[:40]}' in the link; ignored (known: {', '.join(sorted(set(allowed.values())))}).")
                elif known not in out:
                    out.append(known)
            return out

        sides = items("side", {s.casefold(): s for s in SIDE_COLORS}, "side") if params.get("side") is not None else list(SIDE_COLORS)
        if not sides:
            sides = list(SIDE_COLORS)
        targets = {t.casefold(): t for t in TARGETS} | {t.replace("_", " ").casefold(): t for t in TARGETS}
        since, until = day("since"), day("until")
        if since and until and since > until:
            problems.append(f"The link's dates run backwards ({since} to {until}); swapped.")
            since, until = until, since
        return cls(since=since, until=until, sides=sides,
                   attackers=items("attacker", {a.casefold(): a for a in ("RU", "UA", "unknown")}, "attacker"),
                   targets=items("target", targets, "target type"), text=str(params.get("q") or "")[:200],
                   problems=problems)


def initial_window(filters: Filters, lo: date, hi: date, since0: date, until0: date) -> tuple[date, date]:
    """The date slider's first window: the link's dates, kept inside the store's range."""
    since = min(max(lo, filters.since or since0), hi)
    until = max(min(hi, filters.until or until0), since)
    return since, until


def summary(gdf) -> dict:
    """Metrics: claims, places, articles, and claims per side."""
    if gdf.empty:
        return {"claims": 0, "places": 0, "articles": 0, "by_side": {s: 0 for s in SIDE_COLORS}}
    claims = gdf.drop_duplicates("claim_id")
    return {"claims": len(claims), "places": gdf.place_id.nunique(), "articles": claims.article_id.nunique(),
            "by_side": {s: int((claims.side == s).sum()) for s in SIDE_COLORS}}


def timeline(gdf):
    """Claims per day (map date) and side, one column per side."""
    import pandas as pd

    if gdf.empty:
        return pd.DataFrame(columns=list(SIDE_COLORS))
    claims = gdf.drop_duplicates("claim_id")
    claims = claims[claims.map_date.notna()]
    table = claims.groupby(["map_date", "side"]).size().unstack(fill_value=0)
    for s in SIDE_COLORS:
        if s not in table:
            table[s] = 0
    table.index = pd.to_datetime(table.index)
    return table[list(SIDE_COLORS)]


def _tooltip_text(row) -> dict:
    # Streamlit escapes every value it puts into the tooltip's HTML template.
    return {"t_side": SIDE_LABELS.get(row["side"], str(row["side"])),
            "t_source": tooltip_value(row.get("source"), 120),
            "t_place": tooltip_value(row.get("place_name"), 120),
            "t_date": str(row.get("map_date") or "date unknown"),
            "t_sentence": tooltip_value(row.get("sentence"), 240)}


TOOLTIP = {"html": "<b>{t_place}</b> &middot; {t_date}<br/><b>{t_side}</b>: {t_source}<br/><i>{t_sentence}</i>",
           "style": {"maxWidth": "420px", "fontSize": "12px"}}


def _areas_layer(gazetteer, counts: dict[str, int]) -> dict:
    """Admin-1 areas, each with an outline and a fill shaded by its claim count (one layer, so
    the polygons travel to the browser once)."""
    top = max(counts.values(), default=1)
    feats = []
    for f in gazetteer.areas_geojson("admin1")["features"]:
        code = f["properties"]["admin1"]
        n = counts.get(code, 0)
        name = f["properties"]["name"]
        feats.append({"type": "Feature", "geometry": f["geometry"],
                      "properties": {"admin1": code, "claims": n, "fill": [200, 120, 40, int(40 + 160 * n / top) if n else 0],
                                     "t_place": name, "t_date": f"{n} claim-places", "t_side": "", "t_source": "", "t_sentence": ""}})
    return {"type": "FeatureCollection", "features": feats}


def map_layers(gdf, gazetteer, max_points: int = MAX_POINTS) -> dict:
    """Layer data from claim rows: areas shaded by claim count and one point per claim-place
    (grid cells per side when there are more than ``max_points``)."""
    counts: dict[str, int] = {}
    if not gdf.empty:
        per_admin1 = gdf.groupby("admin1").size()  # claim-places, as Store.per_admin1 counts them
        counts = {str(k): int(v) for k, v in per_admin1.items() if k}
    aggregated = len(gdf) > max_points
    if aggregated:
        cell = 0.1
        while True:
            cells = gdf.assign(gx=(gdf.lon // cell), gy=(gdf.lat // cell)).groupby(["gx", "gy", "side"]).agg(
                n=("claim_id", "nunique"), place_name=("place_name", "first")).reset_index()
            if len(cells) <= max_points:
                break
            cell *= 2
        cells["lon"], cells["lat"] = (cells.gx + 0.5) * cell, (cells.gy + 0.5) * cell
        points = grid_points(cells)
    else:
        points = []
        for row in gdf.to_dict("records"):
            d = {"lon": float(row["lon"]), "lat": float(row["lat"]), "side": row["side"],
                 "color": SIDE_COLORS.get(row["side"], [0, 0, 0]) + [200], "radius": 4000, "claim_id": row["claim_id"]}
            d.update(_tooltip_text(row))
            points.append(d)
    return {"areas": _areas_layer(gazetteer, counts), "points": points, "aggregated": aggregated}


def grid_points(cells) -> list[dict]:
    """Map points for grid cells (columns lon, lat, side, n, place_name)."""
    return [{"lon": round(float(c.lon), 4), "lat": round(float(c.lat), 4), "side": c.side, "n": int(c.n),
             "color": SIDE_COLORS.get(c.side, [0, 0, 0]) + [190], "radius": 3000 + 2000 * min(25, int(c.n)) ** 0.5,
             "t_place": f"{c.place_name} (grid cell)", "t_date": f"{int(c.n)} claim-places",
             "t_side": SIDE_LABELS.get(c.side, str(c.side)), "t_source": "", "t_sentence": ""}
            for c in cells.itertuples()]


def map_view(store, gazetteer, filters: "Filters", max_points: int = MAX_POINTS) -> dict:
    """Everything the map page shows for a filter. Small views fetch their rows; large views
    are counted and gridded in the database, so a store of 100,000 claims draws as fast as a
    small one, and only the latest claims are fetched for the detail picker."""
    args = filters.query_args()
    stats = store.summary(**args)
    if stats["rows"] <= max_points:
        gdf = store.query(**args, columns="map")
        return {"rows": gdf, "summary": summary(gdf), "timeline": timeline(gdf),
                "layers": map_layers(gdf, gazetteer, max_points), "total_rows": len(gdf)}
    import pandas as pd

    # One grid query at a cell sized for the number of rows; coarser cells are merged from it
    # without going back to the database.
    cell, k = 0.1 * (1 if stats["rows"] <= 2 * max_points else 2 if stats["rows"] <= 8 * max_points else 4), 1
    fine = store.grid(cell, **args)
    cells = fine
    while len(cells) > max_points:
        k *= 2
        cells = (fine.assign(gx=fine.gx // k, gy=fine.gy // k).groupby(["gx", "gy", "side"], as_index=False)
                 .agg(n=("n", "sum"), place_name=("place_name", "first")))
        cells["lon"], cells["lat"] = (cells.gx + 0.5) * cell * k, (cells.gy + 0.5) * cell * k

    days = store.per_day(**args)
    table = days.pivot_table(index="map_date", columns="side", values="n", aggfunc="sum", fill_value=0) if len(days) else pd.DataFrame()
    for s in SIDE_COLORS:
        if s not in table:
            table[s] = 0
    return {"rows": store.latest(300, **args),
            "summary": {"claims": stats["claims"], "places": stats["places"], "articles": None,
                        "by_side": {s: int(stats["by_side"].get(s, 0)) for s in SIDE_COLORS}},
            "timeline": table[list(SIDE_COLORS)],
            "layers": {"areas": _areas_layer(gazetteer, store.per_admin1(**args)), "points": grid_points(cells),
                       "aggregated": True},
            "total_rows": stats["rows"]}


def _compact_deck_class():
    import json

    import pydeck as pdk
    from pydeck.bindings.json_tools import default_serialize

    class CompactDeck(pdk.Deck):
        """pydeck pretty-prints its JSON (indent=2), which made the areas layer 5x larger on the
        wire; the browser needs the same JSON without the whitespace."""

        def to_json(self):
            return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))

    return CompactDeck


def deck(layers: dict, view: tuple[float, float, float] = (48.5, 33.0, 4.6), basemap: bool = True):
    import pydeck as pdk

    lat, lon, zoom = view
    return _compact_deck_class()(
        layers=[
            pdk.Layer("GeoJsonLayer", layers["areas"], id="areas", filled=True, stroked=True,
                      get_fill_color="properties.fill", get_line_color=[90, 90, 90, 160], line_width_min_pixels=1,
                      pickable=True),
            pdk.Layer("ScatterplotLayer", layers["points"], id="claims", get_position=["lon", "lat"],
                      get_fill_color="color", get_radius="radius", radius_min_pixels=5, radius_max_pixels=30,
                      pickable=True, stroked=True, get_line_color=[255, 255, 255], line_width_min_pixels=1),
        ],
        initial_view_state=pdk.ViewState(latitude=lat, longitude=lon, zoom=zoom),
        map_style=BASEMAP if basemap else None,
        tooltip=TOOLTIP,
    )


def claim_detail(row, body: str | None) -> str:
    """HTML of the claim's paragraph with its sentence marked; all text escaped."""
    if not body:
        return f"<mark>{md(row['sentence'])}</mark>"
    start, end = int(row["start"]), int(row["end"])
    p_start = body.rfind("\n\n", 0, start)
    p_start = 0 if p_start < 0 else p_start + 2
    p_end = body.find("\n\n", end)
    p_end = len(body) if p_end < 0 else p_end
    return md(body[p_start:start]) + "<mark>" + md(body[start:end]) + "</mark>" + md(body[end:p_end])


def highlight_places(body: str, places: list[dict]) -> str:
    """The article body as escaped HTML with its place mentions marked (for the Add page)."""
    out, pos = [], 0
    for p in sorted(places, key=lambda p: p["start"]):
        if p["start"] < pos:
            continue
        title = md(f"{p['name']} ({p['kind']}, {p.get('admin1') or p.get('country')})")
        out.append(md(body[pos:p["start"]]))
        out.append(f"<mark title=\"{title}\">{md(body[p['start']:p['end']])}</mark>")
        pos = p["end"]
    out.append(md(body[pos:]))
    return "".join(out).replace("\n\n", "<br/><br/>")


def claims_table(extraction: dict):
    """The extracted claims as a table for review before saving."""
    import pandas as pd

    rows = [{"side": c["side"], "source": c["source"], "attacker": c["attacker"], "date": c["date"] or c.get("date_text"),
             "places": ", ".join(c["places"]), "targets": ", ".join(c["targets"]), "weapons": ", ".join(c["weapons"]),
             "killed": c["casualties"].get("killed"), "wounded": c["casualties"].get("wounded"),
             "sentence": c["sentence"]} for c in extraction["claims"]]
    return pd.DataFrame(rows)


def place_candidates(query: str, gazetteer):
    """Rows for the Gazetteer page: the resolved place and its alternatives, with scores."""
    import pandas as pd

    from ..places.geoparse import resolve_name

    mention, cands = resolve_name(query, gazetteer)
    rows = [{"name": c.place.name, "kind": c.place.kind, "country": c.place.country, "admin1": c.place.admin1,
             "lat": c.place.lat, "lon": c.place.lon, "precision": c.place.precision, "score": round(c.score, 2),
             "evidence": "; ".join(c.evidence), "id": c.place.id} for c in cands]
    return mention, pd.DataFrame(rows)


def claim_rows(gdf):
    """One row per claim (places joined), for the Claims table."""
    import pandas as pd

    if gdf.empty:
        return pd.DataFrame(columns=["claim_id", "date", "side", "source", "attacker", "places", "targets", "sentence"])
    places = gdf.groupby("claim_id").place_name.agg(lambda s: ", ".join(dict.fromkeys(s)))
    claims = gdf.drop_duplicates("claim_id").set_index("claim_id")
    out = pd.DataFrame({"date": claims.map_date, "side": claims.side, "source": claims.source,
                        "attacker": claims.attacker, "places": places, "targets": claims.targets,
                        "corrected": claims.corrected.astype(bool), "sentence": claims.sentence})
    return out.reset_index().sort_values(["date", "claim_id"], na_position="last")


def claim_label(table, claim_id: str) -> str:
    r = table[table.claim_id == claim_id].iloc[0]
    return f"{r['date'] or 'undated'} · {r['side']} · {r['places']} · {str(r['source'])[:50]}"


def correction_value(field: str, value: str, gazetteer):
    """A correction typed by a user -> the value Store.correct takes (a place name is resolved)."""
    value = (value or "").strip()
    if field == "place":
        from ..places.geoparse import resolve_name

        mention, _ = resolve_name(value, gazetteer)
        if mention is None:
            raise ValueError(f"no place called {value!r} in the gazetteer")
        return mention.place.id
    if field == "side":
        return value.upper()
    if field == "attacker":
        return value.upper() or None
    if field == "date":
        from datetime import date

        return date.fromisoformat(value) if value else None
    return value


def read_upload(name: str, data: bytes, published=None) -> list:
    """Articles of an uploaded file, through the same readers as files on disk."""
    import tempfile
    from pathlib import Path

    from ..articles import read_articles

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / Path(name).name
        path.write_bytes(data)
        return read_articles(path, published)


def geojson_text(fc: dict) -> str:
    import json

    return json.dumps(fc, ensure_ascii=False, separators=(",", ":"))


def ensure_samples(store, folder: Path = SAMPLES) -> int:
    """Load the bundled sample articles into an empty store; returns how many were added."""
    if store.counts()["articles"]:
        return 0
    from ..store.ingest import ingest

    return ingest(store, [str(folder)], progress=False).added


def advance_window(window: tuple[date, date], step_days: int, lo: date, hi: date) -> tuple[date, date]:
    """The play control's next window: the same width, ``step_days`` later, wrapping to the start."""
    width = window[1] - window[0]
    start = window[0] + timedelta(days=int(step_days))
    if start + width > hi:
        start = lo
    return start, min(hi, start + width)


LARGE_STORE = 20_000  # claims; a larger store opens on its latest 90 days


def default_window(store) -> tuple[date, date, date, date]:
    """(first day, last day, default since, default until) for the date slider."""
    lo, hi = store.date_range()
    if lo is None:
        today = date.today()
        return today - timedelta(days=30), today, today - timedelta(days=30), today
    since = max(lo, hi - timedelta(days=90)) if store.counts()["claims"] > LARGE_STORE else lo
    return lo, hi, since, hi
