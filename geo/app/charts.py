"""The timeline: claims per day or week by reporting side, with a brush that sets the map's
date window (as in Bellingcat's TimeMap). A Vega-Lite spec written as a dict: Altair would
build the same JSON, but importing and validating it cost the first map about half a second."""
from __future__ import annotations

from datetime import date

from .mapdeck import SIDE_HEX, SIDE_LABELS

DATASET = "timeline"


def timeline_chart(bins, window: tuple[date, date], height: int = 200) -> dict:
    """A Vega-Lite bar chart of ``views.binned`` rows (carried as a named dataset, which
    Streamlit sends as Arrow); the brush, named ``brush``, starts on ``window``."""
    weekly = bins.attrs.get("weekly", False)
    short = len(bins) and (bins.start.max() - bins.start.min()).days <= 92
    day = "%d %b %Y"
    return {
        "height": height,
        "data": {"name": DATASET},
        "datasets": {DATASET: bins},
        "mark": {"type": "bar"},
        "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]},
                    "value": {"x": [_dt(window[0]), _dt(window[1])]}}],
        "encoding": {
            "x": {"field": "start", "type": "temporal", "title": None,
                  "axis": {"format": day if short else "%b %Y", "labelOverlap": True, "tickCount": 8}},
            "y": {"field": "claims", "type": "quantitative", "aggregate": "sum",
                  "title": "claims per week" if weekly else "claims per day"},
            "color": {"field": "label", "type": "nominal", "title": None,
                      "scale": {"domain": list(SIDE_LABELS.values()), "range": list(SIDE_HEX.values())},
                      "legend": {"orient": "top", "labelLimit": 0}},
            "tooltip": [{"field": "start", "type": "temporal", "title": "week of" if weekly else "day", "format": day},
                        {"field": "label", "type": "nominal", "title": "reported by"},
                        {"field": "claims", "type": "quantitative"}],
        },
    }


def _dt(d: date) -> dict:
    """A Vega-Lite DateTime (months count from 1, as Altair's ``alt.DateTime`` writes them)."""
    return {"year": d.year, "month": d.month, "date": d.day}
