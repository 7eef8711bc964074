"""Consistency of the held-out events sets in tests/events_gold and tests/events_check (data only: the tool is not run or scored here)."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FOLDERS = [HERE / "events_gold", HERE / "events_check"]
HEADER = ("url", "title", "published", "outlet")
SIDES = {"RU", "UA", "OTHER"}
KINDS = {"settlement", "district", "admin1", "country", "region"}
STATUSES = {"single", "acknowledged", "contested", "verified"}
ADMIN1 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def _names(folder: Path) -> list[str]:
    return sorted(p.name[: -len(".txt")] for p in folder.glob("*.txt"))


def _articles() -> list[tuple[Path, str]]:
    return [(folder, name) for folder in FOLDERS for name in _names(folder)]


def _article(folder: Path, name: str) -> tuple[dict, str]:
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    lines = head.split("\n")
    assert [ln.split(":", 1)[0] for ln in lines] == list(HEADER), name
    return {k: v.split(":", 1)[1].strip() for k, v in zip(HEADER, lines)}, body


def _gold(folder: Path, name: str) -> dict:
    return json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))


def _date(s):
    return dt.date.fromisoformat(s) if s else None


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_folder_shape(folder):
    names = _names(folder)
    assert len(names) == 24
    assert sorted(p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json")) == names
    assert (folder / "events.json").is_file() and (folder / "README.md").is_file()


@pytest.mark.parametrize("folder,name", _articles(), ids=lambda x: x.name if isinstance(x, Path) else x)
def test_article_and_gold(folder, name):
    header, body = _article(folder, name)
    gold = _gold(folder, name)
    assert header["published"] == gold["published"]
    published = _date(gold["published"])
    assert 150 <= len(body.split()) <= 400, "article length"

    mentions = set()
    for p in gold["places"]:
        m = p["mention"]
        key = m.casefold()
        assert key not in mentions, f"duplicate mention {m!r}"
        mentions.add(key)
        assert re.search(r"(?<![\w-])" + re.escape(m) + r"(?![\w-])", body, re.I), f"mention {m!r} not in body"
        assert p["kind"] in KINDS
        if p["kind"] in ("settlement", "district"):
            assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180
            assert ADMIN1.match(p["admin1"]) and p["admin1"].startswith(p["country"] + "-")
        elif p["kind"] == "admin1":
            assert "lat" not in p and ADMIN1.match(p["admin1"])
        elif p["kind"] == "country":
            assert "lat" not in p and len(p["country"]) == 2

    assert gold["claims"], "every article has claims"
    for i, c in enumerate(gold["claims"]):
        assert c["side"] in SIDES and c["attacker"] in ("RU", "UA", None)
        assert c["quote"] and c["quote"] in body, f"claim {i}: quote not in body"
        assert c["source"]
        for place in c["places"]:
            assert place.casefold() in mentions, f"claim {i}: place {place!r} is not a mention"
        if c["date"]:
            d = _date(c["date"])
            assert published - dt.timedelta(days=30) <= d <= published, f"claim {i}: date after publication"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_events_references(folder):
    events = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    names = set(_names(folder))
    golds = {n: _gold(folder, n) for n in names}
    assert len(events) == 8
    seen = set()
    for e in events:
        assert e["event"] not in {x["event"] for x in events if x is not e}
        assert e["status"] in STATUSES
        assert e["place"] and e["note"]
        _date(e["date"])
        assert e["claims"]
        for art, idx in e["claims"]:
            assert art in names, f"{e['event']}: no article {art}"
            claims = golds[art]["claims"]
            assert 0 <= idx < len(claims), f"{e['event']}: no claim {idx} in {art}"
            assert (art, idx) not in seen, f"claim {art}[{idx}] is in two events"
            seen.add((art, idx))
            d = claims[idx]["date"]
            assert d is None or d == e["date"], f"{e['event']}: {art}[{idx}] dated {d}"
        sides = {golds[a]["claims"][i]["side"] for a, i in e["claims"]}
        if e["status"] == "single":
            assert not {"RU", "UA"} <= sides
        if e["status"] in ("acknowledged", "contested"):
            assert {"RU", "UA"} <= sides
    # every strike is told by three articles of its own (RU-side, UA-side, independent outlet)
    for e in events:
        own = {a for a in names if a.split("_")[0][:-1] == e["event"]}
        assert len(own) == 3, e["event"]
