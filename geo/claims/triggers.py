"""Strike triggers: does a sentence report that a strike happened?

A **trigger** is a strike verb ("struck", "targeted", "shelled", "was hit", "shot down") or a
strike noun tied to a target or a determiner ("an attack on", "the strikes", "a barrage of").
Captures, troop movements, diplomacy, threats, plans and background ("throughout the war")
are not strikes. The other patterns here describe a claim sentence further: whether it denies
damage (interceptions), refers back to an earlier event, or only says where a target is.
"""
from __future__ import annotations

import re

from .keywords import fold, has_any

__all__ = ["ANAPHORA", "DENIAL", "HIT", "INTERCEPTION", "LOCATION_SENTENCE", "OUTLET_VOICE", "STRIKE_VERB", "is_claim_sentence", "is_location_sentence",
           "trigger"]

STRIKE_VERB = re.compile(
    r"\b(?:struck|strikes?\b(?=\s+(?:on|at|against|the|a|an|targets?|\w+ing)\b)|striking|hit(?:s|ting)?|attack(?:ed|ing)|"
    r"target(?:ed|ing)\b(?!\s+object)|shell(?:ed|ing)|bomb(?:ed|ing)|bombard(?:ed|ing)|destroy(?:ed|ing|s)|damag(?:ed|ing)|"
    r"pound(?:ed|ing)|hammer(?:ed|ing)|fired(?:\s+[\w-]+){0,4}?\s+(?:at|on|upon|into)|launched\s+(?:a|an|\d+|missiles?|drones?|strikes?|attacks?)|"
    r"unleash(?:ed|ing)|came\s+under\s+(?:fire|attack|shelling)|fell\s+victim|explo(?:ded|sions?)|blasts?\b|"
    r"shot\s+down|downed|intercepted|repelled|neutrali[sz]ed|eliminat(?:ed|ing)|set\s+(?:on\s+)?fire|caught\s+fire|"
    r"destruction\s+of)\b",
    re.I)
STRIKE_NOUN = re.compile(r"\b(?:strikes?|airstrikes?|air strikes?|attacks?|bombardments?|shelling|barrage|assault|blow|raids?)\b", re.I)
# A strike noun reports an event when it is determined ("the attack", "a series of strikes") or
# tied to a target ("an attack on", "bombardments of Kyiv"), not in "Russian strikes" in general.
_DETERMINERS = {"a", "an", "the", "these", "this", "those", "that", "another", "combined", "massive", "series", "further",
                "additional", "new", "overnight", "several", "multiple", "repeated", "recent", "its", "their"}
_NOUN_PREP = re.compile(r"^\s+(?:on|against|at|in|of|targeting|near|into)\b", re.I)
NOT_STRIKE = re.compile(
    r"\b(?:took control|taken control|captur(?:ed|ing)|liberat(?:ed|ing)|seiz(?:ed|ing)|advanc(?:ed|ing)|withdr[ae]w\w*|"
    r"retreat\w*|encircl\w*|occup(?:ied|ying)|pushed back|entered)\b", re.I)
MODAL_STRIKE = re.compile(r"\b(?:will|would|could|might|may|shall|plans? to|intends? to|threaten\w* to|vow\w* to|prepar\w+ to|"
                          r"ready to|going to)\s+(?:\w+\s+)?(?:strike|attack|hit|target|shell|bomb|launch|fire|retaliate)\b|"
                          r"\bif (?:attacked|struck|hit)\b", re.I)
HYPOTHETICAL = re.compile(
    r"\b(?:will|would|could|might|plan(?:s|ning|ned)? to|plot(?:s|ting)?|threat(?:en\w*|s)?|intend\w* to|"
    r"provok\w+|prepar\w+ to|accus\w+|capable of|in the next|to protect|if true|potentially|retaliation|"
    r"supply|send|arm)\b", re.I)
PAST_STRIKE = re.compile(r"\b(?:struck|hit|attacked|targeted|shelled|bombed|destroyed|damaged|was hit|were hit|launched|fired)\b", re.I)
DENIAL = re.compile(r"\b(?:repelled|shot down|downed|intercepted|neutrali[sz]ed|without (?:causing )?(?:damage|casualties)|no damage)\b", re.I)
# Air defence at work: "destroyed 47 Ukrainian drones over ...", "air defences downed ...".
INTERCEPTION = re.compile(
    r"\b(?:destroyed|downed|shot down|intercepted|neutrali[sz]ed|repelled)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:drones?|uavs?|missiles?|rockets?|aircraft|targets|shaheds?)\b|"
    r"\bair[- ]defen[cs]es?\b.{0,80}?\b(?:destroyed|downed|intercepted|shot down|repelled)\b", re.I)
ANAPHORA = re.compile(r"\b(?:the|these|this|those|that|such)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assault|bombardment|barrage|facilit(?:y|ies)|factor(?:y|ies)|plants?|sites?|objects?|targets?|incident|operation|damage|enterprise|capital|city|town|missiles?|drones?|rockets?|bombs?|shells?|blast|explosions?)\b|\b(?:it|there)\b", re.I)
LOCATION_SENTENCE = re.compile(r"\b(?:is|are|was|were)\s+(?:located|situated|based)\s+in\b|\blocated in\b", re.I)
HIT = re.compile(r"\b(?:hit|struck|damaged|destroyed|launched|fired|attacked|targeted|exploded|killed|killing|caught fire)\b", re.I)
# What stands before a trigger when the sentence reports no strike: the absence of a comment on
# one, or a denial of one.
_NEGATED = re.compile(
    r"\b(?:(?:did|does|has|have|had|would) not|didn['’]t|declined to|refused to)\s+(?:immediately\s+|yet\s+|publicly\s+)?"
    r"(?:comment(?:ed)?|respond(?:ed)?|confirm(?:ed)?)\s+(?:on\s+)?(?:[\w’'-]+\s+){0,4}$|"
    r"\b(?:denied|denies|deny|denying|rejected|dismissed)\s+(?:(?:that|claims|reports)\s+)?(?:[\w’'-]+\s+){0,3}$|"
    r"\bno (?:comment|confirmation) on\s+(?:[\w’'-]+\s+){0,4}$", re.I)
# The outlet speaking for itself: it ends an official's reporting frame.
OUTLET_VOICE = re.compile(
    r"\b(?:could not (?:be )?(?:independently )?(?:verif|confirm)\w*|cannot (?:be )?(?:independently )?(?:verif|confirm)\w*|"
    r"(?:has|have|had) not (?:been )?(?:independently )?(?:verified|confirmed)|did not (?:immediately )?(?:respond|reply|comment)|"
    r"(?:has|have|had) not (?:yet )?commented|declined to comment|(?:comes?|came) as|read (?:also|more)|background)\b", re.I)
# Background, not an event: "throughout the conflict, Russia struck almost daily".
_GENERIC = re.compile(r"\b(?:throughout the (?:war|conflict)|almost daily|every day|on a daily basis|since the (?:start|beginning)|"
                      r"so far this year|in total|to date|repeatedly tested|routinely|consistently|regularly|"
                      r"since the (?:war|conflict|invasion) (?:began|started)|(?:has|have) (?:repeatedly|long|often))\b", re.I)


# Substrings every match of STRIKE_VERB or STRIKE_NOUN contains.
_TRIGGER_WORDS = ("struck", "strik", "hit", "attack", "target", "shell", "bomb", "destr", "damag", "pound", "hammer",
                  "fired", "launched", "unleash", "came", "fell", "explo", "blast", "shot", "downed", "intercepted",
                  "repelled", "neutrali", "eliminat", "set", "caught", "barrage", "assault", "blow", "raid")


def trigger(text: str) -> tuple[int, str] | None:
    if not has_any(fold(text), _TRIGGER_WORDS):
        return None
    m = STRIKE_VERB.search(text)
    if m:
        return m.start(), m.group()
    for m in STRIKE_NOUN.finditer(text):
        before = text[max(0, m.start() - 60):m.start()].casefold().split()[-4:]
        if any(w in _DETERMINERS or w.isdigit() for w in before) or _NOUN_PREP.match(text[m.end():m.end() + 15]):
            return m.start(), m.group()
    return None


# Substrings every match of _GENERIC, MODAL_STRIKE and HYPOTHETICAL contains.
_GENERIC_WORDS = ("throughout", "daily", "every day", "since the", "so far", "in total", "to date", "repeatedly",
                  "routinely", "consistently", "regularly", "long", "often")
_MODAL_WORDS = ("will", "would", "could", "might", "may", "shall", "plan", "intend", "threaten", "vow", "prepar",
                "ready to", "going to", "if ")
_HYPOTHETICAL_WORDS = ("will", "would", "could", "might", "plan", "plot", "threat", "intend", "provok", "prepar", "accus",
                       "capable of", "in the next", "to protect", "if true", "potentially", "retaliation", "supply",
                       "send", "arm")


def is_claim_sentence(text: str) -> tuple[int, str] | None:
    trig = trigger(text)
    if trig is None:
        return None
    low = fold(text)
    if has_any(low, _GENERIC_WORDS) and _GENERIC.search(text) or has_any(low, _MODAL_WORDS) and MODAL_STRIKE.search(text):
        return None
    if has_any(low, _HYPOTHETICAL_WORDS) and HYPOTHETICAL.search(text) and not PAST_STRIKE.search(text):
        return None
    if NOT_STRIKE.search(text) and not STRIKE_VERB.search(text):
        return None
    if _NEGATED.search(text[max(0, trig[0] - 70):trig[0]]):
        return None  # "did not comment on the strike in X", "denied hitting X": no claim of a strike
    return trig



def is_location_sentence(text: str) -> bool:
    """"The targeted object is located in Shostka": a sentence that places the event before."""
    low = text.casefold()
    return bool(("located" in low or "situated" in low or "based in" in low)
                and LOCATION_SENTENCE.search(text) and ANAPHORA.search(text[:60]))
