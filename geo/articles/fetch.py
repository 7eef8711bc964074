"""Fetch an article from a URL, only when a user asks for it (``ingest URL``, the Add page).

A team server fetches what any of its users types, so a URL must not reach what the server can
but the user should not: every address a host name resolves to, on the first request and on
every redirect, must be a public one (no loopback, private, link-local, multicast or reserved
address), and the connected peer is checked again before the body is read. A lab that does
want local pages says so: ``allow_private=True`` (or ``STRIKE_ATLAS_FETCH_PRIVATE=1``) for any
address, or a list of ``host`` / ``host:port`` entries (``STRIKE_ATLAS_FETCH_PRIVATE=wiki.lan,
10.0.0.5:8080``) for just those.

Limits: http(s) only, at most ``MAX_REDIRECTS`` redirects, ``MAX_DOWNLOAD`` bytes, and one
``DEADLINE`` for the whole fetch (a server that drips a byte a second is cut off).
"""
from __future__ import annotations

import codecs
import ipaddress
import os
import socket
import threading
import time
from urllib.parse import urljoin, urlsplit

from .article import Article, ArticleError, from_text

__all__ = ["DEADLINE", "MAX_DOWNLOAD", "MAX_REDIRECTS", "check_address", "fetch_article"]

MAX_DOWNLOAD = 10 * 1024 * 1024
MAX_REDIRECTS = 5
DEADLINE = 30.0  # seconds for the whole fetch, redirects included
CONNECT_TIMEOUT = 5.0
USER_AGENT = "strike-atlas/0.1 (article fetch on user request)"


def _private_allowed(url: str, allow_private) -> bool:
    """Has the user opted in to fetching this URL's host although it is not public?"""
    if allow_private is None:
        env = os.environ.get("STRIKE_ATLAS_FETCH_PRIVATE", "").strip()
        allow_private = True if env.lower() in ("1", "true", "yes") else [e.strip() for e in env.split(",") if e.strip()]
    if isinstance(allow_private, bool):
        return allow_private
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    host = (parts.hostname or "").lower()
    return host in allow_private or f"{host}:{port}" in allow_private


def _forbidden(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address is not a public one, or None."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for test, why in ((ip.is_loopback, "a loopback"), (ip.is_link_local, "a link-local"),
                      (ip.is_multicast, "a multicast"), (ip.is_private, "a private"),
                      (ip.is_reserved, "a reserved"), (ip.is_unspecified, "an unspecified")):
        if test:
            return why
    return None


def check_address(url: str, allow_private=None) -> None:
    """Refuse a URL whose host is, or resolves to, a non-public address (ArticleError)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ArticleError(f"{url}: only http(s) URLs with a host name can be fetched")
    if _private_allowed(url, allow_private):
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as e:
        raise ArticleError(f"{url}: the host name {parts.hostname!r} could not be resolved ({e})") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        why = _forbidden(ip)
        if why:
            raise ArticleError(f"{url}: refused, {parts.hostname} is {why} address ({ip}); fetching is for public "
                               "pages (set STRIKE_ATLAS_FETCH_PRIVATE=1 for a lab setup)")


def _check_peer(r, url: str, allow_private) -> None:
    """The address actually connected to (a host name can resolve differently the second time)."""
    if _private_allowed(url, allow_private):
        return
    sock = _socket_of(r)
    if sock is None:
        return
    try:
        ip = ipaddress.ip_address(sock.getpeername()[0].split("%")[0])
    except (OSError, ValueError):
        return
    why = _forbidden(ip)
    if why:
        raise ArticleError(f"{url}: refused, the server connected to is {why} address ({ip})")


def _socket_of(r):
    """The socket a streamed response reads from (urllib3 hands it to http.client's reader once
    the headers are in, so it is looked for there too)."""
    conn = getattr(r.raw, "connection", None) or getattr(r.raw, "_connection", None)
    sock = getattr(conn, "sock", None)
    if sock is None:
        reader = getattr(getattr(getattr(r.raw, "_fp", None), "fp", None), "raw", None)
        sock = getattr(reader, "_sock", None)
    return sock if hasattr(sock, "shutdown") else None


def _decode(data: bytes, encoding: str | None) -> str:
    try:
        codecs.lookup(encoding or "utf-8")
    except LookupError:
        encoding = "utf-8"  # a bogus charset in the headers: read it as UTF-8
    return data.decode(encoding or "utf-8", errors="replace")


def fetch_article(url: str, published=None, max_bytes: int = MAX_DOWNLOAD, deadline: float = DEADLINE,
                  allow_private=None) -> Article:
    """The article at ``url`` (HTML through trafilatura, or plain text). Raises ArticleError with
    a message a user can act on for anything else: a refused address, an HTTP error, a page
    too large or too slow, something that is not an article."""
    import requests

    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise ArticleError(f"{url}: only http(s) URLs can be fetched")
    end = time.monotonic() + deadline
    current = url
    try:
        with requests.Session() as session:
            for _ in range(MAX_REDIRECTS + 1):
                check_address(current, allow_private)
                remaining = end - time.monotonic()
                if remaining <= 0:
                    raise ArticleError(f"{url}: no answer within {deadline:.0f} s")
                r = session.get(current, timeout=(min(CONNECT_TIMEOUT, remaining), remaining), stream=True,
                                allow_redirects=False, headers={"User-Agent": USER_AGENT})
                with r:
                    if r.is_redirect:
                        current = urljoin(current, r.headers.get("Location", ""))
                        continue
                    _check_peer(r, current, allow_private)
                    data, ctype, encoding = _read(r, url, max_bytes, end, deadline)
                break
            else:
                raise ArticleError(f"{url}: more than {MAX_REDIRECTS} redirects")
    except requests.RequestException as e:
        raise ArticleError(f"{url}: could not fetch it ({_reason(e)})") from None
    return _article(url, data, ctype, encoding, published)


def _read(r, url: str, max_bytes: int, end: float, deadline: float) -> tuple[bytes, str, str | None]:
    if r.status_code >= 400:
        raise ArticleError(f"{url}: the server answered HTTP {r.status_code}")
    try:
        size = int(r.headers.get("Content-Length") or 0)
    except ValueError:
        size = 0  # a malformed length: count the bytes as they come
    if size > max_bytes:
        raise ArticleError(f"{url}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
    # A read blocks until its chunk is full, so a server that drips bytes is cut off by closing
    # the socket when the deadline passes.
    sock = _socket_of(r)
    timer = threading.Timer(max(0.0, end - time.monotonic()), _shutdown, (sock,)) if sock is not None else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    chunks, total = [], 0
    try:
        for chunk in r.iter_content(64 * 1024):
            total += len(chunk)
            if total > max_bytes:
                raise ArticleError(f"{url}: more than the {max_bytes / 1e6:.0f} MB limit")
            if time.monotonic() > end:
                raise ArticleError(f"{url}: the page took longer than {deadline:.0f} s to arrive")
            chunks.append(chunk)
    except Exception as e:
        if time.monotonic() >= end - 0.05 and not isinstance(e, ArticleError):
            raise ArticleError(f"{url}: the page took longer than {deadline:.0f} s to arrive") from None
        raise
    finally:
        if timer is not None:
            timer.cancel()
    return b"".join(chunks), (r.headers.get("Content-Type") or "").lower(), r.encoding


def _shutdown(sock) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _reason(e: Exception) -> str:
    """A requests exception as a short phrase (its str() is often a nested repr)."""
    import requests

    for kind, text in ((requests.ConnectTimeout, "the server did not answer in time"),
                       (requests.ReadTimeout, "the server stopped sending"),
                       (requests.exceptions.SSLError, "its TLS certificate could not be verified"),
                       (requests.ConnectionError, "the connection failed or was refused"),
                       (requests.exceptions.InvalidURL, "the URL is malformed"),
                       (requests.TooManyRedirects, "too many redirects")):
        if isinstance(e, kind):
            return text
    return type(e).__name__


def _article(url: str, data: bytes, ctype: str, encoding: str | None, published) -> Article:
    if "html" in ctype or data.lstrip()[:1] == b"<":
        from .html import article_from_html

        return article_from_html(_decode(data, encoding), path=url, published=published, url=url)
    if ctype.startswith("text/") or not ctype:
        return from_text(_decode(data, encoding), url=url, published=published, path=url)
    raise ArticleError(f"{url}: {ctype} is not an article (HTML or text)")
