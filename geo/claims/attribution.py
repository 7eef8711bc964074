"""Who is speaking, and for which side.

``find_speaker(sentence)`` looks for the attribution cues of news English ("X said", "according
to X", "X reported/claimed/confirmed", "as claimed by X", "X's assertion", "said X", "with X
acknowledging", "in its daily briefing") and returns the speaker phrase as written with the side
it reports for. ``SPEAKERS`` is the table behind the side: people and bodies of the Russian
state (and those speaking for it: occupation officials, the pro-Russian underground), of the
Ukrainian state, and independent sources. A role without a nationality ("the regional
governor", "city authorities") is left for the caller to place by the claim's location.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .keywords import fold, has_any

__all__ = ["SPEAKERS", "People", "Speaker", "classify", "find_speaker"]

RU, UA, OTHER = "RU", "UA", "OTHER"

# (pattern, side, label). Order matters only for equal positions; the match nearest the cue wins.
SPEAKERS: list[tuple[str, str, str]] = [
    # Russia and those who speak for it
    (r"russian[- ]installed|occupation (?:authorities|officials|head|governor)|moscow-installed|kremlin-installed", RU, "Russian-installed officials"),
    (r"pro-russian (?:underground|coordinator|activist|official|militar\w*|telegram|blogger)s?|underground (?:activist|coordinator|resistance) \w+(?: \w+)?,? based in russia|(?:coordinator|activist)s? of the pro-russian", RU, "pro-Russian underground"),
    (r"(?:russian|russia['’]s) (?:ministry of defen[cs]e|defen[cs]e ministry|mod)|ministry of defen[cs]e of (?:the )?russia\w*|defen[cs]e ministry in moscow|russian military(?: command)?|russian armed forces|russian forces|russian troops|russian army", RU, "Russian Ministry of Defence"),
    (r"\bmod\b(?! of ukraine)", RU, "Russian Ministry of Defence"),
    (r"kremlin|peskov|putin|shoigu|belousov|gerasimov|konashenkov|zakharova|lavrov|medvedev|russian (?:president|government|officials|authorities|investigative committee|foreign ministry|emergencies ministry|state media|embassy)", RU, "Russian officials"),
    (r"gladkov|khinshtein|smirnov|bogomaz|gusev|golubev|saldo|balitsky|pushilin|pasechnik|aksyonov|razvozhayev|sobyanin|lebedev|rogov", RU, "Russian-appointed or Russian officials"),
    (r"governor of (?:the )?(?:belgorod|kursk|bryansk|voronezh|rostov|krasnodar|oryol|tula|kaluga|lipetsk|smolensk|moscow|ryazan|tambov|saratov|volgograd|pskov|leningrad)|(?:belgorod|kursk|bryansk|voronezh|rostov|krasnodar) (?:region(?:al)? )?governor", RU, "Russian regional governor"),
    (r"\btass\b|ria novosti|\bria\b|rossiya|zvezda tv|channel one", RU, "Russian state media"),
    (r"\bmoscow\b|\brussia\b", RU, "Russia"),
    # Ukraine
    (r"general staff|armed forces of ukraine|ukrainian (?:armed forces|military|army|forces|troops|navy|air force|general staff|defen[cs]e forces)", UA, "Ukrainian military"),
    (r"unmanned systems forces|(?:ukraine's|ukrainian) (?:air force|navy|sbu|hur|security service|defen[cs]e intelligence|military intelligence|intelligence)|\bsbu\b|\bhur\b|\bgur\b|air force|defen[cs]e intelligence|military intelligence|security service of ukraine|national guard|state emergency service|ukrenergo|naftogaz|ukrzaliznytsia", UA, "Ukrainian security services"),
    (r"(?:ukrainian|ukraine's) (?:ministry of defen[cs]e|defen[cs]e ministry|president|government|officials?|authorities|prosecutor|police|interior ministry|foreign ministry|energy ministry|minister|officer|commander|spokes\w+|presidential office|parliament|ombudsman)|ministry of defen[cs]e of ukraine|office of the president", UA, "Ukrainian officials"),
    (r"zelensk\w*|syrskyi|syrsky|budanov|podolyak|podoliak|yermak|klitschko|syniehubov|synehubov|terekhov|lysak|fedorov|vilkul|prokudin|\bkim\b|filashkin|kiper|sadovyi|ihnat|yevlash|voloshyn|umerov|shmyhal|sybiha|kuleba|reznikov|zaluzhn\w*|tkachenko|poroshenko|serbin|lubinets|kozytskyi|chaus|koval|zhyvytskyi|hryhorov|kovalenko|demchenko", UA, "Ukrainian officials"),
    (r"\bkyiv\b|\bkiev\b|\bukraine\b", UA, "Ukraine"),
    # Independent
    (r"institute for the study of war|united nations|amnesty|human rights watch|red cross", OTHER, "international monitors"),
    (r"\b(?:isw|un|ohchr|iaea|osce|icrc)\b", OTHER, "international monitors"),
    (r"\b(?:ap|afp|bbc|cnn)\b", OTHER, "independent sources"),
    (r"reuters|associated press|new york times|washington post|the guardian|financial times|bloomberg|kyiv independent|ukrainska pravda|meduza|mediazona|astra|suspilne|the insider|rferl|radio liberty|bellingcat|analysts?|experts?|witnesses|residents|locals|journalists?|monitoring groups?|satellite images?|media reports?|local media|ukrainian media|russian media|telegram channels?|military bloggers?|open[- ]source", OTHER, "independent sources"),
]
_COMPILED = [(re.compile(p, re.I), side, label) for p, side, label in SPEAKERS]


def _split_top(pattern: str) -> list[str]:
    parts, depth, cur, esc = [], 0, "", False
    for ch in pattern:
        if esc:
            cur, esc = cur + ch, False
            continue
        if ch == "\\":
            cur, esc = cur + ch, True
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return parts + [cur]


def _needles(pattern: str) -> set[str] | None:
    """Literal prefixes one of which any match of ``pattern`` must contain (None: unknown).
    They let a plain substring test skip most patterns, since Python's regex engine tries every
    alternative at every position."""
    out: set[str] = set()
    for alt in _split_top(pattern):
        alt = alt.replace("\\b", "")
        if alt.startswith("(?:"):
            depth, k = 0, 0
            for k, ch in enumerate(alt):
                depth += ch == "("
                depth -= ch == ")"
                if depth == 0:
                    break
            inner = _needles(alt[3:k])
            if inner is None or alt[k + 1:k + 2] == "?":
                return None
            out |= inner
            continue
        m = re.match(r"[a-z0-9' ]{3,}", alt)
        if not m:
            return None
        out.add(m.group().strip() or m.group())
    return out


def _needle_index():
    import ahocorasick

    auto = ahocorasick.Automaton()
    always = []
    for row, (p, _, _) in enumerate(SPEAKERS):
        needles = _needles(p)
        if needles is None:
            always.append(row)
            continue
        for n in needles:
            rows = auto.get(n, None) if n in auto else None
            auto.add_word(n, (rows or ()) + (row,))
    auto.make_automaton()
    return auto, tuple(always)


_NEEDLES, _ALWAYS = _needle_index()

# A role with no nationality: its side comes from where the claim lands.
ROLE = re.compile(r"\b(?:regional |oblast |city |local |district )?(?:military )?(?:administration|governors?|mayor|authorities|officials|police|head of the \w+ (?:region|oblast|city)|head of|council|emergency services|prosecutors?)\b|"
                  r"\b(?:regional|oblast|city|district|local) (?:head|chief|leader)\b", re.I)

# Present-tense forms that are also nouns ("reports emerging", "the claims") count only before "that".
SPEECH = (r"said|says|reported|(?:reports|claims|states|report|claim|say)(?=\s+that\b)|claimed|confirmed|confirms|stated|announced|"
          r"wrote|writes|told|added|noted|acknowledged|acknowledges|admitted|denied|denies|insisted|alleged|"
          r"declared|posted|informed|warned|specified|clarified|explained|shared|published|showed|released")
# Substrings every match of SPEECH contains.
_SPEECH_WORDS = ("said", "say", "report", "claim", "state", "confirm", "announced", "wrote", "writes", "told", "added",
                 "noted", "acknowledg", "admitted", "denied", "denies", "insisted", "alleged", "declared", "posted",
                 "informed", "warned", "specified", "clarified", "explained", "shared", "published", "showed", "released")
# (where the speaker stands, the cue, substrings the cue cannot match without any of)
_CUES = [
    # "according to X", "as claimed by X", "cited by X", "X said" inverted as "said X"
    ("after", re.compile(r"\baccording to\s+(?:the\s+)?", re.I), ("according",)),
    ("after", re.compile(r"\bas (?:claimed|reported|stated|detailed|confirmed|announced|said) by\s+(?:the\s+)?", re.I), (" by",)),
    # inverted: "..., said a spokesperson for the ministry"
    ("after", re.compile(r"[,’”'\"]\s*(?:said|says|added|stated|wrote|noted|explained)\s+(?=(?:a|an|the)?\s*[A-Za-z])", re.I),
     ("said", "says", "added", "stated", "wrote", "noted", "explained")),
    ("before", re.compile(rf"\b(?:has|have|had|also|later|earlier|previously)?\s*(?:{SPEECH})\b", re.I), _SPEECH_WORDS),
    ("before", re.compile(r"\b(?:acknowledging|confirming|saying|claiming|reporting|insisting|denying|admitting)\b", re.I), ("ing",)),
    ("before", re.compile(r"['’]s?\s+(?:assertion|claim|statement|report|account|briefing|words|version)\b", re.I),
     ("assertion", "claim", "statement", "report", "account", "briefing", "words", "version")),
    ("before", re.compile(r"\bin (?:its|his|her|their|a) (?:daily |morning |evening )?(?:briefing|statement|press release|update|report|address|post|telegram post)\b", re.I), ("in ",)),
    # A source line: "Source: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on Telegram"
    ("after", re.compile(r"^\s*sources?\s*:\s*(?:the\s+)?", re.I), ("source",)),
]
_PRONOUN = re.compile(r"^(?:he|she|they|it|the ministry|the department|the agency|the statement|the governor|the official|the mayor|"
                      r"the administration|the sources?|the officials|the spokes(?:man|woman|person))$", re.I)
# Pronoun-like nouns that still say what kind of speaker it is: without an antecedent they are a
# role whose side follows the place, as for "officials".
_ROLE_PRONOUN = re.compile(r"^the (?:ministry|department|agency|governor|official|mayor|administration)$", re.I)


@dataclass(frozen=True)
class Speaker:
    phrase: str  # as written in the text
    side: str | None  # RU / UA / OTHER, or None for a role whose side depends on the place
    label: str
    start: int
    end: int
    pronoun: bool = False


def _speaker_matches(phrase: str):
    low = phrase.lower().replace("’", "'")
    rows = set(_ALWAYS)
    for _, found in _NEEDLES.iter(low):
        rows.update(found)
    for row in sorted(rows):
        rx, side, label = _COMPILED[row]
        for m in rx.finditer(phrase):
            yield m, side, label


_BOTH_SIDES = re.compile(r"\b(?:russian|russia's) and (?:ukrainian|ukraine's)\b|\b(?:ukrainian|ukraine's) and (?:russian|russia's)\b",
                         re.I)
_ABBREVIATION = re.compile(r"\s*\((?:[A-Z][A-Za-z]{1,7}|[A-Z]{2,8})\)")
_TITLE = (r"(?:(?:Regional|Deputy|Acting|Former|Lieutenant|Lt|Major|Maj|Colonel|Col|General|Gen|Governor|Gov|Mayor|"
          r"President|Minister|Commander|Spokesman|Spokeswoman|Spokesperson|Head|Chief|Mr|Mrs|Ms|Dr)\.?\s+)")
_PERSON = re.compile(rf"(?:{_TITLE}{{0,3}})((?:[A-Z][a-z’'-]+\s+){{0,2}}[A-Z][a-z’'-]{{2,}}(?:-[A-Z][a-z]+)?)")
_NOT_NAMES = {"The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "Officials", "Authorities", "Russia",
              "Ukraine", "Moscow", "Kyiv", "Kiev", "Local", "Regional", "Some", "Both", "Many", "Reports", "Sources", "Earlier",
              "Later", "Also", "Meanwhile", "Separately", "Residents", "Witnesses", "Police"}


def _person(phrase: str) -> str | None:
    """A person's name standing alone as a speaker ("Roman Starovoit", "Governor Starovoit",
    "Starovoit"), or None."""
    phrase = phrase.strip(" ,;:")
    m = _PERSON.fullmatch(phrase)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0] in _NOT_NAMES or any(w.lower() == w for w in words):
        return None
    return m.group(1)


@lru_cache(maxsize=20_000)
def classify(phrase: str) -> tuple[str | None, str] | None:
    """Side and label for a speaker phrase; the match nearest its end (the head) wins. A
    parenthesised abbreviation repeats the name before it ("the Ukrainian Ministry of Defense
    (MoD)") and is not read on its own."""
    phrase = _ABBREVIATION.sub("", phrase)
    if _BOTH_SIDES.search(phrase):
        return OTHER, "sources on both sides"
    best = None
    for m, side, label in _speaker_matches(phrase):
        key = (m.end(), -m.start())
        if best is None or key > best[0]:
            best = (key, side, label)
    if best is not None:
        return best[1], best[2]
    if ROLE.search(phrase):
        return None, "officials"
    return None


STRIKE_WORDS = re.compile(r"\b(?:struck|hit|shelled|attacked|targeted|destroyed|damaged|fired|launched|strikes?|attacks?)\b", re.I)
_CLAUSE = re.compile(r"\b(?:that|struck|hit|fired|shot|(?!(?:based|installed|appointed|armed|united|retired|unnamed|named)\b)\w+ed)\b", re.I)


def _window_before(sentence: str, cue_start: int) -> tuple[int, str]:
    """The subject before a speech verb: back to the start of its clause, taking in one
    appositive ("Sergey Lebedev, the coordinator of ..., confirmed")."""
    left = sentence[:cue_start]
    cut = max(left.rfind(";"), left.rfind(": "), left.rfind(" but "), left.rfind(" while "), left.rfind("—"),
              left.rfind("’ "), left.rfind("” "), left.rfind("' "), left.rfind('" '))
    start = cut + 1 if cut >= 0 else 0
    start = max(start, cue_start - 160)
    return start, sentence[start:cue_start]


_SENTENCE_TAIL = re.compile(r"\s*(?:(?:on|in|via|to) [\w’' -]{1,40}|late \w+|(?:on )?\w+day)?\s*[.!?\"”’)]*\s*$", re.I)


def _inverted_tail(sentence: str, start: int, phrase: str, cue_end: int) -> tuple[int, str]:
    """"Russian forces shelled Nikopol, the regional head said.": a speech verb that closes
    the sentence has its speaker in the last comma-separated part before it, not in the clause
    it reports."""
    if "," not in phrase or not _SENTENCE_TAIL.fullmatch(sentence[cue_end:]):
        return start, phrase
    cut = phrase.rfind(",")
    seg = phrase[cut + 1:]
    if 1 <= len(seg.split()) <= 10:
        return start + cut + 1, seg
    return start, phrase


def _window_after(sentence: str, cue_end: int) -> tuple[int, str]:
    right = sentence[cue_end:]
    m = re.search(r"[,;.:!?”\"(]|’(?!s\b)|\s(?:which|that|who|as|and said|while|but|citing)\s", right)
    end = m.start() if m else len(right)
    return cue_end, right[:end]


_ANY_CUE = re.compile(rf"^\s*sources?\s*:|according to|\bby\b|{SPEECH}|acknowledging|confirming|saying|claiming|reporting|insisting|"
                      r"denying|admitting|assertion|statement|briefing|press release|update|address|post\b|words|version|account", re.I)


# Substrings every match of _ANY_CUE contains.
_ANY_CUE_WORDS = _SPEECH_WORDS + ("source", "according", "by", "saying", "reporting", "insisting", "denying",
                                  "admitting", "assertion", "statement", "briefing", "press release", "update",
                                  "address", "post", "words", "version", "account")


def find_speaker(sentence: str) -> Speaker | None:
    """The speaker a sentence attributes its content to, or None."""
    low = fold(sentence)
    if not has_any(low, _ANY_CUE_WORDS) or not _ANY_CUE.search(sentence):
        return None
    found: list[tuple[int, Speaker]] = []
    for k, (where, rx, needles) in enumerate(_CUES):
        if not has_any(low, needles):
            continue
        for m in rx.finditer(sentence):
            if where == "after":
                start, phrase = _window_after(sentence, m.end())
                if k == 2:
                    # "..., said Oleksandr Prokudin, head of the regional administration." runs to
                    # the end of the sentence; "X, said Y shelled Z" is not an inverted attribution.
                    phrase = sentence[start:].rstrip(" .!?’”'\"")
                    if _CLAUSE.search(phrase) or len(phrase.split()) > 14:
                        continue
            else:
                start, phrase = _window_before(sentence, m.start())
                start, phrase = _inverted_tail(sentence, start, phrase, m.end())
            phrase_s = phrase.strip(" ,;:‘’“”'\"")
            if not phrase_s:
                continue
            offset = start + phrase.find(phrase_s)
            seg = phrase_s.split(",")[-1].strip() if where == "before" else phrase_s
            if _PRONOUN.match(seg):
                label = "role" if _ROLE_PRONOUN.match(seg) else "pronoun"
                seg_at = offset + phrase_s.rfind(seg)
                found.append((m.start(), Speaker(seg, None, label, seg_at, seg_at + len(seg), True)))
                continue
            if k == 2 and _CLAUSE.search(phrase_s):
                continue  # "..., said Ukrainian forces shelled Shebekino": a clause, not a speaker
            side_label = classify(phrase_s)
            if side_label is None:
                person = _person(seg if where == "before" else phrase_s)
                if person is None:
                    continue
                # A named person the table does not know ("Starovoit said"): the article's
                # earlier mention of them, or where the strike landed, tells the side.
                at = offset + phrase_s.rfind(person)
                found.append((m.start(), Speaker(person, None, "person", at, at + len(person))))
                continue
            side, label = side_label
            if where == "before":
                cut = _clause_start(phrase_s)
                offset += cut
                phrase_s = phrase_s[cut:]
                # The side is the speaker's own, not that of a word in the clause cut away
                # ("Russian forces shelled X, the regional administration said").
                side_label = classify(phrase_s) or side_label
                side, label = side_label
            found.append((m.start(), Speaker(_trim(phrase_s), side, label, offset, offset + len(phrase_s))))
    if not found:
        return None
    # Prefer a named side over a bare role or pronoun; among those, the first cue.
    found.sort(key=lambda t: (t[1].side is None, t[1].pronoun, t[0]))
    return found[0][1]


def _clause_start(phrase: str) -> int:
    """Where the speaker's noun phrase starts in a window before a speech verb. A short window is
    the subject as it stands; a long one is cut after the last clause break before the
    speaker's head word, keeping a name in apposition ("Sergey Lebedev, the coordinator ...")."""
    if len(phrase.split()) <= 12:
        # Short: the subject as it stands, appositions included ("The Belgorod governor,
        # Vyacheslav Gladkov"), less a clause it trails ("The strike has ..., with officials";
        # "Russian missiles struck Burshtyn, Ukraine's energy ministry").
        cut = max(phrase.rfind(" with "), phrase.rfind("; "))
        if cut >= 0:
            return cut + (6 if phrase[cut:cut + 6] == " with " else 2)
        parts = phrase.split(", ")
        for k in range(len(parts) - 1, 0, -1):
            if _CLAUSE.search(parts[k - 1]) or STRIKE_WORDS.search(parts[k - 1]):
                return len(", ".join(parts[:k])) + 2
        return 0
    head = -1
    for m, _, _ in _speaker_matches(phrase):
        head = max(head, m.start())
    for m in ROLE.finditer(phrase):
        head = max(head, m.start())
    head = max(head, 0)
    breaks = [phrase.rfind(", ", 0, head)]
    if " with " in phrase[:head]:
        breaks.append(phrase.rfind(" with ", 0, head) + 4)
    cut = max(breaks)
    if cut < 0:
        return 0
    start = cut + 2
    before = phrase[:cut]
    prev = before[before.rfind(",") + 1:].strip()
    words = prev.split()
    if 1 < len(words) <= 5 and words[-1][:1].isupper() and words[-2][:1].isupper():
        return before.rfind(prev)
    return start


def _trim(phrase: str) -> str:
    phrase = re.sub(r"^(?:with|and|but|as|while|also|meanwhile|however)\s+", "", phrase, flags=re.I)
    phrase = re.sub(rf"(?:,?\s+(?:has|have|had|also|earlier|later|previously|recently|then|now|{SPEECH}))+$", "", phrase, flags=re.I)
    return phrase.strip(" ,")[:200]


_NAME = re.compile(r"\b[A-Z][a-z’'-]{2,}\b")
_APPOSITION = re.compile(r"([A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|[\"“][^\"”,]{1,20}[\"”])){0,3}),\s+((?:the\s+)?[^,.;:\n]{4,90}),")
_ROLE_WORDS = re.compile(r"\b(?:head|governor|commander|minister|ministry|spokes\w+|chief|mayor|officer|official|adviser|"
                         r"advisor|secretary|president|director|coordinator|deputy|chairman|representative)\b", re.I)


class People:
    """The people an article names and the side each speaks for, learned as a reader learns
    them: from an apposition ("Robert Brovdi, Commander of Ukraine's Unmanned Systems Forces,")
    or from a claim whose side was settled ("Regional governor Roman Starovoit said" about a
    Russian region), so that "Starovoit said" later in the text keeps that side."""

    def __init__(self):
        self._sides: dict[str, str] = {}

    @classmethod
    def of(cls, doc) -> "People":
        people = cls()
        for m in _APPOSITION.finditer(doc.text):
            name, role = m.group(1), m.group(2)
            if not _ROLE_WORDS.search(role) or _person(name.strip('"“” ')) is None and len(name.split()) < 2:
                continue
            found = classify(role)
            if found is not None and found[0] in (RU, UA):
                people.learn(name, found[0])
        return people

    @staticmethod
    def _names(phrase: str) -> list[str]:
        return [w for w in _NAME.findall(phrase) if w not in _NOT_NAMES and not _TITLE_WORD.fullmatch(w)
                and classify(w) is None]

    def learn(self, phrase: str, side: str) -> None:
        for name in self._names(phrase):
            self._sides.setdefault(name, side)

    def side_of(self, phrase: str) -> str | None:
        sides = {self._sides[n] for n in self._names(phrase) if n in self._sides}
        return sides.pop() if len(sides) == 1 else None


_TITLE_WORD = re.compile(r"Regional|Deputy|Acting|Former|Lieutenant|Major|Colonel|General|Governor|Mayor|President|Minister|"
                         r"Commander|Spokesman|Spokeswoman|Spokesperson|Head|Chief|Ministry|Defence|Defense|Military|Administration|"
                         r"Region|Oblast|Forces|Force|Staff|Service|Office|Council|Telegram|Brigade|Systems|Unmanned", re.I)
