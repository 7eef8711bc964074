"""The subcommands that fill the store and take claims out of it: ``ingest`` (the pipeline:
read, extract, store) and ``export`` (GeoJSON, CSV, GeoParquet)."""
from __future__ import annotations

import argparse
import json
import sys

from ..articles import ArticleError, parse_date
from ..claims.vocab import TARGETS
from ..pipeline import ingest
from ..store import StoreError
from ..store.export import ExportError, events_geojson, to_csv, to_geoparquet, write_geojson, write_text
from .common import DB_HELP, claim_filters, open_store, positive, store_of, window

__all__ = ["add_storing_commands", "cmd_export", "cmd_ingest"]


def cmd_ingest(args) -> int:
    try:
        published = parse_date(args.published) if args.published else None
        store = store_of(args)
    except (ArticleError, StoreError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.dask:
        try:
            import distributed  # noqa: F401  (optional, strike-atlas[dask], and slow: only for --dask)
        except ImportError:
            print("error: --dask needs dask.distributed: pip install 'strike-atlas[dask]'", file=sys.stderr)
            return 2
    with store:
        try:
            report = ingest(store, args.paths, published=published, progress=args.progress, jobs=args.jobs,
                            dask=args.dask)
        except (OSError, TimeoutError) as e:  # the scheduler cannot be reached (what is stored so far stays)
            print(f"error: the Dask scheduler at {args.dask}: {e}", file=sys.stderr)
            return 2
    print(report.summary(), file=sys.stderr)
    # 1 when anything failed (the rest is stored) or there was nothing to read at all.
    return 1 if report.failed or report.articles == 0 else 0


def cmd_export(args) -> int:
    chosen = window(args)
    if chosen is None:
        return 2
    since, until = chosen
    unknown = [t for t in args.target or [] if t not in TARGETS]
    if unknown:
        print(f"error: unknown target type {', '.join(map(repr, unknown))}; known: {', '.join(sorted(TARGETS))}",
              file=sys.stderr)
        return 2
    store = open_store(args)
    if store is None:
        return 2
    try:
        with store:
            n = _export(store, args, since, until)
    except ExportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if n is None:
        return 2
    print(f"exported {n} claim-place features", file=sys.stderr)
    return 0


def _export(store, args, since, until) -> int | None:
    """Write the filtered claims in the chosen format; the number of features, or None on a
    usage error. Files are written whole or not at all (geo.store.export.write_file)."""
    if args.format == "geoparquet" and not args.output:
        print("error: geoparquet needs -o FILE", file=sys.stderr)
        return None
    if args.events:
        if args.format != "geojson":
            print("error: --events writes GeoJSON", file=sys.stderr)
            return None
        return _export_events(store, args, since, until)
    gdf = store.query(since=since, until=until, sides=args.side, attackers=args.attacker, targets=args.target,
                      text=args.text)
    if args.format == "geoparquet":
        to_geoparquet(gdf, args.output)
    elif args.format == "csv":
        write_text(args.output or sys.stdout, to_csv(gdf))
    else:
        shapes = False if args.points else True if args.polygons else "once"
        return write_geojson(gdf, args.output or sys.stdout, store.gazetteer, polygons=shapes)
    return len(gdf)


def _export_events(store, args, since, until) -> int:
    """``export --events``: one GeoJSON feature per event; the number of features."""
    events = store.events(since=since, until=until, sides=args.side)
    fc = events_geojson(events, store.event_claims(list(events.id)) if len(events) else None, store.gazetteer,
                        polygons=not args.points)
    write_text(args.output or sys.stdout, json.dumps(fc, ensure_ascii=False))
    return len(fc["features"])


def add_storing_commands(sub) -> None:
    """``ingest`` and ``export``."""
    p = sub.add_parser("ingest", help="extract articles and store their claims")
    p.add_argument("paths", nargs="+", help="files, folders, globs, .jsonl batches or http(s) URLs (fetched)")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--published", help="publication date YYYY-MM-DD for articles that have none")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar (default: on a terminal)")
    p.add_argument("--jobs", type=positive, default=1, help="extract in N processes (writes stay in order; default 1)")
    p.add_argument("--dask", metavar="SCHEDULER", help="extract on a Dask cluster (tcp://host:8786); needs strike-atlas[dask]")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("export", help="export stored claims (one feature per claim and place)")
    p.add_argument("--format", choices=["geojson", "csv", "geoparquet"], default="geojson")
    claim_filters(p)
    p.add_argument("--points", action="store_true",
                   help="self-contained point features with every field, no polygons (GeoJSON)")
    p.add_argument("--polygons", action="store_true",
                   help="self-contained features with every field, oblasts/raions as polygons (default: compact: "
                        "an area's seat as the point, each polygon and article once in the collection's \"areas\" "
                        "and \"articles\" members, no provenance fields)")
    p.add_argument("--events", action="store_true", help="one GeoJSON feature per event instead of per claim and place")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=cmd_export)
