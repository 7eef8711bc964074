"""Streamlit plumbing shared by the pages: the store and gazetteer opened once (with progress
the first time), and cached views keyed on the store's version. Widgets and layout stay in the
pages; what they show comes from ``geo.app.views`` and ``geo.app.dashboard``."""
from __future__ import annotations

import streamlit as st

from ..places.gazetteer import Gazetteer
from ..store import Store, default_url
from . import focus, mapdeck, samples, views
from .dashboard import Filters

_opened: set[str] = set()  # stores this server process has opened (and shown progress for)


@st.cache_resource(show_spinner=False)
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    return Store.open(url, gazetteer=gazetteer())


def store() -> Store:
    """The store, opened once per server. The first time, a status box says what is being
    prepared (the gazetteer, the bundled sample articles) instead of a bare spinner."""
    url = default_url()
    if url in _opened:
        return _store(url)
    box = st.empty()  # emptied once ready: the page starts with its map, not a finished status
    with box.status("Preparing Strike Atlas (first start)...", expanded=True) as status:
        st.write("Loading the gazetteer: places of Ukraine, Russia and Belarus...")
        gaz = gazetteer()
        st.write(f"{len(gaz):,} places ready. Opening the claims store...")
        copied = samples.preload(url)  # a new SQLite store starts with the samples, already read
        s = _store(url)
        ready = f"Strike Atlas is ready: {len(gaz):,} places"
        if copied:
            ready += f", {s.counts()['articles']} sample articles stored"
        elif not s.counts()["articles"]:
            st.write("An empty store: reading the bundled sample articles...")
            added = samples.ensure_samples(s)
            ready += f", {added} sample articles stored"
        status.update(label="Ready", state="complete", expanded=False)
    box.empty()
    st.toast(ready + ".")
    _opened.add(url)
    return s


def version(s: Store) -> tuple:
    """Changes whenever claims are added or corrected (or events merged or split: those are
    corrections too), so cached views refresh."""
    c = s.counts()
    return (c["articles"], c["claims"], c["corrections"])


def static_serving() -> bool:
    """Is ``static/`` served (so the map's outlines are fetched once by the browser)?"""
    try:
        return bool(st.get_option("server.enableStaticServing"))
    except RuntimeError:
        return False


# The store's version is an ordinary argument: Streamlit does not hash arguments whose name
# starts with "_", so a leading underscore here served stale views after a correction or ingest.
@st.cache_data(show_spinner=False, max_entries=64)
def _claims(url: str, store_version: tuple, filters: Filters):
    return _store(url).query(**filters.query_args(gazetteer()))


@st.cache_data(show_spinner=False, max_entries=32)
def _claim_table(url: str, store_version: tuple, filters: Filters):
    return views.claim_table(_store(url), gazetteer(), filters)


@st.cache_data(show_spinner=False, max_entries=64)
def _placeless(url: str, store_version: tuple, filters: Filters):
    return _store(url).placeless(**filters.query_args(gazetteer()))


@st.cache_data(show_spinner=False, max_entries=64)
def _map_view(url: str, store_version: tuple, filters: Filters, static: bool):
    return views.map_view(_store(url), gazetteer(), filters, static_serving=static)


@st.cache_data(show_spinner=False, max_entries=32)
def _all_days(url: str, store_version: tuple, filters: Filters):
    return views.binned(_store(url).per_day(placeless=True, **filters.query_args(gazetteer())))


@st.cache_data(show_spinner=False, max_entries=32)
def _area_week(url: str, store_version: tuple, filters: Filters):
    return views.area_week_table(_store(url).per_area_day(**filters.query_args(gazetteer())), gazetteer())


@st.cache_data(show_spinner=False, max_entries=64)
def _picked(url: str, store_version: tuple, filters: Filters, picked: dict | None, claim_id: str | None):
    return views.picked_claims(_store(url), gazetteer(), filters, picked, claim_id)


def _key(*args):
    s = store()
    return (default_url(), version(s), *args)


def query(filters: Filters):
    """All claim rows of a filter (tables, downloads)."""
    return _claims(*_key(filters))


def claim_table(filters: Filters):
    """The Claims page's table: the filter's latest claims, and whether it holds more."""
    return _claim_table(*_key(filters))


def placeless(filters: Filters):
    """Claims of a filter that name no place below the country."""
    return _placeless(*_key(filters))


def view(filters: Filters) -> dict:
    """What the map page shows (cached per filter and store version)."""
    return _map_view(*_key(filters, static_serving()))


def timeline(filters: Filters):
    """Claims per day or week over the store's whole range for the filter's other settings
    (the brush can then widen the window as well as narrow it)."""
    from dataclasses import replace

    return _all_days(*_key(replace(filters, since=None, until=None)))


def area_week(filters: Filters):
    return _area_week(*_key(filters))


def picked(filters: Filters, marker: dict | None, claim_id: str | None):
    return _picked(*_key(filters, marker, claim_id))


@st.cache_data(show_spinner=False, max_entries=32)
def _event_view(url: str, store_version: tuple, filters: Filters, statuses: tuple, static: bool):
    return views.event_view(_store(url), gazetteer(), filters, list(statuses), static_serving=static)


def events(filters: Filters, statuses) -> dict:
    """The events mode's view (cached per filter, statuses and store version)."""
    return _event_view(*_key(filters, tuple(statuses or ()), static_serving()))


@st.cache_data(show_spinner=False, max_entries=64)
def _event_claims(url: str, store_version: tuple, event_id: str):
    return _store(url).event_claims([event_id])


def event_claims(event_id: str):
    return _event_claims(*_key(event_id))


@st.cache_data(show_spinner=False, ttl=300)
def basemap_problem() -> str | None:
    """Why the online basemap cannot be reached (checked once per five minutes), or None."""
    return mapdeck.basemap_problem()


@st.cache_data(show_spinner=False, max_entries=8)
def _brief(url: str, store_version: tuple, filters: Filters) -> str:
    from .brief import brief_html

    return brief_html(_store(url), gazetteer(), filters)


def brief(filters: Filters) -> str:
    """The daily brief of a view: a self-contained HTML page (``geo.app.brief``)."""
    return _brief(*_key(filters))


_view_sync = st.components.v2.component("strike_atlas_view_sync", js=focus.VIEW_SYNC_JS)


def panned_view() -> tuple[float, float, float] | None:
    """Where the user has just panned or zoomed the map to (the page's script reports it once
    the map stops moving), or None when this run has another cause."""
    return focus.panned_view(_view_sync(key="view_sync", height=0).get("view"))
