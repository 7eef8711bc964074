"""Every parser, fed generated reports and arbitrary text: a result or the project's own error,
never a crash, never a hang (HYPOTHESIS_PROFILE=nightly: 10,000 inputs each)."""
import contextlib
import io
import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.app.filters import Filters
from geo.articles import ArticleError, from_text, read_articles
from geo.claims.dates import find_dates
from geo.claims.extract import extract_article
from geo.cli import main
from geo.places.geoparse import geoparse, resolve_name
from strategies import any_text, articles

HANG = 10.0  # seconds: the most any parser may take on an input under 10 KB


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    assert time.perf_counter() - t0 < HANG
    return out


@given(any_text)
def test_geoparse(gaz, text):
    for m in timed(lambda t: geoparse(t, gazetteer=gaz), text):
        assert text[m.start:m.end] == m.mention and m.place is not None


@given(articles(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)) | st.none())
def test_extract(gaz, text, published):
    try:
        art = from_text(text, published=published)
    except ArticleError:
        return
    out = timed(extract_article, art, gaz)
    json.dumps(out, default=str)
    for c in out["claims"]:
        assert art.body[c["start"]:c["end"]] == c["sentence"] and c["side"] in ("RU", "UA", "OTHER")


@given(any_text)
def test_resolve(gaz, query):
    mention, cands = timed(resolve_name, query, gaz)
    assert (mention is None) == (cands == [])


@given(any_text, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)) | st.none())
def test_dates(text, published):
    for d in timed(find_dates, text, published):
        assert text[d.start:d.end] == d.text and (d.value is None or isinstance(d.value, date))


FORMATS = [".txt", ".md", ".html", ".json", ".jsonl"]


def _json_values():
    scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=200) | any_text
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "title", "url", "outlet", "published", "body", "x"]), inner, max_size=5), max_leaves=20)


@given(st.sampled_from(FORMATS), st.one_of(any_text.map(str.encode), st.binary(max_size=3000),
                                           _json_values().map(lambda v: json.dumps(v).encode())))
def test_article_files(suffix, data):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"a{suffix}"
        path.write_bytes(data)
        bad = []
        try:
            arts = timed(lambda: read_articles(path, errors=bad))
        except ArticleError as e:
            assert str(e)
            return
        for a in arts:
            assert a.body.strip() and a.body.encode("utf-8")
        assert all(isinstance(e, ArticleError) for e in bad)


@given(st.dictionaries(st.sampled_from(["since", "until", "side", "attacker", "target", "q", "x"]),
                       st.text(max_size=50), max_size=6))
def test_url_filters(params):
    f = Filters.from_params(params)
    assert set(f.sides) <= {"RU", "UA", "OTHER"} and len(f.text) <= 200


@pytest.fixture(scope="module")
def export_db(tmp_path_factory):
    return str(tmp_path_factory.mktemp("fuzz") / "empty.sqlite")


@given(st.lists(st.sampled_from(["--since", "--until", "--side", "--attacker", "--target", "--text", "--format"]),
                max_size=4), st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=20), max_size=4))
def test_cli_export_filters(export_db, flags, values):
    argv = ["export", "--db", export_db, "-o", os.devnull]
    for flag, value in zip(flags, values):
        argv += [flag, value]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as e:  # argparse refusing a choice: its usage message, exit 2
            code = e.code
    assert code in (0, 1, 2)
    assert "Traceback" not in err.getvalue()

