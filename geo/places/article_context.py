"""Pass 2 of resolution: the places an article settled on (its anchors), and a mention's
candidates rescored for coherence with them (same oblast, distance)."""
from __future__ import annotations

import math

from .gazetteer import Place
from .mentions import Candidate
from .scoring import W_NEAR, W_SAME_ADMIN1, _rank

class _Context:
    """The places an article settled on (its anchors), and each candidate's two nearest anchors,
    computed in one vectorised step per article: a mention then finds its nearest anchor that is
    not one of its own namesakes by looking at two numbers, not at a matrix."""

    def __init__(self, anchors: list[Place], candidate_lists):
        self.anchors = anchors
        self.anchor_ids = {a.id for a in anchors}
        self.admin1s = {a.admin1 for a in anchors if a.admin1}
        self.admin1_of = {a.id: a.admin1 for a in anchors}
        self.holders: dict[str, set[str]] = {}  # admin-1 code -> the anchors in it
        for a in anchors:
            if a.admin1:
                self.holders.setdefault(a.admin1, set()).add(a.id)
        self.points = [a for a in anchors if a.kind in ("settlement", "district", "admin1")]
        self.column = {a.id: j for j, a in enumerate(self.points)}
        places = {c.place.id: c.place for cands in candidate_lists for c in cands}
        self.row = {pid: i for i, pid in enumerate(places)}
        self.distances = self.nearest2 = None
        if self.points and places:
            self.distances = _distances(list(places.values()), self.points)
            self.nearest2 = dict(zip(places, _two_nearest(self.distances)))

    def view(self, own_ids: set[str]):
        """What a mention with the candidates ``own_ids`` may lean on: the anchors that are not
        its own namesakes. Returns (their admin-1 codes, the columns of the namesakes among the
        points, whether any point remains to measure distance to), or None when no anchor does.
        Most mentions own one anchor or none: the answer is the article's, less what only the
        mention's own anchors held."""
        own = self.anchor_ids & own_ids
        if not own:
            return self.admin1s, (), self.distances is not None
        if len(own) == len(self.anchors):
            return None
        gone = {k for k in map(self.admin1_of.get, own) if k and self.holders[k] <= own}
        excluded = {self.column[pid] for pid in own if pid in self.column}
        return self.admin1s - gone, excluded, self.distances is not None and len(excluded) < len(self.points)

    def nearest(self, place_id: str, excluded) -> float:
        """A candidate's distance to the nearest point that is not in ``excluded`` (columns; at
        least one point must remain). The two nearest answer almost always; a mention whose two
        nearest anchors are both its own namesakes reads its whole row."""
        for j, km in self.nearest2[place_id]:
            if j not in excluded:
                return km
        cols = [j for j in range(len(self.points)) if j not in excluded]
        return float(self.distances[self.row[place_id], cols].min())


def _distances(places: list[Place], points: list[Place]):
    """Great-circle km from every place (rows) to every point (columns), in one numpy step."""
    import numpy as np

    lat1 = np.radians(np.array([p.lat for p in places]))[:, None]
    lon1 = np.radians(np.array([p.lon for p in places]))[:, None]
    lat2 = np.radians([a.lat for a in points])
    lon2 = np.radians([a.lon for a in points])
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(1.0, h)))


def _two_nearest(distances) -> list:
    """Per row, ((column, km), (column, km)) of its nearest and second-nearest column (with one
    column, the second repeats it at infinity). Values are the matrix's own, so a minimum read
    here equals one taken over the matrix."""
    import numpy as np

    rows = np.arange(len(distances))
    first = distances.argmin(axis=1)
    rest = distances.copy()
    rest[rows, first] = np.inf
    second = rest.argmin(axis=1)
    return list(zip(zip(first.tolist(), distances[rows, first].tolist()),
                    zip(second.tolist(), rest[rows, second].tolist())))


def _in_context(cands: list[Candidate], context: _Context) -> list[Candidate]:
    """Pass 2: a mention's pass-1 candidates (which stay as they are: they are kept across
    articles) rescored for coherence with the places the article settled on, best first. Every
    mention gets these scores, a sure one too: mentions of one name are compared on them in the
    group pass."""
    view = context.view({c.place.id for c in cands})
    if view is None:  # no anchor but its own namesakes: pass 1's scores and order stand
        return [Candidate(c.place, c.score, list(c.evidence)) for c in cands]
    admin1s, excluded, measure = view
    out = []
    for c in cands:
        p, score, evidence = c.place, c.score, list(c.evidence)
        if p.kind not in ("country", "region"):
            if p.admin1 and p.admin1 in admin1s:
                score += W_SAME_ADMIN1
                evidence.append("same oblast as other places in the text")
            if measure:
                d = context.nearest(p.id, excluded)
                bonus = W_NEAR * math.exp(-d / 150.0)
                if bonus > 0.05:
                    evidence.append(f"{d:.0f} km from another place in the text")
                score += bonus
        out.append(Candidate(p, score, evidence))
    out.sort(key=_rank)
    return out
