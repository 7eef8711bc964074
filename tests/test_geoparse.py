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
