"""English for places of impact (``geo.claims.impact``): launch sites, reference points,
places that act, bodies of water and datelines."""

# Launch sites and reference points are no places of impact.
LAUNCH = (r"\b(?:fired|launched|flew|took off|carried out|sent)\b(?:\s+[\w’'-]+){0,10}?\s+(?:from|out of|via)\s+"
          r"(?:the\s+)?(?:(?:territory|airspace|direction|city|region|area)\s+(?:of|over|above)\s+(?:the\s+)?)?"
          r"(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+|\s+and\s+|\s+or\s+))*$")
# Reference points and where the wounded were taken: no places of impact.
RELATIVE_PLACE = (r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+$|"
                  r"\b(?:taken|evacuated|brought|transported|rushed|admitted)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                  r"(?:hospital|clinic|medical facility)\s+in\s+$")
POSSESSIVE_ACTOR = (r"^['’]s\s+(?:[\w-]+\s+)?(?:supporters|allies|partners|government|regime|leadership|forces|army|"
                    r"troops|military|officials|claims?|strikes?|attacks?|drones?|missiles?|defen[cs]es?|"
                    r"counteroffensive|incursion|sabotage|position|narrative|president|envoy|losses|casualties|"
                    r"campaign|war effort)\b")
# A place that speaks or acts stands for its government or forces ("Moscow insists that ...",
# "Kyiv has repeatedly denied", "Washington warned"): a speaker or an attacker, not a place of impact.
PLACE_AS_ACTOR = (r"^\s+(?:(?:nationalist|neo-Nazi|puppet|criminal)\s+)?(?:regime|government|junta|leadership|authorities)\b|"
                  r"^\s+(?:(?:also|again|then|later|earlier|now)\s+)?"
                  r"(?:(?:has|have|had|does|did|do|would|will)(?:\s+not|n['’]t)?\s+)?(?:\w+ly\s+)?"
                  r"(?:said|says?|insist(?:s|ed)?|claim(?:s|ed)?|den(?:y|ies|ied)|warn(?:s|ed)?|maintain(?:s|ed)?|"
                  r"argue[sd]?|assert(?:s|ed)?|accuse[sd]?|blame[sd]?|allege[sd]?|confirm(?:s|ed)?|comment(?:s|ed)?|"
                  r"acknowledge[sd]?|admit(?:s|ted)?|announced|responded|vowed|threatened|(?:tried|attempted|sought) to|"
                  r"launched|fired|targeted|struck|attacked|unleashed|called|described|condemned|urged|demanded)\b")

# Places of impact (``geo.claims.impact``): a body of water, read in the gazetteer's English
# canonical name of a region ("Black Sea", "Sea of Azov", "Tsemes Bay", "Kerch Strait"). A sea is
# not where a strike landed when the sentence names a place on land.
WATER_BODY = r"\b(?:sea|ocean|bay|gulf|strait|straits|lagoon|estuary|lake|reservoir|river|liman)\b"
# A sea before the noun it locates ("one of Russia's main Black Sea oil ports", "a Black Sea naval
# base", "the Black Sea coast"): the port or the coast may have been hit, the sea was not.
WATER_AS_MODIFIER = (r"^\s+(?:(?!(?:and|or|on|in|at|near|off|to|from|by|the|a|an|was|were|is|are)\b)[a-z-]+\s+){0,2}?"
                     r"(?:ports?|coast\w*|bases?|harbou?rs?|terminals?|shipyards?|resorts?|towns?|cit(?:y|ies)|shores?|"
                     r"beach\w*|villages?)\b")
# A dateline opening a report ("MOSCOW/KYIV (Reuters) - ", "KYIV, Ukraine (AP) — "): where the report
# was filed, not where a strike landed.
DATELINE = (r"^[A-Z][A-Z’'.-]+(?:[ /][A-Z][A-Z’'.-]+)*(?:,\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*)?\s*"
            r"(?:\([^()]{1,40}\)\s*)?[-–—]\s")
