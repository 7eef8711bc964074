"""The map page's state, shared by its two modes (claims and events): what the sidebar set and
where the map looks, and the link that shares it all."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .filters import Filters
from .focus import MapPlace


@dataclass
class MapPage:
    """The filters, the date window and the store's range of days (``lo``, ``hi``), where the map
    looks (``look``: changed by a pick, a fly-to or a cluster) and where the link said it looked
    (``linked``), and whether the online basemap is on."""
    filters: Filters
    window: tuple[date, date]
    lo: date
    hi: date
    look: MapPlace
    linked: MapPlace
    basemap: bool = False

    def params(self, events: bool = False, event: str | None = None, statuses=()) -> dict[str, str]:
        """The page's link (st.query_params): only what differs from the defaults; in the
        events mode, ``mode=events`` with the picked event and the status filter."""
        out = self.filters.to_params() | self.look.to_params() | ({"basemap": "1"} if self.basemap else {})
        if events:
            out |= {"mode": "events"} | ({"event": event} if event else {})
            out |= {"status": ",".join(statuses)} if statuses else {}
        return out
