"""The phrase matcher's cue words gate the annotators: a sentence is read by a pattern only when
the matcher found a cue of the pattern's category in it. So for every gated pattern, a match
must imply a cue of its category (property-based, with the patterns' own words in mixed case,
the Unicode letters the regex engine folds, and noise)."""
import os
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.articles.doc import Doc
from geo.claims.lang import en, pattern
from geo.claims.matcher import PhraseMatcher, annotate_cues, has_cue
from geo.claims.speakers import _grammar

GATES = [
    ("trigger", pattern("en", "STRIKE_VERB")),
    ("trigger", pattern("en", "STRIKE_NOUN")),
    ("generic", pattern("en", "GENERIC")),
    ("modal", pattern("en", "MODAL_STRIKE")),
    ("hypothetical", pattern("en", "HYPOTHETICAL")),
    ("hurt", pattern("en", "HURT")),
    ("voice", pattern("en", "OUTLET_VOICE")),
    ("intercept", pattern("en", "INTERCEPTION")),
    ("intercept", pattern("en", "DENIAL")),
    *[("speech", rx) for _, rx, _ in _grammar("en").cues + _grammar("en").back],
]
ANCHORED = [
    ("trigger", pattern("en", "STRIKE_VERB")),
    ("trigger", pattern("en", "STRIKE_NOUN")),
    *[("speech", rx) for _, rx, anchored in _grammar("en").cues + _grammar("en").back if anchored],
]
WORDS = sorted({w for _, rx in GATES for w in re.findall(r"[a-z]{2,}", rx.pattern)} |
               {w for _, p in en.DATE_PATTERNS for w in re.findall(r"[a-z]{2,}", p)} |
               {"'s", "’", ",", ":", "2025", "2024-05-01", "20", "31st", "24"})


@st.composite
def sentences(draw):
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        if draw(st.integers(0, 5)) == 0:
            parts.append(draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyzıİſKß -,.:'’", max_size=8)))
            continue
        word = "".join(c.upper() if draw(st.booleans()) else c for c in draw(st.sampled_from(WORDS)))
        if draw(st.integers(0, 9)) == 0:  # letters the regex engine takes for i and s
            word = word.replace("i", draw(st.sampled_from(["ı", "İ", "i"]))).replace("s", draw(st.sampled_from(["ſ", "s"])))
        parts.append(word)
    return draw(st.sampled_from(["", " "])).join(parts) if draw(st.booleans()) else " ".join(parts)


# A fixed seed in the quick run (CI fails only on a change, not on a new random draw); the
# nightly profile draws 10,000 new inputs each time.
FIXED = settings(derandomize=os.environ.get("HYPOTHESIS_PROFILE", "default") != "nightly")


@FIXED
@given(sentences())
def test_a_gated_pattern_never_matches_without_a_cue_of_its_category(text):
    doc = Doc(text, lang="en")
    annotate_cues(doc)
    whole = (0, len(text))
    for category, rx in GATES:
        if rx.search(text):
            assert has_cue(doc, whole, category), (category, rx.pattern[:60], text)
    # An anchored pattern is tried only where a cue word of its category starts: each of its
    # matches must start at one.
    for category, rx in ANCHORED:
        starts = {c.start for c in doc.layer("cues") if c.category == category}
        for m in rx.finditer(text):
            assert m.start() in starts, (category, rx.pattern[:60], text, m.start())


def test_cues_are_whole_words_or_declared_prefixes():
    m = PhraseMatcher({"x": ("hit", "report*", "press release")})
    found = [(c.word, c.category) for c in m.find("Drones HIT it; the white house reported a Press Release. Hitch.")]
    assert found == [("hit", "x"), ("report", "x"), ("press release", "x")]


def test_offsets_are_document_offsets_even_after_letters_that_fold_longer():
    text = "Straße: drones struck Sumy."
    doc = Doc(text, lang="en")
    annotate_cues(doc)
    struck = [c for c in doc.layer("cues") if c.word == "struck"][0]
    assert text[struck.start:struck.end] == "struck"


def test_an_anchored_cue_starts_at_a_reporting_cue_word():
    # Anchored speaker cues are tried only where the matcher found a reporting word: every match
    # anywhere must start at one (else a speaker would be missed).
    doc = Doc("Drones hit Sumy, officials said; it was also reported by the governor, as claimed by the mayor.", lang="en")
    annotate_cues(doc)
    starts = {c.start for c in doc.layer("cues") if c.category == "speech"}
    for where, rx, anchored in _grammar("en").cues:
        if anchored:
            assert {m.start() for m in rx.finditer(doc.text)} <= starts, rx.pattern[:40]


def test_every_language_cue_category_is_used():
    assert set(en.CUES) == {"speech", "trigger", "hurt", "voice", "generic", "modal", "hypothetical", "date", "intercept"}


@FIXED
@given(sentences())
def test_every_date_expression_is_within_reach_of_a_date_cue(text):
    from geo.claims.dates import _words

    doc = Doc(text, lang="en")
    annotate_cues(doc)
    cues = [c.start for c in doc.layer("cues") if c.category == "date"]
    before, after = en.DATE_REACH
    for m in _words("en").any.finditer(text):
        assert any(m.start() >= c - before and m.end() <= c + after for c in cues), (m.group(), text)
