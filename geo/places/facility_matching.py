"""What the spotter matches around a facility noun: the names before and after it and the names
coordinated with them, a list under a plural noun, sentence bounds, and the facility a name next
to a noun stands for."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .facility_index import Facilities, Facility
from .facility_nouns import _ADMIN_WORDS, _NOUN_RE, LIST_OPENERS, MODIFIERS

_SEP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+|\s*&\s*)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_CAP_NAME = re.compile(r"[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]*)*")
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_OWN_COUNTRIES = ("UA", "RU", "BY")


@dataclass
class _Name:
    start: int
    end: int
    mention: int | None = None  # index into mentions
    place_id: str | None = None
    variants: list = field(default_factory=list)  # [(facility, class)]


@dataclass
class _Noun:
    start: int
    end: int
    text: str
    kinds: tuple[str, ...]
    plural: bool
    generic: bool


def _sentence_bounds(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]


def _sentence_of(bounds: list[int], at: int) -> tuple[int, int]:
    from bisect import bisect_right

    k = bisect_right(bounds, at) - 1
    return bounds[max(k, 0)], bounds[min(k + 1, len(bounds) - 1)]


def _longest(names: list[_Name]) -> _Name | None:
    return max(names, key=lambda n: n.end - n.start) if names else None


def _name_before(text: str, at: int, by_end) -> _Name | None:
    """The name that ends just before ``at``, past a possessive and up to three modifiers."""
    i = at
    for _ in range(4):
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        for poss in ("'s", "’s"):
            if text.endswith(poss, 0, j) and (j - 2) in by_end:
                j -= 2
        nm = _longest([n for n in by_end.get(j, []) if n.end <= at])
        if nm is not None:
            return nm
        m = re.search(r"([\w-]+)$", text[:j])
        if m is None or m.group(1).lower() not in MODIFIERS:
            return None
        i = m.start(1)
    return None


def _chain_back(text: str, first: _Name, by_end) -> list[_Name]:
    """Names coordinated before ``first``: "the Ryazan, Saratov and Volgograd" <- refineries."""
    out, cur = [], first
    while True:
        prev = None
        for end in range(cur.start, max(cur.start - 12, 0) - 1, -1):
            cands = by_end.get(end)
            if cands:
                m = _SEP_RE.fullmatch(text, end, cur.start)
                if m is not None:
                    prev = _longest(cands)
                break
        if prev is None or prev in out:
            return out
        out.append(prev)
        cur = prev


def _chain_forward(text: str, first: _Name, by_start) -> list[_Name]:
    """Names coordinated after ``first``: "Khalino, Savasleyka, Borisoglebsk and Baltimore"."""
    out, cur = [], first
    while True:
        m = _SEP_RE.match(text, cur.end)
        if m is None or m.end() == cur.end:
            return out
        nxt = _longest(by_start.get(m.end(), []))
        if nxt is None:
            # An unknown name keeps the list going ("Khalino, Millerovo and Engels").
            cap = _CAP_NAME.match(text, m.end())
            if cap is None:
                return out
            nxt = _Name(cap.start(), cap.end())
        out.append(nxt)
        cur = nxt
        if len(out) > 30:
            return out


def _list_after(text: str, noun: _Noun, by_start, sentences) -> list[_Name]:
    """The names listed after a plural noun in its sentence: the list must begin within six
    words, and past a comma only when an opener follows ("airfields last night, at X, Y")."""
    _, end = _sentence_of(sentences, noun.start)
    i, words = noun.end, 0
    while i < end:
        while i < end and text[i].isspace():
            i += 1
        if i >= end:
            break
        first = _longest(by_start.get(i, []))
        if first is not None:
            gap = text[noun.end:i]
            if "," in gap and not _opener_after_comma(gap):
                return []
            items = [first] + _chain_forward(text, first, by_start)
            if _admin_follows(text, items[-1].end):
                return []
            return [n for n in items if n.variants or n.place_id]
        m = _WORD.match(text, i)
        if m is None:  # a lone mark _WORD does not cover
            i += 1
            continue
        token = m.group()
        if token[0].isalnum():
            words += 1
            if words > 6 or _NOUN_RE.match(text, i):
                return []  # too far, or another noun that heads its own list
        elif token in '()"“”':
            return []
        i = m.end()
    return []


def _opener_after_comma(gap: str) -> bool:
    tail = gap.rsplit(",", 1)[1].strip().lower()
    return any(tail == w or tail.endswith(" " + w) for w in LIST_OPENERS)


def _admin_follows(text: str, at: int) -> bool:
    """A list closed by "regions"/"oblasts" names regions, not towns with facilities."""
    m = re.match(r"\s*([\w']+)", text[at:at + 40])
    return bool(m) and m.group(1).lower() in _ADMIN_WORDS


def _resolve(nm: _Name, noun: _Noun, facs: Facilities) -> Facility | None:
    """The facility a name next to ``noun`` stands for: one of its variants of a fitting kind,
    else (for a specific noun) the facility of that kind in or named after the town mentioned;
    several of a kind are settled by the one located in the town, else left unread."""
    for kind in noun.kinds:
        fits = [f for f, _ in nm.variants if f.kind == kind]
        if len(fits) == 1:
            return fits[0]
    if noun.generic or not nm.place_id:
        return None
    town = facs.of_town(nm.place_id)
    for kind in noun.kinds:
        fits = [f for f in town if f.kind == kind]
        if len(fits) > 1:
            fits = [f for f in fits if f.towns[0] == nm.place_id]
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None
    return None


def _is_local_town(nm: _Name, mentions) -> bool:
    """Does geoparse read this name as a settlement of Ukraine, Russia or Belarus? Such a name
    ("Savasleyka") is the facility only next to its noun, not anywhere in the sentence."""
    if nm.mention is None:
        return False
    m = mentions[nm.mention]
    place = getattr(m, "place", None)
    return place is not None and getattr(place, "kind", None) == "settlement" \
        and getattr(place, "country", None) in _OWN_COUNTRIES
