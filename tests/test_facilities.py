"""The facilities gazetteer (data/gazetteer/facilities.tsv) and the facility spotter."""
from __future__ import annotations

import csv
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.places.facilities import KINDS, TABLE, Facilities, spot_facilities
from geo.places.gazetteer import haversine_km
from geo.places.geoparse import geoparse

FIXED = settings(derandomize=os.environ.get("HYPOTHESIS_PROFILE", "default") != "nightly")


@pytest.fixture(scope="module")
def facs():
    return Facilities.default()


@pytest.fixture(scope="module")
def rows():
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def spot(text):
    return [(text[link.start:link.end], link.facility.id) for link in spot_facilities(text, geoparse(text))]


def ids(text):
    return [fid for _, fid in spot(text)]


# -- the table ---------------------------------------------------------------------------------

def test_table_shape(rows):
    assert 100 <= len(rows) <= 250
    assert list(rows[0])[:6] == ["id", "name", "kind", "names", "own_names", "towns"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["id"].startswith("fac:") and r["id"] == r["id"].lower() and " " not in r["id"] for r in rows)
    assert {r["kind"] for r in rows} <= set(KINDS)
    assert {r["country"] for r in rows} <= {"UA", "RU", "BY"}
    # The slug names the country the gazetteer puts the facility in (Crimea's are UA-43/UA-40).
    assert all(r["id"].startswith(f"fac:{r['country'].lower()}-") for r in rows)
    for r in rows:
        names = r["names"].split("|")
        assert all(names) and len(set(names)) == len(names), r["id"]
        assert set(filter(None, r["own_names"].split("|"))) <= set(names), r["id"]
        assert r["source"].startswith(("airportsdata ", "Wikipedia: ")), r["id"]
        for value in (r["lat"], r["lon"]):
            assert len(value.partition(".")[2]) <= 4, (r["id"], value)


def test_towns_exist_and_agree_with_the_row(gaz, facs):
    for f in facs:
        towns = [gaz.get(t) for t in f.towns]
        assert all(t is not None and t.kind == "settlement" for t in towns), (f.id, f.towns)
        first = towns[0]
        assert (f.admin1, f.country) == (first.admin1, first.country), f.id
        # The facility lies near the settlement it is in (Volgograd's refinery is 23 km from the
        # city's point; a row beyond 40 km has a wrong town or wrong coordinates).
        assert haversine_km(f.lat, f.lon, first.lat, first.lon) <= 40, f.id
        assert all(haversine_km(f.lat, f.lon, t.lat, t.lon) <= 45 for t in towns), f.id


def test_own_names_are_no_other_towns(gaz, facs):
    """A name read as the facility anywhere must not also be a settlement of the region far
    from it: "Dyagilevo" may name the village beside the base, never one 500 km away."""
    for f in facs:
        for name in f.own_names:
            local = [p for p, _, exact in gaz.lookup(name) if exact and p.kind == "settlement"
                     and p.country in ("UA", "RU", "BY") and haversine_km(f.lat, f.lon, p.lat, p.lon) > 40]
            near = [p for p, _, exact in gaz.lookup(name) if exact
                    and haversine_km(f.lat, f.lon, p.lat, p.lon) <= 40]
            assert not local or near, (f.id, name, [p.id for p in local[:3]])


def test_facility_names_stay_out_of_the_place_index(gaz):
    assert gaz.lookup("Baltimor air base") == []
    assert all(p.kind != "facility" for p, _, _ in gaz.lookup("Engels-2"))


# -- lookup ------------------------------------------------------------------------------------

def test_get_named_of_town_near(facs, gaz):
    baltimor = facs.get("fac:ru-baltimor-airbase")
    assert baltimor.kind == "airfield" and baltimor.admin1 == "RU-VOR"
    assert facs.named("the BALTIMOR") == [baltimor]
    assert facs.named("Энгельс-2")[0].id == "fac:ru-engels-airbase"
    assert facs.named("Savasleika airfield")[0].id == "fac:ru-savasleyka-airbase"
    assert facs.named("Voronezh") == [] and facs.named("") == []
    voronezh = gaz.lookup("Voronezh")[0][0]
    assert baltimor in facs.of_town(voronezh.id)
    kursk = [f.id for f in facs.of_town(gaz.lookup("Kursk")[0][0].id)]
    assert {"fac:ru-khalino-airbase", "fac:ru-kursk-npp"} <= set(kursk)
    assert [f.id for f in facs.near(51.62, 39.14, 5)] == ["fac:ru-baltimor-airbase"]
    assert facs.near(0.0, 0.0, 100) == []
    assert facs.get("fac:nowhere") is None


def test_gazetteer_get_gives_a_facility_place(gaz):
    p = gaz.get("fac:ru-borisoglebsk-airbase")
    assert p.kind == "facility" and p.precision == "facility" and p.category == "airfield"
    assert (p.admin1, p.country) == ("RU-VOR", "RU")
    town = gaz.lookup("Borisoglebsk")
    town = next(t for t, _, _ in town if t.admin1 == "RU-VOR" and t.kind == "settlement")
    assert 3 < haversine_km(p.lat, p.lon, town.lat, town.lon) < 10  # the base is east of the town
    assert gaz.get("fac:unknown") is None
    assert gaz.get("fac:ua-zaporizhzhia-npp") is gaz.get("fac:ua-zaporizhzhia-npp")


def test_an_absent_table_is_empty(tmp_path):
    empty = Facilities.load(tmp_path / "none.tsv")
    assert len(empty) == 0 and empty.named("Baltimor") == []
    assert spot_facilities("Drones hit the Baltimor air base.", [], empty) == []


# -- the spotter -------------------------------------------------------------------------------

def test_name_before_noun():
    assert spot("Explosions were heard near the Morozovsk military airfield on Friday.") == [
        ("Morozovsk military airfield", "fac:ru-morozovsk-airbase")]
    assert ids("The Tuapse refinery halted processing after the attack.") == ["fac:ru-tuapse-refinery"]
    assert ids("Both the Saratov and Syzran refineries were set ablaze.") == [
        "fac:ru-saratov-refinery", "fac:ru-syzran-refinery"]


def test_noun_before_name():
    assert spot("Officials confirmed a fire at the air base in Borisoglebsk.") == [
        ("air base in Borisoglebsk", "fac:ru-borisoglebsk-airbase")]
    assert ids("Two cranes were damaged in the port of Izmail overnight.") == ["fac:ua-izmail-port"]
    assert ids("A drone fell on the nuclear power plant near Kurchatov.") == ["fac:ru-kursk-npp"]


def test_phrases_from_the_names_column():
    assert ids("Inspectors at the Zaporizhzhia nuclear power plant reported a blackout.") == [
        "fac:ua-zaporizhzhia-npp"]
    assert ids("Smoke rose over the Dyagilevo airbase and Engels-2.") == [
        "fac:ru-dyagilevo-airbase", "fac:ru-engels-airbase"]
    assert ids("Он сообщил, что аэродром Саваслейка не пострадал.") == ["fac:ru-savasleyka-airbase"]


def test_list_under_a_plural_noun():
    text = "The strikes targeted three air bases: Shaykovka, Millerovo and Marinovka."
    assert ids(text) == ["fac:ru-shaykovka-airbase", "fac:ru-millerovo-airbase", "fac:ru-marinovka-airbase"]
    text = "Among the military airports struck were Khalino, Borisoglebsk and Baltimore, the statement said."
    assert ids(text) == ["fac:ru-khalino-airbase", "fac:ru-borisoglebsk-airbase", "fac:ru-baltimor-airbase"]


def test_a_town_in_a_list_is_its_airfield():
    text = "Sources said the drones flew at airfields near Voronezh, Kursk and Lipetsk before dawn."
    assert spot(text) == [("airfields near Voronezh", "fac:ru-baltimor-airbase"),
                          ("Kursk", "fac:ru-khalino-airbase"), ("Lipetsk", "fac:ru-lipetsk-airbase")]


def test_a_list_of_regions_is_no_list_of_towns():
    assert ids("Drones attacked airfields in the Voronezh, Kursk and Lipetsk regions.") == []


def test_own_names_anywhere():
    assert spot("A fire broke out at NORSI; Sheskharis stopped loading tankers.") == [
        ("NORSI", "fac:ru-norsi-refinery"), ("Sheskharis", "fac:ru-sheskharis-terminal")]


def test_baltimore_needs_facility_words():
    assert ids("The delegation flew on to Baltimore for talks on Thursday.") == []
    assert ids("The target may have been Baltimore, the airfield south of the city.") == [
        "fac:ru-baltimor-airbase"]


def test_a_town_without_facility_words_links_nothing():
    assert ids("Residents of Voronezh reported explosions and a fire overnight.") == []
    assert ids("Debris fell on a house in Borisoglebsk; the mayor said nobody was hurt.") == []


def test_a_town_with_several_facilities_of_a_kind_and_generic_nouns():
    # Novorossiysk has a naval base and a port: "naval port" asks for the base first.
    assert ids("Sea drones attacked the naval port in Novorossiysk.") == ["fac:ru-novorossiysk-naval-base"]
    # "plant" is too general to choose among a town's facilities.
    assert ids("The Zaporizhzhia plant was shelled again.") == []
    assert ids("The Kupol plant in Izhevsk was hit by drones.") == ["fac:ru-kupol-plant"]


def test_links_point_at_their_mentions():
    text = "Satellite images show Savasleyka airfield and the port of Odesa."
    mentions = geoparse(text)
    links = spot_facilities(text, mentions)
    assert [link.facility.id for link in links] == ["fac:ru-savasleyka-airbase", "fac:ua-odesa-port"]
    for link in links:
        m = mentions[link.mention]
        assert link.start <= m.start < m.end <= link.end and link.evidence


WORDS = ["airfield", "airfields", "air base", "port of", "refinery", "refineries", "NPP", "plant", "Baltimore",
         "Baltimor", "Voronezh", "Kursk", "Engels-2", "Novorossiysk", "Khalino", ",", " and ", ":", "in", "at", ".",
         "the", "regions", "Кульбакино", "Zaporizhzhia", "’s", "-", "\n"]


@FIXED
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=25), st.booleans())
def test_spotting_never_fails_and_stays_inside_the_text(parts, with_mentions):
    text = " ".join(parts)
    mentions = geoparse(text) if with_mentions and text.strip() else []
    links = spot_facilities(text, mentions)
    for link in links:
        assert 0 <= link.start < link.end <= len(text)
        assert link.mention is None or 0 <= link.mention < len(mentions)
    assert all(a.end <= b.start for a, b in zip(links, links[1:]))


def _fold_one_by_one(text):
    """What ``_fold`` must give: each character folded on its own, spaces collapsed."""
    from geo.places.facilities import _fold_char

    out, pos, space = [], [], True
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        if f == " ":
            if not space:
                out.append(" ")
                pos.append(i)
            space = True
            continue
        for c in f:
            out.append(c)
            pos.append(i)
            space = False
    if out and out[-1] == " ":
        out.pop()
        pos.pop()
    return "".join(out), pos


@given(st.text(alphabet=st.sampled_from(list("ab Z’'\"-–ßёКиї\n.Éé,")), max_size=40))
def test_folding_a_word_at_a_time_folds_as_one_character_at_a_time(text):
    from geo.places.facilities import _fold

    folded, pos = _fold(text)
    want, want_pos = _fold_one_by_one(text)
    assert folded == want
    # every letter maps back to the character it came from (a space may sit on a dropped quote)
    assert [p for p, c in zip(pos, folded) if c != " "] == [p for p, c in zip(want_pos, want) if c != " "]
