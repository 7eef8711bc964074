"""Text folding for the facility spotter: a folded copy of a text (case, marks, apostrophes,
hyphens as spaces, as ``names.normalize`` folds) with the offset of each folded character."""
from __future__ import annotations

import re
import unicodedata

def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


# -- text folding ------------------------------------------------------------------------------
# The spotter matches in a folded copy of the text and maps offsets back, so it folds character
# by character: the same folds as names.normalize (case, marks, apostrophes, hyphens as spaces).
_DROP = set("'’ʼ`´‘′ʹ\"")
_SPACE = set("-‐‑–—_./")


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded for matching, and for each folded character its offset in ``text``.

    Folded a word at a time: one ``str.translate`` maps every character that folds to one
    character; only the words holding a character that is dropped or folds to several (an
    apostrophe, a quote, "ß") are folded character by character."""
    t = text.translate(_TABLE)
    out: list[str] = []
    pos: list[int] = []
    end = 0  # where the run before ended: the space between runs stands at its first character
    for m in _RUN.finditer(t):
        a, b = m.span()
        if out:
            out.append(" ")
            pos.append(end)
        end = b
        word = m.group()
        if "\0" not in word and "\1" not in word:
            out.append(word)
            pos.extend(range(a, b))
            continue
        before = len(out)
        for i in range(a, b):
            f = _FOLDS[text[i]] if text[i] in _FOLDS else _FOLDS.setdefault(text[i], _fold_char(text[i]))
            for c in f:
                out.append(c)
                pos.append(i)
        if len(out) == before and out:  # a run of dropped characters only ('""'): no word, no space
            del out[-1], pos[-1]
            end = pos[-1] + 1 if pos else 0
    return "".join(out), pos


_RUN = re.compile(r"[^ ]+")  # a run of characters between spaces (after folding)
_FOLDS: dict[str, str] = {}  # a character's fold, worked out once ("" drops it, " " is a space)


class _Table(dict):
    """``str.translate``'s table, filled as characters are met: a character's fold when it is
    one character, else "\0" (dropped) or "\1" (several), for ``_fold`` to handle."""

    def __missing__(self, code: int) -> str:
        f = _FOLDS.setdefault(chr(code), _fold_char(chr(code)))
        self[code] = value = f if len(f) == 1 else ("\0" if not f else "\1")
        return value


_TABLE = _Table()


def _fold_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _SPACE or ch.isspace():
        return " "
    base = ch if _has_cyrillic(ch) else "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base.casefold().replace("ё", "е")
