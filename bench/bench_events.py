#!/usr/bin/env python3
"""Events: grouping a store's claims into events in one pass, and what keeping them costs ingest.

    python bench/bench_events.py [--claims 100000] [--db STORE] [--runs 3]

Rebuild: a store of N generated claims (bench_store.fill, or a copy of --db), then
``Store.rebuild_events()`` timed (the median of --runs). The ingest cost of events is measured
with paired runs of bench_store.py against the commit before events (see bench/README.md).
"""
from __future__ import annotations

import argparse
import json
import shutil
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
from geo.store import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--db", help="an existing SQLite store to copy instead of building one")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    gaz = Gazetteer.load()
    with tempfile.TemporaryDirectory() as d:
        db = str(Path(d) / "events.sqlite")
        if args.db:
            shutil.copy(args.db, db)
        else:
            fill(db, args.claims, gaz).close()
        times = []
        with Store.open(db, gazetteer=gaz) as store:
            counts = store.counts()
            for _ in range(args.runs):
                t = time.perf_counter()
                n = store.rebuild_events()
                times.append(time.perf_counter() - t)
            statuses = store.events().status.value_counts().to_dict()
    print(json.dumps({"claims": counts["claims"], "claim_places": counts["claim_places"], "events": n,
                      "rebuild_s_median": round(statistics.median(times), 2), "runs": args.runs,
                      "by_status": statuses}, indent=2))


if __name__ == "__main__":
    main()
