"""The detail panels: a claim's paragraph and facts, an event's claims per side, and an article
with its places marked (the Add page). Articles are hostile input: all their text is escaped."""
from __future__ import annotations

from ..store.reading import date_label
from .mapdeck import SIDE_LABELS, STATUS_LABELS
from .safe import link, md

KIND_WORDS = {"settlement": "a settlement", "district": "a whole district", "admin1": "a whole region",
              "country": "the whole country"}


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


def event_heading(row) -> str:
    """The event panel's first line, escaped Markdown: place, day, status and what it means."""
    return f"**{md(row.place_name)}**, {row.day}: **{row.status}** ({STATUS_LABELS[row.status]})"
