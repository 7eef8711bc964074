"""One article in, the extractor output of ../shared/eval/FORMAT.md out."""
from __future__ import annotations

from ..articles import Article
from ..places.gazetteer import Gazetteer
from ..places.geoparse import geoparse
from .claims import extract_claims

__all__ = ["extract_article"]


def extract_article(article: Article, gazetteer: Gazetteer | None = None) -> dict:
    """Places (one entry per mention, offsets into the body) and claims of an article."""
    doc = article.doc
    mentions = geoparse(doc, article.published, gazetteer)
    return {
        "article": {"id": article.id, "title": article.title, "url": article.url,
                    "outlet": article.outlet,
                    "published": article.published.isoformat() if article.published else None},
        "places": [m.to_dict() for m in mentions],
        "claims": [c.to_dict() for c in extract_claims(doc, mentions, article.published, article.outlet)],
    }
