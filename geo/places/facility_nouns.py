"""The words a report names a facility with: the kinds of facility, the facility nouns and the
kinds each names ("air base", "refinery", "naval port"), the nouns too general to tie a town to
one, the prepositions, modifiers and list openers around them, and the patterns built from them.
English for now; Russian and Ukrainian ones can be added here."""
from __future__ import annotations

import re

#: The kinds of facility the table holds.
KINDS = ("airfield", "naval_base", "port", "oil_refinery", "fuel_depot", "shipyard", "plant", "power_plant")

_AIR = ("airfield",)
_POWER = ("power_plant",)
#: A facility noun (singular, lower case) and the kinds it names, most likely first: "naval port"
#: is a naval base if the town has one, else its port. Plurals are made by rule (``_plural``).
NOUNS: dict[str, tuple[str, ...]] = {
    "air base": _AIR, "airbase": _AIR, "airfield": _AIR, "air field": _AIR, "airport": _AIR,
    "aerodrome": _AIR, "airstrip": _AIR, "air station": _AIR, "aviation center": _AIR,
    "aviation centre": _AIR,
    "oil refinery": ("oil_refinery",), "refinery": ("oil_refinery",),
    "oil processing plant": ("oil_refinery",), "refining plant": ("oil_refinery",),
    "oil depot": ("fuel_depot",), "fuel depot": ("fuel_depot",), "oil terminal": ("fuel_depot",),
    "oil storage facility": ("fuel_depot",), "fuel storage facility": ("fuel_depot",),
    "oil pumping station": ("fuel_depot",), "pumping station": ("fuel_depot",),
    "tank farm": ("fuel_depot",), "oil base": ("fuel_depot",),
    "naval base": ("naval_base",), "navy base": ("naval_base",), "fleet base": ("naval_base",),
    "naval port": ("naval_base", "port"),
    "port": ("port",), "seaport": ("port",), "sea port": ("port",), "harbour": ("port",),
    "harbor": ("port",), "commercial port": ("port",),
    "shipyard": ("shipyard",), "shipbuilding plant": ("shipyard",), "ship repair plant": ("shipyard",),
    "shipbuilding yard": ("shipyard",),
    "nuclear power plant": _POWER, "nuclear power station": _POWER, "nuclear plant": _POWER,
    "npp": _POWER, "power plant": _POWER, "power station": _POWER, "thermal power plant": _POWER,
    "thermal power station": _POWER, "tpp": _POWER, "chp": _POWER, "chp plant": _POWER,
    "combined heat and power plant": _POWER, "hydroelectric power plant": _POWER,
    "hydroelectric power station": _POWER, "hydroelectric plant": _POWER, "hydroelectric dam": _POWER,
    "hydropower plant": _POWER, "hpp": _POWER, "dam": _POWER,
}
#: Nouns too general to tie a town to a facility ("the Zaporizhzhia plant" may be any of several),
#: but fitting after a facility's own name ("the Kupol plant", "the Alabuga factory").
GENERIC_NOUNS: dict[str, tuple[str, ...]] = {
    "plant": ("plant", "shipyard", "oil_refinery", "power_plant"),
    "factory": ("plant", "shipyard"),
    "works": ("plant", "shipyard"),
    "facility": KINDS,
    "complex": KINDS,
    "enterprise": ("plant", "shipyard", "oil_refinery"),
    "terminal": ("fuel_depot", "port"),
    "base": ("airfield", "naval_base"),
}
#: Words between a noun and the town it is at: "the air base in Borisoglebsk", "the port of Izmail".
PREPOSITIONS = ("in", "at", "near", "outside", "of", "close to", "on the outskirts of", "just outside")
#: Words that may stand between a town and its facility noun: "the Engels military airfield".
MODIFIERS = frozenset("""military strategic russian ukrainian soviet-era main key major large big
    local nearby naval commercial civilian international sea river chemical defence defense
    ammunition explosives aviation aircraft drone gunpowder steel metallurgical fuel oil gas
    bomber fighter helicopter army air force""".split())
#: Words that may introduce a list after a comma: "airfields last night, at Voronezh and Kursk".
LIST_OPENERS = ("at", "in", "near", "including", "such as", "like", "namely", "among them", ":")
_SETTLEMENT_WORDS = "city|town|village|settlement|urban-type settlement"
# Words of a facility phrase in other languages: a variant holding one is a phrase, not a name.
_PHRASE_WORDS = frozenset("""аэродром аеродром авиабаза авіабаза аэропорт аеропорт нпз нафтобаза
    нефтебаза порт завод аэс аес тэс тес гэс гес грэс грес тэц тец база терминал нпс штаб""".split())
_ADMIN_WORDS = frozenset("region regions oblast oblasts province provinces district districts raion raions krai "
                         "territory republic".split())


def _plural(noun: str) -> str:
    """English plural of a facility noun: airfields, refineries, complexes, works."""
    if noun.endswith("works"):
        return noun
    if noun.endswith(("s", "x", "sh", "ch")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _is_phrase(key: str) -> bool:
    words = key.split()
    if len(words) < 2:
        return False
    text = f" {key} "
    return (any(f" {n} " in text or f" {_plural(n)} " in text for n in NOUNS)
            or any(w in _PHRASE_WORDS for w in words))


_NOUN_FORMS: dict[str, tuple[tuple[str, ...], bool, bool]] = {}
for _n, _k in NOUNS.items():
    _NOUN_FORMS[_n] = (_k, False, False)
    _NOUN_FORMS[_plural(_n)] = (_k, True, False)
for _n, _k in GENERIC_NOUNS.items():
    _NOUN_FORMS.setdefault(_n, (_k, False, True))
    _NOUN_FORMS.setdefault(_plural(_n), (_k, True, True))
_NOUN_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n).replace(r"\ ", r"\s+")
                                            for n in sorted(_NOUN_FORMS, key=len, reverse=True)) + r")(?![\w-])",
                      re.IGNORECASE)
_PREP_RE = re.compile(r"\s+(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in PREPOSITIONS)
                      + r")\s+(?:the\s+)?(?:(?:" + _SETTLEMENT_WORDS + r")\s+of\s+)?", re.IGNORECASE)
