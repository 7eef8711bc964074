"""Score extractor output against gold files, exactly as ../shared/eval/FORMAT.md defines.

A place-less predicted claim is matched to a place-less gold claim of the same side (FORMAT.md's
place rule cannot match claims without places; the gold marks those optional, which FORMAT.md
defines as "neither required nor an error"). For claim matching, a gold ``region`` place (which has
no resolution rule) is matched by a predicted region of the same country and name.

Aggregation (FORMAT.md leaves it open): recognition and claim precision/recall are micro-averaged
over all articles (true and false positives summed, then divided); resolution and date accuracy
are fractions over all scored gold items. Resolution scores every recognised gold place that has
an answer (required or optional), except ``region`` entries and settlements or districts that the
gold could not locate (no ``lat``/``lon``: "within 10 km of gold" cannot be measured). Side
accuracy, which FORMAT.md does
not define, is: over required gold claims that some predicted claim matches by place alone, the
share where the best such prediction also has the gold side.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable

from .places.gazetteer import Gazetteer, haversine_km

__all__ = ["Scores", "evaluate_corpus", "score_article", "mention_key"]

SETTLEMENT_KM, DISTRICT_KM, ACC_KM = 10.0, 50.0, 161.0


def mention_key(mention: str) -> str:
    m = mention.strip().casefold()
    return m[4:] if m.startswith("the ") else m


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    resolved: int = 0
    exact: int = 0
    acc161: int = 0
    claims_gold: int = 0
    claims_found: int = 0
    claims_pred: int = 0
    claims_correct: int = 0
    side_scored: int = 0
    side_correct: int = 0
    dates_scored: int = 0
    dates_correct: int = 0
    articles: int = 0
    details: list = field(default_factory=list)

    def add(self, other: "Scores") -> None:
        for f in fields(self):
            if f.name != "details":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        self.details += other.details

    @staticmethod
    def _ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    def summary(self) -> dict:
        p = self._ratio(self.tp, self.tp + self.fp)
        r = self._ratio(self.tp, self.tp + self.fn)
        f1 = round(2 * p * r / (p + r), 4) if p and r else 0.0
        return {
            "articles": self.articles,
            "recognition": {"precision": p, "recall": r, "f1": f1, "tp": self.tp, "fp": self.fp, "fn": self.fn},
            "resolution": {"exact": self._ratio(self.exact, self.resolved),
                           "acc161": self._ratio(self.acc161, self.resolved), "scored": self.resolved},
            "claims": {"recall": self._ratio(self.claims_found, self.claims_gold),
                       "precision": self._ratio(self.claims_correct, self.claims_pred),
                       "side_accuracy": self._ratio(self.side_correct, self.side_scored),
                       "date_accuracy": self._ratio(self.dates_correct, self.dates_scored),
                       "gold": self.claims_gold, "predicted": self.claims_pred},
        }


class _Judge:
    """The resolution rules of FORMAT.md for one predicted place against one gold place."""

    def __init__(self, gaz: Gazetteer | None):
        self.gaz = gaz

    def exact(self, pred: dict, gold: dict) -> bool:
        kind = gold.get("kind")
        if kind == "settlement":
            return _km(pred, gold) <= SETTLEMENT_KM
        if kind == "district":
            return _km(pred, gold) <= DISTRICT_KM
        if kind == "admin1":
            return pred.get("kind") == "admin1" and pred.get("admin1") == gold.get("admin1")
        if kind == "country":
            return pred.get("kind") == "country" and pred.get("country") == gold.get("country")
        return False

    def same_place(self, pred: dict, gold: dict) -> bool:
        """``exact`` for claim matching. Region entries have no resolution rule in FORMAT.md
        ("not scored"); for claims a region matches a predicted region of the same country
        and name, so that claims about Siberia or the Far East can be matched at all."""
        if gold.get("kind") == "region":
            return pred.get("kind") == "region" and pred.get("country") == gold.get("country") and \
                (pred.get("name") or "").casefold() == (gold.get("name") or "").casefold()
        return self.exact(pred, gold)

    def within(self, pred: dict, gold: dict, km: float) -> bool:
        kind = gold.get("kind")
        if kind == "admin1":
            if self._inside_admin1(pred, gold.get("admin1")):
                return True
        if kind == "country":
            if pred.get("country") == gold.get("country") and pred.get("kind") in ("country", "admin1", "settlement", "district"):
                return True
        if "lat" in gold and gold.get("lat") is not None:
            return _km(pred, gold) <= km
        return False

    def _inside_admin1(self, pred: dict, code: str | None) -> bool:
        if not code or pred.get("lat") is None:
            return False
        if self.gaz is None:
            return pred.get("admin1") == code
        area = self.gaz.get(f"iso:{code}")
        return area is not None and self.gaz.contains(area, pred["lat"], pred["lon"])


def _km(pred: dict, gold: dict) -> float:
    if pred.get("lat") is None or gold.get("lat") is None:
        return float("inf")
    return haversine_km(pred["lat"], pred["lon"], gold["lat"], gold["lon"])


def score_article(pred: dict, gold: dict, judge: _Judge, name: str = "") -> Scores:
    """One article's scores: its places (recognised, then resolved) and its claims, with the
    misses and spurious finds in ``details``."""
    s = Scores(articles=1)
    gold_places = {mention_key(g["mention"]): g for g in gold.get("places", [])}
    pred_by_key: dict[str, dict] = {}
    for p in pred.get("places", []):
        pred_by_key.setdefault(mention_key(p["mention"]), p)
    detail = _score_places(s, pred_by_key, gold_places, judge, name)

    def place_hits(pc: dict, gc: dict) -> bool:
        return _place_hits(pc, gc, pred_by_key, gold_places, judge)

    gold_claims, pred_claims = gold.get("claims", []), pred.get("claims", [])
    detail["claims_spurious"] = _score_predicted_claims(s, pred_claims, gold_claims, place_hits)
    detail["claims_missed"] = _score_gold_claims(s, pred_claims, gold_claims, place_hits)
    s.details.append(detail)
    return s


def _score_places(s: Scores, pred_by_key: dict, gold_places: dict, judge: _Judge, name: str) -> dict:
    """Recognition (tp, fp, fn over the required gold places) and resolution of the places
    found; the article's detail so far (missed, spurious, wrongly placed mentions)."""
    required = {k for k, g in gold_places.items() if not g.get("optional")}
    predicted = set(pred_by_key)
    s.tp = len(predicted & required)
    s.fn = len(required - predicted)
    s.fp = len(predicted - set(gold_places))
    detail = {"article": name, "missed": sorted(required - predicted), "spurious": sorted(predicted - set(gold_places)),
              "wrong_place": []}
    for k in sorted(predicted & set(gold_places)):
        g = gold_places[k]
        if g.get("kind") == "region" or (g.get("kind") in ("settlement", "district") and g.get("lat") is None):
            continue  # no rule (regions) or nothing to measure against (a gold village it could not locate)
        s.resolved += 1
        ok = judge.exact(pred_by_key[k], g)
        s.exact += ok
        s.acc161 += judge.within(pred_by_key[k], g, ACC_KM)
        if not ok:
            detail["wrong_place"].append(k)
    return detail


def _place_hits(pc: dict, gc: dict, pred_by_key: dict, gold_places: dict, judge: _Judge) -> bool:
    """Whether one of a predicted claim's places resolves exactly to one of the gold claim's:
    with an equal side, what makes a prediction match a gold claim."""
    for pm in pc.get("places", []):
        pp = pred_by_key.get(mention_key(pm))
        if pp is None:
            continue
        for gm in gc.get("places", []):
            gp = gold_places.get(mention_key(gm))
            if gp is not None and judge.same_place(pp, gp):
                return True
    return False


def _score_predicted_claims(s: Scores, pred_claims: list, gold_claims: list, place_hits) -> list[str]:
    """Claim precision: each predicted claim right or spurious; the spurious ones, as text."""
    spurious = []
    s.claims_pred = 0
    for pc in pred_claims:
        hits = [gc for gc in gold_claims if gc.get("side") == pc.get("side") and place_hits(pc, gc)]
        if not hits and not pc.get("places"):
            # The place rule cannot match a claim that names no place. A place-less prediction
            # with the side of a place-less gold claim has found that claim; since such gold
            # claims are optional, it is "neither required nor an error".
            hits = [gc for gc in gold_claims if not gc.get("places") and gc.get("side") == pc.get("side")]
        if hits and all(gc.get("optional") for gc in hits):
            continue  # matching only an optional claim is neither right nor wrong
        s.claims_pred += 1
        s.claims_correct += bool(hits)
        if not hits:
            spurious.append(f"[{pc.get('side')}] {', '.join(pc.get('places', []))} "
                            f"({pc.get('source', '')}): {pc.get('sentence', '')[:90]}")
    return spurious


def _score_gold_claims(s: Scores, pred_claims: list, gold_claims: list, place_hits) -> list[str]:
    """Claim recall, date accuracy and side accuracy over the required gold claims; the missed
    ones, as text."""
    missed = []
    for gc in gold_claims:
        if gc.get("optional"):
            continue
        s.claims_gold += 1
        matches = [pc for pc in pred_claims if pc.get("side") == gc.get("side") and place_hits(pc, gc)]
        if matches:
            s.claims_found += 1
            if gc.get("date"):
                s.dates_scored += 1
                s.dates_correct += any(pc.get("date") == gc["date"] for pc in matches)
        else:
            missed.append(f"[{gc.get('side')}] {', '.join(gc.get('places', []))}: {gc.get('quote', '')}")
        by_place = [pc for pc in pred_claims if place_hits(pc, gc)]
        if by_place:
            s.side_scored += 1
            s.side_correct += any(pc.get("side") == gc.get("side") for pc in by_place)
    return missed


def in_part(name: str, part: tuple[int, int] | None) -> bool:
    """Is article ``name`` in part K of N (a split by a hash of the file name, stable across
    runs and machines, so that one half can be tuned on and the other kept for checking)?"""
    if part is None:
        return True
    k, n = part
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % n == k - 1


def evaluate_corpus(folder: str | Path, extract: Callable[[Path], dict],
                    gazetteer: Gazetteer | None = None, part: tuple[int, int] | None = None) -> Scores:
    """Run ``extract`` (article path -> extractor output dict) over a corpus folder and score it
    (only part K of N of its articles when ``part`` is (K, N))."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: not a folder")
    judge = _Judge(gazetteer)
    total = Scores()
    articles = sorted(p for p in folder.glob("*.txt") if in_part(p.name, part))
    if not articles:
        raise FileNotFoundError(f"{folder}: no NAME.txt articles in it")
    for art in articles:
        gold_path = art.with_name(art.name[:-4] + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        total.add(score_article(extract(art), gold, judge, art.name))
    return total
