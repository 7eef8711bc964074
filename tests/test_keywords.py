"""The keyword gates never skip a sentence their pattern would match: for every gated pattern,
a match implies one of its words is in the folded text (property-based, with the patterns' own
words in mixed case, the Unicode letters the regex engine folds, and noise)."""
import re

from hypothesis import given
from hypothesis import strategies as st

from geo.claims import attribution, details, triggers
from geo.claims.keywords import fold, has_any

GATES = [
    (triggers.STRIKE_VERB, triggers._TRIGGER_WORDS),
    (triggers.STRIKE_NOUN, triggers._TRIGGER_WORDS),
    (triggers._GENERIC, triggers._GENERIC_WORDS),
    (triggers.MODAL_STRIKE, triggers._MODAL_WORDS),
    (triggers.HYPOTHETICAL, triggers._HYPOTHETICAL_WORDS),
    (attribution._ANY_CUE, attribution._ANY_CUE_WORDS),
    (details._HURT, details._HURT_WORDS),
    *[(rx, needles) for _, rx, needles in attribution._CUES],
]
# Words of the patterns themselves, so that generated text matches them often.
WORDS = sorted({w for rx, _ in GATES for w in re.findall(r"[a-z]{2,}", rx.pattern)} | {"'s", "’", ",", ":", "2025"})


def mixed_case(draw_bool, word: str) -> str:
    return "".join(c.upper() if draw_bool() else c for c in word)


@st.composite
def sentences(draw):
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            parts.append(draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyzıİſKß -,.:'’", max_size=8)))
        else:
            word = draw(st.sampled_from(WORDS))
            word = mixed_case(lambda: draw(st.booleans()), word)
            if draw(st.integers(0, 9)) == 0:  # letters the regex engine takes for i, s and k
                word = word.replace("i", draw(st.sampled_from(["ı", "İ", "i"]))).replace("s", draw(st.sampled_from(["ſ", "s"])))
            parts.append(word)
    return draw(st.sampled_from(["", " "])).join(parts) if draw(st.booleans()) else " ".join(parts)


@given(sentences())
def test_a_gated_pattern_never_matches_without_its_words(text):
    low = fold(text)
    for rx, words in GATES:
        if rx.search(text):
            assert has_any(low, words), (rx.pattern[:60], text)


def test_gates_let_claims_through():
    assert triggers.is_claim_sentence("Russian drones STRUCK an energy facility in Shostka.")
    assert attribution.find_speaker("The strike hit Sumy, the regional governor said.") is not None
    assert details.casualties("Two people were Killed and five wounded.") == {"killed": 2}
