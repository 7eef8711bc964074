#!/usr/bin/env python3
"""The store and the map at scale: N generated claims, the dashboard's queries, a 30-day export.

    python bench/bench_scale.py --claims 1000000 [--db URL] [--runs 5] [--json]

Builds a store of N claims (bench_store.fill: fabricated extractions on real gazetteer places,
so the database work is real), or reuses --db when it already holds them. Then, medians of
--runs, server-side (what the map page computes; bench_dashboard.py measures the browser):
- query_30d_side_s: ``Store.query`` of a random 30-day window and one side, every field
  (what exports and downloads read);
- query_30d_side_table_s: the same with a claim table's fields (``columns="table"``);
- claims_page_30d_s: the Claims page's table of such a window and side (``views.claim_table``);
- first_render_s: the map page's view of its opening window (latest 90 days) from cold caches;
- filter_change_s: the same view with a side taken off;
- widen_all_time_s: the view of every day;
- export_30d_s / export_30d_mb: the GeoJSON export of a 30-day window, as `strike-atlas export`
  writes it.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import fill  # noqa: E402
from geo.app import views  # noqa: E402
from geo.app.filters import Filters, default_window  # noqa: E402
from geo.places.gazetteer import Gazetteer  # noqa: E402
from geo.store import Store  # noqa: E402
from geo.store.export import write_geojson  # noqa: E402


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def size_mb(store, url: str) -> float:
    """The SQLite file, or the PostgreSQL database, in MB."""
    if store.postgis:
        from sqlalchemy import text

        with store.engine.connect() as conn:
            return round(conn.execute(text("SELECT pg_database_size(current_database())")).scalar() / 1e6, 1)
    return round(os.path.getsize(url) / 1e6, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--db", help="store URL or SQLite path (default: a file in the current folder, kept for reuse)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print only the JSON object")
    args = ap.parse_args()
    url = args.db or f"bench-scale-{args.claims}.sqlite"
    gaz = Gazetteer.load()
    build_s = 0.0
    with Store.open(url, gazetteer=gaz) as store:
        have = store.counts()["claims"]
    if have < args.claims:
        t = time.perf_counter()
        fill(url, args.claims - have, gaz, seed=7 + have).close()
        build_s = time.perf_counter() - t
    rng = random.Random(3)
    with Store.open(url, gazetteer=gaz) as store:
        lo, hi, since0, until0 = default_window(store)
        opening = Filters(since=since0, until=until0)

        def window_30d():
            since = lo + timedelta(days=rng.randrange(max(1, (hi - lo).days - 30)))
            return {"since": since, "until": since + timedelta(days=30), "sides": [rng.choice(["RU", "UA", "OTHER"])]}

        def query_30d(**kw):
            store.query(**window_30d(), **kw)

        def claims_page_30d():
            views.claim_table(store, gaz, Filters(**window_30d()))

        def export_30d():
            since = hi - timedelta(days=30)
            buf = io.StringIO()
            write_geojson(store.query(since=since, until=hi), buf, gaz, polygons="once")  # the CLI default
            return buf.tell()

        out = {
            "claims": store.counts()["claims"], "build_s": round(build_s, 1),
            "size_mb": size_mb(store, url),
            "query_30d_side_s": round(median_time(query_30d, args.runs * 4), 3),
            "query_30d_side_table_s": round(median_time(lambda: query_30d(columns="table"), args.runs * 4), 3),
            "claims_page_30d_s": round(median_time(claims_page_30d, args.runs * 4), 3),
            "first_render_s": round(median_time(lambda: views.map_view(store, gaz, opening, static_serving=True), args.runs), 3),
            "filter_change_s": round(median_time(lambda: views.map_view(
                store, gaz, Filters(since=since0, until=until0, sides=["RU", "UA"]), static_serving=True), args.runs), 3),
            "widen_all_time_s": round(median_time(lambda: views.map_view(
                store, gaz, Filters(since=lo, until=hi), static_serving=True), args.runs), 3),
            "export_30d_s": round(median_time(export_30d, args.runs), 3),
            "export_30d_mb": round(export_30d() / 1e6, 1),
        }
    print(json.dumps(out) if args.json else json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
