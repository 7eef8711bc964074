"""Stage 2, places: the offline gazetteer and the place mentions of a text.

Holds name normalisation and transliteration (names.py), the gazetteer of places, names and
areas (gazetteer.py), spotting and resolving mentions (geoparse.py), a geopy ``Geocoder`` over
the gazetteer (geocoder.py) and the words that are not places (lexicon.py). May import
``geo.articles`` (and ``geo.files``) only.
"""
from .gazetteer import Gazetteer, Place, haversine_km
from .geoparse import Candidate, PlaceMention, geoparse, resolve_name

__all__ = ["Candidate", "Gazetteer", "Place", "PlaceMention", "geoparse", "haversine_km", "resolve_name"]
