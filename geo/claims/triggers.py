"""Strike triggers: where a sentence reports that a strike happened.

``annotate_triggers(doc)`` writes the ``triggers`` layer, one ``Trigger`` at most per sentence:
a strike verb or verb phrase ("struck", "was hit", "came under fire", "brought down", "sustained
damage", "debris fell on", "dropped an explosive device on"), or a strike noun that is
determined or tied to a target ("an attack on", "the strikes"). Captures, troop movements,
threats, plans and background are not strikes; those filters read only the clause of the
trigger, so "since the start of the year" in another clause does not silence a strike. A
sentence with no trigger that tells of casualties or damage gets a ``damage`` trigger: inside a
strike report it is a claim when it names a new place.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..articles.doc import Doc, Sentence
from .lang import for_lang, pattern
from .matcher import anchored_matches, has_cue, matcher_for

__all__ = ["Trigger", "annotate_triggers", "clause_at", "find_trigger"]


@dataclass(frozen=True)
class Trigger:
    """A strike trigger at ``start:end`` (document offsets) of sentence ``sentence``."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str = "strike"  # strike / damage / item (of a list a strike sentence opens)
    outcome: str = "hit"  # hit / intercepted / denied


def annotate_triggers(doc: Doc) -> None:
    """Write the ``triggers`` layer."""
    found, intro = [], None
    list_item = pattern(doc.lang, "LIST_ITEM")
    for sent in doc.sentences:
        trig = _sentence_trigger(doc, sent)
        if (trig is None or trig.kind == "damage") and intro is not None and list_item.match(sent.text) \
                and sent.paragraph - intro.paragraph <= 1:
            # "Drones struck four facilities:" then "- 14 August - the refinery in Volgograd;"
            trig = Trigger(sent.start, sent.start, f"{intro.text} (list)", sent.index, "item", intro.outcome)
        elif trig is not None and trig.kind == "strike":
            intro = _Intro(sent.paragraph, trig.text, trig.outcome) if sent.text.rstrip().endswith(":") else None
        if trig is not None:
            found.append(trig)
    doc.set_layer("triggers", found)


@dataclass(frozen=True)
class _Intro:
    paragraph: int
    text: str
    outcome: str


def _sentence_trigger(doc: Doc, sent: Sentence) -> Trigger | None:
    lang, text = doc.lang, sent.text
    if pattern(lang, "ELSEWHERE").match(text):
        return None  # "Read also: ...": another article's headline
    cues = [c.start - sent.start for c in doc.spans("cues", sent) if c.category == "trigger"]
    if cues:
        found = find_trigger(text, lang, filters=lambda cat: has_cue(doc, sent, cat), cues=cues)
        if found is not None:
            pos, word = found
            result = outcome(text, lang, pos) if has_cue(doc, sent, "intercept") else "hit"
            return Trigger(sent.start + pos, sent.start + pos + len(word), word, sent.index, "strike", result)
    if (cues or has_cue(doc, sent, "hurt")) and (m := pattern(lang, "DAMAGE").search(text)):
        return Trigger(sent.start + m.start(), sent.start + m.end(), m.group(), sent.index, "damage")
    return None


def outcome(text: str, lang: str = "en", at: int | None = None) -> str:
    """``denied`` when the strike at ``at`` is denied ("denied striking the station"),
    ``intercepted`` when the sentence tells of air defence at work or denies damage."""
    if at is not None and pattern(lang, "DENIED").search(text[max(0, at - 70):at]):
        return "denied"
    if pattern(lang, "INTERCEPTION").search(text) or (pattern(lang, "DENIAL").search(text) and not pattern(lang, "HIT").search(text)):
        return "intercepted"
    return "hit"


def clause_at(text: str, pos: int, lang: str = "en") -> tuple[int, int]:
    """The clause of ``text`` around ``pos``: between the clause breaks before and after it."""
    start, end = 0, len(text)
    for m in pattern(lang, "CLAUSE_BREAK").finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _strike_at(text: str, lang: str, cues: list[int]) -> tuple[int, str] | None:
    m = next(anchored_matches(pattern(lang, "STRIKE_VERB"), text, cues), None)
    if m:
        return m.start(), m.group()
    determiners, noun_prep = for_lang(lang).DETERMINERS, pattern(lang, "NOUN_PREP")
    for m in anchored_matches(pattern(lang, "STRIKE_NOUN"), text, cues):
        before = text[max(0, m.start() - 60):m.start()].casefold().split()[-4:]
        if any(w in determiners or w.isdigit() for w in before) or noun_prep.match(text[m.end():m.end() + 15]):
            return m.start(), m.group()
    return None


def find_trigger(text: str, lang: str = "en", filters=lambda category: True,
                 cues: list[int] | None = None) -> tuple[int, str] | None:
    """(offset, words) of the strike trigger of a sentence, or None. ``filters(category)`` says
    whether the sentence has cue words of a filter's category (all, when not known); ``cues``
    where its trigger cue words start (found here when not given)."""
    if cues is None:
        cues = [c.start for c in matcher_for(lang).find(text) if c.category == "trigger"]
    trig = _strike_at(text, lang, sorted(cues))
    if trig is None:
        return None
    a, b = clause_at(text, trig[0], lang)
    clause = text[a:b]
    if pattern(lang, "CONDITIONAL").match(clause):
        return None  # "If missiles hit the port again, ...": a condition, no claim
    if filters("generic") and pattern(lang, "GENERIC").search(pattern(lang, "SUPERLATIVE_SINCE").sub("", clause)):
        return None  # (not "one of the biggest strikes since the start of the war": a comparison)
    if filters("modal") and pattern(lang, "MODAL_STRIKE").search(clause):
        return None
    if filters("hypothetical") and pattern(lang, "HYPOTHETICAL").search(clause) and not pattern(lang, "PAST_STRIKE").search(clause):
        return None
    if pattern(lang, "NOT_STRIKE").search(clause) and not pattern(lang, "STRIKE_VERB").search(clause):
        return None
    if pattern(lang, "NEGATED").search(text[max(0, trig[0] - 70):trig[0]]):
        return None  # "did not comment on the strike in X", "denied hitting X": no claim of a strike
    return trig
