"""Attribution as one component: report spans over the whole article.

``annotate_reports(doc, outlet)`` writes the ``reports`` layer the way a reader follows an
article: a report opens where a source speaks and covers the sentences it speaks for; it closes
at another source, at the outlet's own voice (background, "could not be verified", history) or
at a heading. The rules, in reading order:

- a sentence that names its speaker is that speaker's; when the speaker stands after what it
  reports ("..., the governor said") or points back ("This was reported by X", "The information
  came from X", "Source: X"), the sentences just before it that no one spoke for are X's too;
- a pronoun or a role noun for the speaker ("he added", "the ministry said") carries the report
  on; so do plain sentences, up to three paragraphs past the last that names or refers to the
  speaker (a wire story retells one official's post paragraph by paragraph), and items of a list
  the speaker introduced;
- a heading line closes the report; the items under headings are a bulletin of the article's
  lead source (a governor's summary split by district);
- an unknown speaker closes the previous report too: its side comes from its own phrase
  (``speakers.classify``: the match nearest the end of the phrase), never from a nationality
  word elsewhere in the sentence;
- a plain sentence carries the report into a new paragraph only while it is about the same
  country as the report's sentences.

Claims ask ``doc.report_at(offset)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..articles.doc import Doc, Sentence
from .lang import for_lang, pattern
from .matcher import has_cue
from .speakers import Speaker, classify, person

__all__ = ["People", "Report", "annotate_reports"]

OUTLET = "outlet"
# How many paragraphs a report reaches past the last one that names or refers to its speaker.
CARRY_PARAGRAPHS = 3


@dataclass(frozen=True)
class Report:
    """Who speaks for the text at ``start:end``: a speaker, or the outlet's own voice (speaker
    None, side OTHER). ``side`` None is a role ("the regional governor") that the claim's place
    sides; ``how`` says why the text is theirs."""

    start: int
    end: int
    speaker: Speaker | None
    side: str | None
    source: str
    how: str

    @property
    def attributed(self) -> bool:
        return self.speaker is not None


class _Reader:
    """One pass over the sentences with what a reader keeps in mind: the open report, the
    sentences no one has spoken for yet, and the lead's source for a bulletin."""

    def __init__(self, doc: Doc):
        self.doc, self.lang = doc, doc.lang
        self.speakers = {doc.sentence_at(sp.start).index: sp for sp in doc.layer("speakers")}
        self.own: list[tuple[Speaker | None, str]] = [(None, OUTLET)] * len(doc.sentences)
        self.current: Speaker | None = None
        self.current_at: Sentence | None = None
        self.pending: list[Sentence] = []
        self.lead: Speaker | None = None
        self.bulletin = False
        self.list_owner: Speaker | None = None
        self.covered: dict[int, set[str]] = {}  # the countries each speaker's sentences named
        self.list_item = pattern(self.lang, "LIST_ITEM")

    def read(self) -> list[tuple[Speaker | None, str]]:
        for sent in self.doc.sentences:
            sp = self.speakers.get(sent.index)
            if is_heading(self.doc, sent):
                self.heading(sent)
            elif self.list_owner is not None and self.list_item.match(sent.text):
                # An item of a list its speaker introduced ("... struck four facilities:").
                self.assign(sent, self.list_owner, "an item of the list its speaker introduced")
                self.current, self.current_at = self.list_owner, sent
            elif sp is not None and not sp.pronoun:
                self.named(sent, sp)
            elif sp is not None:
                self.pronoun(sent, sp)
            elif self.outlet_voice(sent):
                self.close()
            else:
                self.plain(sent)
            self.list_owner = self.own[sent.index][0] if sent.text.rstrip().endswith(":") else self.list_owner
        return self.own

    def assign(self, sent: Sentence, sp: Speaker | None, how: str) -> None:
        self.own[sent.index] = (sp, how)
        if sp is not None:
            self.covered.setdefault(id(sp), set()).update(self.countries(sent))

    def countries(self, sent: Sentence) -> set[str]:
        """The countries of the places a sentence names (countries themselves left out)."""
        return {m.place.country for m in self.doc.spans("places", sent) if m.place is not None and m.place.kind != "country"}

    def open(self, sent: Sentence, sp: Speaker) -> None:
        self.current, self.current_at, self.pending = sp, sent, []
        if self.lead is None:
            self.lead = sp

    def close(self) -> None:
        self.current, self.current_at, self.pending, self.list_owner = None, None, [], None

    def heading(self, sent: Sentence) -> None:
        """A heading closes the report; under it comes the lead source's bulletin, unless it is
        the outlet's own section ("Background")."""
        self.close()
        self.bulletin = self.lead is not None and not self.outlet_voice(sent)

    def named(self, sent: Sentence, sp: Speaker) -> None:
        self.assign(sent, sp, "named in the sentence")
        reach = 2 if sp.back else 0  # paragraphs back that a back-pointing source covers
        if sp.back or sp.inverted or self.current is None:
            for prev in reversed(self.pending):
                if sent.paragraph - prev.paragraph > reach:
                    break
                self.assign(prev, sp, "named after it" + (" (pointing back)" if sp.back else ""))
        self.bulletin = False
        self.open(sent, sp)

    def pronoun(self, sent: Sentence, sp: Speaker) -> None:
        if self.current is not None:
            self.assign(sent, self.current, f"carried on: {sp.phrase}")
            self.current_at = sent
        elif sp.label == "role":
            self.assign(sent, sp, "a role standing alone")
            self.open(sent, sp)
        else:
            self.plain(sent)

    def plain(self, sent: Sentence) -> None:
        if self.current is not None and self.carries(sent):
            self.assign(sent, self.current, "carried on from the sentence before")
        elif self.bulletin and self.lead is not None:
            self.assign(sent, self.lead, "an item of the lead source's bulletin")
        else:
            self.current, self.current_at = None, None
            self.pending.append(sent)

    def carries(self, sent: Sentence) -> bool:
        """Does the open report go on into ``sent``? Yes while nothing closed it (another
        source, the outlet's voice, a heading), its speaker was named or referred to within the
        last ``CARRY_PARAGRAPHS`` paragraphs (a wire story retells one official's post paragraph
        by paragraph), and, past its paragraph, the sentence is about the same country."""
        last = self.current_at
        if last is None or sent.paragraph - last.paragraph > CARRY_PARAGRAPHS:
            return False
        if sent.paragraph == last.paragraph:
            return True
        # Into a new paragraph only on the same ground: a Russian governor's report does not go
        # on into a paragraph about strikes in Ukraine (the writer has moved on).
        here, before = self.countries(sent), self.covered.get(id(self.current), set())
        return not here or not before or bool(here & before)

    def outlet_voice(self, sent: Sentence) -> bool:
        """Does the outlet speak for itself here (background, "could not be verified")? Read in
        the main clause only: a relative clause describes something named."""
        if not has_cue(self.doc, sent, "voice"):
            return False
        main = pattern(self.lang, "RELATIVE_START").search(sent.text)
        return pattern(self.lang, "OUTLET_VOICE").search(sent.text, 0, main.start() if main else len(sent.text)) is not None


_TERMINAL = re.compile(r"[.!?:;…\"”’»)]\s*$")


def is_heading(doc: Doc, sent: Sentence) -> bool:
    """A line of its own with no closing punctuation and a few words: a section heading."""
    text = doc.text
    line_start = sent.start == 0 or text[sent.start - 1] == "\n"
    line_end = sent.end == len(text) or text[sent.end:sent.end + 1] == "\n"
    return line_start and line_end and len(sent.text.split()) <= 6 and not _TERMINAL.search(sent.text) \
        and sent.text[:1].isupper()


def annotate_reports(doc: Doc, outlet: str | None = None) -> None:
    """Write the ``reports`` layer (report spans covering the whole text, in order) and the
    ``headings`` layer (the section heading lines that close reports)."""
    people = People.of(doc)
    own = _Reader(doc).read()
    sides = _Sides(people, doc.lang)
    spans: list[Report] = []
    sentences = doc.sentences
    for k, sent in enumerate(sentences):
        sp, how = own[k]
        start = spans[-1].end if spans else 0
        end = sentences[k + 1].start if k + 1 < len(sentences) else len(doc.text)
        if spans and spans[-1].speaker is sp and spans[-1].how == how:
            last = spans.pop()
            spans.append(Report(last.start, end, last.speaker, last.side, last.source, last.how))
            continue
        if sp is None:
            spans.append(Report(start, end, None, "OTHER", outlet or "unattributed", how))
        else:
            spans.append(Report(start, end, sp, sides.of(sp), sp.phrase, how))
    doc.set_layer("reports", spans)
    doc.set_layer("headings", [sent for sent in sentences if is_heading(doc, sent)])


class _Sides:
    """Sides of the speakers in reading order: a speaker's own, else that of a person the
    article placed, else that of the last speaker with the same head noun ("the Defence
    Ministry" after "Russia's Defence Ministry")."""

    def __init__(self, people: "People", lang: str):
        self.people, self.heads = people, {}

    def of(self, sp: Speaker) -> str | None:
        head = sp.phrase.split()[-1].casefold() if sp.phrase.split() else ""
        side = sp.side if sp.side is not None else self.people.side_of(sp.phrase)
        if side is None and sp.label in ("unknown", "officials", "role"):
            side = self.heads.get(head)
        if side is None and sp.label == "name" and not self.people.knows(sp.phrase):
            side = "OTHER"  # a bare name the article gave no office ("Ostorozhno Novosti reported")
        if sp.label in ("person", "officials", "role", "unknown"):
            self.people.meet(sp.phrase)
        if side in ("RU", "UA") and sp.label not in ("Russia", "Ukraine"):
            self.heads[head] = side
        return side


_NAME = re.compile(r"\b[A-Z][a-z’'-]{2,}\b")


class People:
    """The people an article names and the side each speaks for, learned as a reader learns
    them: from an apposition ("Robert Brovdi, Commander of Ukraine's Unmanned Systems Forces,")
    or from a claim whose side was settled, so that "Brovdi said" later keeps that side."""

    def __init__(self, lang: str = "en"):
        self._sides: dict[str, str] = {}
        self._officials: set[str] = set()
        self.lang = lang
        data = for_lang(lang)
        self._title = re.compile(data.TITLE_WORD, re.I)
        self._not_names = data.NOT_NAMES

    @classmethod
    def of(cls, doc: Doc) -> "People":
        """The article's people, read from its appositions once and shared by the annotators
        and the claim assembly that ask of it."""
        memo = doc.__dict__.get("_people")
        if memo is None:
            memo = doc.__dict__["_people"] = cls._read(doc)
        return memo

    @classmethod
    def _read(cls, doc: Doc) -> "People":
        people = cls(doc.lang)
        role_words = pattern(doc.lang, "ROLE_WORDS")
        for m in pattern(doc.lang, "APPOSITION", 0).finditer(doc.text):
            name, role = m.group(1), m.group(2)
            if not role_words.search(role) or person(name.strip('"“” '), doc.lang) is None and len(name.split()) < 2:
                continue
            found = classify(role, doc.lang)
            if found is not None and found[0] in ("RU", "UA"):
                people.learn(name, found[0])
        return people

    def _names(self, phrase: str) -> list[str]:
        return [w for w in _NAME.findall(phrase) if w not in self._not_names and not self._title.fullmatch(w)
                and classify(w, self.lang) is None]

    def learn(self, phrase: str, side: str) -> None:
        for name in self._names(phrase):
            self._sides.setdefault(name, side)

    def meet(self, phrase: str) -> None:
        """Note the names of a speaker the article gave an office ("Governor Roman Starovoit"),
        side or not: "Starovoit said" later is that official, not an unknown name."""
        self._officials.update(self._names(phrase))

    def knows(self, phrase: str) -> bool:
        return any(n in self._sides or n in self._officials for n in self._names(phrase))

    def side_of(self, phrase: str) -> str | None:
        sides = {self._sides[n] for n in self._names(phrase) if n in self._sides}
        return sides.pop() if len(sides) == 1 else None
