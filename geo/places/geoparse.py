"""Find place mentions in English news text and resolve each to one gazetteer place.

Two steps, as a reader does it:

1. **Spot** capitalised word sequences that are known names ("Kharkiv", "Bila Tserkva", "Far East",
   "Харків"), with the generic word that says what kind of area is meant ("Sumy region",
   "Shostka district", "Krasnodar Krai", "Bryansk and Kursk regions"), and drop those that are
   people or things (a given name before a surname, a surname used again, a name in quotes,
   a weapon or a month).
2. **Resolve** each mention among its namesakes with the evidence in the text: the generic word,
   an explicit container ("Andreevka in Sumy Region", "Shostka, Sumy Oblast"), a "village of" or
   "port of" cue, a role word heading a region ("the governor of Kherson" is the oblast), a
   compound the text gave in full ("Slavyansk" after "Slavyansk-on-Kuban"), prominence (an oblast
   centre outweighs the article's other places), the other places of the article (same oblast,
   distance), the country, and the place's importance. Mentions of one name in one article
   resolve to one place.

Every resolution keeps its score, the evidence used, and the runner-up candidates.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from ..articles.article import MAX_ARTICLE_CHARS
from ..articles.doc import Doc
from .gazetteer import Gazetteer, Place, haversine_km
from .lexicon import GIVEN_NAMES, NOT_PLACES, PERSON_TITLES, SPEECH_VERBS
from .names import GENERIC_WORDS, PLURAL_GENERICS, normalize, split_generic, variant_key

__all__ = ["Candidate", "PlaceMention", "geoparse", "resolve_name"]

MAX_TEXT_CHARS = MAX_ARTICLE_CHARS  # one limit for every stage (geo.articles)
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*(?:['’]s\b)?", re.UNICODE)
_CONNECTORS = {"of", "on", "upon", "na", "nad", "pid", "de", "la", "del", "am"}
_QUOTES_OPEN = "‘“\"'«„‹"
_QUOTES_CLOSE = "’”\"'»“›"
# What lies between a place and the area that contains it: "X, Y Oblast", "X in the Y region", and
# with a facility between them, "the Belaya air base in the Irkutsk region".
_CONTAINER_GAP = re.compile(r"^(?:\s+(?:(?:military|air|naval|oil|fuel|ammunition|power|river|sea)\s+)?(?:base|airbase|airfield|"
                            r"air field|refinery|plant|factory|depot|port|terminal|station|substation|bridge|dam|shipyard)s?)?"
                            r"(?:,\s*|\s+in\s+(?:the\s+)?|\s+of\s+(?:the\s+)?|\s*\(\s*|\s+near\s+)$", re.I)
# A word before a name that says it is a settlement: a village-sized one ("the village of", "the
# khutor of") or a city ("the city of", "the port of", "the mayor of").
_SETTLEMENT_CUE = re.compile(
    r"\b(?:(?P<village>villages?|settlements?|hamlets?|township|khutors?|farmsteads?|selo|stanitsas?|aul)"
    r"|(?P<city>towns?|city|cities|ports?|mayor))\s+of\s+(?:the\s+)?$"
    r"|\b(?:(?P<village2>village|settlement|hamlet|khutor|farmstead|stanitsa|selo|aul)|(?P<city2>town|city))\s+$", re.I)
# A role word that names the head of a region: "the regional governor of Kherson", "the Kherson
# governor", "Kursk's governor" speak of the oblast, not its centre ("the mayor of Kherson" does).
# "The Kherson regional (military) administration" names the region too, but as an adjective
# inside an organisation's name it is weaker evidence than a governor.
_ROLE_BEFORE = re.compile(r"\bgovernors?\s+of\s+(?:the\s+)?$", re.I)
_ROLE_AFTER = re.compile(r"^(?:['’]s)?\s+(?:regional\s+|oblast\s+)?governors?\b", re.I)
_REGIONAL_AFTER = re.compile(r"^\s+regional\s+(?:(?:military|state|civil)\s+)?(?:administration|council|authorities)\b", re.I)
# "Slavyansk-on-Kuban", "Rostov-na-Donu": one name, whose first half alone is another town.
_COMPOUND_LINKS = {"on", "upon", "na", "nad", "pid", "pod"}
# Lower-case words that may end a name: "the Crimean peninsula", "the Kinburn spit".
_FEATURE_WORDS = {"peninsula", "spit", "island", "sea"}
_COMPOUND = re.compile(r"^(.+?)[-‐‑](?:on|upon|na|nad|pid|pod)[-‐‑]\w", re.I)
_GENERIC_BEFORE = re.compile(
    r"\b(?P<g>regions|oblasts|provinces|districts|raions|republics|krais)\b[^.;!?]{0,30}?(?:,\s*)?"
    r"(?:among them|including|such as|namely|notably|like|of|in|:)"
    r"\s*(?:the\s+)?$|\b(?P<g2>region|oblast|province|krai|kray)\s+of\s+(?:the\s+)?$", re.I)
_GENERIC_STEMS = ("region", "oblast", "province", "district", "raion", "republic", "krai", "kray")
_COORDINATION = re.compile(r"^(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+|\s*&\s*)$")

# Score weights. Together they say what counts most: an explicit generic word or container beats
# importance, which beats a near namesake in the same region.
W_HINT, W_HINT_MISS = 1.0, -1.2
W_CONTAINER, W_CONTAINER_MISS = 1.5, -0.6
W_CUE = 0.3
W_SAME_ADMIN1, W_NEAR = 0.25, 0.6
# Prominence weighs as much as all that coherence with the article's other places can add; a
# role word as much as a generic word ("the Kherson governor" ~ "the Kherson region").
W_SEAT = W_SAME_ADMIN1 + W_NEAR
W_ROLE = W_HINT
METROPOLIS = 500_000
ORIGIN_QUALITY = {"native": 1.0, "translit": 1.0, "ne": 1.0, "curated": 1.0, "osm": 0.95,
                  "geonames": 0.9, "district": 0.85, "generated": 0.85}
COUNTRY_PRIOR = {"UA": 0.3, "RU": 0.2, "BY": 0.15}
ACCEPT = 0.55  # below this a mention is more likely a word than a place


@dataclass
class Candidate:
    place: Place
    score: float
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = place_dict(self.place)
        d["score"] = round(self.score, 3)
        d["evidence"] = list(self.evidence)
        return d


@dataclass
class PlaceMention:
    """A place name found in a text: ``text[start:end] == mention``."""

    start: int
    end: int
    mention: str
    place: Place | None
    score: float
    evidence: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    kind_hint: str | None = None

    def to_dict(self, alternatives: int = 0) -> dict:
        d = {"mention": self.mention, "start": self.start, "end": self.end}
        if self.place is not None:
            d.update(place_dict(self.place))
        d["score"] = round(self.score, 3)
        d["evidence"] = list(self.evidence)
        if alternatives:
            d["alternatives"] = [c.to_dict() for c in self.candidates[1 : alternatives + 1]]
        return d


def place_dict(p: Place) -> dict:
    return {"id": p.id, "name": p.name, "kind": p.kind, "country": p.country, "admin1": p.admin1,
            "lat": p.lat, "lon": p.lon, "precision": p.precision}


@dataclass
class _Span:
    start: int
    end: int
    words: list[str]
    key: str
    matches: list
    hint: str | None = None
    hint_plural: bool = False
    container: "_Span | None" = None
    sentence_start: bool = False
    group: "list[_Span] | None" = None
    result: PlaceMention | None = None
    surface: str = ""
    glued: bool = False  # directly after or before another capitalised word
    hyphenated: bool = False  # followed by "-" and a capitalised word
    cue: str | None = None  # "village" or "city": the word before it says it is a settlement
    role: float = 0.0  # weight of a role word that names the head of a region ("governor of")
    short_for: tuple = ()  # ids of the compound it shortens ("Slavyansk" after "Slavyansk-on-Kuban")
    sig: tuple | None = None  # what its resolution depends on (set once, in _resolve)


def geoparse(text: str | Doc, published: date | None = None, gazetteer: Gazetteer | None = None,
             require_capital: bool = True) -> list[PlaceMention]:
    """Place mentions in ``text`` (a string or an article's ``Doc``), each resolved to its most
    likely place, in text order.

    ``published`` is accepted for symmetry with the claims stage (dates do not change where a
    place is). ``require_capital=False`` treats lower-case words as names too (for queries).
    """
    if not isinstance(text, (str, Doc)):
        raise TypeError(f"geoparse expects text (str), got {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"text of {len(text):,} characters is over the {MAX_TEXT_CHARS:,} limit")
    doc = Doc.of(text)
    gaz = gazetteer or Gazetteer.default()
    spans = _spot(doc, gaz, require_capital)
    text = doc.text
    _link(text, spans)
    _short_forms(spans)
    _resolve(spans, gaz)
    return [s.result for s in spans if s.result is not None]


# -- spotting ------------------------------------------------------------------------------------

def _tokens(text: str):
    """Words with offsets; a possessive "'s" stays on the word (for "People's Republic") and
    the fourth field is where the word ends without it (for "Russia's")."""
    out = []
    for m in _WORD.finditer(text):
        w, start, end = m.group(), m.start(), m.end()
        bare_end = end - 2 if len(w) > 3 and w[-2:] in ("'s", "’s") else end
        out.append((w, start, end, bare_end))
    return out


def _bare(word: str) -> str:
    return word[:-2] if word[-2:] in ("'s", "’s") else word


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _spot(doc: Doc, gaz: Gazetteer, require_capital: bool) -> list[_Span]:
    """Known names in the text, longest first, with what the words around them say."""
    text = doc.text
    toks = _tokens(text)
    people = _person_words(text, toks)
    lower_words = None  # lazily: words the text also uses in lower case
    spans: list[_Span] = []
    i, n = 0, len(toks)
    while i < n:
        w = _bare(toks[i][0])
        if (require_capital and not _is_cap(w)) or w.casefold() in NOT_PLACES or not gaz.may_start_name(w) \
                or (i >= 2 and _compound_link(text, toks, i - 1, toks[i - 2][2]) == i):
            i += 1  # not a name, or the second half of an unknown compound ("X-on-Kuban")
            continue
        best = _longest_name(text, toks, i, gaz, require_capital)
        if best is None:
            i += 1
            continue
        j, matches, key, words, stop = best
        link = _compound_link(text, toks, j, stop)
        if link is not None:
            # "Slavyansk-on-Kuban": one name; when it is unknown, neither half is meant alone.
            found = _compound_name(text[toks[i][1]:stop], toks[j][0].casefold(), toks[link][0], gaz)
            if found is None:
                i = link + 1
                continue
            matches, key = found
            words, j, stop = words + [toks[j][0], toks[link][0]], link + 1, toks[link][2]
        span = _Span(toks[i][1], stop, words, key, matches)
        span.sentence_start = doc.starts_sentence(span.start)
        if _reject(text, span, people, toks, i, j):
            i = j
            continue
        if span.sentence_start and len(words) == 1 and not _is_confident_name(span):
            if lower_words is None:
                lower_words = {t[0] for t in toks if t[0].islower()}
            if w.lower() in lower_words:
                i = j
                continue
        j = _annotate(text, toks, span, i, j)
        spans.append(span)
        i = j
    return spans


def _longest_name(text: str, toks, i: int, gaz: Gazetteer, require_capital: bool):
    """The longest known name that starts at token ``i``: (end token, matches, key, words, end
    offset), or None. Names run over capitalised words, connectors ("Rostov-on-Don") and a
    feature word that ends a name in lower case ("the Crimean peninsula")."""
    n, start = len(toks), toks[i][1]
    best = None
    j_max = min(n, i + gaz.max_words)
    j = i + 1
    words = [_bare(toks[i][0])]
    while j <= j_max:
        last_end = toks[j - 1][2]
        if words[-1].casefold() not in _CONNECTORS:
            for stop in dict.fromkeys((toks[j - 1][3], last_end)):
                key = normalize(text[start:stop])
                matches = gaz.lookup(key) if key else []
                if matches:
                    best = (j, matches, key, list(words), stop)
                    break
        if j == j_max or j >= n:
            break
        nxt, nstart, _, _ = toks[j]
        gap = text[last_end:nstart]
        low = nxt.casefold()
        if gap not in (" ", "-") or (require_capital and not _is_cap(nxt) and low not in _CONNECTORS
                                     and not (gap == " " and low in _FEATURE_WORDS)):
            break
        words.append(nxt)
        j += 1
    return best


def _compound_link(text: str, toks, j: int, stop: int) -> int | None:
    """The token index of Y when a name is followed by "-on-Y", "-na-Y" (a compound the
    gazetteer did not match whole), else None."""
    if j < 1 or j + 1 >= len(toks) or toks[j][0].casefold() not in _COMPOUND_LINKS or not _is_cap(toks[j - 1][0]):
        return None
    if text[stop:toks[j][1]] != "-" or text[toks[j][2]:toks[j + 1][1]] != "-" or not _is_cap(toks[j + 1][0]):
        return None
    return j + 1


def _compound_name(head: str, link: str, tail: str, gaz: Gazetteer):
    """The places of a compound name and its key, or None. English writes the Russian "X-na-Y"
    with the river in the nominative: "Slavyansk-on-Kuban" is Slavyansk-na-Kubani (Kuban ->
    Kubani, Don -> Donu, Amur -> Amure, Volga -> Volge)."""
    if link not in ("on", "upon"):
        return None  # "-na-", "-nad-" as written were looked up whole already
    forms = [tail + "i", tail + "u", tail + "e"] + ([tail[:-1] + "e"] if tail.endswith("a") else [])
    for form in forms:
        key = normalize(f"{head} na {form}")
        matches = gaz.lookup(key)
        if matches:
            return matches, key
    return None


def _annotate(text: str, toks, span: _Span, i: int, j: int) -> int:
    """What the words around a name say about it: a generic word ("Sumy region"), "Republic of",
    a settlement cue ("the port of"), a role word ("the governor of"), capitalised or hyphenated
    neighbours. Returns the token index after the span."""
    n = len(toks)
    # A generic word after the name: "Sumy region", "Shostka district", "Bryansk and Kursk regions".
    if j < n and text[span.end:toks[j][1]] == " ":
        g = toks[j][0].casefold()
        if g in GENERIC_WORDS:
            span.hint = GENERIC_WORDS[g]
            span.end = toks[j][2]
            j += 1
        elif g in PLURAL_GENERICS:
            span.hint, span.hint_plural = PLURAL_GENERICS[g], True
    # "Republic of Dagestan"
    if i >= 2 and toks[i - 1][0].casefold() == "of" and toks[i - 2][0].casefold() == "republic":
        span.start, span.hint = toks[i - 2][1], "admin1"
    before = text[max(0, span.start - 40):span.start]
    cue = _SETTLEMENT_CUE.search(before)
    if cue is not None:
        span.cue = "village" if cue.group("village") or cue.group("village2") else "city"
    after = text[span.end:span.end + 60]
    if span.hint is None and (_ROLE_BEFORE.search(before) or _ROLE_AFTER.match(after)):
        span.role = W_ROLE
    elif span.hint is None and _REGIONAL_AFTER.match(after):
        span.role = W_ROLE / 2
    span.surface = text[span.start:span.end]
    prev_cap = i > 0 and text[toks[i - 1][2]:span.start] == " " and _is_cap(toks[i - 1][0]) and not span.sentence_start \
        and toks[i - 1][0].casefold() not in NOT_PLACES
    next_cap = j < n and text[span.end:toks[j][1]] == " " and _is_cap(toks[j][0]) \
        and toks[j][0].casefold() not in NOT_PLACES
    span.glued = bool(prev_cap or next_cap)
    # "Novo-Ryazan Power Plant", "Russia-Belarus": half of a hyphenated name.
    span.hyphenated = (j < n and text[span.end:toks[j][1]] == "-" and _is_cap(toks[j][0])) or (
        i > 0 and text[toks[i - 1][2]:span.start] == "-" and _is_cap(toks[i - 1][0]))
    return j


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


def _is_confident_name(span: _Span) -> bool:
    return any(e and p.kind in ("country", "admin1", "region") for p, _, e in span.matches) or any(
        e and p.population >= 100_000 for p, _, e in span.matches)


def _person_words(text: str, toks) -> set[str]:
    """Surnames the text uses for people: a word after a given name or a title."""
    people = set()
    for k in range(len(toks) - 1):
        a, b = toks[k][0], toks[k + 1][0]
        if text[toks[k][2]:toks[k + 1][1]] != " " or not _is_cap(b):
            continue
        if a in GIVEN_NAMES or a.casefold() in PERSON_TITLES:
            people.add(_bare(b))
    return people


def _reject(text: str, span: _Span, people: set[str], toks, i: int, j: int) -> bool:
    first = _bare(span.words[0])
    # Given name followed by a surname: "Vladimir Putin", "Volodymyr Zelenskyy".
    if first in GIVEN_NAMES and j < len(toks) and text[span.end:toks[j][1]] == " " and _is_cap(toks[j][0]) \
            and toks[j][0].casefold() not in GENERIC_WORDS and toks[j][0].casefold() not in PLURAL_GENERICS:
        return True
    if len(span.words) == 1 and first in people:
        return True
    # A name in quotes is a factory, an operation or a weapon: 'Zvezda', "Iskander".
    before, after = text[span.start - 1:span.start], text[span.end:span.end + 1]
    if before and after and before in _QUOTES_OPEN and after in _QUOTES_CLOSE:
        return True
    # All-capital short words only as curated abbreviations (DPR, LNR, UK), not airport codes.
    if first.isupper() and len(first) <= 5 and not any(o == "curated" for _, o, _ in span.matches):
        return True
    # Two-letter names are almost always something else in English text.
    if len(span.key.replace(" ", "")) < 3:
        return True
    # "Budanov said": a speaker, not a place, unless the name is a well-known place (metonym).
    follow = text[span.end:span.end + 12].lstrip().split(" ", 1)[0].casefold()
    if follow in SPEECH_VERBS and not _is_confident_name(span) and all(
            p.kind == "settlement" and p.population < 50_000 for p, _, _ in span.matches):
        return True
    return False


def _link(text: str, spans: list[_Span]) -> None:
    """Relations between neighbouring mentions: container ("X in the Y region"), coordination
    ("Bryansk and Kursk regions"), and mentions of the same name (one sense per article)."""
    for a, b in zip(spans, spans[1:]):
        gap = text[a.end:b.start]
        if _CONTAINER_GAP.match(gap) and b.hint in ("admin1", "district") and a.hint != "admin1":
            a.container = b
        elif _CONTAINER_GAP.match(gap) and a.hint is None and _could_contain(b):
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
        m = _GENERIC_BEFORE.search(before) if any(w in low for w in _GENERIC_STEMS) else None
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


# -- resolution ----------------------------------------------------------------------------------

def _prior(p: Place, origin: str, exact: bool, span: _Span) -> tuple[float, list[str]]:
    ev = []
    # A place's own name beats another place's alternate or historic name, which beats a
    # generated spelling; a folded spelling variant is weaker still.
    q = 1.0 if exact and normalize(p.name) == span.key else ORIGIN_QUALITY.get(origin, 0.85)
    if not exact:
        q -= 0.3
        ev.append("spelling variant")
    if p.kind == "settlement":
        # Population separates cities from villages; among villages (most have no figure)
        # it should not outweigh where the text puts them.
        imp = 0.5 * min(1.0, max(0.0, math.log10(p.population + 1) - 3) / 4) + 0.5 * p.rank
    elif p.kind == "country":
        imp = 1.0
    elif p.kind == "region":
        imp = 0.7
    elif p.kind == "admin1":
        imp = 0.5
    else:
        imp = 0.3
    return q + imp + COUNTRY_PRIOR.get(p.country, 0.0), ev


def _candidates(span: _Span, gaz: Gazetteer) -> list[Candidate]:
    out = []
    for p, origin, exact in span.matches:
        # Spelling variants are for the transliterated names of Ukraine, Russia and Belarus;
        # elsewhere they only turn English words into foreign towns ("May" -> "Mai").
        if not exact and p.country not in ("UA", "RU", "BY"):
            continue
        # A foreign town glued to a capitalised word is part of a longer name ("Black Sea Fleet");
        # so is a small place reached only through a spelling variant ("Motor Sich" is not the
        # village Sych, "Ukrainska Pravda" not Ukrainskaya) or the first half of a hyphenated
        # name ("Novo-Ryazan").
        if p.kind == "settlement" and (span.glued or span.hyphenated) and (
                p.country not in ("UA", "RU", "BY") or (p.population < 10_000 and (span.hyphenated or not exact))):
            continue
        # Raions and hromadas are named after their seat: bare "Shostka" is the town.
        if origin == "district" and span.hint != "district":
            continue
        score, ev = _prior(p, origin, exact, span)
        if span.hint:
            if p.kind == span.hint:
                score += W_HINT
                ev.append(f"generic word: {span.hint}")
            else:
                score += W_HINT_MISS
        delta, more = _text_evidence(p, exact, span, gaz)
        out.append(Candidate(p, score + delta, ev + more))
    return out


def _text_evidence(p: Place, exact: bool, span: _Span, gaz: Gazetteer) -> tuple[float, list[str]]:
    """What the words around a mention say for or against one of its places: a settlement cue,
    a role word heading a region, a compound the text gave in full, and prominence. An oblast
    centre outweighs everything the article's other places can add (W_SEAT), so that "the port
    of Nikolaev" is not a village that a background paragraph about Donetsk pulls. A village cue
    ("the village of Belgorod") cancels it, and so does a longer name around it ("the Zaporozhye
    Nuclear Power Plant" is named after the city or its region alike)."""
    score, ev = 0.0, []
    if span.cue:
        if p.kind == "settlement":
            score += W_CUE
            ev.append("settlement cue")
        else:
            score -= W_CUE
    if span.role and p.kind == "admin1":
        score += span.role
        ev.append("role word: head of a region")
    elif span.role and p.kind in ("settlement", "district"):
        score -= span.role
    if p.id in span.short_for:
        score += W_CONTAINER
        ev.append("short for a compound name in the text")
    if exact and span.cue != "village" and not span.glued and _prominent(p, gaz):
        score += W_SEAT
        ev.append("oblast centre" if p.population < METROPOLIS else "metropolis")
    return score, ev


def _prominent(p: Place, gaz: Gazetteer) -> bool:
    """An oblast centre (the town its oblast, krai or federal city is named after: Kherson of
    Kherson Oblast, Belgorod) or a city of half a million: what a bare name means in the news.
    Larger towns are not enough: border villages share their names with them (Murom, Oktyabrsky)."""
    if p.kind != "settlement" or p.country not in COUNTRY_PRIOR:
        return False  # Singapore the city is not to outrank Singapore the country
    if p.population >= METROPOLIS:
        return True
    if not p.admin1 or (p.population < 50_000 and p.rank < 0.6):
        return False
    area = gaz.get(f"iso:{p.admin1}")
    return area is not None and variant_key(split_generic(area.name)[0]) == variant_key(p.name)


def _apply_container(cands: list[Candidate], container: Place) -> list[Candidate]:
    """Scores for what the text says contains the mention. When none of the namesakes lies in
    an oblast or raion the text names ("the Belaya base in the Irkutsk region"), the mention is
    none of them: a container named in the sentence outranks any namesake's importance."""
    any_inside = False
    for c in cands:
        p = c.place
        if container.kind == "country":
            inside = p.country == container.country
        elif container.kind == "admin1":
            inside = p.admin1 == container.admin1 and p.id != container.id
        elif container.kind == "district":
            inside = p.raion == container.raion and p.id != container.id
        else:
            inside = haversine_km(p.lat, p.lon, container.lat, container.lon) < 300
        if inside:
            any_inside = True
            c.score += W_CONTAINER
            c.evidence.append(f"in {container.name}")
        else:
            c.score += W_CONTAINER_MISS
    if not any_inside and container.kind in ("admin1", "district"):
        return []
    return cands


class _Context:
    """The places an article settled on, and every candidate's distance to each of them,
    computed in one vectorised step per article (not per mention)."""

    def __init__(self, anchors: list[Place], candidate_lists):
        import numpy as np

        self.anchors = anchors
        self.points = [a for a in anchors if a.kind in ("settlement", "district", "admin1")]
        places = {c.place.id: c.place for cands in candidate_lists for c in cands}
        self.row = {pid: i for i, pid in enumerate(places)}
        self.distances = None
        if self.points and places:
            lat1 = np.radians([[p.lat] for p in places.values()])
            lon1 = np.radians([[p.lon] for p in places.values()])
            lat2 = np.radians([a.lat for a in self.points])
            lon2 = np.radians([a.lon for a in self.points])
            h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
            self.distances = 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(1.0, h)))

    def nearest(self, cands: list[Candidate], own_ids: set[str]):
        """Each candidate's distance to the nearest anchor that is not one of its namesakes."""
        cols = [j for j, a in enumerate(self.points) if a.id not in own_ids]
        if self.distances is None or not cols:
            return None
        rows = [self.row[c.place.id] for c in cands]
        return self.distances[rows][:, cols].min(axis=1)


def _apply_context(cands: list[Candidate], context: _Context, own_ids: set[str]) -> None:
    """Scores for coherence with the places the article settled on. Every mention gets them,
    a sure one too: mentions of one name are compared on these scores in the group pass."""
    others = [a for a in context.anchors if a.id not in own_ids]
    if not others:
        return
    admin1s = {a.admin1 for a in others if a.admin1}
    near = context.nearest(cands, own_ids)
    for i, c in enumerate(cands):
        p = c.place
        if p.kind in ("country", "region"):
            continue
        if p.admin1 and p.admin1 in admin1s:
            c.score += W_SAME_ADMIN1
            c.evidence.append("same oblast as other places in the text")
        if near is not None:
            d = float(near[i])
            bonus = W_NEAR * math.exp(-d / 150.0)
            if bonus > 0.05:
                c.evidence.append(f"{d:.0f} km from another place in the text")
            c.score += bonus


def _resolve(spans: list[_Span], gaz: Gazetteer) -> None:
    # Mentions with the same name, generic, cue and container are scored once: a long article
    # repeats its places many times, and resolution must stay linear in its length.
    def signature(s: _Span) -> tuple:
        # Fixed when a mention is first scored: the group pass below changes what containers
        # resolve to, and a signature that moved would miss its cached scores.
        if s.sig is None:
            c = s.container.result.place.id if s.container is not None and \
                s.container.result is not None and s.container.result.place else None
            s.sig = (s.key, s.hint, s.cue, c, s.glued, s.hyphenated, s.role, s.short_for)
        return s.sig

    def own_scores(s: _Span) -> list[Candidate]:
        """Pass 1: a mention on its own. Its evidence (name, generic word, cue, container) does
        not depend on the article, so its scores are kept across articles (read-only: pass 2
        and the group pass copy them)."""
        sig = signature(s)
        if sig not in first:
            cands = gaz.remembered(("pass1",) + sig)
            if cands is None:
                cands = _candidates(s, gaz)
                if sig[3] is not None:
                    cands = _apply_container(cands, gaz.get(sig[3]))
                cands = _contenders(cands)
                cands.sort(key=lambda c: (-c.score, c.place.id))
                gaz.remember(("pass1",) + sig, cands)
            first[sig] = cands
        return first[sig]

    def in_context(s: _Span, context: _Context) -> None:
        """Pass 2: pass 1's scores plus the places the article settled on."""
        sig = signature(s)
        if sig not in second:
            cands = [Candidate(c.place, c.score, list(c.evidence)) for c in first[sig]]
            _apply_context(cands, context, {c.place.id for c in cands})
            cands.sort(key=lambda c: (-c.score, c.place.id))
            second[sig] = cands

    # Pass 1: each mention on its own, containers first so that they can constrain what they hold.
    first: dict[tuple, list[Candidate]] = {}
    for s in sorted(spans, key=lambda s: s.container is not None):
        s.result = _mention(s, own_scores(s))
    # Pass 2: ambiguous mentions look at the places the article settled on.
    anchors = list({s.result.place.id: s.result.place for s in spans
                    if s.result and s.result.place and _decisive(first[signature(s)])}.values())
    context = _Context(anchors, first.values())
    second: dict[tuple, list[Candidate]] = {}
    for s in spans:
        in_context(s, context)
    # One sense per name per article: a group's mentions share the best-supported place.
    done: set[int] = set()
    for s in spans:
        if id(s.group) in done:
            continue
        done.add(id(s.group))
        total: dict[str, Candidate] = {}
        for sig in dict.fromkeys(signature(m) for m in s.group):
            for c in second[sig]:
                t = total.get(c.place.id)
                if t is None:
                    total[c.place.id] = Candidate(c.place, c.score, list(c.evidence))
                elif c.score > t.score:
                    t.score = c.score
                    t.evidence += [e for e in c.evidence if e not in t.evidence]
        ranked = sorted(total.values(), key=lambda c: (-c.score, c.place.id))
        for m in s.group:
            m.result = _mention(m, ranked)


def _contenders(cands: list[Candidate]) -> list[Candidate]:
    """The candidates that context can still lift to the top: a name shared by hundreds of
    villages ("Andreevka") keeps those within reach of the best, so that resolution does not
    grow with the number of namesakes."""
    if len(cands) <= 8:
        return cands
    reach = max(c.score for c in cands) - (W_SAME_ADMIN1 + W_NEAR) - 1e-9
    return [c for c in cands if c.score >= reach]


def _decisive(cands: list[Candidate]) -> bool:
    """Can the best candidate anchor the others? When it clearly wins, or when every close
    rival lies within a few km of it (a town and its namesake suburb): where it is, is known."""
    if not cands:
        return False
    best = cands[0]
    return all(best.score - c.score >= 0.3 or haversine_km(best.place.lat, best.place.lon, c.place.lat, c.place.lon) < 25
               for c in cands[1:])


def _mention(s: _Span, cands: list[Candidate]) -> PlaceMention | None:
    if not cands or cands[0].score < ACCEPT:
        return None
    best = cands[0]
    return PlaceMention(s.start, s.end, s.surface, best.place, best.score, list(best.evidence), cands[:6], s.hint)


def resolve_name(query: str, gazetteer: Gazetteer | None = None) -> tuple[PlaceMention | None, list[Candidate]]:
    """Resolve a short query ("Kharkov", "Andreevka in Sumy Region", "Shostka district").

    Returns the mention the query is about (the first one, whose context is the rest of the
    query) and its ranked candidates; (None, []) when nothing in it is a known place.
    """
    gaz = gazetteer or Gazetteer.default()
    query = " ".join(query.split())[:1000]
    if not query:
        return None, []
    found = geoparse(query, gazetteer=gaz, require_capital=False)
    if not found:
        return None, []
    return found[0], found[0].candidates
