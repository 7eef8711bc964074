"""The bundled sample articles, ready on first start.

A fresh clone's first map should not wait for 13 articles to be read (about a second on the
first start, when every pattern is compiled and every index opened for the first time). So
``data/samples/store.sql`` is a SQLite store holding them, as text: what ``ingest`` of the
folder writes, with the articles' paths relative to the checkout and one fixed time of
ingest. A new SQLite store starts as a copy of it (``preload``); any other store (PostGIS, an
existing file) reads the articles (``ensure_samples``). A test rebuilds the dump from the
articles and fails when it has gone stale; ``python -m geo.app.samples`` writes it again.
"""
from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from ..store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
DUMP = SAMPLES / "store.sql"
_BUILT_AT = "2000-01-01 00:00:00.000000"  # the dump's time of ingest; replaced by the real one on load
# An article's time of ingest, as the dump's last but one value (the last: who added it, no one).
_STAMP = re.compile(r",'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?'(,NULL\);)$")

__all__ = ["SAMPLES", "DUMP", "ensure_samples", "preload", "dump_text", "write_dump"]


def ensure_samples(store, folder: Path = SAMPLES) -> int:
    """Load the bundled sample articles into an empty store; returns how many were added."""
    if store.counts()["articles"]:
        return 0
    # The whole pipeline (0.7 s to import), needed only for a store not preloaded.
    from ..pipeline import ingest

    return ingest(store, [str(folder)], progress=False).added


def preload(url: str, dump: Path = DUMP) -> bool:
    """Start the SQLite store at ``url`` as a copy of the bundled one, if it does not exist
    yet; True when it did. Written beside its place and renamed, so that two first sessions
    at once never see half a store."""
    path = _sqlite_path(url)
    if path is None or path.exists() or not dump.is_file():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".samples-", suffix=".sqlite", dir=path.parent)
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as con:
            con.executescript(dump.read_text(encoding="utf-8"))
            now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
            con.execute("UPDATE articles SET ingested_at = ?, path = ? || path", (now, f"{ROOT}{os.sep}"))
        con.close()
        os.link(tmp, path)  # fails if another session made the store meanwhile: theirs stands
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)
    return True


def _sqlite_path(url: str) -> Path | None:
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix or "?" in url:
        return None
    return Path(url[len(prefix):])


def dump_text(sqlite_file: Path) -> str:
    """A SQLite store as the bundled dump writes it: its SQL, the articles' paths relative to
    the checkout, one fixed time of ingest."""
    con = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    try:
        lines = list(con.iterdump())
    finally:
        con.close()
    root = f"'{ROOT}{os.sep}"
    out = []
    for line in lines:
        if line.startswith('INSERT INTO "articles"'):
            line = _STAMP.sub(lambda m: f",'{_BUILT_AT}'{m[1]}", line.replace(root, "'", 1))
        out.append(line)
    # Indexes come in the order they were made, which follows Python's set order: sorted.
    at = [i for i, line in enumerate(out) if line.startswith(("CREATE INDEX", "CREATE UNIQUE INDEX"))]
    for i, line in zip(at, sorted(out[i] for i in at)):
        out[i] = line
    return "\n".join(out) + "\n"


def write_dump(dump: Path = DUMP) -> Path:
    """Ingest the sample articles into a new store and write its dump (after a change to
    extraction, the gazetteer or the schema)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "samples.sqlite"
        with Store.open(str(db)) as store:
            ensure_samples(store)
        text = dump_text(db)
    dump.write_text(text, encoding="utf-8")
    return dump


if __name__ == "__main__":
    print(f"wrote {write_dump()}")
