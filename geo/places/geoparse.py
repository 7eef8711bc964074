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
from .lexicon import (GIVEN_NAMES, NAMED_NOT_PLACES, NOT_PLACES, ORGANISATION_HEADS, OUTLET_CLOSERS, OUTLET_NOUNS,
                      OUTLET_OPENERS, PERSON_TITLES, SPEECH_VERBS, VESSEL_NOUNS, WARSHIP_NOUNS)
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


def _backwards(words: str) -> str:
    """An alternation of words ("villages?|selo") spelled backwards ("s?segalliv|oles")."""
    return "|".join("s?" + w[-3::-1] if w.endswith("s?") else w[::-1] for w in words.split("|"))


# The patterns for words that end the text before a name (_SETTLEMENT_CUE, _ROLE_BEFORE) read that
# text backwards, from the name (``before[::-1]``): on the reversed text a match is tried at one
# place, where a search for a phrase that ends the text ("...of the $") tries every one. \b, \s
# and re.I read the same in either direction.
# A word before a name that says it is a settlement: a village-sized one ("the village of", "the
# khutor of") or a city ("the city of", "the port of", "the mayor of").
_VILLAGE_WORDS = "villages?|settlements?|hamlets?|township|khutors?|farmsteads?|selo|stanitsas?|aul"
_CITY_WORDS = "towns?|city|cities|ports?|mayor"
_SETTLEMENT_CUE = re.compile(  # "<village|city> of (the) ", or "<village|city> " in the singular
    rf"\s+(?:eht\s+)?fo\s+(?:(?P<village>{_backwards(_VILLAGE_WORDS)})|(?P<city>{_backwards(_CITY_WORDS)}))\b"
    rf"|\s+(?:(?P<village2>{_backwards('village|settlement|hamlet|khutor|farmstead|stanitsa|selo|aul')})"
    rf"|(?P<city2>{_backwards('town|city')}))\b", re.I)
# A role word that names the head of a region: "the regional governor of Kherson", "the Kherson
# governor", "Kursk's governor" speak of the oblast, not its centre ("the mayor of Kherson" does).
# "The Kherson regional (military) administration" names the region too, but as an adjective
# inside an organisation's name it is weaker evidence than a governor.
_ROLE_BEFORE = re.compile(rf"\s+(?:eht\s+)?fo\s+{_backwards('governors?')}\b", re.I)  # "governor of (the) "
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
_GENERIC_STEMS = re.compile("region|oblast|province|district|raion|republic|krai|kray")  # in casefolded text
_COORDINATION = re.compile(r"^(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+|\s*&\s*)$")

# Names of things that are not places (a ship's, an outlet's, a company's), read around the run of
# capitalised words a name stands in: a vessel or outlet noun before the run ("the landing ship
# Minsk", "the landing ships Minsk and Novocherkassk", "the Telegram channel Baza"), a vessel noun in
# apposition after it ("the Askold, a corvette") or after "the X" ("the Saratov landing ship"), an
# organisation's head noun after it ("the Luch design bureau"). The name part of the patterns is
# case-sensitive; the nouns are not.
_NAME_WORDS = r"[\"“‘'«]?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[\"”’'»]?"
_VESSEL = "|".join(VESSEL_NOUNS)
_NOUN_BEFORE = re.compile(rf"\b(?i:{_VESSEL}|{'|'.join(OUTLET_NOUNS)})s?\s+(?:{_NAME_WORDS}(?:,\s+|\s+and\s+))*[\"“‘'«]?$")
_VESSEL_APPOSITION = re.compile(
    rf"^[\"”’'»]?,\s+(?:a|an|the)\s+(?:(?!(?:of|for|and|with|in|at|on|to|the|a|an)\b)[\w’'-]+\s+){{0,3}}?"
    rf"(?i:{_VESSEL})\b(?!-)(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|of|with|carrying|built|based|from|in|at|"
    rf"belonging|commissioned|launched)\b)")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_WARSHIP_AFTER = re.compile(rf"^\s+(?:[a-z-]+\s+)?(?i:{'|'.join(WARSHIP_NOUNS)})\b"
                            r"(?![\s-]+(?:base|port|yard|repair|crossing|terminal|plant|factory|fleet|pier|dock|berth)s?\b)")
_ORGANISATION_AFTER = re.compile(rf"^\s+(?i:{'|'.join(ORGANISATION_HEADS)})\b")
_NAMED_KEYS = frozenset(variant_key(n) for n in NAMED_NOT_PLACES)
_ARTICLES = {"the", "a", "an"}
_RUN_REACH = 6  # capitalised words either side of a name that can belong to one title with it

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
    settled: Place | None = None  # its place on its own evidence (pass 1 of _resolve)
    surface: str = ""
    glued: bool = False  # directly after or before another capitalised word
    hyphenated: bool = False  # followed by "-" and a capitalised word
    cue: str | None = None  # "village" or "city": the word before it says it is a settlement
    role: float = 0.0  # weight of a role word that names the head of a region ("governor of")
    short_for: tuple = ()  # ids of the compound it shortens ("Slavyansk" after "Slavyansk-on-Kuban")
    sig: tuple | None = None  # what its resolution depends on (set once, in _resolve)


def geoparse(text: str | Doc, published: date | None = None, gazetteer: Gazetteer | None = None,
             require_capital: bool = True, alternatives: int | None = 5) -> list[PlaceMention]:
    """Place mentions in ``text`` (a string or an article's ``Doc``), each resolved to its most
    likely place, in text order.

    ``published`` is accepted for symmetry with the claims stage (dates do not change where a
    place is). ``require_capital=False`` treats lower-case words as names too (for queries).
    Each mention keeps its best candidate and up to ``alternatives`` runners-up (None: all).
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
    _resolve(spans, gaz, alternatives)
    return [s.result for s in spans if s.result is not None]


# -- spotting ------------------------------------------------------------------------------------

def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Words with offsets; a possessive "'s" stays on the word (for "People's Republic"), and
    ``_bare_end`` says where the word ends without it (for "Russia's")."""
    return [(m[0], m.start(), m.end()) for m in _WORD.finditer(text)]


def _bare_end(token: tuple[str, int, int]) -> int:
    """Where a token ends without a possessive "'s" ("Russia's" -> after "Russia")."""
    w, _, end = token
    return end - 2 if len(w) > 3 and w[-2:] in ("'s", "’s") else end


def _name_starts(toks, require_capital: bool):
    """The tokens a name may start at: the capitalised ones (most words are not), or any."""
    if not require_capital:
        return range(len(toks))
    return [k for k, t in enumerate(toks) if t[0][:1].isupper()]


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
    after = 0  # the token after the last name found: names do not overlap
    for i in _name_starts(toks, require_capital):
        if i < after:
            continue
        w = _bare(toks[i][0])
        if w.casefold() in NOT_PLACES or not gaz.may_start_name(w) \
                or (i >= 2 and _compound_link(text, toks, i - 1, toks[i - 2][2]) == i):
            continue  # not a name, or the second half of an unknown compound ("X-on-Kuban")
        best = _longest_name(text, toks, i, gaz, require_capital)
        if best is None:
            continue
        j, matches, key, words, stop = best
        link = _compound_link(text, toks, j, stop)
        if link is not None:
            # "Slavyansk-on-Kuban": one name; when it is unknown, neither half is meant alone.
            found = _compound_name(text[toks[i][1]:stop], toks[j][0].casefold(), toks[link][0], gaz)
            if found is None:
                after = link + 1
                continue
            matches, key = found
            words, j, stop = words + [toks[j][0], toks[link][0]], link + 1, toks[link][2]
        span = _Span(toks[i][1], stop, words, key, matches)
        span.sentence_start = doc.starts_sentence(span.start)
        after = j
        if _reject(text, span, people, toks, i, j):
            continue
        if span.sentence_start and len(words) == 1 and not _is_confident_name(span):
            if lower_words is None:
                lower_words = {t[0] for t in toks if t[0].islower()}
            if w.lower() in lower_words:
                continue
        after = _annotate(text, toks, span, i, j)
        spans.append(span)
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
            bare_end = _bare_end(toks[j - 1])
            for stop in ((bare_end, last_end) if bare_end != last_end else (last_end,)):
                key = normalize(text[start:stop])
                matches = gaz.lookup(key) if key else []
                if matches:
                    best = (j, matches, key, list(words), stop)
                    break
        if j == j_max or j >= n:
            break
        nxt, nstart, _ = toks[j]
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
    before = text[max(0, span.start - 40):span.start][::-1]  # backwards, for the patterns
    cue = _SETTLEMENT_CUE.match(before)
    if cue is not None:
        span.cue = "village" if cue.group("village") or cue.group("village2") else "city"
    after = text[span.end:span.end + 60]
    if span.hint is None and (_ROLE_BEFORE.match(before) or _ROLE_AFTER.match(after)):
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
    for a, b in zip(toks, toks[1:]):
        if (a[0] in GIVEN_NAMES or a[0].casefold() in PERSON_TITLES) and text[a[2]:b[1]] == " " and _is_cap(b[0]):
            people.add(_bare(b[0]))
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
    if _names_a_thing(text, toks, i, j):
        return True
    # "Budanov said": a speaker, not a place, unless the name is a well-known place (metonym).
    follow = text[span.end:span.end + 12].lstrip().split(" ", 1)[0].casefold()
    if follow in SPEECH_VERBS and not _is_confident_name(span) and all(
            p.kind == "settlement" and p.population < 50_000 for p, _, _ in span.matches):
        return True
    return False


def _name_run(text: str, toks, i: int, j: int) -> tuple[int, int]:
    """The run of capitalised words (and connectors inside them) that tokens ``i:j`` stand in:
    "The Moscow Times" around "Moscow", "Olenegorsky Gornyak" around "Gornyak"."""
    def joins(k: int) -> bool:  # token k joins the run from its neighbour, over a space or a hyphen
        w = toks[k][0]
        return _is_cap(w) or w.casefold() in _CONNECTORS
    a = i
    while a > max(0, i - _RUN_REACH) and text[toks[a - 1][2]:toks[a][1]] in (" ", "-") and joins(a - 1):
        a -= 1
    b = j
    while b < min(len(toks), j + _RUN_REACH) and text[toks[b - 1][2]:toks[b][1]] in (" ", "-") and joins(b):
        b += 1
    while a < i and (not _is_cap(toks[a][0]) or toks[a][0].casefold() in _ARTICLES):  # a run starts and ends
        a += 1  # with a name word ("The" opening a sentence is not one)
    while b > j and not _is_cap(toks[b - 1][0]):
        b -= 1
    return a, b


def _names_a_thing(text: str, toks, i: int, j: int) -> bool:
    """Is the name at tokens ``i:j`` part of a ship's, an outlet's or a company's name? A ship by a
    vessel noun around its run of capitalised words, an outlet by a title word in that run ("Radio
    Svoboda", "the Kyiv Independent"), any of them by a known name (``NAMED_NOT_PLACES``)."""
    a, b = _name_run(text, toks, i, j)
    start, end = toks[a][1], toks[b - 1][2]
    before, after = text[max(0, start - 80):start], text[end:end + 80]
    if _NOUN_BEFORE.search(before) or _VESSEL_APPOSITION.match(after) or _ORGANISATION_AFTER.match(after):
        return True
    if _THE_BEFORE.search(before) and _WARSHIP_AFTER.match(after):
        return True
    words = [_bare(t[0]) for t in toks[a:b]]
    if any(w in OUTLET_OPENERS for w in words[:i - a]) or any(w in OUTLET_CLOSERS for w in words[max(1, i - a):]):
        return True
    return any(variant_key(text[toks[x][1]:_bare_end(toks[y - 1])]) in _NAMED_KEYS
               for x in range(a, i + 1) for y in range(j, b + 1))


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
    """The places an article settled on (its anchors), and each candidate's two nearest anchors,
    computed in one vectorised step per article: a mention then finds its nearest anchor that is
    not one of its own namesakes by looking at two numbers, not at a matrix."""

    def __init__(self, anchors: list[Place], candidate_lists):
        self.anchors = anchors
        self.anchor_ids = {a.id for a in anchors}
        self.admin1s = {a.admin1 for a in anchors if a.admin1}
        self.admin1_of = {a.id: a.admin1 for a in anchors}
        self.holders: dict[str, set[str]] = {}  # admin-1 code -> the anchors in it
        for a in anchors:
            if a.admin1:
                self.holders.setdefault(a.admin1, set()).add(a.id)
        self.points = [a for a in anchors if a.kind in ("settlement", "district", "admin1")]
        self.column = {a.id: j for j, a in enumerate(self.points)}
        places = {c.place.id: c.place for cands in candidate_lists for c in cands}
        self.row = {pid: i for i, pid in enumerate(places)}
        self.distances = self.nearest2 = None
        if self.points and places:
            self.distances = _distances(list(places.values()), self.points)
            self.nearest2 = dict(zip(places, _two_nearest(self.distances)))

    def view(self, own_ids: set[str]):
        """What a mention with the candidates ``own_ids`` may lean on: the anchors that are not
        its own namesakes. Returns (their admin-1 codes, the columns of the namesakes among the
        points, whether any point remains to measure distance to), or None when no anchor does.
        Most mentions own one anchor or none: the answer is the article's, less what only the
        mention's own anchors held."""
        own = self.anchor_ids & own_ids
        if not own:
            return self.admin1s, (), self.distances is not None
        if len(own) == len(self.anchors):
            return None
        gone = {k for k in map(self.admin1_of.get, own) if k and self.holders[k] <= own}
        excluded = {self.column[pid] for pid in own if pid in self.column}
        return self.admin1s - gone, excluded, self.distances is not None and len(excluded) < len(self.points)

    def nearest(self, place_id: str, excluded) -> float:
        """A candidate's distance to the nearest point that is not in ``excluded`` (columns; at
        least one point must remain). The two nearest answer almost always; a mention whose two
        nearest anchors are both its own namesakes reads its whole row."""
        for j, km in self.nearest2[place_id]:
            if j not in excluded:
                return km
        cols = [j for j in range(len(self.points)) if j not in excluded]
        return float(self.distances[self.row[place_id], cols].min())


def _distances(places: list[Place], points: list[Place]):
    """Great-circle km from every place (rows) to every point (columns), in one numpy step."""
    import numpy as np

    lat1 = np.radians(np.array([p.lat for p in places]))[:, None]
    lon1 = np.radians(np.array([p.lon for p in places]))[:, None]
    lat2 = np.radians([a.lat for a in points])
    lon2 = np.radians([a.lon for a in points])
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(1.0, h)))


def _two_nearest(distances) -> list:
    """Per row, ((column, km), (column, km)) of its nearest and second-nearest column (with one
    column, the second repeats it at infinity). Values are the matrix's own, so a minimum read
    here equals one taken over the matrix."""
    import numpy as np

    rows = np.arange(len(distances))
    first = distances.argmin(axis=1)
    rest = distances.copy()
    rest[rows, first] = np.inf
    second = rest.argmin(axis=1)
    return list(zip(zip(first.tolist(), distances[rows, first].tolist()),
                    zip(second.tolist(), rest[rows, second].tolist())))


def _in_context(cands: list[Candidate], context: _Context) -> list[Candidate]:
    """Pass 2: a mention's pass-1 candidates (which stay as they are: they are kept across
    articles) rescored for coherence with the places the article settled on, best first. Every
    mention gets these scores, a sure one too: mentions of one name are compared on them in the
    group pass."""
    view = context.view({c.place.id for c in cands})
    if view is None:  # no anchor but its own namesakes: pass 1's scores and order stand
        return [Candidate(c.place, c.score, list(c.evidence)) for c in cands]
    admin1s, excluded, measure = view
    out = []
    for c in cands:
        p, score, evidence = c.place, c.score, list(c.evidence)
        if p.kind not in ("country", "region"):
            if p.admin1 and p.admin1 in admin1s:
                score += W_SAME_ADMIN1
                evidence.append("same oblast as other places in the text")
            if measure:
                d = context.nearest(p.id, excluded)
                bonus = W_NEAR * math.exp(-d / 150.0)
                if bonus > 0.05:
                    evidence.append(f"{d:.0f} km from another place in the text")
                score += bonus
        out.append(Candidate(p, score, evidence))
    out.sort(key=_rank)
    return out


def _rank(c: Candidate) -> tuple:
    """Best first; equal scores in place-id order, so that rankings do not depend on input order."""
    return -c.score, c.place.id


def _signature(s: _Span) -> tuple:
    """What a mention's resolution depends on: name, generic, cue, container, neighbours, role
    and compound. Fixed when a mention is first scored: the group pass changes what containers
    resolve to, and a signature that moved would miss its cached scores."""
    if s.sig is None:
        c = s.container.settled.id if s.container is not None and s.container.settled is not None else None
        s.sig = (s.key, s.hint, s.cue, c, s.glued, s.hyphenated, s.role, s.short_for)
    return s.sig


def _own_scores(s: _Span, gaz: Gazetteer) -> tuple[list[Candidate], bool]:
    """Pass 1: a mention on its own, best first, and whether its best can anchor the others
    (``_decisive``). Its evidence (name, generic word, cue, container) does not depend on the
    article, so the answer is kept across articles (read-only: pass 2 copies it)."""
    sig = _signature(s)
    found = gaz.remembered(("pass1",) + sig)
    if found is None:
        cands = _candidates(s, gaz)
        if sig[3] is not None:
            cands = _apply_container(cands, gaz.get(sig[3]))
        cands = _contenders(cands)
        cands.sort(key=_rank)
        found = (cands, _decisive(cands))
        gaz.remember(("pass1",) + sig, found)
    return found


def _resolve(spans: list[_Span], gaz: Gazetteer, alternatives: int | None) -> None:
    """Rank each mention's places: on its own (pass 1), with the places the article settled on
    (pass 2), then one sense per name. Mentions with the same signature are scored once: a long
    article repeats its places many times, and resolution must stay linear in its length."""
    # Pass 1: each mention on its own, containers first so that they can constrain what they hold.
    first: dict[tuple, tuple[list[Candidate], bool]] = {}
    for s in sorted(spans, key=lambda s: s.container is not None):
        sig = _signature(s)
        if sig not in first:
            first[sig] = _own_scores(s, gaz)
        s.settled = _accepted(first[sig][0])
    # Pass 2: every mention looks at the places the article settled on.
    anchors = list({s.settled.id: s.settled for s in spans if s.settled and first[s.sig][1]}.values())
    context = _Context(anchors, [cands for cands, _ in first.values()])
    second = {sig: _in_context(cands, context) for sig, (cands, _) in first.items()}
    _one_sense(spans, second, alternatives)


def _one_sense(spans: list[_Span], second: dict[tuple, list[Candidate]], alternatives: int | None) -> None:
    """One sense per name per article: a group's mentions share the best-supported place, each
    place with its best score over the group's signatures. A group of one signature takes pass
    2's ranking as it is (a signature belongs to one group, and its places are distinct)."""
    done: set[int] = set()
    for s in spans:
        if id(s.group) in done:
            continue
        done.add(id(s.group))
        sigs = list(dict.fromkeys(m.sig for m in s.group))
        ranked = second[sigs[0]] if len(sigs) == 1 else _merge([second[sig] for sig in sigs])
        for m in s.group:
            m.result = _mention(m, ranked, alternatives)


def _merge(rankings: list[list[Candidate]]) -> list[Candidate]:
    """Several rankings of one name as one: each place's best score, with the evidence of every
    ranking that raised it."""
    total: dict[str, Candidate] = {}
    for ranking in rankings:
        for c in ranking:
            t = total.get(c.place.id)
            if t is None:
                total[c.place.id] = Candidate(c.place, c.score, list(c.evidence))
            elif c.score > t.score:
                t.score = c.score
                t.evidence += [e for e in c.evidence if e not in t.evidence]
    return sorted(total.values(), key=_rank)


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


def _accepted(cands: list[Candidate]) -> Place | None:
    """The best candidate's place, unless the name is more likely a word than a place."""
    return cands[0].place if cands and cands[0].score >= ACCEPT else None


def _mention(s: _Span, cands: list[Candidate], alternatives: int | None) -> PlaceMention | None:
    if _accepted(cands) is None:
        return None
    best = cands[0]
    kept = cands if alternatives is None else cands[:alternatives + 1]
    return PlaceMention(s.start, s.end, s.surface, best.place, best.score, list(best.evidence), list(kept), s.hint)


def resolve_name(query: str, gazetteer: Gazetteer | None = None) -> tuple[PlaceMention | None, list[Candidate]]:
    """Resolve a short query ("Kharkov", "Andreevka in Sumy Region", "Shostka district").

    Returns the mention the query is about (the first one, whose context is the rest of the
    query) and all its ranked candidates (every namesake within reach of the best: an ambiguous
    name has dozens); (None, []) when nothing in it is a known place.
    """
    gaz = gazetteer or Gazetteer.default()
    query = " ".join(query.split())[:1000]
    if not query:
        return None, []
    found = geoparse(query, gazetteer=gaz, require_capital=False, alternatives=None)
    if not found:
        return None, []
    return found[0], found[0].candidates
