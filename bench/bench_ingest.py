#!/usr/bin/env python3
"""Ingest rate of the checkout it is run from (its `geo/`), for paired runs across commits.

    python /path/to/bench_ingest.py [--articles 600]   # run with the checkout as the working directory

Generated articles (geo.articles.synthetic) are extracted, then written to a fresh SQLite store
one transaction each; the JSON gives both rates, so a change to the store's writes (events) shows
apart from extraction.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the checkout under test, not this file's

from geo.articles import from_text  # noqa: E402
from geo.articles.synthetic import synthetic_articles  # noqa: E402
from geo.claims.extract import extract_article  # noqa: E402
from geo.places.gazetteer import Gazetteer  # noqa: E402
from geo.store import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=600)
    args = ap.parse_args()
    gaz = Gazetteer.load()
    arts = [from_text(a["text"], title=a["title"], url=a["url"], outlet=a["outlet"],
                      published=date.fromisoformat(a["published"])) for a in synthetic_articles(args.articles, seed=42)]
    t0 = time.perf_counter()
    extracted = [extract_article(a, gaz) for a in arts]
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as d, Store.open(str(Path(d) / "ingest.sqlite"), gazetteer=gaz) as store:
        batched = hasattr(store, "flush_events")  # as geo.store.ingest writes, where it groups events
        for i, (a, e) in enumerate(zip(arts, extracted), 1):
            if batched:
                store.add(a, e, events=False)
                if i % 64 == 0:
                    store.flush_events()
            else:
                store.add(a, e)
        if batched:
            store.flush_events()
        t2 = time.perf_counter()
        claims = store.counts()["claims"]
    n = args.articles
    print(json.dumps({"articles": n, "claims": claims, "extract_per_s": round(n / (t1 - t0), 1),
                      "store_writes_per_s": round(n / (t2 - t1), 1), "ingest_per_s": round(n / (t2 - t0), 1)}, indent=2))


if __name__ == "__main__":
    main()
