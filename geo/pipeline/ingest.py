"""Ingest: paths, folders, globs, .jsonl batches and URLs -> articles -> claims -> the store.

Each article is extracted and stored in its own transaction; an article already stored is
skipped (its id is the hash of its normalised body), so rerunning an interrupted ingest completes
it. A file that cannot be read is reported and skipped; nothing else is lost.
"""
from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from ..articles import ArticleError, read_articles
from ..articles.fetch import fetch_article
from .parallel import extract_all

__all__ = ["IngestReport", "expand_inputs", "ingest"]

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0
    added: int = 0
    already: int = 0
    claims: int = 0
    dated: int = 0  # claims of stored undated articles that a date given now put on a day
    failed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{self.files} inputs, {self.articles} articles: {self.added} stored ({self.claims} claims), "
                 f"{self.already} already in the store, {len(self.failed)} failed"]
        if self.dated:
            lines.append(f"  {self.dated} undated claims of stored articles now carry the articles' publication dates")
        lines += [f"  skipped {where}: {why}" for where, why in self.failed]
        return "\n".join(lines)


def expand_inputs(inputs: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Files, folders (recursively, article suffixes only), globs and URLs, in a stable order;
    and what could not be listed (a missing path, an unreadable folder), with the reason."""
    out, failed = [], []
    for item in inputs:
        if item.lower().startswith(("http://", "https://")):
            out.append(item)
            continue
        try:
            p = Path(item).expanduser()
            if p.is_dir():
                out += _walk(p, failed)
            elif p.exists():
                out.append(str(p))  # the reader says what is wrong with a FIFO or a device
            else:
                hits = sorted(glob.glob(item, recursive=True))
                for h in hits:
                    out += _walk(Path(h), failed) if Path(h).is_dir() else [h]
                if not hits:
                    failed.append((item, "no such file, folder or matching glob"))
        except OSError as e:
            failed.append((item, f"cannot read it ({e.strerror or e})"))
    return list(dict.fromkeys(out)), failed


def _walk(folder: Path, failed: list[tuple[str, str]]) -> list[str]:
    """Article files below ``folder``; a subfolder that cannot be listed is reported, not skipped
    silently, and the walk goes on."""
    def unreadable(e: OSError) -> None:
        failed.append((e.filename or str(folder), f"cannot list the folder ({e.strerror or e})"))

    found = []
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs.sort()
        for name in files:
            if Path(name).suffix.lower() in SUFFIXES and not name.endswith(".gold.json"):
                found.append(os.path.join(root, name))
    return sorted(found)


EVENT_BATCH = 256  # articles whose claim places join events in one pass
WRITE_BATCH = 32  # articles per transaction: one commit and one write of the rollups for all


def ingest(store, inputs: list[str], published=None, progress: bool | None = None, log=None, jobs: int = 1,
           dask: str | None = None) -> IngestReport:
    """Read, extract and store. ``jobs`` worker processes (or a Dask scheduler at ``dask``)
    extract; this process writes, in input order, so the store is the same whichever runs it."""
    report = IngestReport()
    paths, missing = expand_inputs(inputs)
    report.failed += missing
    report.files = len(paths) + len(missing)
    bar = None
    if progress is None:
        progress = len(paths) > 1 and sys.stderr.isatty()
    if progress:
        bar = tqdm(total=len(paths), unit="file", file=sys.stderr, dynamic_ncols=True)
    try:
        fresh = _new_articles(store, paths, published, report, bar, log)
        batch: list[tuple] = []
        for art, out in extract_all(fresh, store.gazetteer, jobs=jobs, dask=dask):
            if isinstance(out, str):  # the extractor failed on this article
                report.failed.append((art.path or "article", out))
                continue
            batch.append((art, out))
            if len(batch) == WRITE_BATCH:
                _write(store, batch, report)
                batch = []
        _write(store, batch, report)
    finally:
        store.flush_events()
        if bar is not None:
            bar.close()
    return report


def _write(store, batch: list[tuple], report: IngestReport) -> None:
    """Store a batch of extracted articles in one transaction; if it fails, each on its own, so
    that one bad article is reported and the others stored. Events are assigned per
    ``EVENT_BATCH`` articles (one pass instead of one per article)."""
    if not batch:
        return
    try:
        results = store.add_many(batch, events=False)
    except Exception:
        results = []
        for art, out in batch:
            try:
                results.append(store.add(art, out, events=False))
            except Exception as e:
                report.failed.append((art.path or "article", f"{type(e).__name__}: {e}"))
    for res in results:
        if res.added:
            report.added += 1
            report.claims += res.claims
            if report.added % EVENT_BATCH == 0:
                store.flush_events()
        else:
            report.already += 1


def _new_articles(store, paths, published, report: IngestReport, bar, log):
    """The articles of ``paths`` not yet in the store; what cannot be read goes to the report."""
    for path in paths:
        try:
            if path.lower().startswith(("http://", "https://")):
                articles = [fetch_article(path, published)]
            else:
                bad: list[ArticleError] = []
                articles = read_articles(path, published, errors=bad)
                report.failed += [(str(e).split(": ", 1)[0], str(e).split(": ", 1)[-1]) for e in bad]
        except ArticleError as e:
            report.failed.append((path, str(e).replace(f"{path}: ", "")))
            articles = []
        except Exception as e:  # an unexpected reader failure must not stop the batch
            report.failed.append((path, f"{type(e).__name__}: {e}"))
            articles = []
        for art in articles:
            report.articles += 1
            try:
                stored = store.has_article(art.id)
                if stored and art.published is not None:
                    report.dated += store.date_article(art.id, art.published)
            except Exception as e:
                report.failed.append((art.path or path, f"{type(e).__name__}: {e}"))
                continue
            if stored:
                report.already += 1
            else:
                yield art
        if bar is not None:
            bar.update(1)
            bar.set_postfix(stored=report.added, claims=report.claims, refresh=False)
        elif log is not None:
            log(f"{path}: read")
