from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"


@pytest.fixture(scope="session")
def gaz():
    from geo.places.gazetteer import Gazetteer

    return Gazetteer.default()


@pytest.fixture
def db(tmp_path, monkeypatch):
    """A fresh SQLite store for the dashboard, with Streamlit's caches cleared around the test."""
    import streamlit as st

    path = tmp_path / "dash.sqlite"
    monkeypatch.setenv("STRIKE_ATLAS_DB", str(path))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture(scope="session")
def dev_dir():
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev is not beside the checkout")
    return DEV


# Property-based tests: a quick run by default; HYPOTHESIS_PROFILE=nightly runs 10,000 inputs per
# parser (the reliability fuzz, for bench/ or a nightly job).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("nightly", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "default"))
