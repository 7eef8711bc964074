from datetime import date

import pytest

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
