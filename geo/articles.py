"""Articles: read a file (or text) into an ``Article`` with its header fields and body.

A plain ``.txt`` article may start with a header of ``key: value`` lines (url, title, published,
outlet) ended by a blank line, as in ../shared/eval/FORMAT.md; offsets everywhere in the project
count characters of the body only. ``.md``, ``.html``, ``.json`` and ``.jsonl`` are read too.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

__all__ = ["Article", "ArticleError", "article_id", "parse_date", "read_article", "read_articles",
           "from_text", "MAX_BYTES"]

MAX_BYTES = 60 * 1024 * 1024
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
        return value
    text = str(value).strip()
    if not text or text.casefold() in ("unknown", "null", "none", "n/a"):
        return None
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


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return None if not value or value.casefold() == "unknown" else value


def from_text(text: str, *, title=None, url=None, outlet=None, published=None, path=None,
              header: bool = True) -> Article:
    """An article from text that may start with a ``key: value`` header."""
    if "\x00" in text:
        raise ArticleError("the input looks binary (it contains NUL bytes), not an article")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
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
    return Article(id=article_id(body), body=body, title=_clean(title or fields.get("title")),
                   url=_clean(url or fields.get("url")), outlet=_clean(outlet or fields.get("outlet")),
                   published=parse_date(pub), path=path)


def _decode(data: bytes, path: str) -> str:
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{path}: binary file (NUL bytes), not an article")
    for enc in ("utf-8-sig", "cp1251" if _looks_cp1251(data) else "latin-1"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ArticleError(f"{path}: cannot decode the file as text")


def _looks_cp1251(data: bytes) -> bool:
    high = sum(1 for b in data[:4096] if b >= 0xC0)
    return high > 0.3 * max(1, len(data[:4096]))


def read_articles(path: str | Path, published: date | None = None) -> list[Article]:
    """All articles in one file (a .jsonl holds many). Raises ArticleError with the reason."""
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"{p}: no such file")
    if p.is_dir():
        raise ArticleError(f"{p}: is a folder, not an article file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(f"{p}: {size / 1e6:.0f} MB is over the {MAX_BYTES // (1024 * 1024)} MB limit for one article file")
    text = _decode(p.read_bytes(), str(p))
    suffix = p.suffix.casefold()
    if suffix == ".jsonl":
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    out.append(_from_json(json.loads(line), f"{p}:{n}", published))
                except (json.JSONDecodeError, ArticleError) as e:
                    raise ArticleError(f"{p}:{n}: {e}") from None
        return out
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise ArticleError(f"{p}: invalid JSON ({e})") from None
        items = data if isinstance(data, list) else [data]
        return [_from_json(d, str(p), published) for d in items]
    if suffix in (".html", ".htm"):
        from .html import article_from_html

        return [article_from_html(text, path=str(p), published=published)]
    if suffix in (".md", ".markdown"):
        from .html import markdown_to_text

        body, fields = markdown_to_text(text)
        return [from_text(body, title=fields.get("title"), url=fields.get("url"), outlet=fields.get("outlet"),
                          published=published if published is not None else parse_date(fields.get("published") or fields.get("date")),
                          path=str(p), header=True)]
    return [from_text(text, path=str(p), published=published)]


def read_article(path: str | Path, published: date | None = None) -> Article:
    arts = read_articles(path, published)
    if not arts:
        raise ArticleError(f"{path}: no article in the file")
    return arts[0]


def _from_json(d, where: str, published) -> Article:
    if not isinstance(d, dict):
        raise ArticleError(f"{where}: expected an object with a 'text' field")
    body = d.get("text") or d.get("body") or d.get("content")
    if not isinstance(body, str):
        raise ArticleError(f"{where}: the object has no 'text'")
    return from_text(body, title=d.get("title"), url=d.get("url"), outlet=d.get("outlet"),
                     published=published if published is not None else parse_date(d.get("published")),
                     path=where, header=False)
