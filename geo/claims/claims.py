"""Sentences -> strike claims: who reports that a strike hit where, when, with what.

A claim is one reporting source asserting that a strike or attack happened. Extraction is rules
a reader would apply, sentence by sentence, in reading order:

- a **trigger** says a strike is being reported (geo.claims.triggers).
- the **speaker** comes from attribution cues (geo.claims.attribution); a pronoun or a sentence in the same
  paragraph carries the last speaker on; without one the claim is the outlet's own (OTHER).
- **places** are the sentence's place mentions where the strike landed: not launch sites ("fired
  from Belarus"), not where the speaker sits ("the Defense Ministry in Moscow"), not reference
  points ("west of Kyiv"), not countries. "The attack", "these facilities" or a following
  "the targeted object is located in X" carry places between sentences.
- **date** from the sentence (geo.claims.dates), else from the event referred back to, else from a date
  in the sentence before; **attacker** from explicit cues ("Russian missiles", "a Ukrainian
  attack"), else from the side and territory; targets and weapons from geo.claims.vocab.

Claims by one source about the same places within a few sentences are merged; the outlet's own
narration of an event that an official source claims is folded into that claim.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date

from ..articles.doc import Doc, Sentence
from ..places.geoparse import PlaceMention
from .attribution import OTHER, RU, UA, People, Speaker, find_speaker
from .dates import DateMention, find_dates, shift
from .details import attacker as find_attacker
from .details import casualties, own_forces
from .triggers import ANAPHORA, DENIAL, HIT, INTERCEPTION, OUTLET_VOICE, is_claim_sentence, is_location_sentence
from .vocab import find_terms

__all__ = ["Claim", "extract_claims"]


# A launch site: "fired ... from Belarus", "launched by bombers from Minsk airspace".
_LAUNCH = re.compile(r"\b(?:fired|launched|flew|took off|carried out|sent)\b(?:\s+[\w’'-]+){0,8}?\s+(?:from|out of|via)\s+"
                     r"(?:the\s+)?(?:(?:territory|airspace|direction|city|region|area)\s+of\s+)?$", re.I)
_RELATIVE_PLACE = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+$", re.I)
_POSSESSIVE_ACTOR = re.compile(r"^['’]s\s+(?:[\w-]+\s+)?(?:supporters|allies|partners|government|regime|leadership|forces|army|"
                               r"troops|military|officials|claims?|strikes?|attacks?|drones?|missiles?|defen[cs]es?|"
                               r"counteroffensive|incursion|sabotage|position|narrative|president|envoy)\b", re.I)
# A place used as an actor: "which Moscow blamed on", "Kyiv said".
_PLACE_AS_ACTOR = re.compile(r"^\s+(?:said|says|blamed|accused|claimed|denied|announced|warned|insisted|responded|vowed|threatened|"
                             r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:launched|fired|targeted|struck|attacked|unleashed))\b", re.I)
# How far a reporting frame reaches back: sentences, and paragraphs since the speaker (or a
# pronoun standing for them) was last named.
FRAME_SENTENCES, FRAME_PARAGRAPHS = 12, 3
# A sentence without a date of its own takes the latest date of the few sentences before it
# (a report's lead dates the strikes it goes on to list).
DATE_SENTENCES = 8
_COUNTRY_TARGET = re.compile(r"\b(?:at|on|against|across|over|into|struck|hit|attacked|targeted)\s+(?:the\s+)?"
                             r"(?:Ukraine|Russia|Belarus)\b")
_CALENDAR = ("iso", "dmy", "mdy")
_SOURCE_LINE = re.compile(r"^\s*sources?\s*:", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*]|\d{1,2}[.)])\s+")
_LOCAL_ROLE = re.compile(r"\b(?:governor|mayor|administration|head of the|council|authorities)\b", re.I)


@dataclass
class Claim:
    side: str
    source: str
    attacker: str | None
    date: date | None
    date_precision: str
    places: list[PlaceMention]
    sentence: str
    start: int
    end: int
    targets: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    casualties: dict = field(default_factory=dict)
    date_text: str | None = None
    outcome: str = "hit"  # hit / intercepted (a denial of damage)
    confidence: float = 0.5
    status: str = "claimed"
    evidence: list[str] = field(default_factory=list)
    sentence_index: int = 0
    attributed: bool = True

    def to_dict(self) -> dict:
        return {
            "side": self.side, "source": self.source, "attacker": self.attacker,
            "date": self.date.isoformat() if self.date and self.date_precision == "day" else None,
            "date_precision": self.date_precision, "date_text": self.date_text,
            "places": [p.mention for p in self.places],
            "place_ids": [p.place.id for p in self.places if p.place],
            "targets": self.targets, "weapons": self.weapons, "casualties": self.casualties,
            "outcome": self.outcome, "sentence": self.sentence, "start": self.start, "end": self.end,
            "confidence": round(self.confidence, 2), "status": self.status, "evidence": self.evidence,
        }


def _in_sentence(sent: Sentence, mentions: list[PlaceMention], starts: list[int]) -> list[PlaceMention]:
    lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
    return mentions[lo:hi]


def _claim_places(sent: Sentence, mentions: list[PlaceMention], body: str, speaker: Speaker | None) -> list[PlaceMention]:
    """Where the strike of a sentence landed, among ``mentions`` (those of the sentence)."""
    out = []
    for m in mentions:
        if m.place is None:
            continue
        if m.place.kind == "country":
            continue
        before = body[max(sent.start, m.start - 90):m.start]
        if _LAUNCH.search(before) or _RELATIVE_PLACE.search(before):
            continue
        if speaker is not None and sent.start + speaker.start <= m.start < sent.start + speaker.end:
            continue  # where the speaker is, not where the strike was
        after = body[m.end:m.end + 40]
        if _POSSESSIVE_ACTOR.match(after) or _PLACE_AS_ACTOR.match(after):
            continue
        if m.place.kind == "region" and re.match(r" [A-Z]", after):
            continue  # part of a name: "the Black Sea Fleet"
        out.append(m)
    return out


def _outside_scope(text: str, speaker: Speaker, trigger_pos: int) -> bool:
    """'Officials said troops withdrew from X, which was destroyed by shelling': the relative
    clause after the reported speech is the writer's description, not the officials' claim."""
    if trigger_pos < speaker.end:
        return False
    m = re.search(r",\s+(?:which|where|whose)\b", text[speaker.end:trigger_pos])
    return m is not None


def _borrowed(speaker: Speaker) -> Speaker:
    """A speaker carried over from another sentence: its offsets do not apply to this one."""
    return replace(speaker, start=-1, end=-1)


def _countries(places: list[PlaceMention]) -> set[str]:
    return {p.place.country for p in places if p.place is not None}


def _place_ids(c: Claim) -> set[str]:
    return _place_ids_of(c.places)


def _place_ids_of(places: list[PlaceMention]) -> set[str]:
    return {p.place.id for p in places if p.place}


@dataclass
class _Dated:
    value: date | None = None
    precision: str = "unknown"
    text: str | None = None


def extract_claims(doc: Doc | str, mentions: list[PlaceMention], published: date | None = None,
                   outlet: str | None = None) -> list[Claim]:
    """Strike claims of an article body (a ``Doc`` or its text), given its resolved place mentions."""
    reading = _Reading(Doc.of(doc), mentions, published, outlet)
    for sent in reading.doc.sentences:
        reading.read(sent)
    claims = reading.claims
    for c in claims:
        if c.attacker is None:
            # Strikes on Ukraine are Russia's and strikes on Russia Ukraine's, unless the text says otherwise.
            countries = _countries(c.places) & {UA, RU}
            if len(countries) == 1:
                c.attacker = RU if countries == {UA} else UA
    return _fold_narration(_merge(claims))


class _Reading:
    """One pass over an article's sentences, in reading order, with what a reader remembers:
    the claims so far, the last event that had places, and each sentence's speaker and dates
    (worked out on demand: attribution is the costliest step, and sentences without a strike
    need it only when a later sentence refers back to their speaker)."""

    def __init__(self, doc: Doc, mentions: list[PlaceMention], published: date | None, outlet: str | None):
        self.doc, self.body, self.published, self.outlet = doc, doc.text, published, outlet
        self.sentences = doc.sentences
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.claims: list[Claim] = []
        self.last_event: Claim | None = None
        self._speakers: dict[int, Speaker | None] = {}
        self._dates: dict[int, list[DateMention]] = {}
        self._outlet: dict[int, bool] = {}
        self.people = People.of(doc)
        self.list_intro: tuple[Sentence, Speaker | None, str] | None = None

    # -- memory ---------------------------------------------------------------------------------
    def dates_of(self, s: Sentence) -> list[DateMention]:
        if s.index not in self._dates:
            self._dates[s.index] = find_dates(s.text, self.published)
        return self._dates[s.index]

    def date_before(self, sent: Sentence, back: int | None = None) -> DateMention | None:
        """The latest dated expression in the sentences before (within ``back`` of them)."""
        stop = -1 if back is None else max(-1, sent.index - back - 1)
        for k in range(sent.index - 1, stop, -1):
            d = next((d for d in self.dates_of(self.sentences[k]) if d.value), None)
            if d is not None:
                return d
        return None

    def speaker_of(self, s: Sentence) -> Speaker | None:
        if s.index not in self._speakers:
            self._speakers[s.index] = find_speaker(s.text)
        return self._speakers[s.index]

    def speaker_before(self, sent: Sentence, back: int) -> Speaker | None:
        """The last named speaker of the ``back`` sentences before (a pronoun's antecedent)."""
        for k in range(sent.index - 1, max(-1, sent.index - back - 1), -1):
            sp = self.speaker_of(self.sentences[k])
            if sp is not None and not sp.pronoun:
                return sp
        return None

    def outlet_voice(self, s: Sentence) -> bool:
        if s.index not in self._outlet:
            self._outlet[s.index] = OUTLET_VOICE.search(s.text) is not None
        return self._outlet[s.index]

    def recent_event(self, sent: Sentence, within: int) -> Claim | None:
        e = self.last_event
        return e if e is not None and sent.index - e.sentence_index <= within else None

    # -- one sentence ---------------------------------------------------------------------------
    def read(self, sent: Sentence) -> None:
        trig = is_claim_sentence(sent.text)
        located = is_location_sentence(sent.text)
        item = self.list_item(sent)
        if trig is None and item is not None:
            trig = (0, item[1])
        if trig is None or located:
            self.follow_up(sent, located)
            return
        evidence = [f"trigger: {trig[1]}"]
        if item is not None and item[0] is not None:
            speaker, attributed = _borrowed(item[0]), True
            evidence.append("an item of the list its speaker introduced")
        else:
            speaker, attributed = self.speaker(sent, trig[0], evidence)
        if sent.text.rstrip().endswith(":"):
            # "Brovdi reported that drones have struck four facilities:" opens a list of strikes.
            self.list_intro = (sent, speaker, trig[1])
        places, inherited = self.places(sent, speaker, evidence)
        dated = self.date(sent, places, inherited, evidence)
        claim = self.assemble(sent, trig[0], speaker, attributed, places, inherited, dated, evidence)
        if speaker is not None and claim.side in (RU, UA):
            self.people.learn(speaker.phrase, claim.side)
        self.claims.append(claim)
        if places:
            self.last_event = claim

    def list_item(self, sent: Sentence) -> tuple[Speaker | None, str] | None:
        """(speaker, trigger) for an item of a list of strikes ("- 14 August - the refinery in
        Volgograd;") under a claim that ends with a colon, at most one paragraph before."""
        intro = self.list_intro
        if intro is None or not _LIST_ITEM.match(sent.text) or sent.paragraph - intro[0].paragraph > 1:
            return None
        return intro[1], f"{intro[2]} (list)"

    def follow_up(self, sent: Sentence, located: bool) -> None:
        """A sentence that is no claim of its own may complete the claims just before it."""
        if located:
            # "The targeted object is located in Shostka": places for the claims just before.
            places = _claim_places(sent, _in_sentence(sent, self.mentions, self.starts), self.body, None)
            for c in reversed(self.claims):
                if sent.index - c.sentence_index > 3:
                    break
                if not c.places:
                    c.places = list(places)
                    c.evidence.append("places from a following sentence")
        # "Two people were wounded." right after a claim adds to that claim.
        last = self.claims[-1] if self.claims else None
        if last is None or last.sentence_index < sent.index - 2 or \
                self.sentences[last.sentence_index].paragraph != sent.paragraph:
            return
        hurt = casualties(sent.text)
        if hurt:
            for k, v in hurt.items():
                last.casualties[k] = max(v, last.casualties.get(k, 0))

    def speaker(self, sent: Sentence, trigger_pos: int, evidence: list[str]) -> tuple[Speaker | None, bool]:
        """Who reports the strike of ``sent``, and whether the sentence itself (or a pronoun's
        antecedent, or the paragraph's last speaker) says so."""
        speaker = self.speaker_of(sent)
        if speaker is not None and speaker.pronoun:
            antecedent = self.speaker_before(sent, 2)
            if antecedent is not None:
                speaker = _borrowed(antecedent)
            elif speaker.label != "role":
                speaker = None
        if speaker is not None and _outside_scope(sent.text, speaker, trigger_pos):
            speaker = None
            evidence.append("trigger outside the speaker's clause")
        if speaker is None and not self.outlet_voice(sent):
            speaker = self.frame(sent, evidence)
        return speaker, speaker is not None

    def frame(self, sent: Sentence, evidence: list[str]) -> Speaker | None:
        """The report's current speaker for a sentence that names none: the last one cited
        within the two paragraphs before, unless the outlet's own voice ("could not be
        verified", "did not comment", "Background") came in between; else one cited later in
        the same paragraph ("X was hit. Two were hurt, the governor said.")."""
        anchor = sent.paragraph  # a pronoun ("the official noted") keeps the frame alive
        for k in range(sent.index - 1, max(-1, sent.index - FRAME_SENTENCES - 1), -1):
            prev = self.sentences[k]
            if anchor - prev.paragraph > FRAME_PARAGRAPHS or self.outlet_voice(prev):
                break
            sp = self.speaker_of(prev)
            if sp is not None and sp.pronoun:
                anchor = prev.paragraph
            elif sp is not None:
                evidence.append(f"speaker of the report (sentence {k + 1})")
                return _borrowed(sp)
        for k in range(sent.index + 1, len(self.sentences)):
            nxt = self.sentences[k]
            if nxt.paragraph != sent.paragraph:
                break
            sp = self.speaker_of(nxt)
            if sp is not None and not sp.pronoun:
                evidence.append(f"speaker of a sentence after (sentence {k + 1})")
                return _borrowed(sp)
        for k in range(sent.index + 1, min(len(self.sentences), sent.index + 4)):
            nxt = self.sentences[k]
            if nxt.paragraph - sent.paragraph > 2:
                break
            if _SOURCE_LINE.match(nxt.text) and (sp := self.speaker_of(nxt)) is not None:
                # "Source: Oleh Syniehubov, ... on Telegram" under a lead names the lead's source.
                evidence.append(f"the source line after the lead (sentence {k + 1})")
                return _borrowed(sp)
        return None

    def places(self, sent: Sentence, speaker: Speaker | None, evidence: list[str]) -> tuple[list[PlaceMention], bool]:
        """Where the strike landed, and whether the places were inherited from an earlier event."""
        here = _in_sentence(sent, self.mentions, self.starts)
        places = _claim_places(sent, here, self.body, speaker)
        if not places and speaker is not None and _LOCAL_ROLE.search(speaker.phrase):
            # "Kharkiv governor Oleh Syniehubov said the city was hit": a local official speaks
            # of the place in their title when the sentence names no other.
            places = [m for m in here if m.place is not None and m.place.kind != "country"
                      and sent.start + speaker.start <= m.start < sent.start + speaker.end]
            if places:
                evidence.append("place of the reporting local official")
        event = self.recent_event(sent, 4)
        if not places and event is not None and event.places and ANAPHORA.search(sent.text):
            evidence.append("places of the event referred back to")
            return list(event.places), True
        return places, False

    def date(self, sent: Sentence, places: list[PlaceMention], inherited: bool, evidence: list[str]) -> _Dated:
        """Explicit in the sentence, else the event referred back to, else a date just before."""
        dates = self.dates_of(sent)
        # A calendar date outranks a relative one in the same sentence ("yesterday, August 26").
        explicit = sorted((d for d in dates if d.kind != "relative"), key=lambda d: d.kind not in _CALENDAR)
        relative = [d for d in dates if d.kind == "relative"]
        event = self.recent_event(sent, 4)
        if explicit:
            d = explicit[0]
            return _Dated(d.value, d.precision, d.text)
        if relative and any(p.start - sent.start > relative[0].end for p in places) and \
                (ref := self.date_before(sent)) is not None:
            # "X came two days after an attack on Y": the shift dates the event named after it.
            evidence.append(f"date {relative[0].text} {ref.text}")
            return _Dated(shift(ref.value, relative[0].offset_days), "day", relative[0].text)
        if event is not None and event.date and ANAPHORA.search(sent.text) \
                and (inherited or _place_ids_of(places) & _place_ids(event)):
            evidence.append("date of the event referred back to")
            return _Dated(event.date, event.date_precision, event.date_text)
        if (near := self.date_before(sent, DATE_SENTENCES)) is not None:
            evidence.append("date from a sentence before")
            return _Dated(near.value, near.precision, near.text)
        if any(d.precision == "unknown" for d in dates):
            return _Dated(text=next(d.text for d in dates if d.precision == "unknown"))
        return _Dated()

    def side(self, sent: Sentence, speaker: Speaker | None, attacker: str | None, outcome: str,
             places: list[PlaceMention]) -> str:
        side = speaker.side if speaker else None
        if side is None and speaker is not None:
            side = self.people.side_of(speaker.phrase)
        if side is None and speaker is not None and attacker is not None and outcome == "hit" \
                and re.search(r"\b(?:ministry|general staff|command|armed forces)\b", speaker.phrase, re.I) \
                and not _LOCAL_ROLE.search(speaker.phrase):
            side = attacker  # a bare "the ministry" reporting its forces' strike speaks for them
        if side is None:
            # A role without a nationality ("regional governors", "officials") speaks for the
            # country where the strike landed, or where the event just reported did.
            event = self.recent_event(sent, 2)
            countries = _countries(places or (event.places if event else [])) & {UA, RU}
            side = countries.pop() if len(countries) == 1 and speaker is not None else OTHER
        return side

    def attacker(self, sent: Sentence, named: str | None, speaker: Speaker | None, side: str, outcome: str,
                 places: list[PlaceMention], inherited: bool) -> str | None:
        """The side the sentence names as striking, else what its speaker and places imply."""
        attacker = named
        if attacker is None and speaker is not None and speaker.side in (RU, UA) and own_forces(sent.text):
            attacker = speaker.side
        if attacker is None and outcome == "intercepted" and side in (RU, UA):
            attacker = UA if side == RU else RU  # a side reporting interceptions was the one attacked
        if attacker is None:
            countries = _countries(places) & {UA, RU}
            if len(countries) == 1:
                attacker = RU if countries == {UA} else UA
            elif inherited and self.last_event is not None:
                attacker = self.last_event.attacker
        return attacker

    def assemble(self, sent: Sentence, trigger_pos: int, speaker: Speaker | None, attributed: bool,
                 places: list[PlaceMention], inherited: bool, dated: _Dated, evidence: list[str]) -> Claim:
        text = sent.text
        intercepted = INTERCEPTION.search(text) or (DENIAL.search(text) and not HIT.search(text))
        outcome = "intercepted" if intercepted else "hit"
        named = find_attacker(text, trigger_pos, speaker)
        side = self.side(sent, speaker, named, outcome, places)
        attacker = self.attacker(sent, named, speaker, side, outcome, places, inherited)
        conf = 0.35 + 0.25 * attributed + 0.2 * bool(places) + 0.1 * (dated.precision == "day") + 0.1 * (attacker is not None)
        return Claim(side=side, source=speaker.phrase if speaker else (self.outlet or "unattributed"), attacker=attacker,
                     date=dated.value, date_precision=dated.precision if dated.value else "unknown", places=places,
                     sentence=text, start=sent.start, end=sent.end, targets=find_terms(text, "targets"),
                     weapons=find_terms(text, "weapons"), casualties=casualties(text), date_text=dated.text,
                     outcome=outcome, confidence=min(conf, 0.95), evidence=evidence, sentence_index=sent.index,
                     attributed=attributed)


def _merge(claims: list[Claim]) -> list[Claim]:
    """One source, the same places, a few sentences apart: one claim."""
    out: list[Claim] = []
    for c in claims:
        target = None
        for o in reversed(out):
            if c.sentence_index - o.sentence_index > 3:
                break
            if o.side == c.side and o.attributed == c.attributed and _place_ids(o) == _place_ids(c) \
                    and (o.date is None or c.date is None or o.date == c.date):
                target = o
                break
        if target is None:
            out.append(c)
            continue
        target.date = target.date or c.date
        if target.date_precision == "unknown":
            target.date_precision, target.date_text = c.date_precision, c.date_text
        target.attacker = target.attacker or c.attacker
        target.targets += [t for t in c.targets if t not in target.targets]
        target.weapons += [w for w in c.weapons if w not in target.weapons]
        for k, v in c.casualties.items():
            target.casualties[k] = max(v, target.casualties.get(k, 0))
        target.confidence = max(target.confidence, c.confidence)
        target.evidence.append(f"merged with sentence {c.sentence_index + 1}")
    return out


def _fold_narration(claims: list[Claim]) -> list[Claim]:
    """Unattributed narration of an event that an official source claims adds nothing: drop it.
    A claim that names no place below the country ("throughout the war, Russia struck daily")
    is background, not an event a map can show: drop it too."""
    kept = []
    official = [c for c in claims if c.attributed and c.side in (RU, UA)]
    index = [c.sentence_index for c in official]
    for c in claims:
        if not c.attributed:
            near = official[bisect_left(index, c.sentence_index - 4):bisect_left(index, c.sentence_index + 5)]
            if any(_place_ids(o) & _place_ids(c) for o in near):
                continue
        if not c.places and (c.date is None or not c.attributed or not _COUNTRY_TARGET.search(c.sentence)):
            # Nowhere to put it: a claim that names no place below the country stays only when
            # it is a dated, attributed strike on a country ("missiles at Ukraine on Tuesday,
            # the Air Force said"); "Russia also fired three Kinzhal missiles" is context.
            continue
        kept.append(c)
    return kept
