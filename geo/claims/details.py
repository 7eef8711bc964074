"""A claim's details read from its sentence: the attacker and the casualties."""
from __future__ import annotations

import re

from .attribution import RU, UA, Speaker
from .keywords import fold, has_any

__all__ = ["attacker", "casualties", "own_forces"]

_AGENT_NOUNS = (r"forces|troops|army|missiles?|drones?|strikes?|attacks?|aircraft|aviation|bombers?|bombs?|shells?|munitions|shelling|"
                r"artillery|offensive|barrage|bombardment|assault|rockets?|invasion|incursion|saboteurs|sabotage|navy|units")


def _attacker_pattern(adjectives: str, country: str, extra: str) -> re.Pattern:
    """"Russian missiles", "Russia's forces", "by Russian ...", "Russia launched ...", plus ``extra``."""
    return re.compile(rf"\b(?:{adjectives})\s+(?:[\w-]+\s+){{0,2}}?(?:{_AGENT_NOUNS})\b|"
                      rf"\b(?:by|from)\s+(?:the\s+)?{adjectives.split('|')[0]}\b|"
                      rf"\b{country}\s+(?:launched|fired|struck|attacked|shelled|hit|conducted|targeted|unleashed)|{extra}", re.I)


_ATTACKER = [
    (RU, _attacker_pattern("russian|russia['’]s|russia", "russia",
                           r"\bmoscow\s+(?:launched|fired|struck|attacked)|\bRAF\b|\bour (?:forces|troops|strikes|units)")),
    (UA, _attacker_pattern("ukrainian|ukraine['’]s|ukraine|kyiv['’]s|kiev['’]s", "ukraine",
                           r"\bkyiv regime|\bkiev regime|\bAFU\b|\bZSU\b")),
]
# What a possessive place owns when it is an actor, not a location: "Kyiv's Western supporters".
# "its drones struck", "our forces hit": the speaker's own side attacked.
_OWN_FORCES = re.compile(r"\b(?:its|our|their)\s+(?:[\w-]+\s+)?(?:drones?|missiles?|forces|troops|units|aircraft|aviation|artillery|navy)\b", re.I)

_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|dozen|hundreds of)"
_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_KILLED = [
    re.compile(rf"(?:killing|killed|kills|destruction of|eliminat\w+|destroy\w*)\s+(?:up to|at least|about|around|more than|over|some)?\s*(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|civilians|soldiers|servicemen|troops|fighters|militants|mercenaries|residents|children|men|women)", re.I),
    re.compile(rf"(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|civilians|soldiers|servicemen|residents|children)\s+(?:were\s+|was\s+|have been\s+)?(?:killed|dead|died)", re.I),
]
_WOUNDED = [
    re.compile(rf"(?:injuring|wounding|injured|wounded)\s+(?:up to|at least|about|around|more than|over)?\s*(?P<n>{_NUM})", re.I),
    re.compile(rf"(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|civilians|soldiers|servicemen|residents|children)\s+(?:were\s+|was\s+|have been\s+)?(?:injured|wounded|hurt)", re.I),
]



def attacker(text: str, trigger_pos: int, speaker: Speaker | None) -> str | None:
    """The side named as striking: a subject before the trigger ("Russian forces targeted"),
    or an agent after it ("hit by Russian missiles"); a nationality that describes the target
    ("targeting Ukrainian drone factories") or the speaker is not an attacker."""
    best = None
    for side, rx in _ATTACKER:
        for m in rx.finditer(text):
            if speaker is not None and speaker.start <= m.start() < speaker.end:
                continue
            after = m.start() > trigger_pos
            if after and not re.match(r"(?:by|from)\b", m.group(), re.I):
                continue
            rank = (after, abs(m.start() - trigger_pos))
            if best is None or rank < best[0]:
                best = (rank, side)
    return best[1] if best else None


#: No single strike report counts more victims than this; a larger "count" is a misread number
#: (a year, a sum of money, a population), and it would not fit the store's integer columns.
MAX_CASUALTIES = 100_000


def _count(s: str) -> int:
    s = s.lower().replace(",", "")
    if s.isdigit():
        return int(s) if len(s) <= 6 and int(s) <= MAX_CASUALTIES else 0
    if s in ("dozen", "dozens of"):
        return 12
    if s == "hundreds of":
        return 100
    return _NUMBERS.get(s, 0)


_HURT = re.compile(r"\b(?:kill|dead|died|wound|injur|hurt|destruction|eliminat|destroy)", re.I)
_HURT_WORDS = ("kill", "dead", "died", "wound", "injur", "hurt", "destruction", "eliminat", "destroy")  # its gate


def casualties(text: str) -> dict:
    out = {}
    if not has_any(fold(text), _HURT_WORDS) or not _HURT.search(text):
        return out
    for key, patterns in (("killed", _KILLED), ("wounded", _WOUNDED)):
        for rx in patterns:
            m = rx.search(text)
            if m:
                n = _count(m.group("n"))
                if n:
                    out[key] = n
                    break
    return out



def own_forces(text: str) -> bool:
    """"its drones struck", "our forces hit": the speaker's own side attacked."""
    return _OWN_FORCES.search(text) is not None
