"""The bundled sample store: a fresh clone's first start copies it instead of reading the
articles, so it must be exactly what reading them gives."""
import sqlite3

import pandas as pd
import pytest

from geo.app import samples
from geo.store import Store


def claims_of(path) -> pd.DataFrame:
    with Store.open(str(path)) as store:
        rows = store.query(columns="map")
        return pd.DataFrame(rows.drop(columns="geometry", errors="ignore")).sort_values(
            ["claim_id", "place_id"]).reset_index(drop=True)


def test_the_bundled_store_is_what_reading_the_samples_gives(tmp_path):
    db = tmp_path / "read.sqlite"
    with Store.open(str(db)) as store:
        assert samples.ensure_samples(store) == len(list(samples.SAMPLES.glob("*.txt")))
    assert samples.dump_text(db) == samples.DUMP.read_text(encoding="utf-8"), \
        "data/samples/store.sql is stale: run `python -m geo.app.samples` and commit it"


def test_a_new_sqlite_store_starts_as_the_bundled_one(tmp_path):
    read, copied = tmp_path / "read.sqlite", tmp_path / "sub" / "copied.sqlite"
    with Store.open(str(read)) as store:
        samples.ensure_samples(store)
    assert samples.preload(f"sqlite:///{copied}")
    pd.testing.assert_frame_equal(claims_of(copied), claims_of(read))
    with sqlite3.connect(copied) as con:
        paths, stamps = zip(*con.execute("SELECT path, ingested_at FROM articles"))
    assert all((samples.ROOT / p).is_file() for p in paths)  # the clone's own files, as ingest writes them
    assert not any(s.startswith("2000") for s in stamps)
    assert not list(copied.parent.glob(".samples-*"))  # no temporary file left behind
    with Store.open(str(copied)) as store:  # an ordinary store: it takes more articles
        assert store.counts()["articles"] == len(paths)


@pytest.mark.parametrize("url", ["postgresql://u@127.0.0.1:1/x", "sqlite://", "sqlite:///file:x.sqlite?mode=memory"])
def test_only_a_new_sqlite_file_is_preloaded(tmp_path, url):
    assert not samples.preload(url)
    existing = tmp_path / "mine.sqlite"
    with Store.open(str(existing)):
        pass
    before = existing.read_bytes()
    assert not samples.preload(f"sqlite:///{existing}")
    assert existing.read_bytes() == before  # a user's store is never replaced
