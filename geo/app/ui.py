"""Streamlit plumbing shared by the pages: the cached store and gazetteer, cached queries.
(Widgets and layout stay in the pages; what they show comes from geo.app.dashboard.)"""
from __future__ import annotations

import streamlit as st

from ..places.gazetteer import Gazetteer
from ..store import Store, default_url
from .dashboard import Filters, ensure_samples, map_view


@st.cache_resource(show_spinner=False)
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@st.cache_resource(show_spinner="Opening the store...")
def _store(url: str) -> Store:
    store = Store.open(url, gazetteer=gazetteer())
    ensure_samples(store)
    return store


def store() -> Store:
    return _store(default_url())


def version(s: Store) -> tuple:
    """Changes whenever claims are added or corrected, so cached queries refresh."""
    c = s.counts()
    return (c["articles"], c["claims"], c["corrections"])


# The store's version is an ordinary argument: Streamlit does not hash arguments whose name
# starts with "_", so a leading underscore here served stale views after a correction or ingest.
@st.cache_data(show_spinner=False, max_entries=64)
def claims(url: str, store_version: tuple, filters: Filters):
    return _store(url).query(**filters.query_args())


def query(filters: Filters):
    """All claim rows of a filter (tables, downloads)."""
    s = store()
    return claims(default_url(), version(s), filters)


@st.cache_data(show_spinner=False, max_entries=64)
def _map_view(url: str, store_version: tuple, filters: Filters):
    return map_view(_store(url), gazetteer(), filters)


def view(filters: Filters) -> dict:
    """What the map page shows (cached per filter and store version)."""
    return _map_view(default_url(), version(store()), filters)
