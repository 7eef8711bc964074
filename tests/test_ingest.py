"""Ingest: inputs of every kind, bad files skipped, idempotence, and a kill mid-way."""
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from geo.pipeline import expand_inputs, ingest
from geo.store import Store
from geo.articles.synthetic import synthetic_articles

from conftest import ROOT
from test_store import BACKENDS, make_store


def write_articles(folder, n, seed=1):
    folder.mkdir(parents=True, exist_ok=True)
    for i, a in enumerate(synthetic_articles(n, seed=seed)):
        header = f"url: {a['url']}\ntitle: {a['title']}\npublished: {a['published']}\noutlet: {a['outlet']}\n\n"
        (folder / f"a{i:04d}.txt").write_text(header + a["text"] + "\n", encoding="utf-8")


def test_expand_inputs(tmp_path):
    write_articles(tmp_path / "batch" / "deep", 3)
    (tmp_path / "batch" / "notes.csv").write_text("x")
    (tmp_path / "batch" / "x.gold.json").write_text("{}")
    files, missing = expand_inputs([str(tmp_path / "batch"), str(tmp_path / "batch/deep/a000*.txt"),
                                    "https://example.org/a", str(tmp_path / "nope")])
    assert [f.rsplit("/", 1)[-1] for f in files] == ["a0000.txt", "a0001.txt", "a0002.txt", "a"]
    assert missing == [(str(tmp_path / "nope"), "no such file, folder or matching glob")]


@pytest.mark.parametrize("backend", BACKENDS)
def test_ingest_everything_and_skip_bad_files(backend, tmp_path, gaz):
    store = make_store(backend, tmp_path, gaz)
    write_articles(tmp_path / "in", 4)
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "in" / "empty.txt").write_text("title: x\n\n")
    jl = tmp_path / "in" / "batch.jsonl"
    jl.write_text("\n".join(json.dumps(a) for a in synthetic_articles(3, seed=9)) + "\n")
    report = ingest(store, [str(tmp_path / "in")], progress=False)
    assert (report.articles, report.added, len(report.failed)) == (7, 7, 2)
    assert {os.path.basename(p) for p, _ in report.failed} == {"broken.txt", "empty.txt"}
    assert "binary" in dict((os.path.basename(p), w) for p, w in report.failed)["broken.txt"]
    assert store.counts()["claims"] == report.claims > 0
    again = ingest(store, [str(tmp_path / "in")], progress=False)
    assert (again.added, again.already) == (0, 7)
    assert "7 already in the store" in again.summary()
    store.close()


def run_ingest(db, folder):
    return subprocess.Popen([sys.executable, "-m", "geo", "ingest", str(folder), "--db", db, "--no-progress"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("backend", BACKENDS)
def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes_it(backend, tmp_path, gaz):
    store = make_store(backend, tmp_path, gaz)
    db = str(tmp_path / "claims.sqlite") if backend == "sqlite" else os.environ["STRIKE_ATLAS_TEST_PG"]
    n = 150
    write_articles(tmp_path / "in", n, seed=3)
    proc = run_ingest(db, tmp_path / "in")
    deadline = time.time() + 120
    while time.time() < deadline and store.counts()["articles"] < 10 and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = store.counts()["articles"]
    assert 0 < stored < n, "the kill should land mid-way"
    assert store.check_consistency() == []
    proc = run_ingest(db, tmp_path / "in")
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    assert store.counts()["articles"] == n and store.check_consistency() == []
    assert f"{stored} already in the store" in err.decode()
    store.close()


class _Handler(http.server.BaseHTTPRequestHandler):
    pages = {}

    def do_GET(self):
        body, ctype = self.pages.get(self.path, (b"not found", "text/plain"))
        self.send_response(200 if self.path in self.pages else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Handler.pages
    httpd.shutdown()


def test_ingest_urls_from_a_local_server(server, tmp_path, gaz, monkeypatch):
    base, pages = server
    # Loopback is refused unless a lab opts in for exactly this server (see test_fetch.py).
    monkeypatch.setenv("STRIKE_ATLAS_FETCH_PRIVATE", base.split("//", 1)[1])
    pages["/story"] = (("<html><head><title>Strike</title></head><body><article><p>Russian drones struck an energy "
                        "facility in Shostka overnight, the Sumy regional military administration said on Tuesday. "
                        "The attack cut power to thousands of homes in the town, officials said.</p></article>"
                        "<script>x='Kherson'</script></body></html>").encode(), "text/html; charset=utf-8")
    pages["/big"] = (b"x" * (11 * 1024 * 1024), "text/plain")
    pages["/pdf"] = (b"%PDF-1.4", "application/pdf")
    store = Store.open(str(tmp_path / "u.sqlite"), gazetteer=gaz)
    report = ingest(store, [f"{base}/story", f"{base}/missing", f"{base}/big", f"{base}/pdf"], progress=False)
    assert report.added == 1
    why = {p.rsplit("/", 1)[-1]: w for p, w in report.failed}
    assert "404" in why["missing"] and "limit" in why["big"] and "not an article" in why["pdf"]
    row = store.query().iloc[0]
    assert row.place_name == "Shostka" and row.url == f"{base}/story"
    store.close()


def test_cli_ingest_and_export(tmp_path):
    write_articles(tmp_path / "in", 5)
    db = str(tmp_path / "c.sqlite")
    out = subprocess.run([sys.executable, "-m", "geo", "ingest", str(tmp_path / "in" / "*.txt"), "--db", db],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and "5 stored" in out.stderr
    out = subprocess.run([sys.executable, "-m", "geo", "export", "--db", db, "--side", "UA", "--since", "2024-01-01",
                          "--target", "energy", "-o", str(tmp_path / "o.geojson")], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    fc = json.loads((tmp_path / "o.geojson").read_text())
    assert fc["features"] and all(f["properties"]["side"] == "UA" and "energy" in f["properties"]["targets"]
                                  for f in fc["features"])
    bad = subprocess.run([sys.executable, "-m", "geo", "export", "--db", db, "--since", "June"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
