"""The view's filters and date window: the sidebar's state, to and from the URL query string
(a view can be shared by its link), and the date slider's first, next and default windows."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..claims.vocab import TARGETS
from .mapdeck import SIDE_COLORS

LARGE_STORE = 20_000  # claims; a larger store opens on its latest 90 days


@dataclass
class Filters:
    """What the sidebar filters on: the dates, the reporting sides, attackers, target types, the
    search text and whether undated claims join the window."""
    since: date | None = None
    until: date | None = None
    sides: list[str] = field(default_factory=lambda: ["RU", "UA", "OTHER"])
    attackers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    text: str = ""
    undated: bool = False  # claims with no date join the window (no window holds them otherwise)
    problems: list[str] = field(default_factory=list, compare=False)  # what the link got wrong

    def query_args(self, gazetteer=None) -> dict:
        """Store query arguments. With a gazetteer, the search text also matches the names its
        places are stored under ("Kharkov" and "Харків" find what "Kharkiv" finds)."""
        text = self.text.strip() or None
        if text and gazetteer is not None:
            text = [text, *gazetteer.spellings(text)]
        return {"since": self.since, "until": self.until, "sides": self.sides or ["__none__"],
                "attackers": self.attackers or None, "targets": self.targets or None, "text": text,
                "undated": "also" if self.undated else None}

    def to_params(self) -> dict[str, str]:
        """For st.query_params: only what differs from the defaults."""
        out = {}
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        if sorted(self.sides) != ["OTHER", "RU", "UA"]:
            out["side"] = ",".join(self.sides)
        if self.attackers:
            out["attacker"] = ",".join(self.attackers)
        if self.targets:
            out["target"] = ",".join(self.targets)
        if self.text:
            out["q"] = self.text
        if self.undated:
            out["undated"] = "1"
        return out

    @classmethod
    def from_params(cls, params) -> "Filters":
        """From a query string. Anything malformed falls back to the default, and ``problems``
        says what was ignored, so a page can tell the user instead of showing nothing."""
        problems: list[str] = []

        def day(key):
            raw = params.get(key)
            if not raw:
                return None
            try:
                return date.fromisoformat(str(raw)[:10])
            except (TypeError, ValueError):
                problems.append(f"'{key}={str(raw)[:40]}' in the link is not a date (YYYY-MM-DD); ignored.")
                return None

        def items(key, allowed: dict[str, str], what: str):
            raw = str(params.get(key) or "")
            out = []
            for v in (v.strip() for v in raw.split(",") if v.strip()):
                known = allowed.get(v.casefold())
                if known is None:
                    problems.append(f"Unknown {what} '{v[:40]}' in the link; ignored (known: {', '.join(sorted(set(allowed.values())))}).")
                elif known not in out:
                    out.append(known)
            return out

        sides = items("side", {s.casefold(): s for s in SIDE_COLORS}, "side") if params.get("side") is not None else list(SIDE_COLORS)
        if not sides:
            sides = list(SIDE_COLORS)
        targets = {t.casefold(): t for t in TARGETS} | {t.replace("_", " ").casefold(): t for t in TARGETS}
        since, until = day("since"), day("until")
        if since and until and since > until:
            problems.append(f"The link's dates run backwards ({since} to {until}); swapped.")
            since, until = until, since
        return cls(since=since, until=until, sides=sides,
                   attackers=items("attacker", {a.casefold(): a for a in ("RU", "UA", "unknown")}, "attacker"),
                   targets=items("target", targets, "target type"), text=str(params.get("q") or "")[:200],
                   undated=params.get("undated") == "1", problems=problems)


def initial_window(filters: Filters, lo: date, hi: date, since0: date, until0: date) -> tuple[date, date]:
    """The date slider's first window: the link's dates, kept inside the store's range."""
    since = min(max(lo, filters.since or since0), hi)
    until = max(min(hi, filters.until or until0), since)
    return since, until


def advance_window(window: tuple[date, date], step_days: int, lo: date, hi: date) -> tuple[date, date]:
    """The play control's next window: the same width, ``step_days`` later, wrapping to the start."""
    width = window[1] - window[0]
    start = window[0] + timedelta(days=int(step_days))
    if start + width > hi:
        start = lo
    return start, min(hi, start + width)


def window_dates(window: tuple[date, date], lo: date, hi: date) -> dict:
    """A date slider's filter: none when it spans every day, so that undated claims (an
    article with no date) are listed too."""
    if window[0] <= lo and window[1] >= hi:
        return {"since": None, "until": None}
    return {"since": window[0], "until": window[1]}


def default_window(store) -> tuple[date, date, date, date]:
    """(first day, last day, default since, default until) for the date slider."""
    lo, hi = store.date_range()
    if lo is None:
        today = date.today()
        return today - timedelta(days=30), today, today - timedelta(days=30), today
    since = max(lo, hi - timedelta(days=90)) if store.counts()["claims"] > LARGE_STORE else lo
    return lo, hi, since, hi
