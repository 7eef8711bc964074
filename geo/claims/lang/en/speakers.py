"""English speakers and their sides, and the reporting cues that find them
(``geo.claims.speakers``; ``geo.claims.reports`` reads the name shapes)."""

RU, UA, OTHER = "RU", "UA", "OTHER"

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
