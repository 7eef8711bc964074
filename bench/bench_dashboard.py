#!/usr/bin/env python3
"""The map page with a large store, measured where users see it: in Chromium.

    python bench/bench_dashboard.py [--claims 100000] [--runs 5] [--json]

A store of N generated claims (bench_store.fill), `streamlit run app.py` on it, headless Debian
Chromium through Playwright. Per run, in a fresh browser page:
- first render: from navigation until the metrics, the map canvas and the claim list are shown
  (in a new tab of a browser that has the app's scripts; a never-seen browser reported apart, its
  first run, the server's cold start, left out);
- filter change: a side taken off in the sidebar, from the click until the side's count reads 0
  and the app is idle again; the bytes the server sent over the websocket meanwhile;
- widen to all time: the dates slider's start moved to the first day (keyboard Home), until idle.
The admin-1 outlines (a static file the browser fetches once) are reported apart.
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
sys.path.insert(0, str(ROOT / "tests"))

from bench_store import fill  # noqa: E402
from geo.places.gazetteer import Gazetteer  # noqa: E402

IDLE = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"


def metric(page, label: str) -> str:
    return page.locator(f'[data-testid="stMetric"]:has-text("{label}") [data-testid="stMetricValue"]').first.inner_text()


def one_run(page, url: str) -> dict:
    frames: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: frames.append(len(f))))
    static: list[int] = []
    page.on("requestfinished", lambda r: static.append(r.sizes()["responseBodySize"]) if "admin1.json" in r.url else None)
    t = time.perf_counter()
    page.goto(url, timeout=120_000)
    page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(state="visible", timeout=120_000)
    page.get_by_text("Claim detail", exact=True).wait_for(timeout=120_000)  # on the page before issue 12 too
    first = time.perf_counter() - t
    page.wait_for_function(IDLE, timeout=120_000)
    first_idle = time.perf_counter() - t
    first_bytes = sum(frames)

    page.wait_for_timeout(1500)
    frames.clear()
    t = time.perf_counter()
    page.get_by_role("button", name="Remove Independent / unattributed").click()
    page.wait_for_function("() => [...document.querySelectorAll('[data-testid=\"stMetric\"]')].some(m => "
                           "m.innerText.startsWith('Independent') && m.innerText.trim().endsWith('\\n0'))",
                           timeout=120_000)
    page.wait_for_function(IDLE, timeout=120_000)
    change = time.perf_counter() - t
    page.wait_for_timeout(500)
    change_bytes = sum(frames)

    frames.clear()
    t = time.perf_counter()
    before = page.evaluate("() => new URL(location.href).searchParams.get('since')")
    page.locator('[data-testid="stSlider"] input[type="range"]').first.press("Home")
    page.wait_for_function(f"() => new URL(location.href).searchParams.get('since') !== '{before}'", timeout=120_000)
    page.wait_for_function(IDLE, timeout=120_000)
    widen = time.perf_counter() - t
    page.wait_for_timeout(500)
    return {"first": first, "first_idle": first_idle, "first_bytes": first_bytes, "change": change, "change_bytes": change_bytes, "widen": widen,
            "widen_bytes": sum(frames), "outlines_bytes": sum(static)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--db", help="an existing SQLite store to use instead of building one")
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose app.py is served (to compare commits)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM, FLAGS, serve_app

    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "big.sqlite"
        t = time.perf_counter()
        if args.db:
            shutil.copy(args.db, db)
        else:
            fill(str(db), args.claims, Gazetteer.load()).close()
        build = time.perf_counter() - t
        runs = []
        with serve_app(db, args.root) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            cold = []
            for _ in range(args.runs):  # a new browser profile each time: Streamlit's scripts not cached
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                cold.append(one_run(context.new_page(), url))
                context.close()
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            for _ in range(args.runs):  # a user's new tab: the browser has the scripts and the outlines
                page = context.new_page()
                runs.append(one_run(page, url))
                page.close()
            browser.close()
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    out = {"claims": args.claims, "runs": args.runs, "build_s": round(build, 1),
           "first_render_s": round(med["first"], 2), "first_render_idle_s": round(med["first_idle"], 2),
           "first_render_cold_browser_s": round(statistics.median(r["first"] for r in cold[1:] or cold), 2),
           "first_render_kb": round(med["first_bytes"] / 1e3),
           "filter_change_s": round(med["change"], 2), "filter_change_kb": round(med["change_bytes"] / 1e3),
           "widen_all_time_s": round(med["widen"], 2), "widen_all_time_kb": round(med["widen_bytes"] / 1e3),
           "outlines_kb_once": round(max(r["outlines_bytes"] for r in cold) / 1e3)}
    if args.json:
        print(json.dumps(out))
        return
    print(json.dumps(out, indent=2))
    print("\n| measure (Chromium, medians) | value | target |\n|---|---|---|")
    print(f"| first render, {args.claims:,} claims (map, counts, lists shown) | {out['first_render_s']} s, {out['first_render_kb']} KB | <= 3 s |")
    print(f"| the same until the app is idle | {out['first_render_idle_s']} s | |")
    print(f"| first render in a browser that never saw the app | {out['first_render_cold_browser_s']} s | |")
    print(f"| filter change (a side off) | {out['filter_change_s']} s, {out['filter_change_kb']} KB | <= 1.5 s, <= 300 KB |")
    print(f"| widen to all time | {out['widen_all_time_s']} s, {out['widen_all_time_kb']} KB | |")
    print(f"| admin-1 outlines, fetched once per browser | {out['outlines_kb_once']} KB | |")


if __name__ == "__main__":
    main()
