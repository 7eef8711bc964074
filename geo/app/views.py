"""What the map page shows for a filter, computed from the store: counts, the map's layers,
the timeline, the claims behind a clicked marker, the latest claims, the table by oblast and
week. Plain functions of (store, gazetteer, filters), cached by ``geo.app.ui``."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pandas as pd

from ..store import rollups
from . import mapdeck
from .mapdeck import SIDE_COLORS, SIDE_LABELS
from .tables import claim_rows

MAX_POINTS = 1000  # markers (place x side); above this many, claims are counted on a grid


def summary(gdf, placeless: dict[str, int] | None = None) -> dict:
    """Metrics from claim rows: claims (with those that name no place), places, per side."""
    claims = gdf.drop_duplicates("claim_id") if not gdf.empty else None
    by_side = {s: int((claims.side == s).sum()) if claims is not None else 0 for s in SIDE_COLORS}
    return _summary(0 if claims is None else len(claims), 0 if claims is None else gdf.place_id.nunique(), by_side,
                    placeless or {})


def _summary(on_map: int, places: int, by_side: dict, placeless: dict) -> dict:
    n_placeless = sum(placeless.values())
    return {"claims": on_map + n_placeless, "on_map": on_map, "placeless": n_placeless, "places": places,
            "by_side": {s: int(by_side.get(s, 0)) + int(placeless.get(s, 0)) for s in SIDE_COLORS}}


def per_day(gdf) -> pd.DataFrame:
    """Claims per map date and side (columns map_date, side, n) from claim rows."""
    if gdf.empty:
        return pd.DataFrame(columns=["map_date", "side", "n"])
    claims = gdf.drop_duplicates("claim_id")
    claims = claims[claims.map_date.notna()]
    out = claims.groupby(["map_date", "side"]).size().rename("n").reset_index()
    out["map_date"] = pd.to_datetime(out.map_date)
    return out


def binned(days: pd.DataFrame) -> pd.DataFrame:
    """Per-day counts for the timeline, in weeks when they span more than four months (the
    chart stays a few hundred bars whatever the store holds)."""
    if days.empty:
        return pd.DataFrame({"start": pd.Series(dtype="datetime64[ns]"), "side": pd.Series(dtype=str),
                             "claims": pd.Series(dtype=int), "label": pd.Series(dtype=str)})
    d = days.copy()
    d["map_date"] = pd.to_datetime(d.map_date)
    weekly = (d.map_date.max() - d.map_date.min()).days > 120
    d["start"] = d.map_date.dt.to_period("W-SUN").dt.start_time if weekly else d.map_date
    out = d.groupby(["start", "side"], as_index=False).n.sum().rename(columns={"n": "claims"})
    out["label"] = out.side.map(SIDE_LABELS).fillna(out.side)
    out.attrs["weekly"] = weekly
    return out


def map_view(store, gazetteer, filters, max_points: int = MAX_POINTS, static_serving: bool = False) -> dict:
    """Everything the map shows for a filter. A small view fetches its rows and draws a marker
    per place and side; a large one is counted and gridded in the database, so 100,000 claims
    draw as fast as a few, and only the latest rows are fetched for the lists."""
    args = filters.query_args(gazetteer)
    view = _drawn(store, gazetteer, args, max_points, mapdeck.outlines_source(gazetteer, static_serving))
    view["summary"]["hidden_undated"] = 0 if filters.undated else undated_count(store, args)
    return view


def _drawn(store, gazetteer, args: dict, max_points: int, areas) -> dict:
    stats = store.summary(**args)
    placeless = store.placeless_count(**args)
    if stats["rows"] <= max_points * 2:
        gdf = store.query(**args, columns="map")
        points = mapdeck.markers(gdf)
        if len(points) <= max_points:
            counts = gdf.groupby("admin1").size() if len(gdf) else pd.Series(dtype=int)
            counts = {str(k): int(v) for k, v in counts.items() if k}
            return {"rows": gdf, "summary": summary(gdf, placeless), "days": per_day(gdf), "admin1": counts,
                    "layers": {"areas": areas, "shading": mapdeck.shading(counts), "points": points, "aggregated": False},
                    "total_rows": len(gdf)}
    cells, cell = _cells(store, args, stats["rows"], max_points)
    cells["place_name"] = [_area_name(gazetteer, c) if c else None for c in cells.place_name]
    counts = store.per_admin1(**args)
    return {"rows": store.latest(300, **args),
            "summary": _summary(stats["claims"], stats["places"], stats["by_side"], placeless),
            "days": store.per_day(**args), "admin1": counts,
            "layers": {"areas": areas, "shading": mapdeck.shading(counts), "points": mapdeck.cell_markers(cells, cell),
                       "aggregated": True, "cell": cell},
            "total_rows": stats["rows"]}


def undated_count(store, args: dict) -> int:
    """Claims the filter would hold but for a date: no window holds them, so the page says how
    many are off the map and offers to add them."""
    only = {**args, "undated": "only"}
    return int(store.summary(**only)["claims"]) + sum(store.placeless_count(**only).values())


def _cells(store, args: dict, rows: int, max_points: int):
    """Grid cells for a large view: one query at a cell sized for the rows, coarser cells merged
    from it without going back to the database."""
    cell = 0.1 * (1 if rows <= 2 * max_points else 2 if rows <= 8 * max_points else 4)
    if rows > 50 * max_points and store.covered_by_rollups(**args):
        cell = rollups.CELL  # counted already, per month (geo.store.rollups)
    fine = store.grid(cell, **args)
    cells, k = fine, 1
    while len(cells) > max_points:
        k *= 2
        cells = (fine.assign(gx=fine.gx // k, gy=fine.gy // k).groupby(["gx", "gy", "side"], as_index=False)
                 .agg(n=("n", "sum"), place_name=("place_name", "first")))
        cells["lon"], cells["lat"] = (cells.gx + 0.5) * cell * k, (cells.gy + 0.5) * cell * k
    return cells, round(cell * k, 6)


def clicked_marker(event, cell: float | None = None) -> dict | None:
    """The marker a click on the map picked ({"place_id", "side"}, for a cluster of nearby
    places {"place_ids", "side"}, or for a grid of ``cell`` degrees {"p", "cell", "side"}), from
    the chart's selection state; None when nothing is."""
    try:
        objects = (event or {}).get("selection", {}).get("objects", {}).get("claims") or []
        obj = objects[0]
    except (AttributeError, IndexError, KeyError, TypeError):
        return None
    marker = {k: obj.get(k) for k in ("place_id", "side", "p") if obj.get(k) is not None}
    if marker.get("place_id"):
        return marker
    if isinstance(obj.get("place_ids"), list) and obj["place_ids"]:  # a cluster names its places
        return {"place_ids": [str(p) for p in obj["place_ids"]], "side": obj.get("side")}
    if cell and marker.get("p"):  # a grid cell: its centre and the view's cell size
        return marker | {"cell": cell}
    return None


def picked_claims(store, gazetteer, filters, picked: dict | None, claim_id: str | None = None):
    """Claim rows behind a clicked marker (its place and side, a cluster's places and side, or
    its grid cell), else the claim the link names; None when nothing is picked."""
    args = filters.query_args(gazetteer)
    if picked and (picked.get("place_id") or picked.get("place_ids")):
        return store.query(**args | {"sides": [picked.get("side")]}, place_ids=picked.get("place_ids") or
                           [picked["place_id"]], columns="map", order="desc", limit=500)
    if picked and picked.get("cell"):
        return store.query(**args | {"sides": [picked.get("side")]}, bbox=mapdeck.cell_bbox(picked["p"], picked["cell"]),
                           columns="map", order="desc", limit=300)
    if claim_id:
        rows = store.query(claim_ids=[claim_id], columns="map")
        return rows if len(rows) else None
    return None


MAX_TABLE = 5000  # claims in the Claims table; a larger filter shows its latest and says so


def claim_table(store, gazetteer, filters, limit: int = MAX_TABLE) -> tuple[pd.DataFrame, bool]:
    """The Claims page's table for a filter (``tables.claim_rows``): its latest ``limit``
    claims, newest first, with those that name no place, and whether the filter holds more.
    Only the table's fields and the latest rows are read, so a million-claim store answers at
    once."""
    args = filters.query_args(gazetteer)
    rows = store.query(**args, columns="table", limit=limit * 2 + 1, order="desc")  # claim places
    placeless = store.placeless(limit=limit + 1, **args)
    more = len(rows) > limit * 2 or len(placeless) > limit
    if len(rows) > limit * 2:
        # The last claim may have lost places to the limit, and older claims were not read:
        # placeless claims older than the rows read would jump that queue.
        rows = rows[rows.claim_id != rows.claim_id.iloc[-1]]
        oldest = rows.map_date.dropna().min() if len(rows) else None
        placeless = placeless[[d is not None and oldest is not None and d >= oldest for d in placeless.map_date]]
    table = claim_rows(rows, placeless)  # newest first
    return table.head(limit), more or len(table) > limit


def latest(rows, placeless, n: int = 8) -> list[dict]:
    """The latest claims of the view, newest first (one line each), with those without a place."""
    items = []
    if rows is not None and len(rows):
        claims = rows.sort_values(["map_date", "claim_id"], ascending=False, na_position="last")
        places = rows.groupby("claim_id").place_name.agg(lambda s: ", ".join(dict.fromkeys(s)))
        for r in claims.drop_duplicates("claim_id").head(n).itertuples():
            items.append({"claim_id": r.claim_id, "date": r.map_date, "side": r.side, "places": places[r.claim_id],
                          "source": r.source, "url": getattr(r, "url", None)})
    if placeless is not None and len(placeless):
        for r in placeless.head(n).itertuples():
            items.append({"claim_id": r.claim_id, "date": r.map_date, "side": r.side, "places": "(no place named)",
                          "source": r.source, "url": r.url})
    items.sort(key=lambda i: (i["date"] or date.min, i["claim_id"]), reverse=True)
    return items[:n]


def area_week_table(rows: pd.DataFrame, gazetteer) -> pd.DataFrame:
    """Claims by oblast and week (rows of ``Store.per_area_day``): counts per side, and the
    targets and weapons named most."""
    cols = ["week", "oblast", *SIDE_LABELS.values(), "claims", "targets", "weapons"]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    d = rows.copy()
    d["week"] = pd.to_datetime(d.map_date).dt.to_period("W-SUN").dt.start_time.dt.date
    counts = d.pivot_table(index=["week", "admin1"], columns="side", values="n", aggfunc="sum", fill_value=0)
    for s in SIDE_COLORS:
        if s not in counts:
            counts[s] = 0
    out = counts[list(SIDE_COLORS)].rename(columns=SIDE_LABELS)
    out["claims"] = out.sum(axis=1)
    out["targets"] = d.groupby(["week", "admin1"]).apply(lambda g: _top(g, "targets"), include_groups=False)
    out["weapons"] = d.groupby(["week", "admin1"]).apply(lambda g: _top(g, "weapons"), include_groups=False)
    out = out.reset_index()
    names = {code: _area_name(gazetteer, code) for code in out.admin1.unique()}
    out["oblast"] = out.admin1.map(names)
    return out.sort_values(["week", "claims"], ascending=[False, False])[cols].reset_index(drop=True)


def _top(group: pd.DataFrame, column: str, k: int = 3) -> str:
    counts: dict[str, int] = {}
    for value, n in zip(group[column], group.n):
        for item in str(value or "").split(","):
            if item:
                counts[item] = counts.get(item, 0) + int(n)
    return ", ".join(label(t) for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k])


def _area_name(gazetteer, code: str) -> str:
    place = gazetteer.get(f"iso:{code}")
    return place.name if place else code


def label(key: str) -> str:
    """A vocabulary key as people write it: "oil_refinery" -> "oil refinery"."""
    return str(key).replace("_", " ")


def csv_text(rows) -> str:
    """The view's claims as CSV, one row per claim and place (what the GeoJSON holds)."""
    keep = ["claim_id", "map_date", "side", "source", "attacker", "targets", "weapons", "killed", "wounded", "outcome",
            "place_name", "place_kind", "admin1", "country", "lat", "lon", "precision", "sentence", "title", "url",
            "published", "corrected"]
    df = pd.DataFrame(rows.drop(columns="geometry", errors="ignore"))
    return df[[c for c in keep if c in df]].to_csv(index=False)


def window_from_brush(selection, lo: date, hi: date) -> tuple[date, date] | None:
    """The date window a brush on the timeline selects (its values are epoch milliseconds or
    ISO dates), kept inside the store's range; None when there is no brush."""
    try:
        brush = (selection or {}).get("selection", {}).get("brush") or {}
        values = next(iter(brush.values()), None)
        if not values or len(values) != 2:
            return None
        a, b = (_as_day(v) for v in values)
    except (AttributeError, TypeError, ValueError, OverflowError, OSError):
        return None
    a, b = sorted((a, b))
    a, b = max(lo, min(a, hi)), max(lo, min(b, hi))
    return (a, b) if a < b else (a, min(hi, a + timedelta(days=1)))


def _as_day(v) -> date:
    if isinstance(v, (int, float)):
        return datetime.fromtimestamp(v / 1000, tz=timezone.utc).date()
    return date.fromisoformat(str(v)[:10])


MAX_EVENTS = 1000


def event_view(store, gazetteer, filters, statuses, static_serving: bool = False) -> dict:
    """The events mode: events of the window (any side the filter keeps reports them), the
    latest ``MAX_EVENTS`` on the map, counts per status."""
    events = store.events(since=filters.since, until=filters.until, statuses=statuses or None, sides=filters.sides or None)
    shown = events.head(MAX_EVENTS)
    counts = events.status.value_counts().to_dict() if len(events) else {}
    return {"events": shown, "total": len(events), "by_status": {s: int(counts.get(s, 0)) for s in mapdeck.STATUS_COLORS},
            "layers": {"areas": mapdeck.outlines_source(gazetteer, static_serving), "shading": None,
                       "points": mapdeck.event_markers(shown), "color": mapdeck.STATUS_EXPR, "aggregated": False}}


def clicked_event(event) -> str | None:
    """The event id a click on the events map picked."""
    try:
        return (event or {}).get("selection", {}).get("objects", {}).get("claims", [])[0].get("event_id")
    except (AttributeError, IndexError, KeyError, TypeError):
        return None
