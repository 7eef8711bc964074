"""The map page's Claims mode: the counts, the map with the picked claim beside it, the
timeline, the lists and the downloads. Called by ``app_pages/map.py`` with its ``MapPage``."""
import streamlit as st

from geo.app import charts, clusters, focus, mapdeck, picks, ui, views
from geo.app.detail import claim_detail, claim_facts
from geo.app.files import geojson_text
from geo.app.labels import claim_pick_labels, latest_line, off_map_note
from geo.app.mapdeck import SIDE_COLORS, SIDE_LABELS, SIDE_SHORT
from geo.app.safe import md
from geo.app.tables import panel_claims, placeless_table
from geo.store.export import to_geojson


def show(page):
    """The counts of the view, then the map, the timeline and the lists."""
    view = ui.view(page.filters)
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
    claims_map(page, view)
    timeline(page.filters, page.window, page.lo, page.hi)
    lists(page.filters, view)


@st.fragment
def claims_map(page, view):
    """The map and the picked claim beside it. A fragment: a click or a pick reruns only this,
    not the metrics, timeline and lists, which do not depend on it."""
    look = page.look
    layers = dict(view["layers"])
    # The chart reports a click before it is drawn again: the picked claim is known here.
    marker = views.clicked_marker(st.session_state.get("map"), layers.get("cell"))
    if marker:
        look.claim = None  # a click replaces the claim the link opened
    # A claim of the view's latest is picked in their list; another is fetched on its own.
    in_list = look.claim is not None and look.claim in set(view["rows"].claim_id)
    rows = ui.picked(page.filters, marker, look.claim) if (marker or (look.claim and not in_list)) else None
    if look.claim and not in_list and (rows is None or rows.empty):
        st.warning(f"No claim '{md(look.claim)}' in this store; the latest claims of the view are listed instead.")
        look.claim = None
    left, right = st.columns([3, 2], gap="medium")
    with right:
        chosen = claim_panel(look, view, rows, marker)
    if chosen is not None and len(chosen) and (look.claim or marker):
        points = list(zip(chosen.lon, chosen.lat))
        layers["highlight"] = focus.highlight(points)
        if st.session_state.pop("fly", False) or (look.claim and not page.linked.view and not marker):
            look.view, look.area = focus.focus_on(points), None
    if into := clusters.fly_in(marker, rows, st.session_state):  # a cluster clicked: its places apart
        look.view, look.area = into, None
    with left:
        ui.draw_map(layers, look, "map", basemap=page.basemap, cluster=True)
        st.markdown(mapdeck.legend_html(max(view["admin1"].values(), default=0)), unsafe_allow_html=True)
    st.query_params.from_dict(page.params())  # a view can be shared by its URL


def claim_panel(look, view, picked, marker):
    """The picked claim beside the map; returns its rows (its places), or None."""
    st.subheader("Claim detail")
    if (picked is None or picked.empty) and not look.claim:
        st.caption("Click a marker on the map for its claims; the latest claims of the view are listed here.")
    rows, claims = panel_claims(picked, view["rows"], marker)
    options = list(claims.claim_id)
    if not options:
        st.info("No claims match these filters.")
        return None
    labels = claim_pick_labels(claims)
    key = f"claim-{hash(str(marker))}"
    picks.claim_choice(st.session_state, key, options, look.claim)
    choice = st.selectbox(f"Claim ({len(options):,})", options, format_func=labels.get, key=key, on_change=ui.fly)
    look.claim = choice if (marker or look.claim or st.session_state.get("fly")) else None
    row = claims[claims.claim_id == choice].iloc[0]
    article = ui.store().article(row.article_id) or {}
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
    if picks.brushed(st.session_state, views.window_from_brush(brushed, lo, hi), window):
        st.rerun(scope="app")


def lists(filters, view):
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
                       mime="application/geo+json",
                       data=lambda: geojson_text(to_geojson(ui.query(filters), ui.gazetteer())))
    c2.download_button("Download CSV of this view", key="download_csv", file_name="strike-atlas.csv", mime="text/csv",
                       data=lambda: views.csv_text(ui.query(filters)))
    c3.download_button("Daily brief of this view (HTML)", key="download_brief", file_name="strike-atlas-brief.html",
                       mime="text/html", data=lambda: ui.brief(filters),
                       help="A page to mail or print: the map, claims per oblast and side, the events with each "
                            "side's statement and links.")
