"""A mention's places scored on the mention's own evidence: the prior (spelling, importance,
country), the generic word, a settlement cue, a role word, a compound, prominence and the
container; the score weights, and how candidates are ranked, kept and accepted."""
from __future__ import annotations

import math

from .gazetteer import Gazetteer, Place, haversine_km
from .mentions import Candidate, _Span
from .names import normalize, split_generic, variant_key

# Score weights. Together they say what counts most: an explicit generic word or container beats
# importance, which beats a near namesake in the same region.
W_HINT, W_HINT_MISS = 1.0, -1.2
W_CONTAINER, W_CONTAINER_MISS = 1.5, -0.6
W_CUE = 0.3
W_SAME_ADMIN1, W_NEAR = 0.25, 0.6
# Prominence weighs as much as all that coherence with the article's other places can add; a
# role word as much as a generic word ("the Kherson governor" ~ "the Kherson region").
W_SEAT = W_SAME_ADMIN1 + W_NEAR
W_ROLE = W_HINT
METROPOLIS = 500_000
ORIGIN_QUALITY = {"native": 1.0, "translit": 1.0, "ne": 1.0, "curated": 1.0, "osm": 0.95,
                  "geonames": 0.9, "district": 0.85, "generated": 0.85}
COUNTRY_PRIOR = {"UA": 0.3, "RU": 0.2, "BY": 0.15}
ACCEPT = 0.55  # below this a mention is more likely a word than a place


def _prior(p: Place, origin: str, exact: bool, span: _Span) -> tuple[float, list[str]]:
    ev = []
    # A place's own name beats another place's alternate or historic name, which beats a
    # generated spelling; a folded spelling variant is weaker still.
    q = 1.0 if exact and normalize(p.name) == span.key else ORIGIN_QUALITY.get(origin, 0.85)
    if not exact:
        q -= 0.3
        ev.append("spelling variant")
    if p.kind == "settlement":
        # Population separates cities from villages; among villages (most have no figure)
        # it should not outweigh where the text puts them.
        imp = 0.5 * min(1.0, max(0.0, math.log10(p.population + 1) - 3) / 4) + 0.5 * p.rank
    elif p.kind == "country":
        imp = 1.0
    elif p.kind == "region":
        imp = 0.7
    elif p.kind == "admin1":
        imp = 0.5
    else:
        imp = 0.3
    return q + imp + COUNTRY_PRIOR.get(p.country, 0.0), ev


def _candidates(span: _Span, gaz: Gazetteer) -> list[Candidate]:
    out = []
    for p, origin, exact in span.matches:
        # Spelling variants are for the transliterated names of Ukraine, Russia and Belarus;
        # elsewhere they only turn English words into foreign towns ("May" -> "Mai").
        if not exact and p.country not in ("UA", "RU", "BY"):
            continue
        # A foreign town glued to a capitalised word is part of a longer name ("Black Sea Fleet");
        # so is a small place reached only through a spelling variant ("Motor Sich" is not the
        # village Sych, "Ukrainska Pravda" not Ukrainskaya) or the first half of a hyphenated
        # name ("Novo-Ryazan").
        if p.kind == "settlement" and (span.glued or span.hyphenated) and (
                p.country not in ("UA", "RU", "BY") or (p.population < 10_000 and (span.hyphenated or not exact))):
            continue
        # Raions and hromadas are named after their seat: bare "Shostka" is the town.
        if origin == "district" and span.hint != "district":
            continue
        score, ev = _prior(p, origin, exact, span)
        if span.hint:
            if p.kind == span.hint:
                score += W_HINT
                ev.append(f"generic word: {span.hint}")
            else:
                score += W_HINT_MISS
        delta, more = _text_evidence(p, exact, span, gaz)
        out.append(Candidate(p, score + delta, ev + more))
    return out


def _text_evidence(p: Place, exact: bool, span: _Span, gaz: Gazetteer) -> tuple[float, list[str]]:
    """What the words around a mention say for or against one of its places: a settlement cue,
    a role word heading a region, a compound the text gave in full, and prominence. An oblast
    centre outweighs everything the article's other places can add (W_SEAT), so that "the port
    of Nikolaev" is not a village that a background paragraph about Donetsk pulls. A village cue
    ("the village of Belgorod") cancels it, and so does a longer name around it ("the Zaporozhye
    Nuclear Power Plant" is named after the city or its region alike)."""
    score, ev = 0.0, []
    if span.cue:
        if p.kind == "settlement":
            score += W_CUE
            ev.append("settlement cue")
        else:
            score -= W_CUE
    if span.role and p.kind == "admin1":
        score += span.role
        ev.append("role word: head of a region")
    elif span.role and p.kind in ("settlement", "district"):
        score -= span.role
    if p.id in span.short_for:
        score += W_CONTAINER
        ev.append("short for a compound name in the text")
    if exact and span.cue != "village" and not span.glued and _prominent(p, gaz):
        score += W_SEAT
        ev.append("oblast centre" if p.population < METROPOLIS else "metropolis")
    return score, ev


def _prominent(p: Place, gaz: Gazetteer) -> bool:
    """An oblast centre (the town its oblast, krai or federal city is named after: Kherson of
    Kherson Oblast, Belgorod) or a city of half a million: what a bare name means in the news.
    Larger towns are not enough: border villages share their names with them (Murom, Oktyabrsky)."""
    if p.kind != "settlement" or p.country not in COUNTRY_PRIOR:
        return False  # Singapore the city is not to outrank Singapore the country
    if p.population >= METROPOLIS:
        return True
    if not p.admin1 or (p.population < 50_000 and p.rank < 0.6):
        return False
    area = gaz.get(f"iso:{p.admin1}")
    return area is not None and variant_key(split_generic(area.name)[0]) == variant_key(p.name)


def _apply_container(cands: list[Candidate], container: Place) -> list[Candidate]:
    """Scores for what the text says contains the mention. When none of the namesakes lies in
    an oblast or raion the text names ("the Belaya base in the Irkutsk region"), the mention is
    none of them: a container named in the sentence outranks any namesake's importance."""
    any_inside = False
    for c in cands:
        p = c.place
        if container.kind == "country":
            inside = p.country == container.country
        elif container.kind == "admin1":
            inside = p.admin1 == container.admin1 and p.id != container.id
        elif container.kind == "district":
            inside = p.raion == container.raion and p.id != container.id
        else:
            inside = haversine_km(p.lat, p.lon, container.lat, container.lon) < 300
        if inside:
            any_inside = True
            c.score += W_CONTAINER
            c.evidence.append(f"in {container.name}")
        else:
            c.score += W_CONTAINER_MISS
    if not any_inside and container.kind in ("admin1", "district"):
        return []
    return cands


def _rank(c: Candidate) -> tuple:
    """Best first; equal scores in place-id order, so that rankings do not depend on input order."""
    return -c.score, c.place.id


def _contenders(cands: list[Candidate]) -> list[Candidate]:
    """The candidates that context can still lift to the top: a name shared by hundreds of
    villages ("Andreevka") keeps those within reach of the best, so that resolution does not
    grow with the number of namesakes."""
    if len(cands) <= 8:
        return cands
    reach = max(c.score for c in cands) - (W_SAME_ADMIN1 + W_NEAR) - 1e-9
    return [c for c in cands if c.score >= reach]


def _decisive(cands: list[Candidate]) -> bool:
    """Can the best candidate anchor the others? When it clearly wins, or when every close
    rival lies within a few km of it (a town and its namesake suburb): where it is, is known."""
    if not cands:
        return False
    best = cands[0]
    return all(best.score - c.score >= 0.3 or haversine_km(best.place.lat, best.place.lon, c.place.lat, c.place.lon) < 25
               for c in cands[1:])


def _accepted(cands: list[Candidate]) -> Place | None:
    """The best candidate's place, unless the name is more likely a word than a place."""
    return cands[0].place if cands and cands[0].score >= ACCEPT else None
