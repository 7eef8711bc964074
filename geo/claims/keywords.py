"""Keyword gates: words without which a sentence pattern cannot match, tested as plain
substrings before the pattern runs (most sentences then skip it; a substring test costs a small
fraction of a case-insensitive regex search)."""
from __future__ import annotations

from functools import lru_cache

__all__ = ["fold", "has_any"]


@lru_cache(maxsize=4096)  # a sentence is tested by several stages
def fold(text: str) -> str:
    """``text`` folded as ``re.IGNORECASE`` compares letters: casefolded, and the dotless and
    dotted i (which the regex engine takes for "i") as "i"."""
    return text.casefold().replace("ı", "i").replace("i̇", "i")


def has_any(folded: str, words: tuple[str, ...]) -> bool:
    """Does the folded text contain any of ``words`` (lower-case substrings)? (``map`` keeps the
    loop in C.)"""
    return any(map(folded.__contains__, words))
