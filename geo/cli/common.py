"""What the subcommands share: printing JSON, opening the store of --db, reading a date window,
and the argument types and options that several subcommands take."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from ..store import Store, StoreError

__all__ = ["DB_HELP", "claim_filters", "open_store", "part", "positive", "print_json", "store_of", "window"]

DB_HELP = ("database: a SQLite path or postgresql://... (default: $STRIKE_ATLAS_DB or "
           "~/.local/share/strike-atlas/strike-atlas.sqlite)")


def print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def store_of(args):
    """The store of --db (StoreError when it cannot be opened)."""
    return Store.open(args.db)


def open_store(args):
    """The store of --db, or None after saying why it cannot be opened (exit 2)."""
    try:
        return store_of(args)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return None


def window(args):
    """(since, until) from --since/--until, or None after saying what is wrong (exit 2)."""
    try:
        since = date.fromisoformat(args.since) if args.since else None
        until = date.fromisoformat(args.until) if args.until else None
    except ValueError as e:
        print(f"error: dates are YYYY-MM-DD ({e})", file=sys.stderr)
        return None
    if since and until and since > until:
        print(f"error: --since {since} is after --until {until}", file=sys.stderr)
        return None
    return since, until


def part(text: str) -> tuple[int, int]:
    """"1/2" -> (1, 2): part K of N, 1 <= K <= N."""
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected K/N (like 1/2), got {text!r}") from None
    if not 1 <= k <= n:
        raise argparse.ArgumentTypeError(f"expected 1 <= K <= N, got {text!r}")
    return k, n


def positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def claim_filters(p, since: str = "first day YYYY-MM-DD") -> None:
    """The options that choose claims (export, brief): a window, sides, attackers, targets, text."""
    p.add_argument("--since", help=since)
    p.add_argument("--until", help="last day YYYY-MM-DD")
    p.add_argument("--side", action="append", choices=["RU", "UA", "OTHER"], help="reporting side (repeat for several)")
    p.add_argument("--attacker", action="append", choices=["RU", "UA", "unknown"], help="attacker (repeat for several)")
    p.add_argument("--target", action="append", help="target type, e.g. energy (repeat for several)")
    p.add_argument("--text", help="text in the sentence, source, title or place")
