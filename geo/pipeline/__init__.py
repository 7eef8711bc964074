"""Stage 5, pipeline: what happens to an article, from its file or URL to the store.

Reads inputs (files, folders, globs, .jsonl batches, URLs) into articles, extracts their claims
(in this process, in worker processes, or on a Dask cluster: parallel.py) and writes them through
the store's public API, in input order (ingest.py). Kept out of ``geo.store`` so that the store
only stores. May import the stages above (articles, places, claims, store).
"""
from .ingest import IngestReport, expand_inputs, ingest
from .parallel import default_jobs, extract_all

__all__ = ["IngestReport", "default_jobs", "expand_inputs", "extract_all", "ingest"]
