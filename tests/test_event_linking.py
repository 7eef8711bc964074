"""Events that hold across outlets (issue 30): what scatters one strike over several events,
and the decoys that must stay apart. Short articles written for these tests, each about the
kind of report our users read: a ministry's summary, a governor's post, a wire story the
next morning, an analysis of satellite images."""
from datetime import date

import pytest

from geo.articles import from_text
from geo.claims.events import Item, Matcher, PlaceRef
from geo.claims.extract import extract
from test_store import BACKENDS, make_store

D = date(2024, 8, 14)


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path, gaz):
    s = make_store(request.param, tmp_path, gaz)
    yield s
    s.close()


def add(store, gaz, text, published=D):
    art = from_text(text, published=published, title=text[:40], url=f"https://example.org/{abs(hash(text))}")
    return store.add(art, extract(art, gaz))


def events_by_place(store):
    return store.events().set_index("place_name")


# -- 1. a report from the next morning ---------------------------------------------------------
def test_an_undated_report_days_later_joins_the_dated_strike(store, gaz):
    add(store, gaz, "The Russian Defence Ministry said its missile hit a Ukrainian command post in Kramatorsk on "
                    "27 June 2023.", published=date(2023, 6, 28))
    # Published two days after the strike, with no date of its own: the strike is before it.
    add(store, gaz, "A Russian missile hit a pizzeria in Kramatorsk, killing ten people, Ukraine's National Police said.",
        published=date(2023, 6, 29))
    events = store.events()
    assert len(events) == 1 and events.iloc[0].day == date(2023, 6, 27) and events.iloc[0].status == "acknowledged"


def test_yesterday_evening_reported_next_morning_meets_the_same_evening(store, gaz):
    add(store, gaz, "Russian drones hit an energy facility in Konotop on the evening of 14 August 2024, the Sumy "
                    "regional military administration said.", published=D)
    # A relative date is only as good as the reporter's clock: "yesterday" a day later may be the same evening.
    add(store, gaz, "The Russian Defence Ministry said yesterday its drones struck a Ukrainian fuel depot in Konotop.",
        published=date(2024, 8, 16))
    assert len(store.events()) == 1


def test_calendar_dates_a_day_apart_stay_two_strikes(store, gaz):
    add(store, gaz, "Russian drones hit an energy facility in Konotop on 14 August 2024, the Sumy regional military "
                    "administration said.")
    add(store, gaz, "Russian drones hit an energy facility in Konotop on 15 August 2024, the Sumy regional military "
                    "administration said.", published=date(2024, 8, 15))
    assert len(store.events()) == 2


# -- 2. facilities ------------------------------------------------------------------------------
def test_a_facility_and_the_town_it_is_in_are_one_strike(store, gaz):
    add(store, gaz, "Ukrainian drones hit the Borisoglebsk air base overnight, Ukraine's General Staff said.")
    add(store, gaz, "A drone attack on Borisoglebsk overnight started a fire, Voronezh governor Alexander Gusev said.")
    e = store.events()
    assert len(e) == 1 and e.iloc[0].place_name == "Borisoglebsk air base" and e.iloc[0].kind == "facility"
    assert e.iloc[0].status == "acknowledged"
    links = set(store.event_claims([e.iloc[0].id]).link)
    assert "Borisoglebsk air base is at Borisoglebsk, the same day" in links


def test_a_facility_named_in_a_list_under_its_noun_is_where_the_facility_is(store, gaz):
    # Voronezh's military airfield is Baltimor, on the city's edge: the list names it by the city.
    add(store, gaz, "Ukraine's General Staff said its drones hit airfields at Voronezh, Borisoglebsk and Savasleyka "
                    "overnight.")
    add(store, gaz, "Ukrainian drones attacked the Baltimor air base overnight, a source in the Security Service of "
                    "Ukraine said.")
    e = events_by_place(store)
    assert e.loc["Baltimor air base (Voronezh)", "n_places"] == 2 and len(e) == 3


def test_the_same_facility_a_week_apart_is_two_strikes(store, gaz):
    add(store, gaz, "Ukrainian drones hit the Borisoglebsk air base on 14 August 2024, Ukraine's General Staff said.")
    add(store, gaz, "Ukrainian drones hit the Borisoglebsk air base on 21 August 2024, Ukraine's General Staff said.",
        published=date(2024, 8, 21))
    assert len(store.events()) == 2


# -- 4. granularity ------------------------------------------------------------------------------
def test_crimea_holds_sevastopol(store, gaz):
    add(store, gaz, "Russian air defences shot down all Ukrainian drones over Crimea overnight, the Russian Defence "
                    "Ministry said.", published=date(2024, 5, 3))
    add(store, gaz, "Ukraine's navy said its drones hit a fuel depot in Sevastopol overnight.", published=date(2024, 5, 3))
    e = store.events()
    assert len(e) == 1 and e.iloc[0].place_name == "Sevastopol" and e.iloc[0].status == "contested"
    assert "shot down" in e.iloc[0].why and "Russian Defence Ministry" in e.iloc[0].why


def test_a_raion_named_after_its_seat_meets_the_seat(store, gaz):
    add(store, gaz, "Ukraine's General Staff said its drones hit a radar station in the Kramatorsk district on 5 July 2024.",
        published=date(2024, 7, 5))
    add(store, gaz, "A Russian missile struck Kramatorsk on 5 July 2024, the Russian Defence Ministry said.",
        published=date(2024, 7, 5))
    assert len(store.events()) == 1


def test_a_claims_own_container_follows_its_village(store, gaz):
    add(store, gaz, "Russian troops shelled the village of Bilenke in the Kramatorsk district on 27 June 2023, the "
                    "police said.", published=date(2023, 6, 28))
    add(store, gaz, "A Russian missile hit the centre of Kramatorsk on 27 June 2023, the police said.",
        published=date(2023, 6, 28))
    e = events_by_place(store)
    assert set(e.index) == {"Bilenke", "Kramatorsk"}  # the district named with Bilenke is where Bilenke is
    links = set(store.event_claims([e.loc["Bilenke", "id"]]).link)
    assert any("names where Bilenke is" in (link or "") for link in links)


# -- decoys ---------------------------------------------------------------------------------------
def test_two_towns_of_one_oblast_on_one_night_stay_apart_and_so_does_the_oblast(store, gaz):
    add(store, gaz, "The Russian Defence Ministry said air defences destroyed 37 drones over the Voronezh region "
                    "overnight.")
    add(store, gaz, "Ukrainian drones hit a warehouse in Borisoglebsk overnight, the General Staff said.")
    add(store, gaz, "Ukrainian drones hit an oil depot in Liski overnight, the General Staff said.")
    e = events_by_place(store)
    assert len(e) == 3 and e.loc["Voronezh", "sides"] == "RU"
    assert e.loc["Borisoglebsk", "status"] == e.loc["Liski", "status"] == "single"


def test_the_oblast_claim_goes_back_to_its_only_town_whatever_the_order(store, gaz):
    add(store, gaz, "Ukrainian drones hit a warehouse in Borisoglebsk overnight, the General Staff said.")
    add(store, gaz, "The Russian Defence Ministry said air defences destroyed 37 drones over the Voronezh region "
                    "overnight.")
    e = store.events()
    assert len(e) == 1 and e.iloc[0].status == "contested"
    add(store, gaz, "Ukrainian drones hit an oil depot in Liski overnight, the General Staff said.")
    assert len(store.events()) == 3  # a second town: the oblast's claim is tied to neither


# -- 5. status -------------------------------------------------------------------------------------
def test_satellite_images_make_it_verified_and_say_whose(store, gaz):
    add(store, gaz, "Ukrainian drones hit a warehouse in Borisoglebsk overnight, the General Staff said.")
    add(store, gaz, "Satellite images analysed by the Associated Press show that a warehouse in Borisoglebsk was "
                    "struck on 14 August 2024.", published=date(2024, 8, 15))
    e = store.events()
    assert len(e) == 1 and e.iloc[0].status == "verified" and "Associated Press" in e.iloc[0].why


def test_images_seen_two_days_later_verify_the_strike_they_show(store, gaz):
    add(store, gaz, "Explosions destroyed several aircraft at the Morozovsk air base on 5 April 2024, Ukraine's "
                    "Security Service said.", published=date(2024, 4, 5))
    # Dated by when the images were released, two days after the strike they show.
    add(store, gaz, "Satellite images released on Sunday show burned-out hangars at the Morozovsk air base, the "
                    "Associated Press reported.", published=date(2024, 4, 7))
    e = store.events()
    assert len(e) == 1 and e.iloc[0].status == "verified" and e.iloc[0].day == date(2024, 4, 5)


def test_a_reporter_near_the_scene_is_not_a_verification(store, gaz):
    add(store, gaz, "A Russian missile hit a restaurant in Kramatorsk on 27 June 2023, killing ten people, the police said.",
        published=date(2023, 6, 28))
    add(store, gaz, "The attack on 27 June 2023 left the restaurant, a favourite of journalists in Kramatorsk, in ruins, "
                    "the newspaper reported.", published=date(2023, 6, 28))
    assert store.events().iloc[0].status != "verified"


def test_both_sides_disputing_the_target_still_acknowledge_the_strike(store, gaz):
    add(store, gaz, "The Russian Defence Ministry said its missile hit a Ukrainian command post in Kramatorsk on "
                    "27 June 2023.", published=date(2023, 6, 28))
    add(store, gaz, "A Russian missile hit a pizzeria in Kramatorsk on 27 June 2023, killing ten people, Ukraine's "
                    "National Police said.", published=date(2023, 6, 28))
    e = store.events()
    assert len(e) == 1 and e.iloc[0].status == "acknowledged"


# -- the matcher alone ------------------------------------------------------------------------------
def test_the_matcher_ties_an_area_only_when_one_strike_is_in_it(gaz):
    oblast = PlaceRef("a-vor", "admin1", "RU-VOR", 51.0, 40.0, "Voronezh Oblast")
    town_a = PlaceRef("p-a", "settlement", "RU-VOR", 51.37, 42.08, "Borisoglebsk")
    town_b = PlaceRef("p-b", "settlement", "RU-VOR", 50.2, 39.58, "Liski")
    m = Matcher(gaz)
    a = m.assign(Item("c1", 0, town_a, D, False, "UA"))
    assert m.assign(Item("c2", 0, oblast, D, False, "RU", outcome="intercepted")) is None  # waits
    (item, e), = m.settle()
    assert e is a and "only strike" in item.link and a.status == "contested"
    m2 = Matcher(gaz)
    m2.assign(Item("c1", 0, town_a, D, False, "UA"))
    m2.assign(Item("c3", 0, town_b, D, False, "UA"))
    m2.assign(Item("c2", 0, oblast, D, False, "RU"))
    (item, e), = m2.settle()
    assert e.place.id == "a-vor" and e.sides == {"RU"}


def test_a_facility_meets_its_town_but_not_another_facility(gaz):
    base = PlaceRef("fac:x-airbase", "facility", "RU-VOR", 51.5, 39.2, "X air base", towns=("p-town",))
    other = PlaceRef("fac:y-depot", "facility", "RU-VOR", 51.6, 39.1, "Y oil depot", towns=("p-town",))
    town = PlaceRef("p-town", "settlement", "RU-VOR", 51.66, 39.2, "Town")
    elsewhere = PlaceRef("p-far", "settlement", "RU-VOR", 50.2, 39.58, "Elsewhere")
    m = Matcher(gaz)
    e = m.assign(Item("c1", 0, base, D, False, "UA"))
    assert m.assign(Item("c2", 0, town, D, True, "OTHER")) is e
    assert m.assign(Item("c3", 0, other, D, False, "UA")) is not e
    assert m.assign(Item("c4", 0, elsewhere, D, False, "RU")) is not e
    week_later = m.assign(Item("c5", 0, base, date(2024, 8, 21), False, "UA"))
    assert week_later is not e  # the same facility a week later: another strike


def test_one_harbours_port_and_naval_base_are_one_strike_but_its_air_base_is_not(gaz):
    port = PlaceRef("fac:port", "facility", "RU-KDA", 44.72, 37.78, "Port", towns=("p-town",), category="port")
    base = PlaceRef("fac:navy", "facility", "RU-KDA", 44.70, 37.80, "Naval base", towns=("p-town",), category="naval_base")
    air = PlaceRef("fac:air", "facility", "RU-KDA", 44.66, 37.70, "Air base", towns=("p-town",), category="airfield")
    m = Matcher(gaz)
    e = m.assign(Item("c1", 0, port, D, False, "UA"))
    assert m.assign(Item("c2", 0, base, D, False, "RU", outcome="intercepted")) is e
    assert m.assign(Item("c3", 0, air, D, False, "UA")) is not e


def test_a_denial_against_a_hit_is_contested(store, gaz):
    add(store, gaz, "Russian missiles struck the railway station in Kramatorsk on 8 April 2022, Ukraine's railway "
                    "company said.", published=date(2022, 4, 8))
    add(store, gaz, "Russia's Defence Ministry denied striking the railway station in Kramatorsk on 8 April 2022.",
        published=date(2022, 4, 8))
    e = store.events()
    assert len(e) == 1 and e.iloc[0].status == "contested" and "did not happen" in e.iloc[0].why


def test_a_facility_meets_its_town_across_admin1_units(store, gaz):
    # Kacha air base is in Crimea (UA-43), its town Sevastopol a unit of its own (UA-40); taking
    # the facility moves the event's place to another unit, and it must be found there.
    add(store, gaz, "Russian-installed governor Mikhail Razvozhayev said drones attacked Sevastopol overnight.")
    add(store, gaz, "Ukraine's General Staff said its drones hit the Kacha air base on 13 August 2024.")
    e = store.events()
    assert len(e) == 1 and e.iloc[0].place_name == "Kacha air base" and e.iloc[0].n_places == 2
    # Machulishchy air base is in Minsk region (BY-MI), named after Minsk, a city unit (BY-HM).
    add(store, gaz, "Belarusian partisans said they damaged an aircraft at the Machulishchy air base on 26 February 2023.",
        published=date(2023, 2, 27))
    add(store, gaz, "Explosions were heard in Minsk on 26 February 2023, residents said.", published=date(2023, 2, 27))
    assert len(store.events()) == 2


def test_a_single_sides_event_names_that_side_and_the_independent_voice(gaz):
    town = PlaceRef("p-town", "settlement", "UA-59", 51.86, 33.47, "Shostka")
    m = Matcher(gaz)
    e = m.assign(Item("c1", 0, town, D, False, "OTHER", source="Reuters"))
    m.assign(Item("c2", 0, town, D, False, "RU", source="the Russian Defence Ministry"))
    assert e.status == "single" and e.why.startswith("single: of the two sides only the Russian Defence Ministry (RU)")
    assert "Reuters (independent) also reports it" in e.why


def test_a_merge_says_a_user_placed_the_claims(store, gaz):
    add(store, gaz, "Ukrainian drones hit a warehouse in Borisoglebsk overnight, the General Staff said.")
    add(store, gaz, "Ukrainian drones hit an oil depot in Liski overnight, the General Staff said.")
    a, b = store.events().id
    store.merge_events(a, b, author="desk editor")
    assert set(store.event_claims([a]).link) == {"placed by a user"}
