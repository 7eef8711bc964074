"""Names that are not places of impact: ships, outlets and companies named after places (not place
mentions at all), seas next to a place on land, a capital speaking for its government, a dateline.
Sentences written for these tests, with decoys where the same name is a place."""
from datetime import date

import pytest

from geo.claims.claims import extract_claims
from geo.claims.impact import is_water
from geo.places.geoparse import geoparse

TUESDAY = date(2025, 6, 3)


def mentions(text, gaz):
    return [m.mention for m in geoparse(text, gazetteer=gaz)]


def claim_places(text, gaz):
    found = extract_claims(text, geoparse(text, TUESDAY, gaz), TUESDAY)
    return [[p.mention for p in c.places] for c in found]


# -- ships ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kept", [
    # a vessel noun before the name, also over a list and a quote
    ("The landing ship Olenegorsky Gornyak was damaged near Novorossiysk.", ["Novorossiysk"]),
    ("Naval drones sank the cruiser Moskva in April.", []),
    ("The submarine Rostov-on-Don was hit while docked in Sevastopol.", ["Sevastopol"]),
    ("The landing ships Minsk and Novocherkassk were hit in Feodosia.", ["Feodosia"]),
    ("A drone rammed the landing vessel \"Olenegorskiy Gornyak\" off Crimea.", ["Crimea"]),
    # in apposition after the name
    ("Drones hit the Askold, a corvette, in Kerch.", ["Kerch"]),
    ("Ukraine sank the Moskva, the flagship of the fleet, near Odesa.", ["Ukraine", "Odesa"]),
    # after "the X"
    ("The Saratov landing ship was destroyed in Berdyansk.", ["Berdyansk"]),
    # a known vessel with no noun; a title before a surname
    ("The Olenegorsky Gornyak was towed into port.", []),
    ("The frigate Admiral Makarov was hit near Sevastopol.", ["Sevastopol"]),
])
def test_a_ship_is_not_a_place(text, kept, gaz):
    assert mentions(text, gaz) == kept


@pytest.mark.parametrize("text,kept", [
    ("Missiles struck Minsk and Saratov overnight.", ["Minsk", "Saratov"]),
    ("Drones attacked the Kerch ferry crossing.", ["Kerch"]),
    ("The Sevastopol submarine base was hit.", ["Sevastopol"]),
    ("A ship in Novorossiysk was hit.", ["Novorossiysk"]),
])
def test_a_town_near_a_vessel_noun_stays_a_place(text, kept, gaz):
    assert mentions(text, gaz) == kept


# -- outlets and companies -------------------------------------------------------------------------

@pytest.mark.parametrize("text,kept", [
    ("He told BBC Radio 4 that Kharkiv was hit.", ["Kharkiv"]),
    ("The Moscow Times reported that drones hit Kursk.", ["Kursk"]),
    ("The Kyiv Independent reported explosions in Sumy.", ["Sumy"]),
    ("Radio Svoboda reported explosions in Bryansk.", ["Bryansk"]),
    ("Novaya Gazeta reported explosions in Ryazan.", ["Ryazan"]),
    ("The New York Times verified videos from Novorossiysk.", ["Novorossiysk"]),
    ("The Telegram channel Baza said a drone hit a plant in Bryansk.", ["Bryansk"]),
    ("The Antonov company said its hangar in Kyiv was hit.", ["Kyiv"]),
    ("Tupolev, Sukhoi and Kalashnikov plants in Kazan were hit.", ["Kazan"]),
    ("The Luch design bureau in Kyiv was struck.", ["Kyiv"]),
])
def test_an_outlet_or_a_company_is_not_a_place(text, kept, gaz):
    assert mentions(text, gaz) == kept


def test_a_place_before_a_lower_case_title_word_stays(gaz):
    assert mentions("Explosions were heard in Moscow at times and in Kyiv today.", gaz) == ["Moscow", "Kyiv"]


# -- seas, capitals, datelines ---------------------------------------------------------------------

def test_a_sea_gives_way_to_the_place_on_land(gaz):
    text = "Naval drones attacked the naval base in Novorossiysk on the Black Sea on Monday, the navy said."
    assert claim_places(text, gaz) == [["Novorossiysk"]]


def test_a_sea_that_is_the_only_place_stays(gaz):
    text = "Russian air defences shot down 12 drones over the Black Sea on Monday, the ministry said."
    assert claim_places(text, gaz) == [["Black Sea"]]


def test_a_sea_before_the_noun_it_locates_is_no_place_of_impact(gaz):
    text = "Drones hit a Black Sea oil terminal in Tuapse on Monday, the governor said."
    assert claim_places(text, gaz) == [["Tuapse"]]


def test_seas_are_known_by_their_names(gaz):
    assert is_water(gaz.get("region:black-sea")) and is_water(gaz.get("region:sea-of-azov"))
    assert not is_water(gaz.get("region:donbas"))


@pytest.mark.parametrize("text,expected", [
    ("Moscow insists that its missile hit a command post in Kramatorsk on Monday.", [["Kramatorsk"]]),
    ("Kyiv said a Russian missile hit a pizzeria in Kramatorsk on Monday.", [["Kramatorsk"]]),
    ("Kyiv has said that Russian drones struck Odesa on Monday.", [["Odesa"]]),
    ("Kyiv does not usually confirm that its drones struck Kursk, but a drone hit Kursk on Monday.", [["Kursk"]]),
])
def test_a_capital_that_speaks_is_not_where_the_strike_landed(text, expected, gaz):
    assert claim_places(text, gaz) == expected


def test_a_capital_that_was_hit_stays(gaz):
    assert claim_places("Russian missiles hit Kyiv on Monday, the mayor said.", gaz) == [["Kyiv"]]


def test_a_dateline_is_not_a_place_of_impact(gaz):
    text = "KYIV (Reuters) - Ukrainian drones hit an oil depot in Bryansk on Monday, the governor said."
    assert claim_places(text, gaz) == [["Bryansk"]]


def test_a_place_far_from_the_war_is_no_place_of_impact(gaz):
    found = extract_claims("The strike on Kharkiv came as NATO leaders met in Washington, the governor said.",
                           geoparse("The strike on Kharkiv came as NATO leaders met in Washington, the governor said.",
                                    TUESDAY, gaz), TUESDAY)
    assert [[m.mention for m in c.places] for c in found] == [["Kharkiv"]]


def test_common_nouns_held_as_villages_are_not_places(gaz):
    text = ("The missiles were launched over the Caspian Sea on Independence Day. Sea drones hit Sevastopol, "
            "the governor said.")
    names = [m.mention for m in geoparse(text, TUESDAY, gaz)]
    assert "Day" not in names and "Sea" not in names and "Sevastopol" in names
