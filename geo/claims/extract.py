"""One article in, its place mentions and claims out: ``extract`` gives them typed (an
``Extraction``, what the store takes), ``extract_article`` as the extractor output of
../shared/eval/FORMAT.md (what the CLI, the evaluation and the pages print)."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from ..articles import Article
from ..places.gazetteer import Gazetteer
from ..places.geoparse import geoparse
from ..places.mentions import PlaceMention
from .claims import Claim, extract_claims

__all__ = ["Extraction", "extract", "extract_article"]


@dataclass(frozen=True)
class Extraction:
    """What one article says: its place mentions (offsets into the body) and its claims, as the
    claims stage built them. The store writes these objects as they are, so nothing a claim
    knows (a month-precision date, its flags) is lost on the way through a dict."""

    article: Article
    places: tuple[PlaceMention, ...]
    claims: tuple[Claim, ...]

    def to_dict(self) -> dict:
        """FORMAT.md's extractor output (plus its extras: place ids, evidence, flags)."""
        a = self.article
        return {
            "article": {"id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet,
                        "published": a.published.isoformat() if a.published else None},
            "places": [m.to_dict() for m in self.places],
            "claims": [c.to_dict() for c in self.claims],
        }

    def __reduce__(self):
        # What crosses to another process (ingest --jobs, Dask) is what the store and
        # ``to_dict`` read: the article without its cached Doc (the receiver splits it again if
        # it asks) and mentions without their losing candidates. A mention shared by the places
        # and a claim stays one object.
        lean: dict[int, PlaceMention] = {}

        def slim(m: PlaceMention) -> PlaceMention:
            if id(m) not in lean:
                lean[id(m)] = replace(m, candidates=[]) if m.candidates else m
            return lean[id(m)]

        article = Article(**{f.name: getattr(self.article, f.name) for f in fields(Article)})
        claims = tuple(replace(c, places=tuple(map(slim, c.places))) for c in self.claims)
        return Extraction, (article, tuple(map(slim, self.places)), claims)


def extract(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Place mentions and claims of an article (the default gazetteer unless one is given)."""
    doc = article.doc
    mentions = geoparse(doc, article.published, gazetteer)
    facilities = (gazetteer or Gazetteer.default()).facilities
    claims = extract_claims(doc, mentions, article.published, article.outlet, facilities)
    return Extraction(article, tuple(mentions), tuple(claims))


def extract_article(article: Article, gazetteer: Gazetteer | None = None) -> dict:
    """Places (one entry per mention, offsets into the body) and claims of an article, as
    FORMAT.md's extractor output: ``extract(...).to_dict()``."""
    return extract(article, gazetteer).to_dict()
