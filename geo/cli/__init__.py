"""`strike-atlas` (also `python -m geo`): resolve names, extract articles, ingest, export, evaluate.

One module per group of subcommands, each with its parser: extraction.py (resolve, extract, eval),
storing.py (ingest, export), reading.py (events, brief), users.py (users); common.py holds what
they share.
"""
from __future__ import annotations

import argparse

from .. import __version__
from .extraction import add_eval_command, add_extraction_commands
from .reading import add_reading_commands
from .storing import add_storing_commands
from .users import add_users_command

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The subcommands, in the order --help lists them."""
    ap = argparse.ArgumentParser(prog="strike-atlas", description="Strike claims from news articles, on a map.")
    ap.add_argument("--version", action="version", version=f"strike-atlas {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    add_extraction_commands(sub)
    add_storing_commands(sub)
    add_reading_commands(sub)
    add_users_command(sub)
    add_eval_command(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
