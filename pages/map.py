"""The map of claims over time: filters, the map with the picked claim or event beside it, the
timeline, lists and downloads. Everything the page shows is kept in its link."""
import time
from datetime import timedelta

import streamlit as st

from geo.app import charts, clusters, focus, mapdeck, ui, views
from geo.app.detail import claim_detail, claim_facts, event_sides
from geo.app.edits import change_event
from geo.app.files import events_geojson, geojson_text
from geo.app.filters import Filters, advance_window, default_window, initial_window
from geo.app.labels import claim_pick_labels, event_claim_label, event_labels, latest_line, off_map_note
from geo.app.mapdeck import SIDE_COLORS, SIDE_HEX, SIDE_LABELS, SIDE_SHORT
from geo.app.picks import event_pick
from geo.app.safe import md
from geo.app.tables import placeless_table
from geo.claims.vocab import TARGETS
from geo.store import StoreError
from geo.store.export import to_geojson

store = ui.store()
gaz = ui.gazetteer()
lo, hi, since0, until0 = default_window(store)
url_filters = Filters.from_params(st.query_params)
place = focus.MapPlace.from_params(st.query_params, {c.removeprefix("iso:") for c in gaz.area_ids("admin1")})
for problem in url_filters.problems + place.problems:
    st.warning(md(problem))

# -- sidebar: filters ----------------------------------------------------------------------------
mode = st.sidebar.radio("Show", ["Claims", "Events"], horizontal=True, key="mode",
                        index=1 if st.query_params.get("mode") == "events" else 0,
                        help="Events: the claims of all sides about one strike, side by side.")
if "statuses" in st.session_state:
    # The Claims mode does not draw the status filter, and Streamlit forgets an undrawn widget's
    # value; kept as plain state, it is there when the user comes back to Events.
    st.session_state.statuses = st.session_state.statuses
if "next_window" in st.session_state:
    # Play and the timeline's brush: a widget's value can only be set before it is drawn.
    st.session_state.window = st.session_state.pop("next_window")
if "window" not in st.session_state:
    st.session_state.window = initial_window(url_filters, lo, hi, since0, until0)
window = st.sidebar.slider("Dates", min_value=lo, max_value=max(hi, lo + timedelta(days=1)), key="window",
                           format="YYYY-MM-DD")
sides = st.sidebar.multiselect("Reported by", list(SIDE_LABELS), default=url_filters.sides,
                               format_func=SIDE_SHORT.get, key="sides",
                               help="Independent: monitors, witnesses and reports that name no side's official.")
attackers = st.sidebar.multiselect("Attacker", ["RU", "UA", "unknown"], default=url_filters.attackers, key="attackers",
                                   format_func={"RU": "Russia", "UA": "Ukraine", "unknown": "not said"}.get)
targets = st.sidebar.multiselect("Target type", sorted(TARGETS), default=url_filters.targets, key="targets",
                                 format_func=views.label)
text = st.sidebar.text_input("Search (text or place, any spelling)", value=url_filters.text, key="text")
undated = st.sidebar.toggle("Include undated claims", value=url_filters.undated, key="undated",
                            help="Claims whose article gives no date are on no day; this adds them to every window.")
areas = {"": "Ukraine and the border regions"} | {c.removeprefix("iso:"): gaz.get(c).name for c in gaz.area_ids("admin1")}
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

filters = Filters(since=window[0], until=window[1], sides=sides, attackers=attackers, targets=targets, text=text,
                       undated=undated)
extra = {"basemap": "1"} if basemap else {}
# A new "Zoom to" replaces where the user had panned; otherwise the link's view stands.
look = focus.MapPlace(area=area or None, view=None if st.session_state.pop("area_changed", False) else place.view,
                      claim=place.claim)
if panned:
    look.view = panned


def play():
    if playing:
        time.sleep(1.0)
        st.session_state.next_window = advance_window(window, step, lo, hi)
        st.rerun()


def fly():
    st.session_state.fly = True


def draw_map(layers: dict, key: str, cluster: bool = False):
    look.view = look.view_state(gaz)  # the link says where the map is drawn (and the page's script compares)
    if cluster:  # nearby markers of a side as one numbered circle, at the zoom the map is drawn at
        layers = clusters.clustered_layers(layers, look.view[2])
    return st.pydeck_chart(mapdeck.deck(layers, look.view, basemap=basemap and not ui.basemap_problem()),
                           on_select="rerun", selection_mode="single-object", key=key, height=560)


# -- events mode: one strike, every side's account ----------------------------------------------------
def show_events():
    url_statuses, problems = focus.statuses_from_params(st.query_params)
    url_event, bad_id = focus.event_from_params(st.query_params)
    for problem in problems + bad_id:
        st.warning(md(problem))
    statuses = st.sidebar.multiselect("Event status", list(mapdeck.STATUS_COLORS), key="statuses",
                                      default=None if "statuses" in st.session_state else url_statuses)
    ev = ui.events(filters, statuses)
    cols = st.columns(5)
    cols[0].metric("Events", ev["total"])
    for col, status in zip(cols[1:], mapdeck.STATUS_COLORS):
        col.metric(status.capitalize(), ev["by_status"][status], help=mapdeck.STATUS_LABELS[status])
    if url_event and url_event not in set(ev["events"].id):
        st.warning(f"No event '{md(url_event)}' among the events of this view: it is outside the dates or "
                   "filters, or the store does not hold it.")
    events_map(ev, statuses, url_event)
    st.download_button("Download events GeoJSON", key="download_events", file_name="strike-atlas-events.geojson",
                       mime="application/geo+json",
                       data=lambda: geojson_text(events_geojson(ui.store(), filters, statuses)))


@st.fragment
def events_map(ev, statuses, url_event):
    """The events map and the picked event's sides beside it; a fragment, as ``claims_map``."""
    events = ev["events"]
    ids = list(events.id)
    pick = event_pick(st.session_state, ids, views.clicked_event(st.session_state.get("event_map")), url_event)
    left, right = st.columns([3, 2], gap="medium")
    layers = dict(ev["layers"])
    if pick:
        row = events.set_index("id").loc[pick]
        layers["highlight"] = focus.highlight([(row.lon, row.lat)])
        if st.session_state.pop("fly", False):
            look.view, look.area = focus.focus_on([(row.lon, row.lat)]), None
    with left:
        draw_map(layers, "event_map")
        st.markdown(mapdeck.event_legend_html(), unsafe_allow_html=True)
        if ev["total"] > views.MAX_EVENTS:
            st.caption(f"The latest {views.MAX_EVENTS:,} of {ev['total']:,} events are on the map; "
                       "narrow the dates for the rest.")
    with right:
        event_panel(events, ids, pick)
    st.query_params.from_dict(filters.to_params() | look.to_params() | extra | {"mode": "events"}
                              | ({"event": pick} if pick else {}) | ({"status": ",".join(statuses)} if statuses else {}))


def event_panel(events, ids, pick):
    st.subheader("Event")
    if "saved_event" in st.session_state:
        st.success(st.session_state.pop("saved_event"))
    if not ids:
        st.info("No events match these filters.")
        return
    labels = event_labels(events)
    st.selectbox(f"Event ({len(ids):,})", ids, format_func=labels.get, key="event_pick", on_change=fly)
    row = events.set_index("id").loc[pick]
    st.markdown(f"**{md(row.place_name)}**, {row.day}: **{row.status}** ({mapdeck.STATUS_LABELS[row.status]})")
    if row.get("why"):
        st.caption(f"Why: {md(row.why)}")
    panel = event_sides(ui.event_claims(pick))
    for side in SIDE_LABELS:
        st.markdown(f"##### <span style='color:{SIDE_HEX[side]}'>{SIDE_LABELS[side]}</span>",
                    unsafe_allow_html=True)
        st.markdown(panel[side], unsafe_allow_html=True)
    if why := ui.editing_off(who := ui.user()):
        st.caption(f"Not one strike? {why}")
        return
    with st.expander("Not one strike? Merge or split"):
        with st.form("event_change"):
            merge = st.selectbox("Merge this event with", [""] + [i for i in ids if i != pick],
                                 format_func=lambda i: labels.get(i, "(none)"), key="merge_with")
            claims_here = ui.event_claims(pick)
            split = st.selectbox("Or take this claim out into an event of its own", [""] + list(claims_here.claim_id),
                                 format_func=lambda c: "(none)" if not c else event_claim_label(claims_here, c),
                                 key="split_claim")
            st.caption(f"Recorded as {md(who.id)}.")
            if st.form_submit_button("Save"):
                try:
                    change_event(store, pick, merge, split, who.id)
                except (StoreError, ValueError) as e:
                    st.error(md(e))
                else:
                    st.session_state.saved_event = "Saved: the events were changed (kept in the corrections log)."
                    st.rerun()


# -- claims mode ---------------------------------------------------------------------------------
def show_claims():
    view = ui.view(filters)
    s = view["summary"]
    cols = st.columns(5)
    cols[0].metric("Claims", s["claims"], help="Claims matching the filters, with those that name no place.")
    cols[1].metric("Places", s["places"])
    for col, side in zip(cols[2:], SIDE_COLORS):
        col.metric(SIDE_SHORT[side], s["by_side"][side], help=SIDE_LABELS[side])
    if note := off_map_note(s):
        st.caption(note)
    if view["layers"]["aggregated"]:
        st.caption(f"{view['total_rows']:,} claim-places, counted on a grid of {view['layers']['cell']:g}° cells per "
                   "side: narrow the dates or filter to see each place; click a cell for its latest claims.")
    claims_map(view)
    timeline(filters, window, lo, hi)
    lists(view)


@st.fragment
def claims_map(view):
    """The map and the picked claim beside it. A fragment: a click or a pick reruns only this,
    not the metrics, timeline and lists, which do not depend on it."""
    layers = dict(view["layers"])
    # The chart reports a click before it is drawn again: the picked claim is known here.
    marker = views.clicked_marker(st.session_state.get("map"), layers.get("cell"))
    if marker:
        look.claim = None  # a click replaces the claim the link opened
    # A claim of the view's latest is picked in their list; another is fetched on its own.
    in_list = look.claim is not None and look.claim in set(view["rows"].claim_id)
    rows = ui.picked(filters, marker, look.claim) if (marker or (look.claim and not in_list)) else None
    if look.claim and not in_list and (rows is None or rows.empty):
        st.warning(f"No claim '{md(look.claim)}' in this store; the latest claims of the view are listed instead.")
        look.claim = None
    left, right = st.columns([3, 2], gap="medium")
    with right:
        chosen = claim_panel(view, rows, marker)
    if chosen is not None and len(chosen) and (look.claim or marker):
        points = list(zip(chosen.lon, chosen.lat))
        layers["highlight"] = focus.highlight(points)
        if st.session_state.pop("fly", False) or (look.claim and not place.view and not marker):
            look.view, look.area = focus.focus_on(points), None
    if into := clusters.fly_in(marker, rows, st.session_state):  # a cluster clicked: its places apart
        look.view, look.area = into, None
    with left:
        draw_map(layers, "map", cluster=True)
        st.markdown(mapdeck.legend_html(max(view["admin1"].values(), default=0)), unsafe_allow_html=True)
    st.query_params.from_dict(filters.to_params() | look.to_params() | extra)  # a view can be shared by its URL


def claim_panel(view, rows, marker):
    """The picked claim beside the map; returns its rows (its places), or None."""
    st.subheader("Claim detail")
    if rows is None or rows.empty:
        rows = view["rows"]
        if not look.claim:
            st.caption("Click a marker on the map for its claims; the latest claims of the view are listed here.")
    elif marker is None:
        # the link's claim, outside the view's latest: listed with them, not instead of them
        import pandas as pd

        rows = pd.concat([rows, view["rows"]], ignore_index=True)
    claims = rows.drop_duplicates("claim_id").sort_values("map_date", ascending=False, na_position="last")
    options = list(claims.claim_id)
    if not options:
        st.info("No claims match these filters.")
        return None
    labels = claim_pick_labels(claims)
    key = f"claim-{hash(str(marker))}"
    if st.session_state.get(key) not in options:
        st.session_state[key] = look.claim if look.claim in options else options[0]
    choice = st.selectbox(f"Claim ({len(options):,})", options, format_func=labels.get, key=key, on_change=fly)
    look.claim = choice if (marker or look.claim or st.session_state.get("fly")) else None
    row = claims[claims.claim_id == choice].iloc[0]
    article = store.article(row.article_id) or {}
    st.markdown(claim_detail(row, article.get("body")), unsafe_allow_html=True)
    st.markdown(claim_facts(row, rows[rows.claim_id == choice], article), unsafe_allow_html=True)
    return rows[rows.claim_id == choice]


@st.fragment
def timeline(filters, window, lo, hi):
    """A fragment: the chart reports its brush on every mount, and that rerun should redraw only
    the chart, not the page; a real brush reruns the page with the new window. The chart's key
    holds the window, so that the brush is drawn again where the slider or Play put it."""
    bins = ui.timeline(filters)
    if bins.empty:
        st.caption("No dated claims for these filters.")
        return
    brushed = st.vega_lite_chart(charts.timeline_chart(bins, window), on_select="rerun", width="stretch",
                                  key=f"timeline-{window[0]}-{window[1]}")
    new = views.window_from_brush(brushed, lo, hi)
    if new and new != st.session_state.get("brushed") and new != tuple(window):
        st.session_state.brushed = new
        st.session_state.next_window = new
        st.rerun(scope="app")
    st.session_state.brushed = new


def lists(view):
    """Latest claims, claims with no place, the table by oblast and week, downloads."""
    placeless = ui.placeless(filters)
    left, right = st.columns(2)
    with left:
        st.subheader("Latest claims")
        for item in views.latest(view["rows"], placeless):
            st.markdown(latest_line(item), unsafe_allow_html=True)
    with right:
        st.subheader(f"Claims with no place on the map ({len(placeless)})")
        if len(placeless):
            st.dataframe(placeless_table(placeless), hide_index=True, height=240, key="placeless")
        else:
            st.caption("Every claim of this view names a place.")
    if st.toggle("Table by oblast and week", key="area_week"):
        st.dataframe(ui.area_week(filters), hide_index=True, key="area_week_table")
    c1, c2, c3 = st.columns(3)
    # Built when a button is pressed, not on every rerun (a 1,000-marker view's GeoJSON is 2 MB).
    c1.download_button("Download GeoJSON of this view", key="download", file_name="strike-atlas.geojson",
                       mime="application/geo+json", data=lambda: geojson_text(to_geojson(ui.query(filters), gaz)))
    c2.download_button("Download CSV of this view", key="download_csv", file_name="strike-atlas.csv", mime="text/csv",
                       data=lambda: views.csv_text(ui.query(filters)))
    c3.download_button("Daily brief of this view (HTML)", key="download_brief", file_name="strike-atlas-brief.html",
                       mime="text/html", data=lambda: ui.brief(filters),
                       help="A page to mail or print: the map, claims per oblast and side, the events with each "
                            "side's statement and links.")


if mode == "Events":
    show_events()
else:
    show_claims()
play()
