"""Controlled vocabularies for what a strike hit (targets) and with what (weapons).

Each term has a fixed key (what is stored, filtered on and exported) and the English phrases
that name it. Keys are stable; add phrases freely, add keys with care (the dashboard filters on
them). ``find_terms`` returns the keys a sentence mentions, in order of first appearance.

Targets
    airfield, ammunition_depot, fuel_depot, oil_refinery, energy, defense_industry, drone_site,
    military_site, air_defense, command_post, troops, railway, port, bridge, residential,
    civilian_infrastructure, government, media, aircraft, missile_system, vehicles, warehouse
Weapons
    ballistic_missile, cruise_missile, missile, iskander, kinzhal, kalibr, kh_101, kh_22, kh_59,
    s_300, oniks, zircon, tochka_u, atacms, storm_shadow, himars, neptune, shahed, lancet, fpv,
    drone, glide_bomb, airstrike, artillery, mlrs, bomber, sea_drone
"""
from __future__ import annotations

__all__ = ["TARGETS", "WEAPONS", "find_terms"]

TARGETS: dict[str, list[str]] = {
    "airfield": ["airfield", "airfields", "air base", "airbase", "air bases", "runway", "airport"],
    "ammunition_depot": ["ammunition depot", "ammunition dump", "ammunition dumps", "ammunition depots",
                         "munitions depot", "munitions depots", "arsenal", "ammunition storage"],
    "fuel_depot": ["fuel depot", "fuel depots", "oil depot", "oil depots", "fuel storage", "fuel and lubricants"],
    "oil_refinery": ["refinery", "refineries", "oil terminal", "oil pumping station"],
    "energy": ["energy infrastructure", "energy facility", "energy facilities", "power plant", "power station",
               "thermal power", "substation", "substations", "power grid", "power line", "gas production",
               "gas infrastructure", "hydroelectric", "nuclear power plant", "electricity"],
    "defense_industry": ["defense industry", "defence industry", "military factory", "military plant",
                         "military-industrial", "military industrial", "arms factory", "weapons factory",
                         "ammunition plant", "ammunition production", "gunpowder", "explosives", "production facility",
                         "production site", "aircraft repair plant", "industrial site", "enterprise", "factory",
                         "factories", "plant", "plants"],
    "drone_site": ["drone production", "drone plant", "drone factory", "drone manufacturing", "drone storage",
                   "drone assembly", "assembling drones", "launch site", "launch sites", "drone workshop"],
    "military_site": ["military base", "military bases", "training camp", "training ground", "training range",
                      "range", "barracks", "deployment point", "deployment points", "military infrastructure",
                      "military facility", "military facilities", "headquarters"],
    "air_defense": ["air defense", "air defence", "radar", "radars", "anti-aircraft", "patriot battery",
                    "s-300 launcher", "air-defence system"],
    "command_post": ["command post", "command posts", "control center", "control centre"],
    "troops": ["troops", "positions", "soldiers", "servicemen", "personnel", "mercenaries", "manpower", "brigade"],
    "railway": ["railway", "railway station", "rail", "railroad", "train", "locomotive", "depot of ukrzaliznytsia"],
    "port": ["port", "seaport", "harbour", "harbor", "shipyard", "grain terminal", "naval base"],
    "bridge": ["bridge", "bridges", "crossing"],
    "residential": ["residential", "apartment", "apartment block", "apartment building", "homes", "houses",
                    "house", "high-rise", "dormitory", "private house", "neighborhoods", "neighbourhoods"],
    "civilian_infrastructure": ["hospital", "school", "kindergarten", "university", "shopping", "supermarket",
                                "market", "church", "civilian infrastructure", "water supply", "hotel", "cafe",
                                "restaurant", "bus", "car"],
    "government": ["administration building", "government building", "city hall", "parliament"],
    "media": ["tv studio", "tv tower", "television tower", "broadcast", "studio"],
    "aircraft": ["aircraft", "strategic aviation", "bombers", "helicopter", "helicopters", "fighter jet"],
    "missile_system": ["rocket complex", "missile system", "missile launcher", "launcher", "launchers",
                       "himars launcher", "operational-tactical"],
    "vehicles": ["armored vehicles", "armoured vehicles", "tanks", "tank", "artillery pieces", "equipment",
                 "military equipment", "vehicles"],
    "warehouse": ["warehouse", "warehouses", "storage", "storage sites", "storage facilities", "depot", "depots"],
}

WEAPONS: dict[str, list[str]] = {
    "iskander": ["iskander", "iskander-m", "9m723"],
    "kinzhal": ["kinzhal", "kh-47"],
    "kalibr": ["kalibr"],
    "kh_101": ["kh-101", "kh101", "x-101"],
    "kh_22": ["kh-22", "kh-32"],
    "kh_59": ["kh-59", "kh-69"],
    "s_300": ["s-300", "s-400"],
    "oniks": ["oniks", "onyx", "p-800"],
    "zircon": ["zircon", "tsirkon"],
    "tochka_u": ["tochka-u", "tochka"],
    "atacms": ["atacms"],
    "storm_shadow": ["storm shadow", "scalp"],
    "himars": ["himars", "gmlrs"],
    "neptune": ["neptune", "neptun"],
    "shahed": ["shahed", "shaheds", "geran", "geran-2", "shahed-136"],
    "lancet": ["lancet"],
    "fpv": ["fpv"],
    "sea_drone": ["sea drone", "naval drone", "unmanned surface vessel", "sea baby", "magura"],
    "glide_bomb": ["glide bomb", "glide bombs", "guided bomb", "guided aerial bomb", "kab", "kabs", "fab-500",
                   "fab-1500", "fab-3000"],
    "ballistic_missile": ["ballistic missile", "ballistic missiles"],
    "cruise_missile": ["cruise missile", "cruise missiles"],
    "missile": ["missile", "missiles", "rocket", "rockets"],
    "drone": ["drone", "drones", "uav", "uavs", "unmanned aerial vehicle", "kamikaze drone", "strike drones"],
    "airstrike": ["airstrike", "airstrikes", "air strike", "air strikes", "aircraft", "aviation", "bombing", "bombs"],
    "bomber": ["tu-22m3", "tu-95", "tu-160", "su-34", "su-35", "su-25", "strategic bomber"],
    "artillery": ["artillery", "shelling", "shelled", "mortar", "mortars", "howitzer", "howitzers", "cannon"],
    "mlrs": ["grad", "smerch", "uragan", "tornado-s", "multiple rocket launcher", "mlrs", "rocket-artillery",
             "rocket troops"],
}

# More specific weapon keys shadow the generic ones they contain ("cruise missile" is a missile).
_SHADOWS = {
    "missile": {"ballistic_missile", "cruise_missile", "iskander", "kinzhal", "kalibr", "kh_101", "kh_22", "kh_59",
                "s_300", "oniks", "zircon", "tochka_u", "atacms", "storm_shadow", "neptune"},
    "drone": {"shahed", "lancet", "fpv", "sea_drone"},
    "airstrike": {"bomber", "glide_bomb"},
    "warehouse": {"ammunition_depot", "fuel_depot", "drone_site"},
    "defense_industry": {"drone_site"},
}


def _compile(vocab: dict[str, list[str]]):
    """An Aho-Corasick automaton over the phrases (hyphens read as spaces): one pass over a
    sentence finds every phrase, where a regex alternation of 200 phrases would try each of them
    at every position."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for key, phrases in vocab.items():
        for p in phrases:
            norm = _norm(p)
            if norm not in auto:
                auto.add_word(norm, (len(norm), key))
    auto.make_automaton()
    return auto


def _norm(phrase: str) -> str:
    return phrase.casefold().replace("-", " ")


_COMPILED = {"targets": _compile(TARGETS), "weapons": _compile(WEAPONS)}


def find_terms(text: str, vocabulary: str) -> list[str]:
    """Keys of ``vocabulary`` ("targets" or "weapons") named in ``text``, first mention first."""
    low = _norm(text)
    if len(low) != len(text):  # casefolding changed the length (ß, ligatures): offsets by a safe path
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text).replace("-", " ")
    hits = []
    for end, (n, key) in _COMPILED[vocabulary].iter(low):
        start = end - n + 1
        if (start > 0 and (low[start - 1].isalnum())) or (end + 1 < len(low) and low[end + 1].isalnum()):
            continue  # inside a longer word
        hits.append((start, -n, end, key))
    hits.sort()
    out, taken_until = [], -1
    for start, _, end, key in hits:  # leftmost, then longest, without overlaps
        if start <= taken_until:
            continue
        taken_until = end
        out.append(key)
    out = list(dict.fromkeys(out))
    for generic, specific in _SHADOWS.items():
        if generic in out and specific & set(out):
            out.remove(generic)
    return out
