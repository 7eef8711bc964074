"""Strike claims of an article: the ``Claim`` type and ``extract_claims``, the claims stage.

``extract_claims`` runs the annotators over a fresh ``Doc`` in a fixed order (places, cues,
dates, speakers, triggers, reports: see ``pipeline``), assembles one claim per trigger from
those layers (``assembly``), then merges claims in separate passes (``merging``). An emitted
``Claim`` is never changed: a pass that merges two makes a new one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..articles.doc import Doc
from ..places.mentions import PlaceMention

__all__ = ["Claim", "extract_claims"]


@dataclass(frozen=True)
class Claim:
    """One source's claim that a strike happened: who reports it (``side``, ``source``), who
    struck, when, where (``places``), what was hit and with what, and the sentence it is in."""

    side: str
    source: str
    attacker: str | None
    date: date | None
    date_precision: str
    places: tuple[PlaceMention, ...]
    sentence: str
    start: int
    end: int
    targets: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    casualties: dict = field(default_factory=dict)
    date_text: str | None = None
    outcome: str = "hit"  # hit / intercepted (shot down, or no damage) / denied ("denied striking X")
    confidence: float = 0.5
    status: str = "claimed"
    evidence: tuple[str, ...] = ()
    sentence_index: int = 0
    attributed: bool = True
    overnight: bool = False  # the strike was at night: reports of it may be dated a day apart
    verified: bool = False  # an independent source says it saw, filmed or verified it

    def place_ids(self) -> frozenset[str]:
        return frozenset(p.place.id for p in self.places if p.place)

    def to_dict(self) -> dict:
        return {
            "side": self.side, "source": self.source, "attacker": self.attacker,
            "date": self.date.isoformat() if self.date and self.date_precision == "day" else None,
            "date_precision": self.date_precision, "date_text": self.date_text,
            "date_value": self.date.isoformat() if self.date else None,
            "places": [p.mention for p in self.places],
            "place_ids": [p.place.id for p in self.places if p.place],
            "targets": list(self.targets), "weapons": list(self.weapons), "casualties": dict(self.casualties),
            "outcome": self.outcome, "sentence": self.sentence, "start": self.start, "end": self.end,
            "confidence": round(self.confidence, 2), "status": self.status, "evidence": list(self.evidence),
            "overnight": self.overnight, "verified": self.verified,
        }


def extract_claims(doc: Doc | str, mentions: list[PlaceMention], published: date | None = None,
                   outlet: str | None = None, facilities=None) -> list[Claim]:
    """Strike claims of an article body (a ``Doc`` or its text), given its resolved place
    mentions (and the facilities they may name: the bundled table unless given)."""
    from .assembly import assemble
    from .merging import fold_narration, merge
    from .pipeline import annotate

    doc = annotate(Doc.of(doc).fork(), mentions, published, outlet, facilities)
    # The lead: the first paragraph that is a sentence (a headline has no closing stop).
    lead = next(((p.start, p.end) for p in doc.paragraphs if p.text.rstrip()[-1:] in tuple(".!?\"”’»)")), (0, 0))
    return fold_narration(merge(assemble(doc, published, outlet)), doc.lang or "en", lead)
