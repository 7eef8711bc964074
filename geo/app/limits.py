"""How much one person may make the server do: URL fetches and uploaded files per minute, and
the size of an upload. A shared dashboard fetches URLs for its users; without a limit, one
browser tab could make it fetch (or read) without end.

The limits come from the environment (``STRIKE_ATLAS_FETCHES_PER_MINUTE``,
``STRIKE_ATLAS_UPLOADS_PER_MINUTE``, ``STRIKE_ATLAS_UPLOAD_MB``); ``RateLimiter`` counts per
person in a sliding minute, in the server's memory (``geo.app.ui.limiter`` keeps one per
server). A request over a limit is refused whole, before anything is fetched, read or stored.
"""
from __future__ import annotations

import os
import threading
import time
from collections import defaultdict, deque
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Limits", "RateLimiter"]

WINDOW = 60.0  # seconds


@dataclass(frozen=True)
class Limits:
    fetches_per_minute: int = 6
    uploads_per_minute: int = 30
    upload_mb: float = 5.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "Limits":
        """The limits a server was started with; a malformed or negative value is an error
        that names the setting, not a silent default."""
        values = {}
        for field, name, kind in (("fetches_per_minute", "STRIKE_ATLAS_FETCHES_PER_MINUTE", int),
                                  ("uploads_per_minute", "STRIKE_ATLAS_UPLOADS_PER_MINUTE", int),
                                  ("upload_mb", "STRIKE_ATLAS_UPLOAD_MB", float)):
            raw = env.get(name)
            if raw is None or not raw.strip():
                continue
            try:
                values[field] = kind(raw)
            except ValueError:
                raise ValueError(f"{name}={raw[:20]!r} is not a number") from None
            if values[field] < 0:
                raise ValueError(f"{name} cannot be negative")
        return cls(**values)

    @property
    def upload_bytes(self) -> int:
        return int(self.upload_mb * 1024 * 1024)


class RateLimiter:
    """Counts what each person has done in the last minute, per kind ("fetch", "upload")."""

    def __init__(self, limits: Limits, clock=time.monotonic):
        self.limits = limits
        self._clock = clock
        self._done: dict[tuple[str, str], deque] = defaultdict(deque)
        self._lock = threading.Lock()  # sessions run in threads of one server

    def _per_minute(self, kind: str) -> int:
        return {"fetch": self.limits.fetches_per_minute, "upload": self.limits.uploads_per_minute}[kind]

    def take(self, who: str, kind: str, n: int = 1) -> str | None:
        """Count ``n`` more of ``kind`` for ``who`` if the limit allows all of them and return
        None; otherwise count nothing and return why, with how long to wait."""
        limit, now = self._per_minute(kind), self._clock()
        with self._lock:
            done = self._done[(who, kind)]
            while done and now - done[0] >= WINDOW:
                done.popleft()
            if len(done) + n <= limit:
                done.extend([now] * n)
                return None
            wait = WINDOW - (now - done[0]) if done else WINDOW
        noun = {"fetch": "URL fetches", "upload": "uploaded files"}[kind]
        asked = f" ({n} more asked)" if n > 1 else ""
        return (f"Too many {noun}: at most {limit} a minute per person{asked}. "
                f"Try again in {max(1, round(wait))} s; nothing was {'fetched' if kind == 'fetch' else 'read'}.")

    def upload_problem(self, who: str, sizes: dict[str, int]) -> str | None:
        """Why these uploaded files (name -> bytes) are refused, or None after counting them:
        a file over the size limit, or more files than the minute allows. All or nothing."""
        if not sizes:
            return None
        big = [name for name, n in sizes.items() if n > self.limits.upload_bytes]
        if big:
            shown = ", ".join(big[:5]) + (f" and {len(big) - 5} more" if len(big) > 5 else "")
            return f"Over {self.limits.upload_mb:g} MB: {shown}. Nothing was read; split the file or ask an admin."
        return self.take(who, "upload", len(sizes))
