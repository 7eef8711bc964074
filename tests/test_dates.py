from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.claims.dates import find_dates

TUESDAY = date(2025, 6, 3)


def first(text, published=TUESDAY):
    found = find_dates(text, published)
    assert found, f"no date in {text!r}"
    return found[0]


@pytest.mark.parametrize("text,expected", [
    ("the ministry said on Tuesday", date(2025, 6, 3)),
    ("drones attacked on Sunday", date(2025, 6, 1)),
    ("missiles were launched early Saturday", date(2025, 5, 31)),
    ("explosions were heard overnight", date(2025, 6, 3)),
    ("the plant was hit yesterday", date(2025, 6, 2)),
    ("over the past 24 hours, 40 drones", date(2025, 6, 3)),
    ("the strike on May 20 killed", date(2025, 5, 20)),
    ("on December 31st these facilities", date(2024, 12, 31)),  # after the published date: the year before
    ("the night of July 10 was loud", date(2024, 7, 10)),
    ("on 20 May 2025 a missile", date(2025, 5, 20)),
    ("on May 20, 2023, the bridge", date(2023, 5, 20)),
    ("reported 2024-11-17", date(2024, 11, 17)),
])
def test_day_expressions(text, expected):
    d = first(text)
    assert (d.value, d.precision) == (expected, "day")


def test_without_a_published_date_a_month_day_is_unknown():
    d = first("the strike on May 20", published=None)
    assert d.value is None and d.precision == "unknown" and d.text == "May 20"
    d = first("on Tuesday", published=None)
    assert d.value is None and d.precision == "unknown"


def test_full_dates_need_no_published_date():
    assert first("on 20 May 2025", published=None).value == date(2025, 5, 20)


def test_relative_offsets():
    d = first("The strikes came two days after a Ukrainian attack")
    assert d.kind == "relative" and d.offset_days == -2
    assert first("three days ago").value == date(2025, 5, 31)


def test_month_precision():
    d = first("in late May 2025 the offensive")
    assert (d.value, d.precision) == (date(2025, 5, 1), "month")


def test_impossible_dates_give_no_day():
    assert all(d.value is None for d in find_dates("on February 30, 2024", TUESDAY))


def test_may_as_a_verb_is_not_a_date():
    assert find_dates("Russia may strike again", TUESDAY) == []


# find_dates tries the patterns only in windows around date cue words; over the whole sentence
# it must find the same (generated sentences full of date words, numbers and noise).
_DATE_WORDS = ["May", "20", "2025", "2024-05-01", "Tuesday", "on", "the", "night", "of", "yesterday", "overnight",
               "two", "days", "after", "earlier", "ago", "last", "week", "in", "early", "March", "24", "hours",
               "over", "past", "next", "day", "previous", "this", "morning", "Sept.", "31st", "dismay", "x", ",", "."]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=30))
def test_dates_found_around_cue_words_are_those_of_a_whole_scan(words):
    from geo.claims.dates import _Match, _interpret, _words

    text = " ".join(words)
    published = date(2025, 6, 3)
    w = _words("en")
    whole = []
    for m in w.any.finditer(text):
        kind = next(k for k in w.kinds if m.group(k) is not None)
        dm = _interpret(kind, _Match(m, kind), published, w)
        if dm is not None:
            whole.append(dm)
    assert find_dates(text, published) == whole
