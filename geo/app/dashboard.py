"""The filters under their old name: ``geo.cli`` imports ``Filters`` from here. The dashboard's
functions live in modules named for what they hold (``filters``, ``labels``, ``detail``,
``tables``, ``files``, ``edits``, ``picks``); import them from there."""
from .filters import Filters

__all__ = ["Filters"]
