"""English for claim assembly and merging (``geo.claims.assembly``, ``geo.claims.merging``):
references back to a strike told before, summaries, local roles, a country as target."""

# Pronouns that stand for the event just told, not for a new one ("it was hit", "there").
BARE_REFERENCES = ("it", "there")
ANAPHORA = (r"\b(?:the|these|this|those|that|such)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assault|bombardment|barrage|"
            r"facilit(?:y|ies)|factor(?:y|ies)|plants?|refiner(?:y|ies)|depots?|airfields?|air bases?|terminals?|ports?|bridges?|"
            r"substations?|sites?|objects?|targets?|incident|operation|damage|enterprise|capital|city|"
            r"station|building|block|hospital|mall|shopping (?:centre|center)|shipyard|base|headquarters|train|"
            r"town|missiles?|drones?|rockets?|bombs?|shells?|blast|explosions?)\b|\b(?:it|there)\b")
# "every designated target was hit", "all missiles were shot down": a summary of no one place.
SUMMARY = r"\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:\w+\s+){0,2}?(?:targets?|missiles?|drones?|objectives?|uavs?|rockets?)\b"
LOCATION_SENTENCE = r"\b(?:is|are|was|were)\s+(?:located|situated|based)\s+in\b|\blocated in\b"
LOCAL_ROLE = r"\b(?:governor|mayor|administration|head of the|council|authorities)\b"
# Speaker nouns that report their own forces' strike ("the ministry said its forces hit").
OWN_SIDE_SPEAKER = r"\b(?:ministry|general staff|command|armed forces)\b"
COUNTRY_TARGET = (r"\b(?:at|on|against|across|over|into|struck|hit|attacked|targeted)\s+(?:the\s+)?"
                  r"(?:Ukraine|Russia|Belarus)\b")
