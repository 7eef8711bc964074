"""Events and claim places as the store's rows hold them, and back: an ``Event`` as a row of
``events`` (its evidence and target groups as JSON), a row as an ``Event``, a claim's stored
values as the ``Item`` the matcher groups."""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

from ..claims.event_model import Event, Item, PlaceRef, is_loose, target_groups
from ..claims.flags import is_relative
from .reading import as_date

__all__ = ["event_of", "event_row", "item_of"]

def item_of(claim_id: str, seq: int, place: PlaceRef, day: date, map_date_from, date_precision, date_text, overnight,
          side, source, outcome, targets, verified) -> Item:
    """A claim place to group, from its claim's stored values."""
    return Item(claim_id, seq, place, day, is_loose(date_precision, overnight, is_relative(date_text)), side, outcome,
                target_groups(targets), bool(verified), source or "", late=map_date_from == "article" or bool(verified))


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(", ", ": ")).encode


def event_row(e: Event) -> dict:
    evidence = {"voices": e.voices, "witnesses": e.witnesses, "late": e.late}  # what ``why`` is read from
    return {"id": e.id, "day": e.day, "loose": int(e.loose), "place_id": e.place.id, "place_name": e.place.name,
            "kind": e.place.kind, "admin1": e.place.admin1, "lat": e.place.lat, "lon": e.place.lon, "n_places": e.n,
            "sides": ",".join(sorted(e.sides)), "hits": ",".join(sorted(e.hits)), "intercepts": ",".join(sorted(e.intercepts)),
            "groups": _groups_json(e.groups), "verified": int(e.verified), "status": e.status, "why": e.why,
            "evidence": _JSON(evidence)}


@lru_cache(maxsize=4096)
def _groups_key(key: tuple) -> str:
    return _JSON({k: list(v) for k, v in key})


@lru_cache(maxsize=4096)
def _groups_of_json(text: str) -> tuple:
    """``_groups_json`` read back, as (side, groups) pairs (a few shapes recur)."""
    return tuple((k, tuple(v)) for k, v in json.loads(text).items())


def _groups_json(groups: dict) -> str:
    """An event's target groups by side as JSON (a few shapes recur across a store)."""
    return _groups_key(tuple((k, tuple(sorted(v))) for k, v in sorted(groups.items())))


def event_of(r, ref) -> Event:
    place = ref(r["place_id"], r["kind"], r["admin1"], r["lat"], r["lon"], r["place_name"])
    groups = {k: set(v) for k, v in _groups_of_json(r["groups"] or "{}")}
    evidence = json.loads(r.get("evidence") or "{}")
    split = lambda s: set(filter(None, (s or "").split(",")))  # noqa: E731
    return Event(r["id"], as_date(r["day"]), bool(r["loose"]), place, r["n_places"], split(r["sides"]), split(r["hits"]),
                 split(r["intercepts"]), groups, bool(r["verified"]), bool(evidence.get("late")),
                 list(evidence.get("witnesses") or []), dict(evidence.get("voices") or {}))
