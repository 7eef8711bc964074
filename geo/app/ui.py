"""Streamlit plumbing shared by the pages: the store and gazetteer opened once (with progress
the first time), cached views keyed on the store's version, and who is using the app (its mode,
the signed-in person and their role: ``geo.app.access`` decides, this asks Streamlit). Widgets
and layout stay in the pages; what they show comes from ``geo.app.views`` and
the modules beside it."""
from __future__ import annotations

import os
import sys
from dataclasses import replace

import streamlit as st

from ..places.gazetteer import Gazetteer
from ..store import Store, StoreError, default_url
from . import access, clusters, focus, mapdeck, samples, views
from .brief import brief_html
from .filters import Filters
from .limits import Limits, RateLimiter
from .safe import md

_opened: set[str] = set()  # stores this server process has opened (and shown progress for)


@st.cache_resource(show_spinner=False)
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@st.cache_resource(show_spinner=False)
def _store(url: str, read_only: bool) -> Store:
    return Store.open(url, gazetteer=gazetteer(), read_only=read_only)


def _open(url: str) -> Store:
    return _store(url, mode() == "public")


def store() -> Store:
    """The store, opened once per server. The first time, a status box says what is being
    prepared (the gazetteer, the bundled sample articles) instead of a bare spinner. A public
    map opens it read-only and adds nothing to it."""
    url = default_url()
    if mode() == "public":
        return _public_store(url)
    if url in _opened:
        return _store(url, False)
    box = st.empty()  # emptied once ready: the page starts with its map, not a finished status
    with box.status("Preparing Strike Atlas (first start)...", expanded=True) as status:
        st.write("Loading the gazetteer: places of Ukraine, Russia and Belarus...")
        gaz = gazetteer()
        st.write(f"{len(gaz):,} places ready. Opening the claims store...")
        # A new local store starts with the samples, to show what the tool does; a team's starts empty.
        local = mode() == "local"
        copied = local and samples.preload(url)
        s = _store(url, False)
        ready = f"Strike Atlas is ready: {len(gaz):,} places"
        if copied:
            ready += f", {s.counts()['articles']} sample articles stored"
        elif local and not s.counts()["articles"]:
            st.write("An empty store: reading the bundled sample articles...")
            added = samples.ensure_samples(s)
            ready += f", {added} sample articles stored"
        status.update(label="Ready", state="complete", expanded=False)
    box.empty()
    st.toast(ready + ".")
    _opened.add(url)
    return s


def _public_store(url: str) -> Store:
    try:
        return _store(url, True)
    except StoreError as e:  # no store yet, or one this version would have to upgrade
        st.error(f"This published map has no store it can read: {e}")
        st.stop()


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
    return _open(url).query(**filters.query_args(gazetteer()))


@st.cache_data(show_spinner=False, max_entries=32)
def _claim_table(url: str, store_version: tuple, filters: Filters):
    return views.claim_table(_open(url), gazetteer(), filters)


@st.cache_data(show_spinner=False, max_entries=64)
def _placeless(url: str, store_version: tuple, filters: Filters):
    return _open(url).placeless(**filters.query_args(gazetteer()))


@st.cache_data(show_spinner=False, max_entries=64)
def _map_view(url: str, store_version: tuple, filters: Filters, static: bool):
    return views.map_view(_open(url), gazetteer(), filters, static_serving=static)


@st.cache_data(show_spinner=False, max_entries=32)
def _all_days(url: str, store_version: tuple, filters: Filters):
    return views.binned(_open(url).per_day(placeless=True, **filters.query_args(gazetteer())))


@st.cache_data(show_spinner=False, max_entries=32)
def _area_week(url: str, store_version: tuple, filters: Filters):
    return views.area_week_table(_open(url).per_area_day(**filters.query_args(gazetteer())), gazetteer())


@st.cache_data(show_spinner=False, max_entries=64)
def _picked(url: str, store_version: tuple, filters: Filters, picked: dict | None, claim_id: str | None):
    return views.picked_claims(_open(url), gazetteer(), filters, picked, claim_id)


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
    return _all_days(*_key(replace(filters, since=None, until=None)))


def area_week(filters: Filters):
    return _area_week(*_key(filters))


def picked(filters: Filters, marker: dict | None, claim_id: str | None):
    return _picked(*_key(filters, marker, claim_id))


@st.cache_data(show_spinner=False, max_entries=32)
def _event_view(url: str, store_version: tuple, filters: Filters, statuses: tuple, static: bool):
    return views.event_view(_open(url), gazetteer(), filters, list(statuses), static_serving=static)


def events(filters: Filters, statuses) -> dict:
    """The events mode's view (cached per filter, statuses and store version)."""
    return _event_view(*_key(filters, tuple(statuses or ()), static_serving()))


@st.cache_data(show_spinner=False, max_entries=64)
def _event_claims(url: str, store_version: tuple, event_id: str):
    return _open(url).event_claims([event_id])


def event_claims(event_id: str):
    return _event_claims(*_key(event_id))


@st.cache_data(show_spinner=False, ttl=300)
def basemap_problem() -> str | None:
    """Why the online basemap cannot be reached (checked once per five minutes), or None."""
    return mapdeck.basemap_problem()


@st.cache_data(show_spinner=False, max_entries=8)
def _brief(url: str, store_version: tuple, filters: Filters) -> str:
    return brief_html(_open(url), gazetteer(), filters)


def brief(filters: Filters) -> str:
    """The daily brief of a view: a self-contained HTML page (``geo.app.brief``)."""
    return _brief(*_key(filters))


_view_sync = st.components.v2.component("strike_atlas_view_sync", js=focus.VIEW_SYNC_JS)


def panned_view() -> tuple[float, float, float] | None:
    """Where the user has just panned or zoomed the map to (the page's script reports it once
    the map stops moving), or None when this run has another cause."""
    return focus.panned_view(_view_sync(key="view_sync", height=0).get("view"))


# -- who is using the app -------------------------------------------------------------------------
def mode() -> str:
    """local, team or public (``streamlit run app.py -- --public``, or STRIKE_ATLAS_MODE)."""
    return access.mode_from(os.environ, sys.argv[1:])


def sign_in_configured() -> bool:
    """Is Streamlit's OIDC sign-in set up (an ``[auth]`` section in the secrets)?"""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises its own error types for that
        return False


def request_headers():
    """The headers of the request that opened this session (a signing-in proxy's user header)."""
    return st.context.headers


def user() -> access.User | None:
    """The person using the app and their role, or None when nobody is signed in (and always
    in public mode). A team member is recorded in the store the first time they are seen in a
    session (as a viewer, until an admin says otherwise); their role is read on every run, so a
    change by an admin takes effect at once."""
    m = mode()
    if m == "public":
        return None
    if m == "local":
        return access.local_user()
    ident = access.oidc_identity(st.user.to_dict()) if sign_in_configured() else None
    via = "sign-in"
    if ident is None:
        ident, via = access.header_identity(request_headers(), access.trusted_header()), "proxy"
    if ident is None:
        return None
    s = store()
    if st.session_state.get("_seen_user") != ident[0]:
        s.seen_user(*ident)
        st.session_state["_seen_user"] = ident[0]
    row = s.user(ident[0]) or {"role": "viewer"}
    return access.User(id=ident[0], name=row.get("name") or ident[1], role=row["role"], via=via)


def editing_off(who: access.User | None) -> str | None:
    """Why ``who`` cannot change the map here, or None when they can."""
    return access.editing_off(mode(), who, sign_in_configured(), access.trusted_header())


def account(who: access.User | None) -> None:
    """The sidebar's line on who is using the app, with sign in and out where they apply."""
    m = mode()
    if m == "public":
        st.sidebar.caption("A published map: read-only.")
    elif who is not None:
        st.sidebar.caption(f"Signed in as **{md(who.id)}** ({who.role}; {who.via})" if m == "team"
                           else f"Changes are recorded as **{md(who.id)}** ({who.via}).")
        if m == "team" and who.via == "sign-in" and st.sidebar.button("Sign out", key="sign_out"):
            st.logout()
    elif sign_in_configured():
        if st.sidebar.button("Sign in to edit", key="sign_in"):
            st.login()
    else:
        st.sidebar.caption(editing_off(None))


@st.cache_resource(show_spinner=False)
def limiter() -> RateLimiter:
    """One per server: how many fetches and uploads each person has made in the last minute."""
    return RateLimiter(Limits.from_env())


# -- the map ------------------------------------------------------------------------------------
def draw_map(layers: dict, look, key: str, basemap: bool = False, cluster: bool = False):
    """The pydeck map of ``layers`` where ``look`` says (which then holds the view it is drawn
    at, for the link); ``cluster``: nearby markers of a side as one numbered circle, at that
    zoom. A click reruns the page (or the fragment that drew it)."""
    look.view = look.view_state(gazetteer())
    if cluster:
        layers = clusters.clustered_layers(layers, look.view[2])
    return st.pydeck_chart(mapdeck.deck(layers, look.view, basemap=basemap and not basemap_problem()),
                           on_select="rerun", selection_mode="single-object", key=key, height=560)


def fly() -> None:
    """A list's pick: the map flies to it on the next run (an ``on_change`` callback)."""
    st.session_state.fly = True
