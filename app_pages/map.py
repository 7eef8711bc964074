"""The map of claims over time: filters in the sidebar, then one of two modes, Claims
(``map_claims``: the map with the picked claim beside it, the timeline, lists and downloads) or
Events (``map_events``: one strike, every side's account). Everything the page shows is kept in
its link (``mode=events`` for the second)."""
import time
from datetime import timedelta

import streamlit as st

from app_pages import map_claims, map_events  # the app's folder is on sys.path (streamlit run app.py)
from geo.app import focus, picks, ui, views
from geo.app.filters import Filters, advance_window, default_window, initial_window
from geo.app.labels import ATTACKER_NAMES, area_names
from geo.app.mappage import MapPage
from geo.app.mapdeck import SIDE_LABELS, SIDE_SHORT
from geo.app.safe import md
from geo.claims.vocab import TARGETS

store = ui.store()
gaz = ui.gazetteer()
lo, hi, since0, until0 = default_window(store)
url_filters = Filters.from_params(st.query_params)
areas = area_names(gaz)
place = focus.MapPlace.from_params(st.query_params, set(areas) - {""})
for problem in url_filters.problems + place.problems:
    st.warning(md(problem))

# -- sidebar: filters ----------------------------------------------------------------------------
mode = st.sidebar.radio("Show", ["Claims", "Events"], horizontal=True, key="mode",
                        index=1 if st.query_params.get("mode") == "events" else 0,
                        help="Events: the claims of all sides about one strike, side by side.")
picks.keep_statuses(st.session_state)
picks.take_window(st.session_state, initial_window(url_filters, lo, hi, since0, until0))
window = st.sidebar.slider("Dates", min_value=lo, max_value=max(hi, lo + timedelta(days=1)), key="window",
                           format="YYYY-MM-DD")
sides = st.sidebar.multiselect("Reported by", list(SIDE_LABELS), default=url_filters.sides,
                               format_func=SIDE_SHORT.get, key="sides",
                               help="Independent: monitors, witnesses and reports that name no side's official.")
attackers = st.sidebar.multiselect("Attacker", list(ATTACKER_NAMES), default=url_filters.attackers, key="attackers",
                                   format_func=ATTACKER_NAMES.get)
targets = st.sidebar.multiselect("Target type", sorted(TARGETS), default=url_filters.targets, key="targets",
                                 format_func=views.label)
text = st.sidebar.text_input("Search (text or place, any spelling)", value=url_filters.text, key="text")
undated = st.sidebar.toggle("Include undated claims", value=url_filters.undated, key="undated",
                            help="Claims whose article gives no date are on no day; this adds them to every window.")
area = st.sidebar.selectbox("Zoom to", list(areas), index=list(areas).index(place.area or ""), format_func=areas.get,
                            key="area", on_change=lambda: st.session_state.update(area_changed=True),
                            help="Moves the map only: counts, lists and downloads keep the whole view.")
step = st.sidebar.number_input("Play step (days)", min_value=1, max_value=365, value=7, key="step")
playing = st.sidebar.toggle("▶ Play through time (loops)", key="play")
basemap = st.sidebar.toggle("Online basemap (Carto)", value=st.query_params.get("basemap") == "1", key="basemap",
                            help="Streets and terrain from basemaps.cartocdn.com; off, the map needs no network.")
if basemap and (why := ui.basemap_problem()):
    st.sidebar.warning(f"The online basemap cannot be reached ({md(why)}); the map is drawn without it.")
with st.sidebar:
    panned = ui.panned_view()  # the user's pan and zoom, kept in the link and for the next map

page = MapPage(filters=Filters(since=window[0], until=window[1], sides=sides, attackers=attackers, targets=targets,
                               text=text, undated=undated),
               window=window, lo=lo, hi=hi, look=picks.map_look(st.session_state, area, place, panned), linked=place,
               basemap=basemap)
if mode == "Events":
    map_events.show(page)
else:
    map_claims.show(page)
if playing:
    time.sleep(1.0)
    st.session_state.next_window = advance_window(window, step, lo, hi)
    st.rerun()
