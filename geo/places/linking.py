"""Relations between a text's mentions: a container ("X in the Y region"), a generic word over a
list ("the regions of Sumy and Kharkiv", "Bryansk and Kursk regions"), the short form of a
compound the text gave in full ("Slavyansk" after "Slavyansk-on-Kuban"), and mentions of one name."""
from __future__ import annotations

import re

from .mentions import _Span
from .names import GENERIC_WORDS, PLURAL_GENERICS, normalize

# What lies between a place and the area that contains it: "X, Y Oblast", "X in the Y region", and
# with a facility between them, "the Belaya air base in the Irkutsk region".
_CONTAINER_GAP = re.compile(r"^(?:\s+(?:(?:military|air|naval|oil|fuel|ammunition|power|river|sea)\s+)?(?:base|airbase|airfield|"
                            r"air field|refinery|plant|factory|depot|port|terminal|station|substation|bridge|dam|shipyard)s?)?"
                            r"(?:,\s*|\s+in\s+(?:the\s+)?|\s+of\s+(?:the\s+)?|\s*\(\s*|\s+near\s+)$", re.I)


_COMPOUND = re.compile(r"^(.+?)[-‐‑](?:on|upon|na|nad|pid|pod)[-‐‑]\w", re.I)
_GENERIC_BEFORE = re.compile(
    r"\b(?P<g>regions|oblasts|provinces|districts|raions|republics|krais)\b[^.;!?]{0,30}?(?:,\s*)?"
    r"(?:among them|including|such as|namely|notably|like|of|in|:)"
    r"\s*(?:the\s+)?$|\b(?P<g2>region|oblast|province|krai|kray)\s+of\s+(?:the\s+)?$", re.I)
_GENERIC_STEMS = re.compile("region|oblast|province|district|raion|republic|krai|kray")  # in casefolded text
_COORDINATION = re.compile(r"^(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+|\s*&\s*)$")


def _short_forms(spans: list[_Span]) -> None:
    """A compound given in full ("Slavyansk-on-Kuban") comes back as its first half ("the
    Slavyansk refinery"): the place the text named in full is a candidate for the short form.
    Not for a name with a generic word: "the Rostov region" is the oblast, not Rostov-on-Don."""
    full: dict[str, list] = {}
    for s in spans:
        m = _COMPOUND.match(s.surface)
        if m:
            full.setdefault(normalize(m.group(1)), s.matches)
    for s in spans if full else ():
        places = full.get(s.key)
        if places is None or s.hint is not None or _COMPOUND.match(s.surface):
            continue
        ids = {p.id for p, _, _ in s.matches}
        s.matches = s.matches + [m for m in places if m[0].id not in ids]
        s.short_for = tuple(sorted({p.id for p, _, _ in places}))


def _link(text: str, spans: list[_Span]) -> None:
    """Relations between neighbouring mentions: container ("X in the Y region"), coordination
    ("Bryansk and Kursk regions"), and mentions of the same name (one sense per article)."""
    for a, b in zip(spans, spans[1:]):
        if _CONTAINER_GAP.match(text[a.end:b.start]) and (
                (b.hint in ("admin1", "district") and a.hint != "admin1") or (a.hint is None and _could_contain(b))):
            a.container = b
    _list_hints(text, spans)
    for k in range(len(spans) - 1, 0, -1):
        b = spans[k]
        if b.hint_plural:
            m = k
            while m > 0 and _COORDINATION.match(text[spans[m - 1].end:spans[m].start]):
                spans[m - 1].hint, spans[m - 1].hint_plural = b.hint, True
                m -= 1
    groups: dict[tuple, list[_Span]] = {}
    for s in spans:
        groups.setdefault((s.key, s.hint), []).append(s)
    for g in groups.values():
        for s in g:
            s.group = g


def _list_hints(text: str, spans: list[_Span]) -> None:
    """A generic word before the names: "several regions, among them Kharkiv, Zhytomyr and Kyiv",
    "the regions of Sumy and Kharkiv", "the partially occupied region of Zaporizhzhia": the names
    are regions; the words after a plural run on through the list."""
    k = 0
    while k < len(spans):
        s = spans[k]
        before = text[max(0, s.start - 70):s.start] if s.hint is None else ""
        low = before.casefold()
        m = _GENERIC_BEFORE.search(before) if _GENERIC_STEMS.search(low) else None
        if m is None:
            k += 1
            continue
        word = (m.group("g") or m.group("g2")).casefold()
        kind = GENERIC_WORDS.get(word) or PLURAL_GENERICS.get(word)
        s.hint = kind
        while word in PLURAL_GENERICS and k + 1 < len(spans) and spans[k + 1].hint is None \
                and _COORDINATION.match(text[spans[k].end:spans[k + 1].start]):
            k += 1
            spans[k].hint = kind
        k += 1


def _could_contain(span: _Span) -> bool:
    # "Zhytomyr, Ukraine", "Belgorod, Russia": a country or an admin-1 name can be a container.
    return any(e and p.kind in ("country", "admin1") for p, _, e in span.matches) and not any(
        e and p.kind == "settlement" and p.population >= 100_000 for p, _, e in span.matches)
