"""Synthetic strike reports for load tests and benchmarks (not for evaluation: they are
generated from templates, so extraction on them measures speed and robustness, not accuracy).
"""
from __future__ import annotations

import random
from datetime import date, timedelta

__all__ = ["synthetic_articles"]

_UA_PLACES = ["Kharkiv", "Sumy", "Shostka", "Izium", "Chuhuiv", "Kupiansk", "Odesa", "Mykolaiv", "Kherson", "Dnipro",
              "Zaporizhzhia", "Kramatorsk", "Sloviansk", "Pokrovsk", "Kyiv", "Lviv", "Poltava", "Kremenchuk", "Konotop",
              "Nikopol", "Kryvyi Rih", "Chernihiv", "Zhytomyr", "Vinnytsia", "Okhtyrka", "Bilopillia"]
_RU_PLACES = ["Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov-on-Don", "Taganrog", "Novorossiysk", "Tuapse",
              "Engels", "Yeysk", "Shebekino", "Oryol"]
_UA_OBLASTS = ["Sumy region", "Kharkiv Oblast", "Donetsk Oblast", "Odesa region", "Dnipropetrovsk Oblast"]
_RU_OBLASTS = ["Belgorod region", "Kursk Region", "Bryansk region", "Rostov Oblast", "Krasnodar Krai"]
_TARGETS = ["an energy facility", "an ammunition depot", "a fuel depot", "a railway station", "an apartment block",
            "a drone workshop", "an oil refinery", "an airfield", "a military training camp", "a power substation"]
_WEAPONS_RU = ["Shahed drones", "Iskander missiles", "Kh-101 cruise missiles", "glide bombs", "artillery"]
_WEAPONS_UA = ["drones", "long-range drones", "Neptune missiles", "ATACMS missiles"]
_UA_SPEAKERS = ["the regional military administration", "Ukraine's Air Force", "the General Staff",
                "the regional governor", "the SBU"]
_RU_SPEAKERS = ["Russia's Defence Ministry", "the Belgorod governor", "the Kremlin", "the Russian Defence Ministry"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def synthetic_articles(n: int, seed: int = 1, start: date = date(2024, 1, 1), days: int = 700):
    """``n`` distinct articles as dicts (title, published, outlet, url, text), deterministic."""
    rng = random.Random(seed)
    for i in range(n):
        pub = start + timedelta(days=rng.randrange(days))
        paras = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.6:
                place, oblast = rng.choice(_UA_PLACES), rng.choice(_UA_OBLASTS)
                who, weapon = rng.choice(_UA_SPEAKERS), rng.choice(_WEAPONS_RU)
                attacker = "Russian"
            else:
                place, oblast = rng.choice(_RU_PLACES), rng.choice(_RU_OBLASTS)
                who, weapon = rng.choice(_RU_SPEAKERS), rng.choice(_WEAPONS_UA)
                attacker = "Ukrainian"
            when = rng.choice(["overnight", f"on {rng.choice(_WEEKDAYS)}", "early on Saturday", "yesterday"])
            killed = rng.randint(0, 6)
            tail = f", killing {killed} people" if killed else ""
            paras.append(f"{attacker} {weapon} struck {rng.choice(_TARGETS)} in {place} {when}{tail}, {who} said. "
                         f"Air defences shot down several drones over the {oblast}, officials added.")
        paras.append(f"Report number {i} was filed by our correspondent.")
        yield {"title": f"Strikes reported, report {i}", "published": pub.isoformat(), "outlet": "Synthetic Wire",
               "url": f"https://example.org/report/{i}", "text": "\n\n".join(paras)}
