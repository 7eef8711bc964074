"""Places as people read them: names and regions ("Andriivka (Sumy Oblast)"), not codes
("ua:UA59...", "UA-59"), which stay beside them for analysts.

- ``look_up``: the Gazetteer page's answer to a name: every candidate, and whether it is sure.
  A bare name that dozens of villages share ("Andreevka") is not: the best candidates score
  alike and nothing in the query tells them apart, so the page warns and lists them all.
- ``corrections_table``: the corrections log with place names.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..places.gazetteer import haversine_km
from ..places.geoparse import geoparse, resolve_name
from .detail import KIND_WORDS
from .safe import md

__all__ = ["CLOSE", "Lookup", "corrections_table", "look_up"]

CLOSE = 0.3  # candidates nearer in score than this are a toss-up (as geoparse's _decisive)
SAME_PLACE_KM = 25.0  # ...unless they lie this close: a town and its namesake suburb
TOWN_OVER_HAMLET = 10  # ...or the best has ten times the people (a rival of unknown size counts)
_COUNTRIES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus"}


@dataclass
class Lookup:
    """What the Gazetteer page shows for a query. ``table``: every candidate, best first, with
    its region's name; the codes (``admin1``, ``id``) in the last columns."""

    query: str
    mention: str | None = None
    table: object = None  # a DataFrame
    ambiguous: bool = False
    closest: list[str] = field(default_factory=list)
    message: str = ""  # Markdown, article-safe: the green line, or the warning

    @property
    def found(self) -> bool:
        return self.mention is not None

    @property
    def sure(self) -> bool:
        """A confident answer (st.success): found, and not an ambiguous bare name."""
        return self.found and not self.ambiguous

    def map_table(self):
        """The table for the candidates' map, whose tooltips then name regions, not codes."""
        return self.table.assign(admin1=self.table.region)


def look_up(query: str, gazetteer) -> Lookup:
    """A name's candidates and what to say of them (see the module's docstring)."""
    query = " ".join(str(query).split())[:1000]
    mention, cands = resolve_name(query, gazetteer)
    if mention is None:
        close = gazetteer.closest_names(query)
        return Lookup(query, closest=close, message="Not found." + (
            f" Closest names: {md(', '.join(close))}" if close else " Nothing close either."))
    regions = [_region(c.place, gazetteer) for c in cands]
    table = pd.DataFrame([{
        "name": c.place.name, "region": region, "kind": c.place.kind, "score": round(c.score, 2),
        "evidence": "; ".join(c.evidence), "lat": c.place.lat, "lon": c.place.lon, "precision": c.place.precision,
        "country": c.place.country, "admin1": c.place.admin1, "id": c.place.id} for c, region in zip(cands, regions)])
    rivals = _rivals(cands)
    # Context is another place in the query ("Andreevka in Sumy Region", "Andreevka near Shostka").
    ambiguous = bool(rivals) and len(geoparse(query, gazetteer=gazetteer, require_capital=False)) < 2
    best, where = cands[0].place, regions[0]
    kind = KIND_WORDS.get(best.kind, best.kind)
    said = f"{md(mention.mention)} → {md(best.name)} ({md(kind)}" + (
        f", {md(where)}" if where and best.kind != "admin1" else "") + f"), {best.lat:.4f}, {best.lon:.4f}"
    if ambiguous:
        said = _ambiguity(mention.mention, cands, regions, rivals[0], gazetteer)
    return Lookup(query, mention.mention, table, ambiguous, message=said)


def _region(place, gazetteer) -> str:
    """A place's admin-1 unit by name, else its country."""
    return gazetteer.admin1_name(place.admin1) or _COUNTRIES.get(place.country, place.country or "")


def _rivals(cands) -> list:
    """Candidates about as likely as the best that lie somewhere else, leaving out hamlets a
    town ten times their size outranks (Sudzha of Kursk, not the Sudzha of 43 in Buryatia)."""
    best = cands[0].place
    return [c for c in cands[1:] if cands[0].score - c.score < CLOSE
            and haversine_km(best.lat, best.lon, c.place.lat, c.place.lon) >= SAME_PLACE_KM
            and not 0 < TOWN_OVER_HAMLET * c.place.population <= best.population]


def _ambiguity(mention: str, cands, regions: list[str], rival, gazetteer) -> str:
    """The warning for an ambiguous bare name: how many namesakes, where (every one, by
    country and region), the best guess and how to say which is meant."""
    where: dict[str, dict[str, int]] = {}  # country -> region -> namesakes, most likely first
    for c, region in zip(cands, regions):
        country = where.setdefault(_COUNTRIES.get(c.place.country, c.place.country or "elsewhere"), {})
        country[region] = country.get(region, 0) + 1
    n = len(cands)
    counts = ", ".join(f"{sum(r.values())} in {k}" for k, r in where.items())
    listed = "; ".join(f"{md(k)}: " + ", ".join(f"{md(r)}{f' ×{m}' if m > 1 else ''}" for r, m in regions_.items())
                       for k, regions_ in where.items())
    return (f"**{md(mention)} is ambiguous**: {n} places go by this name ({md(counts)}) and nothing in the query "
            f"says which. The best guess, {md(gazetteer.label(cands[0].place))}, is barely ahead of "
            f"{md(gazetteer.label(rival.place))}. Add where it is, e.g. “{md(mention)} in {md(regions[0])}”.\n\n"
            f"The {n} namesakes, by region: {listed}")


def corrections_table(log: list[dict], gazetteer):
    """The corrections log (``Store.corrections()``) as people read it: a place correction's
    old and new places by name and region, their ids in the last columns."""
    def name(field: str, value):
        if value is None or not field.startswith("place"):
            return value
        place = gazetteer.get(str(value))
        return gazetteer.label(place) if place is not None else value

    rows = []
    for c in log:
        f = str(c.get("field") or "")
        seq = int(f.split(":", 1)[1]) if f.startswith("place:") and f.split(":", 1)[1].isdigit() else 0
        rows.append({"when": c.get("created_at"), "claim": c.get("claim_id"),
                     "field": ("place" if not seq else f"place {seq + 1}") if f.startswith("place") else f,
                     "from": name(f, c.get("old_value")), "to": name(f, c.get("new_value")),
                     "by": c.get("author"), "why": c.get("note"),
                     "from id": c.get("old_value") if f.startswith("place") else None,
                     "to id": c.get("new_value") if f.startswith("place") else None})
    return pd.DataFrame(rows, columns=["when", "claim", "field", "from", "to", "by", "why", "from id", "to id"])
