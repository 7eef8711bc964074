#!/usr/bin/env python3
"""Benchmark the map page with a large store: first render, filter change, map payload.

    python bench/bench_dashboard.py [--claims 100000] [--runs 5]

Server-side times through Streamlit's AppTest (the script run that builds every element), in a
fresh cache each run for the first render; the payload is the size of the deck.gl JSON the page
sends to the browser.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import fill  # noqa: E402
from geo.places.gazetteer import Gazetteer  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as d:
        db = str(Path(d) / "big.sqlite")
        store = fill(db, args.claims, Gazetteer.load())
        n = store.counts()["claims"]
        first_day = store.date_range()[0]
        store.close()
        os.environ["STRIKE_ATLAS_DB"] = db
        first, change, alltime, payload, change_payload = [], [], [], [], []
        for _ in range(args.runs):
            st.cache_data.clear()
            st.cache_resource.clear()
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
            t = time.perf_counter()
            at.run()
            first.append(time.perf_counter() - t)
            assert not at.exception, at.exception
            payload.append(len(at.get("deck_gl_json_chart")[0].proto.json))
            lo, hi = at.slider(key="window").value
            t = time.perf_counter()
            at.multiselect(key="sides").unselect("OTHER").run()  # a new query, not a cache hit
            change.append(time.perf_counter() - t)
            t = time.perf_counter()
            at.slider(key="window").set_value((first_day, hi)).run()  # all time: gridded
            alltime.append(time.perf_counter() - t)
            change_payload.append(len(at.get("deck_gl_json_chart")[0].proto.json))
    out = {"claims": n, "first_render_s_median": round(statistics.median(first), 2),
           "filter_change_s_median": round(statistics.median(change), 2),
           "all_time_view_s_median": round(statistics.median(alltime), 2),
           "map_payload_mb_default": round(statistics.median(payload) / 1e6, 2),
           "map_payload_mb_all_time": round(statistics.median(change_payload) / 1e6, 2), "runs": args.runs}
    print(json.dumps(out, indent=2))
    print("\n| measure | median | target |\n|---|---|---|")
    print(f"| map page first render, {n:,} claims (server-side; opens on the latest 90 days) | {out['first_render_s_median']} s | <= 3 s |")
    print(f"| filter change (side filter, new query) | {out['filter_change_s_median']} s | <= 1 s |")
    print(f"| widen to all time ({n:,} claims, counted on a grid) | {out['all_time_view_s_median']} s | <= 1 s |")
    print(f"| map data sent to the browser, default / all time | {out['map_payload_mb_default']} MB / {out['map_payload_mb_all_time']} MB | <= 10 MB |")


if __name__ == "__main__":
    main()
