"""Article files -> ``Article``s: .txt (with or without a header), .md, .html, .json, .jsonl."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .article import Article, ArticleError, from_text, parse_date

__all__ = ["MAX_BYTES", "read_article", "read_articles"]

MAX_BYTES = 60 * 1024 * 1024


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
