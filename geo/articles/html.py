"""HTML pages and Markdown files -> article text.

HTML goes through trafilatura, which keeps the article's main text and drops navigation,
scripts, comment sections and "Related articles" boxes; its metadata (title, date, site name,
canonical URL) fills the article's header fields. Markdown keeps its text and loses its markup.
"""
from __future__ import annotations

import json
import re

from .article import Article, ArticleError, from_text, parse_date

__all__ = ["article_from_html", "markdown_to_text"]


def article_from_html(html: str, path: str | None = None, published=None, url: str | None = None) -> Article:
    import trafilatura

    raw = trafilatura.extract(html, url=url, output_format="json", with_metadata=True, include_comments=False,
                              include_tables=False, favor_precision=True, deduplicate=True)
    if not raw:
        raise ArticleError(f"{path or 'the page'}: no article text found in the HTML")
    data = json.loads(raw)
    text = (data.get("text") or "").strip()
    if not text:
        raise ArticleError(f"{path or 'the page'}: no article text found in the HTML")
    # trafilatura separates paragraphs by single newlines; the project's articles use blank lines.
    body = re.sub(r"\n+", "\n\n", text)
    pub = published
    if pub is None and data.get("date"):
        try:
            pub = parse_date(data["date"])
        except ArticleError:
            pub = None
    return from_text(body, title=data.get("title"), url=url or data.get("source") or data.get("url"),
                     outlet=data.get("sitename") or data.get("hostname"), published=pub, path=path, header=False)


_MD_RULES = [
    (re.compile(r"^---\n.*?\n---\n", re.S), ""),  # front matter is read separately
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"^#{1,6}\s*", re.M), ""),
    (re.compile(r"^\s*>\s?", re.M), ""),
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]*)`"), r"\1"),
]


def markdown_to_text(md: str) -> tuple[str, dict]:
    """Plain text of a Markdown article and its front-matter fields (title, url, published...)."""
    fields: dict[str, str] = {}
    m = re.match(r"^---\n(.*?)\n---\n", md, re.S)
    if m:
        for line in m.group(1).splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                fields[k.strip().lower()] = v.strip().strip('"\'')
    heading = re.search(r"^#\s+(.+)$", md, re.M)
    if heading and "title" not in fields:
        fields["title"] = heading.group(1).strip()
        md = md[:heading.start()] + md[heading.end():]
    for rx, rep in _MD_RULES:
        md = rx.sub(rep, md)
    return md.strip() + "\n", fields
