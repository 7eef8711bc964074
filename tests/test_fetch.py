"""URL fetch against a hostile local web server: refused addresses, redirects, slow drips, bad headers."""
import http.server
import threading
import time

import pytest

from geo.articles import ArticleError
from geo.articles.fetch import check_address, fetch_article
from geo.store import Store
from geo.pipeline import ingest

STORY = (b"<html><head><title>Strike</title></head><body><article><p>Russian drones struck an energy facility in "
         b"Shostka overnight, the Sumy regional military administration said on Tuesday. The attack cut power to "
         b"thousands of homes in the town, officials said.</p></article></body></html>")


class _Hostile(http.server.BaseHTTPRequestHandler):
    routes = {}

    def do_GET(self):
        self.routes.get(self.path, _Hostile.not_found)(self)

    def not_found(self):
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def _serve():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture
def servers():
    """Two servers on loopback: "lab" (the one the user opted in for) and "inside" (another port)."""
    lab, lab_host = _serve()
    inside, inside_host = _serve()
    yield lab_host, inside_host
    lab.shutdown()
    inside.shutdown()


def route(path):
    def register(fn):
        _Hostile.routes[path] = fn
        return fn
    return register


def _send(h, body: bytes, ctype="text/html", extra=()):
    h.send_response(200)
    h.send_header("Content-Type", ctype)
    for k, v in extra:
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)


@route("/story")
def _story(h):
    _send(h, STORY, "text/html; charset=utf-8", [("Content-Length", str(len(STORY)))])


@route("/bogus-charset")
def _bogus(h):
    _send(h, STORY, "text/html; charset=no-such-charset", [("Content-Length", str(len(STORY)))])


@route("/bad-length")
def _bad_length(h):
    _send(h, STORY, "text/html", [("Content-Length", "abc")])
    h.close_connection = True


@route("/drip")
def _drip(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()
    try:
        for _ in range(200):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass  # the client hung up, as it should


def test_loopback_and_private_addresses_are_refused_by_default(servers, monkeypatch):
    monkeypatch.delenv("STRIKE_ATLAS_FETCH_PRIVATE", raising=False)
    lab, _ = servers
    for url in (f"http://{lab}/story", "http://localhost/", "http://10.1.2.3/", "http://169.254.169.254/latest/",
                "http://[::1]/", "http://224.0.0.1/", "http://0.0.0.0/"):
        with pytest.raises(ArticleError, match="refused"):
            fetch_article(url)
    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://x"):
        with pytest.raises(ArticleError, match="http"):
            fetch_article(url)


def test_a_redirect_to_another_local_port_is_refused(servers, monkeypatch):
    lab, inside = servers

    @route("/to-inside")
    def _to_inside(h):
        h.send_response(302)
        h.send_header("Location", f"http://{inside}/story")
        h.send_header("Content-Length", "0")
        h.end_headers()

    monkeypatch.setenv("STRIKE_ATLAS_FETCH_PRIVATE", lab)  # the lab server only
    assert fetch_article(f"http://{lab}/story").title == "Strike"
    with pytest.raises(ArticleError, match="refused"):
        fetch_article(f"http://{lab}/to-inside")
    with pytest.raises(ArticleError, match="refused"):
        check_address(f"http://{inside}/story")


def test_redirect_loops_end(servers, monkeypatch):
    lab, _ = servers

    @route("/loop")
    def _loop(h):
        h.send_response(302)
        h.send_header("Location", "/loop")
        h.send_header("Content-Length", "0")
        h.end_headers()

    monkeypatch.setenv("STRIKE_ATLAS_FETCH_PRIVATE", lab)
    with pytest.raises(ArticleError, match="redirects"):
        fetch_article(f"http://{lab}/loop")


def test_a_slow_drip_is_cut_off_at_the_deadline(servers):
    lab, _ = servers
    t0 = time.monotonic()
    with pytest.raises(ArticleError, match="longer than 2 s|stopped sending"):
        fetch_article(f"http://{lab}/drip", deadline=2.0, allow_private=True)
    assert time.monotonic() - t0 < 6


def test_bogus_charset_and_malformed_length_are_read_anyway(servers):
    lab, _ = servers
    assert "Shostka" in fetch_article(f"http://{lab}/bogus-charset", allow_private=True).body
    assert "Shostka" in fetch_article(f"http://{lab}/bad-length", allow_private=True).body


def test_ingest_reports_a_refused_url_and_stores_the_rest(servers, tmp_path, gaz, monkeypatch):
    monkeypatch.delenv("STRIKE_ATLAS_FETCH_PRIVATE", raising=False)
    lab, _ = servers
    f = tmp_path / "a.txt"
    f.write_text("Russian drones struck Sumy overnight, the regional administration said.\n", encoding="utf-8")
    store = Store.open(str(tmp_path / "s.sqlite"), gazetteer=gaz)
    report = ingest(store, [str(f), f"http://{lab}/story"], progress=False)
    assert report.added == 1 and len(report.failed) == 1 and "refused" in report.failed[0][1]
    store.close()
