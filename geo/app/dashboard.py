"""What the dashboard's pages show, as plain functions (the pages only lay it out).

- ``Filters``: the sidebar state, to and from the URL query string (a view can be shared),
  with the map's position and the picked claim (``MapPlace``).
- ``claim_detail``, ``claim_rows``: the claim panel and the claims table; all article text
  escaped. The Gazetteer page's candidates and the corrections log are in ``names``.
- ``ensure_samples`` (from ``samples``): the bundled sample articles, for an empty store.
The map's layers are in ``mapdeck``, the views of a filter in ``views``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .focus import MapPlace, area_view  # noqa: F401  (the pages' names for them)
from .mapdeck import SIDE_COLORS, SIDE_HEX, SIDE_LABELS, SIDE_SHORT  # noqa: F401
from .safe import link, md
from .samples import SAMPLES, ensure_samples  # noqa: F401  (the pages' and tests' names for them)

__all__ = ["SIDE_COLORS", "SIDE_HEX", "SIDE_LABELS", "Filters", "MapPlace", "claim_detail", "ensure_samples", "link",
           "md"]

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Filters:
    since: date | None = None
    until: date | None = None
    sides: list[str] = field(default_factory=lambda: ["RU", "UA", "OTHER"])
    attackers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    text: str = ""
    undated: bool = False  # claims with no date join the window (no window holds them otherwise)
    problems: list[str] = field(default_factory=list, compare=False)  # what the link got wrong

    def query_args(self, gazetteer=None) -> dict:
        """Store query arguments. With a gazetteer, the search text also matches the names its
        places are stored under ("Kharkov" and "Харків" find what "Kharkiv" finds)."""
        text = self.text.strip() or None
        if text and gazetteer is not None:
            text = [text, *gazetteer.spellings(text)]
        return {"since": self.since, "until": self.until, "sides": self.sides or ["__none__"],
                "attackers": self.attackers or None, "targets": self.targets or None, "text": text,
                "undated": "also" if self.undated else None}

    def to_params(self) -> dict[str, str]:
        """For st.query_params: only what differs from the defaults."""
        out = {}
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        if sorted(self.sides) != ["OTHER", "RU", "UA"]:
            out["side"] = ",".join(self.sides)
        if self.attackers:
            out["attacker"] = ",".join(self.attackers)
        if self.targets:
            out["target"] = ",".join(self.targets)
        if self.text:
            out["q"] = self.text
        if self.undated:
            out["undated"] = "1"
        return out

    @classmethod
    def from_params(cls, params) -> "Filters":
        """From a query string. Anything malformed falls back to the default, and ``problems``
        says what was ignored, so a page can tell the user instead of showing nothing."""
        from ..claims.vocab import TARGETS

        problems: list[str] = []

        def day(key):
            raw = params.get(key)
            if not raw:
                return None
            try:
                return date.fromisoformat(str(raw)[:10])
            except (TypeError, ValueError):
                problems.append(f"'{key}={str(raw)[:40]}' in the link is not a date (YYYY-MM-DD); ignored.")
                return None

        def items(key, allowed: dict[str, str], what: str):
            raw = str(params.get(key) or "")
            out = []
            for v in (v.strip() for v in raw.split(",") if v.strip()):
                known = allowed.get(v.casefold())
                if known is None:
                    problems.append(f"Unknown {what} '{v[:40]}' in the link; ignored (known: {', '.join(sorted(set(allowed.values())))}).")
                elif known not in out:
                    out.append(known)
            return out

        sides = items("side", {s.casefold(): s for s in SIDE_COLORS}, "side") if params.get("side") is not None else list(SIDE_COLORS)
        if not sides:
            sides = list(SIDE_COLORS)
        targets = {t.casefold(): t for t in TARGETS} | {t.replace("_", " ").casefold(): t for t in TARGETS}
        since, until = day("since"), day("until")
        if since and until and since > until:
            problems.append(f"The link's dates run backwards ({since} to {until}); swapped.")
            since, until = until, since
        return cls(since=since, until=until, sides=sides,
                   attackers=items("attacker", {a.casefold(): a for a in ("RU", "UA", "unknown")}, "attacker"),
                   targets=items("target", targets, "target type"), text=str(params.get("q") or "")[:200],
                   undated=params.get("undated") == "1", problems=problems)


KIND_WORDS = {"settlement": "a settlement", "district": "a whole district", "admin1": "a whole region",
              "country": "the whole country"}
def initial_window(filters: Filters, lo: date, hi: date, since0: date, until0: date) -> tuple[date, date]:
    """The date slider's first window: the link's dates, kept inside the store's range."""
    since = min(max(lo, filters.since or since0), hi)
    until = max(min(hi, filters.until or until0), since)
    return since, until


def claim_detail(row, body: str | None) -> str:
    """HTML of the claim's paragraph with its sentence marked; all text escaped."""
    if not body:
        return f"<mark>{md(row['sentence'])}</mark>"
    start, end = int(row["start"]), int(row["end"])
    p_start = body.rfind("\n\n", 0, start)
    p_start = 0 if p_start < 0 else p_start + 2
    p_end = body.find("\n\n", end)
    p_end = len(body) if p_end < 0 else p_end
    return md(body[p_start:start]) + "<mark>" + md(body[start:end]) + "</mark>" + md(body[end:p_end])


def _claim_when(row) -> str:
    """A claim's date for its panel: its own day; a month or a year as such (stored as its
    first day, never shown as that day), with the article's date the map puts it on; else the
    article's date."""
    from ..store.reading import date_label

    precision = row.get("date_precision")
    own = date_label(row.date, precision)
    if own and precision in ("month", "year"):
        return f"{own} ({precision}; mapped on the article date {row.map_date})" if row.map_date else f"{own} ({precision})"
    return own or (f"{row.map_date} (article date)" if row.map_date else "unknown")


def claim_facts(row, places, article: dict) -> str:
    """The claim panel's facts as escaped Markdown: who, what, when, where, and the source link."""
    side = SIDE_LABELS.get(row.side, str(row.side))
    when = _claim_when(row)
    targets = ", ".join(t.replace("_", " ") for t in str(row.get("targets") or "").split(",") if t) or "not said"
    where = "; ".join(f"{md(p.place_name)} ({KIND_WORDS.get(p.place_kind, p.place_kind)}, {p.precision})"
                      for p in places.itertuples())
    lines = [f"**Source:** {md(row.source)} ({side}) · **Attacker:** {md(row.attacker or 'not said')} · **Date:** {when}",
             f"**Targets:** {md(targets)} · **Places:** {where}"]
    if article.get("url") or article.get("title"):
        lines.append(f"**Article:** {link(article.get('url') or '')} {md(article.get('title') or '')}")
    return "  \n".join(lines)


def event_sides(claims) -> dict[str, str]:
    """An event's claims as Markdown per reporting side (the panel's columns): each claim's
    source, date, quote, article link and why it is in the event, escaped."""
    out = {}
    for side in SIDE_LABELS:
        rows = claims[claims.side == side] if len(claims) else claims
        parts = []
        for c in rows.itertuples():
            url = f" · {link(c.article_url)}" if c.article_url else ""
            outcome = {"intercepted": " (says intercepted)", "denied": " (denies it)"}.get(c.outcome, "")
            why = f"  \n_in this event: {md(c.link)}_" if getattr(c, "link", None) else ""
            parts.append(f"**{md(c.source or 'unattributed')}**{outcome}, {c.map_date or 'undated'}{url}{why}  \n"
                         f"> {md(str(c.sentence)[:600])}")
        out[side] = "\n\n".join(parts) if parts else "_nothing reported_"
    return out


def event_claim_label(claims, claim_id: str) -> str:
    r = claims[claims.claim_id == claim_id].iloc[0]
    return f"{SIDE_LABELS.get(r.side, r.side)} · {str(r.source or 'unattributed')[:40]} · {str(r.sentence)[:60]}"


def change_event(store, event_id: str, merge_with: str, split_claim: str, author: str) -> None:
    """A user's merge (``merge_with`` joins ``event_id``) or split (``split_claim`` leaves it)."""
    if bool(merge_with) == bool(split_claim):
        raise ValueError("choose either an event to merge with or a claim to take out")
    if merge_with:
        store.merge_events(event_id, merge_with, author=author)
    else:
        store.split_claim(split_claim, author=author)


def latest_line(item: dict) -> str:
    """One line of the latest-claims list, escaped, with the article's link."""
    side = SIDE_LABELS.get(item["side"], str(item["side"]))
    colour = SIDE_HEX.get(item["side"], "#000")
    source = md(str(item.get("source") or "")[:80])
    url = f" · {link(item['url'])}" if item.get("url") else ""
    return (f"<span style='color:{colour}'>●</span> **{item['date'] or 'undated'}** · {md(item['places'])} · "
            f"{side}: {source}{url}")


def placeless_table(placeless):
    """Claims without a place, for the table beside the map."""
    import pandas as pd

    return pd.DataFrame({"date": placeless.map_date, "reported by": placeless.side.map(SIDE_LABELS).fillna(placeless.side),
                         "source": placeless.source, "targets": placeless.targets.str.replace("_", " "),
                         "sentence": placeless.sentence})


def highlight_places(body: str, places) -> str:
    """The article body as escaped HTML with its resolved place mentions (``Extraction.places``)
    marked (for the Add page)."""
    out, pos = [], 0
    for m in sorted((m for m in places if m.place is not None), key=lambda m: m.start):
        if m.start < pos:
            continue
        p = m.place
        title = md(f"{p.name} ({p.kind}, {p.admin1 or p.country})")
        out.append(md(body[pos:m.start]))
        out.append(f"<mark title=\"{title}\">{md(body[m.start:m.end])}</mark>")
        pos = m.end
    out.append(md(body[pos:]))
    return "".join(out).replace("\n\n", "<br/><br/>")


def claims_table(extraction):
    """The claims of an ``Extraction`` as a table for review before saving; a date as precise
    as the claim says it ("2025-03" for a month), else its wording."""
    import pandas as pd

    from ..store.reading import date_label

    rows = [{"side": c.side, "source": c.source, "attacker": c.attacker,
             "date": date_label(c.date, c.date_precision) or c.date_text, "places": ", ".join(m.mention for m in c.places),
             "targets": ", ".join(c.targets), "weapons": ", ".join(c.weapons), "killed": c.casualties.get("killed"),
             "wounded": c.casualties.get("wounded"), "sentence": c.sentence} for c in extraction.claims]
    return pd.DataFrame(rows)


def candidates_view(table) -> tuple[float, float, float]:
    """A view around the Gazetteer page's candidates (the best one in the middle)."""
    best = table.iloc[0]
    spread = max(float(table.lat.max() - table.lat.min()), float(table.lon.max() - table.lon.min()), 1.0)
    return float(best.lat), float(best.lon), max(3.0, min(9.0, 8.5 - 1.4 * spread ** 0.5))


def claim_rows(gdf, placeless=None):
    """One row per claim (places joined), for the Claims table, newest first (undated last);
    claims that name no place below the country are listed too."""
    import pandas as pd

    cols = ["claim_id", "date", "side", "source", "attacker", "places", "targets", "corrected", "sentence"]
    parts = []
    if not gdf.empty:
        names: dict[str, dict] = {}  # a claim's place names, in order, once each (a loop: a
        for c, p in zip(gdf.claim_id, gdf.place_name):  # pandas aggregate per claim took seconds)
            names.setdefault(c, {})[p] = None
        claims = gdf.drop_duplicates("claim_id").set_index("claim_id")
        places = pd.Series([", ".join(names[c]) for c in claims.index], index=claims.index)
        parts.append(pd.DataFrame({"date": claims.map_date, "side": claims.side, "source": claims.source,
                                   "attacker": claims.attacker, "places": places, "targets": claims.targets,
                                   "corrected": claims.corrected.astype(bool), "sentence": claims.sentence}).reset_index())
    if placeless is not None and len(placeless):
        parts.append(pd.DataFrame({"claim_id": placeless.claim_id, "date": placeless.map_date, "side": placeless.side,
                                   "source": placeless.source, "attacker": placeless.attacker, "places": "(no place named)",
                                   "targets": placeless.targets, "corrected": placeless.corrected.astype(bool),
                                   "sentence": placeless.sentence}))
    if not parts:
        return pd.DataFrame(columns=cols)
    out = pd.concat(parts, ignore_index=True)[cols]
    out["side"] = out.side.map(SIDE_LABELS).fillna(out.side)
    out["targets"] = out.targets.fillna("").str.replace("_", " ").str.replace(",", ", ")
    return out.sort_values(["date", "claim_id"], ascending=[False, True], na_position="last",
                           kind="stable").reset_index(drop=True)


def claim_labels(table) -> dict[str, str]:
    """Each claim's line in a picker: date, side, places, source (made once for the table; a
    lookup per option made a 5,000-claim picker take seconds)."""
    return {c: f"{d or 'undated'} · {s} · {p} · {str(src)[:50]}"
            for c, d, s, p, src in zip(table.claim_id, table.date, table.side, table.places, table.source)}


def correction_value(field: str, value: str, gazetteer):
    """A correction typed by a user -> the value Store.correct takes (a place name is resolved)."""
    value = (value or "").strip()
    if field == "place":
        from ..places.geoparse import resolve_name

        mention, _ = resolve_name(value, gazetteer)
        if mention is None:
            raise ValueError(f"no place called {value!r} in the gazetteer")
        return mention.place.id
    if field == "side":
        return value.upper()
    if field == "attacker":
        return value.upper() or None
    if field == "date":
        from datetime import date

        return date.fromisoformat(value) if value else None
    return value


def read_upload(name: str, data: bytes, published=None) -> list:
    """Articles of an uploaded file, through the same readers as files on disk."""
    import tempfile
    from pathlib import Path

    from ..articles import read_articles

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / Path(name).name
        path.write_bytes(data)
        return read_articles(path, published)


def events_geojson(store, filters, statuses) -> dict:
    """The events of a view as GeoJSON, one feature per event (the events download)."""
    from ..store.export import events_geojson as to_fc

    events = store.events(since=filters.since, until=filters.until, statuses=statuses or None,
                          sides=filters.sides or None)
    return to_fc(events, store.event_claims(list(events.id)) if len(events) else None, store.gazetteer)


def geojson_text(fc: dict) -> str:
    import json

    return json.dumps(fc, ensure_ascii=False, separators=(",", ":"))


def advance_window(window: tuple[date, date], step_days: int, lo: date, hi: date) -> tuple[date, date]:
    """The play control's next window: the same width, ``step_days`` later, wrapping to the start."""
    width = window[1] - window[0]
    start = window[0] + timedelta(days=int(step_days))
    if start + width > hi:
        start = lo
    return start, min(hi, start + width)


LARGE_STORE = 20_000  # claims; a larger store opens on its latest 90 days


def window_dates(window: tuple[date, date], lo: date, hi: date) -> dict:
    """A date slider's filter: none when it spans every day, so that undated claims (an
    article with no date) are listed too."""
    if window[0] <= lo and window[1] >= hi:
        return {"since": None, "until": None}
    return {"since": window[0], "until": window[1]}


def default_window(store) -> tuple[date, date, date, date]:
    """(first day, last day, default since, default until) for the date slider."""
    lo, hi = store.date_range()
    if lo is None:
        today = date.today()
        return today - timedelta(days=30), today, today - timedelta(days=30), today
    since = max(lo, hi - timedelta(days=90)) if store.counts()["claims"] > LARGE_STORE else lo
    return lo, hi, since, hi


def plural(n: int, noun: str) -> str:
    """ "1 claim", "2 claims", "1,204 events"."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def off_map_note(summary: dict) -> str | None:
    """What of the view the map does not show, and why (``views.map_view``'s summary)."""
    parts = []
    if summary.get("hidden_undated"):
        parts.append(f"{plural(summary['hidden_undated'], 'claim')} with no date (turn on \"Include undated "
                     "claims\" in the sidebar to add them)")
    if summary.get("placeless"):
        parts.append(f"{plural(summary['placeless'], 'claim')} that name no place (listed below the map)")
    return ("Not on the map: " + "; ".join(parts) + ".") if parts else None


def claim_pick_labels(claims) -> dict[str, str]:
    """The claim list's labels: date, side, place, source."""
    return {r.claim_id: f"{r.map_date or 'undated'} · {SIDE_LABELS.get(r.side, r.side)} · {r.place_name} · "
                        f"{str(r.source)[:60]}" for r in claims.itertuples()}


def event_labels(events) -> dict[str, str]:
    """The event list's labels: day, place, status, the sides reporting."""
    return {r.id: f"{r.day} · {r.place_name} · {r.status} · "
                  f"{', '.join(SIDE_LABELS.get(x, x) for x in r.sides.split(',') if x)}" for r in events.itertuples()}


def event_pick(state, ids: list[str], clicked: str | None, linked: str | None) -> str | None:
    """The event the panel shows, set in ``state`` (session state) before its list is drawn: a
    new click on the map, else the list's pick, else the link's event, else the latest."""
    if clicked and clicked != state.get("event_clicked") and clicked in ids:
        state["event_pick"] = clicked
    state["event_clicked"] = clicked
    if state.get("event_pick") not in ids:
        if not ids:
            state.pop("event_pick", None)
            return None
        state["event_pick"] = linked if linked in ids else ids[0]
    return state["event_pick"]
