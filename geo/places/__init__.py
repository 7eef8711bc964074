"""Stage 2, places: the offline gazetteer and the place mentions of a text.

Holds name normalisation and transliteration (names.py), the gazetteer of places, names and
areas (gazetteer.py), spotting and resolving mentions (geoparse.py, the entry; over words.py,
thing_names.py, spotting.py, linking.py, mentions.py, scoring.py, article_context.py and
resolution.py), the facilities beside the gazetteer (facilities.py), a geopy ``Geocoder`` over
the gazetteer (geocoder.py) and the words that are not places (lexicon.py). May import
``geo.articles`` (and ``geo.files``) only.
"""
from .gazetteer import Gazetteer, Place, haversine_km
from .geoparse import geoparse, resolve_name
from .mentions import Candidate, PlaceMention

__all__ = ["Candidate", "Gazetteer", "Place", "PlaceMention", "geoparse", "haversine_km", "resolve_name"]
