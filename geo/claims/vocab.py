"""Controlled vocabularies for what a strike hit (targets) and with what (weapons).

Each term has a fixed key (what is stored, filtered on and exported); each language's data
(``geo.claims.lang``) holds the phrases that name it. Keys are stable; add phrases freely, add
keys with care (the dashboard filters on them). ``find_terms`` returns the keys a sentence
mentions, in order of first appearance.

Targets
    airfield, ammunition_depot, fuel_depot, oil_refinery, energy, defense_industry, drone_site,
    military_site, air_defense, command_post, troops, railway, port, bridge, residential,
    civilian_infrastructure, government, media, aircraft, missile_system, vehicles, warehouse
Weapons
    ballistic_missile, cruise_missile, missile, iskander, kinzhal, kalibr, kh_101, kh_22, kh_59,
    s_300, oniks, zircon, tochka_u, atacms, storm_shadow, himars, neptune, shahed, lancet, fpv,
    drone, glide_bomb, airstrike, artillery, mlrs, bomber, sea_drone
"""
from __future__ import annotations

from functools import lru_cache

from .lang import for_lang

__all__ = ["TARGETS", "WEAPONS", "find_terms"]

# The controlled vocabularies: what is stored, filtered on and exported. Each language names
# every key (``TARGET_PHRASES`` / ``WEAPON_PHRASES`` in ``geo.claims.lang``).
TARGETS = ("airfield", "ammunition_depot", "fuel_depot", "oil_refinery", "energy", "defense_industry", "drone_site",
           "military_site", "air_defense", "command_post", "troops", "railway", "port", "bridge", "residential",
           "civilian_infrastructure", "government", "media", "aircraft", "missile_system", "vehicles", "warehouse")
WEAPONS = ("iskander", "kinzhal", "kalibr", "kh_101", "kh_22", "kh_59", "s_300", "oniks", "zircon", "tochka_u", "atacms",
           "storm_shadow", "himars", "neptune", "shahed", "lancet", "fpv", "sea_drone", "glide_bomb", "ballistic_missile",
           "cruise_missile", "missile", "drone", "airstrike", "bomber", "artillery", "mlrs")

# More specific weapon keys shadow the generic ones they contain ("cruise missile" is a missile).
_SHADOWS = {
    "missile": {"ballistic_missile", "cruise_missile", "iskander", "kinzhal", "kalibr", "kh_101", "kh_22", "kh_59",
                "s_300", "oniks", "zircon", "tochka_u", "atacms", "storm_shadow", "neptune"},
    "drone": {"shahed", "lancet", "fpv", "sea_drone"},
    "airstrike": {"bomber", "glide_bomb"},
    "warehouse": {"ammunition_depot", "fuel_depot", "drone_site"},
    "defense_industry": {"drone_site"},
}


def _compile(vocab: dict[str, list[str]]):
    """An Aho-Corasick automaton over the phrases (hyphens read as spaces): one pass over a
    sentence finds every phrase, where a regex alternation of 200 phrases would try each of them
    at every position."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for key, phrases in vocab.items():
        for p in phrases:
            norm = _norm(p)
            if norm not in auto:
                auto.add_word(norm, (len(norm), key))
    auto.make_automaton()
    return auto


def _norm(phrase: str) -> str:
    return phrase.casefold().replace("-", " ")


@lru_cache(maxsize=None)
def _automaton(lang: str, vocabulary: str):
    data = for_lang(lang)
    return _compile(data.TARGET_PHRASES if vocabulary == "targets" else data.WEAPON_PHRASES)


def find_terms(text: str, vocabulary: str, lang: str = "en") -> list[str]:
    """Keys of ``vocabulary`` ("targets" or "weapons") named in ``text``, first mention first."""
    low = _norm(text)
    if len(low) != len(text):  # casefolding changed the length (ß, ligatures): offsets by a safe path
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text).replace("-", " ")
    hits = []
    for end, (n, key) in _automaton(lang, vocabulary).iter(low):
        start = end - n + 1
        if (start > 0 and (low[start - 1].isalnum())) or (end + 1 < len(low) and low[end + 1].isalnum()):
            continue  # inside a longer word
        hits.append((start, -n, end, key))
    hits.sort()
    out, taken_until = [], -1
    for start, _, end, key in hits:  # leftmost, then longest, without overlaps
        if start <= taken_until:
            continue
        taken_until = end
        out.append(key)
    out = list(dict.fromkeys(out))
    for generic, specific in _SHADOWS.items():
        if generic in out and specific & set(out):
            out.remove(generic)
    return out
