"""``spot_facilities``: the facilities a text names, read by five rules (a name of the facility's
own or a facility phrase, a name before or after a facility noun, a list under a plural noun, a
bare variant in a sentence with a fitting noun), one link per stretch of text."""
from __future__ import annotations

from .facility_folding import _fold
from .facility_index import Facilities, FacilityLink
from .facility_matching import (_Name, _Noun, _admin_follows, _chain_back, _chain_forward, _is_local_town,
                                _list_after, _longest, _name_before, _resolve, _sentence_bounds, _sentence_of)
from .facility_nouns import _NOUN_FORMS, _NOUN_RE, _PREP_RE

def spot_facilities(text: str, mentions=(), facilities: Facilities | None = None) -> list[FacilityLink]:
    """The facilities ``text`` names, in text order. ``mentions`` are its PlaceMentions (from
    ``geoparse``); a town mention next to a facility noun reads as that town's facility.
    Never raises on odd text; returns no links when the table is empty."""
    facs = Facilities.default() if facilities is None else facilities
    if not text or not len(facs):
        return []
    mentions = list(mentions or ())
    names = _names(text, mentions, facs)
    nouns = _nouns(text)
    sentences = _sentence_bounds(text)
    found: list[tuple[int, FacilityLink]] = _named_outright(text, names)  # (priority, link): lower wins an overlap
    by_end = {}
    by_start = {}
    for nm in names:
        by_end.setdefault(nm.end, []).append(nm)
        by_start.setdefault(nm.start, []).append(nm)
    for noun in nouns:
        found += _name_before_noun(text, noun, by_end, facs)
        found += _name_after_noun(text, noun, by_start, facs)
        if noun.plural and not noun.generic:
            found += _listed_under_noun(text, noun, by_start, sentences, facs)
    found += _bare_in_sentence(text, names, nouns, mentions, sentences)
    return _settle(found)


def _named_outright(text: str, names: list[_Name]) -> list[tuple[int, FacilityLink]]:
    """1. A variant that is a phrase or the facility's own name, anywhere."""
    found = []
    for nm in names:
        for f, cls in nm.variants:
            if cls in ("own", "phrase"):
                what = "its own name" if cls == "own" else "a facility phrase"
                found.append((0, _link(text, nm.start, nm.end, f, nm, f"'{text[nm.start:nm.end]}' is {what}")))
    return found


def _name_before_noun(text: str, noun: _Noun, by_end: dict, facs) -> list[tuple[int, FacilityLink]]:
    """2. name + noun: "Borisoglebsk air base", "the Ryazan and Volgograd refineries"."""
    left = _name_before(text, noun.start, by_end)
    items = []
    if left is not None:
        items = [left] + (_chain_back(text, left, by_end) if noun.plural else [])
    found = []
    for k, nm in enumerate(items):
        f = _resolve(nm, noun, facs)
        if f is not None:
            how = "before" if k == 0 else "listed before"
            span_end = noun.end if k == 0 else nm.end
            found.append((1, _link(text, nm.start, span_end, f, nm, f"'{text[nm.start:nm.end]}' {how} '{noun.text}'")))
    return found


def _name_after_noun(text: str, noun: _Noun, by_start: dict, facs) -> list[tuple[int, FacilityLink]]:
    """3. noun + preposition + name: "the air base in Borisoglebsk", "the port of Izmail"."""
    m = _PREP_RE.match(text, noun.end)
    right = _longest(by_start.get(m.end(), [])) if m is not None else None
    if right is None:
        return []
    chain = [right] + (_chain_forward(text, right, by_start) if noun.plural else [])
    if _admin_follows(text, chain[-1].end):
        return []
    found = []
    for k, nm in enumerate(chain):
        f = _resolve(nm, noun, facs)
        if f is not None:
            span_start = noun.start if k == 0 else nm.start
            found.append((1, _link(text, span_start, nm.end, f, nm,
                                   f"'{text[nm.start:nm.end]}' after '{text[noun.start:m.end()].strip()}'")))
    return found


def _listed_under_noun(text: str, noun: _Noun, by_start: dict, sentences, facs) -> list[tuple[int, FacilityLink]]:
    """4. a list under a plural noun: "four airfields: Khalino, Savasleyka and Baltimore"."""
    found = []
    for nm in _list_after(text, noun, by_start, sentences):
        f = _resolve(nm, noun, facs)
        if f is not None:
            found.append((2, _link(text, nm.start, nm.end, f, nm,
                                   f"'{text[nm.start:nm.end]}' listed under '{noun.text}'")))
    return found


def _bare_in_sentence(text: str, names: list[_Name], nouns: list[_Noun], mentions,
                      sentences) -> list[tuple[int, FacilityLink]]:
    """5. a bare variant that is not a town here ("Baltimore") in a sentence with a fitting noun."""
    found = []
    for nm in names:
        if _is_local_town(nm, mentions):
            continue
        s, e = _sentence_of(sentences, nm.start)
        for f, cls in nm.variants:
            if cls != "bare":
                continue
            noun = next((n for n in nouns if s <= n.start < e and not n.generic and f.kind in n.kinds), None)
            if noun is not None:
                found.append((3, _link(text, nm.start, nm.end, f, nm,
                                       f"'{text[nm.start:nm.end]}' in a sentence with '{noun.text}'")))
    return found


def _link(text, start, end, f, nm: _Name, evidence) -> FacilityLink:
    return FacilityLink(start=start, end=end, facility=f, mention=nm.mention, evidence=evidence)


def _settle(found: list[tuple[int, FacilityLink]]) -> list[FacilityLink]:
    """One link per stretch of text: the surest reading (then the longest) wins an overlap."""
    found.sort(key=lambda t: (t[0], -(t[1].end - t[1].start), t[1].start, t[1].facility.id))
    kept: list[FacilityLink] = []
    for _, link in found:
        if any(link.start < k.end and k.start < link.end for k in kept):
            continue
        kept.append(link)
    return sorted(kept, key=lambda k: (k.start, k.end))


def _names(text: str, mentions, facs: Facilities) -> list[_Name]:
    """Every name a facility could hang on: the place mentions and the variants found."""
    out: dict[tuple[int, int], _Name] = {}
    for i, m in enumerate(mentions):
        start, end = getattr(m, "start", None), getattr(m, "end", None)
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            continue
        place = getattr(m, "place", None)
        out.setdefault((start, end), _Name(start, end, i, getattr(place, "id", None)))
    auto = facs._automaton
    if auto is not None:
        folded, pos = _fold(text)
        for last, (key, value) in auto.iter(folded):
            first = last - len(key) + 1
            if (first > 0 and folded[first - 1].isalnum()) or (last + 1 < len(folded) and folded[last + 1].isalnum()):
                continue
            start, end = pos[first], pos[last] + 1
            nm = out.get((start, end))
            if nm is None:
                nm = out[(start, end)] = _Name(start, end, _overlapping(mentions, start, end))
            nm.variants.extend(v for v in value if v not in nm.variants)
    return sorted(out.values(), key=lambda n: (n.start, n.end))


def _overlapping(mentions, start: int, end: int) -> int | None:
    for i, m in enumerate(mentions):
        s, e = getattr(m, "start", None), getattr(m, "end", None)
        if isinstance(s, int) and isinstance(e, int) and s < end and start < e:
            return i
    return None


def _nouns(text: str) -> list[_Noun]:
    out = []
    for m in _NOUN_RE.finditer(text):
        word = " ".join(m.group(1).lower().split())
        kinds, plural, generic = _NOUN_FORMS[word]
        out.append(_Noun(m.start(1), m.end(1), m.group(1), kinds, plural, generic))
    return out
