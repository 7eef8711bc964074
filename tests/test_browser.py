"""A real browser: `streamlit run` on a free localhost port, headless Debian Chromium through
Playwright, the deck.gl canvas drawn, not blank, and no error box."""
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--use-gl=swiftshader", "--enable-unsafe-swiftshader"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def app_url(tmp_path):
    with serve_app(tmp_path / "browser.sqlite") as url:
        yield url


def streamlit_command(root, port: int, args=()) -> list[str]:
    """`streamlit run app.py [-- args]` of the checkout ``root`` on ``port`` of 127.0.0.1, as the
    tests and bench/ start it: unattended, no file watcher, no usage statistics."""
    return [sys.executable, "-m", "streamlit", "run", str(root / "app.py"), "--server.headless", "true",
            "--server.port", str(port), "--server.address", "127.0.0.1",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
            *(["--", *args] if args else [])]


def stop(proc) -> None:
    """End a server started by the tests: politely, then for sure."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextlib.contextmanager
def serve_app(db, root=ROOT, args=()):
    """`streamlit run app.py [-- args]` (of the checkout ``root``) on a free port over the store
    ``db``; yields its URL."""
    port = free_port()
    env = dict(os.environ, STRIKE_ATLAS_DB=str(db))
    proc = subprocess.Popen(streamlit_command(root, port, args), cwd=root, env=dict(env, PYTHONPATH=str(root)),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    try:
        yield url
    finally:
        stop(proc)


def test_map_renders_in_chromium(app_url, tmp_path):
    from PIL import Image
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        asked = []
        page.on("request", lambda r: asked.append(r.url))
        page.goto(app_url, timeout=60_000)
        canvas = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first
        canvas.wait_for(state="visible", timeout=90_000)
        page.get_by_text("Claim detail").wait_for(timeout=60_000)
        page.wait_for_timeout(4000)  # let deck.gl draw its layers
        shot = tmp_path / "map.png"
        canvas.screenshot(path=str(shot))
        page.screenshot(path=str(tmp_path / "page.png"))
        errors = page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]').count()
        browser.close()
    assert errors == 0
    # nothing leaves the machine unless the user asks (the online basemap is a toggle)
    assert not [u for u in asked if not u.startswith((app_url, f"blob:{app_url}", "data:"))]
    assert f"{app_url}/app/static/admin1.json" in asked  # the outlines, fetched once as a file
    img = Image.open(shot).convert("RGB")
    assert img.width > 300 and img.height > 300
    colors = img.getcolors(maxcolors=1 << 20)
    assert colors is not None and len(colors) > 50, "the map canvas is blank"
    # outlines and shaded oblasts are drawn: a good share of pixels is not the background
    background = max(colors)[1]
    drawn = sum(n for n, c in colors if c != background)
    assert drawn > 0.05 * img.width * img.height


def test_a_hostile_article_stays_text_in_chromium(tmp_path):
    """An article that carries an image, a script and a javascript: link: the viewer's browser
    fetches nothing it names and runs nothing."""
    from playwright.sync_api import sync_playwright

    from geo.articles import from_text
    from geo.claims.extract import extract
    from geo.store import Store

    hostile = ("Russian drones struck Poltava on 1 May 2025, the governor's office said. "
               "![x](http://127.0.0.1:9/pixel.png) <img src=http://127.0.0.1:9/img.png> <script>window.pwned=1</script>")
    art = from_text(hostile, title="<img src=http://127.0.0.1:9/title.png>", url="javascript:window.pwned=2")
    with Store.open(str(tmp_path / "browser.sqlite")) as store:
        store.add(art, extract(art))
    with serve_app(tmp_path / "browser.sqlite") as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        asked = []
        page.on("request", lambda r: asked.append(r.url))
        page.goto(f"{url}/?q=Poltava", timeout=60_000)
        page.get_by_text("Claim detail").wait_for(timeout=90_000)
        page.get_by_text("the governor").first.wait_for(timeout=60_000)
        page.wait_for_timeout(2000)
        pwned = page.evaluate("window.pwned === undefined ? null : window.pwned")
        imgs = page.locator("img[src*='127.0.0.1:9']").count()
        text = page.locator('[data-testid="stMain"]').inner_text()
        browser.close()
    assert pwned is None and imgs == 0
    assert not [u for u in asked if "127.0.0.1:9" in u]
    assert "![x](http://127.0.0.1:9/pixel.png)" in text  # shown as the text it is


def _point(place_id):
    from geo.places.gazetteer import Gazetteer

    p = Gazetteer.default().get(place_id)
    return p.lat, p.lon


def _centre(page):
    box = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _click_until(page, x: float, y: float, text: str, tries: int = 4) -> None:
    """Click until ``text`` shows, as a user clicks again on a map still being drawn (software
    WebGL on a busy machine can take longer than the first wait)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(tries):
        page.mouse.click(x, y)
        try:
            page.get_by_text(text).wait_for(timeout=15_000)
            return
        except PlaywrightTimeout:
            if attempt == tries - 1:
                raise
            page.wait_for_timeout(2000)


def test_click_play_correct_and_a_hostile_link_in_chromium(tmp_path):
    """What a user does: click a marker and read its claim; play moves the window; a correction
    is on the map after a reload; a hostile link gets a message, not a traceback."""
    from playwright.sync_api import sync_playwright

    from geo.articles import from_text
    from geo.claims.extract import extract, extract_article
    from geo.store import Store

    text = ("Russian drones struck an energy facility in Konotop on 4 May 2025, the Sumy regional military "
            "administration said. The Russian Defence Ministry said on 12 May 2025 that it had hit a drone workshop "
            "in Konotop.")
    art = from_text(text, title="Konotop report", url="https://example.org/konotop")
    out = extract(art)
    ua = next(c for c in out.claims if c.side == "UA")
    lat, lon = _point(next(m.place.id for m in ua.places if m.place))
    db = tmp_path / "browser.sqlite"
    with Store.open(str(db)) as store:
        store.add(art, out)
    with serve_app(db) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})

        # 1. a click on the Ukrainian marker (8 px right of the place) opens its claim
        page.goto(f"{url}/?lat={lat}&lon={lon}&zoom=9", timeout=60_000)
        page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(state="visible", timeout=90_000)
        page.get_by_text("Claim detail").wait_for(timeout=60_000)
        page.wait_for_timeout(4000)
        x, y = _centre(page)
        _click_until(page, x + 8, y, "Claim (1)")
        detail = page.locator('[data-testid="stMain"]').inner_text()
        assert "Sumy regional military administration" in detail and "energy facility" in detail
        # the link follows at the end of the run that drew the panel
        page.wait_for_function("() => new URL(location.href).searchParams.has('claim')", timeout=20_000)

        # 2. a correction (Konotop -> Romny) is on the map after a reload: hover where Romny is
        romny = extract_article(from_text("Russian drones struck Romny in the Sumy region on 1 May 2025, "
                                          "officials said."))["claims"][0]
        with Store.open(str(db)) as store:
            store.correct(store.query(sides=["UA"]).claim_id.iloc[0], "place", romny["place_ids"][0],
                          author="browser test")
        rlat, rlon = _point(romny["place_ids"][0])
        page.goto(f"{url}/?lat={rlat}&lon={rlon}&zoom=9", timeout=60_000)
        page.get_by_text("Claim detail").wait_for(timeout=60_000)
        page.wait_for_timeout(4000)
        x, y = _centre(page)
        page.mouse.move(x, y)
        page.mouse.move(x + 1, y)
        tip = page.locator(".deck-tooltip")
        tip.wait_for(state="visible", timeout=20_000)
        assert "Romny" in tip.inner_text() and "Ukrainian officials" in tip.inner_text()

        # 3. play moves the window (and the link follows it)
        page.goto(f"{url}/?since=2025-05-01&until=2025-05-05", timeout=60_000)
        page.get_by_text("Claim detail").wait_for(timeout=60_000)
        page.get_by_text("Play through time").click()
        page.wait_for_function("() => new URL(location.href).searchParams.get('since') !== '2025-05-01'",
                               timeout=30_000)
        page.get_by_text("Play through time").click()

        # 4. a hostile link: a message, no traceback, nothing run
        page.goto(f"{url}/?target=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E&side=XX&since=junk", timeout=60_000)
        page.get_by_text("Unknown target type").wait_for(timeout=60_000)
        warnings = page.locator('[data-testid="stAlertContentWarning"]').all_inner_texts()
        exceptions = page.locator('[data-testid="stException"]').count()
        pwned = page.evaluate("window.pwned === undefined ? null : window.pwned")
        browser.close()
    assert exceptions == 0 and pwned is None
    assert any("<img src=x" in w for w in warnings)  # shown as the text it is
    assert any("Unknown side 'XX'" in w for w in warnings) and any("is not a date" in w for w in warnings)


def _brush_left(page) -> int | None:
    """The left edge (pixels) of the timeline's grey brush, from a screenshot of the chart: the
    brush is the only light grey band across the chart's plot area."""
    import io

    from PIL import Image

    chart = page.locator('[data-testid="stVegaLiteChart"]').first
    img = Image.open(io.BytesIO(chart.screenshot())).convert("RGB")
    row = int(img.height * 0.45)
    # the brush: #333 at 12.5% over white, the widest such run (gridlines are one pixel wide)
    runs, start = [], None
    for x in range(img.width + 1):
        px = img.getpixel((x, row)) if x < img.width else (0, 0, 0)
        if all(224 <= v <= 234 for v in px) and max(px) - min(px) < 5:
            start = x if start is None else start
        elif start is not None:
            runs.append((x - start, start))
            start = None
    widest = max(runs, default=(0, None))
    return widest[1] if widest[0] >= 6 else None


def test_links_picks_and_the_brush_in_chromium(tmp_path):
    """Issue 24 in a real browser: every claim is on the map with the undated layer; a bad claim
    id in a link warns; the first pick in the event list opens that event and the map goes
    there; a panned map's link opens on the same view; the brush follows Play."""
    from playwright.sync_api import sync_playwright

    from geo.articles import from_text
    from geo.claims.extract import extract
    from geo.store import Store
    from test_dashboard_defects import DATED, UNDATED
    from test_events import KONOTOP, RU_MOD

    db = tmp_path / "browser.sqlite"
    with Store.open(str(db)) as store:
        for t in (DATED, UNDATED, RU_MOD, KONOTOP):
            art = from_text(t, url="https://example.org/report")
            store.add(art, extract(art))
        n_claims = store.counts()["claims"]
        events = store.events()
    with serve_app(db) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})

        def metric(label):
            return int(page.locator(f'[data-testid="stMetric"]:has-text("{label}") [data-testid="stMetricValue"]')
                       .first.inner_text().replace(",", ""))

        # 1. undated claims: counted off the map, then on it with the toggle; a bad claim id warns
        page.goto(f"{url}/?claim=doesnotexist", timeout=60_000)
        page.get_by_text("No claim 'doesnotexist'").wait_for(timeout=90_000)
        page.get_by_text("with no date").wait_for(timeout=30_000)
        page.goto(f"{url}/?undated=1", timeout=60_000)
        page.get_by_text("Claim detail").wait_for(timeout=60_000)
        assert metric("Claims") == n_claims

        # 2. a panned map: its link opens on the same view
        canvas = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first
        canvas.wait_for(state="visible", timeout=60_000)
        page.wait_for_timeout(3000)
        before = page.url
        x, y = _centre(page)
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + 160, y + 70, steps=10)
        page.mouse.up()
        page.wait_for_function(f"() => location.href !== {before!r} && new URL(location.href).searchParams.get('lon')",
                               timeout=20_000)
        page.wait_for_timeout(1500)
        shared = page.url
        other = browser.new_page(viewport={"width": 1400, "height": 1100})
        other.goto(shared, timeout=60_000)
        other.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(state="visible", timeout=60_000)
        other.wait_for_timeout(4000)  # the page's script would rewrite the link if the map looked elsewhere
        view = {k: new_params(other.url).get(k) for k in ("lat", "lon", "zoom")}
        assert view == {k: new_params(shared).get(k) for k in ("lat", "lon", "zoom")}
        assert view["lon"] != new_params(before).get("lon")
        other.close()

        # 3. events: the first pick in the list opens that event, and the map goes there
        page.goto(f"{url}/?mode=events", timeout=60_000)
        picker = page.locator('[data-testid="stSelectbox"]:has-text("Event (")').first
        picker.wait_for(timeout=90_000)
        page.wait_for_function("() => new URL(location.href).searchParams.get('event')", timeout=30_000)
        target = next(r for r in events.itertuples() if r.id != new_params(page.url)["event"])
        picker.click()
        page.get_by_role("option", name=f"{target.place_name}", exact=False).first.click()
        page.wait_for_function(f"() => new URL(location.href).searchParams.get('event') === {target.id!r}",
                               timeout=30_000)
        page.get_by_text(f"{target.place_name}, {target.day}").wait_for(timeout=30_000)
        page.wait_for_function(
            f"() => Math.abs(+new URL(location.href).searchParams.get('lon') - {float(target.lon)}) < 0.05",
            timeout=30_000)

        # 4. the brush follows Play
        page.goto(f"{url}/?since=2025-05-04&until=2025-05-20", timeout=60_000)
        chart = page.locator('[data-testid="stVegaLiteChart"]').first
        chart.wait_for(timeout=60_000)
        page.wait_for_timeout(2500)
        box = chart.bounding_box()  # a brush drawn by hand first: the chart then holds a selection
        y = box["y"] + box["height"] * 0.5
        page.mouse.move(box["x"] + box["width"] * 0.30, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=8)
        page.mouse.up()
        page.wait_for_function("() => new URL(location.href).searchParams.get('until') !== '2025-05-20'",
                               timeout=30_000)
        brushed = new_params(page.url)["since"]
        page.wait_for_timeout(2500)
        left = _brush_left(page)
        page.get_by_text("Play through time").click()
        page.wait_for_function(f"() => new URL(location.href).searchParams.get('since') !== {brushed!r}",
                               timeout=30_000)
        page.get_by_text("Play through time").click()
        page.wait_for_timeout(2500)
        moved = _brush_left(page)
        exceptions = page.locator('[data-testid="stException"]').count()
        browser.close()
    assert exceptions == 0
    assert left is not None and moved is not None and moved != left


def new_params(u: str) -> dict:
    from urllib.parse import parse_qs, urlsplit

    return {k: v[-1] for k, v in parse_qs(urlsplit(u).query).items()}


def test_a_public_map_in_chromium(tmp_path):
    """`streamlit run app.py -- --public`: the map draws, and nothing that writes is offered."""
    from playwright.sync_api import sync_playwright

    from geo.app import samples
    from geo.store import Store

    db = tmp_path / "published.sqlite"
    with Store.open(str(db)) as store:
        samples.ensure_samples(store)
    before = db.read_bytes()
    with serve_app(db, args=["--public"]) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url, timeout=60_000)
        page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(state="visible", timeout=90_000)
        nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
        page.goto(f"{url}/add", timeout=60_000)  # the page by its address: not there
        page.get_by_text("Map of claims").first.wait_for(timeout=60_000)
        offered = page.locator('[data-testid="stMain"]').inner_text()
        browser.close()
    assert "Map of claims" in nav and "Claims" in nav
    assert "Add articles" not in nav and "Admin" not in nav
    assert "Fetch" not in offered and "Save" not in offered
    assert db.read_bytes() == before


def test_a_bookmarked_page_opens_in_the_apps_navigation(tmp_path):
    """A server's very first visitor arrives by a page's own address: the page opens inside the
    app's navigation (titles, not file names), and in public mode an editing page's address
    leads to no editing page."""
    from playwright.sync_api import sync_playwright

    from geo.app import samples
    from geo.store import Store

    db = tmp_path / "bookmarked.sqlite"
    with Store.open(str(db)) as store:
        samples.ensure_samples(store)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        with serve_app(db) as url:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{url}/claims", timeout=60_000)
            page.get_by_text("Correct a claim").wait_for(timeout=60_000)
            nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
        with serve_app(db, args=["--public"]) as url:
            public = browser.new_page(viewport={"width": 1400, "height": 1000})
            for path in ("add_articles", "admin"):
                public.goto(f"{url}/{path}", timeout=60_000)
                public.locator('[data-testid="stSidebarNav"]').wait_for(timeout=60_000)
                public.wait_for_timeout(1500)
                assert "Add articles" not in public.locator('[data-testid="stSidebarNav"]').inner_text()
                assert public.get_by_text("Save").count() == 0 and public.get_by_text("Fetch").count() == 0
        browser.close()
    assert "Map of claims" in nav and "Claims" in nav and "app" not in nav.split()
