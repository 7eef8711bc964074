"""Claims about facilities: a place mention that names an air base, a refinery or a port
("the Borisoglebsk air base", "airfields at Voronezh, Kursk and Savasleyka") is a claim about
the facility, which is often not where the town's name puts it (Voronezh's air base is
Baltimor; Engels-2 is across the river from Saratov's centre). The claims' places layer holds
the facility in the mention's stead, so a claim is drawn where the facility is and events meet
by facility; the article's place mentions (what FORMAT.md scores) stay as geoparse read them.
"""
from __future__ import annotations

from dataclasses import replace

from ..places.facility_index import Facilities
from ..places.facility_spotting import spot_facilities
from ..places.mentions import PlaceMention

__all__ = ["facility_towns", "with_facilities"]


def with_facilities(text: str, mentions: list[PlaceMention], facilities: Facilities | None) -> list[PlaceMention]:
    """``mentions`` with each one a facility link covers replaced by the facility, plus the
    facilities named where geoparse saw no place ("Baltimor"), in text order."""
    if not facilities or not len(facilities):
        return list(mentions)
    out, taken = list(mentions), set()
    for link in spot_facilities(text, mentions, facilities):
        place = facilities.place(link.facility.id)
        why = f"facility: {link.evidence}"
        if link.mention is not None:
            if link.mention not in taken:
                taken.add(link.mention)
                m = mentions[link.mention]
                out[link.mention] = replace(m, place=place, evidence=[*m.evidence, why], candidates=[])
        else:
            out.append(PlaceMention(link.start, link.end, text[link.start:link.end], place, 1.0, [why]))
    return sorted(out, key=lambda m: (m.start, m.end))



def facility_towns(facility_id: str) -> tuple[str, ...]:
    """The settlements a facility of the bundled table is in or named after."""
    facility = Facilities.default().get(facility_id)
    return facility.towns if facility is not None else ()
