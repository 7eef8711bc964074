"""English for report spans (``geo.claims.reports``): the outlet's own voice, and list items
(which ``geo.claims.triggers`` reads too)."""

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
LIST_ITEM = r"^\s*(?:[-–—•*]|\d{1,2}[.)])\s+"
