"""English cue words for the phrase matcher (``geo.claims.matcher``)."""

# Cue words for the phrase matcher (one Aho-Corasick pass over the text). A word ending in "*"
# matches any word it begins ("report*": reports, reported); others match whole words. An
# annotator reads a sentence only when the matcher found a cue of its category there, so every
# pattern of a category below must contain one of that category's cue words (a test checks).
CUES: dict[str, tuple[str, ...]] = {
    "speech": ("said", "say", "says", "saying", "report*", "claim*", "stated", "states", "statement*", "confirm*",
               "announc*", "wrote", "writes", "told", "added", "adding", "adds", "noted", "acknowledg*", "admit*",
               "denied", "denies", "denying", "insist*", "alleg*", "declared", "posted", "informed", "warned",
               "specified", "clarified", "explained", "shared", "published", "showed", "released", "according",
               "issued", "voiced", "made public", "source", "sources", "assertion", "briefing", "press release",
               "update", "address", "post", "words", "version", "account", "citing", "cited", "quoting",
               "reference", "referring", "information", "news", "data", "figures", "details", "described",
               "recounted", "accused", "dismissed", "rejected", "refuted", "disputed", "detailed", "summed",
               "summarised", "summarized", "outlined", "verified", "analysed", "analyzed", "geolocated", "examined"),
    "trigger": ("struck", "strik*", "hit*", "attack*", "target*", "shell*", "bomb*", "destr*", "damag*", "pound*",
                "hammer*", "fired", "launch*", "unleash*", "came", "come", "fell", "explo*", "blast*", "detonat*", "charred", "gutted", "wreck*", "shot",
                "downed", "intercept*", "repel*", "neutrali*", "eliminat*", "set", "caught", "barrage*",
                "assault*", "blow", "raid*", "airstrik*", "key", "main", "primary", "drone*", "missile*", "brought", "bring*", "sustain*", "suffer*", "debris", "crash*",
                "dropped", "drop*", "rock*", "fire*", "blaze*", "burn*", "wound*", "kill*", "injur*", "ablaze", "engulf*"),
    "hurt": ("kill*", "dead*", "died*", "wound*", "injur*", "hurt*", "destruction*", "eliminat*", "destroy*"),
    "voice": ("could", "cannot", "can't", "has", "have", "had", "did", "declined", "comes", "come", "came",
              "read", "background", "reportedly", "independently", "history", "time", "since", "ago", "year",
              "last", "previously", "repeatedly", "regularly", "often", "routinely", "earlier", "many",
              "19*", "20*"),
    "intercept": ("destroy*", "downed", "shot", "intercept*", "neutrali*", "repel*", "brought", "without", "no",
                  "denied", "denies", "deny", "denying", "rejected", "dismissed"),
    "date": ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
             "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
             "today", "tonight", "overnight", "night", "morning", "evening", "hours", "day", "days", "week", "weeks",
             "ago", "19*", "20*"),
    "generic": ("throughout", "daily", "every", "since", "so far", "in total", "to date", "repeatedly",
                "routinely", "consistently", "regularly", "long", "often"),
    "modal": ("will", "would", "could", "might", "may", "shall", "plan*", "intend*", "threat*", "vow*",
              "prepar*", "ready", "going", "if"),
    "hypothetical": ("will", "would", "could", "might", "plan*", "plot*", "threat*", "intend*", "provok*",
                     "prepar*", "accus*", "capable", "in the next", "to protect", "if true", "potentially",
                     "retaliation", "supply*", "send*", "arm", "arms"),
}
