"""The reliability review's defects, each as it was found: no article lost to a crash."""
import json
import multiprocessing
import os
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date

import pytest

from conftest import ROOT
from geo.app.safe import link, md
from geo.articles import ArticleError, from_text, read_article, read_articles
from geo.articles.html import article_from_html, markdown_to_text
from geo.claims.dates import find_dates
from geo.claims.extract import extract, extract_article
from geo.places.geoparse import geoparse
from geo.store import Store
from geo.pipeline import expand_inputs, ingest
from test_store import BACKENDS, make_store

SUMY = "Russian drones struck Sumy overnight, the regional military administration said."


def cli(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


# 1. one name, one place: a mention whose container changes sense in the group pass
@pytest.mark.parametrize("text", [
    "Strikes hit Kherson. Missiles hit Dnipro, Kherson and Kyiv.",
    "Shelling hit Izium, Kharkiv, Ukraine. Later Kharkiv and Izium were hit again, Kharkiv Oblast said.",
    "Drones hit Sumy, Sumy Oblast. Then Shostka, Sumy and Konotop, Sumy were attacked.",
])
def test_repeated_names_with_containers_resolve(text, gaz):
    found = geoparse(text, gazetteer=gaz)
    assert found and all(text[m.start:m.end] == m.mention for m in found)
    by_name = {}
    for m in found:
        by_name.setdefault(m.mention, set()).add(m.place.id)
    assert all(len(ids) == 1 for ids in by_name.values())  # one sense per name


# 2. JSON and JSONL readers
@pytest.mark.parametrize("record, message", [
    ({"text": SUMY, "title": ["a", "list"]}, "title must be text"),
    ({"text": SUMY, "url": {"x": 1}}, "url must be text"),
    ({"text": 42}, "no 'text'"),
    ({"text": SUMY, "published": [2025]}, "invalid published date"),
    ([[[[]]]], "expected an object"),
])
def test_json_fields_of_the_wrong_type_get_a_clear_error(tmp_path, record, message):
    f = tmp_path / "a.json"
    f.write_text(json.dumps(record))
    with pytest.raises(ArticleError, match=message):
        read_articles(f)


def test_json_oddities_are_read_or_refused_clearly(tmp_path):
    f = tmp_path / "a.json"
    f.write_text('{"text": "Drones hit Sumy \\ud800 overnight.", "title": "x\\udfff", "views": ' + "9" * 4301 + "}")
    art = read_article(f)
    assert "\ufffd" in art.body and art.title == "x\ufffd"
    art.body.encode("utf-8")  # storable
    f.write_text("[" * 1000 + "]" * 1000)
    with pytest.raises(ArticleError, match="nested too deeply|expected an object"):
        read_articles(f)
    f.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(ArticleError, match="nested too deeply"):
        read_articles(f)


def test_one_bad_jsonl_line_loses_only_itself(tmp_path, gaz):
    f = tmp_path / "batch.jsonl"
    lines = [json.dumps({"text": SUMY, "title": "one"}), "{not json", json.dumps({"text": 5}),
             json.dumps({"text": SUMY.replace("Sumy", "Kharkiv"), "title": "four"})]
    f.write_text("\n".join(lines) + "\n")
    with pytest.raises(ArticleError, match=r"batch.jsonl:2: invalid JSON"):
        read_articles(f)
    bad = []
    assert [a.title for a in read_articles(f, errors=bad)] == ["one", "four"]
    assert [str(e).split(": ", 1)[0].rsplit("/", 1)[-1] for e in bad] == ["batch.jsonl:2", "batch.jsonl:3"]
    store = Store.open(str(tmp_path / "s.sqlite"), gazetteer=gaz)
    report = ingest(store, [str(f)], progress=False)
    assert report.added == 2 and len(report.failed) == 2
    store.close()


# 5. exit codes
def test_ingest_exits_non_zero_when_anything_failed_and_stores_the_rest(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(SUMY + "\n")
    (tmp_path / "in" / "empty.txt").write_text("   \n")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    db = str(tmp_path / "c.sqlite")
    out = cli("ingest", str(tmp_path / "in"), "--db", db)
    assert out.returncode == 1 and "1 stored" in out.stderr and "2 failed" in out.stderr
    assert "Traceback" not in out.stderr
    out = cli("ingest", str(tmp_path / "in" / "good.txt"), "--db", db)
    assert out.returncode == 0 and "1 already in the store" in out.stderr


# 6. dates
@pytest.mark.parametrize("text, published", [
    ("10000000 days ago", date(2025, 1, 1)), ("yesterday", date(1, 1, 1)), ("on Sunday", date(1, 1, 1)),
    ("9" * 4301 + " days ago", date(2025, 1, 1)), ("9999 weeks ago", date(1, 1, 1)), ("December 31", date(1, 1, 1)),
    ("two days after", date(9999, 12, 31)), ("overnight", date(9999, 12, 31)),
])
def test_dates_at_the_ends_of_the_calendar(text, published):
    for d in find_dates(text, published):
        assert d.value is None or isinstance(d.value, date)


def test_extract_survives_calendar_edges(gaz):
    art = from_text("Drones hit Sumy yesterday. Two days after that, drones hit Kharkiv 10000000 days ago.",
                    published=date(1, 1, 1))
    out = extract_article(art, gaz)
    assert all(c["date"] is None or c["date"] >= "0001-01-01" for c in out["claims"])


# 7. HTML
def test_html_with_a_combining_accent_and_a_syndicated_copy():
    html = "<html><body><article><p>a</p><p>\u0301b</p><p>" + SUMY + " Homes burned for hours.</p></article></body></html>"
    first = article_from_html(html)
    assert "Sumy" in first.body
    assert article_from_html(html).body == first.body  # the same page read twice keeps its text


# 8. three processes create one new store at once
def _open_store(path, barrier):
    barrier.wait()
    Store.open(path).close()


def test_concurrent_creation_of_a_new_sqlite_store(tmp_path):
    # Forked after the imports, the three start within microseconds of each other (before the
    # fix, about two rounds in three failed with "table ... already exists").
    ctx = multiprocessing.get_context("fork")
    for round_ in range(10):
        path = str(tmp_path / f"new{round_}.sqlite")
        barrier = ctx.Barrier(3)
        procs = [ctx.Process(target=_open_store, args=(path, barrier)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(120)
        assert [p.exitcode for p in procs] == [0, 0, 0]


# 9. folders that cannot be listed, files that would block
def test_an_unreadable_subfolder_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    good = tmp_path / "in" / "a"
    locked = tmp_path / "in" / "b"
    good.mkdir(parents=True)
    locked.mkdir()
    (good / "x.txt").write_text(SUMY)
    (locked / "y.txt").write_text(SUMY)
    if os.geteuid() == 0:  # root reads every folder: make this one refuse as it would for a user
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
    try:
        paths, failed = expand_inputs([str(tmp_path / "in")])
    finally:
        locked.chmod(0o755)
    assert paths == [str(good / "x.txt")]
    assert failed and failed[0][0] == str(locked) and "Permission denied" in failed[0][1]


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(fifo)
    out = cli("extract", str(fifo), timeout=60)
    assert out.returncode == 2 and "not a regular file" in out.stderr


# 10. limits that agree, counts that fit, exports that do not leave half a file
def test_markdown_of_ten_thousand_unclosed_emphases_is_quick():
    t0 = time.perf_counter()
    text, _ = markdown_to_text("(_a)" * 10_000 + "\n" + "![" * 10_000 + "\n" + "**a " * 10_000)
    assert time.perf_counter() - t0 < 3 and text.startswith("(_a)(_a)")


@pytest.mark.parametrize("backend", BACKENDS)
def test_casualty_counts_beyond_32_bits_are_left_out_alike(backend, tmp_path, gaz):
    store = make_store(backend, tmp_path, gaz)
    art = from_text("Drones hit Sumy, killing 4294967297 people, the governor said. Missiles hit Kharkiv, killing "
                    "two people, the governor said.", published=date(2025, 6, 1))
    out = extract(art, gaz)
    out = replace(out, claims=(replace(out.claims[0], casualties={"killed": 2**63, "wounded": -1}), *out.claims[1:]))
    store.add(art, out)
    df = store.query()
    assert df.killed.isna().sum() >= 1 and 2 in set(df.killed.dropna())
    store.close()


def test_export_to_a_full_disk_fails_clearly_and_keeps_the_old_file(tmp_path):
    db = str(tmp_path / "c.sqlite")
    (tmp_path / "a.txt").write_text(SUMY + "\n")
    assert cli("ingest", str(tmp_path / "a.txt"), "--db", db, "--published", "2025-06-01").returncode == 0
    out = cli("export", "--db", db, "-o", "/dev/full")
    assert out.returncode == 1 and "No space left" in out.stderr and "Traceback" not in out.stderr
    target = tmp_path / "out.geojson"
    target.write_text("previous export")
    out = cli("export", "--db", db, "--format", "csv", "-o", str(target))
    assert out.returncode == 0 and target.read_text().startswith("claim_id,")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    out = cli("export", "--db", db, "--target", "nope")
    assert out.returncode == 2 and "unknown target type" in out.stderr


# 4. what the pages show from an article
def test_article_text_is_inert_in_markdown_and_html():
    hostile = "![x](http://127.0.0.1:9/p.png) <img src=x onerror=alert(1)> [a](javascript:alert(2)) **b** https://x.org"
    out = md(hostile)
    for bad in ("![", "](", "<img", "**", "https://", "javascript:"):
        assert bad not in out
    assert link("javascript:alert(1)", "Open") == "Open"
    assert link("http://example.org/a (b)", "Open") == "[Open](<http://example.org/a%20%28b%29>)"


def test_escaped_text_reads_as_written():
    import html

    text = "Governor's office: \"5 drones\" hit #3 & <b>Sumy</b> [1] (10:00)."
    assert html.unescape(md(text)) == text
