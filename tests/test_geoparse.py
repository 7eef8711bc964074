import pytest

from geo.places.geoparse import geoparse


def mentions(text, gaz):
    return [(m.mention, m.place.kind, m.place.admin1 or m.place.country) for m in geoparse(text, gazetteer=gaz)]


def test_offsets_point_at_the_mention(gaz):
    text = "Explosions hit Kharkiv overnight; the Sumy region and Izyum were shelled."
    for m in geoparse(text, gazetteer=gaz):
        assert text[m.start:m.end] == m.mention


def test_generic_word_is_part_of_the_span_and_decides_the_kind(gaz):
    text = "a training camp in the Shostka district of the Sumy region, not far from Sumy"
    assert mentions(text, gaz) == [("Shostka district", "district", "UA-59"),
                                  ("Sumy region", "admin1", "UA-59"),
                                  ("Sumy", "settlement", "UA-59")]


def test_coordinated_regions_take_the_plural_generic(gaz):
    text = "Recent acts of railway sabotage in Russia's Bryansk and Kursk regions were attacks."
    assert mentions(text, gaz) == [("Russia", "country", "RU"), ("Bryansk", "admin1", "RU-BRY"),
                                   ("Kursk", "admin1", "RU-KRS")]


def test_oblasts_in_a_list(gaz):
    found = mentions("drones over Mykolaiv, Odesa and Kherson oblasts", gaz)
    assert [k for _, k, _ in found] == ["admin1"] * 3
    assert [a for _, _, a in found] == ["UA-48", "UA-51", "UA-65"]


@pytest.mark.parametrize("text", [
    "The Ukrainian army and the Russian Ministry of Defense traded claims.",
    "An Iskander missile was fired in May.",
    "Vladimir Putin and Volodymyr Zelenskyy spoke on Tuesday.",
    "Budanov said nothing. Kyrylo Budanov later added that Budanov's team was ready.",
    "The factories ‘Zvezda’ and ‘Impuls’ were hit.",
    "The Kremlin and NATO exchanged statements; the Armed Forces of Ukraine's General Staff reported.",
])
def test_words_that_are_not_places(text, gaz):
    found = [m for m in mentions(text, gaz) if m[1] != "country"]
    assert found == []


def test_country_and_possessive(gaz):
    assert mentions("Ukraine's air defence and Russia's army", gaz) == [("Ukraine", "country", "UA"), ("Russia", "country", "RU")]


def test_cyrillic_text(gaz):
    assert mentions("Харків і Суми атакували дрони", gaz) == [("Харків", "settlement", "UA-63"), ("Суми", "settlement", "UA-59")]


def test_russian_spelling_of_a_village_is_found(gaz):
    found = geoparse("Russian forces took the village of Yunakovka in Sumy region.", gazetteer=gaz)
    assert found[0].mention == "Yunakovka" and found[0].place.name == "Yunakivka"


def test_one_sense_per_article(gaz):
    text = "Andreevka in Sumy Region was taken. Later, Andreevka was shelled again."
    found = [m for m in geoparse(text, gazetteer=gaz) if m.mention == "Andreevka"]
    assert len(found) == 2 and found[0].place.id == found[1].place.id


def test_every_resolution_says_why(gaz):
    m = geoparse("the village of Andreevka in Sumy Region", gazetteer=gaz)[0]
    assert m.evidence and m.score > 0
    assert len(m.candidates) > 1  # runners-up are kept for the UI


def test_macro_regions(gaz):
    found = mentions("airfields in five Russian regions, including Siberia and the Far East", gaz)
    assert found == [("Siberia", "region", "RU"), ("Far East", "region", "RU")]


def test_world_cities_are_known_and_not_in_ukraine(gaz):
    found = mentions("Talks in Istanbul and Brussels", gaz)
    assert found == [("Istanbul", "settlement", "TR"), ("Brussels", "settlement", "BE")]


@pytest.mark.parametrize("text, expected", [
    ("Civilians were hurt in several regions, among them Kharkiv, Zhytomyr, Zaporizhzhia and Kyiv.",
     [("Kharkiv", "admin1"), ("Zhytomyr", "admin1"), ("Zaporizhzhia", "admin1"), ("Kyiv", "admin1")]),
    ("In the partially occupied region of Zaporizhzhia, a substation burned.", [("Zaporizhzhia", "admin1")]),
    ("Drones attacked three districts of the Kursk region: Sudzhansky, Korenevsky and Glushkovsky.",
     [("Kursk region", "admin1"), ("Sudzhansky", "district"), ("Korenevsky", "district"), ("Glushkovsky", "district")]),
    ("Strikes hit Kharkiv and Zhytomyr overnight.", [("Kharkiv", "settlement"), ("Zhytomyr", "settlement")]),
])
def test_a_generic_word_before_a_list_of_names(gaz, text, expected):
    assert [(m.mention, m.place.kind) for m in geoparse(text, gazetteer=gaz)] == expected


# -- places in claims (issue 23, item 8) ----------------------------------------------------------

def _only(text, gaz, mention):
    """The one resolved mention of ``mention`` in ``text`` (all its mentions agree)."""
    found = [m for m in geoparse(text, gazetteer=gaz) if m.mention == mention]
    assert found, f"{mention!r} not found in {text!r}"
    assert len({m.place.id for m in found}) == 1
    return found[0].place


@pytest.mark.parametrize("name, admin1", [
    ("Nikolaev", "UA-48"), ("Odessa", "UA-51"), ("Zaporozhye", "UA-23"), ("Dnepr", "UA-12"), ("Kherson", "UA-65"),
])
def test_a_big_city_is_not_pulled_to_a_namesake_by_background_places(gaz, name, admin1):
    # The first paragraph is background about the Donetsk front; its villages must not drag the
    # city named in the strike sentence to a namesake there (or to its oblast).
    text = ("Fighting went on around Kurakhove, Selydove and Novohrodivka, where Russian units pushed "
            f"towards Pokrovsk.\n\nOvernight, cruise missiles struck the port of {name}, officials said. "
            f"Air defences over {name} shot down several drones.")
    place = _only(text, gaz, name)
    assert (place.kind, place.admin1) == ("settlement", admin1)


def test_an_oblast_centre_outweighs_a_namesake_village_near_the_other_places(gaz):
    # Zaporizhzhia is also a village in Luhansk oblast, a few dozen km from the places named first.
    text = "Russian troops shelled Kreminna, Svatove and Bilohorivka. Later a drone hit Zaporozhye."
    assert _only(text, gaz, "Zaporozhye").admin1 == "UA-23"


def test_a_village_cue_lets_the_namesake_village_win(gaz):
    # "the village of Belgorod" is not the oblast centre: the Bryansk village next to Navlya is.
    text = "Drones hit Navlya, Bryansk Oblast, overnight; in the village of Belgorod a barn burned."
    assert _only(text, gaz, "Belgorod").admin1 == "RU-BRY"
    text = "Drones hit Navlya, Bryansk Oblast, overnight; in Belgorod a barn burned."
    assert _only(text, gaz, "Belgorod").admin1 == "RU-BEL"


def test_a_name_inside_a_facility_name_gets_no_prominence(gaz):
    # "the Zaporozhye Nuclear Power Plant" is named after the city or its region alike.
    found = geoparse("Shelling near the Zaporozhye Nuclear Power Plant in Enerhodar was reported.", gazetteer=gaz)
    z = next(m for m in found if m.mention == "Zaporozhye")
    assert not any(e in ("oblast centre", "metropolis") for e in z.evidence)


@pytest.mark.parametrize("text, mention, admin1", [
    ("A drone set fire to the refinery in Slavyansk-on-Kuban overnight.", "Slavyansk-on-Kuban", "RU-KDA"),
    ("Debris fell in Slavyansk-na-Kubani.", "Slavyansk-na-Kubani", "RU-KDA"),
    ("Sirens sounded in Rostov-on-Don after midnight.", "Rostov-on-Don", "RU-ROS"),
    ("Sirens sounded in Rostov-na-Donu after midnight.", "Rostov-na-Donu", "RU-ROS"),
    ("An aircraft plant in Komsomolsk-on-Amur was named as a target.", "Komsomolsk-on-Amur", "RU-KHA"),
    ("Fuel trains were held at Kamensk-Shakhtinsky station.", "Kamensk-Shakhtinsky", "RU-ROS"),
    ("Shells landed in Novaya Kakhovka on Monday.", "Novaya Kakhovka", "UA-65"),
])
def test_compound_names_are_one_mention(gaz, text, mention, admin1):
    found = geoparse(text, gazetteer=gaz)
    assert [m.mention for m in found] == [mention]
    assert (found[0].place.kind, found[0].place.admin1) == ("settlement", admin1)


def test_a_compound_shortened_later_keeps_its_place(gaz):
    text = ("A drone set fire to the refinery in Slavyansk-on-Kuban overnight. The Slavyansk plant stopped "
            "work, and the fire in Slavyansk was out by noon.")
    found = geoparse(text, gazetteer=gaz)
    assert [m.mention for m in found] == ["Slavyansk-on-Kuban", "Slavyansk", "Slavyansk"]
    assert {m.place.admin1 for m in found} == {"RU-KDA"}  # not Sloviansk in Donetsk oblast


def test_a_short_form_does_not_override_a_generic_word(gaz):
    text = "Explosions shook Rostov-on-Don. The Rostov region governor said a drone fell on a farm."
    found = [(m.mention, m.place.kind, m.place.admin1) for m in geoparse(text, gazetteer=gaz)]
    assert found == [("Rostov-on-Don", "settlement", "RU-ROS"), ("Rostov region", "admin1", "RU-ROS")]


def test_an_unknown_compound_is_not_split(gaz):
    # Neither half of an unknown "X-on-Y" is meant alone.
    assert [m.mention for m in geoparse("The convoy left Dolgoprudnovsk-on-Kuban at dawn.", gazetteer=gaz)] == []


@pytest.mark.parametrize("text, mention, kind, admin1", [
    ("The regional governor of Kherson said two people were wounded.", "Kherson", "admin1", "UA-65"),
    ("Two people were wounded, according to the governor of the Kherson region.", "Kherson region", "admin1", "UA-65"),
    ("The Kherson governor said that shelling continued through the night.", "Kherson", "admin1", "UA-65"),
    ("Kursk's governor said a drone hit a car on the highway.", "Kursk", "admin1", "RU-KRS"),
    ("The Poltava regional military administration said debris fell on a field.", "Poltava", "admin1", "UA-53"),
    ("The mayor of Kherson said a bus was hit.", "Kherson", "settlement", "UA-65"),
    ("A bus was hit in Kherson, the city's mayor said.", "Kherson", "settlement", "UA-65"),
    # A federal city is its own region: its governor's city is the city.
    ("The governor of Sevastopol said a drone was downed at sea.", "Sevastopol", "settlement", "UA-40"),
])
def test_a_role_word_heading_a_region_means_the_oblast(gaz, text, mention, kind, admin1):
    place = _only(text, gaz, mention)
    assert (place.kind, place.admin1) == (kind, admin1)


@pytest.mark.parametrize("text", [
    "The governor of Kharkiv said that missiles struck the city of Kharkiv.",
    "Missiles hit Poltava overnight, the Poltava regional military administration said.",
])
def test_one_name_one_place_the_strike_mention_outweighs_a_title(gaz, text):
    # Where the strike fell is the city; the official's title does not split the name in two.
    name = "Kharkiv" if "Kharkiv" in text else "Poltava"
    assert _only(text, gaz, name).kind == "settlement"


@pytest.mark.parametrize("text, mention", [
    ("Air defences downed eleven drones over the Crimean Peninsula.", "Crimean Peninsula"),
    ("Drones were downed over the Crimean peninsula and the sea nearby.", "Crimean peninsula"),
    ("Explosions were heard across occupied Crimea.", "Crimea"),
])
def test_the_crimean_peninsula_is_crimea(gaz, text, mention):
    place = _only(text, gaz, mention)
    assert (place.kind, place.admin1) == ("admin1", "UA-43")


@pytest.mark.parametrize("text, expected", [
    ("Drones struck a depot in Krasnodar Krai.", [("Krasnodar Krai", "admin1", "RU-KDA")]),
    ("A fire broke out in Stavropol krai, the Krai authorities said.", [("Stavropol krai", "admin1", "RU-STA")]),
    ("In the Krai of Krasnodar, a depot burned.", [("Krasnodar", "admin1", "RU-KDA")]),
    ("Shells hit a farm in the region of Belgorod.", [("Belgorod", "admin1", "RU-BEL")]),
    ("The self-declared republics of Donetsk and Luhansk held votes.",
     [("Donetsk", "admin1", "UA-14"), ("Luhansk", "admin1", "UA-09")]),
])
def test_krai_and_region_of_as_cues(gaz, text, expected):
    assert [(m.mention, m.place.kind, m.place.admin1) for m in geoparse(text, gazetteer=gaz)] == expected
