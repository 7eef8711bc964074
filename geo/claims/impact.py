"""Places of impact: which of a sentence's place mentions say where a strike landed.

A sentence names more places than were hit. Not places of impact: countries; places far from the
war (a summit in Washington); launch sites ("fired
from Belarus") and reference points ("west of Kyiv", "taken to a hospital in Belgorod"); where the
speaker is ("the Defense Ministry in Moscow"); a place standing for its government or forces
("Moscow insists that ...", "Kyiv said", "Russia's forces"); a region that is part of a longer name
("the Black Sea Fleet"); a dateline ("MOSCOW/KYIV (Reuters) - "); a sea before the noun it locates
("a Black Sea port"); and a sea or another body of water when the sentence also names a place on
land ("a Black Sea naval base in Novorossiysk": the strike was in Novorossiysk). A sea stays when
it is the only place ("drones were downed over the Black Sea").

Ships, outlets and companies named after places never reach this stage: the places stage does not
take them for places (``geo.places.geoparse``). The words come from the language's data
(``geo.claims.lang``).
"""
from __future__ import annotations

import re

from ..articles.doc import Sentence
from ..places.gazetteer import Place
from ..places.mentions import PlaceMention
from .facilities import facility_towns
from .lang import pattern

__all__ = ["is_water", "places_of_impact"]

# Place names are the gazetteer's English canonical ones whatever the article's language, so the
# pattern that recognises a body of water in them is read from the English data.
_CANONICAL_LANG = "en"
_BEFORE, _AFTER = 90, 40  # characters read around a mention for its role in the sentence
# Where strikes of this war land: the two countries, Belarus, and the neighbours that drones and
# missile debris have reached. A summit in Washington or a tribunal in The Hague is no place of impact.
REACH = frozenset({"UA", "RU", "BY", "MD", "PL", "RO"})


def places_of_impact(text: str, sent: Sentence, mentions: list[PlaceMention], speaker_span: tuple[int, int] | None,
                     lang: str) -> list[PlaceMention]:
    """The mentions of ``sent`` (offsets into ``text``) that may be where a strike landed, one per
    place, in text order; ``speaker_span`` is the speaker phrase's offsets when it is in the sentence."""
    out: list[PlaceMention] = []
    for m in mentions:
        if m.place is None or m.place.kind == "country" or not _may_be_hit(text, sent, m, speaker_span, lang):
            continue
        if m.place.country and m.place.country not in REACH:
            continue
        if all(o.place.id != m.place.id for o in out):  # "Ryazan ... the Ryazan refinery": one place
            out.append(m)
    return _land_over_water(_facilities_over_towns(out))


def _facilities_over_towns(places: list[PlaceMention]) -> list[PlaceMention]:
    """Without the towns of the facilities named beside them: "the Ryazan refinery in Ryazan" was
    a strike on the refinery (``geo.claims.facilities`` put it in the mention's stead)."""
    towns = {t for m in places if m.place.kind == "facility" for t in facility_towns(m.place.id)}
    return [m for m in places if m.place.id not in towns] if towns else places


def _may_be_hit(text: str, sent: Sentence, m: PlaceMention, speaker_span, lang: str) -> bool:
    """Whether the words around one mention leave it a possible place of impact."""
    before = text[max(sent.start, m.start - _BEFORE):m.start]
    # (LAUNCH is case-sensitive: its list of launch sites is a list of names)
    if pattern(lang, "LAUNCH", 0).search(before) or pattern(lang, "RELATIVE_PLACE").search(before):
        return False
    if speaker_span is not None and speaker_span[0] <= m.start < speaker_span[1]:
        return False  # where the speaker is, not where the strike was
    after = text[m.end:m.end + _AFTER]
    if pattern(lang, "POSSESSIVE_ACTOR").match(after) or pattern(lang, "PLACE_AS_ACTOR").match(after):
        return False  # the place stands for its government or forces: "Moscow insists", "Kyiv's forces"
    if m.place.kind == "region" and re.match(r" [A-Z]", after):
        return False  # part of a name: "the Black Sea Fleet"
    if is_water(m.place) and pattern(lang, "WATER_AS_MODIFIER", 0).match(after):
        return False  # "a Black Sea port": the port's whereabouts, not what was hit
    return not _in_dateline(text, sent, m, lang)


def _in_dateline(text: str, sent: Sentence, m: PlaceMention, lang: str) -> bool:
    """Is the mention in the dateline that opens the sentence ("MOSCOW/KYIV (Reuters) - ")?"""
    if m.start - sent.start > _BEFORE:
        return False
    line = pattern(lang, "DATELINE", 0).match(text, sent.start, sent.end)
    return line is not None and m.end <= line.end()


def _land_over_water(places: list[PlaceMention]) -> list[PlaceMention]:
    """Without the seas and other waters when a place on land is named too: a strike on a ship or
    a port lands at the port ("a port on the Black Sea", "a Black Sea base in Novorossiysk")."""
    land = [m for m in places if not is_water(m.place)]
    return land if land else places


def is_water(place: Place) -> bool:
    """Is the place a sea, a bay, a strait, a lake or a river (a region named as one)?"""
    return place.kind == "region" and pattern(_CANONICAL_LANG, "WATER_BODY").search(place.name) is not None
