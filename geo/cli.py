"""`strike-atlas` (also `python -m geo`): resolve names, extract articles, evaluate."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

__all__ = ["main"]

MAX_QUERY = 10_000


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def cmd_resolve(args) -> int:
    from .places.gazetteer import Gazetteer
    from .places.geoparse import resolve_name

    query = " ".join(args.query).strip()
    if not query:
        print("error: empty query", file=sys.stderr)
        return 2
    if len(query) > MAX_QUERY:
        print(f"error: query of {len(query):,} characters; a place name is at most {MAX_QUERY:,}", file=sys.stderr)
        return 2
    gaz = Gazetteer.default()
    mention, cands = resolve_name(query, gaz)
    if mention is None:
        close = gaz.closest_names(query)  # as the Gazetteer page says them
        if args.json:
            _print_json({"query": query, "best": None, "candidates": [], "closest_names": close})
        else:
            print(f"not found: {query!r}", file=sys.stderr)
            if close:
                print("closest known names: " + ", ".join(close), file=sys.stderr)
        return 1
    top = [c.to_dict() for c in cands[:6]]
    for d in top:
        d["population"] = gaz.get(d["id"]).population
    if args.json:
        _print_json({"query": query, "mention": mention.mention, "best": top[0], "candidates": top[1:]})
        return 0
    b = top[0]
    print(f"{mention.mention!r} -> {b['name']} ({b['kind']}, {b['admin1'] or b['country']}) "
          f"{b['lat']:.4f}, {b['lon']:.4f}  precision={b['precision']} score={b['score']}")
    if b["evidence"]:
        print("  evidence: " + "; ".join(b["evidence"]))
    for c in top[1:]:
        print(f"  alt: {c['name']} ({c['kind']}, {c['admin1'] or c['country']}) {c['lat']:.4f}, {c['lon']:.4f} score={c['score']}")
    return 0


def cmd_extract(args) -> int:
    from .articles import ArticleError, parse_date, read_articles
    from .claims.extract import extract_article

    bad: list[ArticleError] = []
    try:
        published = parse_date(args.published) if args.published else None
        articles = read_articles(args.file, published, errors=bad)
    except ArticleError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for e in bad:
        print(f"skipped {e}", file=sys.stderr)
    if not articles:
        return 2
    outputs = [extract_article(a) for a in articles]
    if args.json:
        _print_json(outputs[0] if len(outputs) == 1 else outputs)
        return 1 if bad else 0
    for art, out in zip(articles, outputs):
        print(f"# {art.title or art.path} ({art.published or 'date unknown'})")
        for p in out["places"]:
            print(f"  {p['start']:>6}-{p['end']:<6} {p['mention']!r:32} -> {p['name']} ({p['kind']}, {p['admin1'] or p['country']})")
        for c in out["claims"]:
            when = c["date"] or (f"{c['date_text']} (year unknown)" if c["date_text"] else "date unknown")
            print(f"  claim [{c['side']}] {c['source']!r}: attacker={c['attacker'] or '?'} {when} "
                  f"places={', '.join(c['places']) or '-'} targets={','.join(c['targets']) or '-'} "
                  f"weapons={','.join(c['weapons']) or '-'} {c['casualties'] or ''} ({c['outcome']})")
    return 1 if bad else 0


def cmd_eval(args) -> int:
    from .articles import read_article
    from .claims.extract import extract_article
    from .evaluate import evaluate_corpus
    from .places.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    try:
        scores = evaluate_corpus(args.dir, lambda p: extract_article(read_article(p), gaz), gaz, args.part)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    summary = scores.summary()
    if args.details:
        summary["details"] = scores.details
    if (Path(args.dir) / "events.json").exists() and args.part is None:
        from .evaluate_events import evaluate_events

        grouped = evaluate_events(args.dir, gaz)
        summary["events"] = grouped.summary()
        if args.details:
            summary["events"]["details"] = grouped.details
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    rec, res, cl = summary["recognition"], summary["resolution"], summary["claims"]
    print(f"articles: {summary['articles']}")
    print(f"recognition: P={rec['precision']} R={rec['recall']} F1={rec['f1']} (tp={rec['tp']} fp={rec['fp']} fn={rec['fn']})")
    print(f"resolution:  exact={res['exact']} acc@161km={res['acc161']} (over {res['scored']} recognised places)")
    print(f"claims:      recall={cl['recall']} precision={cl['precision']} side={cl['side_accuracy']} date={cl['date_accuracy']}")
    if "events" in summary:
        ev, b3 = summary["events"], summary["events"]["bcubed"]
        print(f"events:      statements found={ev['found']} (of {ev['statements']}) B-cubed P={b3['precision']} "
              f"R={b3['recall']} F1={b3['f1']} status right={ev['status_right']}/{ev['events']}")
    if args.details:
        for d in scores.details + summary.get("events", {}).get("details", []):
            print(json.dumps(d, ensure_ascii=False))
    return 0


def _store(args):
    from .store import Store

    return Store.open(args.db)


def cmd_ingest(args) -> int:
    from .articles import ArticleError, parse_date
    from .store import StoreError
    from .pipeline import ingest

    try:
        published = parse_date(args.published) if args.published else None
        store = _store(args)
    except (ArticleError, StoreError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.dask:
        try:
            import distributed  # noqa: F401
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


def _window(args):
    """(since, until) from --since/--until, or None after saying what is wrong (exit 2)."""
    from datetime import date

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


def _open_store(args):
    """The store of --db, or None after saying why it cannot be opened (exit 2)."""
    from .store import StoreError

    try:
        return _store(args)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return None


def cmd_export(args) -> int:
    from .claims.vocab import TARGETS
    from .store.export import ExportError

    window = _window(args)
    if window is None:
        return 2
    since, until = window
    unknown = [t for t in args.target or [] if t not in TARGETS]
    if unknown:
        print(f"error: unknown target type {', '.join(map(repr, unknown))}; known: {', '.join(sorted(TARGETS))}",
              file=sys.stderr)
        return 2
    store = _open_store(args)
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
    from .store.export import _write, to_csv, to_geoparquet, write_geojson

    if args.format == "geoparquet" and not args.output:
        print("error: geoparquet needs -o FILE", file=sys.stderr)
        return None
    if args.events:
        if args.format != "geojson":
            print("error: --events writes GeoJSON", file=sys.stderr)
            return None
        from .store.export import events_geojson

        events = store.events(since=since, until=until, sides=args.side)
        fc = events_geojson(events, store.event_claims(list(events.id)) if len(events) else None, store.gazetteer,
                            polygons=not args.points)
        _write(args.output or sys.stdout, json.dumps(fc, ensure_ascii=False))
        return len(fc["features"])
    gdf = store.query(since=since, until=until, sides=args.side, attackers=args.attacker, targets=args.target,
                      text=args.text)
    if args.format == "geoparquet":
        to_geoparquet(gdf, args.output)
    elif args.format == "csv":
        _write(args.output or sys.stdout, to_csv(gdf))
    else:
        shapes = False if args.points else True if args.polygons else "once"
        return write_geojson(gdf, args.output or sys.stdout, store.gazetteer, polygons=shapes)
    return len(gdf)


def cmd_events(args) -> int:
    """List events (one strike, every side's claims about it), as text or JSON."""
    from .store.events import STATUSES, events_json

    window = _window(args)
    bad = [s for s in args.status or [] if s not in STATUSES]
    if bad:
        print(f"error: unknown status {', '.join(map(repr, bad))}; known: {', '.join(STATUSES)}", file=sys.stderr)
    store = _open_store(args) if window is not None and not bad else None
    if store is None:
        return 2
    since, until = window
    with store:
        events = store.events(since=since, until=until, statuses=args.status, sides=args.side, limit=args.limit)
        claims = store.event_claims(list(events.id)) if len(events) else None
    listed = events_json(events, claims)
    if args.json:
        _print_json(listed)
        return 0
    for e in listed:
        print(f"{e['date']}  {e['status']:<12} {', '.join(e['places'])}  ({e['id']})")
        if e["why"]:
            print(f"    why: {e['why']}")
        for c in e["claims"]:
            link = f" [{c['link']}]" if c.get("link") else ""
            print(f"    {c['side']:<5} {c['source'] or 'unattributed'}: {c['quote'][:150]}{link}")
    print(f"{len(listed)} events", file=sys.stderr)
    return 0


def cmd_brief(args) -> int:
    """The daily brief: a view of the store as one HTML page to mail or print."""
    from .app.brief import brief_html, write_brief
    from .app.dashboard import Filters
    from .claims.vocab import TARGETS
    from .store.events import STATUSES
    from .store.export import ExportError

    window = _window(args)
    bad = [f"unknown target type {t!r} (known: {', '.join(sorted(TARGETS))})" for t in args.target or [] if t not in TARGETS]
    bad += [f"unknown status {s!r} (known: {', '.join(STATUSES)})" for s in args.status or [] if s not in STATUSES]
    for problem in bad:
        print(f"error: {problem}", file=sys.stderr)
    store = _open_store(args) if window is not None and not bad else None
    if store is None:
        return 2
    with store:
        since, until = _brief_window(store, *window)
        filters = Filters(since=since, until=until, sides=args.side or ["RU", "UA", "OTHER"],
                          attackers=args.attacker or [], targets=args.target or [], text=args.text or "",
                          undated=args.undated)
        page = brief_html(store, store.gazetteer, filters, statuses=args.status)
    if args.output == "-":
        sys.stdout.write(page)
        return 0
    try:
        write_brief(args.output, page)
    except ExportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({len(page.encode('utf-8')) / 1000:,.0f} KB)", file=sys.stderr)
    return 0


def _cli_user() -> str:
    """Who sets a role from the command line, as the users table records it: ``cli:`` and the
    operating system's user name."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name (a container without one): still a change by the CLI
        return "cli:unknown"


def _users_store(args, read_only: bool = False):
    """The store of --db for ``users``, or None after saying why not (exit 2)."""
    from .store import Store, StoreError

    try:
        return Store.open(args.db, read_only=read_only)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return None


def cmd_users_list(args) -> int:
    """List the users and their roles (read-only: listing changes nothing)."""
    store = _users_store(args, read_only=True)
    if store is None:
        return 2
    with store:
        users = store.users()
    if args.json:
        _print_json([{k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in u.items()} for u in users])
        return 0
    for u in users:
        seen = u["last_seen"].strftime("%Y-%m-%d %H:%M") if u["last_seen"] else "never"
        print(f"{u['id']:<40} {u['role']:<7} {u['name'] or '-':<24} last seen {seen}")
    print(f"{len(users)} users", file=sys.stderr)
    return 0


def cmd_users_set(args) -> int:
    """Give a user a role (adding them if need be)."""
    from .store import ROLES, StoreError

    if args.role not in ROLES:
        print(f"error: unknown role {args.role!r}; known: {', '.join(ROLES)}", file=sys.stderr)
        return 2
    store = _users_store(args)
    if store is None:
        return 2
    with store:
        try:
            user = store.set_role(args.id, args.role, by=_cli_user(), name=args.name)
        except StoreError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
    print(f"{user['id']} is now {user['role']}", file=sys.stderr)
    return 0


def cmd_users_remove(args) -> int:
    """Forget a user and their role (what they changed stays, under their id)."""
    from .store import StoreError

    store = _users_store(args)
    if store is None:
        return 2
    with store:
        try:
            store.remove_user(args.id, by=_cli_user())
        except StoreError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
    print(f"removed {args.id.strip()}", file=sys.stderr)
    return 0


def _brief_window(store, since, until):
    """--since/--until as given; without either, the latest day the store holds (the day's brief)."""
    if since or until:
        return since, until
    last = store.date_range()[1]
    return last, last


def _part(text: str) -> tuple[int, int]:
    """"1/2" -> (1, 2): part K of N, 1 <= K <= N."""
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected K/N (like 1/2), got {text!r}") from None
    if not 1 <= k <= n:
        raise argparse.ArgumentTypeError(f"expected 1 <= K <= N, got {text!r}")
    return k, n


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _claim_filters(p, since: str = "first day YYYY-MM-DD") -> None:
    """The options that choose claims (export, brief): a window, sides, attackers, targets, text."""
    p.add_argument("--since", help=since)
    p.add_argument("--until", help="last day YYYY-MM-DD")
    p.add_argument("--side", action="append", choices=["RU", "UA", "OTHER"], help="reporting side (repeat for several)")
    p.add_argument("--attacker", action="append", choices=["RU", "UA", "unknown"], help="attacker (repeat for several)")
    p.add_argument("--target", action="append", help="target type, e.g. energy (repeat for several)")
    p.add_argument("--text", help="text in the sentence, source, title or place")


def _users_parser(sub, db_help: str) -> None:
    """``users list|set|remove``: who may change the map (the dashboard's roles)."""
    users = sub.add_parser("users", help="who may change the map: list users, set a role, remove a user")
    act = users.add_subparsers(dest="action", required=True)
    p = act.add_parser("list", help="the users and their roles")
    p.add_argument("--json", action="store_true", help="print a JSON list of users")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_users_list)
    p = act.add_parser("set", help="give a user a role (viewer, editor or admin); adds a user not seen yet")
    p.add_argument("id", help="the user's e-mail address or the sign-in proxy's user name")
    p.add_argument("role", help="viewer (reads), editor (adds articles, corrects claims) or admin (also sets roles)")
    p.add_argument("--name", help="the user's name, as pages show it")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_users_set)
    p = act.add_parser("remove", help="forget a user and their role (their changes stay)")
    p.add_argument("id", help="the user's id")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_users_remove)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    ap = argparse.ArgumentParser(prog="strike-atlas", description="Strike claims from news articles, on a map.")
    ap.add_argument("--version", action="version", version=f"strike-atlas {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("resolve", help="resolve a place name (offline)")
    p.add_argument("query", nargs="+", help='a name, e.g. "Kharkov" or "Andreevka in Sumy Region"')
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("extract", help="places and claims of one article file")
    p.add_argument("file")
    p.add_argument("--published", help="publication date YYYY-MM-DD, when the file has none")
    p.add_argument("--json", action="store_true", help="print JSON in the FORMAT.md extractor format")
    p.set_defaults(func=cmd_extract)

    db_help = "database: a SQLite path or postgresql://... (default: $STRIKE_ATLAS_DB or ~/.local/share/strike-atlas/strike-atlas.sqlite)"
    p = sub.add_parser("ingest", help="extract articles and store their claims")
    p.add_argument("paths", nargs="+", help="files, folders, globs, .jsonl batches or http(s) URLs (fetched)")
    p.add_argument("--db", help=db_help)
    p.add_argument("--published", help="publication date YYYY-MM-DD for articles that have none")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar (default: on a terminal)")
    p.add_argument("--jobs", type=_positive, default=1, help="extract in N processes (writes stay in order; default 1)")
    p.add_argument("--dask", metavar="SCHEDULER", help="extract on a Dask cluster (tcp://host:8786); needs strike-atlas[dask]")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("export", help="export stored claims (one feature per claim and place)")
    p.add_argument("--format", choices=["geojson", "csv", "geoparquet"], default="geojson")
    _claim_filters(p)
    p.add_argument("--points", action="store_true",
                   help="self-contained point features with every field, no polygons (GeoJSON)")
    p.add_argument("--polygons", action="store_true",
                   help="self-contained features with every field, oblasts/raions as polygons (default: compact: "
                        "an area's seat as the point, each polygon and article once in the collection's \"areas\" "
                        "and \"articles\" members, no provenance fields)")
    p.add_argument("--events", action="store_true", help="one GeoJSON feature per event instead of per claim and place")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("events", help="list events: the claims of all sides about one strike")
    p.add_argument("--since", help="first day YYYY-MM-DD")
    p.add_argument("--until", help="last day YYYY-MM-DD")
    p.add_argument("--side", action="append", choices=["RU", "UA", "OTHER"], help="events this side reports (repeat)")
    p.add_argument("--status", action="append", help="single, acknowledged, contested or verified (repeat)")
    p.add_argument("--limit", type=int, help="at most this many events, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON list of events with their claims")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("brief", help="a daily brief: one self-contained HTML page (map, claims per oblast, events)")
    _claim_filters(p, since="first day YYYY-MM-DD (without --since and --until: the latest day stored)")
    p.add_argument("--status", action="append", help="events of this status only: single, acknowledged, contested, "
                                                       "verified (repeat)")
    p.add_argument("--undated", action="store_true", help="count the claims that have no date too (as the map's "
                                                           "\"Include undated claims\")")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write ('-': standard output)")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_brief)

    _users_parser(sub, db_help)

    p = sub.add_parser("eval", help="score the extractor on a gold corpus folder")
    p.add_argument("dir")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON line")
    p.add_argument("--details", action="store_true", help="list misses and spurious finds per article")
    p.add_argument("--part", type=_part, metavar="K/N",
                   help="score only part K of N of the articles (a stable split by file name: tune on one, check on another)")
    p.set_defaults(func=cmd_eval)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
