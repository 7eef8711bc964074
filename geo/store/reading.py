"""Turning a query's rows into a GeoDataFrame, fast.

At a million claims a 30-day window is ~13,000 rows of 37 columns: half a million values, each
of which the database driver makes a Python object. What this module saves around that:

- on SQLite the statement runs on the driver's own cursor, whose plain tuples numpy reads at C
  speed (SQLAlchemy's row objects cost a copy each);
- no garbage collection while the objects are made (they hold no cycles; the collector's full
  passes over them were a fifth of the time);
- the frame is built from one object array, text left in object columns (pandas 3's conversion
  of each to its string type was a third of the frame's time), each distinct day parsed once.

(ADBC's SQLite driver reads rows into Arrow columns in C, twice as fast, but it links its own
copy of SQLite: two copies in one process break each other's file locks, which SQLite's
documentation lists among the ways to corrupt a database.)
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from datetime import date, datetime

import geopandas as gpd
import numpy as np
import pandas as pd

from .driver import driver_values

__all__ = ["as_date", "date_label", "read_dated", "read_frame"]

_FLOATS = ("lat", "lon", "confidence")
_DATES = ("date", "map_date", "published")
_INTS = ("killed", "wounded", "corrected", "start", "end", "place_seq")


def read_frame(engine, stmt, names: list[str]):
    """The rows of ``stmt`` (whose columns are ``names``) as a GeoDataFrame (EPSG:4326): text
    and dates as Python objects (None when missing), counts as nullable integers, lon/lat as
    floats, point geometry."""
    with _gc_paused():
        with engine.connect() as conn:
            if conn.dialect.paramstyle == "qmark":  # SQLite
                compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
                params = driver_values(conn, tuple(compiled.params[k] for k in compiled.positiontup))
                rows = conn.connection.driver_connection.execute(str(compiled), params).fetchall()
            else:
                rows = [tuple(r) for r in conn.execute(stmt).fetchall()]
        return _frame(names, rows)


def read_dated(engine, stmt, day: str):
    """The rows of ``stmt`` as a plain DataFrame (columns named as the statement's), its column
    ``day`` as dates (SQLite gives them back as text)."""

    with engine.connect() as conn:
        result = conn.execute(stmt)
        df = pd.DataFrame(result.fetchall(), columns=list(result.keys()))
    df[day] = [as_date(v) for v in df[day]]
    return df


@contextmanager
def _gc_paused():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _frame(names: list[str], rows: list[tuple]):
    values = np.array(rows, dtype=object) if rows else np.empty((0, len(names)), dtype=object)
    df = pd.DataFrame(values, columns=names, dtype=object)
    for i, n in enumerate(names):
        if n in _FLOATS + _DATES + _INTS:
            df.isetitem(i, _typed(n, values[:, i]))
    points = gpd.points_from_xy(df["lon"], df["lat"], crs="EPSG:4326")
    return gpd.GeoDataFrame(df, geometry=points, copy=False)


def _typed(name: str, values):
    if name in _FLOATS:
        return np.asarray(values, dtype=float)
    if name in _INTS:
        return pd.array(values, dtype="Int64")
    # A window holds few distinct days: each is parsed once.
    days = {v: _day(v) for v in set(values.tolist())}
    out = np.empty(len(values), dtype=object)
    out[:] = [days[v] for v in values.tolist()]
    return out


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def as_date(v):
    """A date as the database gives it back (a date, a datetime or ISO text) as a date; None
    for none or for text that is not a date."""
    if v is None or isinstance(v, date) and not isinstance(v, datetime):
        return v
    if isinstance(v, datetime):
        return v.date()
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def date_label(value, precision: str | None) -> str | None:
    """A claim's date as its precision means it: "2025-03-14" for a day, "2025-03" for a month,
    "2025" for a year (ISO 8601's reduced forms), so that a month-precision claim, stored as the
    month's first day, is never shown as a claim on the 1st."""
    day = value if isinstance(value, date) else _day(value)
    if day is None:
        return None
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "year":
        return f"{day.year:04d}"
    return day.isoformat()
