"""The names the resolver issue lists, each checked against where the place really is."""
import pytest

from geo.places.gazetteer import haversine_km
from geo.places.geoparse import geoparse, resolve_name

# (query, kind, country, admin1, (lat, lon) of the real place or None for areas)
CASES = [
    ("Shostka", "settlement", "UA", "UA-59", (51.866, 33.480)),
    ("Sumy", "settlement", "UA", "UA-59", (50.907, 34.798)),
    ("Sumy region", "admin1", "UA", "UA-59", None),
    ("Kharkiv", "settlement", "UA", "UA-63", (49.993, 36.231)),
    ("Kharkov", "settlement", "UA", "UA-63", (49.993, 36.231)),
    ("Харків", "settlement", "UA", "UA-63", (49.993, 36.231)),
    ("Харьков", "settlement", "UA", "UA-63", (49.993, 36.231)),
    ("Izium", "settlement", "UA", "UA-63", (49.209, 37.257)),
    ("Izyum", "settlement", "UA", "UA-63", (49.209, 37.257)),
    ("Chuhuiv", "settlement", "UA", "UA-63", (49.836, 36.686)),
    ("Chuguyev", "settlement", "UA", "UA-63", (49.836, 36.686)),
    ("Kyiv", "settlement", "UA", "UA-30", (50.450, 30.523)),
    ("Kiev", "settlement", "UA", "UA-30", (50.450, 30.523)),
    ("Mykolaiv", "settlement", "UA", "UA-48", (46.975, 31.995)),
    ("Nikolaev", "settlement", "UA", "UA-48", (46.975, 31.995)),
    ("Lviv", "settlement", "UA", "UA-46", (49.840, 24.030)),
    ("Lviv region", "admin1", "UA", "UA-46", None),
    ("Sievierodonetsk", "settlement", "UA", "UA-09", (48.948, 38.491)),
    ("Severodonetsk", "settlement", "UA", "UA-09", (48.948, 38.491)),
    ("Bakhmut", "settlement", "UA", "UA-14", (48.595, 38.000)),
    ("Artemovsk", "settlement", "UA", "UA-14", (48.595, 38.000)),
    ("Shostka district", "district", "UA", "UA-59", (51.866, 33.480)),
    ("Kursk Region", "admin1", "RU", "RU-KRS", None),
    ("Bryansk", "settlement", "RU", "RU-BRY", (53.243, 34.364)),
    ("Minsk", "settlement", "BY", "BY-HM", (53.902, 27.561)),
    ("Donbas", "region", "UA", None, None),
    ("Donbass", "region", "UA", None, None),
    ("Donetsk People's Republic", "admin1", "UA", "UA-14", None),
    ("Crimea", "admin1", "UA", "UA-43", None),
    ("Sevastopol", "settlement", "UA", "UA-40", (44.616, 33.525)),
    ("Odesa", "settlement", "UA", "UA-51", (46.482, 30.723)),
    ("Odessa", "settlement", "UA", "UA-51", (46.482, 30.723)),
    ("Kupyansk", "settlement", "UA", "UA-63", (49.710, 37.616)),
    ("Krasnodar Krai", "admin1", "RU", "RU-KDA", None),
    ("Kyiv region", "admin1", "UA", "UA-32", None),
    ("Moscow", "settlement", "RU", "RU-MOW", (55.756, 37.617)),
    ("Brest", "settlement", "BY", "BY-BR", (52.098, 23.734)),
    ("Dnepropetrovsk", "settlement", "UA", "UA-12", (48.467, 35.040)),
    ("Krasnoarmeysk", "settlement", "UA", "UA-14", (48.282, 37.176)),
]


@pytest.mark.parametrize("query,kind,country,admin1,point", CASES, ids=[c[0] for c in CASES])
def test_resolves(query, kind, country, admin1, point, gaz):
    mention, candidates = resolve_name(query, gaz)
    assert mention is not None, f"{query!r} not found"
    place = mention.place
    assert (place.kind, place.country, place.admin1) == (kind, country, admin1)
    if point:
        assert haversine_km(place.lat, place.lon, *point) < 10
    else:
        area = gaz.get(f"iso:{admin1}") if admin1 else None
        if area is not None and kind == "admin1":
            assert gaz.contains(area, place.lat, place.lon)


def test_kursk_region_comes_with_its_polygon(gaz):
    mention, _ = resolve_name("Kursk Region", gaz)
    geom = gaz.geometry(mention.place)
    assert geom["type"] in ("Polygon", "MultiPolygon")


def test_andreevka_in_sumy_region_is_the_sumy_andriivka(gaz):
    found = geoparse("Russian troops took control of the village of Andreevka in Sumy Region.", gazetteer=gaz)
    andreevka = found[0]
    assert andreevka.mention == "Andreevka"
    assert andreevka.place.name == "Andriivka" and andreevka.place.admin1 == "UA-59"
    assert any("Sumy" in e for e in andreevka.evidence)
    # Without the container, the same name lands elsewhere: the context did the work.
    other = geoparse("Russian troops took control of the village of Andreevka in the Donetsk region.", gazetteer=gaz)
    assert other[0].place.admin1 == "UA-14"


def test_container_after_comma(gaz):
    found = geoparse("The targeted object is located in Shostka, Sumy Oblast, a town.", gazetteer=gaz)
    assert [(m.mention, m.place.kind) for m in found] == [("Shostka", "settlement"), ("Sumy Oblast", "admin1")]


def test_other_places_pull_an_ambiguous_name(gaz):
    # Two Andriivkas: one in Donetsk Oblast south of Bakhmut, many elsewhere.
    found = geoparse("Andriivka, a village south of Bakhmut, was recaptured.", gazetteer=gaz)
    andriivka, bakhmut = found
    assert andriivka.place.admin1 == "UA-14"
    assert haversine_km(andriivka.place.lat, andriivka.place.lon, bakhmut.place.lat, bakhmut.place.lon) < 30


def test_mykolaiv_is_the_oblast_capital_unless_placed_elsewhere(gaz):
    assert geoparse("Drones hit Mykolaiv.", gazetteer=gaz)[0].place.admin1 == "UA-48"
    elsewhere = geoparse("Shelling hit the village of Mykolaiv in Lviv Oblast.", gazetteer=gaz)
    assert elsewhere[0].place.admin1 == "UA-46"


def test_resolve_name_unknown_returns_none(gaz):
    assert resolve_name("Qwertzuiopville", gaz) == (None, [])
    assert resolve_name("   ", gaz) == (None, [])
