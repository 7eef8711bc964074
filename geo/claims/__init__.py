"""Stage 3, claims: who reports that a strike hit where, when, with what.

Holds dates (dates.py), attribution: speakers, roles and their sides (attribution.py), the
target and weapon vocabularies (vocab.py), strike triggers (triggers.py), attackers and
casualties (details.py), claim assembly (claims.py) and the article -> FORMAT.md output step
(extract.py). May import ``geo.articles`` and ``geo.places``.
"""
from .claims import Claim, extract_claims
from .extract import extract_article

__all__ = ["Claim", "extract_article", "extract_claims"]
