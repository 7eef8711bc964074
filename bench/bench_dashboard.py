#!/usr/bin/env python3
"""The map page measured where users see it, in Chromium: a large store, and a fresh clone's first map.

    python bench/bench_dashboard.py [--claims 100000] [--runs 5] [--json] [--only warm|cold]

Warm: a store of N generated claims (bench_store.fill), `streamlit run app.py` on it, headless
Debian Chromium through Playwright. Per run, in a fresh browser page:
- first render: from navigation until the metrics, the map canvas and the claim list are shown
  (in a new tab of a browser that has the app's scripts; a never-seen browser reported apart, its
  first run, the server's cold start, left out);
- filter change: a side taken off in the sidebar, from the click until the side's count reads 0
  and the app is idle again; the bytes the server sent over the websocket meanwhile;
- widen to all time: the dates slider's start moved to the first day (keyboard Home), until idle;
- click to detail: in a page opened on a link centred on a known marker (`?lat=&lon=&zoom=`),
  from a click on the marker's canvas pixel until the detail panel beside the map lists that
  marker's claims ("Claim (n)", n worked out from the store beforehand, the "latest claims of the
  view" caption gone) and the app is idle; the websocket bytes meanwhile. Two markers: a grid cell
  of the opening view (latest 90 days, counted on a grid) and a single place's marker in the
  latest 7 days (markers per place). The pointer first hovers until deck.gl's tooltip names the
  marker (so the map is drawn and the click cannot miss), and the tooltip says which side's
  marker is on top, whose claim count is then expected. Split: the click until the browser asks
  the server to rerun (its first websocket message after the click: deck.gl's picking), until the
  server's last message (its rerun), and the rest (the browser drawing it).
Each also reports when the server's last websocket message of it arrived (its "script finished";
what is left until idle is the browser's). The admin-1 outlines (a static file the browser
fetches once) are reported apart.

Cold (first map of a fresh clone), reported apart from the warm numbers: the checkout's files
(`git ls-files`, as a clone has them: no `__pycache__`, no store) copied to a temporary folder,
an empty store path and an empty cache folder (`STRIKE_ATLAS_CACHE`), so the app loads the
bundled samples on its first start, as a new user sees it. Per run: bytecode removed, a new
store, a freshly started server (seconds until its health check answers), a never-seen browser
profile; from navigation until the map canvas and the metrics are shown, and until idle. Where
the time goes: the moments the page first shows each line of the first-start status box and
its closing toast (a MutationObserver in the page; the gazetteer loaded, the store opened, the
samples stored), the websocket opening, the outlines fetched, the first run's last message; and
the same pieces timed in a fresh Python process on the copy (imports, gazetteer, empty store,
samples ingest, the map's view of them, then the whole first script run through AppTest on
another new store), with no bytecode (a fresh clone) and with it.
"""
from __future__ import annotations

import argparse
import contextlib
import html
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_store import fill  # noqa: E402
from geo.places.gazetteer import Gazetteer  # noqa: E402

IDLE = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
LATEST_CAPTION = "the latest claims of the view are listed here"  # the panel before a click
# The panel lists the clicked marker's claims: its picker reads "Claim (n)", the caption is gone.
PANEL = ("n => [...document.querySelectorAll('[data-testid=\"stSelectbox\"] label')].some(l => l.textContent.trim() === n)"
         f" && ![...document.querySelectorAll('[data-testid=\"stCaptionContainer\"]')].some(c => c.textContent.includes('{LATEST_CAPTION}'))")


def metric(page, label: str) -> str:
    return page.locator(f'[data-testid="stMetric"]:has-text("{label}") [data-testid="stMetricValue"]').first.inner_text()


def _last(at: list[float], t: float, until: float) -> float:
    """Seconds from t to the last websocket message received before ``until`` (the server's
    "script finished"): what is left until idle is the browser's."""
    return max((a for a in at if t <= a <= until), default=t) - t


def one_run(page, url: str) -> dict:
    frames: list[int] = []
    at: list[float] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: frames.append(len(f)) or at.append(time.perf_counter())))
    static: list[int] = []
    page.on("requestfinished", lambda r: static.append(r.sizes()["responseBodySize"]) if "admin1.json" in r.url else None)
    t = time.perf_counter()
    page.goto(url, timeout=120_000)
    page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(state="visible", timeout=120_000)
    page.get_by_text("Claim detail", exact=True).wait_for(timeout=120_000)  # on the page before issue 12 too
    first = time.perf_counter() - t
    page.wait_for_function(IDLE, timeout=120_000)
    first_idle = time.perf_counter() - t
    first_server = _last(at, t, t + first_idle)
    first_bytes = sum(frames)

    page.wait_for_timeout(1500)
    frames.clear()
    t = time.perf_counter()
    page.get_by_role("button", name="Remove Independent").click()  # "Independent" since issue 24
    page.wait_for_function("() => [...document.querySelectorAll('[data-testid=\"stMetric\"]')].some(m => "
                           "m.innerText.startsWith('Independent') && m.innerText.trim().endsWith('\\n0'))",
                           timeout=120_000)
    page.wait_for_function(IDLE, timeout=120_000)
    change = time.perf_counter() - t
    change_server = _last(at, t, t + change)
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
    return {"first": first, "first_idle": first_idle, "first_server": first_server, "first_bytes": first_bytes, "change": change,
            "change_server": change_server, "change_bytes": change_bytes, "widen": widen, "widen_server": _last(at, t, t + widen),
            "widen_bytes": sum(frames), "outlines_bytes": sum(static)}


# -- click to detail ------------------------------------------------------------------------------
def click_targets(db: Path, gaz) -> dict:
    """Markers to click, worked out from the store as the page will draw them: the busiest grid
    cell of the opening view and an isolated single place's marker of the latest 7 days, each
    with the link that centres the map on it and the number of claims each side's marker there
    opens in the panel."""
    from geo.app import filters as dash
    from geo.app import views
    from geo.app.mapdeck import SIDE_OFFSETS
    from geo.store import Store

    out = {}
    with Store.open(f"sqlite:///{db}", gazetteer=gaz) as store:
        lo, hi, since, until = dash.default_window(store)

        def claims(filters, picked: dict) -> int:
            rows = views.picked_claims(store, gaz, filters, picked)
            return 0 if rows is None else int(rows.claim_id.nunique())

        opening = dash.Filters(since=since, until=until)
        layers = views.map_view(store, gaz, opening, static_serving=True)["layers"]
        if layers["aggregated"]:
            m = max(layers["points"], key=lambda m: m["n"])
            here = [p for p in layers["points"] if p["p"] == m["p"]]
            # zoomed in until the next cell is at least 100 px away (256 * 2^zoom px per 360°)
            zoom = min(12, max(5, math.ceil(math.log2(100 * 360 / (256 * layers["cell"])))))
            out["cell"] = {"params": "", "lon": m["p"][0], "lat": m["p"][1], "zoom": zoom,
                           "claims": {p["side"]: claims(opening, {"p": p["p"], "cell": layers["cell"], "side": p["side"]})
                                      for p in here},
                           "names": {p["side"]: p["t_place"] for p in here},
                           "at": [SIDE_OFFSETS[p["side"]] for p in sorted(here, key=lambda p: -p["n"])],
                           "what": f"a {layers['cell']:g}° grid cell, latest {(until - since).days} days"}
        week = dash.Filters(since=hi - timedelta(days=6), until=hi)
        layers = views.map_view(store, gaz, week, static_serving=True)["layers"]
        if not layers["aggregated"]:
            def alone(m):  # no other marker within 0.2° (about 70 px at zoom 9)
                return not m.get("o") and not any(o is not m and abs(o["p"][0] - m["p"][0]) < 0.2
                                                   and abs(o["p"][1] - m["p"][1]) < 0.2 for o in layers["points"])
            m = max((m for m in layers["points"] if alone(m)), key=lambda m: (m["n"], m["p"]))
            out["marker"] = {"params": f"since={week.since}&until={week.until}&", "lon": m["p"][0], "lat": m["p"][1],
                             "zoom": 9, "claims": {m["side"]: claims(week, {"place_id": m["place_id"], "side": m["side"]})},
                             "names": {m["side"]: m["t_place"]},
                             "at": [[0, 0]], "what": "a place's marker, latest 7 days"}
    return out


def _hover(page, spots: list, timeout: float = 60) -> tuple[float, float, str]:
    """Move the pointer over the spots in turn until deck.gl's tooltip shows (the map is drawn
    and the marker pickable); returns where and the tooltip's text."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.bounding_box()
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    tip = page.locator(".deck-tooltip")
    end = time.perf_counter() + timeout
    i = 0
    while time.perf_counter() < end:
        dx, dy = spots[i % len(spots)]
        x, y = cx + dx + (i // len(spots)) % 2, cy + dy  # a pixel's wiggle: deck.gl picks on pointer moves
        page.mouse.move(x, y)
        try:
            tip.wait_for(state="visible", timeout=1000)
            return x, y, tip.inner_text()
        except PlaywrightTimeout:
            i += 1
    raise RuntimeError("no marker under the pointer: the map was not drawn where expected")


def click_run(page, url: str, target: dict) -> dict:
    from geo.app.mapdeck import SIDE_LABELS
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    frames: list[int] = []
    at: list[float] = []
    sent: list[float] = []
    page.on("websocket", lambda ws: (ws.on("framereceived", lambda f: frames.append(len(f)) or at.append(time.perf_counter())),
                                     ws.on("framesent", lambda f: sent.append(time.perf_counter()))))
    page.goto(f"{url}/?{target['params']}lat={target['lat']}&lon={target['lon']}&zoom={target['zoom']}", timeout=120_000)
    page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(state="visible", timeout=120_000)
    page.get_by_text(LATEST_CAPTION).wait_for(timeout=120_000)
    page.wait_for_function(IDLE, timeout=120_000)
    x, y, tip = _hover(page, target["at"])
    side = next((s for s, label in SIDE_LABELS.items() if label in tip and s in target["claims"]), None)
    if side is None or html.unescape(target["names"][side]) not in tip:
        raise RuntimeError(f"the pointer is over another marker than the one expected: {tip!r}")
    expect = f"Claim ({target['claims'][side]:,})"
    page.wait_for_timeout(500)  # a longer pause (3 s) changed nothing
    frames.clear()
    retries = 0
    t = time.perf_counter()
    while True:
        page.mouse.click(x, y)
        try:
            page.wait_for_function(PANEL, arg=expect, polling=50, timeout=20_000)
            break
        except PlaywrightTimeout:  # counted and reported: the time is from the first click
            retries += 1
            if retries == 3:
                raise
    page.wait_for_function(IDLE, polling=50, timeout=120_000)
    took = time.perf_counter() - t
    page.wait_for_timeout(500)
    return {"s": took, "asked_s": min((a for a in sent if a >= t), default=t) - t, "server_s": _last(at, t, t + took),
            "bytes": sum(frames), "retries": retries, "claims": target["claims"][side]}


# -- the first map of a fresh clone ---------------------------------------------------------------
# Lines of the first-start status box and its closing toast (geo/app/ui.py).
MARKS = {"status": "Preparing Strike Atlas", "gazetteer": "places ready", "samples": "sample articles stored"}
OBSERVE = """(() => {
  if (window !== window.top) return;
  const marks = window.__marks = {}, want = %s;
  const seen = (k, yes) => { if (!(k in marks) && yes) marks[k] = performance.now(); };
  const obs = new MutationObserver(() => {
    const text = document.body ? document.body.textContent : "";
    for (const [k, s] of Object.entries(want)) seen(k, text.includes(s));
    seen("app", document.querySelector('[data-testid="stAppViewContainer"]'));
    seen("metrics", document.querySelector('[data-testid="stMetric"]'));
    seen("canvas", document.querySelector('[data-testid="stDeckGlJsonChart"] canvas'));
    if ("metrics" in marks && "canvas" in marks) obs.disconnect();
  });
  obs.observe(document, {childList: true, subtree: true, characterData: true});
})()""" % json.dumps(MARKS)

PIECES = r"""
import json, sys, time
t = t0 = time.perf_counter()
out = {}
def lap(k):
    global t
    now = time.perf_counter(); out[k] = round(now - t, 3); t = now
import streamlit; lap("import_streamlit")
import pydeck; lap("import_pydeck")
from geo.app import charts, focus, mapdeck, views, ui; from geo.app import filters as dash  # the map page's
from geo.claims.vocab import TARGETS; from geo.store import Store; from geo.store.export import to_geojson
lap("import_app")
from geo.places.gazetteer import Gazetteer
gaz = Gazetteer.default(); lap("gazetteer")
from geo.app import samples; samples.preload(sys.argv[1])  # as ui.store() does for a new SQLite store
store = Store.open(sys.argv[1], gazetteer=gaz); out["samples"] = store.counts()["articles"]; lap("store_with_samples")
lo, hi, since, until = dash.default_window(store)
view = views.map_view(store, gaz, dash.Filters(since=since, until=until), static_serving=True)
mapdeck.deck(view["layers"]).to_json(); lap("map_view")
out["total"] = round(time.perf_counter() - t0, 3)
from streamlit.testing.v1 import AppTest  # the whole first script run, server side, on another new store
import os; os.environ["STRIKE_ATLAS_DB"] = sys.argv[2]
at = AppTest.from_file("app.py", default_timeout=120); t = time.perf_counter(); at.run(); lap("apptest_first_run")
assert not at.exception, at.exception
at.run(); lap("apptest_second_run")
print(json.dumps(out))
"""


def fresh_clone(root: Path, dest: Path) -> Path:
    """The checkout's files as a clone has them (tracked and new, not ignored): no bytecode, no store."""
    names = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root,
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, names):
        src = root / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


def no_bytecode(tree: Path) -> None:
    for d in list(tree.rglob("__pycache__")):
        shutil.rmtree(d, ignore_errors=True)


@contextlib.contextmanager
def started_server(root: Path, env: dict):
    """`streamlit run app.py` as a user starts it; yields its URL and the seconds until its
    health check answered (polled every 20 ms)."""
    from test_browser import free_port, stop, streamlit_command

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    t = time.perf_counter()
    proc = subprocess.Popen(streamlit_command(root, port), cwd=root, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                if proc.poll() is not None or time.perf_counter() - t > 120:
                    raise RuntimeError("streamlit did not start")
                time.sleep(0.02)
        yield url, time.perf_counter() - t
    finally:
        stop(proc)


def cold_run(browser, tree: Path, work: Path, i: int) -> dict:
    no_bytecode(tree)
    (work / f"cache{i}").mkdir()
    env = dict(os.environ, STRIKE_ATLAS_DB=str(work / f"new{i}.sqlite"), STRIKE_ATLAS_CACHE=str(work / f"cache{i}"),
               PYTHONPATH=str(tree))
    with started_server(tree, env) as (url, server_s):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})  # a never-seen profile
        context.add_init_script(OBSERVE)
        page = context.new_page()
        opened: list[float] = []
        frames: list[float] = []
        outlines: list[float] = []
        page.on("websocket", lambda ws: opened.append(time.perf_counter())
                or ws.on("framereceived", lambda f: frames.append(time.perf_counter())))
        page.on("requestfinished", lambda r: outlines.append(time.perf_counter()) if "admin1.json" in r.url else None)
        t = time.perf_counter()
        page.goto(url, timeout=120_000)
        page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(state="visible", timeout=120_000)
        page.locator('[data-testid="stMetric"]').first.wait_for(state="visible", timeout=120_000)
        first = time.perf_counter() - t
        page.wait_for_function(IDLE, timeout=120_000)
        idle = time.perf_counter() - t
        marks = page.evaluate("() => window.__marks")
        claims = metric(page, "Claims")
        context.close()
    out = {"server_s": server_s, "first_map_s": first, "idle_s": idle, "websocket_s": opened[0] - t, "claims": claims,
           "last_message_s": max(f for f in frames if f <= t + idle) - t, "outlines_s": outlines[0] - t}
    out.update({f"at_{k}_s": v / 1e3 for k, v in marks.items()})
    return out


def pieces(tree: Path, work: Path, i: int, bytecode: bool) -> dict:
    if not bytecode:
        no_bytecode(tree)
    (work / f"pcache{i}").mkdir(exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(tree), STRIKE_ATLAS_CACHE=str(work / f"pcache{i}"))
    db, db2 = (f"sqlite:///{work / f'pieces{i}-{int(bytecode)}{k}.sqlite'}" for k in "ab")
    done = subprocess.run([sys.executable, "-c", PIECES, db, db2], cwd=tree, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def cold(args, work: Path) -> dict:
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM, FLAGS

    tree = fresh_clone(args.root, work / "clone")
    runs = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for i in range(args.runs):
            runs.append(cold_run(browser, tree, work, i))
        browser.close()
    parts = {"fresh": [], "bytecode": []}
    for i in range(args.runs):  # each in a fresh process: with no bytecode, then again with it
        parts["fresh"].append(pieces(tree, work, i, bytecode=False))
        parts["bytecode"].append(pieces(tree, work, i, bytecode=True))
    keys = dict.fromkeys(k for r in runs for k in r if k != "claims")  # a mark a run never saw is left out
    med = {k: round(statistics.median(r[k] for r in runs if k in r), 2) for k in keys}
    out = {"cold_" + k: v for k, v in med.items()}
    out["cold_total_s"] = round(statistics.median(r["server_s"] + r["first_map_s"] for r in runs), 2)
    out["cold_claims_shown"] = runs[0]["claims"]
    for kind, rs in parts.items():
        for k in rs[0]:
            if k != "samples":
                out[f"cold_python_{kind}_{k}_s"] = round(statistics.median(r[k] for r in rs), 2)
    out["cold_samples"] = parts["fresh"][0]["samples"]
    out["cold_runs_first_map_s"] = [round(r["first_map_s"], 2) for r in runs]
    return out


# -- warm: the large store ------------------------------------------------------------------------
def warm(args, work: Path) -> dict:
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM, FLAGS, serve_app

    db = work / "big.sqlite"
    t = time.perf_counter()
    gaz = Gazetteer.load()
    if args.db:
        shutil.copy(args.db, db)
    else:
        fill(str(db), args.claims, gaz).close()
    build = time.perf_counter() - t
    targets = click_targets(db, gaz)
    runs, clicks = [], {k: [] for k in targets}
    with serve_app(db, args.root) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        cold_browser = []
        for _ in range(args.runs):  # a new browser profile each time: Streamlit's scripts not cached
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            cold_browser.append(one_run(context.new_page(), url))
            context.close()
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        for _ in range(args.runs):  # a user's new tab: the browser has the scripts and the outlines
            page = context.new_page()
            runs.append(one_run(page, url))
            page.close()
            for kind, target in targets.items():
                page = context.new_page()
                clicks[kind].append(click_run(page, url, target))
                page.close()
        browser.close()
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    out = {"build_s": round(build, 1),
           "first_render_s": round(med["first"], 2), "first_render_idle_s": round(med["first_idle"], 2),
           "first_render_cold_browser_s": round(statistics.median(r["first"] for r in cold_browser[1:] or cold_browser), 2),
           "first_render_kb": round(med["first_bytes"] / 1e3),
           "first_render_last_message_s": round(med["first_server"], 2),
           "filter_change_s": round(med["change"], 2), "filter_change_kb": round(med["change_bytes"] / 1e3),
           "filter_change_last_message_s": round(med["change_server"], 2),
           "widen_all_time_s": round(med["widen"], 2), "widen_all_time_kb": round(med["widen_bytes"] / 1e3),
           "widen_all_time_last_message_s": round(med["widen_server"], 2),
           "outlines_kb_once": round(max(r["outlines_bytes"] for r in cold_browser) / 1e3)}
    for kind, rs in clicks.items():
        out[f"click_{kind}_s"] = round(statistics.median(r["s"] for r in rs), 2)
        out[f"click_{kind}_kb"] = round(statistics.median(r["bytes"] for r in rs) / 1e3)
        out[f"click_{kind}_asked_s"] = round(statistics.median(r["asked_s"] for r in rs), 2)
        out[f"click_{kind}_last_message_s"] = round(statistics.median(r["server_s"] for r in rs), 2)
        out[f"click_{kind}_runs_s"] = [round(r["s"], 2) for r in rs]
        out[f"click_{kind}_claims"] = statistics.median(r["claims"] for r in rs)
        out[f"click_{kind}_retries"] = sum(r["retries"] for r in rs)
        out[f"click_{kind}_what"] = targets[kind]["what"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--db", help="an existing SQLite store to use instead of building one")
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose app.py is served (to compare commits)")
    ap.add_argument("--only", choices=["warm", "cold"], help="only the large store's measures, or only the fresh clone's")
    args = ap.parse_args()
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=args.root, capture_output=True, text=True).stdout
    out = {"claims": args.claims, "runs": args.runs, "commit": commit.strip()}
    with tempfile.TemporaryDirectory() as d:
        if args.only != "cold":
            (Path(d) / "warm").mkdir()
            out.update(warm(args, Path(d) / "warm"))
        if args.only != "warm":  # after the large store's server has stopped: one server at a time
            (Path(d) / "cold").mkdir()
            out.update(cold(args, Path(d) / "cold"))
    if args.json:
        print(json.dumps(out))
        return
    print(json.dumps(out, indent=2))
    if "first_render_s" in out:
        print("\n| measure (Chromium, medians) | value | its last message at | target |\n|---|---|---|---|")
        print(f"| first render, {args.claims:,} claims (map, counts, lists shown) | {out['first_render_s']} s, {out['first_render_kb']} KB | | <= 3 s |")
        print(f"| the same until the app is idle | {out['first_render_idle_s']} s | {out['first_render_last_message_s']} s | |")
        print(f"| first render in a browser that never saw the app | {out['first_render_cold_browser_s']} s | | |")
        print(f"| filter change (a side off) | {out['filter_change_s']} s, {out['filter_change_kb']} KB | "
              f"{out['filter_change_last_message_s']} s | <= 1.5 s, <= 300 KB |")
        for kind in ("cell", "marker"):
            if f"click_{kind}_s" in out:
                print(f"| click to detail: {out[f'click_{kind}_what']} ({out[f'click_{kind}_claims']:g} claims listed; "
                      f"rerun asked at {out[f'click_{kind}_asked_s']} s) | {out[f'click_{kind}_s']} s, {out[f'click_{kind}_kb']} KB | "
                      f"{out[f'click_{kind}_last_message_s']} s | <= 1.5 s, <= 300 KB |")
        print(f"| widen to all time | {out['widen_all_time_s']} s, {out['widen_all_time_kb']} KB | "
              f"{out['widen_all_time_last_message_s']} s | |")
        print(f"| admin-1 outlines, fetched once per browser | {out['outlines_kb_once']} KB | | |")
    if "cold_first_map_s" in out:
        print(f"\nFirst map of a fresh clone ({out['cold_samples']} sample articles, {out['cold_claims_shown']} claims shown):\n")
        print("| measure (medians) | value | target |\n|---|---|---|")
        print(f"| server start (`streamlit run` until its health check answers) | {out['cold_server_s']} s | |")
        print(f"| navigation until the map canvas and metrics are shown | {out['cold_first_map_s']} s | <= 5 s |")
        print(f"| the same until idle | {out['cold_idle_s']} s | |")
        print(f"| server start + first map | {out['cold_total_s']} s | |")
        print("\n| in the page, from navigation (medians) | s |\n|---|---|")
        for k, what in [("at_app", "app shell drawn"), ("websocket", "websocket opened (Streamlit's scripts loaded)"),
                        ("at_status", "first-start status box shown"), ("at_gazetteer", "gazetteer loaded"),
                        ("at_samples", "store ready with the samples"),
                        ("at_metrics", "metrics shown"), ("at_canvas", "map canvas inserted"),
                        ("outlines", "admin-1 outlines fetched"), ("first_map", "map canvas visible"),
                        ("last_message", "the first run's last message received")]:
            if f"cold_{k}_s" in out:
                print(f"| {what} | {out[f'cold_{k}_s']} |")
        print("\n| the same pieces in one Python process (medians) | fresh clone (no bytecode) | bytecode cached |\n|---|---|---|")
        for k in ("import_streamlit", "import_pydeck", "import_app", "gazetteer", "store_with_samples",
                  "map_view", "total", "apptest_first_run", "apptest_second_run"):
            print(f"| {k} | {out[f'cold_python_fresh_{k}_s']} s | {out[f'cold_python_bytecode_{k}_s']} s |")


if __name__ == "__main__":
    main()
