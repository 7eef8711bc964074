"""The scoring rules of FORMAT.md, on small hand-made gold and predictions."""
from geo.evaluate import Scores, _Judge, mention_key, score_article

GOLD = {
    "places": [
        {"mention": "Shostka", "kind": "settlement", "country": "UA", "admin1": "UA-59", "lat": 51.8643, "lon": 33.4728},
        {"mention": "Sumy region", "kind": "admin1", "country": "UA", "admin1": "UA-59"},
        {"mention": "Shostka district", "kind": "district", "country": "UA", "admin1": "UA-59", "lat": 51.8643, "lon": 33.4728},
        {"mention": "Ukraine", "kind": "country", "country": "UA"},
        {"mention": "Kiev", "kind": "settlement", "country": "UA", "admin1": "UA-30", "lat": 50.45, "lon": 30.52, "optional": True},
        {"mention": "Far East", "kind": "region", "country": "RU"},
    ],
    "claims": [
        {"side": "RU", "date": "2025-05-20", "places": ["Shostka district", "Sumy region"]},
        {"side": "UA", "date": None, "places": ["Sumy region"]},
        {"side": "OTHER", "date": None, "places": ["Kiev"], "optional": True},
    ],
}


def P(mention, kind, lat, lon, admin1=None, country="UA"):
    return {"mention": mention, "kind": kind, "lat": lat, "lon": lon, "admin1": admin1, "country": country}


def test_mention_key_ignores_case_and_leading_the():
    assert mention_key("The Far East") == mention_key("far east") == "far east"


def test_recognition_counts_optional_as_neither():
    pred = {"places": [P("shostka", "settlement", 51.87, 33.47, "UA-59"), P("Kiev", "settlement", 50.45, 30.52, "UA-30"),
                       P("Moscow", "settlement", 55.75, 37.6, "RU-MOW", "RU")], "claims": []}
    s = score_article(pred, GOLD, _Judge(None))
    assert (s.tp, s.fp, s.fn) == (1, 1, 4)  # Kiev is optional: not a false positive; Moscow is


def test_resolution_rules_by_kind():
    pred = {"places": [
        P("Shostka", "settlement", 51.80, 33.47, "UA-59"),          # 7 km: exact
        P("Shostka district", "district", 51.60, 33.47, "UA-59"),   # 29 km from the seat: exact (< 50)
        P("Sumy region", "settlement", 50.9, 34.8, "UA-59"),        # right code, wrong kind: not exact
        P("Ukraine", "country", 49.0, 31.0, None),
        P("Far East", "region", 62.0, 135.0, None, "RU"),         # regions are not scored
    ], "claims": []}
    s = score_article(pred, GOLD, _Judge(None))
    assert s.resolved == 4 and s.exact == 3


def test_acc161_counts_a_point_inside_the_gold_admin1(gaz):
    pred = {"places": [P("Sumy region", "settlement", 50.9, 34.8, "UA-59")], "claims": []}
    s = score_article(pred, GOLD, _Judge(gaz))
    assert s.exact == 0 and s.acc161 == 1
    far = {"places": [P("Shostka", "settlement", 50.45, 30.52, "UA-30")], "claims": []}
    assert score_article(far, GOLD, _Judge(gaz)).acc161 == 0  # 300 km away


def test_claim_matching_needs_side_and_an_exact_place():
    places = [P("Shostka district", "district", 51.86, 33.47, "UA-59"), P("Sumy region", "admin1", 51.0, 34.1, "UA-59"),
              P("Kiev", "settlement", 50.45, 30.52, "UA-30")]
    pred = {"places": places, "claims": [
        {"side": "RU", "date": "2025-05-20", "places": ["Shostka district"]},   # matches claim 1, right date
        {"side": "RU", "date": None, "places": ["Sumy region"]},                 # matches claim 1 too (same side, place)
        {"side": "OTHER", "date": None, "places": ["Kiev"]},                     # only the optional one: ignored
        {"side": "UA", "date": None, "places": ["Kiev"]},                        # wrong place: a false claim
    ]}
    s = score_article(pred, GOLD, _Judge(None))
    assert (s.claims_gold, s.claims_found) == (2, 1)
    assert (s.claims_pred, s.claims_correct) == (3, 2)
    assert (s.dates_scored, s.dates_correct) == (1, 1)
    # the RU prediction on Sumy region matches the UA claim by place but not by side
    assert (s.side_scored, s.side_correct) == (2, 1)


def test_summary_micro_averages():
    a, b = Scores(tp=3, fp=1, fn=0, articles=1), Scores(tp=1, fp=0, fn=2, articles=1)
    a.add(b)
    rec = a.summary()["recognition"]
    assert rec["precision"] == 0.8 and rec["recall"] == round(4 / 6, 4)
    assert rec["f1"] == round(2 * 0.8 * (4 / 6) / (0.8 + 4 / 6), 4)


def test_a_gold_village_without_coordinates_is_not_scored_for_resolution():
    gold = {"places": [{"mention": "Brusivka", "kind": "settlement", "country": "UA", "admin1": "UA-14"},
                       {"mention": "Lyman", "kind": "settlement", "admin1": "UA-14", "lat": 48.99, "lon": 37.80}],
            "claims": []}
    pred = {"places": [{"mention": "Brusivka", "kind": "settlement", "admin1": "UA-14", "lat": 49.1, "lon": 37.7},
                       {"mention": "Lyman", "kind": "settlement", "admin1": "UA-14", "lat": 48.99, "lon": 37.81}],
            "claims": []}
    s = score_article(pred, gold, _Judge(None))
    assert (s.tp, s.resolved, s.exact) == (2, 1, 1)  # recognised both, judged the one with a point
