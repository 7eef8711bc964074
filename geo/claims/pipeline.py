"""The claims stage's annotators, run in a fixed order over a Doc; each writes one layer that
every later one reads (like a spaCy pipeline)."""
from __future__ import annotations

from datetime import date

from ..articles.doc import Doc
from ..places.facility_index import Facilities
from ..places.mentions import PlaceMention
from .dates import annotate_dates
from .facilities import with_facilities
from .matcher import annotate_cues
from .reports import annotate_reports
from .speakers import annotate_speakers
from .triggers import annotate_triggers

__all__ = ["LAYERS", "annotate"]

LAYERS = ("places", "cues", "dates", "speakers", "triggers", "reports", "headings")


def annotate(doc: Doc, mentions: list[PlaceMention], published: date | None = None, outlet: str | None = None,
             facilities: Facilities | None = None) -> Doc:
    """``doc`` with every layer of ``LAYERS`` written, in that order. The places layer is the
    mentions with the facilities they name in their stead (``with_facilities``)."""
    doc.set_layer("places", with_facilities(doc.text, mentions, facilities or Facilities.default()))
    annotate_cues(doc)
    annotate_dates(doc, published)
    annotate_speakers(doc)
    annotate_triggers(doc)
    annotate_reports(doc, outlet)
    return doc
