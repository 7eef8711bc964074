#!/usr/bin/env python3
"""Benchmark the gazetteer, the resolver and full extraction: load time, articles/s, peak memory.

Each measurement runs in a fresh process (so load time and memory are a user's, not a warm
interpreter's) and is repeated; medians are reported. Results go to stdout as JSON and, with
--markdown, as a table for bench/README.md.

    python bench/bench_resolver.py [--runs 5] [--markdown]
"""
from __future__ import annotations

import argparse
import json
import statistics
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LOAD = textwrap.dedent("""
    import json, resource, sys, time
    sys.path.insert(0, %r)
    t0 = time.perf_counter()
    from geo.places.gazetteer import Gazetteer
    g = Gazetteer.load()
    g.lookup("Kharkiv")
    t = time.perf_counter() - t0
    print(json.dumps({"load_s": t, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "places": len(g)}))
""")

# %%(step)s is "geoparse" (places only) or "extract" (places and claims, as `strike-atlas extract`).
PARSE = textwrap.dedent("""
    import json, resource, sys, time
    sys.path.insert(0, %(root)r)
    from geo.articles import from_text
    from geo.claims.extract import extract_article
    from geo.places.gazetteer import Gazetteer
    from geo.places.geoparse import geoparse
    g = Gazetteer.load()
    articles = json.load(open(%(path)r))
    if %(step)r == "extract":
        articles = [from_text(a, header=False) for a in articles]
        step = lambda a: len(extract_article(a, g)["claims"])
    else:
        step = lambda a: len(geoparse(a, gazetteer=g))
    step(articles[0])  # warm the name caches as a long-running process would
    t0 = time.perf_counter()
    n = 0
    for a in articles:
        n += step(a)
    t = time.perf_counter() - t0
    print(json.dumps({"articles": len(articles), "seconds": t, "found": n,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""")


def corpus(n: int = 300, size: int = 3000) -> list[str]:
    """~3 KB articles assembled from the dev set's bodies and varied sentences, so that every
    article differs (no caching across articles) and reads like real reporting."""
    dev = ROOT.parent / "shared" / "eval" / "dev"
    paragraphs = []
    for p in sorted(dev.glob("*.txt")):
        paragraphs += [x for x in p.read_text(encoding="utf-8").split("\n\n")[1:] if x.strip()]
    extra = [
        "Russian drones struck an energy facility in Shostka overnight, the Sumy regional administration said.",
        "Ukraine's General Staff said its forces hit an oil depot in Novoshakhtinsk, Rostov Oblast.",
        "Explosions were heard in Kharkov and Chuguyev, according to the pro-Russian underground.",
        "The governor of the Belgorod region said a drone hit a car near Shebekino.",
        "Fighting continued near Pokrovsk, Kurakhove and the village of Andriivka in Donetsk Oblast.",
        "Missiles hit Odesa's port and Izmail on the Danube, the Air Force said.",
        "A strike on Kryvyi Rih killed three people, Serhiy Lysak, head of the Dnipropetrovsk region, said.",
        "Moscow said air defences downed drones over the Bryansk, Kursk and Oryol regions.",
    ]
    out = []
    k = 0
    for i in range(n):
        parts, total = [], 0
        while total < size:
            para = paragraphs[k % len(paragraphs)] if k % 3 else extra[k % len(extra)]
            parts.append(para)
            total += len(para) + 2
            k += 7
        out.append(("\n\n".join(parts))[:size] + f" (report {i})")
    return out


def run(code: str, env: dict | None = None) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, **(env or {})})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    # Cold: a fresh process with an empty cache folder, as on a fresh clone's first run (the
    # committed index means nothing is built); warm: the same again, the files in the OS cache.
    colds = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            colds.append(run(LOAD % str(ROOT), {"STRIKE_ATLAS_CACHE": cache}))
    loads = [run(LOAD % str(ROOT)) for _ in range(args.runs)]
    arts = corpus(args.articles)
    path = ROOT / "bench" / "out"
    path.mkdir(exist_ok=True)
    (path / "articles.json").write_text(json.dumps(arts))
    args_ = {"root": str(ROOT), "path": str(path / "articles.json")}
    parses = [run(PARSE % dict(args_, step="geoparse")) for _ in range(args.runs)]
    extracts = [run(PARSE % dict(args_, step="extract")) for _ in range(args.runs)]
    rates = [p["articles"] / p["seconds"] for p in parses]
    xrates = [p["articles"] / p["seconds"] for p in extracts]
    result = {
        "gazetteer_cold_load_s_median": round(statistics.median(c["load_s"] for c in colds), 3),
        "gazetteer_load_s_median": round(statistics.median(l["load_s"] for l in loads), 3),
        "load_rss_mb_median": round(statistics.median(l["rss_mb"] for l in loads), 1),
        "geoparse_articles_per_s_median": round(statistics.median(rates), 1),
        "geoparse_ms_per_article_median": round(1000 / statistics.median(rates), 2),
        "article_chars": round(statistics.mean(len(a) for a in arts)),
        "articles_per_run": len(arts),
        "mentions_per_article": round(parses[0]["found"] / len(arts), 1),
        "extract_articles_per_s_median": round(statistics.median(xrates), 1),
        "extract_ms_per_article_median": round(1000 / statistics.median(xrates), 2),
        "claims_per_article": round(extracts[0]["found"] / len(arts), 1),
        "peak_rss_mb_median": round(statistics.median(p["rss_mb"] for p in parses + extracts), 1),
        "runs": args.runs,
    }
    print(json.dumps(result, indent=2))
    if args.markdown:
        print()
        print("| measure | median | target |")
        print("|---|---|---|")
        print(f"| gazetteer load, cold (fresh process, empty cache) | {result['gazetteer_cold_load_s_median']} s | <= 1 s |")
        print(f"| gazetteer load, warm (fresh process) | {result['gazetteer_load_s_median']} s | <= 0.5 s |")
        print(f"| geoparse, {result['article_chars']}-char articles, one core | {result['geoparse_articles_per_s_median']} articles/s ({result['geoparse_ms_per_article_median']} ms each) | >= 300/s |")
        print(f"| full extraction (places + claims), one core | {result['extract_articles_per_s_median']} articles/s ({result['extract_ms_per_article_median']} ms each) | >= 100/s |")
        print(f"| peak memory (load + extraction) | {result['peak_rss_mb_median']} MB | <= 400 MB |")


if __name__ == "__main__":
    main()
