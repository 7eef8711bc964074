"""Find place mentions in English news text and resolve each to one gazetteer place.

Two steps, as a reader does it:

1. **Spot** capitalised word sequences that are known names ("Kharkiv", "Bila Tserkva", "Far East",
   "Харків"), with the generic word that says what kind of area is meant ("Sumy region",
   "Shostka district", "Krasnodar Krai", "Bryansk and Kursk regions"), and drop those that are
   people or things (a given name before a surname, a surname used again, a name in quotes,
   a weapon or a month).
2. **Resolve** each mention among its namesakes with the evidence in the text: the generic word,
   an explicit container ("Andreevka in Sumy Region", "Shostka, Sumy Oblast"), a "village of" or
   "port of" cue, a role word heading a region ("the governor of Kherson" is the oblast), a
   compound the text gave in full ("Slavyansk" after "Slavyansk-on-Kuban"), prominence (an oblast
   centre outweighs the article's other places), the other places of the article (same oblast,
   distance), the country, and the place's importance. Mentions of one name in one article
   resolve to one place.

Every resolution keeps its score, the evidence used, and the runner-up candidates.
"""
from __future__ import annotations

from datetime import date

from ..articles.article import MAX_ARTICLE_CHARS
from ..articles.doc import Doc
from .gazetteer import Gazetteer
from .linking import _link, _short_forms
from .mentions import Candidate, PlaceMention, place_dict  # noqa: F401 (place_dict: re-exported)
from .resolution import _resolve
from .spotting import _spot

__all__ = ["Candidate", "PlaceMention", "geoparse", "resolve_name"]

MAX_TEXT_CHARS = MAX_ARTICLE_CHARS  # one limit for every stage (geo.articles)

def geoparse(text: str | Doc, published: date | None = None, gazetteer: Gazetteer | None = None,
             require_capital: bool = True, alternatives: int | None = 5) -> list[PlaceMention]:
    """Place mentions in ``text`` (a string or an article's ``Doc``), each resolved to its most
    likely place, in text order.

    ``published`` is accepted for symmetry with the claims stage (dates do not change where a
    place is). ``require_capital=False`` treats lower-case words as names too (for queries).
    Each mention keeps its best candidate and up to ``alternatives`` runners-up (None: all).
    """
    if not isinstance(text, (str, Doc)):
        raise TypeError(f"geoparse expects text (str), got {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"text of {len(text):,} characters is over the {MAX_TEXT_CHARS:,} limit")
    doc = Doc.of(text)
    gaz = gazetteer or Gazetteer.default()
    spans = _spot(doc, gaz, require_capital)
    text = doc.text
    _link(text, spans)
    _short_forms(spans)
    _resolve(spans, gaz, alternatives)
    return [s.result for s in spans if s.result is not None]


def resolve_name(query: str, gazetteer: Gazetteer | None = None) -> tuple[PlaceMention | None, list[Candidate]]:
    """Resolve a short query ("Kharkov", "Andreevka in Sumy Region", "Shostka district").

    Returns the mention the query is about (the first one, whose context is the rest of the
    query) and all its ranked candidates (every namesake within reach of the best: an ambiguous
    name has dozens); (None, []) when nothing in it is a known place.
    """
    gaz = gazetteer or Gazetteer.default()
    query = " ".join(query.split())[:1000]
    if not query:
        return None, []
    found = geoparse(query, gazetteer=gaz, require_capital=False, alternatives=None)
    if not found:
        return None, []
    return found[0], found[0].candidates
