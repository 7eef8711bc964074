"""The map page's Events mode: the events of the view on the map, the picked one's claims from
every side beside it, merging or splitting events, and the events' download. Called by
``app_pages/map.py`` with its ``MapPage``."""
import streamlit as st

from geo.app import focus, mapdeck, picks, ui, views
from geo.app.detail import event_heading, event_sides
from geo.app.edits import change_event
from geo.app.files import events_geojson, geojson_text
from geo.app.labels import event_claim_label, event_labels
from geo.app.mapdeck import SIDE_HEX, SIDE_LABELS
from geo.app.safe import md
from geo.store import StoreError


def show(page):
    """The status filter, the counts per status, the map with its panel, the download."""
    url_statuses, problems = focus.statuses_from_params(st.query_params)
    url_event, bad_id = focus.event_from_params(st.query_params)
    for problem in problems + bad_id:
        st.warning(md(problem))
    statuses = st.sidebar.multiselect("Event status", list(mapdeck.STATUS_COLORS), key="statuses",
                                      default=None if "statuses" in st.session_state else url_statuses)
    ev = ui.events(page.filters, statuses)
    cols = st.columns(5)
    cols[0].metric("Events", ev["total"])
    for col, status in zip(cols[1:], mapdeck.STATUS_COLORS):
        col.metric(status.capitalize(), ev["by_status"][status], help=mapdeck.STATUS_LABELS[status])
    if url_event and url_event not in set(ev["events"].id):
        st.warning(f"No event '{md(url_event)}' among the events of this view: it is outside the dates or "
                   "filters, or the store does not hold it.")
    events_map(page, ev, statuses, url_event)
    st.download_button("Download events GeoJSON", key="download_events", file_name="strike-atlas-events.geojson",
                       mime="application/geo+json",
                       data=lambda: geojson_text(events_geojson(ui.store(), page.filters, statuses)))


@st.fragment
def events_map(page, ev, statuses, url_event):
    """The events map and the picked event's sides beside it. A fragment: a click or a pick
    reruns only this, not the counts above it."""
    events = ev["events"]
    ids = list(events.id)
    pick = picks.event_pick(st.session_state, ids, views.clicked_event(st.session_state.get("event_map")), url_event)
    left, right = st.columns([3, 2], gap="medium")
    layers = dict(ev["layers"])
    if pick:
        row = events.set_index("id").loc[pick]
        layers["highlight"] = focus.highlight([(row.lon, row.lat)])
        if st.session_state.pop("fly", False):
            page.look.view, page.look.area = focus.focus_on([(row.lon, row.lat)]), None
    with left:
        ui.draw_map(layers, page.look, "event_map", basemap=page.basemap)
        st.markdown(mapdeck.event_legend_html(), unsafe_allow_html=True)
        if ev["total"] > views.MAX_EVENTS:
            st.caption(f"The latest {views.MAX_EVENTS:,} of {ev['total']:,} events are on the map; "
                       "narrow the dates for the rest.")
    with right:
        event_panel(events, ids, pick)
    st.query_params.from_dict(page.params(events=True, event=pick, statuses=statuses))


def event_panel(events, ids, pick):
    """The picked event: its status, and each side's claims about it."""
    st.subheader("Event")
    if "saved_event" in st.session_state:
        st.success(st.session_state.pop("saved_event"))
    if not ids:
        st.info("No events match these filters.")
        return
    labels = event_labels(events)
    st.selectbox(f"Event ({len(ids):,})", ids, format_func=labels.get, key="event_pick", on_change=ui.fly)
    row = events.set_index("id").loc[pick]
    st.markdown(event_heading(row))
    if row.get("why"):
        st.caption(f"Why: {md(row.why)}")
    panel = event_sides(ui.event_claims(pick))
    for side in SIDE_LABELS:
        st.markdown(f"##### <span style='color:{SIDE_HEX[side]}'>{SIDE_LABELS[side]}</span>",
                    unsafe_allow_html=True)
        st.markdown(panel[side], unsafe_allow_html=True)
    event_change(ids, pick, labels)


def event_change(ids, pick, labels):
    """Merge the event with another, or take a claim out of it (for those who may edit)."""
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
                    change_event(ui.store(), pick, merge, split, who.id)
                except (StoreError, ValueError) as e:
                    st.error(md(e))
                else:
                    st.session_state.saved_event = "Saved: the events were changed (kept in the corrections log)."
                    st.rerun()
