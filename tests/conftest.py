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


@pytest.fixture
def downloads(monkeypatch):
    """What a press of each download button of the last AppTest run would download, by file
    name. The buttons build their file when pressed (a callable Streamlit keeps until the press);
    this asks Streamlit's own media manager to run it, as the browser's press does."""
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    pending, stored = {}, {}
    add_deferred, load = MediaFileManager.add_deferred, MemoryMediaFileStorage.load_and_get_id

    def remember(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        file_id = add_deferred(self, data_callable, mimetype, coordinates, file_name, **kw)
        pending[file_name] = (self, file_id)
        return file_id

    def keep(self, path_or_data, mimetype, kind, filename=None):
        stored[filename] = path_or_data
        return load(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MediaFileManager, "add_deferred", remember)
    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", keep)

    def press(file_name: str) -> str:
        manager, file_id = pending[file_name]
        manager.execute_deferred(file_id)
        data = stored[file_name]
        return data.decode("utf-8") if isinstance(data, bytes) else data

    return press


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
