"""Files in and out of the pages: the text of the downloads (GeoJSON of events) and the articles
of an uploaded file, read by the same readers as files on disk."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from ..articles import read_articles
from ..store.export import events_geojson as to_fc


def events_geojson(store, filters, statuses) -> dict:
    """The events of a view as GeoJSON, one feature per event (the events download)."""
    events = store.events(since=filters.since, until=filters.until, statuses=statuses or None,
                          sides=filters.sides or None)
    return to_fc(events, store.event_claims(list(events.id)) if len(events) else None, store.gazetteer)


def geojson_text(fc: dict) -> str:
    return json.dumps(fc, ensure_ascii=False, separators=(",", ":"))


def read_upload(name: str, data: bytes, published=None) -> list:
    """Articles of an uploaded file, through the same readers as files on disk."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / Path(name).name
        path.write_bytes(data)
        return read_articles(path, published)
