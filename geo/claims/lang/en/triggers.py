"""English strike triggers and their filters (``geo.claims.triggers``)."""

# Strike triggers. A verb (or verb phrase) says a strike happened; a noun does when determined
# or tied to a target. Both are anchored: every alternative starts with a trigger cue word
# (CUES["trigger"]), and they are tried only where the phrase matcher found one.
STRIKE_VERB = (
    r"\b(?:struck|strikes?\b(?=\s+(?:on|at|against|the|a|an|targets?|\w+ing)\b)|striking|hit(?:s|ting)?|attack(?:ed|ing)|"
    r"target(?:ed|ing)\b(?!\s+object)|shell(?:ed|ing)|bomb(?:ed|ing)|bombard(?:ed|ing)|destroy(?:ed|ing|s)|damag(?:ed|ing)|"
    r"pound(?:ed|ing)|hammer(?:ed|ing)|fired(?:\s+[\w-]+){0,4}?\s+(?:at|on|upon|into)|launched\s+(?:a|an|\d+|missiles?|drones?|strikes?|attacks?)|"
    r"unleash(?:ed|ing)|c[ao]me\s+under\s+(?:\w+\s+)?(?:fire|attack|shelling|strikes?|bombardment)|fell\s+victim|"
    r"explo(?:ded|sions?)|blasts?\b|detonat(?:ed|ions?)\b|burn(?:ed|t)[- ]out|charred|gutted|wrecked|"
    r"shot\s+down|downed|intercepted|repelled|neutrali[sz]ed|eliminat(?:ed|ing)|set\s+(?:[\w’'-]+\s+){0,6}?on\s+fire|"
    r"set\s+fire\s+to|caught\s+fire|"
    r"(?:fires?|blazes?)\s+(?:at|in|on)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:refiner(?:y|ies)|depots?|plants?|"
    r"facilit(?:y|ies)|warehouses?|terminals?|bases?|airfields?|substations?|factor(?:y|ies))|"
    r"destruction\s+of|(?:brought|bring(?:s|ing)?)\s+down|(?:sustain|suffer)(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?damage|"
    r"debris\s+(?:\w+\s+){0,4}?(?:fell|falling|hit|struck|damaged|landed|crashed)|crash(?:ed|ing)\s+into|"
    r"dropp?(?:ed|ing)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:explosive|munitions?|bombs?|grenades?|devices?)|"
    r"(?:rocked|engulfed|ablaze)|(?:fire|blaze)s?\s+(?:broke\s+out|erupted|raged|started)|"
    r"(?:key|main|primary)\s+target\s+(?:was|were)|"
    r"(?:strikes?|attacks?|shelling|drones?|missiles?)\s+(?:\w+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:killed|wounded|injured|damaged))\b")
STRIKE_NOUN = r"\b(?:strikes?|airstrikes?|air strikes?|attacks?|bombardments?|shelling|barrage|assault|blow|raids?)\b"
# Words before a strike noun that make it an event ("the attack", "a series of strikes").
DETERMINERS = {"a", "an", "the", "these", "this", "those", "that", "another", "combined", "massive", "series", "further",
               "additional", "new", "overnight", "several", "multiple", "repeated", "recent", "its", "their", "mortar",
               "drone", "missile", "artillery"}
NOUN_PREP = r"^\s+(?:on|against|at|in|of|targeting|near|into)\b"
NOT_STRIKE = (r"\b(?:took control|taken control|captur(?:ed|ing)|liberat(?:ed|ing)|seiz(?:ed|ing)|advanc(?:ed|ing)|withdr[ae]w\w*|"
              r"retreat\w*|encircl\w*|occup(?:ied|ying)|pushed back|entered)\b")
MODAL_STRIKE = (r"\b(?:will|would|could|might|may|shall|plans? to|intends? to|threaten\w* to|vow\w* to|prepar\w+ to|"
                r"ready to|going to)\s+(?:\w+\s+)?(?:strike|attack|hit|target|shell|bomb|launch|fire|retaliate)\b|"
                r"\bif (?:attacked|struck|hit)\b")
HYPOTHETICAL = (r"\b(?:will|would|could|might|plan(?:s|ning|ned)? to|plot(?:s|ting)?|threat(?:en\w*|s)?|intend\w* to|"
                r"provok\w+|prepar\w+ to|capable of|in the next|to protect|if true|potentially|retaliation|"
                r"supply|send|arm)\b")
PAST_STRIKE = r"\b(?:struck|hit|attacked|targeted|shelled|bombed|destroyed|damaged|was hit|were hit|launched|fired)\b"
GENERIC = (r"\b(?:throughout the (?:war|conflict)|almost daily|every day|on a daily basis|since the (?:start|beginning)|"
           r"so far this year|in total|to date|repeatedly tested|routinely|consistently|regularly|"
           r"since the (?:war|conflict|invasion) (?:began|started)|(?:has|have) (?:repeatedly|long|often))\b")
# A comparison with the whole war is no habit: "the biggest strike since the start of the war".
SUPERLATIVE_SINCE = (r"\b(?:most|biggest|largest|heaviest|worst|deadliest|first|only|\w+est)\b[^.;]{0,80}?"
                     r"\bsince the (?:start|beginning|war|conflict|invasion)\b")
# Where a trigger's clause ends: a filter (modal, generic, hypothetical) reads only that clause.
CLAUSE_BREAK = (r";|:\s|\s[—–-]\s|,\s+(?:while|but|whereas|although|though|as|and|which|where|after|before|when|since|"
                r"because|until)\b|\b(?:said|says|reported|added|stated|wrote|noted)\s*,|\.\s")
# A clause that starts with a condition: what it says did not (yet) happen.
CONDITIONAL = r"^\W*(?:if|unless|should|in case|in the event that)\b"
DENIAL = r"\b(?:repelled|shot down|downed|intercepted|neutrali[sz]ed|brought down|without (?:causing )?(?:damage|casualties)|no damage)\b"
# Air defence at work: "destroyed 47 Ukrainian drones over ...", "air defences downed ...".
# (Aircraft "destroyed" were hit on the ground; aircraft "shot down" were intercepted.)
INTERCEPTION = (r"\b(?:destroyed|downed|shot down|intercepted|neutrali[sz]ed|repelled|brought down)\s+(?:[\w-]+\s+){0,4}?"
                r"(?:drones?|uavs?|missiles?|rockets?|targets|shaheds?)\b|"
                r"\b(?:downed|shot down|intercepted|brought down)\s+(?:[\w-]+\s+){0,4}?aircraft\b|"
                r"\bair[- ]defen[cs]es?\b.{0,80}?\b(?:destroyed|downed|intercepted|shot down|repelled|brought down)\b")
HIT = r"\b(?:hit|struck|damaged|destroyed|launched|fired|attacked|targeted|exploded|killed|killing|caught fire)\b"
# What stands before a trigger when the sentence reports no strike: the absence of a comment on
# one, or a denial of one.
NEGATED = (r"\b(?:(?:did|does|has|have|had|would) not|didn['’]t|declined to|refused to)\s+(?:immediately\s+|yet\s+|publicly\s+)?"
           r"(?:comment(?:ed)?|respond(?:ed)?|confirm(?:ed)?)\s+(?:on\s+)?(?:[\w’'-]+\s+){0,4}$|"
           r"\bno (?:comment|confirmation) on\s+(?:[\w’'-]+\s+){0,4}$")
# A denial of the strike before its trigger ("denied striking the station"): the denying side's
# claim about it, which disputes it as an interception does (an event's status reads it).
DENIED = r"\b(?:denied|denies|deny|denying|rejected|dismissed)\s+(?:(?:that|claims|reports)\s+)?(?:[\w’'-]+\s+){0,3}$"
# A casualty or damage sentence: within a strike report, one that names a new place is a claim.
DAMAGE = (r"\b(?:killed|wounded|injured|died|dead|hurt|damaged|destroyed|fire broke out|caught fire|was hit|were hit|"
          r"sustained damage|shattered|burned|burnt)\b")
# Lines that point to another article: no claims of this one.
ELSEWHERE = r"^\W*(?:read (?:also|more)|see also|related|also read|more on this)\b"
