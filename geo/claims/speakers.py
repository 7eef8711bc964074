"""Speakers: who a sentence attributes its content to, and for which side.

``annotate_speakers(doc)`` writes the ``speakers`` layer: at most one ``Speaker`` per sentence
that has a reporting cue, in document offsets. A speaker stands before a speech verb ("the
governor said"), after a cue ("according to the governor", "..., said the governor", "Source:
..."), or is a pronoun for an earlier one ("he added"). A *back-pointing* cue ("This was reported
by X", "The information came from X", "X reported this") also names the source of what came
before it. "X, citing Y" makes the cited Y the speaker. A noun phrase the side table does not
know still is a speaker ("a local broadcaster said"): it closes the previous report, sided by
its head. The words all come from the language's data (``geo.claims.lang``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..articles.doc import Doc
from .lang import for_lang, pattern
from .matcher import anchored_matches, matcher_for

__all__ = ["Speaker", "annotate_speakers", "classify", "find_speaker", "person"]


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase as written, at ``start:end`` (offsets in the text it was found in)."""

    phrase: str
    side: str | None  # RU / UA / OTHER, or None for a role sided by the place of the claim
    label: str
    start: int
    end: int
    pronoun: bool = False
    back: bool = False  # names the source of the sentences before it, too
    inverted: bool = False  # stands after the content it reports ("..., the governor said")

    def moved(self, by: int) -> "Speaker":
        return replace(self, start=self.start + by, end=self.end + by)


class _Grammar:
    """A language's speaker patterns, compiled once."""

    def __init__(self, lang: str):
        data = for_lang(lang)
        self.lang = lang
        self.sides = [(re.compile(p, re.I), side, label) for p, side, label in data.SPEAKERS]
        # Every row at once, to find where speaker words stand (not which row they are).
        self.any_side = re.compile("|".join(f"(?:{p})" for p, _, _ in data.SPEAKERS), re.I)
        # (where, pattern, anchored): an anchored cue is tried only at reporting cue words
        self.cues = [(where, re.compile(p.removeprefix("@"), re.I), p.startswith("@")) for where, p in data.SPEAKER_CUES]
        self.back = [(where, re.compile(p.removeprefix("@"), re.I), p.startswith("@")) for where, p in data.BACK_CUES]
        self.pronoun = re.compile(f"^(?:{data.PRONOUN})$", re.I)
        self.role_pronoun = re.compile(f"^(?:{data.ROLE_PRONOUN})$", re.I)
        self.person = re.compile(rf"(?:{data.TITLE}{{0,3}})((?:[A-Z][a-z’'-]+\s+){{0,2}}[A-Z][a-z’'-]{{2,}}(?:-[A-Z][a-z]+)?)")
        self.not_names = data.NOT_NAMES
        self.relatives = data.RELATIVE_PRONOUNS
        self.title_word = re.compile(data.TITLE_WORD, re.I)


@lru_cache(maxsize=None)
def _grammar(lang: str) -> _Grammar:
    return _Grammar(lang)


_COUNTRY_LABELS = ("Russia", "Ukraine")


@lru_cache(maxsize=20_000)
def classify(phrase: str, lang: str = "en") -> tuple[str | None, str] | None:
    """Side and label of a speaker phrase: the match nearest its end (the head) wins; a
    parenthesised abbreviation repeats the name before it and is not read on its own. None
    when nothing in it says who it is."""
    phrase = pattern(lang, "ABBREVIATION", 0).sub("", phrase)
    phrase = pattern(lang, "LOCATIVE_TAIL", 0).sub("", phrase) or phrase
    if pattern(lang, "BOTH_SIDES").search(phrase):
        return "OTHER", "sources on both sides"
    best = None
    for rx, side, label in _grammar(lang).sides:
        for m in rx.finditer(phrase):
            # A country's name stands for its state only when nothing more specific is named
            # ("Ukrainian news outlet RBC-Ukraine" is an outlet).
            key = (label not in _COUNTRY_LABELS, m.end(), -m.start())
            if best is None or key > best[0]:
                best = (key, side, label)
    if best is not None:
        return best[1], best[2]
    if pattern(lang, "ROLE").search(phrase):
        return None, "officials"
    return None


def person(phrase: str, lang: str = "en") -> str | None:
    """A person's name standing alone as a speaker ("Roman Starovoit", "Governor Starovoit")."""
    g = _grammar(lang)
    m = g.person.fullmatch(phrase.strip(" ,;:"))
    if m is None:
        return None
    words = m.group(1).split()
    if words[0] in g.not_names or any(w.lower() == w or g.title_word.fullmatch(w) for w in words):
        return None  # not a name: "Defence Ministry", "Regional Administration"
    return m.group(1)


def annotate_speakers(doc: Doc) -> None:
    """Write the ``speakers`` layer (one speaker at most per sentence with a reporting cue)."""
    found = []
    for sent in doc.sentences:
        cues = [c.start - sent.start for c in doc.spans("cues", sent) if c.category == "speech"]
        if cues:
            sp = find_speaker(sent.text, doc.lang, cues)
            if sp is not None:
                found.append(_with_apposition(sent.text, sp, doc.lang).moved(sent.start))
    doc.set_layer("speakers", found)


def _with_apposition(sentence: str, sp: Speaker, lang: str) -> Speaker:
    """The speaker's span stretched over a role in apposition after the name; the role sides a
    name the table does not know ("Andrii Raikovych, head of the regional military
    administration")."""
    m = pattern(lang, "APPOSITION_AFTER").match(sentence, sp.end)
    if m is None or sp.pronoun:
        return sp
    if sp.side is None and (role := classify(m.group().strip(" ,"), lang)) is not None:
        return replace(sp, end=m.end(), side=role[0], label="person" if role[0] is None else role[1])
    return replace(sp, end=m.end())


def find_speaker(sentence: str, lang: str = "en", cues: list[int] | None = None) -> Speaker | None:
    """The speaker a sentence attributes its content to (offsets in the sentence), or None.
    ``cues``: where the sentence's reporting cue words start (found here when not given)."""
    if cues is None:
        cues = [c.start for c in matcher_for(lang).find(sentence) if c.category == "speech"]
    cues = cues[:MAX_CUES]
    sp = _back_pointing(sentence, lang, cues) or _speaker(sentence, lang, cues)
    if sp is None or sp.pronoun:
        return sp
    return _cited(sentence, sp, lang) or sp


def _cue_matches(rx: re.Pattern, anchored: bool, sentence: str, cues: list[int]):
    """Matches of a cue: anywhere, or (anchored) starting at a reporting cue word."""
    return anchored_matches(rx, sentence, cues) if anchored else rx.finditer(sentence)


def _speaker(sentence: str, lang: str, cues: list[int]) -> Speaker | None:
    g = _grammar(lang)
    found: list[tuple[int, Speaker]] = []
    for where, rx, anchored in g.cues:
        for m in _cue_matches(rx, anchored, sentence, cues):
            sp = _at_cue(sentence, where, m, lang)
            if sp is not None:
                found.append((m.start(), sp))
    if not found:
        return None
    # A named side before a bare role or pronoun, a known speaker before an unknown one; then the first cue.
    found.sort(key=lambda t: (t[1].side is None, t[1].pronoun, t[1].label == "unknown", t[0]))
    return found[0][1]


def _back_pointing(sentence: str, lang: str, cues: list[int]) -> Speaker | None:
    """"This was reported by X", "The information came from X", "X reported this": X speaks for
    this sentence and the ones before it."""
    for where, rx, anchored in _grammar(lang).back:
        m = next(_cue_matches(rx, anchored, sentence, cues), None)
        if m is None:
            continue
        sp = _at_cue(sentence, where, m, lang)
        if sp is not None and not sp.pronoun:
            return replace(sp, back=True)
    return None


def _cited(sentence: str, sp: Speaker, lang: str) -> Speaker | None:
    """"X reports, citing Y" / "according to X, citing Y": Y is the source."""
    for m in pattern(lang, "CITING").finditer(sentence, sp.start):
        start, phrase = _window_after(sentence, m.end(), lang)
        named = _named(sentence, start, phrase.strip(" ,;:‘’“”'\""), lang, after=True)
        if named is not None and not named.pronoun:
            # A body the citer does not name the country of is the citer's own ("RIA Novosti,
            # citing the Defence Ministry").
            side = named.side if named.side is not None or sp.side not in ("RU", "UA") else sp.side
            return replace(named, side=side, back=sp.back, inverted=sp.inverted, label=f"{named.label} (cited)")
    return None


def _at_cue(sentence: str, where: str, m: re.Match, lang: str) -> Speaker | None:
    """The speaker a cue match points to: the phrase after it or before it."""
    inverted = where == "inverted"
    if where in ("after", "inverted"):
        start, phrase = _window_after(sentence, m.end(), lang)
        if inverted:
            # "..., said Oleksandr Prokudin, head of the regional administration." runs to the
            # end of the sentence; "X, said Y shelled Z" is no inverted attribution.
            phrase = sentence[start:start + WINDOW].rstrip(" .!?’”'\"")
            if pattern(lang, "CLAUSE").search(phrase) or len(phrase.split()) > 14:
                return None
    else:
        start, phrase = _window_before(sentence, m.start(), lang)
        start, phrase = _inverted_tail(sentence, start, phrase, m.end(), lang)
        if pattern(lang, "AUXILIARY_END").search(phrase) or pattern(lang, "NOT_SPEAKING").search(phrase):
            return None  # a passive ("Heavy fighting was reported") or no statement ("declined to comment on reports")
        phrase = pattern(lang, "PERFECT_END").sub("", phrase)
    phrase_s = phrase.strip(" ,;:‘’“”'\"")
    if not phrase_s:
        return None
    offset = start + phrase.find(phrase_s)
    sp = _named(sentence, offset, phrase_s, lang, after=where != "before")
    if sp is not None and where == "before" and _ends_sentence(sentence, m.end(), lang):
        sp = replace(sp, inverted=True)  # "..., the governor said (on Telegram)." closes what it reports
    return sp


def _named(sentence: str, offset: int, phrase_s: str, lang: str, after: bool) -> Speaker | None:
    """The speaker named by ``phrase_s`` (at ``offset`` of the sentence), or None."""
    g = _grammar(lang)
    parts = phrase_s.split(",")
    if not after and len(parts) > 1 and parts[-1].strip().casefold() in g.relatives:
        # "the Defence Ministry, which said ...": the relative pronoun stands for the phrase before it
        phrase_s = ",".join(parts[:-1]).rstrip()
        parts = parts[:-1]
    seg = _trim(phrase_s if after else parts[-1].strip(), lang)
    if g.pronoun.match(seg):
        label = "role" if g.role_pronoun.match(seg) else "pronoun"
        at = offset + phrase_s.rfind(seg)
        return Speaker(seg, None, label, at, at + len(seg), pronoun=True)
    if after and pattern(lang, "CLAUSE").search(phrase_s) and not classify(phrase_s, lang):
        return None
    side_label = classify(phrase_s, lang)
    if side_label is None:
        name = person(seg, lang)
        if name is not None:
            # A person the table does not know: the article's earlier mention of them, or
            # where the strike landed, tells the side.
            at = offset + phrase_s.rfind(name)
            titled = name != seg.strip(" ,;:")  # "Governor Starovoit": an office, sided by its place
            return Speaker(name, None, "person" if titled else "name", at, at + len(name))
        return _unknown(offset, phrase_s if after else seg, phrase_s, lang)
    if not after:
        cut = _clause_start(phrase_s, lang)
        offset += cut
        phrase_s = phrase_s[cut:]
        # The side is the speaker's own, not that of a word in the clause cut away.
        side_label = classify(phrase_s, lang) or side_label
    side, label = side_label
    trimmed = _trim(phrase_s, lang)
    at = offset + max(0, phrase_s.find(trimmed))  # the span starts at the speaker, after an adverbial
    return Speaker(trimmed, side, label, at, offset + len(phrase_s))


def _unknown(offset: int, seg: str, phrase_s: str, lang: str) -> Speaker | None:
    """A short noun phrase no table knows ("the defence department", "Smith's office"): still a
    speaker (it ends the previous one's report); its side is for the claim to work out, as for
    a role."""
    words = seg.split()
    if not 1 <= len(words) <= 8 or pattern(lang, "CLAUSE").search(seg) or pattern(lang, "STRIKE_WORDS").search(seg):
        return None
    if not (words[0][:1].isupper() or words[0].lower() in for_lang(lang).UNKNOWN_OPENERS):
        return None
    at = offset + phrase_s.rfind(seg)
    return Speaker(_trim(seg, lang), None, "unknown", at, at + len(seg))


# The end of a quotation ('... hit," he said'); a quoted word inside a title ('the occupation
# "mayor" of Horlivka') is no end.
_QUOTE_END = re.compile(r"[.,!?][’”'\"]\s")
# Where a subordinate clause starts: its subject is the speaker ("came as Ukrainian officials said").


def _window_before(sentence: str, cue_start: int, lang: str) -> tuple[int, str]:
    """The subject before a speech verb: back to the start of its clause (", and" starts a new
    one), taking in one appositive ("Sergey Lebedev, the coordinator of ..., confirmed")."""
    base = max(0, cue_start - WINDOW * 2 // 3)
    left = sentence[base:cue_start]
    quotes = [m.end() - 1 for m in _QUOTE_END.finditer(left)]
    cut = max([left.rfind(b) + skip - 1 if b in left else -1 for b, skip in for_lang(lang).SUBJECT_BREAKS] + quotes)
    subordinate = [m.end() - 2 for m in pattern(lang, "SUBORDINATOR").finditer(left)]
    if subordinate:
        cut = max(cut, subordinate[-1])
    start = base + (cut + 1 if cut >= 0 else 0)
    return start, sentence[start:cue_start]


def _ends_sentence(sentence: str, pos: int, lang: str) -> bool:
    """Is what follows ``pos`` only the sentence's tail ("on Telegram.", "on Tuesday")?"""
    rest = sentence[pos:pos + WINDOW]
    return len(sentence) - pos <= WINDOW and pattern(lang, "SENTENCE_TAIL").fullmatch(rest) is not None


def _inverted_tail(sentence: str, start: int, phrase: str, cue_end: int, lang: str) -> tuple[int, str]:
    """"Russian forces shelled Nikopol, the regional head said.": a speech verb that closes the
    sentence has its speaker in the last comma-separated part before it."""
    if "," not in phrase or not _ends_sentence(sentence, cue_end, lang):
        return start, phrase
    cut = phrase.rfind(",")
    seg = phrase[cut + 1:]
    if 1 <= len(seg.split()) <= 10:
        return start + cut + 1, seg
    return start, phrase


# A sentence names a handful of sources at most: past this many reporting words the rest are not
# looked at (a run-on "sentence" of thousands would otherwise cost thousands of searches).
MAX_CUES = 32
# A speaker phrase is a few words: the windows a speaker is looked for in stop here, so that an
# endless sentence costs no more per cue than a normal one.
WINDOW = 240


def _window_after(sentence: str, cue_end: int, lang: str) -> tuple[int, str]:
    right = sentence[cue_end:cue_end + WINDOW]
    m = pattern(lang, "PHRASE_END_AFTER").search(right)
    return cue_end, right[:m.start() if m else len(right)]


def _clause_start(phrase: str, lang: str) -> int:
    """Where the speaker's noun phrase starts in a window before a speech verb. A short window is
    the subject as it stands (less a clause it trails); a long one is cut after the last clause
    break before the speaker's head word, keeping a name in apposition."""
    clause, strike, with_ = pattern(lang, "CLAUSE"), pattern(lang, "STRIKE_WORDS"), for_lang(lang).WITH
    if len(phrase.split()) <= 12:
        cut = max(phrase.rfind(with_), phrase.rfind("; "))
        if cut >= 0:
            return cut + (len(with_) if phrase[cut:cut + len(with_)] == with_ else 2)
        parts = phrase.split(", ")
        for k in range(len(parts) - 1, 0, -1):
            if clause.search(parts[k - 1]) or strike.search(parts[k - 1]):
                return len(", ".join(parts[:k])) + 2
        return 0
    head = max([m.start() for m in _grammar(lang).any_side.finditer(phrase)] +
               [m.start() for m in pattern(lang, "ROLE").finditer(phrase)] + [0])
    breaks = [phrase.rfind(", ", 0, head)]
    if with_ in phrase[:head]:
        breaks.append(phrase.rfind(with_, 0, head) + len(with_) - 2)
    cut = max(breaks)
    if cut < 0:
        return 0
    before = phrase[:cut]
    prev = before[before.rfind(",") + 1:].strip()
    words = prev.split()
    if 1 < len(words) <= 5 and words[-1][:1].isupper() and words[-2][:1].isupper():
        return before.rfind(prev)
    return cut + 2


def _trim(phrase: str, lang: str) -> str:
    phrase = pattern(lang, "ADVERBIAL_LEAD").sub("", phrase)
    phrase = pattern(lang, "LEADING_JUNK").sub("", phrase)
    phrase = pattern(lang, "TRAILING_JUNK").sub("", phrase)
    return phrase.strip(" ,")[:200]
