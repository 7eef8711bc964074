"""Report spans (geo.claims.reports): who speaks for each part of an article, read directly from
the ``reports`` layer, in sentences written for these tests."""
from datetime import date

from geo.articles.doc import Doc
from geo.claims.pipeline import annotate
from geo.claims.speakers import find_speaker
from geo.places.geoparse import geoparse


def reports(text):
    doc = Doc(text)
    return annotate(doc.fork(), geoparse(doc, date(2025, 6, 3)), date(2025, 6, 3), "Example News")


def source_of(doc, fragment):
    return doc.report_at(doc.text.index(fragment)).source


def test_spans_cover_the_text_in_order_without_gaps():
    doc = reports("Drones hit Sumy overnight. The governor said two people were hurt.\n\n"
                  "Background\nThe city has been shelled repeatedly since 2022.")
    spans = doc.layer("reports")
    assert spans[0].start == 0 and spans[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(spans, spans[1:]))


def test_a_source_after_the_lead_takes_the_lead_and_a_heading_closes_it():
    doc = reports("Drones struck a depot in Shostka overnight.\n\nThis was reported by the Sumy regional "
                  "military administration.\n\nBackground\nShostka has a gunpowder plant.")
    assert source_of(doc, "Drones struck") == source_of(doc, "This was") == "Sumy regional military administration"
    assert doc.report_at(doc.text.index("Shostka has")).speaker is None


def test_an_unknown_speaker_closes_the_previous_report():
    doc = reports("Governor Ivan Fedorov said a drone hit a bus in Zaporizhzhia. A regional news site reported that "
                  "a second drone fell near Orikhiv.")
    assert source_of(doc, "A regional") == "A regional news site"
    assert doc.report_at(doc.text.index("A regional")).side == "OTHER"


def test_a_bulletin_under_headings_belongs_to_the_lead_source():
    doc = reports("Russian troops shelled nine settlements over the past day, the Kharkiv regional military "
                  "administration said.\n\nKupiansk district\nA drone hit a shop in Kupiansk.\n\n"
                  "Izium district\nArtillery damaged a school in Balakliia.")
    lead = "the Kharkiv regional military administration"
    assert source_of(doc, "A drone hit") == source_of(doc, "Artillery damaged") == lead
    assert "bulletin" in doc.report_at(doc.text.index("Artillery")).how


def test_find_speaker_marks_back_pointing_cited_and_inverted_speakers():
    back = find_speaker("The information came from the Bryansk governor.")
    assert back.back and back.phrase == "Bryansk governor" and back.side == "RU"
    cited = find_speaker("Drones hit Tuapse, Reuters reported, citing a source in Ukraine's security service.")
    assert cited.side == "UA" and cited.label.endswith("(cited)")
    inverted = find_speaker("Drones hit Tuapse overnight, the Krasnodar governor said on Telegram.")
    assert inverted.inverted and not inverted.back
