"""Names of things that are not places: a ship's, an outlet's or a company's name that a place name
stands in ("the landing ship Minsk", "The Moscow Times", "the Luch design bureau")."""
from __future__ import annotations

import re

from .lexicon import (NAMED_NOT_PLACES, ORGANISATION_HEADS, OUTLET_CLOSERS, OUTLET_NOUNS, OUTLET_OPENERS, VESSEL_NOUNS,
                      WARSHIP_NOUNS)
from .names import variant_key
from .words import _CONNECTORS, _bare, _bare_end, _is_cap

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
