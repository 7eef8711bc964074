"""The timeline: claims per day or week by reporting side, with a brush that sets the map's
date window (as in Bellingcat's TimeMap)."""
from __future__ import annotations

from datetime import date

from .mapdeck import SIDE_HEX, SIDE_LABELS


def timeline_chart(bins, window: tuple[date, date], height: int = 200):
    """An Altair bar chart of ``views.binned`` rows; the brush starts on ``window``."""
    import altair as alt

    weekly = bins.attrs.get("weekly", False)
    brush = alt.selection_interval(name="brush", encodings=["x"],
                                   value={"x": [_dt(window[0]), _dt(window[1])]})
    sides = list(SIDE_LABELS.values())
    short = len(bins) and (bins.start.max() - bins.start.min()).days <= 92
    x = alt.X("start:T", title=None, axis=alt.Axis(format="%d %b %Y" if short else "%b %Y", labelOverlap=True, tickCount=8))
    return (alt.Chart(bins, height=height)
            .mark_bar()
            .encode(x=x,
                    y=alt.Y("sum(claims):Q", title="claims per week" if weekly else "claims per day"),
                    color=alt.Color("label:N", title=None, scale=alt.Scale(domain=sides, range=list(SIDE_HEX.values())),
                                    legend=alt.Legend(orient="top", labelLimit=0)),
                    tooltip=[alt.Tooltip("start:T", title="week of" if weekly else "day", format="%d %b %Y"),
                             alt.Tooltip("label:N", title="reported by"), alt.Tooltip("claims:Q")])
            .add_params(brush))


def _dt(d: date):
    import altair as alt

    return alt.DateTime(year=d.year, month=d.month, date=d.day)
