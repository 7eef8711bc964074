"""The daily brief: a view of the store as one self-contained HTML page that a news desk can
mail or print (issue 24).

The page holds a header (the window, the filters in words, the counts, when it was made and
from which store), the map as an inline SVG (``brief_map``: the gazetteer's admin-1 outlines, one dot per
place and reporting side, coloured by side and sized by claims), the claims per oblast and
side, and the window's events with each side's statement and the article links.

Why it is made this way:
- A mailed page must work anywhere and fetch nothing: no scripts, fonts, tiles or images from
  elsewhere; the map is drawn here, from outlines already bundled, with shapely.
- Articles are hostile input: every string from them is escaped, and a link is kept only when
  it is an http(s) URL (``safe_href``).
- Counts come from the store's aggregates (``Store.summary``, ``per_place``,
  ``claims_per_admin1``, ``event_counts``), never from reading a large view's rows, and the page
  is bounded: the outlines are simplified to the drawing's resolution, dots beyond ``MAX_DOTS``
  are merged on a pixel grid, at most ``MAX_EVENTS`` events are listed. A month of 100,000
  claims writes in seconds and stays under 400 KB.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from html import escape
from pathlib import Path
from urllib.parse import quote, urlsplit

import pandas as pd

from ..store.export import write_file
from .brief_map import map_section
from .labels import plural
from .mapdeck import SIDE_COLORS, SIDE_HEX, SIDE_LABELS, STATUS_HEX, STATUS_LABELS
from .views import label

__all__ = ["brief_html", "safe_href", "write_brief"]

MAX_EVENTS = 30  # events listed; the page says how many more the window holds
MAX_STATEMENTS = 3  # statements per side of an event
MAX_SENTENCE = 400  # characters of a statement quoted
COUNTRIES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus"}
ATTACKERS = {"RU": "Russia", "UA": "Ukraine", "unknown": "not named"}
OUTCOMES = {"intercepted": "says it was intercepted", "denied": "denies it"}


def brief_html(store, gazetteer, filters, statuses=None, now: datetime | None = None) -> str:
    """The brief of the view ``filters`` (``geo.app.filters.Filters``; ``statuses`` narrow
    its events) as a complete HTML document."""
    args = filters.query_args(gazetteer)
    counts = _counts(store, args)
    events, by_status = _events(store, filters, statuses)
    n_events = sum(by_status.values())
    head = _header(store, filters, statuses, counts, by_status, now or datetime.now(timezone.utc))
    if counts["claims"] == 0 and n_events == 0:
        body = "<p class='empty'>Nothing in the store matches this view: no claims and no events.</p>"
    else:
        places = store.per_place(**args)
        body = (map_section(gazetteer, places) + _area_section(gazetteer, store.claims_per_admin1(**args),
                                                                 counts, filters.sides)
                + _events_section(store, events, n_events, filters))
    return _document(_title(filters), head + body)


# -- the numbers -----------------------------------------------------------------------------------
def _counts(store, args: dict) -> dict:
    """Claims (with those naming no place below the country), places, claims per side."""
    stats = store.summary(**args)
    placeless = store.placeless_count(**args)
    by_side = {s: int(stats["by_side"].get(s, 0)) + int(placeless.get(s, 0)) for s in SIDE_COLORS}
    return {"claims": sum(by_side.values()), "placeless": placeless, "n_placeless": sum(placeless.values()),
            "places": int(stats["places"] or 0), "by_side": by_side}


def _events(store, filters, statuses):
    """The window's events to list (those any kept side reports), at most ``MAX_EVENTS``: the
    newest that are more than one side's claim (any status but single) first, then the newest
    single ones; and how many the window holds per status (counted, not read: a month can hold
    100,000)."""
    window = {"since": filters.since, "until": filters.until, "sides": filters.sides or None}
    by_status = store.event_counts(**window, statuses=statuses or None)
    parts = []
    for group in ([s for s in by_status if s != "single"], [s for s in by_status if s == "single"]):
        room = MAX_EVENTS - sum(len(p) for p in parts)
        if group and room > 0:
            parts.append(store.events(**window, statuses=group, limit=room))
    if not parts:
        return pd.DataFrame(), by_status
    events = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    return events.sort_values(["day", "id"], ascending=[False, True], na_position="last"), by_status


# -- the header ------------------------------------------------------------------------------------
def _title(filters) -> str:
    return f"Strike Atlas brief: {window_words(filters.since, filters.until)}"


def _header(store, filters, statuses, counts: dict, by_status: dict, now: datetime) -> str:
    sides = " · ".join(f"<span class='{s}'>●</span> {SIDE_LABELS[s]}: {counts['by_side'][s]:,}"
                       for s in SIDE_COLORS if s in (filters.sides or SIDE_COLORS))
    placeless = f", {counts['n_placeless']:,} of them naming no place below the country" if counts["n_placeless"] else ""
    statuses_said = ", ".join(f"{by_status[s]:,} {s}" for s in STATUS_LABELS if by_status.get(s))
    events = plural(sum(by_status.values()), "event") + (f" ({statuses_said})" if statuses_said else "")
    return (f"<header><h1>{escape(_title(filters))}</h1>"
            f"<p class='filters'>{escape(filters_words(filters, statuses))}</p>"
            f"<p class='counts'><b>{plural(counts['claims'], 'claim')}</b>{placeless}; "
            f"{plural(counts['places'], 'place')}; {events}.<br>{sides}</p>"
            f"<p class='meta'>Made {now.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC from the store "
            f"{escape(store_name(store))} by Strike Atlas. Claims are what each side says, not verified facts.</p>"
            "</header>")


def window_words(since: date | None, until: date | None) -> str:
    """The window in words: "14 August 2025", "12 to 14 August 2025", "all dates"."""
    day = lambda d: f"{d.day} {d:%B %Y}"  # noqa: E731
    if since and until:
        if since == until:
            return day(since)
        if (since.year, since.month) == (until.year, until.month):
            return f"{since.day} to {day(until)}"
        return f"{day(since)} to {day(until)}"
    if since:
        return f"from {day(since)}"
    if until:
        return f"until {day(until)}"
    return "all dates"


def filters_words(filters, statuses=None) -> str:
    """The filters as a sentence a reader understands (plain text, to be escaped)."""
    parts = []
    if set(filters.sides or SIDE_COLORS) >= set(SIDE_COLORS):
        parts.append("claims of every side")
    else:
        parts.append("claims of " + " and ".join(SIDE_LABELS.get(s, s) for s in filters.sides))
    if filters.attackers:
        parts.append("attacker: " + ", ".join(ATTACKERS.get(a, a) for a in filters.attackers))
    if filters.targets:
        parts.append("targets: " + ", ".join(label(t) for t in filters.targets))
    if filters.text.strip():
        parts.append(f"mentioning “{filters.text.strip()}”")
    if statuses:
        parts.append("events: " + ", ".join(STATUS_LABELS.get(s, s) for s in statuses))
    if filters.undated and (filters.since or filters.until):
        parts.append("with the claims that have no date (on no day of the window)")
    elif not (filters.since or filters.until):
        parts.append("undated claims included")
    return "Showing " + "; ".join(parts) + "."


def store_name(store) -> str:
    """The store as a reader may see it: a SQLite file's name, a database and its host (never
    a user or password)."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        return Path(url.database or "memory").name or "memory"
    return f"{url.database} on {url.host or 'localhost'}"


# -- claims per oblast -----------------------------------------------------------------------------
def _area_section(gazetteer, per_area: pd.DataFrame, counts: dict, sides) -> str:
    shown = [s for s in SIDE_COLORS if s in (sides or SIDE_COLORS)]
    rows = area_rows(gazetteer, per_area, counts["placeless"], shown)
    head = "".join(f"<th class='n'><span class='{s}'>●</span> {SIDE_LABELS[s]}</th>" for s in shown)
    body = "".join(f"<tr><td>{escape(r['oblast'])}</td><td>{escape(r['country'])}</td>"
                   + "".join(f"<td class='n'>{r[s]:,}</td>" for s in shown) + f"<td class='n'>{r['total']:,}</td></tr>"
                   for r in rows)
    total = ("<tr class='total'><td>All claims</td><td></td>"
             + "".join(f"<td class='n'>{counts['by_side'][s]:,}</td>" for s in shown)
             + f"<td class='n'>{sum(counts['by_side'][s] for s in shown):,}</td></tr>")
    return ("<section class='areas'><h2>Claims per oblast and side</h2><table><thead><tr><th>Oblast or region</th>"
            f"<th>Country</th>{head}<th class='n'>All sides</th></tr></thead><tbody>{body}{total}</tbody></table>"
            "<p class='note'>A claim naming places in two regions counts in each; the last line counts every "
            "claim once.</p></section>")


def area_rows(gazetteer, per_area: pd.DataFrame, placeless: dict, sides) -> list[dict]:
    """Rows of the oblast table, most claims first: the region's name (never its code) and
    country, claims per side, and a row for claims that name no place below the country."""
    table = per_area.assign(admin1=per_area.admin1.fillna("")).pivot_table(
        index="admin1", columns="side", values="n", aggfunc="sum", fill_value=0)
    rows = []
    for code, counts in table.iterrows():
        by = {s: int(counts.get(s, 0)) for s in sides}
        place = gazetteer.get(f"iso:{code}") if code else None
        rows.append({"oblast": place.name if place else "No region known", "country":
                     COUNTRIES.get(place.country, place.country) if place else "", **by, "total": sum(by.values())})
    rows = sorted((r for r in rows if r["total"]), key=lambda r: (-r["total"], r["oblast"]))
    by = {s: int(placeless.get(s, 0)) for s in sides}
    if sum(by.values()):
        rows.append({"oblast": "No place below the country named", "country": "", **by, "total": sum(by.values())})
    return rows


# -- events ----------------------------------------------------------------------------------------
def _events_section(store, events: pd.DataFrame, total: int, filters) -> str:
    if not total:
        return "<section class='events'><h2>Events</h2><p>No events in this window.</p></section>"
    claims: dict[str, list] = {}
    for c in store.event_claims(list(events.id)).itertuples():
        claims.setdefault(c.event_id, []).append(c)
    more = (f" Listed: {len(events)} of the {total:,} in the window, the newest that more than one side "
            "reports first (<code>strike-atlas events</code> lists them all).") if total > len(events) else ""
    narrowed = (" Events are chosen by window and side only." if filters.attackers or filters.targets
                or filters.text.strip() else "")
    items = "".join(_event(e, claims.get(e.id, [])) for e in events.itertuples())
    return (f"<section class='events'><h2>Events</h2><p class='note'>An event gathers every side's claims "
            f"about one strike.{more}{narrowed}</p>{items}</section>")


def _event(e, claims: list) -> str:
    status, why = str(e.status), str(getattr(e, "why", None) or "")
    why = why[len(status) + 1:].strip() if why.startswith(status + ":") else why  # "single: only ..."
    by_side = {s: [c for c in claims if c.side == s] for s in SIDE_COLORS}
    sides = "".join(_side_statements(s, cs, e.day) for s, cs in by_side.items() if cs)
    return (f"<article class='event'><h3>{escape(str(e.day or 'undated'))} · {escape(str(e.place_name))}</h3>"
            f"<p class='status'><span style='color:{STATUS_HEX.get(status, '#000')}'>●</span> <b>{escape(status)}</b>: "
            f"{escape(why or STATUS_LABELS.get(status, ''))}</p>{sides}</article>")


def _side_statements(side: str, claims: list, day) -> str:
    items = "".join(f"<li>{statement(c, day)}</li>" for c in claims[:MAX_STATEMENTS])
    if len(claims) > MAX_STATEMENTS:
        items += f"<li class='more'>and {plural(len(claims) - MAX_STATEMENTS, 'more statement')}</li>"
    return f"<div class='side'><h4><span class='{side}'>●</span> {SIDE_LABELS[side]}</h4><ul>{items}</ul></div>"


def statement(c, day=None) -> str:
    """One claim of an event (a row of ``Store.event_claims``) as escaped HTML: source, what it
    says of the outcome, its date when not the event's ``day``, the quote, the article (a link
    only to http(s))."""
    sentence = str(c.sentence or "")
    if len(sentence) > MAX_SENTENCE:
        sentence = sentence[:MAX_SENTENCE - 1] + "…"
    outcome = f" ({OUTCOMES[c.outcome]})" if c.outcome in OUTCOMES else ""
    title = str(c.article_title or "").strip()
    href = safe_href(c.article_url)
    if href:
        label = title or urlsplit(str(c.article_url).strip()).netloc
        article = f"<a href='{href}' rel='noopener noreferrer'>{escape(label)}</a>"
    else:
        article = escape(title) + (" (no web link)" if c.article_url else "")
    when = f", {escape(str(c.map_date))}" if c.map_date and c.map_date != day else ""
    return (f"<b>{escape(str(c.source or 'unattributed'))}</b>{outcome}{when}: <q>{escape(sentence)}</q>"
            + (f" <span class='src'>{article}</span>" if article else ""))


def safe_href(url) -> str | None:
    """``url`` ready for an href attribute when it is an http(s) URL with a host, else None."""
    try:
        parts = urlsplit(str(url or "").strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return escape(quote(str(url).strip(), safe="/:?#&=%@+,;~!$*-._"), quote=True)


# -- the page --------------------------------------------------------------------------------------
STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#222;max-width:820px;margin:1.5em auto;padding:0 1em}
h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}h3{font-size:1em;margin:0 0 .2em}
h4{font-size:.9em;margin:.4em 0 .1em}p{margin:.3em 0}.meta,.note,.legend{color:#555;font-size:.85em}
svg{width:100%;height:auto;border:1px solid #ccc}.bg{fill:#fff}path{stroke:#777;stroke-width:.6;fill:#e6e6e2}
path.cUA{fill:#fbfaf5}circle{fill-opacity:.75;stroke:#fff;stroke-width:.7}circle.a{fill-opacity:.12;stroke-width:1.6}
""" + "".join(f".{s}{{color:{c};fill:{c}}}circle.{s}.a{{stroke:{c}}}" for s, c in SIDE_HEX.items()) + """
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{padding:.2em .5em;border-bottom:1px solid #e3e3e3;text-align:left}
.n{text-align:right}tr.total td{font-weight:bold;border-top:2px solid #999}
.event{border-left:3px solid #ccc;padding:.2em 0 .2em .8em;margin:1em 0}.event ul{margin:.1em 0;padding-left:1.2em}
q{font-style:italic}.src{color:#555}.more{color:#777;list-style:none}.empty{font-size:1.2em;margin:2em 0}
@media print{body{max-width:none;margin:0;font-size:11pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.map,.event,tr{break-inside:avoid}h2{break-after:avoid}a{color:#222;text-decoration:none}
a[href]::after{content:" (" attr(href) ")";font-size:.8em;color:#555;word-break:break-all}}
@page{margin:1.5cm}
"""


def _document(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>{body}</body></html>\n")


def write_brief(path, text: str) -> None:
    """Write the page to ``path`` whole or not at all, with the permissions of any file the
    user makes (``geo.store.export.write_file``): a brief is for sharing."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)

    write_file(Path(path), write)
