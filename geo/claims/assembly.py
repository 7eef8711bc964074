"""Claims from a Doc's layers: one per trigger, built once with everything it needs.

- **who**: the report that covers the trigger (``doc.report_at``); a role without a nationality
  ("the regional governor") is sided by where the strike landed, a person by what the article
  said of them.
- **where**: the sentence's place mentions where the strike landed (``geo.claims.impact``): not
  launch sites ("fired from Belarus"), not the speaker's own ("the Defense Ministry in Moscow"),
  not reference points ("west of Kyiv"), not a capital speaking ("Moscow insists"), not a sea
  beside a place on land, not countries. "The attack" or "these facilities" take the places of the event
  just reported by the same source; "all missiles were shot down" takes none. "The targeted
  object is located in X" gives places to the claims just before it.
- **when**: a date in the sentence, else the event referred back to, else the latest date earlier
  in the same report, else a date in the few sentences before.
- a casualty or damage sentence is a claim when, inside a strike report, it names a new place;
  otherwise its counts go to the claim just before it.
"""
from __future__ import annotations

import re
from datetime import date

from ..articles.doc import Doc, Sentence
from ..places.mentions import PlaceMention
from .claims import Claim
from .dates import DateMention, shift
from .details import attacker as find_attacker
from .details import casualties, own_forces
from .flags import is_overnight, is_verified
from .impact import places_of_impact
from .lang import for_lang, pattern
from .matcher import has_cue
from .merging import REFERRED_BACK
from .reports import People, Report
from .triggers import Trigger
from .vocab import find_terms

__all__ = ["assemble"]

RU, UA, OTHER = "RU", "UA", "OTHER"
# A sentence without a date of its own takes the latest date of the few sentences before it.
DATE_SENTENCES = 8
_CALENDAR = ("iso", "dmy", "mdy")


def assemble(doc: Doc, published: date | None, outlet: str | None) -> list[Claim]:
    return _Assembly(doc, published, outlet).run()


class _Assembly:
    def __init__(self, doc: Doc, published: date | None, outlet: str | None):
        self.doc, self.lang, self.published, self.outlet = doc, doc.lang, published, outlet
        self.sentences = doc.sentences
        self.people = People.of(doc)
        self.claims: list[Claim] = []
        self.last_event: Claim | None = None
        self.lead_event: Claim | None = None  # the article's first strike with a place: its news
        self.last_report: Report | None = None
        self.triggers = {t.sentence: t for t in doc.layer("triggers")}
        # The places of each report's strike claims so far (by speaker), and for each sentence
        # the latest dated one up to it: read for every claim, so kept, not searched again.
        self.report_places: dict[int, set[str]] = {}
        self.dated_up_to = _latest_dated(doc)

    def rx(self, name: str) -> re.Pattern:
        return pattern(self.lang, name)

    def run(self) -> list[Claim]:
        for trig in self.doc.layer("triggers"):
            claim = self.claim(trig)
            if claim is None:
                continue
            self.claims.append(claim)
            report = self.doc.report_at(trig.start)
            if report.speaker is not None and (trig.kind != "damage" or id(report.speaker) in self.report_places):
                self.report_places.setdefault(id(report.speaker), set()).update(claim.place_ids())
            if claim.places:
                self.last_event, self.last_report = claim, self.doc.report_at(trig.start)
                self.lead_event = self.lead_event or claim
        return self.claims

    # -- one trigger ----------------------------------------------------------------------------
    def claim(self, trig: Trigger) -> Claim | None:
        sent = self.sentences[trig.sentence]
        report = self.doc.report_at(trig.start)
        evidence = [f"trigger: {trig.text}", f"source: {report.how}"]
        speaker_span = self.speaker_span(sent, report)
        places, inherited = self.places(sent, report, speaker_span, evidence)
        if trig.kind == "damage" and not self.new_place_in_report(report, places):
            return None
        if trig.kind == "damage":
            evidence.append("casualties or damage at a new place inside a strike report")
        dated = self.date(sent, report, places, inherited, evidence, trig.start)
        return self.build(sent, trig, report, speaker_span, places, inherited, dated, evidence)

    def speaker_span(self, sent: Sentence, report: Report) -> tuple[int, int] | None:
        """Offsets of the speaker phrase when it is in this sentence."""
        sp = report.speaker
        if sp is not None and sent.start <= sp.start < sent.end:
            return sp.start, sp.end
        return None

    def new_place_in_report(self, report: Report, places: list[PlaceMention]) -> bool:
        """Is there a strike claim earlier in this report, and do ``places`` add one to it?"""
        if not places or report.speaker is None:
            return False
        seen = self.report_places.get(id(report.speaker))
        return seen is not None and bool({p.place.id for p in places} - seen)

    # -- where ----------------------------------------------------------------------------------
    def places(self, sent: Sentence, report: Report, speaker_span, evidence: list[str]) -> tuple[list[PlaceMention], bool]:
        here = self.doc.spans("places", sent)
        places = self.impact_places(sent, here, speaker_span)
        if not places and speaker_span is not None:
            # "Kharkiv governor Oleh Syniehubov said the city was hit", "officials in the Kharkiv
            # region reported that shells struck a village": a speaker placed in a region, or a
            # local official, speaks of that place when the sentence names no other.
            local = self.rx("LOCAL_ROLE").search(report.source) is not None
            places = [m for m in here if m.place is not None and speaker_span[0] <= m.start < speaker_span[1]
                      and (m.place.kind in ("admin1", "district") or local and m.place.kind != "country")]
            if places:
                evidence.append("place of the reporting official")
        if not places:
            places = self.located_after(sent)
            if places:
                evidence.append("places from a following sentence")
        if not places and (heading := self.heading_of(sent)) is not None:
            places = self.impact_places(heading, self.doc.spans("places", heading), None)
            if places:
                evidence.append("places of the section heading")
        if not places and (event := self.referred_back(sent, report)) is not None:
            evidence.append(REFERRED_BACK)
            return list(event.places), True
        return places, False

    def impact_places(self, sent: Sentence, mentions: list[PlaceMention], speaker_span) -> list[PlaceMention]:
        return places_of_impact(self.doc.text, sent, mentions, speaker_span, self.lang)

    def located_after(self, sent: Sentence) -> list[PlaceMention]:
        """"The targeted object is located in Shostka" within three sentences after."""
        for k in range(sent.index + 1, min(len(self.sentences), sent.index + 4)):
            nxt = self.sentences[k]
            if k in self.triggers and self.triggers[k].kind != "damage":
                return []
            if self.rx("LOCATION_SENTENCE").search(nxt.text) and self.rx("ANAPHORA").search(nxt.text[:60]):
                return self.impact_places(nxt, self.doc.spans("places", nxt), None)
        return []

    def heading_of(self, sent: Sentence) -> Sentence | None:
        """The heading line of the section ``sent`` is in ("Krasnopillia hromada" over its
        items), when it is in the same or the paragraph before."""
        before = [h for h in self.doc.spans("headings", (0, sent.start))]
        h = before[-1] if before else None
        return h if h is not None and sent.paragraph - h.paragraph <= 1 else None

    def referred_back(self, sent: Sentence, report: Report) -> Claim | None:
        """The event a sentence refers back to ("the attack", "these facilities"), if reported
        within four sentences (by another source only with a noun: "X confirmed the attack"); a
        definite noun further on ("the station", "the city") names the article's news, its first
        strike; never a summary of no one place ("all missiles were shot down", "every target was hit")."""
        e = self.last_event
        if e is None or not e.places or self.rx("SUMMARY").search(sent.text):
            return None
        refs = [m.group().casefold() for m in self.rx("ANAPHORA").finditer(sent.text)]
        bare = for_lang(self.lang).BARE_REFERENCES
        if sent.index - e.sentence_index > 4:
            nouns = [r for r in refs if r not in bare]
            return self.lead_event if nouns and self.lead_event is not None else None
        if self.last_report is not None and self.last_report.speaker is not report.speaker:
            refs = [r for r in refs if r not in bare]  # "it" is the new speaker
        return e if refs else None

    # -- when -----------------------------------------------------------------------------------
    def dates_in(self, sent: Sentence) -> list[DateMention]:
        return self.doc.spans("dates", sent)

    def date_before(self, sent: Sentence, stop: int) -> DateMention | None:
        """The latest dated expression in the sentences before ``sent``, back to sentence ``stop``."""
        k = self.dated_up_to[sent.index - 1] if sent.index > 0 else -1
        if k < max(stop, 0):
            return None
        return next(d for d in reversed(self.dates_in(self.sentences[k])) if d.value)

    def date(self, sent: Sentence, report: Report, places: list[PlaceMention], inherited: bool,
             evidence: list[str], at: int) -> DateMention | None:
        """Explicit in the sentence, else the event referred back to, else a date earlier in the
        same report (a bulletin's date holds for all its items), else one just before."""
        dates = self.dates_in(sent)
        # A calendar date outranks a relative one in the same sentence ("yesterday, August 26");
        # of two alike, the one nearer the trigger ("crews on Monday dug through the ruins of a
        # building a missile struck on Saturday": the strike's is Saturday).
        explicit = sorted((d for d in dates if d.kind != "relative"), key=lambda d: d.kind not in _CALENDAR)
        relative = [d for d in dates if d.kind == "relative"]
        if explicit:
            nearest = min(explicit, key=lambda d: (d.kind not in _CALENDAR, min(abs(d.start - at), abs(d.end - at))))
            return self.anchored(explicit, dates) or nearest
        if relative and any(p.start > relative[0].end for p in places) and \
                (ref := self.date_before(sent, 0)) is not None:
            # "X came two days after an attack on Y": the shift dates the event named after it.
            evidence.append(f"date {relative[0].text} {ref.text}")
            value = shift(ref.value, relative[0].offset_days)
            return DateMention(relative[0].start, relative[0].end, relative[0].text, value, "day" if value else "unknown", "relative")
        e = self.last_event
        if e is not None and e.date and sent.index - e.sentence_index <= 4 and self.rx("ANAPHORA").search(sent.text) \
                and (inherited or {p.place.id for p in places if p.place} & e.place_ids()):
            evidence.append("date of the event referred back to")
            return DateMention(e.start, e.start, e.date_text or "", e.date, e.date_precision, "event")
        stop = self.report_opening(report, sent)
        if (near := self.date_before(sent, min(stop, sent.index - DATE_SENTENCES))) is not None:
            evidence.append("date from a sentence before")
            return near
        return next((d for d in dates if d.precision == "unknown"), None)

    def anchored(self, explicit: list[DateMention], dates: list[DateMention]) -> DateMention | None:
        """"In a statement on Friday, May 30, ... 'Yesterday evening drones hit X'", "Photo, June
        1: a warehouse hit yesterday": a "yesterday" after a calendar date of the same sentence
        counts from that date, not from the article's."""
        calendar = [d for d in explicit if d.kind in _CALENDAR and d.value]
        later = [d for d in dates if d.kind == "yesterday" and calendar and d.start > calendar[0].end + 3]
        if not later:
            return None
        value = shift(calendar[0].value, -1)
        return DateMention(later[0].start, later[0].end, later[0].text, value, "day" if value else "unknown", "anchored")

    def report_opening(self, report: Report, sent: Sentence) -> int:
        """The first sentence of the report ``sent`` is in (where its speaker was named), or
        ``DATE_SENTENCES`` back for the outlet's own voice."""
        if report.speaker is None:
            return sent.index - DATE_SENTENCES
        named = self.doc.sentence_at(min(report.start, report.speaker.start))
        return named.index if named is not None else sent.index - DATE_SENTENCES

    # -- who ------------------------------------------------------------------------------------
    def side(self, sent: Sentence, report: Report, named: str | None, outcome: str, places: list[PlaceMention]) -> str:
        side = report.side
        if side is None and report.speaker is not None:
            side = self.people.side_of(report.source)
        if side is None and report.speaker is not None and named is not None and outcome == "hit" \
                and self.rx("OWN_SIDE_SPEAKER").search(report.source) and not self.rx("LOCAL_ROLE").search(report.source) \
                and not has_cue(self.doc, sent, "intercept"):
            # A bare "the ministry" reporting its forces' strike speaks for them; not one that
            # tells of the attacker's drone shot down (the defender's word).
            side = named
        if side is None:
            # A role without a nationality ("regional governors", "officials") speaks for the
            # country where the strike landed, or where the event just reported did.
            e = self.last_event if self.last_event and sent.index - self.last_event.sentence_index <= 2 else None
            countries = _countries(places or (e.places if e else [])) & {UA, RU}
            side = countries.pop() if len(countries) == 1 else OTHER
        return side

    def attacker(self, sent: Sentence, named: str | None, report: Report, side: str, outcome: str,
                 places: list[PlaceMention], inherited: bool) -> str | None:
        """The side the sentence names as striking, else what its speaker and places imply."""
        attacker = named
        if attacker is None and report.side in (RU, UA) and own_forces(sent.text, self.lang):
            attacker = report.side
        if attacker is None and outcome == "intercepted" and side in (RU, UA):
            attacker = UA if side == RU else RU  # a side reporting interceptions was the one attacked
        if attacker is None:
            countries = _countries(places) & {UA, RU}
            if len(countries) == 1:
                attacker = RU if countries == {UA} else UA
            elif inherited and self.last_event is not None:
                attacker = self.last_event.attacker
        return attacker

    # -- the claim ------------------------------------------------------------------------------
    def casualties(self, sent: Sentence) -> dict:
        """The casualties a sentence counts (read only when it has a casualty cue word)."""
        return casualties(sent.text, self.lang) if has_cue(self.doc, sent, "hurt") else {}

    def hurt(self, sent: Sentence) -> dict:
        """Casualties of the sentence and of the sentences right after it in its paragraph that
        report no strike of their own ("Two people were wounded.")."""
        hurt = dict(self.casualties(sent))
        for k in range(sent.index + 1, min(len(self.sentences), sent.index + 3)):
            nxt = self.sentences[k]
            if nxt.paragraph != sent.paragraph or (k in self.triggers and self.triggers[k].kind != "damage"):
                break
            if k in self.triggers and self.doc.spans("places", nxt):
                break  # a damage sentence at a place of its own may be a claim of its own
            for key, v in self.casualties(nxt).items():
                hurt[key] = max(v, hurt.get(key, 0))
        return hurt

    def build(self, sent: Sentence, trig: Trigger, report: Report, speaker_span, places: list[PlaceMention],
              inherited: bool, dated: DateMention | None, evidence: list[str]) -> Claim:
        text, pos = sent.text, trig.start - sent.start
        local = (speaker_span[0] - sent.start, speaker_span[1] - sent.start) if speaker_span else None
        named = find_attacker(text, pos, _Span(*local) if local else None, self.lang)
        side = self.side(sent, report, named, trig.outcome, places)
        if report.speaker is not None and side in (RU, UA):
            self.people.learn(report.source, side)
        attacker = self.attacker(sent, named, report, side, trig.outcome, places, inherited)
        day = dated is not None and dated.value is not None
        conf = 0.35 + 0.25 * report.attributed + 0.2 * bool(places) + 0.1 * (day and dated.precision == "day") \
            + 0.1 * (attacker is not None)
        return Claim(side=side, source=report.source, attacker=attacker,
                     date=dated.value if day else None, date_precision=dated.precision if day else "unknown",
                     places=tuple(places), sentence=text, start=sent.start, end=sent.end,
                     targets=tuple(find_terms(text, "targets", self.lang)), weapons=tuple(find_terms(text, "weapons", self.lang)),
                     casualties=self.hurt(sent), date_text=dated.text if dated else None, outcome=trig.outcome,
                     confidence=min(conf, 0.95), evidence=tuple(evidence), sentence_index=sent.index,
                     attributed=report.attributed, overnight=is_overnight(dated.text if dated else None, self.lang),
                     verified=is_verified(side, text, self.lang))


class _Span:
    """Offsets of a speaker phrase inside its sentence (what ``details.attacker`` skips)."""

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _latest_dated(doc: Doc) -> list[int]:
    """For each sentence, the index of the latest sentence up to it that has a dated
    expression (-1 for none)."""
    out, last = [], -1
    for sent in doc.sentences:
        if any(d.value for d in doc.spans("dates", sent)):
            last = sent.index
        out.append(last)
    return out


def _countries(places) -> set[str]:
    return {p.place.country for p in places if p.place is not None}
