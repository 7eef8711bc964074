"""Doc: paragraphs and sentences with offsets, the one split every stage reads."""
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.articles import from_text
from geo.articles.doc import Doc


def test_sentences_paragraphs_and_offsets():
    text = "Drones hit Sumy on Monday. Two people were hurt.\n\nThe governor, Gen. Ivanov, said so. It was late."
    doc = Doc(text)
    assert [s.text for s in doc.sentences] == ["Drones hit Sumy on Monday.", "Two people were hurt.",
                                               "The governor, Gen. Ivanov, said so.", "It was late."]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 1]
    assert [p.text for p in doc.paragraphs] == [text.split("\n\n")[0], text.split("\n\n")[1]]
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text


def test_a_line_break_ends_a_sentence_but_not_the_paragraph():
    doc = Doc("Strikes this week:\n- 14 August - Volgograd refinery\n- 18 August - Nikolskoye station")
    assert [s.text for s in doc.sentences] == ["Strikes this week:", "- 14 August - Volgograd refinery",
                                               "- 18 August - Nikolskoye station"]
    assert {s.paragraph for s in doc.sentences} == {0}


def test_sentence_lookup_by_offset():
    text = "Kharkiv was shelled. Izium too."
    doc = Doc(text)
    assert doc.sentence_at(text.index("Izium")).text == "Izium too."
    assert doc.sentence_at(text.index(" Izium")) is None  # the space between sentences
    assert doc.starts_sentence(0) and doc.starts_sentence(text.index("Izium"))
    assert not doc.starts_sentence(text.index("shelled"))


def test_article_doc_is_made_once():
    art = from_text("Russian drones hit Odesa. Nobody was hurt.\n")
    assert art.doc is art.doc and len(art.doc.sentences) == 2
    assert Doc.of(art.doc) is art.doc


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab A.!?\n\"’”«» 1Д"), max_size=200))
def test_any_text_splits_into_exact_ordered_sentences(text):
    doc = Doc(text)
    last = -1
    for k, s in enumerate(doc.sentences):
        assert s.index == k and text[s.start:s.end] == s.text and s.text == s.text.strip() and s.text
        assert s.start > last
        last = s.end - 1
        assert doc.sentence_at(s.start) is s and doc.starts_sentence(s.start)
