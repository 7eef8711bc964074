"""Strike Atlas: a map of strike claims over time, filtered by who reports them."""
import time
from datetime import timedelta

import streamlit as st

from geo.app import dashboard as dash
from geo.app import ui
from geo.store.export import to_geojson
from geo.claims.vocab import TARGETS

st.set_page_config(page_title="Strike Atlas", page_icon="🗺️", layout="wide")
store = ui.store()
gaz = ui.gazetteer()
lo, hi, since0, until0 = dash.default_window(store)
url_filters = dash.Filters.from_params(st.query_params)
for problem in url_filters.problems:
    st.warning(dash.md(problem))

# -- sidebar: filters ----------------------------------------------------------------------------
st.sidebar.title("Strike Atlas")
if "next_window" in st.session_state:
    # The play control's step: a widget's value can only be set before the widget is drawn.
    st.session_state.window = st.session_state.pop("next_window")
if "window" not in st.session_state:
    st.session_state.window = dash.initial_window(url_filters, lo, hi, since0, until0)
window = st.sidebar.slider("Dates", min_value=lo, max_value=max(hi, lo + timedelta(days=1)), key="window",
                           format="YYYY-MM-DD")
sides = st.sidebar.multiselect("Reported by", ["RU", "UA", "OTHER"], default=url_filters.sides,
                               format_func=lambda s: dash.SIDE_LABELS[s], key="sides")
st.sidebar.markdown(" ".join(f"<span style='color:{dash.SIDE_HEX[s]}'>&#9679;</span> {dash.SIDE_LABELS[s]}<br/>"
                             for s in dash.SIDE_COLORS), unsafe_allow_html=True)
attackers = st.sidebar.multiselect("Attacker", ["RU", "UA", "unknown"], default=url_filters.attackers, key="attackers")
targets = st.sidebar.multiselect("Target type", sorted(TARGETS), default=url_filters.targets, key="targets")
text = st.sidebar.text_input("Search text", value=url_filters.text, key="text")
step = st.sidebar.number_input("Play step (days)", min_value=1, max_value=365, value=7, key="step")
playing = st.sidebar.toggle("▶ Play through time", key="play")

filters = dash.Filters(since=window[0], until=window[1], sides=sides, attackers=attackers, targets=targets, text=text)
st.query_params.from_dict(filters.to_params())  # a view can be shared by its URL
view = ui.view(filters)
gdf = view["rows"]

# -- main: metrics, map, timeline, detail ---------------------------------------------------------
s = view["summary"]
cols = st.columns(5)
cols[0].metric("Claims", s["claims"])
cols[1].metric("Places", s["places"])
for col, side in zip(cols[2:], dash.SIDE_COLORS):
    col.metric(dash.SIDE_LABELS[side], s["by_side"][side])

layers = view["layers"]
if layers["aggregated"]:
    st.caption(f"{view['total_rows']:,} claim-places: shown counted on a grid per side; zoom the dates or filter to see single claims.")
event = st.pydeck_chart(dash.deck(layers), on_select="rerun", selection_mode="single-object", key="map", height=560)

st.subheader("Claims per day")
st.bar_chart(view["timeline"], color=[dash.SIDE_HEX[k] for k in dash.SIDE_COLORS], height=220)


def download():
    return dash.geojson_text(to_geojson(ui.query(filters), gaz))


# Small views are ready at once; a large one is built when the button is pressed.
st.download_button("Download GeoJSON of this view", data=download() if not layers["aggregated"] else download,
                   file_name="strike-atlas.geojson", mime="application/geo+json", key="download")

st.subheader("Claim detail")
claims = gdf.drop_duplicates("claim_id").sort_values("map_date", ascending=False, na_position="last").head(500)
picked = None
selected = (event.selection.objects.get("claims") if event and event.selection else None) or []
if selected and "claim_id" in selected[0]:
    picked = selected[0]["claim_id"]
options = list(claims.claim_id)
if options:
    labels = {r.claim_id: f"{r.map_date or 'undated'} · {r.side} · {r.place_name} · {str(r.source)[:60]}"
              for r in claims.itertuples()}
    choice = st.selectbox("Claim", options, index=options.index(picked) if picked in options else 0,
                          format_func=labels.get, key="claim")
    row = claims[claims.claim_id == choice].iloc[0]
    article = store.article(row.article_id) or {}
    places = gdf[gdf.claim_id == choice]
    st.markdown(dash.claim_detail(row, article.get("body")), unsafe_allow_html=True)
    st.markdown(f"**Source:** {dash.md(row.source)} ({dash.SIDE_LABELS[row.side]}) · **Attacker:** {row.attacker or 'not said'}"
                f" · **Date:** {row.date or f'{row.map_date} (article date)' if row.map_date else 'unknown'}")
    st.markdown("**Places:** " + "; ".join(f"{dash.md(p.place_name)} ({p.place_kind}, {p.precision})" for p in places.itertuples()))
    if article.get("url"):
        st.markdown(f"{dash.link(article['url'])} — {dash.md(article.get('title') or '')}")
else:
    st.info("No claims match these filters.")

if playing:
    time.sleep(1.0)
    st.session_state.next_window = dash.advance_window(window, step, lo, hi)
    st.rerun()
