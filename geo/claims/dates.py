"""Date expressions in a sentence -> the day they name, anchored on the article's date.

Reports date strikes relative to when they were written: "on Tuesday", "overnight", "early
Saturday", "yesterday", "over the past 24 hours", "May 20", "December 31st", "the night of July
10", "20 May 2025", "two days after ...". ``find_dates`` returns every expression with its
offsets, the day it resolves to (or None) and a precision: ``day`` when the day is fixed,
``month``/``year`` when only those are, ``unknown`` when the text names a day that the missing
published date leaves unanchored ("May 20" in an article of unknown date).

Rules: a weekday is the most recent such day on or before the published date; a month-day
without a year takes the published year, or the previous one when that would lie after the
published date; "overnight", "today", "this morning", "over the past 24 hours" are the
published day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .lang import for_lang
from .matcher import matcher_for

__all__ = ["DateMention", "annotate_dates", "find_dates", "shift"]


def _prefixed(pattern: str, kind: str) -> str:
    """``pattern`` with its named groups renamed ``kind__name``."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{kind}__{m.group(1)}>", pattern)


class _Words:
    """A language's date words and patterns (``DATE_*`` in ``geo.claims.lang``), compiled once."""

    def __init__(self, lang: str):
        data = for_lang(lang)
        self.months, self.weekdays, self.numbers = data.DATE_MONTHS, data.DATE_WEEKDAYS, data.DATE_NUMBERS
        self.kinds = [kind for kind, _ in data.DATE_PATTERNS]
        # One pass over a sentence for every kind: the kinds' patterns as one alternation, each
        # in a group of its own (its group names prefixed with the kind so that they do not clash).
        self.any = re.compile("|".join(f"(?P<{kind}>{_prefixed(p, kind)})" for kind, p in data.DATE_PATTERNS), re.I)
        self.reach = data.DATE_REACH
        self.back, self.ago, self.last, self.week = data.DATE_BACK, data.DATE_AGO, data.DATE_LAST, data.DATE_WEEK


@lru_cache(maxsize=None)
def _words(lang: str) -> _Words:
    return _Words(lang)

@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: date | None
    precision: str  # day / month / year / unknown
    kind: str
    offset_days: int = 0  # for "N days after/before", "the day after": the shift from the reference date


def shift(d: date | None, days: int) -> date | None:
    """``d`` moved by ``days``; None when either is unknown or the result is no calendar day."""
    if d is None or days is None:
        return None
    try:
        return d + timedelta(days=days)
    except OverflowError:  # before year 1 or after 9999
        return None


def _month_day(month: int, day: int, year: int | None, published: date | None) -> tuple[date | None, str]:
    if year is not None:
        try:
            return date(year, month, day), "day"
        except ValueError:
            return None, "unknown"
    if published is None:
        return None, "unknown"
    try:
        d = date(published.year, month, day)
    except ValueError:
        return None, "unknown"
    if d > (shift(published, 1) or published):
        try:
            d = date(published.year - 1, month, day)
        except ValueError:
            return None, "unknown"
    return d, "day"


def find_dates(text: str, published: date | None = None, lang: str = "en",
               cues: list[int] | None = None) -> list[DateMention]:
    """Date expressions in ``text`` (usually one sentence), in order, without overlaps. Every
    expression holds a date cue word (a month, a weekday, "yesterday", a year, "days" ...):
    the patterns are tried only around those (``cues``: where they start; found here when not
    given), not over the whole sentence."""
    words = _words(lang)
    if cues is None:
        cues = [c.start for c in matcher_for(lang).find(text) if c.category == "date"]
    found: list[DateMention] = []
    last_end = 0
    for m in _around(words, text, cues):
        if m.start() < last_end:
            continue
        last_end = m.end()  # as a scan of the whole text, a match read is used up even if no date
        kind = m.lastgroup if m.lastgroup in words.kinds else next(k for k in words.kinds if m.group(k) is not None)
        if kind in _DEICTIC and _in_a_name(text, m.start()):
            continue  # "BBC Radio 4's Today programme", "USA Today": a title, not a day
        dm = _interpret(kind, _Match(m, kind), published, words)
        if dm is not None:
            found.append(dm)
    return found


_DEICTIC = ("today", "yesterday")


def _in_a_name(text: str, at: int) -> bool:
    """Is the capitalised word at ``at`` part of a name: not opening the text or a clause, but
    after another capitalised word, a possessive or a digit ("Radio 4's Today")?"""
    if not text[at:at + 1].isupper():
        return False
    before = text[:at].rstrip()
    return bool(before) and before[-1] not in ".!?:;,\"“”'(—–-" and (before[-1].isdigit() or before.endswith(("'s", "’s"))
                                                                 or before.split()[-1][:1].isupper())


# Dates looked for in one sentence at most (a run-on "sentence" of thousands of dates is a list,
# not a report: its first ones date it).
MAX_CUES = 64


def _around(words: "_Words", text: str, cues: list[int]) -> list[re.Match]:
    """Matches of the date patterns that hold a cue word, leftmost first. The window around a
    cue finds where they start; each is matched again from there over the whole text, as a
    scan of the whole sentence would match it (a window's end may have cut it short)."""
    before, after = words.reach
    seen: dict[int, re.Match] = {}
    for at in cues[:MAX_CUES]:
        for m in words.any.finditer(text, max(0, at - before), min(len(text), at + after)):
            if m.start() > at:
                break
            if m.start() not in seen and (whole := words.any.match(text, m.start())) is not None:
                seen[m.start()] = whole
    return [seen[k] for k in sorted(seen)]


class _Match:
    """One kind's view of a match of the combined pattern: its groups under their own names."""

    def __init__(self, m: re.Match, kind: str):
        self._m, self._kind, self._prefix = m, kind, kind + "__"

    def start(self) -> int:
        return self._m.start(self._kind)

    def end(self) -> int:
        return self._m.end(self._kind)

    def group(self) -> str:
        return self._m.group(self._kind)

    def groupdict(self) -> dict:
        n = len(self._prefix)
        return {k[n:]: v for k, v in self._m.groupdict().items() if k.startswith(self._prefix)}


def _interpret(kind: str, m: re.Match, published: date | None, words: _Words) -> DateMention | None:
    g = m.groupdict()
    text = m.group()
    if kind == "iso":
        try:
            return DateMention(m.start(), m.end(), text, date(int(g["year"]), int(g["m"]), int(g["day"])), "day", kind)
        except ValueError:
            return None
    if kind in ("dmy", "mdy"):
        month = words.months[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        value, precision = _month_day(month, day, int(g["year"]) if g.get("year") else None, published)
        return DateMention(m.start(), m.end(), text, value, precision, kind)
    if kind == "weekday":
        if published is None:
            return DateMention(m.start(), m.end(), text, None, "unknown", kind)
        wd = words.weekdays[g["wd"].lower()]
        back = (published.weekday() - wd) % 7
        if text.lower().startswith(words.last) and back == 0:
            back = 7
        value = shift(published, -back)
        return DateMention(m.start(), m.end(), text, value, "day" if value else "unknown", kind)
    if kind == "yesterday":
        value = shift(published, -1)
        return DateMention(m.start(), m.end(), text, value, "day" if value else "unknown", kind)
    if kind == "today":
        return DateMention(m.start(), m.end(), text, published, "day" if published else "unknown", kind)
    if kind == "year":
        return DateMention(m.start(), m.end(), text, date(int(g["year"]), 1, 1), "year", kind)
    if kind == "month":
        month = words.months[g["month"].lower().rstrip(".")]
        return DateMention(m.start(), m.end(), text, date(int(g["year"]), month, 1), "month", kind)
    if kind == "adjacent":
        step = 1 if g["next"] or g["after"] else -1
        return DateMention(m.start(), m.end(), text, None, "unknown", "relative", step)
    if kind == "relative":
        n = int(g["n"]) if g["n"].isdigit() else words.numbers[g["n"].lower()]
        days = n * (7 if g["unit"].lower().startswith(words.week) else 1)
        direction = g["dir"].lower()
        sign = -1 if direction in words.back else 1
        value = shift(published, sign * days) if direction == words.ago else None
        return DateMention(m.start(), m.end(), text, value, "day" if value else "unknown", kind, sign * days)
    return None


def annotate_dates(doc, published: date | None) -> None:
    """Write the ``dates`` layer: every date expression of every sentence, in document offsets."""
    from dataclasses import replace

    found = []
    for sent in doc.sentences:
        cues = [c.start - sent.start for c in doc.spans("cues", sent) if c.category == "date"]
        for d in find_dates(sent.text, published, doc.lang, cues) if cues else ():
            found.append(replace(d, start=d.start + sent.start, end=d.end + sent.start))
    doc.set_layer("dates", found)
