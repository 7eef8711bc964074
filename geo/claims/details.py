"""A claim's details read from its sentence: the attacker and the casualties (words from the
language's data)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lang import for_lang, pattern
from .speakers import Speaker

__all__ = ["MAX_CASUALTIES", "attacker", "casualties", "own_forces"]


@lru_cache(maxsize=None)
def _attackers(lang: str) -> list[tuple[str, re.Pattern]]:
    """"Russian missiles", "by Russian ...", "Russia launched ...", plus each side's extras."""
    data = for_lang(lang)
    out = []
    for side, (adjectives, country, extra) in data.ATTACKERS.items():
        out.append((side, re.compile(rf"\b(?:{adjectives})\s+(?:[\w-]+\s+){{0,2}}?(?:{data.AGENT_NOUNS})\b|"
                                     rf"\b(?:{data.AGENT_PREPOSITIONS})\s+(?:the\s+)?{adjectives.split('|')[0]}\b|"
                                     rf"\b{country}\s+(?:{data.ATTACK_VERBS})|{extra}", re.I)))
    return out


@lru_cache(maxsize=None)
def _casualty_patterns(lang: str) -> tuple[tuple[str, list[re.Pattern]], ...]:
    data = for_lang(lang)
    return (("killed", [re.compile(p, re.I) for p in data.KILLED]), ("wounded", [re.compile(p, re.I) for p in data.WOUNDED]))


def attacker(text: str, trigger_pos: int, speaker: Speaker | None, lang: str = "en") -> str | None:
    """The side named as striking: a subject before the trigger ("Russian forces targeted"),
    or an agent after it ("hit by Russian missiles"); a nationality that describes the target
    ("targeting Ukrainian drone factories") or the speaker is not an attacker. ``speaker``'s
    offsets are in ``text``."""
    best, agent = None, re.compile(rf"(?:{for_lang(lang).AGENT_PREPOSITIONS})\b", re.I)
    for side, rx in _attackers(lang):
        for m in rx.finditer(text):
            if speaker is not None and speaker.start <= m.start() < speaker.end:
                continue
            after = m.start() > trigger_pos
            if after and not agent.match(m.group()):
                continue
            rank = (after, abs(m.start() - trigger_pos))
            if best is None or rank < best[0]:
                best = (rank, side)
    return best[1] if best else None


#: No single strike report counts more victims than this; a larger "count" is a misread number
#: (a year, a sum of money, a population), and it would not fit the store's integer columns.
MAX_CASUALTIES = 100_000


def _count(s: str, numbers: dict[str, int]) -> int:
    s = s.lower().replace(",", "")
    if s.isdigit():
        return int(s) if len(s) <= 6 and int(s) <= MAX_CASUALTIES else 0
    return numbers.get(s, 0)


def casualties(text: str, lang: str = "en") -> dict:
    """{"killed": n, "wounded": m} as the sentence claims them (keys only when named). A count
    stands within ``REACH`` characters of its casualty word: the patterns are tried there."""
    out = {}
    spots = [m.start() for m in pattern(lang, "HURT").finditer(text)]
    if not spots:
        return out
    numbers = for_lang(lang).NUMBERS
    for key, patterns in _casualty_patterns(lang):
        for rx in patterns:
            m = _first(rx, text, spots)
            if m and (n := _count(m.group("n"), numbers)):
                out[key] = n
                break
    return out


REACH = 120


def _first(rx: re.Pattern, text: str, spots: list[int]) -> re.Match | None:
    """The leftmost match of ``rx`` in the windows around the casualty words."""
    best = None
    for at in spots:
        m = rx.search(text, max(0, at - REACH), min(len(text), at + REACH))
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def own_forces(text: str, lang: str = "en") -> bool:
    """"its drones struck", "our forces hit": the speaker's own side attacked."""
    return pattern(lang, "OWN_FORCES").search(text) is not None
