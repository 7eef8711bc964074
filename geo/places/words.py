"""The words of a text as geoparse reads them: tokens with their offsets, and a word without its
possessive "'s"."""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*(?:['’]s\b)?", re.UNICODE)
_CONNECTORS = {"of", "on", "upon", "na", "nad", "pid", "de", "la", "del", "am"}


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Words with offsets; a possessive "'s" stays on the word (for "People's Republic"), and
    ``_bare_end`` says where the word ends without it (for "Russia's")."""
    return [(m[0], m.start(), m.end()) for m in _WORD.finditer(text)]


def _bare_end(token: tuple[str, int, int]) -> int:
    """Where a token ends without a possessive "'s" ("Russia's" -> after "Russia")."""
    w, _, end = token
    return end - 2 if len(w) > 3 and w[-2:] in ("'s", "’s") else end


def _bare(word: str) -> str:
    return word[:-2] if word[-2:] in ("'s", "’s") else word


def _is_cap(word: str) -> bool:
    return word[:1].isupper()
