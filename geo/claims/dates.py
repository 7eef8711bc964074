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

__all__ = ["DateMention", "annotate_dates", "find_dates", "shift"]

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\d)(?:,?\s+{_YEAR})?\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?:on|early|late|last|this|overnight\s+into|the\s+night\s+(?:of|to)|since)\s+)?"
                           r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this\s+morning|this\s+evening|overnight|last\s+night|at\s+night|during\s+the\s+night|"
                         r"over\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours|in\s+the\s+past\s+day)\b", re.I)),
    ("month", re.compile(rf"\b(?:in\s+)?(?:(?:early|mid|late)[-\s])?{_MONTH}\s+{_YEAR}\b", re.I)),
    ("relative", re.compile(r"\b(?P<n>\d{1,4}|one|two|three|four|five|six|seven|a|an)\s+(?P<unit>days?|weeks?)\s+"
                            r"(?P<dir>after|before|earlier|later|ago)\b", re.I)),
    # "The day after the operation, ...", "the next day", "the previous night": a day from a date
    # the text gave before (not from the published date).
    ("adjacent", re.compile(r"\b(?:the\s+(?P<next>next|following)\s+(?:day|morning|night|evening)|the\s+(?:day|night)\s+"
                            r"(?P<after>after)\b|the\s+(?P<prev>previous|preceding)\s+(?:day|night|evening)|the\s+"
                            r"(?:day|night)\s+(?P<before>before)\b)", re.I)),
]


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
    if d > published + timedelta(days=1):
        try:
            d = date(published.year - 1, month, day)
        except ValueError:
            return None, "unknown"
    return d, "day"


# Words without which no pattern can match (a bare number is not a date): most sentences skip
# the patterns altogether.
_ANY_DATE = re.compile(r"\b(?:19|20)\d\d-|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|"
                       r"today|tonight|overnight|night|morning|evening|hours|day|days|weeks?|ago)", re.I)


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Date expressions in ``text`` (usually one sentence), in order, without overlaps."""
    if not _ANY_DATE.search(text):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            dm = _interpret(kind, m, published)
            if dm is not None:
                found.append(dm)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _interpret(kind: str, m: re.Match, published: date | None) -> DateMention | None:
    g = m.groupdict()
    text = m.group()
    if kind == "iso":
        try:
            return DateMention(m.start(), m.end(), text, date(int(g["year"]), int(g["m"]), int(g["day"])), "day", kind)
        except ValueError:
            return None
    if kind in ("dmy", "mdy"):
        month = _MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        if kind == "mdy" and g["month"].lower() == "may" and not g.get("year") and day > 31:
            return None
        value, precision = _month_day(month, day, int(g["year"]) if g.get("year") else None, published)
        return DateMention(m.start(), m.end(), text, value, precision, kind)
    if kind == "weekday":
        if published is None:
            return DateMention(m.start(), m.end(), text, None, "unknown", kind)
        wd = _WEEKDAYS[g["wd"].lower()]
        back = (published.weekday() - wd) % 7
        if text.lower().startswith("last ") and back == 0:
            back = 7
        value = shift(published, -back)
        return DateMention(m.start(), m.end(), text, value, "day" if value else "unknown", kind)
    if kind == "yesterday":
        value = shift(published, -1)
        return DateMention(m.start(), m.end(), text, value, "day" if value else "unknown", kind)
    if kind == "today":
        return DateMention(m.start(), m.end(), text, published, "day" if published else "unknown", kind)
    if kind == "month":
        month = _MONTHS[g["month"].lower().rstrip(".")]
        return DateMention(m.start(), m.end(), text, date(int(g["year"]), month, 1), "month", kind)
    if kind == "adjacent":
        step = 1 if g["next"] or g["after"] else -1
        return DateMention(m.start(), m.end(), text, None, "unknown", "relative", step)
    if kind == "relative":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[g["n"].lower()]
        days = n * (7 if g["unit"].lower().startswith("week") else 1)
        direction = g["dir"].lower()
        # "X came two days after Y": Y is two days before X; "two days ago": before the article.
        sign = -1 if direction in ("after", "ago", "earlier") else 1
        value = shift(published, sign * days) if direction == "ago" else None
        return DateMention(m.start(), m.end(), text, value, "day" if value else "unknown", kind, sign * days)
    return None


def annotate_dates(doc, published: date | None) -> None:
    """Write the ``dates`` layer: every date expression of every sentence, in document offsets."""
    from dataclasses import replace

    found = []
    for sent in doc.sentences:
        for d in find_dates(sent.text, published):
            found.append(replace(d, start=d.start + sent.start, end=d.end + sent.start))
    doc.set_layer("dates", found)
