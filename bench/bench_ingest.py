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


def extractor():
    """What the checkout's ``Store.add`` takes: the typed ``extract`` (since issue 23) or, in an
    older checkout, ``extract_article``'s dict."""
    import inspect

    if "Extraction" in str(inspect.signature(Store.add).parameters["extraction"].annotation):
        from geo.claims.extract import extract

        return extract
    return extract_article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--jobs", type=int, help="also time `ingest` end to end with 1 and with this many processes")
    args = ap.parse_args()
    if args.jobs:
        return jobs_speedup(args.articles, args.jobs)
    gaz = Gazetteer.load()
    arts = [from_text(a["text"], title=a["title"], url=a["url"], outlet=a["outlet"],
                      published=date.fromisoformat(a["published"])) for a in synthetic_articles(args.articles, seed=42)]
    t0 = time.perf_counter()
    extract_one = extractor()
    extracted = [extract_one(a, gaz) for a in arts]
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as d, Store.open(str(Path(d) / "ingest.sqlite"), gazetteer=gaz) as store:
        batched = hasattr(store, "flush_events")  # as geo.pipeline.ingest writes, where it groups events
        many = hasattr(store, "add_many")  # and, since issue 14, 32 articles per transaction
        pairs = list(zip(arts, extracted))
        for i in range(0, len(pairs), 32 if many else 1):
            if many:
                store.add_many(pairs[i:i + 32], events=False)
            elif batched:
                store.add(*pairs[i], events=False)
            else:
                store.add(*pairs[i])
            if batched and (i // 64) != ((i + (32 if many else 1)) // 64):
                store.flush_events()
        if batched:
            store.flush_events()
        t2 = time.perf_counter()
        claims = store.counts()["claims"]
    n = args.articles
    print(json.dumps({"articles": n, "claims": claims, "extract_per_s": round(n / (t1 - t0), 1),
                      "store_writes_per_s": round(n / (t2 - t1), 1), "ingest_per_s": round(n / (t2 - t0), 1)}, indent=2))


def jobs_speedup(n: int, jobs: int, runs: int = 3) -> None:
    """`geo.pipeline.ingest` over a .jsonl of n generated articles, 1 process vs ``jobs``,
    alternating, fresh store each time; medians."""
    import statistics

    from geo.pipeline import ingest

    gaz = Gazetteer.load()
    times: dict[int, list[float]] = {1: [], jobs: []}
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "batch.jsonl"
        src.write_text("\n".join(json.dumps({k: a[k] for k in ("title", "url", "outlet", "published", "text")})
                                 for a in synthetic_articles(n, seed=42)) + "\n", encoding="utf-8")
        for r in range(runs):
            for j in (1, jobs):
                with Store.open(str(Path(d) / f"s{r}-{j}.sqlite"), gazetteer=gaz) as store:
                    t = time.perf_counter()
                    report = ingest(store, [str(src)], progress=False, jobs=j)
                    times[j].append(time.perf_counter() - t)
                    assert report.added == n, report.summary()
    one, many = statistics.median(times[1]), statistics.median(times[jobs])
    print(json.dumps({"articles": n, "jobs": jobs, "one_process_per_s": round(n / one, 1),
                      f"jobs_{jobs}_per_s": round(n / many, 1), "speedup": round(one / many, 2), "runs": runs}, indent=2))


if __name__ == "__main__":
    main()
