"""Sentences -> strike claims: who reports that a strike hit where, when, with what.

A claim is one reporting source asserting that a strike or attack happened. Extraction is rules
a reader would apply, sentence by sentence, in reading order:

- a **trigger** says a strike is being reported: a strike verb ("struck", "targeted", "shelled",
  "was hit", "shot down") or a strike noun tied to a target or a determiner ("an attack on",
  "the strikes", "a barrage of"). Captures, troop movements, diplomacy, threats and plans are
  not strikes.
- the **speaker** comes from attribution cues (geo.speakers); a pronoun or a sentence in the same
  paragraph carries the last speaker on; without one the claim is the outlet's own (OTHER).
- **places** are the sentence's place mentions where the strike landed: not launch sites ("fired
  from Belarus"), not where the speaker sits ("the Defense Ministry in Moscow"), not reference
  points ("west of Kyiv"), not countries. "The attack", "these facilities" or a following
  "the targeted object is located in X" carry places between sentences.
- **date** from the sentence (geo.dates), else from the event referred back to, else from a date
  in the sentence before; **attacker** from explicit cues ("Russian missiles", "a Ukrainian
  attack"), else from the side and territory; targets and weapons from geo.vocab.

Claims by one source about the same places within a few sentences are merged; the outlet's own
narration of an event that an official source claims is folded into that claim.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from .dates import DateMention, find_dates, shift
from .geoparse import PlaceMention
from .speakers import OTHER, RU, UA, Speaker, find_speaker
from .vocab import find_terms

__all__ = ["Claim", "extract_claims", "split_sentences"]

_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Maj|Capt|St|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|U\.S|U\.K|a\.m|p\.m)\.)$")
_SENT_END = re.compile(r"[.!?]+['’”\"»)]*(?=\s+['‘“\"«(]?[A-ZА-ЯЄІЇҐ0-9])|\n\s*\n")

STRIKE_VERB = re.compile(
    r"\b(?:struck|strikes?\b(?=\s+(?:on|at|against|the|a|an|targets?|\w+ing)\b)|striking|hit(?:s|ting)?|attack(?:ed|ing)|"
    r"target(?:ed|ing)\b(?!\s+object)|shell(?:ed|ing)|bomb(?:ed|ing)|bombard(?:ed|ing)|destroy(?:ed|ing|s)|damag(?:ed|ing)|"
    r"pound(?:ed|ing)|hammer(?:ed|ing)|fired(?:\s+[\w-]+){0,4}?\s+(?:at|on|upon|into)|launched\s+(?:a|an|\d+|missiles?|drones?|strikes?|attacks?)|"
    r"unleash(?:ed|ing)|came\s+under\s+(?:fire|attack|shelling)|fell\s+victim|explo(?:ded|sions?)|blasts?\b|"
    r"shot\s+down|downed|intercepted|repelled|neutrali[sz]ed|eliminat(?:ed|ing)|set\s+(?:on\s+)?fire|caught\s+fire|"
    r"destruction\s+of)\b",
    re.I)
STRIKE_NOUN = re.compile(r"\b(?:strikes?|airstrikes?|air strikes?|attacks?|bombardments?|shelling|barrage|assault|blow|raids?)\b", re.I)
# A strike noun reports an event when it is determined ("the attack", "a series of strikes") or
# tied to a target ("an attack on", "bombardments of Kyiv"), not in "Russian strikes" in general.
_DETERMINERS = {"a", "an", "the", "these", "this", "those", "that", "another", "combined", "massive", "series", "further",
                "additional", "new", "overnight", "several", "multiple", "repeated", "recent", "its", "their"}
_NOUN_PREP = re.compile(r"^\s+(?:on|against|at|in|of|targeting|near|into)\b", re.I)
NOT_STRIKE = re.compile(
    r"\b(?:took control|taken control|captur(?:ed|ing)|liberat(?:ed|ing)|seiz(?:ed|ing)|advanc(?:ed|ing)|withdr[ae]w\w*|"
    r"retreat\w*|encircl\w*|occup(?:ied|ying)|pushed back|entered)\b", re.I)
MODAL_STRIKE = re.compile(r"\b(?:will|would|could|might|may|shall|plans? to|intends? to|threaten\w* to|vow\w* to|prepar\w+ to|"
                          r"ready to|going to)\s+(?:\w+\s+)?(?:strike|attack|hit|target|shell|bomb|launch|fire|retaliate)\b|"
                          r"\bif (?:attacked|struck|hit)\b", re.I)
HYPOTHETICAL = re.compile(
    r"\b(?:will|would|could|might|plan(?:s|ning|ned)? to|plot(?:s|ting)?|threat(?:en\w*|s)?|intend\w* to|"
    r"provok\w+|prepar\w+ to|accus\w+|capable of|in the next|to protect|if true|potentially|retaliation|"
    r"supply|send|arm)\b", re.I)
PAST_STRIKE = re.compile(r"\b(?:struck|hit|attacked|targeted|shelled|bombed|destroyed|damaged|was hit|were hit|launched|fired)\b", re.I)
DENIAL = re.compile(r"\b(?:repelled|shot down|downed|intercepted|neutrali[sz]ed|without (?:causing )?(?:damage|casualties)|no damage)\b", re.I)
ANAPHORA = re.compile(r"\b(?:the|these|this|those|that|such)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assault|bombardment|barrage|facilit(?:y|ies)|factor(?:y|ies)|plants?|sites?|objects?|targets?|incident|operation|damage|enterprise|capital|city|town|missiles?|drones?|rockets?|bombs?|shells?|blast|explosions?)\b|\b(?:it|there)\b", re.I)
LOCATION_SENTENCE = re.compile(r"\b(?:is|are|was|were)\s+(?:located|situated|based)\s+in\b|\blocated in\b", re.I)

# A launch site: "fired ... from Belarus", "launched by bombers from Minsk airspace".
_LAUNCH = re.compile(r"\b(?:fired|launched|flew|took off|carried out|sent)\b(?:\s+[\w’'-]+){0,8}?\s+(?:from|out of|via)\s+"
                     r"(?:the\s+)?(?:(?:territory|airspace|direction|city|region|area)\s+of\s+)?$", re.I)
_RELATIVE_PLACE = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+$", re.I)
_AGENT_NOUNS = (r"forces|troops|army|missiles?|drones?|strikes?|attacks?|aircraft|aviation|bombers?|bombs?|shells?|munitions|shelling|"
                r"artillery|offensive|barrage|bombardment|assault|rockets?|invasion|incursion|saboteurs|sabotage|navy|units")


def _attacker_pattern(adjectives: str, country: str, extra: str) -> re.Pattern:
    """"Russian missiles", "Russia's forces", "by Russian ...", "Russia launched ...", plus ``extra``."""
    return re.compile(rf"\b(?:{adjectives})\s+(?:[\w-]+\s+){{0,2}}?(?:{_AGENT_NOUNS})\b|"
                      rf"\b(?:by|from)\s+(?:the\s+)?{adjectives.split('|')[0]}\b|"
                      rf"\b{country}\s+(?:launched|fired|struck|attacked|shelled|hit|conducted|targeted|unleashed)|{extra}", re.I)


_ATTACKER = [
    (RU, _attacker_pattern("russian|russia['’]s|russia", "russia",
                           r"\bmoscow\s+(?:launched|fired|struck|attacked)|\bRAF\b|\bour (?:forces|troops|strikes|units)")),
    (UA, _attacker_pattern("ukrainian|ukraine['’]s|ukraine|kyiv['’]s|kiev['’]s", "ukraine",
                           r"\bkyiv regime|\bkiev regime|\bAFU\b|\bZSU\b")),
]
# What a possessive place owns when it is an actor, not a location: "Kyiv's Western supporters".
_POSSESSIVE_ACTOR = re.compile(r"^['’]s\s+(?:[\w-]+\s+)?(?:supporters|allies|partners|government|regime|leadership|forces|army|"
                               r"troops|military|officials|claims?|strikes?|attacks?|drones?|missiles?|defen[cs]es?|"
                               r"counteroffensive|incursion|sabotage|position|narrative|president|envoy)\b", re.I)
_HIT = re.compile(r"\b(?:hit|struck|damaged|destroyed|launched|fired|attacked|targeted|exploded|killed|killing|caught fire)\b", re.I)
# "its drones struck", "our forces hit": the speaker's own side attacked.
_OWN_FORCES = re.compile(r"\b(?:its|our|their)\s+(?:[\w-]+\s+)?(?:drones?|missiles?|forces|troops|units|aircraft|aviation|artillery|navy)\b", re.I)
# A place used as an actor: "which Moscow blamed on", "Kyiv said".
_PLACE_AS_ACTOR = re.compile(r"^\s+(?:said|says|blamed|accused|claimed|denied|announced|warned|insisted|responded|vowed|threatened)\b", re.I)
_LOCAL_ROLE = re.compile(r"\b(?:governor|mayor|administration|head of the|council|authorities)\b", re.I)
# Background, not an event: "throughout the conflict, Russia struck almost daily".
_GENERIC = re.compile(r"\b(?:throughout the (?:war|conflict)|almost daily|every day|on a daily basis|since the (?:start|beginning)|"
                      r"so far this year|in total|to date|repeatedly tested|routinely)\b", re.I)

_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|dozen|hundreds of)"
_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_KILLED = [
    re.compile(rf"(?:killing|killed|kills|destruction of|eliminat\w+|destroy\w*)\s+(?:up to|at least|about|around|more than|over|some)?\s*(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|civilians|soldiers|servicemen|troops|fighters|militants|mercenaries|residents|children|men|women)", re.I),
    re.compile(rf"(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|civilians|soldiers|servicemen|residents|children)\s+(?:were\s+|was\s+|have been\s+)?(?:killed|dead|died)", re.I),
]
_WOUNDED = [
    re.compile(rf"(?:injuring|wounding|injured|wounded)\s+(?:up to|at least|about|around|more than|over)?\s*(?P<n>{_NUM})", re.I),
    re.compile(rf"(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|civilians|soldiers|servicemen|residents|children)\s+(?:were\s+|was\s+|have been\s+)?(?:injured|wounded|hurt)", re.I),
]


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


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[_Sentence]:
    """Sentences with offsets; paragraph breaks always end a sentence."""
    out: list[_Sentence] = []
    para = 0
    for pm in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        pstart, ptext = pm.start(), pm.group()
        pos = 0
        for m in _SENT_END.finditer(ptext):
            end = m.end()
            if _ABBREV.search(ptext[max(0, end - 6):end].rstrip("’”\"')")):
                continue
            _add(out, ptext, pstart, pos, end, para)
            pos = end
        _add(out, ptext, pstart, pos, len(ptext), para)
        para += 1
    return out


def _add(out, ptext, pstart, a, b, para):
    seg = ptext[a:b]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        out.append(_Sentence(len(out), pstart + a + lead, pstart + a + lead + len(seg), seg, para))


def _trigger(text: str) -> tuple[int, str] | None:
    m = STRIKE_VERB.search(text)
    if m:
        return m.start(), m.group()
    for m in STRIKE_NOUN.finditer(text):
        before = text[max(0, m.start() - 60):m.start()].casefold().split()[-4:]
        if any(w in _DETERMINERS or w.isdigit() for w in before) or _NOUN_PREP.match(text[m.end():m.end() + 15]):
            return m.start(), m.group()
    return None


def _is_claim_sentence(text: str) -> tuple[int, str] | None:
    trig = _trigger(text)
    if trig is None or _GENERIC.search(text) or MODAL_STRIKE.search(text):
        return None
    if HYPOTHETICAL.search(text) and not PAST_STRIKE.search(text):
        return None
    if NOT_STRIKE.search(text) and not STRIKE_VERB.search(text):
        return None
    return trig


def _in_sentence(sent: _Sentence, mentions: list[PlaceMention], starts: list[int]) -> list[PlaceMention]:
    lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
    return mentions[lo:hi]


def _claim_places(sent: _Sentence, mentions: list[PlaceMention], body: str, speaker: Speaker | None) -> list[PlaceMention]:
    """``mentions`` are those of the sentence."""
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


def _attacker(text: str, trigger_pos: int, speaker: Speaker | None) -> str | None:
    """The side named as striking: a subject before the trigger ("Russian forces targeted"),
    or an agent after it ("hit by Russian missiles"); a nationality that describes the target
    ("targeting Ukrainian drone factories") or the speaker is not an attacker."""
    best = None
    for side, rx in _ATTACKER:
        for m in rx.finditer(text):
            if speaker is not None and speaker.start <= m.start() < speaker.end:
                continue
            after = m.start() > trigger_pos
            if after and not re.match(r"(?:by|from)\b", m.group(), re.I):
                continue
            rank = (after, abs(m.start() - trigger_pos))
            if best is None or rank < best[0]:
                best = (rank, side)
    return best[1] if best else None


def _count(s: str) -> int:
    s = s.lower().replace(",", "")
    if s.isdigit():
        return int(s)
    if s in ("dozen", "dozens of"):
        return 12
    if s == "hundreds of":
        return 100
    return _NUMBERS.get(s, 0)


_HURT = re.compile(r"\b(?:kill|dead|died|wound|injur|hurt|destruction|eliminat|destroy)", re.I)


def _casualties(text: str) -> dict:
    out = {}
    if not _HURT.search(text):
        return out
    for key, patterns in (("killed", _KILLED), ("wounded", _WOUNDED)):
        for rx in patterns:
            m = rx.search(text)
            if m:
                n = _count(m.group("n"))
                if n:
                    out[key] = n
                    break
    return out


def _countries(places: list[PlaceMention]) -> set[str]:
    return {p.place.country for p in places if p.place is not None}


def extract_claims(body: str, mentions: list[PlaceMention], published: date | None = None,
                   outlet: str | None = None) -> list[Claim]:
    """Strike claims of an article body, given its resolved place mentions."""
    sentences = split_sentences(body)
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    claims: list[Claim] = []
    last_event: Claim | None = None
    speakers: dict[int, Speaker | None] = {}
    dates_cache: dict[int, list[DateMention]] = {}

    def dates_of(s: _Sentence) -> list[DateMention]:
        if s.index not in dates_cache:
            dates_cache[s.index] = find_dates(s.text, published)
        return dates_cache[s.index]

    def date_before(sent: _Sentence, back: int | None = None) -> DateMention | None:
        """The latest dated expression in the sentences before (within ``back`` of them)."""
        stop = -1 if back is None else max(-1, sent.index - back - 1)
        for k in range(sent.index - 1, stop, -1):
            d = next((d for d in dates_of(sentences[k]) if d.value), None)
            if d is not None:
                return d
        return None

    def speaker_of(s: _Sentence) -> Speaker | None:
        # Attribution is the costliest step; sentences without a strike need it only when a
        # following sentence refers back to their speaker, so it is worked out on demand.
        if s.index not in speakers:
            speakers[s.index] = find_speaker(s.text)
        return speakers[s.index]

    def speaker_before(sent: _Sentence, back: int, same_paragraph: bool) -> Speaker | None:
        for k in range(sent.index - 1, max(-1, sent.index - back - 1), -1):
            prev = sentences[k]
            if same_paragraph and prev.paragraph != sent.paragraph:
                break
            sp = speaker_of(prev)
            if sp is not None and not sp.pronoun:
                return sp
        return None

    for sent in sentences:
        trig = _is_claim_sentence(sent.text)
        low = sent.text.casefold()
        located = ("located" in low or "situated" in low or "based in" in low) and \
            LOCATION_SENTENCE.search(sent.text) and ANAPHORA.search(sent.text[:60])

        if trig is None or located:
            # "The targeted object is located in Shostka": places for the claims just before.
            if located:
                places = _claim_places(sent, _in_sentence(sent, mentions, starts), body, None)
                for c in reversed(claims):
                    if sent.index - c.sentence_index > 3:
                        break
                    if not c.places:
                        c.places = list(places)
                        c.evidence.append("places from a following sentence")
            # "Two people were wounded." right after a claim adds to that claim.
            hurt = _casualties(sent.text)
            if hurt and claims and claims[-1].sentence_index >= sent.index - 2 and \
                    sentences[claims[-1].sentence_index].paragraph == sent.paragraph:
                for k, v in hurt.items():
                    claims[-1].casualties[k] = max(v, claims[-1].casualties.get(k, 0))
            continue

        speaker = speaker_of(sent)
        if speaker is not None and speaker.pronoun:
            antecedent = speaker_before(sent, 2, same_paragraph=False)
            if antecedent is not None:
                speaker = antecedent
            elif speaker.label != "role":
                speaker = None
        evidence = [f"trigger: {trig[1]}"]
        if speaker is not None and _outside_scope(sent.text, speaker, trig[0]):
            speaker = None
            evidence.append("trigger outside the speaker's clause")
        attributed = True
        if speaker is None:
            speaker = speaker_before(sent, 2, same_paragraph=True)
            if speaker is not None:
                evidence.append("speaker from the previous sentence")
        if speaker is None:
            attributed = False

        here = _in_sentence(sent, mentions, starts)
        places = _claim_places(sent, here, body, speaker)
        inherited = False
        if not places and speaker is not None and _LOCAL_ROLE.search(speaker.phrase):
            # "Kharkiv governor Oleh Syniehubov said the city was hit": a local official speaks
            # of the place in their title when the sentence names no other.
            places = [m for m in here if m.place is not None and m.place.kind != "country"
                      and sent.start + speaker.start <= m.start < sent.start + speaker.end]
            if places:
                evidence.append("place of the reporting local official")
        if not places and last_event is not None and last_event.places and sent.index - last_event.sentence_index <= 4 \
                and ANAPHORA.search(sent.text):
            places = list(last_event.places)
            inherited = True
            evidence.append("places of the event referred back to")

        # Date: explicit, else the event's, else a date just before.
        dates = dates_of(sent)
        value, precision, dtext = None, "unknown", None
        explicit = [d for d in dates if d.kind != "relative"]
        relative = [d for d in dates if d.kind == "relative"]
        if explicit:
            d = explicit[0]
            value, precision, dtext = d.value, d.precision, d.text
        elif relative and any(p.start - sent.start > relative[0].end for p in places) and (ref := date_before(sent)) is not None:
            # "X came two days after an attack on Y": the shift dates the event named after it.
            value, precision, dtext = shift(ref.value, relative[0].offset_days), "day", relative[0].text
            evidence.append(f"date {relative[0].text} {ref.text}")
        elif last_event and last_event.date and sent.index - last_event.sentence_index <= 4 and ANAPHORA.search(sent.text) \
                and (inherited or _place_ids_of(places) & _place_ids(last_event)):
            value, precision, dtext = last_event.date, last_event.date_precision, last_event.date_text
            evidence.append("date of the event referred back to")
        elif (near := date_before(sent, 2)) is not None:
            value, precision, dtext = near.value, near.precision, near.text
            evidence.append("date from a sentence before")
        elif explicit is not None and any(d.precision == "unknown" for d in dates):
            dtext = next(d.text for d in dates if d.precision == "unknown")

        side = speaker.side if speaker else None
        attacker = _attacker(sent.text, trig[0], speaker)
        outcome = "intercepted" if DENIAL.search(sent.text) and not _HIT.search(sent.text) else "hit"
        if side is None and speaker is not None and attacker is not None and outcome == "hit" \
                and re.search(r"\b(?:ministry|general staff|command|armed forces)\b", speaker.phrase, re.I) \
                and not _LOCAL_ROLE.search(speaker.phrase):
            side = attacker  # a bare "the ministry" reporting its forces' strike speaks for them
        if side is None:
            # A role without a nationality ("regional governors", "officials") speaks for the
            # country where the strike landed, or where the event just reported did.
            countries = _countries(places or (last_event.places if last_event and sent.index - last_event.sentence_index <= 2 else [])) & {UA, RU}
            side = countries.pop() if len(countries) == 1 and speaker is not None else OTHER
        if attacker is None and speaker is not None and speaker.side in (RU, UA) and _OWN_FORCES.search(sent.text):
            attacker = speaker.side
        if attacker is None and outcome == "intercepted" and side in (RU, UA):
            attacker = UA if side == RU else RU  # a side reporting interceptions was the one attacked
        if attacker is None:
            countries = _countries(places) & {UA, RU}
            if len(countries) == 1:
                attacker = RU if countries == {UA} else UA
            elif inherited and last_event is not None:
                attacker = last_event.attacker
        source = speaker.phrase if speaker else (outlet or "unattributed")
        conf = 0.35 + 0.25 * attributed + 0.2 * bool(places) + 0.1 * (precision == "day") + 0.1 * (attacker is not None)
        claim = Claim(side=side, source=source, attacker=attacker, date=value, date_precision=precision if value else "unknown",
                      places=places, sentence=sent.text, start=sent.start, end=sent.end,
                      targets=find_terms(sent.text, "targets"), weapons=find_terms(sent.text, "weapons"),
                      casualties=_casualties(sent.text), date_text=dtext,
                      outcome=outcome,
                      confidence=min(conf, 0.95), evidence=evidence, sentence_index=sent.index, attributed=attributed)
        claims.append(claim)
        if places:
            last_event = claim

    for c in claims:
        if c.attacker is None:
            # Strikes on Ukraine are Russia's and strikes on Russia Ukraine's, unless the text says otherwise.
            countries = _countries(c.places) & {UA, RU}
            if len(countries) == 1:
                c.attacker = RU if countries == {UA} else UA
    claims = _merge(claims)
    return _fold_narration(claims)


def _place_ids(c: Claim) -> set[str]:
    return _place_ids_of(c.places)


def _place_ids_of(places: list[PlaceMention]) -> set[str]:
    return {p.place.id for p in places if p.place}


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
    A claim with neither a place nor a date ("throughout the war, Russia struck daily") is
    background, not an event a map can show: drop it too."""
    kept = []
    official = [c for c in claims if c.attributed and c.side in (RU, UA)]
    index = [c.sentence_index for c in official]
    for c in claims:
        if not c.attributed:
            near = official[bisect_left(index, c.sentence_index - 4):bisect_left(index, c.sentence_index + 5)]
            if any(_place_ids(o) & _place_ids(c) for o in near):
                continue
        if not c.places and c.date is None:
            continue
        kept.append(c)
    return kept
