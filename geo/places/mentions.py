"""What geoparse finds: a place mention with its ranked candidates, and the span a mention is
worked out on while the text is read."""
from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import Place

@dataclass
class Candidate:
    place: Place
    score: float
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = place_dict(self.place)
        d["score"] = round(self.score, 3)
        d["evidence"] = list(self.evidence)
        return d


@dataclass
class PlaceMention:
    """A place name found in a text: ``text[start:end] == mention``."""

    start: int
    end: int
    mention: str
    place: Place | None
    score: float
    evidence: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    kind_hint: str | None = None

    def to_dict(self, alternatives: int = 0) -> dict:
        d = {"mention": self.mention, "start": self.start, "end": self.end}
        if self.place is not None:
            d.update(place_dict(self.place))
        d["score"] = round(self.score, 3)
        d["evidence"] = list(self.evidence)
        if alternatives:
            d["alternatives"] = [c.to_dict() for c in self.candidates[1 : alternatives + 1]]
        return d


def place_dict(p: Place) -> dict:
    return {"id": p.id, "name": p.name, "kind": p.kind, "country": p.country, "admin1": p.admin1,
            "lat": p.lat, "lon": p.lon, "precision": p.precision}


@dataclass
class _Span:
    start: int
    end: int
    words: list[str]
    key: str
    matches: list
    hint: str | None = None
    hint_plural: bool = False
    container: "_Span | None" = None
    sentence_start: bool = False
    group: "list[_Span] | None" = None
    result: PlaceMention | None = None
    settled: Place | None = None  # its place on its own evidence (pass 1 of _resolve)
    surface: str = ""
    glued: bool = False  # directly after or before another capitalised word
    hyphenated: bool = False  # followed by "-" and a capitalised word
    cue: str | None = None  # "village" or "city": the word before it says it is a settlement
    role: float = 0.0  # weight of a role word that names the head of a region ("governor of")
    short_for: tuple = ()  # ids of the compound it shortens ("Slavyansk" after "Slavyansk-on-Kuban")
    sig: tuple | None = None  # what its resolution depends on (set once, in _resolve)
