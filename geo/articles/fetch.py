"""Fetch an article from a URL, only when a user asks for it (``ingest URL``, the Add page).

A real HTTP client (requests) with a timeout, a size limit, and a clear error for anything
that is not an article page.
"""
from __future__ import annotations

from .article import Article, ArticleError, from_text

__all__ = ["MAX_DOWNLOAD", "fetch_article"]

MAX_DOWNLOAD = 10 * 1024 * 1024
TIMEOUT = (5, 30)  # connect, read (seconds)
USER_AGENT = "strike-atlas/0.1 (+https://github.com/; article fetch on user request)"


def fetch_article(url: str, published=None, max_bytes: int = MAX_DOWNLOAD) -> Article:
    import requests

    if not url.lower().startswith(("http://", "https://")):
        raise ArticleError(f"{url}: only http(s) URLs can be fetched")
    try:
        with requests.get(url, timeout=TIMEOUT, stream=True, headers={"User-Agent": USER_AGENT}) as r:
            if r.status_code >= 400:
                raise ArticleError(f"{url}: HTTP {r.status_code}")
            size = int(r.headers.get("Content-Length") or 0)
            if size > max_bytes:
                raise ArticleError(f"{url}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
            chunks, total = [], 0
            for chunk in r.iter_content(64 * 1024):
                total += len(chunk)
                if total > max_bytes:
                    raise ArticleError(f"{url}: more than the {max_bytes / 1e6:.0f} MB limit")
                chunks.append(chunk)
            data = b"".join(chunks)
            ctype = (r.headers.get("Content-Type") or "").lower()
            encoding = r.encoding or "utf-8"
    except requests.RequestException as e:
        raise ArticleError(f"{url}: {type(e).__name__}: {e}") from None
    if "html" in ctype or data.lstrip()[:1] == b"<":
        from .html import article_from_html

        return article_from_html(data.decode(encoding, errors="replace"), path=url, published=published, url=url)
    if ctype.startswith("text/") or not ctype:
        return from_text(data.decode(encoding, errors="replace"), url=url, published=published, path=url)
    raise ArticleError(f"{url}: {ctype} is not an article (HTML or text)")
