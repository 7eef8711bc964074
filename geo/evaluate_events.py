"""Scoring events against gold strikes, like cross-document coreference.

A folder with ``events.json`` (``../shared/eval/events-dev``) lists gold events: each names
its claims as ``[article, index in that article's gold claims]`` and a status. What is scored
is a **statement**: the claims of one side in one article about one gold event (a ministry's
three sentences about a strike are one statement; the governor quoted in the same article
with the other side's view is another).

The articles go through the real path (extraction, a fresh SQLite store, events grouped as
``Store.add`` groups them, one article at a time in file-name order; the order does not change
the grouping, which ``tests/test_event_orders.py`` checks), then:

- a gold claim's predicted counterparts are the stored claims of its article with its side
  and one of its places resolved exactly (FORMAT.md's claim rule; a facility stands for its
  towns too), within a day of its date when both are dated (an article that recalls an earlier
  strike at the place speaks of another event); a gold claim that names no place is matched by
  side and by its quote lying in the predicted claim's sentence. Of a predicted claim, the place
  nearest the gold place counts;
- a statement **reaches** the predicted event most of its counterparts' places went to (ties:
  the event holding more of the other statements); a statement with no counterpart in any
  event is **not found**;
- **B-cubed** over the gold statements: a statement's predicted cluster is the statements that
  reached its event (a statement not found stands alone), its gold cluster the statements of
  its gold event; precision and recall are the averages of the overlap over each, F1 theirs;
- a gold event's **status** is right when the predicted event holding most of its statements
  has that status.
"""
from __future__ import annotations

import json
import tempfile
from collections import Counter
from datetime import date
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from .articles import read_article
from .claims.extract import extract
from .evaluate import _Judge, _km, mention_key
from .places.mentions import place_dict
from .store import Store
from .store.schema import claims_t, event_places_t, events_t, places_t

__all__ = ["EventScores", "evaluate_events"]


@dataclass
class EventScores:
    statements: int = 0
    found: int = 0
    precision: float = 0.0
    recall: float = 0.0
    events: int = 0
    status_right: int = 0
    details: list[dict] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict:
        r = lambda x: round(x, 4)  # noqa: E731
        return {"statements": self.statements, "found": r(self.found / self.statements) if self.statements else None,
                "bcubed": {"precision": r(self.precision), "recall": r(self.recall), "f1": r(self.f1)},
                "events": self.events, "status_right": self.status_right}


@dataclass(frozen=True)
class _Statement:
    event: str  # the gold event
    article: str
    side: str


def evaluate_events(folder: str | Path, gazetteer=None) -> EventScores:
    """Ingest the folder's articles into a fresh store and score its events against
    ``events.json`` (see the module's docstring)."""
    folder = Path(folder)
    gold_events = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    golds = {p.name[:-len(".gold.json")]: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.gold.json")}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'events.db'}", gazetteer=gazetteer)
        try:
            ids = {}
            for name in sorted(golds):
                article = read_article(folder / f"{name}.txt")
                ids[name] = store.add(article, extract(article, store.gazetteer)).article_id
            predicted = _predicted(store, ids)
        finally:
            store.close()
    return _score(gold_events, golds, predicted, _Judge(gazetteer or store.gazetteer))


def _predicted(store: Store, ids: dict[str, str]) -> dict[str, list[dict]]:
    """Each article's stored claims: side, sentence, places (with their event) and status. A
    facility's place also stands for its towns (``at``): gold names the town ("Borisoglebsk")."""
    by_id = {v: k for k, v in ids.items()}
    with store.engine.connect() as conn:
        status = dict(conn.execute(select(events_t.c.id, events_t.c.status)).all())
        event_of = {(r.claim_id, r.seq): r.event_id for r in conn.execute(select(event_places_t))}
        claims = {r.id: {"article": by_id[r.article_id], "side": r.side, "sentence": r.sentence, "places": [],
                         "day": _day(r.map_date), "late": r.map_date_from == "article" or bool(r.verified)}
                  for r in conn.execute(select(claims_t)) if r.article_id in by_id}
        for r in conn.execute(select(places_t).order_by(places_t.c.claim_id, places_t.c.seq)):
            if r.claim_id in claims:
                eid = event_of.get((r.claim_id, r.seq))
                claims[r.claim_id]["places"].append({
                    "mention": r.mention, "kind": r.kind, "name": r.name, "country": r.country, "admin1": r.admin1,
                    "lat": r.lat, "lon": r.lon, "event": eid, "status": status.get(eid), "at": _towns(store, r)})
    out: dict[str, list[dict]] = {name: [] for name in ids}
    for c in claims.values():
        out[c["article"]].append(c)
    return out


def _day(value) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _near_in_time(pc: dict, day: date | None) -> bool:
    """A day apart at most (as events allow); a claim dated by its article or by evidence seen may be two days late."""
    if day is None or pc["day"] is None:
        return True
    apart = (pc["day"] - day).days
    return -1 <= apart <= (2 if pc["late"] else 1)


def _towns(store: Store, row) -> list[dict]:
    if row.kind != "facility":
        return []
    facility = store.gazetteer.facilities.get(row.place_id)
    towns = [store.gazetteer.get(t) for t in (facility.towns if facility else ())]
    return [place_dict(t) for t in towns if t is not None]


def _same(judge: _Judge, pred: dict, gold: dict) -> bool:
    return judge.same_place(pred, gold) or any(judge.same_place(t, gold) for t in pred.get("at", ()))


def _counterparts(gc: dict, gold: dict, preds: list[dict], judge: _Judge) -> list[dict]:
    """The predicted claim places that stand for gold claim ``gc``: those at one of its places
    (a list claim's other places are other strikes), or every place of a predicted claim
    that quotes a gold claim naming no place."""
    places = [gold_place for m in gc.get("places", []) for gold_place in gold.get("places", [])
              if mention_key(gold_place["mention"]) == mention_key(m)]
    quote = " ".join((gc.get("quote") or "").split()).casefold()
    out = []
    day = _day(gc.get("date"))
    for pc in preds:
        if pc["side"] != gc.get("side") or not _near_in_time(pc, day):
            continue  # another side, or another strike at the place (a back-reference to an earlier one)
        if gc.get("places"):
            # One place per predicted claim: the one nearest the gold place ("Bilenke" and
            # "Kramatorsk district" both lie within the rule's reach of Kramatorsk).
            hits = [(min(km), k, pp) for k, pp in enumerate(pc["places"])
                    if (km := [_km(pp, g) for g in places if _same(judge, pp, g)])]
            out += [min(hits)[2]] if hits else []
        elif quote and quote in " ".join(pc["sentence"].split()).casefold():
            out += pc["places"]
    return out


def _score(gold_events: list[dict], golds: dict, predicted: dict, judge: _Judge) -> EventScores:
    votes: dict[_Statement, Counter] = {}
    for ge in gold_events:
        for article, index in ge["claims"]:
            gc = golds[article]["claims"][index]
            st = _Statement(ge["event"], article, gc.get("side"))
            tally = votes.setdefault(st, Counter())
            tally.update(p["event"] for p in _counterparts(gc, golds[article], predicted.get(article, []), judge)
                         if p["event"])
    reached = _reach(votes)
    statements = list(votes)
    s = EventScores(statements=len(statements), found=sum(1 for st in statements if reached[st]))
    p_sum = r_sum = 0.0
    for st in statements:
        gold_cluster = {t for t in statements if t.event == st.event}
        pred_cluster = {t for t in statements if reached[t] and reached[t] == reached[st]} if reached[st] else {st}
        both = len(gold_cluster & pred_cluster)
        p_sum += both / len(pred_cluster)
        r_sum += both / len(gold_cluster)
    s.precision, s.recall = p_sum / len(statements), r_sum / len(statements)
    status = {p["event"]: p["status"] for preds in predicted.values() for c in preds for p in c["places"] if p["event"]}
    for ge in gold_events:
        s.events += 1
        mine = Counter(reached[st] for st in statements if st.event == ge["event"] and reached[st])
        top = mine.most_common(1)[0][0] if mine else None
        got = status.get(top)
        s.status_right += got == ge["status"]
        s.details.append({"event": ge["event"], "status": ge["status"], "predicted_status": got,
                          "statements": {f"{st.article}:{st.side}": reached[st] for st in statements
                                         if st.event == ge["event"]}})
    return s


def _reach(votes: dict[_Statement, Counter]) -> dict[_Statement, str | None]:
    """The predicted event each statement reaches: where most of its claims' places went; a
    tie goes to the event more statements vote for."""
    overall = Counter()
    for tally in votes.values():
        overall.update(set(tally))
    return {st: (max(tally, key=lambda e: (tally[e], overall[e], e)) if tally else None) for st, tally in votes.items()}
