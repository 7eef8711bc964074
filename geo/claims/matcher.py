"""One phrase matcher per language: an Aho-Corasick pass over a Doc's casefolded text finds
every cue word of the language's ``CUES`` (reporting, strike, casualty, outlet-voice, filter
words) at once, so that an annotator reads a sentence only when a cue of its kind is there,
instead of testing a list of substrings per pattern per sentence."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..articles.doc import Doc
from .lang import for_lang

__all__ = ["Cue", "anchored_matches", "annotate_cues", "cue_categories", "has_cue", "matcher_for"]


@dataclass(frozen=True)
class Cue:
    """A cue word (or phrase) at ``start:end`` of the document, of ``category``."""

    start: int
    end: int
    category: str
    word: str


class PhraseMatcher:
    """Finds the cue words of ``cues`` ({category: words}) in a text: whole words, or any word
    a ``prefix*`` begins. Case-insensitive."""

    def __init__(self, cues: dict[str, tuple[str, ...]]):
        import ahocorasick

        self._auto = ahocorasick.Automaton()
        entries: dict[str, list[tuple[str, bool]]] = {}
        for category, words in cues.items():
            for w in words:
                prefix = w.endswith("*")
                key = w.rstrip("*").casefold()
                entries.setdefault(key, []).append((category, prefix))
        for key, cats in entries.items():
            self._auto.add_word(key, (len(key), tuple(cats)))
        self._auto.make_automaton()

    def find(self, text: str) -> list[Cue]:
        low = _fold(text)
        out = []
        for last, (n, cats) in self._auto.iter(low):
            start, end = last - n + 1, last + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            whole = end >= len(low) or not low[end].isalnum()
            for category, prefix in cats:
                if prefix or whole:
                    out.append(Cue(start, end, category, low[start:end]))
        return out


def _fold(text: str) -> str:
    """Casefolded with the length kept, so that offsets stay document offsets (a letter whose
    casefold is longer, like ß, keeps its lower case)."""
    text = text.translate(_AS_REGEX_FOLDS)
    low = text.casefold()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


# Letters that ``re.IGNORECASE`` takes for ASCII ones: a pattern matching them must find its cue.
_AS_REGEX_FOLDS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "K": "k"})


@lru_cache(maxsize=None)
def matcher_for(lang: str) -> PhraseMatcher:
    return PhraseMatcher(for_lang(lang).CUES)


def annotate_cues(doc: Doc) -> None:
    """Write the ``cues`` layer: every cue word of the document's language."""
    doc.set_layer("cues", matcher_for(doc.lang).find(doc.text))


def anchored_matches(rx, text: str, starts: list[int]):
    """Matches of a pattern that can only start at a cue word, tried at each cue start in
    ``starts`` (in order) instead of at every character."""
    for at in starts:
        m = rx.match(text, at)
        if m is not None:
            yield m


def has_cue(doc: Doc, within, category: str) -> bool:
    """Is there a cue of ``category`` in ``within`` (a sentence, paragraph or (start, end))?"""
    return category in cue_categories(doc, within)


def cue_categories(doc: Doc, within) -> frozenset[str]:
    """The categories of the cues in ``within``, worked out once per span of text (every
    annotator asks of the same sentences)."""
    key = within if isinstance(within, tuple) else (within.start, within.end)
    memo = doc.__dict__.setdefault("_cue_categories", {})
    if key not in memo:
        memo[key] = frozenset(c.category for c in doc.spans("cues", key))
    return memo[key]
