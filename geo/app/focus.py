"""Where the map looks and what is picked on it, kept in the link so that a view can be shared.

- ``MapPlace``: the area zoomed to, the map's position (``lat``/``lon``/``zoom``) and the open
  claim, to and from the query string.
- The position follows the user's pan and zoom: Streamlit's map does not report its view back
  to Python, so a small script in the page (``viewsync.js``, a Streamlit component) reads it in
  the browser and, when the user stops moving the map, sends it here; the page keeps it in the
  link and draws every later map there, so a shared link opens on the same view.
- ``focus_on``: a view that shows picked claim places or an event, and ``highlight``: rings
  drawn around them.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from shapely.geometry import shape

from .mapdeck import DEFAULT_VIEW, STATUS_COLORS

__all__ = ["CLAIM_ID", "MapPlace", "VIEW_SYNC_JS", "panned_view", "area_view", "focus_on", "highlight", "statuses_from_params"]

CLAIM_ID = re.compile(r"[0-9A-Za-z:_-]{1,64}")  # a claim's or an event's id, as a link may carry it
FOCUS_ZOOM = 8.0  # a picked place: its town and the villages around it


@dataclass
class MapPlace:
    """Where the map looks and which claim is open, kept in the link beside the filters: an
    area zoomed to (``area=UA-59``), the position the user panned to (``lat``/``lon``/``zoom``,
    which a shared link restores before the area) and the open claim."""
    area: str | None = None
    view: tuple[float, float, float] | None = None
    claim: str | None = None
    problems: list[str] = field(default_factory=list, compare=False)

    @classmethod
    def from_params(cls, params, area_codes) -> "MapPlace":
        problems = []
        area = str(params.get("area") or "").strip() or None
        if area and area not in area_codes:
            problems.append(f"Unknown area '{area[:40]}' in the link; the map shows the whole region.")
            area = None
        view = None
        if any(params.get(k) is not None for k in ("lat", "lon", "zoom")):
            try:
                lat, lon = float(params.get("lat")), float(params.get("lon"))
                zoom = float(params.get("zoom") or 7)
                # any view deck.gl's map can show (its zoom 0 to 20), as the page's script writes it
                if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= zoom <= 22):
                    raise ValueError
                view = (lat, lon, zoom)
            except (TypeError, ValueError):
                problems.append("The link's map position (lat, lon, zoom) is not valid; ignored.")
        claim = str(params.get("claim") or "").strip() or None
        if claim and not CLAIM_ID.fullmatch(claim):
            problems.append("The link's claim id is malformed; ignored.")
            claim = None
        return cls(area=area, view=view, claim=claim, problems=problems)

    def to_params(self) -> dict[str, str]:
        out = {}
        if self.area:
            out["area"] = self.area
        if self.view:
            out.update(lat=f"{self.view[0]:.4f}", lon=f"{self.view[1]:.4f}", zoom=f"{self.view[2]:.2f}")
        if self.claim:
            out["claim"] = self.claim
        return out

    def view_state(self, gazetteer) -> tuple[float, float, float]:
        """(lat, lon, zoom): where the user last looked, else the area's extent, else the whole
        theatre."""
        if self.view:
            return self.view
        if self.area:
            place = gazetteer.get(f"iso:{self.area}")
            if place is not None:
                return area_view(gazetteer.geometry(place), (place.lat, place.lon))
        return DEFAULT_VIEW


def area_view(geometry: dict, fallback: tuple[float, float]) -> tuple[float, float, float]:
    """A view that fits a polygon (web-mercator zoom from its extent)."""
    try:
        west, south, east, north = shape(geometry).bounds
    except (ValueError, TypeError, AttributeError):
        return (*fallback, 7.0)
    return _fit(west, south, east, north, 11.0)


def _fit(west: float, south: float, east: float, north: float, most: float) -> tuple[float, float, float]:
    extent = max(east - west, (north - south) * 1.6, 0.05)
    zoom = max(2.0, min(most, math.log2(360 / extent) - 0.6))
    return (round((south + north) / 2, 4), round((west + east) / 2, 4), round(zoom, 1))


def focus_on(points, most: float = FOCUS_ZOOM) -> tuple[float, float, float] | None:
    """A view that shows these (lon, lat) points: one place at zoom ``most``, several fitted
    (no closer than ``most``)."""
    pts = [(float(x), float(y)) for x, y in points]
    if not pts:
        return None
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    if max(xs) - min(xs) < 0.2 and max(ys) - min(ys) < 0.2:
        return (round(sum(ys) / len(ys), 4), round(sum(xs) / len(xs), 4), most)
    return _fit(min(xs) - 0.3, min(ys) - 0.2, max(xs) + 0.3, max(ys) + 0.2, most)


def highlight(points, color: list[int] | None = None) -> list[dict]:
    """Rings around the picked claim's places or event (a layer under nothing: not pickable)."""
    return [{"p": [round(float(x), 4), round(float(y), 4)], "c": color or [20, 20, 20]} for x, y in points]


def statuses_from_params(params) -> tuple[list[str], list[str]]:
    """The events mode's statuses from the link, and what in it was not a status."""
    raw = [s.strip() for s in str(params.get("status") or "").split(",") if s.strip()]
    known = [s for s in dict.fromkeys(r.casefold() for r in raw) if s in STATUS_COLORS]
    bad = [r for r in raw if r.casefold() not in STATUS_COLORS]
    problems = [f"Unknown event status '{r[:40]}' in the link; ignored (known: {', '.join(STATUS_COLORS)})."
                for r in bad]
    return known, problems


def event_from_params(params) -> tuple[str | None, list[str]]:
    event = str(params.get("event") or "").strip() or None
    if event and not CLAIM_ID.fullmatch(event):
        return None, ["The link's event id is malformed; ignored."]
    return event, []


# The script that reads the map's view in the browser (``ui.view_sync`` mounts it).
VIEW_SYNC_JS = Path(__file__).with_name("viewsync.js").read_text(encoding="utf-8")


def panned_view(value) -> tuple[float, float, float] | None:
    """The view the page's script reports ([lat, lon, zoom]), if it is one a link may hold."""
    try:
        lat, lon, zoom = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return (lat, lon, zoom) if -90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= zoom <= 22 else None


def candidates_view(table) -> tuple[float, float, float]:
    """A view around the Gazetteer page's candidates (the best one in the middle)."""
    best = table.iloc[0]
    spread = max(float(table.lat.max() - table.lat.min()), float(table.lon.max() - table.lon.min()), 1.0)
    return float(best.lat), float(best.lon), max(3.0, min(9.0, 8.5 - 1.4 * spread ** 0.5))
