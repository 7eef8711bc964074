"""English: the words and patterns the claim annotators read. Data only; the logic that uses
them is language-neutral and lives in ``geo.claims``.

Sections: the phrase matcher's cue words (``CUES``), speakers and their sides (``SPEAKERS``,
heads of unknown speakers), reporting cues (before/after the speaker, pointing back to what came
before, "citing"), the outlet's own voice, strike triggers and their filters, attackers,
casualties, and the target and weapon vocabularies.
"""
from __future__ import annotations

import re

RU, UA, OTHER = "RU", "UA", "OTHER"

# ---------------------------------------------------------------------------------------------
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

# ---------------------------------------------------------------------------------------------
# Speakers: (pattern, side, label). The match nearest the end of a speaker phrase (its head) wins.
SPEAKERS: list[tuple[str, str, str]] = [
    # Russia and those who speak for it
    (r"russian?[- ](?:installed|appointed|backed|controlled)|kremlin-backed|moscow-backed|occupation [\"“]?(?:authorities|officials|head|governor|administration|mayor)|moscow-installed|"
     r"kremlin-installed|installed by (?:moscow|russia)", RU, "Russian-installed officials"),
    (r"pro-russian (?:underground|coordinator|activist|official|militar\w*|telegram|blogger)s?|underground (?:activist|coordinator|"
     r"resistance) \w+(?: \w+)?,? based in russia|(?:coordinator|activist)s? of the pro-russian", RU, "pro-Russian underground"),
    (r"(?:russian|russia['’]s) (?:ministry of defen[cs]e|defen[cs]e ministry|mod)|ministry of defen[cs]e of (?:the )?russia\w*|"
     r"defen[cs]e ministry in moscow|russian military(?: command)?|russian armed forces|russian forces|russian troops|russian army|"
     r"russian air defen[cs]e", RU, "Russian Ministry of Defence"),
    (r"\bmod\b(?! of ukraine)", RU, "Russian Ministry of Defence"),
    (r"kremlin|peskov|putin|shoigu|belousov|gerasimov|konashenkov|zakharova|lavrov|medvedev|russian (?:president|government|"
     r"officials|authorities|investigative committee|foreign ministry|emergencies ministry|emergency services|state media|embassy|"
     r"(?:military |security |government |official )?sources|(?:official )?data|figures)", RU, "Russian officials"),
    # People who hold office (names only as whole words: "Smirnovka" is a village, not Smirnov)
    (r"\b(?:gladkov|khinshtein|smirnov|bogomaz|gusev|golubev|saldo|balitsky|pushilin|pasechnik|aksyonov|razvozhayev|"
     r"sobyanin|lebedev|rogov)\b", RU, "Russian-appointed or Russian officials"),
    (r"governor of (?:the )?(?:belgorod|kursk|bryansk|voronezh|rostov|krasnodar|oryol|tula|kaluga|lipetsk|smolensk|moscow|ryazan|"
     r"tambov|saratov|volgograd|pskov|leningrad)|(?:belgorod|kursk|bryansk|voronezh|rostov|krasnodar|oryol|saratov|tula|lipetsk|"
     r"smolensk|kaluga) (?:region(?:al)? )?governor", RU, "Russian regional governor"),
    (r"\btass\b|ria novosti|\bria\b|\brossiya\b|zvezda tv|channel one", RU, "Russian state media"),
    (r"\bmoscow\b|\brussia\b", RU, "Russia"),
    # Ukraine
    (r"general staff|armed forces of ukraine|ukrainian (?:armed forces|military|army|forces|troops|navy|air force|general staff|"
     r"defen[cs]e forces)", UA, "Ukrainian military"),
    (r"unmanned systems forces|(?:ukraine's|ukrainian) (?:air force|navy|sbu|hur|security service|defen[cs]e intelligence|"
     r"military intelligence|intelligence)|\bsbu\b|\bhur\b|\bgur\b|air force|defen[cs]e intelligence|military intelligence|"
     r"security service of ukraine|national guard|state emergency service|ukrenergo|naftogaz|ukrzaliznytsia|"
     r"(?:regional|oblast|city) military administration|\b(?:rma|ova|mva)\b", UA, "Ukrainian security services"),
    (r"(?:ukrainian|ukraine's) (?:ministry of defen[cs]e|defen[cs]e ministry|president|government|officials?|authorities|prosecutor|"
     r"police|interior ministry|foreign ministry|energy ministry|minister|officer|commander|spokes\w+|presidential office|parliament|"
     r"ombudsman|(?:military |security |government |official )?sources|(?:official )?data|figures)|ministry of defen[cs]e of ukraine|"
     r"office of the president",
     UA, "Ukrainian officials"),
    (r"(?:kyiv|kiev|ukraine)[- ](?:appointed|controlled|backed)|\b(?:zelensk\w*|syrskyi|syrsky|budanov|podolyak|podoliak|"
     r"yermak|klitschko|syniehubov|synehubov|terekhov|lysak|fedorov|vilkul|prokudin|kim|filashkin|kiper|sadovyi|ihnat|yevlash|"
     r"voloshyn|umerov|shmyhal|sybiha|kuleba|reznikov|zaluzhn\w*|tkachenko|poroshenko|serbin|lubinets|kozytskyi|chaus|koval|"
     r"zhyvytskyi|hryhorov|kovalenko|demchenko)\b", UA, "Ukrainian officials"),
    (r"\bkyiv\b|\bkiev\b|\bukraine\b", UA, "Ukraine"),
    # Independent
    (r"institute for the study of war|united nations|amnesty|human rights watch|red cross", OTHER, "international monitors"),
    (r"\b(?:isw|un|ohchr|iaea|osce|icrc)\b", OTHER, "international monitors"),
    (r"\b(?:ap|afp|bbc|cnn)\b", OTHER, "independent sources"),
    (r"reuters|associated press|new york times|washington post|the guardian|financial times|bloomberg|kyiv independent|"
     r"ukrainska pravda|meduza|mediazona|\bastra\b|suspilne|hromadske|the insider|rferl|radio liberty|radio free europe|bellingcat|"
     r"analysts?|experts?|witnesses|eyewitnesses|residents|locals|journalists?|correspondents?|monitoring groups?|"
     r"satellite (?:images?|imagery|photos?)|media reports?|local media|ukrainian media|russian media|telegram channels?|"
     r"military bloggers?|bloggers?|open[- ]source|broadcaster|outlet|newspaper|news (?:agency|site|website|portal|service)|"
     r"wire (?:service|agency)|magazine|tabloid|"
     r"\bchannel\b|publication|footage|videos?|photos?", OTHER, "independent sources"),
]
# Both sides named in one speaker phrase: an independent account of them.
BOTH_SIDES = r"\b(?:russian|russia's) and (?:ukrainian|ukraine's)\b|\b(?:ukrainian|ukraine's) and (?:russian|russia's)\b"
# A role with no nationality: its side comes from where the claim lands.
ROLE = (r"\b(?:regional |oblast |city |local |district )?(?:military )?(?:administration|governors?|mayor|authorities|officials|police|"
        r"head of the \w+ (?:region|oblast|city)|head of|council|emergenc(?:y|ies) (?:services?|ministry)|prosecutors?)\b|"
        r"\b(?:regional|oblast|city|district|local) (?:head|chief|leader)\b")
# Nouns that stand for a speaker named before: continuing the report needs one of these.
PRONOUN = (r"he|she|they|it|the ministry|the department|the agency|the statement|the governor|the official|the mayor|"
           r"the administration|the sources?|the officials|the spokes(?:man|woman|person)|the (?:regional |acting )?(?:head|chief)")
# Words that open an unknown speaker's phrase ("a local broadcaster said").
UNKNOWN_OPENERS = ("a", "an", "the", "local", "some", "several")
# Where the subject before a speech verb is cut from what comes before it: a clause break
# (cut, how many characters of the match to skip), and "with" joining a clause to its subject.
SUBJECT_BREAKS = ((";", 1), (": ", 1), (" but ", 1), (" while ", 1), ("—", 1), (", and ", 6))
WITH = " with "
# Pronouns that stand for the event just told, not for a new one ("it was hit", "there").
BARE_REFERENCES = ("it", "there")
# Prepositions that introduce the agent after a strike word ("hit by Russian missiles").
AGENT_PREPOSITIONS = r"by|from"
# Relative pronouns: "the ministry, which said ..." is the ministry speaking.
RELATIVE_PRONOUNS = ("which", "who", "that")
# Of those, the ones that still say what kind of speaker it is (a role, sided by the place).
ROLE_PRONOUN = r"the (?:ministry|department|agency|governor|official|mayor|administration|(?:regional |acting )?(?:head|chief))"
# Titles before a name, and words that open a sentence but are no name.
TITLE = (r"(?:(?:Regional|Deputy|Acting|Former|Lieutenant|Lt|Major|Maj|Colonel|Col|General|Gen|Governor|Gov|Mayor|President|"
         r"Minister|Commander|Spokesman|Spokeswoman|Spokesperson|Head|Chief|Mr|Mrs|Ms|Dr)\.?\s+)")
TITLE_WORD = (r"Regional|Deputy|Acting|Former|Lieutenant|Major|Colonel|General|Governor|Mayor|President|Minister|Commander|"
              r"Spokesman|Spokeswoman|Spokesperson|Head|Chief|Ministry|Defence|Defense|Military|Administration|Region|Oblast|Forces|"
              r"Force|Staff|Service|Office|Council|Telegram|Brigade|Systems|Unmanned")
NOT_NAMES = {"The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "Officials", "Authorities", "Russia",
             "Ukraine", "Moscow", "Kyiv", "Kiev", "Local", "Regional", "Some", "Both", "Many", "Reports", "Sources", "Earlier",
             "Later", "Also", "Meanwhile", "Separately", "Residents", "Witnesses", "Police", "In", "On", "At", "After", "When"}
# Words that make a role of a person ("X, head of ..."): learned people.
ROLE_WORDS = (r"\b(?:head|governor|commander|minister|ministry|spokes\w+|chief|mayor|officer|official|adviser|advisor|secretary|"
              r"president|director|coordinator|deputy|chairman|representative)\b")

# ---------------------------------------------------------------------------------------------
# Reporting cues. SPEECH: verbs whose subject is the speaker. Present forms that are also nouns
# ("reports emerging", "the claims") count only before "that".
SPEECH = (r"said|says|reported|(?:reports|claims|states|report|claim|say)(?=\s+that\b)|claimed|confirmed|confirms|stated|announced|"
          r"wrote|writes|told|added|adding|noted|acknowledged|acknowledges|admitted|denied|denies|insisted|alleged|"
          r"declared|posted|informed|warned|specified|clarified|explained|shared|published|showed|released|"
          r"described(?!\s+(?:[\w’'-]+\s+){0,5}?as\b)|accused|dismissed|rejected|refuted|disputed|"
          r"recounted|detailed|summed up|summarised|summarized|outlined")
# (where the speaker stands: "after" the cue or "before" it, the cue)
# (where the speaker stands: "after" the cue, "before" it, or "inverted": after a verb that
# follows the content, to the end of the sentence; the cue). A cue written "@..." is
# anchored: it can only start at a reporting cue word (CUES["speech"]), so it is tried there and
# nowhere else (the big alternations would otherwise be tried at every character).
SPEAKER_CUES: list[tuple[str, str]] = [
    ("after", r"\baccording to\s+(?:the\s+)?"),
    ("after", r"@\b(?:claimed|reported|stated|detailed|confirmed|acknowledged|announced|said|released|published|posted|cited|"
              r"issued|shared|voiced|told) by\s+(?:the\s+)?"),
    # The one who examined the evidence speaks of what it shows: "videos verified by X show ...",
    # "satellite images analysed by X show ..."
    ("after", r"@\b(?:verified|analy[sz]ed|geolocated|examined) by\s+(?:the\s+)?"),
    # inverted: "..., said a spokesperson for the ministry"
    ("inverted", r"[,’”'\"]\s*(?:said|says|added|stated|wrote|noted|explained|reported|reports|writes)\s+(?=(?:a|an|the)?\s*[A-Za-z])"),
    # (not a passive "posted by X": its speaker stands after "by")
    ("before", rf"@\b(?:{SPEECH})\b(?!\s+by\b)"),
    ("before", r"@\b(?:acknowledging|confirming|saying|claiming|reporting|insisting|denying|admitting)\b"),
    ("before", r"['’]s?\s+(?:assertion|claim|statement|report|account|briefing|words|version|update|post)\b"),
    ("before", r"\bin (?:its|his|her|their|a) (?:daily |morning |evening |regular )?(?:briefing|statement|press release|update|"
               r"report|address|post|telegram post|summary)\b"),
    # A source line: "Source: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on Telegram"
    ("after", r"^\s*sources?\s*:\s*(?:the\s+)?"),
]
# The kind of cue that also names the source of what came BEFORE it: "This was reported by X",
# "The information came from X", "X reported this", a source line, "..., the outlet reports"
# closing a paragraph. (Searched in the sentence; the speaker stands after or before the cue.)
BACK_CUES: list[tuple[str, str]] = [
    ("after", r"^\W*(?:this|that|it|the (?:information|news|report|data|figures?))\s+(?:was|is|has been|had been|were)\s+"
              r"(?:first\s+)?(?:reported|announced|stated|confirmed|said|posted|published|shared|released|made public)"
              r"(?:\s+[\w’'-]+){0,4}?\s+by\s+(?:the\s+)?"),
    ("after", r"^\W*the (?:information|news|report|data|figures?|details?)\s+(?:came|comes|come|is|was)\s+"
              r"(?:from|courtesy of)\s+(?:the\s+)?"),
    ("after", r"^\W*(?:this|that) (?:is|was) according to\s+(?:the\s+)?"),
    ("before", r"@\b(?:reported|reports|announced|stated|said|wrote|writes|confirmed|posted|shared)\s+(?:this|so|the news)"
               r"(?=\s*(?:[,.;]|$|on\b|in\b|via\b|citing\b|late\b|early\b))"),
    ("after", r"^\W*(?:as|so) (?:reported|said|stated|announced) (?:by\s+)?(?:the\s+)?"),
    ("after", r"^\s*sources?\s*:\s*(?:the\s+)?"),
]
# "X, citing Y" / "X reports, citing Y": the cited Y is the source.
CITING = r"\b(?:citing|cited|quoting|with reference to|referring to)\s+"
# A window before a speech verb that ends in an auxiliary is a passive subject ("Heavy fighting
# was reported"): the content, not the speaker.
AUXILIARY_END = r"\b(?:was|were|is|are|been|be|being)\s*$"
# ... but a perfect is the speaker's own ("Ukrainian officials had said"): the auxiliary goes.
PERFECT_END = r"\s+(?:has|have|had)(?:\s+(?:also|already|earlier|previously))?\s*$"
# Lines that point to another article: no claims of this one.
ELSEWHERE = r"^\W*(?:read (?:also|more)|see also|related|also read|more on this)\b"
# A subject that does not speak ("the agency declined to comment on reports that ...").
NOT_SPEAKING = r"\b(?:declined|refused|did not|didn't|does not|has not|have not|would not|could not)\b"
# A place a speaker phrase names as where the speaker is: "the Monitoring Mission in Ukraine".
LOCATIVE_TAIL = r"\s+(?:in|based in|inside|across)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s*$"
# An apposition after a speaker's name ("Oleh Kiper, head of the Odesa Regional Military
# Administration"): part of the speaker phrase, so its place is no place of impact.
APPOSITION_AFTER = (r",\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?(?:head|governor|commander|minister|spokes\w+|chief|mayor|"
                    r"officer|official|adviser|secretary|director|coordinator|deputy|chairman|representative)\b[^,.;:]*")
# Where a speaker phrase after a cue ends.
PHRASE_END_AFTER = (r"[,;.:!?”\"(]|’(?!s\b)|\s(?:which|that|who|as|and said|while|but|citing|quoting|on \w+day|"
                    r"show|shows|showed|suggest|suggests|indicate|indicates|reveal|reveals)\s")
# A clause inside a window before a speech verb: its words are the reported content, not the speaker.
CLAUSE = r"\b(?:that|struck|hit|fired|shot|(?!(?:based|installed|appointed|armed|united|retired|unnamed|named)\b)\w+ed)\b"
STRIKE_WORDS = r"\b(?:struck|hit|shelled|attacked|targeted|destroyed|damaged|fired|launched|strikes?|attacks?)\b"
SENTENCE_TAIL = r"(?:\s*(?:(?:on|in|via|to) [\w’' -]{1,40}|late \w+|(?:on )?\w+day))?[\s.!?\"”’)]*$"
LEADING_JUNK = r"^(?:with|and|but|as|while|also|meanwhile|however|later|earlier)\s+"
TRAILING_JUNK = (rf"(?:,?\s+(?:has|have|had|also|earlier|later|previously|recently|then|now|(?:on|late|early) \w+day|"
                 rf"(?:went|goes|go|continued|proceeded) on to|{SPEECH}))+$")
# A phrase before a speaker, set off by a comma ("On Telegram, the governor said", "Last week,
# the ministry said"): an adverbial, not part of the speaker.
ADVERBIAL_LEAD = (r"^(?:(?:on|in|at|by|during|after|before|later|earlier|last|late|early|meanwhile|however|separately|"
                  r"also|then|overnight|yesterday|today)\b[^,]{0,50}|[A-Z]{3,}[^,]{0,30}\s[-–—])\s*,?\s+(?=\S)")
# Words inside a window before a speech verb after which the speaker's clause starts ("the
# strikes came as Ukrainian officials said", "a depot that Moscow said").
SUBORDINATOR = r"\s(?:as|before|after|when|since|that|because|until|while|although)\s"
ABBREVIATION = r"\s*\((?:[A-Z][A-Za-z]{1,7}|[A-Z]{2,8})\)"
APPOSITION = r"([A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|[\"“][^\"”,]{1,20}[\"”])){0,3}),\s+((?:the\s+)?[^,.;:\n]{4,90}),"

# ---------------------------------------------------------------------------------------------
# The outlet's own voice: it closes an official's report ("could not be verified", background).
OUTLET_VOICE = (r"\b(?:could not (?:be )?(?:independently )?(?:verif|confirm)\w*|cannot (?:be )?(?:independently )?(?:verif|confirm)\w*|"
                r"can't (?:be )?(?:independently )?(?:verif|confirm)\w*|"
                r"(?:has|have|had) not (?:been )?(?:independently )?(?:verified|confirmed)|did not (?:immediately )?(?:respond|reply|comment)|"
                r"(?:has|have|had) not (?:yet )?commented|declined to comment|(?:comes?|came) as|read (?:also|more)|background|"
                r"reportedly|for the \w+ time (?:this|since|in)|(?:has|have) (?:repeatedly|regularly|often|routinely) (?:been )?|"
                r"(?:has|have) been (?:\w+ ){0,2}?(?:repeatedly|regularly|often|routinely|many times)|"
                r"(?:last|earlier this) (?:year|month|summer|winter|spring|autumn)|(?:\d+|two|three|several) (?:years|months) ago|"
                r"since (?:the (?:start|beginning) of|(?:19|20)\d\d)|in (?:19|20)\d\d(?=,)|previously (?:been )?(?:hit|struck|attacked|targeted))\b")

# Where a relative clause starts: the outlet's voice inside it ("..., the ruined city that
# Russia took last year") describes a thing named, it does not take the sentence from its speaker.
RELATIVE_START = r",\s+(?:which|where|who|whose|when|the\s+\w+\s+(?:that|which|where))\b|\s[—–]\s"

# ---------------------------------------------------------------------------------------------
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
ANAPHORA = (r"\b(?:the|these|this|those|that|such)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assault|bombardment|barrage|"
            r"facilit(?:y|ies)|factor(?:y|ies)|plants?|refiner(?:y|ies)|depots?|airfields?|air bases?|terminals?|ports?|bridges?|"
            r"substations?|sites?|objects?|targets?|incident|operation|damage|enterprise|capital|city|"
            r"station|building|block|hospital|mall|shopping (?:centre|center)|shipyard|base|headquarters|train|"
            r"town|missiles?|drones?|rockets?|bombs?|shells?|blast|explosions?)\b|\b(?:it|there)\b")
# "every designated target was hit", "all missiles were shot down": a summary of no one place.
SUMMARY = r"\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:\w+\s+){0,2}?(?:targets?|missiles?|drones?|objectives?|uavs?|rockets?)\b"
LOCATION_SENTENCE = r"\b(?:is|are|was|were)\s+(?:located|situated|based)\s+in\b|\blocated in\b"
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
COUNTRY_TARGET = (r"\b(?:at|on|against|across|over|into|struck|hit|attacked|targeted)\s+(?:the\s+)?"
                  r"(?:Ukraine|Russia|Belarus)\b")
LOCAL_ROLE = r"\b(?:governor|mayor|administration|head of the|council|authorities)\b"
LIST_ITEM = r"^\s*(?:[-–—•*]|\d{1,2}[.)])\s+"
# "overnight" strikes may be dated a day apart across reports (events read this flag).
OVERNIGHT = r"\b(?:overnight|night|nocturnal)\b"
# A date written with the calendar: a day number, a year or a month's name.
_MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
CALENDAR_DATE = rf"\d|\b(?:{_MONTH_NAMES})\b"
# An independent source that saw, filmed, geolocated or verified what it reports.
VERIFIED = (r"\bverif(?:y|ied|ies|ying|ication)\b|\bgeolocat\w*|\bsatellite (?:images?|imagery|photos?|pictures?)|"
            r"\b(?:Planet Labs|Maxar)\b|"
            r"\b(?:images?|imagery|photos?|photographs?|videos?|footage)\b[^.;]{0,80}\b(?:analy[sz]ed|examined) by\b|"
            r"\b(?:reporters?|correspondents?|journalists?) (?:at the scene|on the scene|who visited|visiting|saw|found)\b|"
            r"\b(?:we|our team) (?:saw|visited|found)\b")

# ---------------------------------------------------------------------------------------------
# Dates: month and weekday names, small numbers, and the expressions ``geo.claims.dates`` reads
# (kind, pattern): the kinds are interpreted there (iso, dmy, mdy, weekday, yesterday, today,
# month, year, relative, adjacent). Each expression holds a CUES["date"] word within DATE_REACH.
DATE_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
DATE_MONTHS.update({m[:3]: i for m, i in list(DATE_MONTHS.items())})
DATE_MONTHS["sept"] = 9
DATE_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
DATE_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATE_PATTERNS = [
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    ("mdy", rf"\b{_MONTH}\s+{_DAY}(?!\d)(?:,?\s+{_YEAR})?\b"),
    ("weekday", r"\b(?:(?:on|early|late|last|this|overnight\s+into|the\s+night\s+(?:of|to)|since)\s+)?"
                r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b"),
    ("yesterday", r"\byesterday\b"),
    ("today", r"\b(?:today|tonight|this\s+morning|this\s+evening|overnight|last\s+night|at\s+night|during\s+the\s+night|"
              r"over\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours|in\s+the\s+past\s+day)\b"),
    ("month", rf"\b(?:in\s+)?(?:(?:early|mid|late)[-\s])?{_MONTH}\s+{_YEAR}\b"),
    ("year", rf"\b(?:in|during)\s+(?:(?:early|mid|late)[-\s])?{_YEAR}\b(?!-)"),
    # "X came two days after an attack on Y": Y is two days before X; "two days ago": before the article.
    ("relative", r"\b(?P<n>\d{1,4}|one|two|three|four|five|six|seven|a|an)\s+(?P<unit>days?|weeks?)\s+"
                 r"(?P<dir>after|before|earlier|later|ago)\b"),
    # "The day after the operation, ...", "the next day", "the previous night": a day from a date
    # the text gave before (not from the published date).
    ("adjacent", r"\b(?:the\s+(?P<next>next|following)\s+(?:day|morning|night|evening)|the\s+(?:day|night)\s+"
                 r"(?P<after>after)\b|the\s+(?P<prev>previous|preceding)\s+(?:day|night|evening)|the\s+"
                 r"(?:day|night)\s+(?P<before>before)\b)"),
]
# Directions of "relative" that count back from the reference date, and the one from the article's.
DATE_BACK = ("after", "ago", "earlier")
DATE_AGO = "ago"
DATE_LAST = "last "  # "last Tuesday" on a Tuesday is a week before
DATE_WEEK = "week"
# A date expression reaches at most this far before and after its cue word ("over the past 24 hours").
DATE_REACH = (30, 40)

# ---------------------------------------------------------------------------------------------
# The phrases that name each key of the target and weapon vocabularies (``geo.claims.vocab``).
TARGET_PHRASES: dict[str, list[str]] = {
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

WEAPON_PHRASES: dict[str, list[str]] = {
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

# ---------------------------------------------------------------------------------------------
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
# Speaker nouns that report their own forces' strike ("the ministry said its forces hit").
OWN_SIDE_SPEAKER = r"\b(?:ministry|general staff|command|armed forces)\b"

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


# ---------------------------------------------------------------------------------------------
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
