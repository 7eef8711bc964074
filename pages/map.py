"""The map of claims over time: filters, the map, the timeline, the picked claim, lists."""
import time

import streamlit as st

from geo.app import charts, mapdeck, views
from geo.app import dashboard as dash
from geo.app import ui
from geo.claims.vocab import TARGETS
from geo.store import StoreError
from geo.store.export import to_geojson

store = ui.store()
gaz = ui.gazetteer()
lo, hi, since0, until0 = dash.default_window(store)
url_filters = dash.Filters.from_params(st.query_params)
place = dash.MapPlace.from_params(st.query_params, {c.removeprefix("iso:") for c in gaz.area_ids("admin1")})
for problem in url_filters.problems + place.problems:
    st.warning(dash.md(problem))

# -- sidebar: filters ----------------------------------------------------------------------------
mode = st.sidebar.radio("Show", ["Claims", "Events"], horizontal=True, key="mode",
                        index=1 if st.query_params.get("mode") == "events" else 0,
                        help="Events: the claims of all sides about one strike, side by side.")
if "next_window" in st.session_state:
    # Play and the timeline's brush: a widget's value can only be set before it is drawn.
    st.session_state.window = st.session_state.pop("next_window")
if "window" not in st.session_state:
    st.session_state.window = dash.initial_window(url_filters, lo, hi, since0, until0)
window = st.sidebar.slider("Dates", min_value=lo, max_value=max(hi, lo + dash.timedelta(days=1)), key="window",
                           format="YYYY-MM-DD")
sides = st.sidebar.multiselect("Reported by", list(dash.SIDE_LABELS), default=url_filters.sides,
                               format_func=dash.SIDE_LABELS.get, key="sides")
attackers = st.sidebar.multiselect("Attacker", ["RU", "UA", "unknown"], default=url_filters.attackers, key="attackers",
                                   format_func={"RU": "Russia", "UA": "Ukraine", "unknown": "not said"}.get)
targets = st.sidebar.multiselect("Target type", sorted(TARGETS), default=url_filters.targets, key="targets",
                                 format_func=views.label)
text = st.sidebar.text_input("Search (text or place, any spelling)", value=url_filters.text, key="text")
areas = {"": "Ukraine and the border regions"} | {c.removeprefix("iso:"): gaz.get(c).name for c in gaz.area_ids("admin1")}
area = st.sidebar.selectbox("Zoom to", list(areas), index=list(areas).index(place.area or ""), format_func=areas.get,
                            key="area")
step = st.sidebar.number_input("Play step (days)", min_value=1, max_value=365, value=7, key="step")
playing = st.sidebar.toggle("▶ Play through time (loops)", key="play")
basemap = st.sidebar.toggle("Online basemap (Carto)", value=st.query_params.get("basemap") == "1", key="basemap",
                            help="Streets and terrain from basemaps.cartocdn.com; off, the map needs no network.")

filters = dash.Filters(since=window[0], until=window[1], sides=sides, attackers=attackers, targets=targets, text=text)
extra = {"basemap": "1"} if basemap else {}


def play():
    if playing:
        time.sleep(1.0)
        st.session_state.next_window = dash.advance_window(window, step, lo, hi)
        st.rerun()


# -- events mode: one strike, every side's account ----------------------------------------------------
if mode == "Events":
    statuses = st.sidebar.multiselect("Event status", list(mapdeck.STATUS_COLORS), key="statuses",
                                      default=[s for s in st.query_params.get("status", "").split(",") if s in mapdeck.STATUS_COLORS])
    ev = ui.events(filters, statuses)
    cols = st.columns(5)
    cols[0].metric("Events", ev["total"])
    for col, status in zip(cols[1:], mapdeck.STATUS_COLORS):
        col.metric(status.capitalize(), ev["by_status"][status], help=mapdeck.STATUS_LABELS[status])
    look = dash.MapPlace(area=area or None, view=None if area else place.view)
    clicked = st.pydeck_chart(mapdeck.deck(ev["layers"], look.view_state(gaz), basemap=basemap), on_select="rerun",
                              selection_mode="single-object", key="event_map", height=560)
    st.markdown(mapdeck.event_legend_html(), unsafe_allow_html=True)
    if ev["total"] > views.MAX_EVENTS:
        st.caption(f"The latest {views.MAX_EVENTS:,} of {ev['total']:,} events are on the map; narrow the dates for the rest.")
    st.subheader("Event")
    if "saved_event" in st.session_state:
        st.success(st.session_state.pop("saved_event"))
    events = ev["events"]
    if events.empty:
        st.info("No events match these filters.")
    else:
        ids = list(events.id)
        chosen = views.clicked_event(clicked) or st.query_params.get("event")
        labels = {r.id: f"{r.day} · {r.place_name} · {r.status} · "
                        f"{', '.join(dash.SIDE_LABELS.get(x, x) for x in r.sides.split(',') if x)}" for r in events.itertuples()}
        pick = st.selectbox(f"Event ({len(ids)})", ids, index=ids.index(chosen) if chosen in ids else 0,
                            format_func=labels.get, key=f"event-{chosen}")
        row = events.set_index("id").loc[pick]
        st.markdown(f"**{dash.md(row.place_name)}**, {row.day}: **{row.status}** ({mapdeck.STATUS_LABELS[row.status]})")
        if row.get("why"):
            st.caption(f"Why: {dash.md(row.why)}")
        panel = dash.event_sides(ui.event_claims(pick))
        for col, side in zip(st.columns(3), dash.SIDE_LABELS):
            col.markdown(f"#### <span style='color:{dash.SIDE_HEX[side]}'>{dash.SIDE_LABELS[side]}</span>",
                         unsafe_allow_html=True)
            col.markdown(panel[side], unsafe_allow_html=True)
        extra |= {"event": pick}
        with st.expander("Not one strike? Merge or split"):
            with st.form("event_change"):
                others = [i for i in ids if i != pick]
                merge = st.selectbox("Merge this event with", [""] + others, format_func=lambda i: labels.get(i, "(none)"),
                                     key="merge_with")
                claims_here = ui.event_claims(pick)
                split = st.selectbox("Or take this claim out into an event of its own", [""] + list(claims_here.claim_id),
                                     format_func=lambda c: "(none)" if not c else dash.event_claim_label(claims_here, c),
                                     key="split_claim")
                who = st.text_input("Your name", key="event_author")
                if st.form_submit_button("Save"):
                    try:
                        dash.change_event(store, pick, merge, split, who)
                    except (StoreError, ValueError) as e:
                        st.error(dash.md(e))
                    else:
                        st.session_state.saved_event = "Saved: the events were changed (kept in the corrections log)."
                        st.rerun()
    st.query_params.from_dict(filters.to_params() | look.to_params() | extra | {"mode": "events"} |
                              ({"status": ",".join(statuses)} if statuses else {}))
    st.download_button("Download events GeoJSON", key="download_events", file_name="strike-atlas-events.geojson",
                       mime="application/geo+json",
                       data=lambda: dash.geojson_text(dash.events_geojson(ui.store(), filters, statuses)))
    play()
    st.stop()

view = ui.view(filters)
s = view["summary"]

# -- the map ---------------------------------------------------------------------------------------
cols = st.columns(5)
cols[0].metric("Claims", s["claims"], help="Claims matching the filters, with those that name no place.")
cols[1].metric("Places", s["places"])
for col, side in zip(cols[2:], dash.SIDE_COLORS):
    col.metric(dash.SIDE_LABELS[side], s["by_side"][side])
layers = view["layers"]
if layers["aggregated"]:
    st.caption(f"{view['total_rows']:,} claim-places, counted on a grid of {layers['cell']:g}° cells per side: "
               "narrow the dates or filter to see each place; click a cell for its latest claims.")
look = dash.MapPlace(area=area or None, view=None if area else place.view, claim=place.claim)
event = st.pydeck_chart(mapdeck.deck(layers, look.view_state(gaz), basemap=basemap), on_select="rerun",
                        selection_mode="single-object", key="map", height=560)
st.markdown(mapdeck.legend_html(max(view["admin1"].values(), default=0)), unsafe_allow_html=True)

# -- timeline: brush to set the window -------------------------------------------------------------
@st.fragment
def timeline(filters, window, lo, hi):
    """A fragment: the chart reports its brush on every mount, and that rerun should redraw only
    the chart, not the page; a real brush reruns the page with the new window."""
    bins = ui.timeline(filters)
    if bins.empty:
        st.caption("No dated claims for these filters.")
        return
    brushed = st.altair_chart(charts.timeline_chart(bins, window), on_select="rerun", key="timeline", width="stretch")
    new = views.window_from_brush(brushed, lo, hi)
    if new and new != st.session_state.get("brushed") and new != tuple(window):
        st.session_state.brushed = new
        st.session_state.next_window = new
        st.rerun(scope="app")
    st.session_state.brushed = new


timeline(filters, window, lo, hi)

# -- the picked claim ------------------------------------------------------------------------------
marker = views.clicked_marker(event, layers.get("cell"))
if marker:
    look.claim = None  # a click replaces the claim the link opened
rows = ui.picked(filters, marker, look.claim) if (marker or look.claim) else None
st.subheader("Claim detail")
if rows is None or rows.empty:
    rows = view["rows"]
    st.caption("Click a marker on the map for its claims; the latest claims of the view are listed here.")
claims = rows.drop_duplicates("claim_id").sort_values("map_date", ascending=False, na_position="last")
options = list(claims.claim_id)
if options:
    labels = {r.claim_id: f"{r.map_date or 'undated'} · {dash.SIDE_LABELS.get(r.side, r.side)} · {r.place_name} · "
                          f"{str(r.source)[:60]}" for r in claims.itertuples()}
    start = options.index(look.claim) if look.claim in options else 0
    choice = st.selectbox(f"Claim ({len(options)})", options, index=start, format_func=labels.get,
                          key=f"claim-{hash(str(marker))}")
    look.claim = choice if (marker or look.claim) else None
    row = claims[claims.claim_id == choice].iloc[0]
    article = store.article(row.article_id) or {}
    st.markdown(dash.claim_detail(row, article.get("body")), unsafe_allow_html=True)
    st.markdown(dash.claim_facts(row, rows[rows.claim_id == choice], article), unsafe_allow_html=True)
else:
    st.info("No claims match these filters.")
st.query_params.from_dict(filters.to_params() | look.to_params() | extra)  # a view can be shared by its URL

# -- lists, tables, downloads ----------------------------------------------------------------------
placeless = ui.placeless(filters)
left, right = st.columns(2)
with left:
    st.subheader("Latest claims")
    for item in views.latest(view["rows"], placeless):
        st.markdown(dash.latest_line(item), unsafe_allow_html=True)
with right:
    st.subheader(f"Claims with no place on the map ({len(placeless)})")
    if len(placeless):
        st.dataframe(dash.placeless_table(placeless), hide_index=True, height=240, key="placeless")
    else:
        st.caption("Every claim of this view names a place.")

if st.toggle("Table by oblast and week", key="area_week"):
    st.dataframe(ui.area_week(filters), hide_index=True, key="area_week_table")

big = layers["aggregated"]
c1, c2 = st.columns(2)
# Small views are ready at once; a large one is built when the button is pressed.
c1.download_button("Download GeoJSON of this view", key="download", file_name="strike-atlas.geojson",
                   mime="application/geo+json",
                   data=(lambda: dash.geojson_text(to_geojson(ui.query(filters), gaz))) if big
                   else dash.geojson_text(to_geojson(ui.query(filters), gaz)))
c2.download_button("Download CSV of this view", key="download_csv", file_name="strike-atlas.csv", mime="text/csv",
                   data=(lambda: views.csv_text(ui.query(filters))) if big else views.csv_text(ui.query(filters)))

play()
