"""Bad input gets a clear error or a sensible result, never a crash."""
import time

import pytest

from geo.articles import ArticleError, from_text, parse_date, read_article
from geo.places.geocoder import Gazetteer as Geocoder
from geo.places.geoparse import geoparse, resolve_name


def test_empty_text(gaz):
    assert geoparse("", gazetteer=gaz) == []
    assert geoparse("   \n\n ", gazetteer=gaz) == []


def test_non_text_is_a_type_error(gaz):
    with pytest.raises(TypeError, match="expects text"):
        geoparse(b"Kharkiv", gazetteer=gaz)


def test_five_megabytes_of_text(gaz):
    para = ("Russian drones struck Kharkiv and the Sumy region overnight, officials said. "
            "The attack damaged homes in Izyum and nearby villages. ") * 4
    text = (para + "\n\n") * (5_000_000 // (len(para) + 2))
    assert len(text) >= 4_900_000
    found = geoparse(text, gazetteer=gaz)
    assert {m.mention for m in found} == {"Kharkiv", "Sumy region", "Izyum"}


def test_cyrillic_only_text(gaz):
    found = geoparse("Вночі ворог атакував Харків та Ізюм. У Сумах пролунали вибухи.", gazetteer=gaz)
    assert [m.place.name for m in found][:2] == ["Kharkiv", "Izium"]


def test_binary_garbage_text(gaz):
    noise = bytes(range(256)).decode("latin-1") * 50
    assert isinstance(geoparse(noise, gazetteer=gaz), list)


def test_binary_file_is_refused_clearly(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(ArticleError, match="binary"):
        read_article(f)


def test_empty_article_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("url: unknown\ntitle: x\n\n   \n")
    with pytest.raises(ArticleError, match="empty"):
        read_article(f)


def test_malformed_date():
    with pytest.raises(ArticleError, match="invalid published date"):
        parse_date("2025-13-45")
    with pytest.raises(ArticleError, match="invalid published date"):
        from_text("published: next Blursday\n\nKharkiv was hit.")


def test_unknown_place_query(gaz):
    assert resolve_name("Qwertzuiop Xyzzyville", gaz) == (None, [])
    assert Geocoder(gaz).geocode("Qwertzuiop Xyzzyville") is None


def test_query_of_ten_thousand_characters(gaz):
    t0 = time.perf_counter()
    mention, _ = resolve_name("z" * 10_000, gaz)
    assert mention is None
    assert time.perf_counter() - t0 < 30  # a generous ceiling: this guards against a hang, not speed


def test_hostile_strings_are_just_text(gaz):
    text = '<script>alert(1)</script> Kharkiv; Kyiv\'; DROP TABLE places;-- <img src=x onerror=alert(2)>'
    found = geoparse(text, gazetteer=gaz)
    assert [m.mention for m in found] == ["Kharkiv", "Kyiv"]
    assert all(text[m.start:m.end] == m.mention for m in found)


def test_full_extraction_of_five_megabytes(tmp_path):
    from geo.claims.extract import extract_article

    para = "Russian drones struck Kharkiv overnight, the regional governor said. Two people were wounded.\n\n"
    art = from_text(para * (5_000_000 // len(para)), published=None)
    out = extract_article(art)
    assert out["claims"] and all(c["places"] == ["Kharkiv"] for c in out["claims"])


def test_article_with_no_claims_and_no_date():
    from geo.claims.extract import extract_article

    out = extract_article(from_text("Markets in Lviv were busy and the weather was warm.\n"))
    assert out["claims"] == [] and out["article"]["published"] is None
