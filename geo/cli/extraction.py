"""The subcommands that read articles without a store: ``resolve`` a name, ``extract`` an
article's places and claims, ``eval`` the extractor on a gold corpus."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..articles import ArticleError, parse_date, read_article, read_articles
from ..claims.extract import extract_article
from ..evaluate import evaluate_corpus
from ..evaluate_events import evaluate_events
from ..places.gazetteer import Gazetteer
from ..places.geoparse import resolve_name
from .common import part, print_json

__all__ = ["add_eval_command", "add_extraction_commands", "cmd_eval", "cmd_extract", "cmd_resolve"]

MAX_QUERY = 10_000


def cmd_resolve(args) -> int:
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
        return _not_found(query, gaz.closest_names(query), args.json)  # as the Gazetteer page says them
    top = [c.to_dict() for c in cands[:6]]
    for d in top:
        d["population"] = gaz.get(d["id"]).population
    if args.json:
        print_json({"query": query, "mention": mention.mention, "best": top[0], "candidates": top[1:]})
        return 0
    b = top[0]
    print(f"{mention.mention!r} -> {b['name']} ({b['kind']}, {b['admin1'] or b['country']}) "
          f"{b['lat']:.4f}, {b['lon']:.4f}  precision={b['precision']} score={b['score']}")
    if b["evidence"]:
        print("  evidence: " + "; ".join(b["evidence"]))
    for c in top[1:]:
        print(f"  alt: {c['name']} ({c['kind']}, {c['admin1'] or c['country']}) {c['lat']:.4f}, {c['lon']:.4f} score={c['score']}")
    return 0


def _not_found(query: str, close: list[str], as_json: bool) -> int:
    """Say that ``query`` names no known place, with the closest names known; exit 1."""
    if as_json:
        print_json({"query": query, "best": None, "candidates": [], "closest_names": close})
    else:
        print(f"not found: {query!r}", file=sys.stderr)
        if close:
            print("closest known names: " + ", ".join(close), file=sys.stderr)
    return 1


def cmd_extract(args) -> int:
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
        print_json(outputs[0] if len(outputs) == 1 else outputs)
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
        grouped = evaluate_events(args.dir, gaz)
        summary["events"] = grouped.summary()
        if args.details:
            summary["events"]["details"] = grouped.details
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    _print_scores(summary)
    if args.details:
        for d in scores.details + summary.get("events", {}).get("details", []):
            print(json.dumps(d, ensure_ascii=False))
    return 0


def _print_scores(summary: dict) -> None:
    """The evaluation's scores as text, one line per measure."""
    rec, res, cl = summary["recognition"], summary["resolution"], summary["claims"]
    print(f"articles: {summary['articles']}")
    print(f"recognition: P={rec['precision']} R={rec['recall']} F1={rec['f1']} (tp={rec['tp']} fp={rec['fp']} fn={rec['fn']})")
    print(f"resolution:  exact={res['exact']} acc@161km={res['acc161']} (over {res['scored']} recognised places)")
    print(f"claims:      recall={cl['recall']} precision={cl['precision']} side={cl['side_accuracy']} date={cl['date_accuracy']}")
    if "events" in summary:
        ev, b3 = summary["events"], summary["events"]["bcubed"]
        print(f"events:      statements found={ev['found']} (of {ev['statements']}) B-cubed P={b3['precision']} "
              f"R={b3['recall']} F1={b3['f1']} status right={ev['status_right']}/{ev['events']}")


def add_extraction_commands(sub) -> None:
    """``resolve`` and ``extract``."""
    p = sub.add_parser("resolve", help="resolve a place name (offline)")
    p.add_argument("query", nargs="+", help='a name, e.g. "Kharkov" or "Andreevka in Sumy Region"')
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("extract", help="places and claims of one article file")
    p.add_argument("file")
    p.add_argument("--published", help="publication date YYYY-MM-DD, when the file has none")
    p.add_argument("--json", action="store_true", help="print JSON in the FORMAT.md extractor format")
    p.set_defaults(func=cmd_extract)


def add_eval_command(sub) -> None:
    """``eval`` (listed last in --help, as before)."""
    p = sub.add_parser("eval", help="score the extractor on a gold corpus folder")
    p.add_argument("dir")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON line")
    p.add_argument("--details", action="store_true", help="list misses and spurious finds per article")
    p.add_argument("--part", type=part, metavar="K/N",
                   help="score only part K of N of the articles (a stable split by file name: tune on one, check on another)")
    p.set_defaults(func=cmd_eval)
