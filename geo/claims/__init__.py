"""Stage 3, claims: who reports that a strike hit where, when, with what.

A pipeline of annotators over one ``Doc`` (pipeline.py): cue words (matcher.py), dates
(dates.py), speakers (speakers.py), strike triggers (triggers.py) and report spans, the
attribution component (reports.py); then claims assembled once per trigger (assembly.py) and
merged in passes (merging.py), with attackers and casualties (details.py) and the target and
weapon vocabularies (vocab.py). Language data lives in lang/ (one module per language), apart
from the logic. extract.py is the article -> FORMAT.md output step. May import
``geo.articles`` and ``geo.places``.
"""
from .claims import Claim, extract_claims
from .extract import extract_article

__all__ = ["Claim", "extract_article", "extract_claims"]
