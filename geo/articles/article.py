"""``Article``: one report's body and header fields, and the text -> Article step.

A plain text article may start with a header of ``key: value`` lines (url, title, published,
outlet) ended by a blank line, as in ../shared/eval/FORMAT.md; offsets everywhere in the project
count characters of the body only. The file formats are read in ``readers``.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from .doc import Doc

__all__ = ["MAX_ARTICLE_CHARS", "Article", "ArticleError", "article_id", "parse_date", "from_text"]

#: The longest article body read (about 2,000 pages; extraction takes about a minute). Every
#: stage uses this one limit, checked here before any work is done.
MAX_ARTICLE_CHARS = 10_000_000
HEADER_KEYS = ("url", "title", "published", "outlet")
_HEADER_LINE = re.compile(r"^(url|title|published|outlet|date|source)\s*:\s*(.*)$", re.I)


class ArticleError(ValueError):
    """An input that cannot be read as an article; the message says why."""


@dataclass(frozen=True)
class Article:
    id: str
    body: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    path: str | None = None

    @cached_property
    def doc(self) -> Doc:
        """The body's paragraphs and sentences, split once for every stage that reads them."""
        return Doc(self.body)


def article_id(body: str) -> str:
    """Stable id: a hash of the body with case, spacing and typographic quotes normalised, so the
    same report pasted twice (or re-encoded) is recognised as one article."""
    norm = unicodedata.normalize("NFKC", body).casefold()
    norm = norm.translate(str.maketrans({c: "'" for c in "’‘ʼ`"} | {c: '"' for c in "“”«»„"}))
    norm = " ".join(norm.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]


def parse_date(value) -> date | None:
    """'2025-06-03', '2025-06-03T10:00:00Z', a date, 'unknown' or '' -> date or None.

    Raises ArticleError for a value that is neither empty nor a date."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ArticleError(f"invalid published date: expected text YYYY-MM-DD, got {type(value).__name__}")
    text = scrub(str(value)).strip()
    if not text or text.casefold() in ("unknown", "null", "none", "n/a"):
        return None
    if len(text) > 100:
        raise ArticleError(f"invalid published date {text[:40]!r}...: expected YYYY-MM-DD")
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as e:
            raise ArticleError(f"invalid published date {text!r}: {e}") from None
    try:
        import dateparser

        parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
                                  languages=["en"])
    except Exception:
        parsed = None
    if parsed is None:
        raise ArticleError(f"invalid published date {text!r}: expected YYYY-MM-DD")
    return parsed.date()


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """Text with lone surrogates (from a JSON escape such as "\\ud800") made U+FFFD, so that it
    can be encoded, stored and shown."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _field(name: str, value) -> str | None:
    """A header field as clean text, or None; a number is taken as its digits."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ArticleError(f"the {name} must be text, not {type(value).__name__}")
    value = scrub(value).strip()[:2000]
    return None if not value or value.casefold() == "unknown" else value


def from_text(text: str, *, title=None, url=None, outlet=None, published=None, path=None,
              header: bool = True) -> Article:
    """An article from text that may start with a ``key: value`` header."""
    if not isinstance(text, str):
        raise ArticleError(f"the article text must be text, not {type(text).__name__}")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(f"{len(text):,} characters is over the {MAX_ARTICLE_CHARS:,}-character limit for one "
                           "article (a .jsonl file holds many articles)")
    if "\x00" in text:
        raise ArticleError("the input looks binary (it contains NUL bytes), not an article")
    text = scrub(text).replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fields: dict[str, str] = {}
    body = text
    if header:
        lines = text.split("\n")
        k = 0
        while k < len(lines) and _HEADER_LINE.match(lines[k]):
            m = _HEADER_LINE.match(lines[k])
            key = {"date": "published", "source": "outlet"}.get(m[1].lower(), m[1].lower())
            fields[key] = m[2]
            k += 1
        if fields and (k == len(lines) or not lines[k].strip()):
            body = "\n".join(lines[k + 1:])
        else:
            fields = {}
    if not body.strip():
        raise ArticleError("the article is empty: no text after the header")
    pub = published if published is not None else parse_date(fields.get("published"))
    return Article(id=article_id(body), body=body, title=_field("title", title or fields.get("title")),
                   url=_field("url", url or fields.get("url")), outlet=_field("outlet", outlet or fields.get("outlet")),
                   published=parse_date(pub), path=path)
