"""Resolution: each mention on its own (pass 1, kept across articles), with the places the
article settled on (pass 2), then one sense per name per article."""
from __future__ import annotations

from .article_context import _Context, _in_context
from .gazetteer import Gazetteer
from .mentions import Candidate, PlaceMention, _Span
from .scoring import _accepted, _apply_container, _candidates, _contenders, _decisive, _rank

def _signature(s: _Span) -> tuple:
    """What a mention's resolution depends on: name, generic, cue, container, neighbours, role
    and compound. Fixed when a mention is first scored: the group pass changes what containers
    resolve to, and a signature that moved would miss its cached scores."""
    if s.sig is None:
        c = s.container.settled.id if s.container is not None and s.container.settled is not None else None
        s.sig = (s.key, s.hint, s.cue, c, s.glued, s.hyphenated, s.role, s.short_for)
    return s.sig


def _own_scores(s: _Span, gaz: Gazetteer) -> tuple[list[Candidate], bool]:
    """Pass 1: a mention on its own, best first, and whether its best can anchor the others
    (``_decisive``). Its evidence (name, generic word, cue, container) does not depend on the
    article, so the answer is kept across articles (read-only: pass 2 copies it)."""
    sig = _signature(s)
    found = gaz.remembered(("pass1",) + sig)
    if found is None:
        cands = _candidates(s, gaz)
        if sig[3] is not None:
            cands = _apply_container(cands, gaz.get(sig[3]))
        cands = _contenders(cands)
        cands.sort(key=_rank)
        found = (cands, _decisive(cands))
        gaz.remember(("pass1",) + sig, found)
    return found


def _resolve(spans: list[_Span], gaz: Gazetteer, alternatives: int | None) -> None:
    """Rank each mention's places: on its own (pass 1), with the places the article settled on
    (pass 2), then one sense per name. Mentions with the same signature are scored once: a long
    article repeats its places many times, and resolution must stay linear in its length."""
    # Pass 1: each mention on its own, containers first so that they can constrain what they hold.
    first: dict[tuple, tuple[list[Candidate], bool]] = {}
    for s in sorted(spans, key=lambda s: s.container is not None):
        sig = _signature(s)
        if sig not in first:
            first[sig] = _own_scores(s, gaz)
        s.settled = _accepted(first[sig][0])
    # Pass 2: every mention looks at the places the article settled on.
    anchors = list({s.settled.id: s.settled for s in spans if s.settled and first[s.sig][1]}.values())
    context = _Context(anchors, [cands for cands, _ in first.values()])
    second = {sig: _in_context(cands, context) for sig, (cands, _) in first.items()}
    _one_sense(spans, second, alternatives)


def _one_sense(spans: list[_Span], second: dict[tuple, list[Candidate]], alternatives: int | None) -> None:
    """One sense per name per article: a group's mentions share the best-supported place, each
    place with its best score over the group's signatures. A group of one signature takes pass
    2's ranking as it is (a signature belongs to one group, and its places are distinct)."""
    done: set[int] = set()
    for s in spans:
        if id(s.group) in done:
            continue
        done.add(id(s.group))
        sigs = list(dict.fromkeys(m.sig for m in s.group))
        ranked = second[sigs[0]] if len(sigs) == 1 else _merge([second[sig] for sig in sigs])
        for m in s.group:
            m.result = _mention(m, ranked, alternatives)


def _merge(rankings: list[list[Candidate]]) -> list[Candidate]:
    """Several rankings of one name as one: each place's best score, with the evidence of every
    ranking that raised it."""
    total: dict[str, Candidate] = {}
    for ranking in rankings:
        for c in ranking:
            t = total.get(c.place.id)
            if t is None:
                total[c.place.id] = Candidate(c.place, c.score, list(c.evidence))
            elif c.score > t.score:
                t.score = c.score
                t.evidence += [e for e in c.evidence if e not in t.evidence]
    return sorted(total.values(), key=_rank)


def _mention(s: _Span, cands: list[Candidate], alternatives: int | None) -> PlaceMention | None:
    if _accepted(cands) is None:
        return None
    best = cands[0]
    kept = cands if alternatives is None else cands[:alternatives + 1]
    return PlaceMention(s.start, s.end, s.surface, best.place, best.score, list(best.evidence), list(kept), s.hint)
