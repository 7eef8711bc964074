#!/usr/bin/env python3
"""Paired benchmark runs: this checkout against another commit, alternating, medians and ratios.

A VM's speed drifts by ±20% over minutes, so "before" and "after" are run in turn (A B A B ...)
and compared by their medians. The other commit is checked out as a git worktree (its own bench
script and code, so a moved module does not break the old side).

    python bench/paired.py --base HEAD~1 --runs 5 -- bench/bench_extract.py --runs 1

prints, for every numeric key of the bench's JSON output, the base median, this median and the
ratio (this / base).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_json(cwd: Path, argv: list[str]) -> dict:
    out = subprocess.run([sys.executable, *argv], cwd=cwd, capture_output=True, text=True, check=True).stdout
    start = out.index("{")
    return json.loads(out[start:out.index("\n}", start) + 2])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", default="HEAD~1", help="the commit to compare with (default HEAD~1)")
    ap.add_argument("--runs", type=int, default=5, help="pairs of runs")
    ap.add_argument("bench", nargs=argparse.REMAINDER, help="-- the bench script and its arguments")
    args = ap.parse_args()
    bench = [a for a in args.bench if a != "--"]
    # Beside this checkout, so that the base finds ../shared as this one does.
    base = Path(tempfile.mkdtemp(dir=ROOT.parent, prefix=".paired-"))
    subprocess.run(["git", "worktree", "add", "--detach", "--force", str(base), args.base], cwd=ROOT, check=True,
                   capture_output=True)
    try:
        results: dict[str, list[dict]] = {"base": [], "this": []}
        for _ in range(args.runs):
            results["base"].append(run_json(base, bench))
            results["this"].append(run_json(ROOT, bench))
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, capture_output=True)
    table = {}
    for key, value in results["this"][0].items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            base_values = [r[key] for r in results["base"] if key in r]  # a measure the base lacks: None
            b = statistics.median(base_values) if base_values else None
            t = statistics.median(r[key] for r in results["this"])
            table[key] = {"base": b, "this": t, "ratio": round(t / b, 3) if b else None}
    print(json.dumps({"base": args.base, "runs": args.runs, "bench": bench, "medians": table}, indent=2))


if __name__ == "__main__":
    main()
