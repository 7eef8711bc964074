#!/usr/bin/env python3
"""Benchmark the store: ingest rate (SQLite and PostGIS) and query time over 100,000 claims.

    python bench/bench_store.py [--articles 10000] [--claims 100000] [--pg URL] [--markdown]

Ingest: generated articles (geo.articles.synthetic) through the full pipeline (read, extract, one
transaction per article); the store-write share is measured apart on pre-extracted articles.
Query: a store filled with 100,000 claims (fabricated extraction results on real gazetteer
places, so the database work is real), then date-range + side filters over random 30-day
windows, as the dashboard issues them; the median of many queries is reported.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.articles import from_text  # noqa: E402
from geo.claims import Claim  # noqa: E402
from geo.claims.extract import Extraction, extract  # noqa: E402
from geo.places.geoparse import PlaceMention  # noqa: E402
from geo.places.gazetteer import Gazetteer  # noqa: E402
from geo.store import Store  # noqa: E402
from geo.articles.synthetic import synthetic_articles  # noqa: E402


def ingest_rate(url: str, n: int, gaz) -> dict:
    store = Store.open(url, gazetteer=gaz)
    arts = [from_text(a["text"], title=a["title"], url=a["url"], outlet=a["outlet"], published=date.fromisoformat(a["published"]))
            for a in synthetic_articles(n, seed=42)]
    t0 = time.perf_counter()
    extracted = [extract(a, gaz) for a in arts]
    t1 = time.perf_counter()
    for a, e in zip(arts, extracted):
        store.add(a, e)
    t2 = time.perf_counter()
    counts = store.counts()
    store.close()
    return {"articles": n, "claims": counts["claims"], "extract_per_s": round(n / (t1 - t0), 1),
            "store_writes_per_s": round(n / (t2 - t1), 1), "ingest_per_s": round(n / (t2 - t0), 1)}


def fill(url: str, n_claims: int, gaz, seed: int = 7) -> Store:
    rng = random.Random(seed)
    ua = [pid for pid, k, c in zip(gaz.column("id"), gaz.column("kind"), gaz.column("country"))
          if k == "settlement" and c in ("UA", "RU")]
    areas = gaz.area_ids("admin1")[:40]
    store = Store.open(url, gazetteer=gaz)
    start = date(2022, 2, 24)
    made, i, batch = 0, 0, []
    while made < n_claims:
        pub = start + timedelta(days=rng.randrange(1000))
        claims = []
        for k in range(5):
            pids = [rng.choice(ua)] + ([rng.choice(areas)] if rng.random() < 0.3 else [])
            places = tuple(PlaceMention(0, 0, gaz.get(p).name, gaz.get(p), 1.0) for p in pids)
            claims.append(Claim(side=rng.choice(["RU", "UA", "OTHER"]), source="bench", attacker=rng.choice(["RU", "UA", None]),
                                date=pub - timedelta(days=rng.randrange(2)), date_precision="day", places=places,
                                targets=(rng.choice(["energy", "residential", "airfield", "fuel_depot"]),), weapons=("drone",),
                                sentence=f"bench claim {i}-{k}", start=0, end=10, confidence=0.5))
        art = from_text(f"Bench article {seed}-{i} about strikes.", published=pub)
        batch.append((art, Extraction(art, tuple(m for c in claims for m in c.places), tuple(claims))))
        made += len(claims)
        i += 1
        if len(batch) == 32 or made >= n_claims:  # written and grouped in batches, as ingest does
            store.add_many(batch, events=False)
            batch = []
        if i % 256 == 0:
            store.flush_events()
    store.flush_events()
    return store


def query_times(store: Store, runs: int = 40, seed: int = 3) -> dict:
    rng = random.Random(seed)
    lo, hi = store.date_range()
    times, rows = [], []
    for _ in range(runs):
        since = lo + timedelta(days=rng.randrange((hi - lo).days - 30))
        sides = rng.choice([["RU"], ["UA"], ["RU", "UA"], ["OTHER"]])
        t = time.perf_counter()
        gdf = store.query(since=since, until=since + timedelta(days=30), sides=sides)
        times.append(time.perf_counter() - t)
        rows.append(len(gdf))
    return {"query_ms_median": round(1000 * statistics.median(times), 1), "query_ms_p90": round(1000 * sorted(times)[int(0.9 * runs)], 1),
            "rows_median": int(statistics.median(rows))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--pg", help="PostgreSQL URL (with PostGIS) to benchmark too")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    gaz = Gazetteer.load()
    out = {}
    with tempfile.TemporaryDirectory() as d:
        out["sqlite_ingest"] = ingest_rate(str(Path(d) / "ingest.sqlite"), args.articles, gaz)
        if args.pg:
            out["postgis_ingest"] = ingest_rate(args.pg, args.articles, gaz)
        t = time.perf_counter()
        store = fill(str(Path(d) / "query.sqlite"), args.claims, gaz)
        out["sqlite_fill_s"] = round(time.perf_counter() - t, 1)
        out["sqlite_query"] = query_times(store)
        out["sqlite_query"]["claims"] = store.counts()["claims"]
        store.close()
        if args.pg:
            store = Store.open(args.pg, gazetteer=gaz)
            from sqlalchemy import text

            with store.engine.begin() as conn:
                conn.execute(text("TRUNCATE rollup_days, rollup_areas, rollup_cells, event_places, events, corrections, claim_places, claims, articles"))
            store.close()
            store = fill(args.pg, args.claims, gaz)
            out["postgis_query"] = query_times(store)
            store.close()
    print(json.dumps(out, indent=2))
    if args.markdown:
        print("\n| measure | median | target |\n|---|---|---|")
        si = out["sqlite_ingest"]
        print(f"| ingest into SQLite, {si['articles']:,} articles ({si['claims']:,} claims), one core | {si['ingest_per_s']} articles/s "
              f"(extraction {si['extract_per_s']}/s, store writes {si['store_writes_per_s']}/s) | |")
        if "postgis_ingest" in out:
            pi = out["postgis_ingest"]
            print(f"| ingest into PostGIS, same articles | {pi['ingest_per_s']} articles/s (store writes {pi['store_writes_per_s']}/s) | |")
        q = out["sqlite_query"]
        print(f"| SQLite query, 30-day window + side, {q['claims']:,} claims | {q['query_ms_median']} ms (p90 {q['query_ms_p90']} ms, ~{q['rows_median']:,} rows) | <= 200 ms |")
        if "postgis_query" in out:
            q = out["postgis_query"]
            print(f"| PostGIS query, same | {q['query_ms_median']} ms (p90 {q['query_ms_p90']} ms) | |")


if __name__ == "__main__":
    main()
