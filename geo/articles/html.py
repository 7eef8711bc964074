"""HTML pages and Markdown files -> article text.

HTML goes through trafilatura, which keeps the article's main text and drops navigation,
scripts, comment sections and "Related articles" boxes; its metadata (title, date, site name,
canonical URL) fills the article's header fields. Markdown keeps its text and loses its markup.
"""
from __future__ import annotations

import re

from .article import Article, ArticleError, from_text, parse_date

__all__ = ["article_from_html", "markdown_to_text"]


def article_from_html(html: str, path: str | None = None, published=None, url: str | None = None) -> Article:
    import trafilatura

    # bare_extraction hands over Python values: trafilatura's JSON output is not always valid
    # JSON (a combining accent after a newline comes out as an invalid escape). No
    # deduplication: it remembers paragraphs across calls, so a wire story syndicated by a
    # second outlet (or the same page fetched again) came out empty.
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True, deduplicate=False)
    except Exception as e:  # a parser failure on hostile markup is this page's problem only
        raise ArticleError(f"{path or 'the page'}: the HTML could not be read ({type(e).__name__})") from None
    if not doc:
        raise ArticleError(f"{path or 'the page'}: no article text found in the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
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
    return from_text(body, title=data.get("title"), url=url or data.get("url") or data.get("source"),
                     outlet=data.get("sitename") or data.get("hostname"), published=pub, path=path, header=False)


# Every rule is bounded to one line and a few hundred characters, so that no input (ten
# thousand unclosed "(_a" or "![" in a row) makes a rule rescan the rest of the text from each
# position: the time stays linear in the file's length.
_MD_RULES = [
    (re.compile(r"^---\n.*?\n---\n", re.S), ""),  # front matter is read separately
    (re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)"), ""),  # images
    (re.compile(r"\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)"), r"\1"),  # links keep their text
    (re.compile(r"^#{1,6}[ \t]*", re.M), ""),
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), ""),
    (re.compile(r"(\*\*|__)((?:(?!\1)[^\n]){1,300}?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?!\s)([^*_\n]{1,300}?)(?<!\s)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`\n]{0,500})`"), r"\1"),
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
    heading = re.search(r"^#[ \t]+(.+)$", md, re.M)
    if heading and "title" not in fields:
        fields["title"] = heading.group(1).strip()
        md = md[:heading.start()] + md[heading.end():]
    for rx, rep in _MD_RULES:
        md = rx.sub(rep, md)
    return md.strip() + "\n", fields
