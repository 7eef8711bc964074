"""Article files -> ``Article``s: .txt (with or without a header), .md, .html, .json, .jsonl."""
from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

from .article import Article, ArticleError, from_text, parse_date
from .html import article_from_html, markdown_to_text

__all__ = ["MAX_BYTES", "load_json", "read_article", "read_articles"]

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


def _open(p: Path) -> bytes:
    """The bytes of a regular file, refusing what would block or exhaust memory."""
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise ArticleError(f"{p}: no such file") from None
    except OSError as e:
        raise ArticleError(f"{p}: cannot read it ({e.strerror or e})") from None
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError(f"{p}: is a folder, not an article file")
    if not stat.S_ISREG(st.st_mode):
        raise ArticleError(f"{p}: not a regular file (a pipe, device or socket), so not read")
    if st.st_size > MAX_BYTES:
        raise ArticleError(f"{p}: {st.st_size / 1e6:.0f} MB is over the {MAX_BYTES // (1024 * 1024)} MB limit for one file")
    try:
        with open(p, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as e:
        raise ArticleError(f"{p}: cannot read it ({e.strerror or e})") from None


def load_json(text: str):
    """JSON with the project's error: a huge number stays text, deep nesting is refused."""
    try:
        return json.loads(text, parse_int=_int)
    except RecursionError:
        raise ArticleError("invalid JSON: nested too deeply") from None
    except ValueError as e:  # JSONDecodeError is a ValueError
        raise ArticleError(f"invalid JSON ({e})") from None


def _int(digits: str):
    # Python refuses to convert numbers of more than 4,300 digits; no article field needs them.
    return int(digits) if len(digits) <= 100 else digits


def read_articles(path: str | Path, published: date | None = None,
                  errors: list[ArticleError] | None = None) -> list[Article]:
    """All articles in one file (a .jsonl or a .json list holds many).

    Raises ArticleError with the reason when the file cannot be read. A bad record of a batch
    (one .jsonl line, one item of a .json list) raises too, unless ``errors`` is a list: then
    the record's error is appended to it and the good records are still returned."""
    p = Path(path)
    text = _decode(_open(p), str(p))
    suffix = p.suffix.casefold()
    if suffix == ".jsonl":
        records = [(f"{p}:{n}", line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        return _records(records, published, errors, parse=True)
    if suffix == ".json":
        try:
            data = load_json(text)
        except ArticleError as e:
            raise ArticleError(f"{p}: {e}") from None
        items = data if isinstance(data, list) else [data]
        where = [f"{p}[{k}]" if isinstance(data, list) else str(p) for k in range(len(items))]
        return _records(list(zip(where, items)), published, errors, parse=False)
    if suffix in (".html", ".htm"):
        return [article_from_html(text, path=str(p), published=published)]
    if suffix in (".md", ".markdown"):
        body, fields = markdown_to_text(text)
        return [from_text(body, title=fields.get("title"), url=fields.get("url"), outlet=fields.get("outlet"),
                          published=published if published is not None else parse_date(fields.get("published") or fields.get("date")),
                          path=str(p), header=True)]
    return [from_text(text, path=str(p), published=published)]


def _records(records: list[tuple[str, object]], published, errors: list | None, parse: bool) -> list[Article]:
    out = []
    for where, rec in records:
        try:
            out.append(_from_json(load_json(rec) if parse else rec, where, published))
        except ArticleError as e:
            err = ArticleError(f"{where}: {e}")
            if errors is None:
                raise err from None
            errors.append(err)
    return out


def read_article(path: str | Path, published: date | None = None) -> Article:
    arts = read_articles(path, published)
    if not arts:
        raise ArticleError(f"{path}: no article in the file")
    return arts[0]


def _from_json(d, where: str, published) -> Article:
    """An article from a JSON object; errors name the problem, the caller says where."""
    if not isinstance(d, dict):
        raise ArticleError("expected an object with a 'text' field")
    body = d.get("text") or d.get("body") or d.get("content")
    if not isinstance(body, str):
        raise ArticleError("the object has no 'text' (a string)")
    return from_text(body, title=d.get("title"), url=d.get("url"), outlet=d.get("outlet"),
                     published=published if published is not None else parse_date(d.get("published")),
                     path=where, header=False)
