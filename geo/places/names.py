"""Name normalisation: the one place that decides when two spellings are "the same name".

Three levels, from strict to lenient:

``normalize``    case, apostrophes, diacritics, hyphens and spaces folded ("Kam'ianske" ==
                 "Kamianske", "Ivano-Frankivsk" == "Ivano Frankivsk").
``variant_key``  also folds the differences between the Ukrainian (KMU-2010) and Russian-style
                 romanisations of one Cyrillic name: kh/h/g, iy/yi/y/i, ye/ie/e, yu/iu/u, ya/ia,
                 zh/z, doubled letters ("Chuguyev" and "Chuguev", "Izyum" and "Izium").
``transliterate`` Cyrillic to Latin (KMU-2010 for Ukrainian, several schemes for Russian), and
                 ``russian_forms`` guesses the Russian spelling of a Ukrainian name
                 (Андріївка -> Андреевка), because reports from Moscow write Ukrainian villages the
                 Russian way and only the big ones have a Russian name on record.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

__all__ = [
    "GENERIC_WORDS",
    "PLURAL_GENERICS",
    "generic_kind",
    "has_cyrillic",
    "normalize",
    "russian_forms",
    "split_generic",
    "transliterate",
    "variant_key",
]

_APOSTROPHES = str.maketrans({c: "'" for c in "’ʼ`´‘′ʹ"})
_SPACES = re.compile(r"\s+")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")

#: Words a report puts around a name to say what kind of area it is, and the kind they imply.
#: "Sumy region" is the oblast, "Shostka district" the raion, "Krasnodar Krai" the krai.
GENERIC_WORDS: dict[str, str] = {
    "region": "admin1",
    "oblast": "admin1",
    "oblast'": "admin1",
    "province": "admin1",
    "krai": "admin1",
    "kray": "admin1",
    "territory": "admin1",
    "republic": "admin1",
    "okrug": "admin1",
    "область": "admin1",
    "district": "district",
    "raion": "district",
    "rayon": "district",
    "район": "district",
    "hromada": "district",
    "community": "district",
    "municipality": "district",
    "громада": "district",
}
#: Plural generics close a coordination: "Russia's Bryansk and Kursk regions".
PLURAL_GENERICS: dict[str, str] = {
    "regions": "admin1",
    "oblasts": "admin1",
    "provinces": "admin1",
    "districts": "district",
    "raions": "district",
    "republics": "admin1",
    "krais": "admin1",
}


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def _strip_accents(text: str) -> str:
    # Only Latin letters lose their marks: Cyrillic й, ї, ё are letters of their own.
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn":
            base = out[-1] if out else ""
            if base and "\u0400" <= base <= "\u04ff":
                out[-1] = unicodedata.normalize("NFC", base + ch)
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Lower-case, apostrophes and marks dropped, hyphens as spaces, a leading "the" removed."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    text = _strip_accents(text).replace("ё", "е")
    text = text.replace("'", "").replace("ʹ", "").replace('"', "")
    text = re.sub(r"[-‐‑–—_./]", " ", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


# Ordered: multi-letter groups first, so "shch" is not read as "sh" + "ch".
_FOLDS = [
    ("shch", "sc"),
    ("sch", "sc"),
    ("ck", "k"),
    ("kh", "h"),
    ("zh", "z"),
    ("ts", "c"),
    ("tz", "c"),
    ("g", "h"),
    ("w", "v"),
    ("j", "i"),
    ("x", "ks"),
    ("y", "i"),
    ("ie", "e"),
    ("ii", "i"),
    ("iu", "u"),
    ("ia", "a"),
    ("io", "o"),
    ("ei", "e"),
]


@lru_cache(maxsize=400_000)
def variant_key(name: str) -> str:
    """A lenient key under which Ukrainian- and Russian-style romanisations of a name meet.

    >>> variant_key("Chuguyev") == variant_key("Chuguev")
    True
    >>> variant_key("Izyum") == variant_key("Izium")
    True
    >>> variant_key("Sievierodonetsk") == variant_key("Severodonetsk")
    True
    """
    text = normalize(name)
    if has_cyrillic(text):
        text = transliterate(text, "ru")
        text = normalize(text)
    text = text.replace("ь", "")
    for a, b in _FOLDS:
        text = text.replace(a, b)
    # Doubled letters ("Zaporizhzhia", "Kramatorsk" vs "Krammatorsk") carry no information here.
    text = re.sub(r"(.)\1+", r"\1", text)
    return text


_UK_MARKERS = set("іїєґ")
_TRANSLIT_SCHEMES: dict | None = None


def _schemes() -> dict:
    global _TRANSLIT_SCHEMES
    if _TRANSLIT_SCHEMES is None:
        import translitua as t

        _TRANSLIT_SCHEMES = {
            "uk": [t.UkrainianKMU, t.UkrainianBritish],
            "ru": [t.RussianGOST2006, t.RussianDriverLicense, t.RussianInternationalPassport1997],
            "t": t,
        }
    return _TRANSLIT_SCHEMES


def transliterate(text: str, language: str | None = None, all_schemes: bool = False):
    """Cyrillic -> Latin. Ukrainian uses KMU-2010 (the official passport and map standard);
    Russian uses GOST 2006 ("Kiev", "Chuguev"), plus two English-friendly schemes when
    ``all_schemes`` ("Khar'kov", "Izyum"). Language is guessed from і/ї/є/ґ when not given.

    Returns a string, or a list of distinct strings with ``all_schemes``.
    """
    schemes = _schemes()
    if language is None:
        language = "uk" if _UK_MARKERS & set(text.casefold()) else "ru"
    chosen = schemes[language] if all_schemes else schemes[language][:1]
    out: list[str] = []
    for scheme in chosen:
        latin = schemes["t"].translit(text, scheme)
        latin = latin.replace("ʹ", "'").replace("′", "'").replace("\u0361", "")
        latin = unicodedata.normalize("NFC", latin)
        if latin not in out:
            out.append(latin)
    return out if all_schemes else out[0]


# Regular Ukrainian -> Russian correspondences in place names. Each rule offers alternatives;
# the product is capped, so a name yields a handful of guesses, one of which is usually the
# spelling a Russian report uses (Андріївка -> Андреевка, Юнаківка -> Юнаковка, Чугуїв -> Чугуев).
_RU_SUFFIXES = [
    ("іївка", ["еевка", "иевка"]),
    ("ївка", ["еевка", "иевка", "евка"]),
    ("івка", ["овка", "евка", "ивка"]),
    ("ївськ", ["еевск"]),
    ("їв", ["ев"]),
    ("ів", ["ов", "ев"]),
    ("ське", ["ское", "ск"]),
    ("цьке", ["цкое"]),
    ("зьке", ["зское"]),
    ("ине", ["ино", "иное"]),
    ("не", ["ное", "но"]),
    ("ий", ["ый", "ий"]),
    ("ка", ["ка"]),
]
_RU_LETTERS = {"і": ["и"], "ї": ["и", "е"], "є": ["е"], "и": ["ы", "и"], "ґ": ["г"], "'": ["ь", ""]}


def russian_forms(uk_name: str, limit: int = 6) -> list[str]:
    """Guesses at the Russian Cyrillic spelling of a Ukrainian name, most likely first."""
    word = uk_name.strip().lower().translate(_APOSTROPHES)
    tail_options = [""]
    for suffix, options in _RU_SUFFIXES:
        if word.endswith(suffix):
            word, tail_options = word[: -len(suffix)], options
            break
    letter_options = [_RU_LETTERS.get(ch, [ch]) for ch in word]
    # Keep the product small: only the first two letters with a choice vary.
    seen_choice = 0
    for i, options in enumerate(letter_options):
        if len(options) > 1:
            seen_choice += 1
            if seen_choice > 2:
                letter_options[i] = options[:1]
    forms: list[str] = []
    for letters in product(*letter_options):
        stem = "".join(letters)
        # After a vowel Russian writes "ы" as "и" only in loan words; "ыи" never occurs.
        stem = stem.replace("ыи", "ии")
        for tail in tail_options:
            form = (stem + tail).capitalize()
            form = "-".join(part.capitalize() for part in form.split("-"))
            form = " ".join(part[:1].upper() + part[1:] for part in form.split(" "))
            if form not in forms:
                forms.append(form)
            if len(forms) >= limit:
                return forms
    return forms


def split_generic(name: str) -> tuple[str, str | None]:
    """'Kharkiv Oblast' -> ('Kharkiv', 'admin1'); 'Republic of Dagestan' -> ('Dagestan', 'admin1')."""
    words = name.split()
    if len(words) >= 3 and words[0].casefold() == "republic" and words[1].casefold() == "of":
        return " ".join(words[2:]), "admin1"
    kind = None
    while len(words) > 1:
        last = words[-1].casefold().rstrip(".")
        if last in GENERIC_WORDS or last in ("autonomous", "city", "municipality"):
            kind = kind or GENERIC_WORDS.get(last, "admin1")
            words = words[:-1]
            continue
        if last in ("oblast'", "kray", "a.okr", "aok", "a.obl", "aob", "ao"):
            kind = kind or "admin1"
            words = words[:-1]
            continue
        break
    return " ".join(words), kind


def generic_kind(word: str) -> str | None:
    """The kind a generic word implies, or None if the word is not generic."""
    w = word.casefold()
    return GENERIC_WORDS.get(w) or PLURAL_GENERICS.get(w)


_BGN = dict(zip("абвгдзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
                 "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_VOWELS = set("аеёиоуыэюяъь")


def bgn(text: str) -> str:
    """Russian Cyrillic -> the BGN/PCGN-style Latin of English-language reporting:
    Новостроевка-Первая -> Novostroyevka-Pervaya, Тёткино -> Tyotkino, Шебекинский -> Shebekinskiy.

    >>> bgn("Новостроевка-Первая"), bgn("Тёткино"), bgn("Ёлкино")
    ('Novostroyevka-Pervaya', 'Tyotkino', 'Yolkino')
    """
    out = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low == "е":
            lat = "ye" if not prev or prev in _VOWELS or not prev.isalpha() else "e"
        elif low == "ё":
            lat = "o" if prev in ("ж", "ч", "ш", "щ") else "yo"
        elif low in _BGN:
            lat = _BGN[low]
        else:
            lat = ch
        if ch != low and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
        prev = low
    return "".join(out)


def yo_forms(name: str) -> list[str]:
    """Spellings with ё for a name written with е (registers often drop the dots, the press keeps
    them: Теткино -> Тёткино, read "Tyotkino"). One е at a time, for names with at most two."""
    spots = [i for i, ch in enumerate(name) if ch in "её" and i > 0 and name[i - 1].isalpha()
             and name[i - 1].lower() not in _VOWELS]
    if not spots or len(spots) > 2 or "ё" in name.lower():
        return []
    return [name[:i] + ("ё" if name[i] == "е" else "Ё") + name[i + 1:] for i in spots]


def adjective_forms(latin: str) -> list[str]:
    """A Russian adjective's press spellings: Shebekinskiy -> Shebekinsky, Shebekinski; -yy -> -y."""
    forms = [latin]
    for end, alts in (("iy", ["y", "i", "ii"]), ("yy", ["y", "iy"]), ("oy", ["oi"])):
        if latin.endswith(end):
            forms += [latin[: -len(end)] + a for a in alts]
    return forms
