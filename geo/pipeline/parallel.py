"""Extraction beyond one core: articles in, extractions out, in the order they went in.

- ``jobs=1``: in this process.
- ``jobs=N``: N worker processes (forked where the platform allows, so each starts with the
  gazetteer this process already loaded; otherwise each loads it once).
- ``dask=ADDRESS``: a Dask cluster (``dask.distributed``); each worker loads the gazetteer once
  and extracts batches of articles. Writing stays in the caller, in input order, so a store
  filled this way is the store a plain ingest makes.

Each result is ``(article, extraction)`` (a ``geo.claims.extract.Extraction``, what ``Store.add``
takes; it pickles lean, so a worker sends back claims and places, not its parsed document) or
``(article, error message)``: one article that breaks the extractor does not stop the batch.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from ..claims.extract import extract
from ..places.gazetteer import Gazetteer

__all__ = ["extract_all"]

BATCH = 16  # articles per task: large enough to amortise the hand-off, small enough to balance
_GAZETTEER = None  # the worker's gazetteer (inherited when forked, else loaded once)


def _gazetteer():
    global _GAZETTEER
    if _GAZETTEER is None:
        _GAZETTEER = Gazetteer.default()
    return _GAZETTEER


def extract_batch(articles: list) -> list:
    """Extract a batch in a worker: an ``Extraction`` per article, or its error as text (a bad
    article must not take its batch down). Only the extractions travel back."""
    out = []
    for art in articles:
        try:
            out.append(extract(art, _gazetteer()))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


def _batches(items: Iterable, size: int = BATCH) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_all(articles: Iterable, gazetteer=None, jobs: int = 1, dask: str | None = None) -> Iterator[tuple]:
    """(article, extraction or error text) for each article, in input order."""
    if dask:
        yield from _on_dask(articles, dask)
    elif jobs <= 1:
        global _GAZETTEER
        _GAZETTEER = gazetteer or _gazetteer()
        for batch in _batches(articles, 1):
            yield from zip(batch, extract_batch(batch))
    else:
        yield from _on_processes(articles, gazetteer, jobs)


def _on_processes(articles: Iterable, gazetteer, jobs: int) -> Iterator[tuple]:
    global _GAZETTEER
    if "fork" in mp.get_all_start_methods():
        _GAZETTEER = gazetteer or _gazetteer()  # inherited by the forked workers, not reloaded
        ctx = mp.get_context("fork")
    else:
        ctx = mp.get_context("spawn")
    sent: deque[list] = deque()  # the batches handed to the pool, in order (its feeder thread appends)

    def feed():
        for batch in _batches(articles):
            sent.append(batch)
            yield batch

    with ctx.Pool(jobs) as pool:
        # imap keeps the input order, so each result belongs to the oldest batch sent.
        for done in pool.imap(extract_batch, feed(), chunksize=1):
            yield from zip(sent.popleft(), done)


def _on_dask(articles: Iterable, address: str) -> Iterator[tuple]:
    """Batches submitted to a Dask scheduler, a bounded number in flight, results in order."""
    from distributed import Client  # optional (strike-atlas[dask]) and slow to import: only when asked

    with Client(address, timeout="15s") as client:
        in_flight: deque[tuple] = deque()
        window = 4 * max(1, sum(client.nthreads().values()))
        for batch in _batches(articles):
            in_flight.append((batch, client.submit(extract_batch, batch, pure=False)))
            if len(in_flight) >= window:
                batch, fut = in_flight.popleft()
                yield from zip(batch, fut.result())
        while in_flight:
            batch, fut = in_flight.popleft()
            yield from zip(batch, fut.result())


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
