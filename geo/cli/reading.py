"""The subcommands that read the store for people: ``events`` (one strike, every side's claims)
and ``brief`` (a day's view as one HTML page)."""
from __future__ import annotations

import sys

from ..app.brief import brief_html, write_brief
from ..app.filters import Filters
from ..claims.vocab import TARGETS
from ..store.events import STATUSES, events_json
from ..store.export import ExportError
from .common import DB_HELP, claim_filters, open_store, print_json, window

__all__ = ["add_reading_commands", "cmd_brief", "cmd_events"]


def cmd_events(args) -> int:
    """List events (one strike, every side's claims about it), as text or JSON."""
    chosen = window(args)
    bad = [s for s in args.status or [] if s not in STATUSES]
    if bad:
        print(f"error: unknown status {', '.join(map(repr, bad))}; known: {', '.join(STATUSES)}", file=sys.stderr)
    store = open_store(args) if chosen is not None and not bad else None
    if store is None:
        return 2
    since, until = chosen
    with store:
        events = store.events(since=since, until=until, statuses=args.status, sides=args.side, limit=args.limit)
        claims = store.event_claims(list(events.id)) if len(events) else None
    listed = events_json(events, claims)
    if args.json:
        print_json(listed)
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
    chosen = window(args)
    bad = [f"unknown target type {t!r} (known: {', '.join(sorted(TARGETS))})" for t in args.target or [] if t not in TARGETS]
    bad += [f"unknown status {s!r} (known: {', '.join(STATUSES)})" for s in args.status or [] if s not in STATUSES]
    for problem in bad:
        print(f"error: {problem}", file=sys.stderr)
    store = open_store(args) if chosen is not None and not bad else None
    if store is None:
        return 2
    with store:
        since, until = _brief_window(store, *chosen)
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


def _brief_window(store, since, until):
    """--since/--until as given; without either, the latest day the store holds (the day's brief)."""
    if since or until:
        return since, until
    last = store.date_range()[1]
    return last, last


def add_reading_commands(sub) -> None:
    """``events`` and ``brief``."""
    p = sub.add_parser("events", help="list events: the claims of all sides about one strike")
    p.add_argument("--since", help="first day YYYY-MM-DD")
    p.add_argument("--until", help="last day YYYY-MM-DD")
    p.add_argument("--side", action="append", choices=["RU", "UA", "OTHER"], help="events this side reports (repeat)")
    p.add_argument("--status", action="append", help="single, acknowledged, contested or verified (repeat)")
    p.add_argument("--limit", type=int, help="at most this many events, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON list of events with their claims")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("brief", help="a daily brief: one self-contained HTML page (map, claims per oblast, events)")
    claim_filters(p, since="first day YYYY-MM-DD (without --since and --until: the latest day stored)")
    p.add_argument("--status", action="append", help="events of this status only: single, acknowledged, contested, "
                                                       "verified (repeat)")
    p.add_argument("--undated", action="store_true", help="count the claims that have no date too (as the map's "
                                                           "\"Include undated claims\")")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write ('-': standard output)")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=cmd_brief)
