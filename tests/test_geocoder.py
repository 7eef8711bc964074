from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.places.geocoder import Gazetteer


def test_is_a_geopy_geocoder(gaz):
    g = Gazetteer(gaz)
    assert isinstance(g, Geocoder)
    loc = g.geocode("Kharkov")
    assert isinstance(loc, Location)
    assert loc.raw["admin1"] == "UA-63" and loc.raw["kind"] == "settlement"
    assert abs(loc.latitude - 49.99) < 0.1 and abs(loc.longitude - 36.23) < 0.1


def test_geocode_many(gaz):
    locs = Gazetteer(gaz).geocode("Andriivka", exactly_one=False, limit=4)
    assert 1 < len(locs) <= 4 and all(isinstance(l, Location) for l in locs)


def test_reverse_finds_the_nearest_town(gaz):
    loc = Gazetteer(gaz).reverse((51.8643, 33.4728))
    assert loc.raw["name"] == "Shostka"
    assert "km away" in loc.raw["evidence"][0]


def test_reverse_by_kind(gaz):
    loc = Gazetteer(gaz).reverse("50.9, 34.8", kind="admin1")
    assert loc.raw["kind"] == "admin1"


def test_fallback_is_used_only_when_the_gazetteer_has_nothing(gaz):
    class Stub(Geocoder):
        calls = []

        def geocode(self, query, exactly_one=True, **kw):
            self.calls.append(query)
            return "fallback"

    stub = Stub()
    g = Gazetteer(gaz, fallback=stub)
    assert g.geocode("Kyiv").raw["admin1"] == "UA-30"
    assert g.geocode("Qwertzuiop") == "fallback"
    assert stub.calls == ["Qwertzuiop"]
