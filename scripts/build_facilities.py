"""Refresh (or check) the airfield positions of data/gazetteer/facilities.tsv from airportsdata.

The facilities table is written by hand (names, kinds, towns, sources); the rows whose ``source``
is ``airportsdata <version>: ICAO <code>`` take their coordinates from the PyPI package
``airportsdata`` (MIT). This script rewrites exactly those coordinates, rounded to 4 decimals, so
the table can be regenerated from its source and a reviewer can see that it was. The package is a
build-time source, not a dependency of Strike Atlas: install it in a throwaway environment::

    python -m venv /tmp/ad && /tmp/ad/bin/pip install airportsdata==20260905
    /tmp/ad/bin/python scripts/build_facilities.py --check   # exit 1 when a row differs

The installed version must be the one the rows cite, so a rebuild is deterministic.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "facilities.tsv"
PREFIX = "airportsdata "


def refresh(text: str, airports: dict, version: str) -> tuple[str, list[str]]:
    """The table with its airportsdata rows' coordinates taken from ``airports`` (ICAO -> row),
    and a list of what changed."""
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    fields = list(rows[0]) if rows else []
    changes = []
    for row in rows:
        source = row["source"]
        if not source.startswith(PREFIX):
            continue
        cited, _, icao = source[len(PREFIX):].partition(": ICAO ")
        if cited != version:
            raise SystemExit(f"{row['id']} cites airportsdata {cited}, installed is {version}")
        airport = airports.get(icao)
        if airport is None:
            raise SystemExit(f"{row['id']}: ICAO {icao} is not in airportsdata {version}")
        lat, lon = f"{round(float(airport['lat']), 4)}", f"{round(float(airport['lon']), 4)}"
        if (row["lat"], row["lon"]) != (lat, lon):
            changes.append(f"{row['id']}: {row['lat']},{row['lon']} -> {lat},{lon}")
            row["lat"], row["lon"] = lat, lon
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue(), changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report differences, write nothing")
    args = parser.parse_args(argv)
    import airportsdata
    from importlib.metadata import version

    text = TABLE.read_text(encoding="utf-8")
    new, changes = refresh(text, airportsdata.load("ICAO"), version("airportsdata"))
    for line in changes:
        print(line)
    if args.check:
        return 1 if changes else 0
    if new != text:
        TABLE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
