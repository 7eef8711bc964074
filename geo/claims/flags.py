"""Two facts about a claim that events read, worked out from its text once, at extraction:
whether it says the strike was at night (reports of a night strike may be dated a day apart)
and whether an independent source says it saw or verified it. The store keeps them; a store
made before they existed computes them on opening with these same functions."""
from __future__ import annotations

from functools import lru_cache

from .lang import pattern

__all__ = ["is_overnight", "is_relative", "is_verified"]


def is_overnight(date_text: str | None, lang: str = "en") -> bool:
    """Does the claim's date expression name a night ("overnight", "the night of ...")?"""
    return bool(pattern(lang, "OVERNIGHT").search(date_text or ""))


@lru_cache(maxsize=8192)
def is_relative(date_text: str | None, lang: str = "en") -> bool:
    """Is the claim dated by the reporter's clock ("yesterday", "on Tuesday", "last night")
    rather than by a calendar date? Such a date is a day off as often as an evening strike is
    reported the next morning."""
    return bool(date_text) and not pattern(lang, "CALENDAR_DATE").search(date_text)


def is_verified(side: str, sentence: str | None, lang: str = "en") -> bool:
    """Does an independent source (side OTHER) say it saw, filmed or verified what it reports?"""
    return side == "OTHER" and bool(pattern(lang, "VERIFIED").search(sentence or ""))
