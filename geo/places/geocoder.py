"""A geopy geocoder over the offline gazetteer.

    >>> from geo.geocoder import Gazetteer
    >>> g = Gazetteer()
    >>> g.geocode("Kharkov").raw["admin1"]
    'UA-63'

It speaks geopy's API (``geocode``, ``reverse``, ``geopy.location.Location`` results with the full
gazetteer record in ``.raw``), so code written for Nominatim works offline. It never touches the
network; pass ``fallback=`` another geopy geocoder to ask it when the gazetteer has no answer.
"""
from __future__ import annotations

from functools import cached_property

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from .gazetteer import Gazetteer as _Data
from .gazetteer import Place
from .geoparse import resolve_name

__all__ = ["Gazetteer"]


class Gazetteer(Geocoder):
    """Offline geocoder for place names of Ukraine, Russia, Belarus and the world's cities."""

    def __init__(self, data: _Data | None = None, fallback: Geocoder | None = None, **kwargs):
        super().__init__(**kwargs)
        self.data = data or _Data.default()
        self.fallback = fallback

    def geocode(self, query: str, *, exactly_one: bool = True, limit: int = 5, **kwargs):
        """Resolve a name ("Izyum", "Andreevka in Sumy Region", "Kursk Region").

        Returns a Location (or a list of up to ``limit`` when ``exactly_one`` is False), or None
        when nothing is known by that name.
        """
        query = (query or "").strip()
        if not query:
            return None if exactly_one else []
        mention, candidates = resolve_name(query, self.data)
        if mention is None:
            if self.fallback is not None:
                return self.fallback.geocode(query, exactly_one=exactly_one, **kwargs)
            return None if exactly_one else []
        locations = [self._location(c.place, c.score, c.evidence) for c in candidates[:limit]]
        return locations[0] if exactly_one else locations

    def reverse(self, query, *, exactly_one: bool = True, limit: int = 5, kind: str = "settlement", **kwargs):
        """The nearest places of ``kind`` to a point ("lat, lon", a tuple or a geopy Point)."""
        point = Point(query)
        import numpy as np

        lat, lon = np.radians(point.latitude), np.radians(point.longitude)
        lats, lons, idx = self._points(kind)
        a = np.sin((lats - lat) / 2) ** 2 + np.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2
        km = 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(1.0, a)))
        order = np.argsort(km, kind="stable")[: max(1, limit)]
        found = [self._location(self.data.place(int(idx[i])), None, [f"{km[i]:.1f} km away"]) for i in order]
        return found[0] if exactly_one else found

    @cached_property
    def _all_points(self):
        import numpy as np

        lats, lons, kinds = self.data.coordinates()
        return np.radians(lats), np.radians(lons), kinds

    def _points(self, kind: str):
        import numpy as np

        lats, lons, kinds = self._all_points
        mask = kinds == kind if kind else np.ones(len(kinds), dtype=bool)
        idx = np.nonzero(mask)[0]
        return lats[idx], lons[idx], idx

    @staticmethod
    def _location(place: Place, score: float | None, evidence: list[str]) -> Location:
        raw = place.to_dict()
        if score is not None:
            raw["score"] = round(score, 3)
        raw["evidence"] = list(evidence)
        parts = [place.name]
        if place.admin1 and place.kind != "admin1":
            parts.append(place.admin1)
        parts.append(place.country)
        return Location(", ".join(p for p in parts if p), (place.lat, place.lon, 0.0), raw)
