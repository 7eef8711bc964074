"""Language data for the claim annotators, one package per language (``en``; ``ru`` and ``uk``
follow): word lists and patterns only, no logic. ``for_lang(code)`` gives a language's data;
the annotators read everything language-specific through it, like spaCy's ``spacy/lang``."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import import_module
from types import ModuleType

__all__ = ["LANGUAGES", "for_lang", "pattern"]

LANGUAGES = ("en",)


def for_lang(code: str | None) -> ModuleType:
    """The data module of language ``code``; English for a language with no data yet (a claim
    annotator then finds nothing it cannot read, rather than failing)."""
    return import_module(f"{__name__}.{code if code in LANGUAGES else 'en'}")


@lru_cache(maxsize=None)
def pattern(lang: str, name: str, flags: int = re.I) -> re.Pattern:
    """Language ``lang``'s pattern ``name`` (a string in its data module), compiled once."""
    return re.compile(getattr(for_lang(lang), name), flags)
