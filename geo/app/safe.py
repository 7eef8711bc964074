"""Text from articles made safe to show: no HTML, no Markdown, links only to http(s).

Everything a page shows from an article (a sentence, a title, a place name, a source, an error
message that quotes a file or URL) goes through ``md``: HTML is escaped and every character
Markdown gives a meaning to becomes a numeric character reference, so that the same string is
inert in ``st.markdown`` with or without ``unsafe_allow_html`` (an article saying
``![x](http://host/p.png)`` must not make every viewer's browser fetch that image).
"""
from __future__ import annotations

from urllib.parse import quote, urlsplit

__all__ = ["link", "md", "tooltip_value"]

# Markdown syntax characters, and ':' and '.' so that "https://..." or "www.x.org" written in
# an article is not turned into a link by GitHub-flavoured autolinking.
# One table, applied in one pass: escaping HTML first and Markdown after would escape the "#" and
# ";" of the entities just written ("&#x27;" shown as "&&#35;x27;").
_ENTITIES = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-!|~:.$"} | {
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
_TABLE = str.maketrans(_ENTITIES)


def md(text) -> str:
    """``text`` as inert text for st.markdown and for HTML (element content and quoted attributes)."""
    return str(text if text is not None else "").translate(_TABLE)


def link(url, label: str = "Open the article") -> str:
    """A Markdown link to ``url`` when it is an http(s) URL, else the label alone (escaped)."""
    try:
        parts = urlsplit(str(url or ""))
    except ValueError:
        return md(label)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return md(label)
    # Characters that could end the link destination or break out of it are percent-encoded.
    safe = quote(str(url), safe="/:?#&=%@+,;~!$'*-._")
    return f"[{md(label)}](<{safe}>)"


def tooltip_value(text, limit: int) -> str:
    """A tooltip field: plain text, cut to ``limit`` characters. Streamlit's pydeck tooltip escapes
    every value it puts into the tooltip's HTML (escaping here as well showed ``&#x27;``)."""
    s = str(text if text is not None else "")
    return s if len(s) <= limit else s[:limit - 1] + "…"
