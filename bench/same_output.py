#!/usr/bin/env python3
"""Does the working tree compute what REV computes? A check for refactors that must not change output.

    python bench/same_output.py --base REV [--articles 600] [--eval-dir ../shared/eval/dev]

REV is exported (``git archive``, so no worktree is registered) to a temporary folder. For it and
for the working tree, each in fresh processes with ``PYTHONPATH`` set to that tree, this runs:

- ``python -m geo eval EVAL_DIR`` (its standard output);
- ``python -m geo ingest BATCH.jsonl`` (in one process, and with ``--jobs 2``) into a new
  SQLite store, where BATCH holds ``--articles`` generated reports (``geo.articles.synthetic``,
  seed 42, as bench_ingest.py makes them; written once, from the working tree, so both trees
  read the same bytes), then ``python -m geo export`` of all claims, as GeoJSON and as CSV.

It prints the sha256 of each output per tree and exits 1 if any differ. Nothing is normalised:
the export holds no ingest timestamps, and the store's ids are hashes of the articles' bodies.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the working tree
sys.path.insert(0, str(ROOT))

from geo.articles.synthetic import synthetic_articles  # noqa: E402  (the working tree's generator)

FIELDS = ("title", "url", "outlet", "published", "text")


def export_rev(rev: str, into: Path) -> Path:
    """The files of ``rev`` (committed, tracked) under ``into``."""
    tar = into / "rev.tar"
    with open(tar, "wb") as f:
        subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev], stdout=f, check=True)
    tree = into / "tree"
    tree.mkdir()
    with tarfile.open(tar) as t:
        t.extractall(tree, filter="data")
    tar.unlink()
    return tree


def write_batch(path: Path, n: int) -> None:
    """``n`` generated articles as a .jsonl, one article a line."""
    path.write_text("\n".join(json.dumps({k: a[k] for k in FIELDS}) for a in synthetic_articles(n, seed=42)) + "\n",
                    encoding="utf-8")


def python(tree: Path, *args: str) -> bytes:
    """``python ARGS`` in a fresh process that imports ``geo`` from ``tree``; its stdout."""
    env = {k: v for k, v in os.environ.items() if k != "STRIKE_ATLAS_DB"}  # every store here is --db
    env["PYTHONPATH"] = str(tree)
    done = subprocess.run([sys.executable, *args], cwd=tree, env=env, capture_output=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"{tree}: python {' '.join(args)} exited {done.returncode}")
    return done.stdout


def geo(tree: Path, *args: str) -> bytes:
    return python(tree, "-m", "geo", *args)


def check_imports_from(tree: Path) -> None:
    """An editable install elsewhere must not win over PYTHONPATH, or both runs test one tree."""
    where = Path(python(tree, "-c", "import geo; print(geo.__file__)").decode().strip())
    if tree.resolve() not in where.resolve().parents:
        raise SystemExit(f"python with PYTHONPATH={tree} imports geo from {where}")


def outputs(tree: Path, work: Path, batch: Path, eval_dir: Path) -> dict[str, str]:
    """The sha256 of each output of ``tree``."""
    check_imports_from(tree)
    out = {"eval": geo(tree, "eval", str(eval_dir))}
    for jobs in ("1", "2"):
        db = work / f"store-{jobs}.sqlite"
        geo(tree, "ingest", str(batch), "--db", str(db), "--no-progress", "--jobs", jobs)
        for fmt in ("geojson", "csv"):
            target = work / f"claims-{jobs}.{fmt}"
            geo(tree, "export", "--db", str(db), "--format", fmt, "-o", str(target))
            out[f"ingest --jobs {jobs} + export {fmt}"] = target.read_bytes()
    return {k: hashlib.sha256(v).hexdigest() for k, v in out.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, help="the revision to compare the working tree with")
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="same-output-") as d:
        d = Path(d)
        batch = d / "batch.jsonl"
        write_batch(batch, args.articles)
        (d / "base").mkdir()
        trees = {args.base: export_rev(args.base, d / "base"), "working tree": ROOT}
        hashes = {}
        for name, tree in trees.items():
            work = d / ("out-" + hashlib.sha1(name.encode()).hexdigest()[:8])
            work.mkdir()
            hashes[name] = outputs(tree, work, batch, args.eval_dir.resolve())
    differ = False
    for what in hashes[args.base]:
        pair = [hashes[name][what] for name in trees]
        same = pair[0] == pair[1]
        differ |= not same
        print(f"{what:32} {'same' if same else 'DIFFER'}")
        for name, h in zip(trees, pair):
            print(f"    {h}  {name}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
