"""Stage 3, claims: who reports that a strike hit where, when, with what.

A pipeline of annotators over one ``Doc`` (pipeline.py): cue words (matcher.py), dates
(dates.py), speakers (speakers.py), strike triggers (triggers.py) and report spans, the
attribution component (reports.py); then claims assembled once per trigger (assembly.py) and
merged in passes (merging.py), with attackers and casualties (details.py) and the target and
weapon vocabularies (vocab.py). Language data lives in lang/ (one module per language), apart
from the logic. extract.py is the article -> claims step: ``extract`` gives an ``Extraction``
(typed: what the store takes), ``extract_article`` its FORMAT.md output. May import
``geo.articles`` and ``geo.places``.

``extract`` is imported from ``geo.claims.extract``: exported here under that name, it would hide
the module of the same name.
"""
from .claims import Claim, extract_claims
from .extract import Extraction, extract_article

__all__ = ["Claim", "Extraction", "extract_article", "extract_claims"]
