"""Language data (geo.claims.lang): what every language module must hold, and that the logic
reads a document's language through it."""
import re

import pytest

from geo.articles.doc import Doc, detect_lang
from geo.claims import lang as langs
from geo.claims.vocab import TARGETS, WEAPONS

REQUIRED = ["CUES", "SPEAKERS", "SPEAKER_CUES", "BACK_CUES", "CITING", "PRONOUN", "ROLE", "OUTLET_VOICE", "STRIKE_VERB",
            "STRIKE_NOUN", "DATE_PATTERNS", "DATE_MONTHS", "TARGET_PHRASES", "WEAPON_PHRASES", "KILLED", "WOUNDED"]


@pytest.mark.parametrize("code", langs.LANGUAGES)
def test_every_language_holds_the_data_the_annotators_read(code):
    data = langs.for_lang(code)
    assert all(hasattr(data, name) for name in REQUIRED)
    assert set(data.TARGET_PHRASES) == set(TARGETS) and set(data.WEAPON_PHRASES) == set(WEAPONS)
    for _, side, _ in data.SPEAKERS:
        assert side in ("RU", "UA", "OTHER")
    for _, p in data.SPEAKER_CUES + data.BACK_CUES + data.DATE_PATTERNS:
        re.compile(p)


def test_a_language_without_data_reads_as_english_and_finds_nothing_it_cannot_read():
    assert langs.for_lang("xx") is langs.for_lang("en")


@pytest.mark.parametrize("text,code", [
    ("Russian drones struck Sumy overnight.", "en"),
    ("Вночі російські дрони атакували Суми, повідомила обласна військова адміністрація.", "uk"),
    ("Ночью украинские беспилотники атаковали Белгородскую область, сообщил губернатор.", "ru"),
    ("", "en"),
])
def test_the_language_comes_from_the_script(text, code):
    assert detect_lang(text) == code and Doc(text).lang == code


def test_layers_are_written_once_and_read_by_sentence():
    doc = Doc("Drones hit Sumy. The governor said so.")

    class Span:
        def __init__(self, start, end):
            self.start, self.end = start, end

    doc.set_layer("marks", [Span(20, 22), Span(0, 3)])
    assert [s.start for s in doc.layer("marks")] == [0, 20]
    assert [s.start for s in doc.spans("marks", doc.sentences[1])] == [20]
    with pytest.raises(ValueError):
        doc.set_layer("marks", [])
    assert not doc.fork().has_layer("marks") and doc.fork().sentences is doc.sentences
