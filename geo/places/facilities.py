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

The nouns are data (``NOUNS``, ``GENERIC_NOUNS``, ``PREPOSITIONS``, ``MODIFIERS`` below), English
for now; Russian and Ukrainian ones can be added there.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .gazetteer import DATA_DIR, Place, haversine_km
from .names import normalize

__all__ = ["KINDS", "NOUNS", "Facilities", "Facility", "FacilityLink", "spot_facilities"]

TABLE = DATA_DIR / "facilities.tsv"
PREFIX = "fac:"

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


@dataclass(frozen=True)
class Facility:
    """One facility of the table. ``towns`` are gazetteer place ids: the settlement it is in,
    then any town it is named after or next to. ``own_names`` are the variants a reader takes
    as the facility wherever they stand ("Baltimor", "NORSI"); the other ``names`` are phrases
    ("Borisoglebsk air base") or bare names that need a facility word near them ("Baltimore")."""

    id: str
    name: str
    kind: str
    names: tuple[str, ...]
    towns: tuple[str, ...]
    admin1: str | None
    country: str
    lat: float
    lon: float
    source: str
    own_names: tuple[str, ...] = ()

    def as_place(self) -> Place:
        """The facility as a gazetteer ``Place`` (kind ``facility``, precision ``facility``);
        ``category`` holds the facility's kind, ``native`` its first Cyrillic name."""
        native = next((n for n in self.names if _has_cyrillic(n)), "")
        return Place(id=self.id, name=self.name, kind="facility", country=self.country, admin1=self.admin1,
                     raion=None, lat=self.lat, lon=self.lon, precision="facility", native=native,
                     category=self.kind)


@dataclass(frozen=True)
class FacilityLink:
    """A facility a text names: ``text[start:end]`` is the phrase or list item that names it,
    ``mention`` the index of the PlaceMention it overlaps (None when geoparse saw no place
    there), ``evidence`` how the reading was made."""

    start: int
    end: int
    facility: Facility
    mention: int | None
    evidence: str


class Facilities:
    """The facilities table, indexed by id, name, town and position. ``Facilities.default()``."""

    _default: "Facilities | None" = None

    def __init__(self, facilities: list[Facility]):
        self._all = list(facilities)
        self._by_id = {f.id: f for f in self._all}
        self._by_name: dict[str, list[Facility]] = {}
        self._by_town: dict[str, list[Facility]] = {}
        for f in self._all:
            for n in dict.fromkeys((f.name, *f.names)):
                self._by_name.setdefault(normalize(n), []).append(f)
            for t in f.towns:
                self._by_town.setdefault(t, []).append(f)
        self._places: dict[str, Place] = {}

    @classmethod
    def default(cls) -> "Facilities":
        """The bundled table, loaded once per process."""
        if cls._default is None:
            cls._default = cls.load()
        return cls._default

    @classmethod
    def load(cls, path: Path | str = TABLE) -> "Facilities":
        """The table at ``path``; an absent file gives no facilities (the gazetteer works without)."""
        path = Path(path)
        if not path.exists():
            return cls([])
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        return cls([_facility(r) for r in rows])

    def __len__(self) -> int:
        return len(self._all)

    def __iter__(self):
        return iter(self._all)

    def get(self, facility_id: str) -> Facility | None:
        return self._by_id.get(facility_id)

    def place(self, facility_id: str) -> Place | None:
        """``get(facility_id).as_place()``, remembered."""
        p = self._places.get(facility_id)
        if p is None:
            f = self._by_id.get(facility_id)
            if f is None:
                return None
            p = self._places[facility_id] = f.as_place()
        return p

    def named(self, text: str) -> list[Facility]:
        """Facilities one of whose names is ``text`` (case, marks, hyphens and a leading "the"
        folded, as for place names: "the Engels-2" finds Engels-2 air base)."""
        return list(self._by_name.get(normalize(str(text)), ()))

    def of_town(self, place_id: str) -> list[Facility]:
        """Facilities in or named after the place ``place_id``, those in it first."""
        found = self._by_town.get(place_id, [])
        return sorted(found, key=lambda f: f.towns.index(place_id))

    def near(self, lat: float, lon: float, km: float) -> list[Facility]:
        """Facilities within ``km`` of a point, nearest first."""
        dist = [(haversine_km(lat, lon, f.lat, f.lon), f.id, f) for f in self._all]
        return [f for d, _, f in sorted(dist) if d <= km]

    # -- spotting data -----------------------------------------------------------------------
    @cached_property
    def _automaton(self):
        """Aho-Corasick over the folded variants: key -> [(facility, variant class)]."""
        import ahocorasick

        entries: dict[str, list[tuple[Facility, str]]] = {}
        for f in self._all:
            own = {_fold(n)[0] for n in f.own_names}
            for n in dict.fromkeys(f.names):
                key = _fold(n)[0]
                if not key:
                    continue
                cls = "own" if key in own else ("phrase" if _is_phrase(key) else "bare")
                entries.setdefault(key, [])
                if all(g.id != f.id for g, _ in entries[key]):
                    entries[key].append((f, cls))
        auto = ahocorasick.Automaton()
        for key, value in entries.items():
            auto.add_word(key, (key, tuple(value)))
        if entries:
            auto.make_automaton()
        return auto if entries else None


def _facility(r: dict) -> Facility:
    split = lambda v: tuple(x for x in (v or "").split("|") if x)  # noqa: E731
    return Facility(id=r["id"], name=r["name"], kind=r["kind"], names=split(r["names"]), towns=split(r["towns"]),
                    admin1=r.get("admin1") or None, country=r["country"], lat=float(r["lat"]), lon=float(r["lon"]),
                    source=r["source"], own_names=split(r.get("own_names")))


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


# -- text folding ------------------------------------------------------------------------------
# The spotter matches in a folded copy of the text and maps offsets back, so it folds character
# by character: the same folds as names.normalize (case, marks, apostrophes, hyphens as spaces).
_DROP = set("'’ʼ`´‘′ʹ\"")
_SPACE = set("-‐‑–—_./")


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded for matching, and for each folded character its offset in ``text``.

    Folded a word at a time: one ``str.translate`` maps every character that folds to one
    character; only the words holding a character that is dropped or folds to several (an
    apostrophe, a quote, "ß") are folded character by character."""
    t = text.translate(_TABLE)
    out: list[str] = []
    pos: list[int] = []
    end = 0  # where the run before ended: the space between runs stands at its first character
    for m in _RUN.finditer(t):
        a, b = m.span()
        if out:
            out.append(" ")
            pos.append(end)
        end = b
        word = m.group()
        if "\0" not in word and "\1" not in word:
            out.append(word)
            pos.extend(range(a, b))
            continue
        before = len(out)
        for i in range(a, b):
            f = _FOLDS[text[i]] if text[i] in _FOLDS else _FOLDS.setdefault(text[i], _fold_char(text[i]))
            for c in f:
                out.append(c)
                pos.append(i)
        if len(out) == before and out:  # a run of dropped characters only ('""'): no word, no space
            del out[-1], pos[-1]
            end = pos[-1] + 1 if pos else 0
    return "".join(out), pos


_RUN = re.compile(r"[^ ]+")  # a run of characters between spaces (after folding)
_FOLDS: dict[str, str] = {}  # a character's fold, worked out once ("" drops it, " " is a space)


class _Table(dict):
    """``str.translate``'s table, filled as characters are met: a character's fold when it is
    one character, else "\0" (dropped) or "\1" (several), for ``_fold`` to handle."""

    def __missing__(self, code: int) -> str:
        f = _FOLDS.setdefault(chr(code), _fold_char(chr(code)))
        self[code] = value = f if len(f) == 1 else ("\0" if not f else "\1")
        return value


_TABLE = _Table()


def _fold_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _SPACE or ch.isspace():
        return " "
    base = ch if _has_cyrillic(ch) else "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base.casefold().replace("ё", "е")


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
_SEP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+|\s*&\s*)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_CAP_NAME = re.compile(r"[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]*)*")
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_OWN_COUNTRIES = ("UA", "RU", "BY")


# -- the spotter -------------------------------------------------------------------------------
@dataclass
class _Name:
    start: int
    end: int
    mention: int | None = None  # index into mentions
    place_id: str | None = None
    variants: list = field(default_factory=list)  # [(facility, class)]


@dataclass
class _Noun:
    start: int
    end: int
    text: str
    kinds: tuple[str, ...]
    plural: bool
    generic: bool


def spot_facilities(text: str, mentions=(), facilities: Facilities | None = None) -> list[FacilityLink]:
    """The facilities ``text`` names, in text order. ``mentions`` are its PlaceMentions (from
    ``geoparse``); a town mention next to a facility noun reads as that town's facility.
    Never raises on odd text; returns no links when the table is empty."""
    facs = Facilities.default() if facilities is None else facilities
    if not text or not len(facs):
        return []
    mentions = list(mentions or ())
    names = _names(text, mentions, facs)
    nouns = _nouns(text)
    sentences = _sentence_bounds(text)
    found: list[tuple[int, FacilityLink]] = _named_outright(text, names)  # (priority, link): lower wins an overlap
    by_end = {}
    by_start = {}
    for nm in names:
        by_end.setdefault(nm.end, []).append(nm)
        by_start.setdefault(nm.start, []).append(nm)
    for noun in nouns:
        found += _name_before_noun(text, noun, by_end, facs)
        found += _name_after_noun(text, noun, by_start, facs)
        if noun.plural and not noun.generic:
            found += _listed_under_noun(text, noun, by_start, sentences, facs)
    found += _bare_in_sentence(text, names, nouns, mentions, sentences)
    return _settle(found)


def _named_outright(text: str, names: list[_Name]) -> list[tuple[int, FacilityLink]]:
    """1. A variant that is a phrase or the facility's own name, anywhere."""
    found = []
    for nm in names:
        for f, cls in nm.variants:
            if cls in ("own", "phrase"):
                what = "its own name" if cls == "own" else "a facility phrase"
                found.append((0, _link(text, nm.start, nm.end, f, nm, f"'{text[nm.start:nm.end]}' is {what}")))
    return found


def _name_before_noun(text: str, noun: _Noun, by_end: dict, facs) -> list[tuple[int, FacilityLink]]:
    """2. name + noun: "Borisoglebsk air base", "the Ryazan and Volgograd refineries"."""
    left = _name_before(text, noun.start, by_end)
    items = []
    if left is not None:
        items = [left] + (_chain_back(text, left, by_end) if noun.plural else [])
    found = []
    for k, nm in enumerate(items):
        f = _resolve(nm, noun, facs)
        if f is not None:
            how = "before" if k == 0 else "listed before"
            span_end = noun.end if k == 0 else nm.end
            found.append((1, _link(text, nm.start, span_end, f, nm, f"'{text[nm.start:nm.end]}' {how} '{noun.text}'")))
    return found


def _name_after_noun(text: str, noun: _Noun, by_start: dict, facs) -> list[tuple[int, FacilityLink]]:
    """3. noun + preposition + name: "the air base in Borisoglebsk", "the port of Izmail"."""
    m = _PREP_RE.match(text, noun.end)
    right = _longest(by_start.get(m.end(), [])) if m is not None else None
    if right is None:
        return []
    chain = [right] + (_chain_forward(text, right, by_start) if noun.plural else [])
    if _admin_follows(text, chain[-1].end):
        return []
    found = []
    for k, nm in enumerate(chain):
        f = _resolve(nm, noun, facs)
        if f is not None:
            span_start = noun.start if k == 0 else nm.start
            found.append((1, _link(text, span_start, nm.end, f, nm,
                                   f"'{text[nm.start:nm.end]}' after '{text[noun.start:m.end()].strip()}'")))
    return found


def _listed_under_noun(text: str, noun: _Noun, by_start: dict, sentences, facs) -> list[tuple[int, FacilityLink]]:
    """4. a list under a plural noun: "four airfields: Khalino, Savasleyka and Baltimore"."""
    found = []
    for nm in _list_after(text, noun, by_start, sentences):
        f = _resolve(nm, noun, facs)
        if f is not None:
            found.append((2, _link(text, nm.start, nm.end, f, nm,
                                   f"'{text[nm.start:nm.end]}' listed under '{noun.text}'")))
    return found


def _bare_in_sentence(text: str, names: list[_Name], nouns: list[_Noun], mentions,
                      sentences) -> list[tuple[int, FacilityLink]]:
    """5. a bare variant that is not a town here ("Baltimore") in a sentence with a fitting noun."""
    found = []
    for nm in names:
        if _is_local_town(nm, mentions):
            continue
        s, e = _sentence_of(sentences, nm.start)
        for f, cls in nm.variants:
            if cls != "bare":
                continue
            noun = next((n for n in nouns if s <= n.start < e and not n.generic and f.kind in n.kinds), None)
            if noun is not None:
                found.append((3, _link(text, nm.start, nm.end, f, nm,
                                       f"'{text[nm.start:nm.end]}' in a sentence with '{noun.text}'")))
    return found


def _link(text, start, end, f, nm: _Name, evidence) -> FacilityLink:
    return FacilityLink(start=start, end=end, facility=f, mention=nm.mention, evidence=evidence)


def _settle(found: list[tuple[int, FacilityLink]]) -> list[FacilityLink]:
    """One link per stretch of text: the surest reading (then the longest) wins an overlap."""
    found.sort(key=lambda t: (t[0], -(t[1].end - t[1].start), t[1].start, t[1].facility.id))
    kept: list[FacilityLink] = []
    for _, link in found:
        if any(link.start < k.end and k.start < link.end for k in kept):
            continue
        kept.append(link)
    return sorted(kept, key=lambda k: (k.start, k.end))


def _names(text: str, mentions, facs: Facilities) -> list[_Name]:
    """Every name a facility could hang on: the place mentions and the variants found."""
    out: dict[tuple[int, int], _Name] = {}
    for i, m in enumerate(mentions):
        start, end = getattr(m, "start", None), getattr(m, "end", None)
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            continue
        place = getattr(m, "place", None)
        out.setdefault((start, end), _Name(start, end, i, getattr(place, "id", None)))
    auto = facs._automaton
    if auto is not None:
        folded, pos = _fold(text)
        for last, (key, value) in auto.iter(folded):
            first = last - len(key) + 1
            if (first > 0 and folded[first - 1].isalnum()) or (last + 1 < len(folded) and folded[last + 1].isalnum()):
                continue
            start, end = pos[first], pos[last] + 1
            nm = out.get((start, end))
            if nm is None:
                nm = out[(start, end)] = _Name(start, end, _overlapping(mentions, start, end))
            nm.variants.extend(v for v in value if v not in nm.variants)
    return sorted(out.values(), key=lambda n: (n.start, n.end))


def _overlapping(mentions, start: int, end: int) -> int | None:
    for i, m in enumerate(mentions):
        s, e = getattr(m, "start", None), getattr(m, "end", None)
        if isinstance(s, int) and isinstance(e, int) and s < end and start < e:
            return i
    return None


def _nouns(text: str) -> list[_Noun]:
    out = []
    for m in _NOUN_RE.finditer(text):
        word = " ".join(m.group(1).lower().split())
        kinds, plural, generic = _NOUN_FORMS[word]
        out.append(_Noun(m.start(1), m.end(1), m.group(1), kinds, plural, generic))
    return out


def _sentence_bounds(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]


def _sentence_of(bounds: list[int], at: int) -> tuple[int, int]:
    from bisect import bisect_right

    k = bisect_right(bounds, at) - 1
    return bounds[max(k, 0)], bounds[min(k + 1, len(bounds) - 1)]


def _longest(names: list[_Name]) -> _Name | None:
    return max(names, key=lambda n: n.end - n.start) if names else None


def _name_before(text: str, at: int, by_end) -> _Name | None:
    """The name that ends just before ``at``, past a possessive and up to three modifiers."""
    i = at
    for _ in range(4):
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        for poss in ("'s", "’s"):
            if text.endswith(poss, 0, j) and (j - 2) in by_end:
                j -= 2
        nm = _longest([n for n in by_end.get(j, []) if n.end <= at])
        if nm is not None:
            return nm
        m = re.search(r"([\w-]+)$", text[:j])
        if m is None or m.group(1).lower() not in MODIFIERS:
            return None
        i = m.start(1)
    return None


def _chain_back(text: str, first: _Name, by_end) -> list[_Name]:
    """Names coordinated before ``first``: "the Ryazan, Saratov and Volgograd" <- refineries."""
    out, cur = [], first
    while True:
        prev = None
        for end in range(cur.start, max(cur.start - 12, 0) - 1, -1):
            cands = by_end.get(end)
            if cands:
                m = _SEP_RE.fullmatch(text, end, cur.start)
                if m is not None:
                    prev = _longest(cands)
                break
        if prev is None or prev in out:
            return out
        out.append(prev)
        cur = prev


def _chain_forward(text: str, first: _Name, by_start) -> list[_Name]:
    """Names coordinated after ``first``: "Khalino, Savasleyka, Borisoglebsk and Baltimore"."""
    out, cur = [], first
    while True:
        m = _SEP_RE.match(text, cur.end)
        if m is None or m.end() == cur.end:
            return out
        nxt = _longest(by_start.get(m.end(), []))
        if nxt is None:
            # An unknown name keeps the list going ("Khalino, Millerovo and Engels").
            cap = _CAP_NAME.match(text, m.end())
            if cap is None:
                return out
            nxt = _Name(cap.start(), cap.end())
        out.append(nxt)
        cur = nxt
        if len(out) > 30:
            return out


def _list_after(text: str, noun: _Noun, by_start, sentences) -> list[_Name]:
    """The names listed after a plural noun in its sentence: the list must begin within six
    words, and past a comma only when an opener follows ("airfields last night, at X, Y")."""
    _, end = _sentence_of(sentences, noun.start)
    i, words = noun.end, 0
    while i < end:
        while i < end and text[i].isspace():
            i += 1
        if i >= end:
            break
        first = _longest(by_start.get(i, []))
        if first is not None:
            gap = text[noun.end:i]
            if "," in gap and not _opener_after_comma(gap):
                return []
            items = [first] + _chain_forward(text, first, by_start)
            if _admin_follows(text, items[-1].end):
                return []
            return [n for n in items if n.variants or n.place_id]
        m = _WORD.match(text, i)
        if m is None:  # a lone mark _WORD does not cover
            i += 1
            continue
        token = m.group()
        if token[0].isalnum():
            words += 1
            if words > 6 or _NOUN_RE.match(text, i):
                return []  # too far, or another noun that heads its own list
        elif token in '()"“”':
            return []
        i = m.end()
    return []


def _opener_after_comma(gap: str) -> bool:
    tail = gap.rsplit(",", 1)[1].strip().lower()
    return any(tail == w or tail.endswith(" " + w) for w in LIST_OPENERS)


def _admin_follows(text: str, at: int) -> bool:
    """A list closed by "regions"/"oblasts" names regions, not towns with facilities."""
    m = re.match(r"\s*([\w']+)", text[at:at + 40])
    return bool(m) and m.group(1).lower() in _ADMIN_WORDS


def _resolve(nm: _Name, noun: _Noun, facs: Facilities) -> Facility | None:
    """The facility a name next to ``noun`` stands for: one of its variants of a fitting kind,
    else (for a specific noun) the facility of that kind in or named after the town mentioned;
    several of a kind are settled by the one located in the town, else left unread."""
    for kind in noun.kinds:
        fits = [f for f, _ in nm.variants if f.kind == kind]
        if len(fits) == 1:
            return fits[0]
    if noun.generic or not nm.place_id:
        return None
    town = facs.of_town(nm.place_id)
    for kind in noun.kinds:
        fits = [f for f in town if f.kind == kind]
        if len(fits) > 1:
            fits = [f for f in fits if f.towns[0] == nm.place_id]
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None
    return None


def _is_local_town(nm: _Name, mentions) -> bool:
    """Does geoparse read this name as a settlement of Ukraine, Russia or Belarus? Such a name
    ("Savasleyka") is the facility only next to its noun, not anywhere in the sentence."""
    if nm.mention is None:
        return False
    m = mentions[nm.mention]
    place = getattr(m, "place", None)
    return place is not None and getattr(place, "kind", None) == "settlement" \
        and getattr(place, "country", None) in _OWN_COUNTRIES
