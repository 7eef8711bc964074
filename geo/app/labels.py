"""The words the pages put on numbers and rows: counts, notes under the metrics, the lines of
the latest-claims list and the labels of the claim and event pickers. All article text escaped."""
from __future__ import annotations

from .mapdeck import SIDE_HEX, SIDE_LABELS
from .safe import link, md


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


def latest_line(item: dict) -> str:
    """One line of the latest-claims list, escaped, with the article's link."""
    side = SIDE_LABELS.get(item["side"], str(item["side"]))
    colour = SIDE_HEX.get(item["side"], "#000")
    source = md(str(item.get("source") or "")[:80])
    url = f" · {link(item['url'])}" if item.get("url") else ""
    return (f"<span style='color:{colour}'>●</span> **{item['date'] or 'undated'}** · {md(item['places'])} · "
            f"{side}: {source}{url}")


def claim_labels(table) -> dict[str, str]:
    """Each claim's line in a picker: date, side, places, source (made once for the table; a
    lookup per option made a 5,000-claim picker take seconds)."""
    return {c: f"{d or 'undated'} · {s} · {p} · {str(src)[:50]}"
            for c, d, s, p, src in zip(table.claim_id, table.date, table.side, table.places, table.source)}


def claim_pick_labels(claims) -> dict[str, str]:
    """The claim list's labels: date, side, place, source."""
    return {r.claim_id: f"{r.map_date or 'undated'} · {SIDE_LABELS.get(r.side, r.side)} · {r.place_name} · "
                        f"{str(r.source)[:60]}" for r in claims.itertuples()}


def event_labels(events) -> dict[str, str]:
    """The event list's labels: day, place, status, the sides reporting."""
    return {r.id: f"{r.day} · {r.place_name} · {r.status} · "
                  f"{', '.join(SIDE_LABELS.get(x, x) for x in r.sides.split(',') if x)}" for r in events.itertuples()}


def event_claim_label(claims, claim_id: str) -> str:
    r = claims[claims.claim_id == claim_id].iloc[0]
    return f"{SIDE_LABELS.get(r.side, r.side)} · {str(r.source or 'unattributed')[:40]} · {str(r.sentence)[:60]}"


ATTACKER_NAMES = {"RU": "Russia", "UA": "Ukraine", "unknown": "not said"}  # the Attacker filter's words


def area_names(gazetteer) -> dict[str, str]:
    """The "Zoom to" choices: the region's code (the link's ``area``) to its name, the whole
    theatre first (code "")."""
    return {"": "Ukraine and the border regions"} | {c.removeprefix("iso:"): gazetteer.get(c).name
                                                     for c in gazetteer.area_ids("admin1")}
