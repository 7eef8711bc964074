"""``Doc``: an article body split once into paragraphs and sentences, read by every later stage.

Places, dates, attribution and claims all ask the same questions of a text ("which sentence is
this offset in?", "does a sentence start here?", "what came in the sentence before?"); they
answer them from one ``Doc`` so that they never disagree about where a sentence ends.

Paragraphs are separated by blank lines. A sentence ends at ``.``, ``!`` or ``?`` (with any
closing quotes or brackets) before a capital, a digit or an opening quote, except after a known
abbreviation ("Gen.", "U.S.", "Dec."), and at every line break: a line of its own is a heading,
a dateline or a list item, never half of a sentence.

Later stages add **span layers** to a Doc, the way spaCy's components do: ``places``, ``cues``,
``dates``, ``speakers``, ``triggers``, ``reports``. Each layer is a list of spans (any object
with ``start`` and ``end`` document offsets), written once by one annotator and read by every
later one: ``doc.spans("dates", sentence)`` gives the layer's spans inside a sentence, and
``doc.report_at(offset)`` the report that covers an offset.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

__all__ = ["Doc", "Paragraph", "Sentence", "Token", "detect_lang"]

_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Maj|Capt|St|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
                     r"Oct|Nov|Dec|No|vs|etc|approx|U\.S|U\.K|a\.m|p\.m)\.)$")
_SENT_END = re.compile(r"[.!?]+['’”\"»)]*(?=\s+['‘“\"«(]?[A-ZА-ЯЄІЇҐ0-9])|\n")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_CYRILLIC, _LATIN = re.compile("[\u0400-\u04ff]"), re.compile("[A-Za-z]")
_UK_LETTERS, _RU_LETTERS = re.compile("[іїєґІЇЄҐ]"), re.compile("[ыэъёЫЭЪЁ]")


def detect_lang(text: str) -> str:
    """``uk``, ``ru`` or ``en`` from the script: letters only Ukrainian or only Russian writes
    decide between the two Cyrillic languages; mostly Latin text is English."""
    sample = text[:20_000]
    if _CYRILLIC.search(sample) is None:  # the common case, at C speed
        return "en"
    if len(_CYRILLIC.findall(sample)) <= len(_LATIN.findall(sample)):
        return "en"
    uk, ru = len(_UK_LETTERS.findall(sample)), len(_RU_LETTERS.findall(sample))
    return "uk" if uk > ru else "ru"


# What a fork of a Doc shares with it (``tokens`` once computed).
_STRUCTURE = frozenset({"text", "lang", "paragraphs", "sentences", "_starts", "tokens"})


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark: ``doc.text[start:end] == text``; ``lower`` is casefolded."""

    start: int
    end: int
    text: str
    lower: str


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``doc.text[start:end] == text`` (stripped of surrounding white space)."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


class Doc:
    """A text with its paragraphs and sentences, computed once.

    >>> doc = Doc("Drones hit Sumy. Two were hurt.\\n\\nThe governor said so.")
    >>> [s.text for s in doc.sentences]
    ['Drones hit Sumy.', 'Two were hurt.', 'The governor said so.']
    >>> doc.sentence_at(20).index, doc.starts_sentence(17)
    (1, True)
    """

    def __init__(self, text: str, lang: str | None = None):
        if not isinstance(text, str):
            raise TypeError(f"Doc expects text (str), got {type(text).__name__}")
        self.text = text
        self.lang = lang or detect_lang(text)
        self.paragraphs: list[Paragraph] = []
        self.sentences: list[Sentence] = []
        for pm in _PARAGRAPH.finditer(text):
            self._add_paragraph(pm.start(), pm.group())
        self._starts = [s.start for s in self.sentences]
        self._layers: dict[str, list] = {}
        self._layer_starts: dict[str, list[int]] = {}

    def fork(self) -> "Doc":
        """The same text, paragraphs, sentences and tokens with no span layers yet: a fresh
        document for one annotation run (an article's Doc may be extracted more than once)."""
        other = object.__new__(Doc)
        # Only the text's own structure: layers and what annotators remember of them stay behind.
        other.__dict__.update({k: v for k, v in self.__dict__.items() if k in _STRUCTURE})
        other._layers, other._layer_starts = {}, {}
        return other

    @cached_property
    def tokens(self) -> list[Token]:
        return [Token(m.start(), m.end(), m.group(), m.group().casefold()) for m in _TOKEN.finditer(self.text)]

    # -- span layers ----------------------------------------------------------------------------
    def set_layer(self, name: str, spans) -> None:
        """Write layer ``name`` (spans with ``start``/``end``), sorted by start; once only."""
        if name in self._layers:
            raise ValueError(f"the {name!r} layer of this Doc is written already")
        ordered = sorted(spans, key=lambda sp: (sp.start, sp.end))
        self._layers[name] = ordered
        self._layer_starts[name] = [sp.start for sp in ordered]

    def has_layer(self, name: str) -> bool:
        return name in self._layers

    def layer(self, name: str) -> list:
        """Every span of layer ``name``, in document order (KeyError before it is written)."""
        return self._layers[name]

    def spans(self, name: str, within: "Sentence | Paragraph | tuple[int, int]") -> list:
        """The spans of layer ``name`` that start inside ``within`` (a sentence, a paragraph or
        a (start, end) pair of offsets)."""
        start, end = within if isinstance(within, tuple) else (within.start, within.end)
        starts = self._layer_starts[name]
        return self._layers[name][bisect_left(starts, start):bisect_left(starts, end)]

    def report_at(self, offset: int):
        """The report span (``reports`` layer) that covers ``offset``, or None."""
        starts = self._layer_starts["reports"]
        k = bisect_right(starts, offset) - 1
        if k >= 0 and offset < self._layers["reports"][k].end:
            return self._layers["reports"][k]
        return None

    @classmethod
    def of(cls, text_or_doc: "str | Doc") -> "Doc":
        """``text_or_doc`` itself when it is a Doc already, else a new Doc of the text."""
        return text_or_doc if isinstance(text_or_doc, Doc) else cls(text_or_doc)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"<Doc {len(self.text)} chars, {len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences>"

    def _add_paragraph(self, pstart: int, ptext: str) -> None:
        para = len(self.paragraphs)
        self.paragraphs.append(Paragraph(para, pstart, pstart + len(ptext), ptext))
        pos = 0
        for m in _SENT_END.finditer(ptext):
            end = m.end()
            if m.group() != "\n" and _ABBREV.search(ptext[max(0, end - 6):end].rstrip("’”\"')")):
                continue
            self._add_sentence(ptext, pstart, pos, end, para)
            pos = end
        self._add_sentence(ptext, pstart, pos, len(ptext), para)

    def _add_sentence(self, ptext: str, pstart: int, a: int, b: int, para: int) -> None:
        seg = ptext[a:b]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if seg:
            start = pstart + a + lead
            self.sentences.append(Sentence(len(self.sentences), start, start + len(seg), seg, para))

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds ``offset`` (None between sentences)."""
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and offset < self.sentences[k].end:
            return self.sentences[k]
        return None

    def starts_sentence(self, offset: int) -> bool:
        """Does a sentence begin exactly at ``offset``?"""
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and self._starts[k] == offset
