"""English attackers and casualties (``geo.claims.details``)."""
from .speakers import RU, UA

# Prepositions that introduce the agent after a strike word ("hit by Russian missiles").
AGENT_PREPOSITIONS = r"by|from"
# Attackers: adjectives and country names for each side, and the nouns that make them agents.
AGENT_NOUNS = (r"forces|troops|army|missiles?|drones?|strikes?|attacks?|aircraft|aviation|bombers?|bombs?|shells?|munitions|shelling|"
               r"artillery|offensive|barrage|bombardment|assault|rockets?|invasion|incursion|saboteurs|sabotage|navy|units")
ATTACKERS = {
    RU: ("russian|russia['’]s|russia", "russia",
         r"\bmoscow\s+(?:launched|fired|struck|attacked)|\bRAF\b|\bour (?:forces|troops|strikes|units)"),
    UA: ("ukrainian|ukraine['’]s|ukraine|kyiv['’]s|kiev['’]s", "ukraine", r"\bkyiv regime|\bkiev regime|\bAFU\b|\bZSU\b"),
}
ATTACK_VERBS = r"launched|fired|struck|attacked|shelled|hit|conducted|targeted|unleashed"
OWN_FORCES = r"\b(?:its|our|their)\s+(?:[\w-]+\s+)?(?:drones?|missiles?|forces|troops|units|aircraft|aviation|artillery|navy)\b"

# Casualties.
HURT = r"\b(?:kill|dead|died|wound|injur|hurt|destruction|eliminat|destroy)"
NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|dozen|hundreds of|a|an)"
NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBERS.update({"a": 1, "an": 1, "dozen": 12, "dozens of": 12, "hundreds of": 100})
_VICTIMS = r"people|persons?|civilians?|soldiers?|servicem[ae]n|troops|fighters|militants|mercenaries|residents?|children|child|men|man|women|woman|drivers?|passengers?"
KILLED = [
    rf"(?:killing|killed|kills|destruction of|eliminat\w+|destroy\w*)\s+(?:up to|at least|about|around|more than|over|some)?\s*(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:{_VICTIMS})\b",
    rf"(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:{_VICTIMS})\s+(?:were\s+|was\s+|have been\s+|has been\s+)?(?:killed|dead|died)",
]
WOUNDED = [
    rf"(?:injuring|wounding|injured|wounded)\s+(?:up to|at least|about|around|more than|over)?\s*(?P<n>{NUM})\b(?!\s*(?:%|percent|km|kilomet))",
    rf"(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:{_VICTIMS})\s+(?:were\s+|was\s+|have been\s+|has been\s+)?(?:injured|wounded|hurt)",
    # "Two people were killed and five wounded": the wounded count after the killed one.
    rf"(?:killed|dead)\s*,?\s+and\s+(?:up to\s+|at least\s+)?(?P<n>{NUM})\s+(?:(?:other|more)\s+)?(?:(?:{_VICTIMS})\s+)?(?:were\s+)?(?:wounded|injured|hurt)",
]
