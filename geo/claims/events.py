"""Events: how claims are grouped into strikes. The event model and its status are
``geo.claims.event_model``'s, the grouping of claim places by place and day
``geo.claims.event_matching``'s; this module keeps the names tests import from here."""
from __future__ import annotations

from .event_matching import Matcher
from .event_model import Item, PlaceRef

__all__ = ["Item", "Matcher", "PlaceRef"]
