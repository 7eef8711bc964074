"""English for a claim's flags (``geo.claims.flags``): overnight, a calendar date, verified."""
from .dates import _MONTH_NAMES

# "overnight" strikes may be dated a day apart across reports (events read this flag).
OVERNIGHT = r"\b(?:overnight|night|nocturnal)\b"
# A date written with the calendar: a day number, a year or a month's name.
CALENDAR_DATE = rf"\d|\b(?:{_MONTH_NAMES})\b"
# An independent source that saw, filmed, geolocated or verified what it reports.
VERIFIED = (r"\bverif(?:y|ied|ies|ying|ication)\b|\bgeolocat\w*|\bsatellite (?:images?|imagery|photos?|pictures?)|"
            r"\b(?:Planet Labs|Maxar)\b|"
            r"\b(?:images?|imagery|photos?|photographs?|videos?|footage)\b[^.;]{0,80}\b(?:analy[sz]ed|examined) by\b|"
            r"\b(?:reporters?|correspondents?|journalists?) (?:at the scene|on the scene|who visited|visiting|saw|found)\b|"
            r"\b(?:we|our team) (?:saw|visited|found)\b")
