"""Events do not depend on the order articles arrive in (issue 30): whatever the order and the
batches, ingesting articles one by one or in bulk gives the events a rebuild of the store gives,
with the same counts and status. Short articles written for this test: towns of one oblast on one
night, an oblast-level claim between them, a facility and its town in another admin-1 unit
(Kacha air base and Sevastopol), a raion and a village in it, evidence seen two days later."""
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from geo.articles import from_text
from geo.claims.extract import extract
from geo.store import Store
from geo.store.schema import event_places_t, events_t

D = date(2024, 8, 14)
TEXTS = [
    ("Ukrainian drones hit a warehouse in Borisoglebsk overnight, the General Staff said.", D),
    ("The Russian Defence Ministry said air defences destroyed 37 drones over the Voronezh region overnight.", D),
    ("Ukrainian drones hit an oil depot in Liski overnight, the General Staff said.", D),
    ("Ukrainian drones hit the Borisoglebsk air base on 14 August 2024, Ukraine's General Staff said.", D),
    ("Russian-installed governor Mikhail Razvozhayev said drones attacked Sevastopol overnight.", D),
    ("Ukraine's General Staff said its drones hit the Kacha air base on 13 August 2024.", D),
    ("Russian air defences shot down all Ukrainian drones over Crimea overnight, the Russian Defence Ministry said.", D),
    ("Russian troops shelled the village of Bilenke in the Kramatorsk district on 13 August 2024, the police said.", D),
    ("A Russian missile hit the centre of Kramatorsk on 14 August 2024, the police said.", D),
    ("Satellite images released on Friday show burned-out hangars at the Borisoglebsk air base, the Associated Press "
     "reported.", D + timedelta(days=2)),
]


@pytest.fixture(scope="module")
def extracted(gaz):
    out = []
    for k, (text, published) in enumerate(TEXTS):
        art = from_text(text, published=published, title=text[:40], url=f"https://example.org/{k}")
        out.append((art, extract(art, gaz)))
    return out


def grouping(store):
    """Events as sets of claim places, each with its count, sides and status (ids aside: an
    event's id is its first claim's, which depends on the order)."""
    with store.engine.connect() as conn:
        members: dict[str, set] = {}
        for r in conn.execute(select(event_places_t)):
            members.setdefault(r.event_id, set()).add((r.claim_id, r.seq))
        rows = {r.id: (r.n_places, r.sides, r.status) for r in conn.execute(select(events_t))}
    assert set(members) == set(rows)  # no event without claims, no claims in a missing event
    assert all(rows[e][0] == len(m) for e, m in members.items())  # the count is the claims it holds
    return {frozenset(m): rows[e] for e, m in members.items()}


@settings(max_examples=12, deadline=None)
@given(order=st.permutations(range(len(TEXTS))), cuts=st.sets(st.integers(1, len(TEXTS) - 1), max_size=3),
       bulk=st.booleans())
def test_any_order_and_batching_groups_as_a_rebuild_does(tmp_path_factory, gaz, extracted, order, cuts, bulk):
    path = tmp_path_factory.mktemp("orders") / "events.sqlite"
    with Store.open(str(path), gazetteer=gaz) as store:
        pairs = [extracted[k] for k in order]
        edges = [0, *sorted(cuts), len(pairs)]
        for a, b in zip(edges, edges[1:]):
            if bulk:
                store.add_many(pairs[a:b], events=False)
                store.flush_events()
            else:
                for art, ex in pairs[a:b]:
                    store.add(art, ex)
        arrived = grouping(store)
        store.rebuild_events()
        assert arrived == grouping(store)
