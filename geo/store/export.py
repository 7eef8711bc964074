"""Claims out: GeoJSON (RFC 7946), CSV and GeoParquet, one feature per (claim, place).

GeoJSON writes [lon, lat] in WGS 84, polygons for oblasts and raions (counter-clockwise outer
rings, as RFC 7946 asks) and points for settlements, each with the claim's fields, the place's
kind and precision, and the article's title, url and outlet.

A claim's own ``date`` is written as precise as it is: "2025-03-14", or "2025-03" for a claim
dated only to a month and "2025" to a year (ISO 8601's reduced forms; ``date_precision`` says
which), in GeoJSON and CSV. GeoParquet keeps a typed date column: there a month or a year is its
first day, read with ``date_precision``. ``map_date`` is always a day (a month-precision claim's
is its article's: see ``geo.store.schema``).
"""
from __future__ import annotations

import json
import math
import os
from datetime import date
from pathlib import Path

from shapely.geometry import MultiPolygon, mapping, shape
from shapely.geometry.polygon import orient

from ..files import write_whole
from .reading import date_label

__all__ = ["FORMATS", "ExportError", "events_geojson", "write_file", "to_csv", "to_geojson", "to_geoparquet",
           "feature_properties"]

FORMATS = ("geojson", "csv", "geoparquet")
_PROPS = ["claim_id", "article_id", "side", "source", "attacker", "date", "date_precision", "date_text", "map_date",
          "map_date_from", "targets", "weapons", "killed", "wounded", "outcome", "sentence", "confidence", "status",
          "corrected", "place_id", "mention", "place_kind", "place_name", "country", "admin1", "precision",
          "title", "url", "outlet", "published", "event_id", "event_status"]


def _clean(v):
    if v is None or type(v).__name__ == "NAType":  # pandas' missing value in Int64 columns
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, date):
        return v.isoformat()
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    return v


def feature_properties(row) -> dict:
    props = {k: _clean(row.get(k)) for k in _PROPS if k in row}
    if "date" in props:
        props["date"] = date_label(row.get("date"), row.get("date_precision"))
    for k in ("killed", "wounded", "corrected"):
        if isinstance(props.get(k), float):
            props[k] = int(props[k])
    for k in ("targets", "weapons"):
        if isinstance(props.get(k), str):
            props[k] = [t for t in props[k].split(",") if t]
    return props


def _orient(geom: dict) -> dict:
    """RFC 7946 ring orientation: exterior counter-clockwise, holes clockwise."""
    g = shape(geom)
    if g.geom_type == "Polygon":
        g = orient(g, 1.0)
    elif g.geom_type == "MultiPolygon":
        g = MultiPolygon([orient(p, 1.0) for p in g.geoms])
    return mapping(g)


def to_geojson(gdf, gazetteer=None, polygons: bool = True) -> dict:
    """A FeatureCollection of the rows of ``Store.query``; areas as polygons when ``polygons``."""
    areas: dict[str, dict] = {}
    features = []
    for row in gdf.drop(columns="geometry", errors="ignore").to_dict("records"):
        geom = {"type": "Point", "coordinates": [round(float(row["lon"]), 6), round(float(row["lat"]), 6)]}
        if polygons and gazetteer is not None and row.get("place_kind") in ("admin1", "district"):
            pid = row["place_id"]
            if pid not in areas:
                place = gazetteer.get(pid)
                g = gazetteer.geometry(place) if place is not None else None
                areas[pid] = _orient(g) if g and g["type"] != "Point" else None
            if areas[pid] is not None:
                geom = areas[pid]
        features.append({"type": "Feature", "id": f"{row['claim_id']}/{row['place_seq']}",
                         "geometry": geom, "properties": feature_properties(row)})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(gdf, path_or_file, gazetteer=None, polygons: bool | str = True) -> int:
    """Stream the rows of ``Store.query`` as a FeatureCollection, feature by feature; returns
    how many. ``polygons``: True gives each raion/oblast feature its polygon (as ``to_geojson``)
    and False points only, each feature self-contained. "once" is the compact layout: what many
    features share is written once, in the collection's foreign members, and features refer to
    it: ``areas`` (an area feature gets its seat as the point and an ``area_id``; a 30-day export
    was 71% the same oblast polygons) and ``articles`` (title, url, outlet and date, by the
    feature's ``article_id``); a feature's ``date`` is its map date; null and provenance
    properties (``_PROVENANCE``) are left out, and ``corrected`` unless it is set."""
    compact = polygons == "once"

    def write_to(fh) -> int:
        encoded: dict[str, str | None] = {}  # area id -> its geometry as JSON (None: no polygon)
        articles: dict[str, str] = {}  # article id -> its fields as JSON
        fh.write('{"type":"FeatureCollection","features":[')
        n = 0
        cols = [c for c in gdf.columns if c != "geometry"]
        for values in zip(*(gdf[c].tolist() for c in cols)):  # column-wise: no per-row Series
            row = dict(zip(cols, values))
            point = f'{{"type":"Point","coordinates":[{round(float(row["lon"]), 6)},{round(float(row["lat"]), 6)}]}}'
            props = feature_properties(row)
            geom = point
            if polygons and gazetteer is not None and row.get("place_kind") in ("admin1", "district"):
                area = _encoded_area(encoded, row["place_id"], gazetteer)
                if area is not None and compact:
                    props["area_id"] = row["place_id"]
                elif area is not None:
                    geom = area
            if compact:
                props = _compact(props, articles)
            fid = json.dumps(f"{row['claim_id']}/{row['place_seq']}", ensure_ascii=False)
            fh.write(("," if n else "") + f'{{"type":"Feature","id":{fid},"geometry":{geom},"properties":'
                     + json.dumps(props, ensure_ascii=False, separators=(",", ":")) + "}")
            n += 1
        fh.write("]")
        if compact:
            fh.write(',"areas":{' + ",".join(f"{json.dumps(k)}:{v}" for k, v in sorted(encoded.items()) if v) + "}")
            fh.write(',"articles":{' + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{v}"
                                                for k, v in sorted(articles.items())) + "}")
        fh.write("}")
        return n

    if hasattr(path_or_file, "write"):
        return write_to(path_or_file)
    count = []

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            count.append(write_to(fh))
            fh.flush()
            os.fsync(fh.fileno())

    write_file(path_or_file, write)
    return count[0]


_ARTICLE_FIELDS = ("title", "url", "outlet", "published")
# Left to the self-contained layouts: the claim id (the feature's id holds it) and how a value was
# found (date precision and wording, where the map date came from, confidence, status, the
# mention, the place's country and gazetteer precision).
_PROVENANCE = ("claim_id", "date_precision", "date_text", "map_date_from", "confidence", "status", "mention",
               "country", "precision")


def _compact(props: dict, articles: dict[str, str]) -> dict:
    """A feature's properties for the compact layout: its article's fields kept once per
    article, no provenance fields, no nulls."""
    aid = props.get("article_id")
    if aid is not None and aid not in articles:
        articles[aid] = json.dumps({k: props.get(k) for k in _ARTICLE_FIELDS}, ensure_ascii=False, separators=(",", ":"))
    drop = _PROVENANCE + (_ARTICLE_FIELDS if aid is not None else ())
    out = {k: v for k, v in props.items() if v is not None and k not in drop and k != "map_date"}
    out["date"] = props.get("map_date")  # the day the map shows it (its own date, else its article's)
    if not out.get("corrected"):
        out.pop("corrected", None)  # a flag, present when set
    return {k: v for k, v in out.items() if v is not None}


def _encoded_area(encoded: dict, place_id: str, gazetteer) -> str | None:
    if place_id not in encoded:
        place = gazetteer.get(place_id)
        g = gazetteer.geometry(place) if place is not None else None
        encoded[place_id] = json.dumps(_orient(g), separators=(",", ":")) if g and g["type"] != "Point" else None
    return encoded[place_id]


def to_csv(gdf) -> str:
    df = gdf.drop(columns="geometry", errors="ignore").copy()
    if "date_precision" in df:
        df["date"] = [date_label(d, p) for d, p in zip(df["date"], df["date_precision"])]
    first = ["claim_id", "side", "attacker", "map_date", "date", "place_name", "mention", "lon", "lat"]
    df = df[first + [c for c in df.columns if c not in first]]
    return df.to_csv(index=False)


def to_geoparquet(gdf, path) -> None:
    write_file(path, lambda tmp: gdf.to_parquet(tmp, index=False))


class ExportError(OSError):
    """An export that could not be written (full disk, no permission); nothing half-written is left."""


def write_file(path, write) -> None:
    """Call ``write(temp_path)`` and move the result to ``path`` in one step (``geo.files``), so
    that a failed export (a full disk) leaves the old file, or none, never a truncated one; the
    file gets the mode a plain open() gives (0o644 under umask 022). A destination that is not a
    regular file (/dev/stdout, a pipe) is written directly."""
    path = Path(path)
    try:
        if path.exists() and not path.is_file():
            write(path)
        else:
            write_whole(path, write)
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror or e}") from None


def write_text(path_or_file, text: str) -> None:
    """Write an export's text to an open file (standard output) or, whole, to a path: a reader
    never sees half a file, and a failure leaves the old one (``write_file``)."""
    if hasattr(path_or_file, "write"):
        path_or_file.write(text)
        return

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())

    write_file(path_or_file, write)


def events_geojson(events, claims, gazetteer=None, polygons: bool = True) -> dict:
    """One feature per event (rows of ``Store.events``): its place (the polygon of a raion or
    oblast when ``polygons``), status, date, sides and its claims' ids."""
    from .events import events_json

    listed = {e["id"]: e for e in events_json(events, claims)}
    features = []
    for row in events.to_dict("records"):
        geom = {"type": "Point", "coordinates": [round(float(row["lon"]), 6), round(float(row["lat"]), 6)]}
        if polygons and gazetteer is not None and row["kind"] in ("admin1", "district"):
            place = gazetteer.get(row["place_id"])
            g = gazetteer.geometry(place) if place is not None else None
            if g and g["type"] != "Point":
                geom = _orient(g)
        e = listed[row["id"]]
        features.append({"type": "Feature", "id": row["id"], "geometry": geom, "properties": {
            "event_id": row["id"], "event_status": row["status"], "date": e["date"], "place_name": row["place_name"],
            "place_kind": row["kind"], "admin1": row["admin1"], "sides": [s for s in row["sides"].split(",") if s],
            "claims": [c["id"] for c in e["claims"]], "sources": sorted({c["source"] or "" for c in e["claims"]})}})
    return {"type": "FeatureCollection", "features": features}
