"""Passes over assembled claims: merge one source's repeated claim, fold narration into the
official claim it retells, drop claims with nowhere to put them. Each pass returns new claims
and leaves its input as it was."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from .claims import Claim
from .lang import pattern

__all__ = ["fold_narration", "merge"]


def merge(claims: list[Claim]) -> list[Claim]:
    """One source, the same places, a few sentences apart, no conflicting dates: one claim."""
    out: list[Claim] = []
    for c in claims:
        k = _partner(out, c)
        if k is None:
            out.append(c)
        else:
            out[k] = _merged(out[k], c)
    return out


def _partner(out: list[Claim], c: Claim) -> int | None:
    for k in range(len(out) - 1, -1, -1):
        o = out[k]
        if c.sentence_index - o.sentence_index > 3:
            return None
        if o.side == c.side and o.attributed == c.attributed and o.place_ids() == c.place_ids() \
                and (o.date is None or c.date is None or o.date == c.date):
            return k
    return None


def _merged(a: Claim, b: Claim) -> Claim:
    hurt = dict(a.casualties)
    for key, v in b.casualties.items():
        hurt[key] = max(v, hurt.get(key, 0))
    dated = a if a.date_precision != "unknown" else b
    return replace(a, date=a.date or b.date, date_precision=dated.date_precision, date_text=dated.date_text,
                   attacker=a.attacker or b.attacker,
                   targets=a.targets + tuple(t for t in b.targets if t not in a.targets),
                   weapons=a.weapons + tuple(w for w in b.weapons if w not in a.weapons), casualties=hurt,
                   confidence=max(a.confidence, b.confidence), overnight=a.overnight or b.overnight,
                   verified=a.verified or b.verified, evidence=a.evidence + (f"merged with sentence {b.sentence_index + 1}",))


REFERRED_BACK = "places of the event referred back to"  # (the evidence assembly gives such a claim)


def _reports_the_event(claim: Claim, lang: str) -> bool:
    """Is the claim a source's report of an event named before ("X reported the attack")?"""
    trigger = next((e[len("trigger: "):] for e in claim.evidence if e.startswith("trigger: ")), "")
    return REFERRED_BACK in claim.evidence and bool(pattern(lang, "STRIKE_NOUN").fullmatch(trigger))


def fold_narration(claims: list[Claim], lang: str = "en", lead: tuple[int, int] = (0, 0)) -> list[Claim]:
    """Unattributed narration of an event that an official source claims (the same place, no
    other day) adds nothing: drop it; except in the article's lead (the offsets ``lead``), where
    the outlet reports the news in its own voice, an account of its own beside the officials'.
    A claim that names no place below the country is kept only when it is a dated, attributed
    strike on a country ("missiles at Ukraine on Tuesday, the Air Force said"); "Russia also
    fired three Kinzhal missiles" is context."""
    kept = []
    official = [c for c in claims if c.attributed and c.side in ("RU", "UA")]
    index = [c.sentence_index for c in official]
    country_target = pattern(lang, "COUNTRY_TARGET", 0)
    for c in claims:
        if not c.attributed:
            near = official[bisect_left(index, c.sentence_index - 4):bisect_left(index, c.sentence_index + 5)]
            same = [o for o in near if o.place_ids() & c.place_ids() and (o.date is None or c.date is None or o.date == c.date)]
            # In the lead, only a source that goes on to report "the attack" it tells of makes it
            # theirs; one that says more of it ("two ships were damaged") is an account beside it.
            in_lead = lead[0] <= c.start < lead[1]
            if any(not in_lead or _reports_the_event(o, lang) for o in same):
                continue
        if not c.places and (c.date is None or not c.attributed or not country_target.search(c.sentence)):
            continue
        kept.append(c)
    return kept
