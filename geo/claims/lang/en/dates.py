"""English dates (``geo.claims.dates``)."""

# Dates: month and weekday names, small numbers, and the expressions ``geo.claims.dates`` reads
# (kind, pattern): the kinds are interpreted there (iso, dmy, mdy, weekday, yesterday, today,
# month, year, relative, adjacent). Each expression holds a CUES["date"] word within DATE_REACH.

# Month names, as a pattern (``flags`` reads them too).
_MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
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
