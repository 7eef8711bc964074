"""Facilities: the airfields, refineries, depots, ports, bases, plants and power plants a strike
report names, where each really is, and a spotter that finds them in a text.

A report says "the Baltimore airfield", "Borisoglebsk air base", "the port of Novorossiysk",
"four airfields: Khalino, Savasleyka, Borisoglebsk and Baltimore". The town in such a phrase is
not where the strike was (Baltimor is inside Voronezh, Borisoglebsk air base 6 km out of town,
Khalino outside Kursk), so claims about one strike scatter unless the facility is known. The
table ``data/gazetteer/facilities.tsv`` lists each facility once with its name variants, kind,
towns (gazetteer place ids: the settlement it is in first, then towns it is named after or next
to) and coordinates with their source (see ``data/gazetteer/SOURCES.md``).

Facilities are a layer on top of the place gazetteer: ``Gazetteer.get("fac:...")`` returns one
as a ``Place`` of kind ``facility`` (so a stored claim place can point at it), but their names
are kept out of the name index geoparse spots with; mentions in a text stay settlements, and
``spot_facilities`` reads the facility on top of them, the way a reader does:

- a variant that is a facility phrase or a name of the facility's own ("Engels-2", "NORSI",
  "Sheskharis", "Borisoglebsk air base") anywhere;
- a town or a bare variant next to a facility noun: "the Engels airfield", "the air base in
  Borisoglebsk", "the port of Novorossiysk" (a facility of that kind in or named after it);
- each name listed under a plural noun: "airfields at Voronezh, Kursk and Borisoglebsk";
- a bare variant that is no town of the region ("Baltimore") in a sentence with a fitting noun.

The nouns are data (``NOUNS``, ``GENERIC_NOUNS``, ``PREPOSITIONS``, ``MODIFIERS`` in
facility_nouns.py), English for now; Russian and Ukrainian ones can be added there.

This module is the entry: the table and its index are in facility_index.py, the nouns in
facility_nouns.py, text folding in facility_folding.py, the spotter in facility_spotting.py and
what it matches around a noun in facility_matching.py.
"""
from __future__ import annotations

from .facility_folding import _fold, _fold_char  # noqa: F401 (re-exported)
from .facility_index import PREFIX, TABLE, Facilities, Facility, FacilityLink  # noqa: F401 (re-exported)
from .facility_nouns import GENERIC_NOUNS, KINDS, MODIFIERS, NOUNS, PREPOSITIONS  # noqa: F401 (re-exported)
from .facility_spotting import spot_facilities

__all__ = ["KINDS", "NOUNS", "Facilities", "Facility", "FacilityLink", "spot_facilities"]
