#!/usr/bin/env python3
"""The 30-day + side query of the checkout it is run from (its `geo/`), on an existing store,
for paired runs across commits (``bench_scale.py`` builds the store):

    python bench/paired.py --base REV --runs 5 -- $PWD/bench/bench_query.py --db bench-scale-1000000.sqlite

Medians over the same random windows and sides, per field set: every field ("full": exports and
downloads), the map's and the Claims table's (fewer fields where the checkout has them).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import timedelta

sys.path.insert(0, os.getcwd())  # the checkout under test, not this file's

from geo.store import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="store URL or SQLite path")
    ap.add_argument("--windows", type=int, default=25)
    args = ap.parse_args()
    with Store.open(os.path.abspath(args.db) if "://" not in args.db else args.db) as store:
        lo, hi = store.date_range()
        rng = random.Random(5)
        windows = [(lo + timedelta(days=rng.randrange(max(1, (hi - lo).days - 30))), rng.choice(["RU", "UA", "OTHER"]))
                   for _ in range(args.windows)]
        out = {}
        for columns in ("full", "map", "table"):
            times = []
            for since, side in windows:
                t = time.perf_counter()
                try:
                    store.query(since=since, until=since + timedelta(days=30), sides=[side], columns=columns)
                except ValueError:  # a checkout without this field set
                    break
                times.append(time.perf_counter() - t)
            if times:
                out[f"query_30d_{columns}_s"] = round(statistics.median(times), 4)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
