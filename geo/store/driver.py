"""Statements through the database driver itself, for the hot paths of writes (SQLAlchemy's
per-call statement building and per-row parameter handling were most of what events and
rollups cost an ingest)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date

__all__ = ["bulk_insert", "driver_values"]


def bulk_insert(conn, table, rows: list[dict], add: tuple[str, ...] = (), also: tuple[str, ...] = ()) -> None:
    """Insert many rows in one executemany. With ``add``, a row whose key exists adds these
    columns to the stored row's instead (an upsert of counts), and sets ``also`` (SQL
    assignments, e.g. a merge of a column through a function)."""
    if not rows:
        return
    cols = list(rows[0])
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    quote = conn.dialect.identifier_preparer.quote
    name = quote(table.name)
    sql = f"INSERT INTO {name} ({', '.join(map(quote, cols))}) VALUES ({', '.join([mark] * len(cols))})"
    if add:
        keys = ", ".join(quote(c.name) for c in table.primary_key)
        sets = ", ".join([f"{quote(c)} = {name}.{quote(c)} + excluded.{quote(c)}" for c in add] + list(also))
        sql += f" ON CONFLICT ({keys}) DO UPDATE SET {sets}"
    dates = [c for c in cols if isinstance(table.c[c].type, Date)] if conn.dialect.name == "sqlite" else []
    if dates:  # SQLite keeps dates as ISO text, as SQLAlchemy's Date does
        rows = [{**r, **{c: r[c].isoformat() for c in dates if r[c]}} for r in rows]
    conn.exec_driver_sql(sql, [tuple(r[c] for c in cols) for r in rows])


def driver_values(conn, values: tuple) -> tuple:
    """Values for the driver itself: SQLite stores dates as ISO text (as SQLAlchemy's Date
    does); Python's sqlite3 date adapter is deprecated."""
    if conn.dialect.name != "sqlite":
        return values
    return tuple(v.isoformat() if isinstance(v, date) else v for v in values)
