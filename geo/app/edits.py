"""What a user changes from the pages, turned into the store's calls: a correction typed in a
form, and an event merged or a claim split out of one."""
from __future__ import annotations

from datetime import date

from ..places.geoparse import resolve_name


def correction_value(field: str, value: str, gazetteer):
    """A correction typed by a user -> the value Store.correct takes (a place name is resolved)."""
    value = (value or "").strip()
    if field == "place":
        mention, _ = resolve_name(value, gazetteer)
        if mention is None:
            raise ValueError(f"no place called {value!r} in the gazetteer")
        return mention.place.id
    if field == "side":
        return value.upper()
    if field == "attacker":
        return value.upper() or None
    if field == "date":
        return date.fromisoformat(value) if value else None
    return value


def change_event(store, event_id: str, merge_with: str, split_claim: str, author: str) -> None:
    """A user's merge (``merge_with`` joins ``event_id``) or split (``split_claim`` leaves it)."""
    if bool(merge_with) == bool(split_claim):
        raise ValueError("choose either an event to merge with or a claim to take out")
    if merge_with:
        store.merge_events(event_id, merge_with, author=author)
    else:
        store.split_claim(split_claim, author=author)
