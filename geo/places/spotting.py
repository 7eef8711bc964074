"""Spotting: the known names in a text, longest first, with what the words around each say about
it (a generic word, "Republic of", a settlement cue, a role word, capitalised or hyphenated
neighbours), less the names that are people or things."""
from __future__ import annotations

import re

from ..articles.doc import Doc
from .gazetteer import Gazetteer
from .lexicon import GIVEN_NAMES, NOT_PLACES, PERSON_TITLES, SPEECH_VERBS
from .mentions import _Span
from .names import GENERIC_WORDS, PLURAL_GENERICS, normalize
from .scoring import W_ROLE
from .thing_names import _names_a_thing
from .words import _CONNECTORS, _bare, _bare_end, _is_cap, _tokens

_QUOTES_OPEN = "‘“\"'«„‹"
_QUOTES_CLOSE = "’”\"'»“›"


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


def _name_starts(toks, require_capital: bool):
    """The tokens a name may start at: the capitalised ones (most words are not), or any."""
    if not require_capital:
        return range(len(toks))
    return [k for k, t in enumerate(toks) if t[0][:1].isupper()]


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
