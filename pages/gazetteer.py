"""Gazetteer: look a name up and see its candidates, with scores, on a map that works offline."""
import streamlit as st

from geo.app import dashboard as dash
from geo.app import mapdeck
from geo.app import ui

st.set_page_config(page_title="Gazetteer · Strike Atlas", layout="wide")
st.title("Gazetteer")
gaz = ui.gazetteer()
query = st.text_input("Place name, with context if you have it (\"Andreevka in Sumy Region\"); any spelling or "
                      "Cyrillic", key="query")
if query.strip():
    mention, table = dash.place_candidates(query[:1000], gaz)
    if mention is None:
        close = dash.closest_names(query[:200], gaz)
        st.warning("Not found." + (f" Closest names: {dash.md(', '.join(close))}" if close else " Nothing close either."))
    else:
        best = table.iloc[0]
        st.success(f"{dash.md(mention.mention)} → {dash.md(best['name'])} ({best['kind']}, "
                   f"{dash.md(best['admin1'] or best['country'])}), {best['lat']:.4f}, {best['lon']:.4f}")
        layers = mapdeck.candidate_layers(table, gaz, ui.static_serving())
        st.pydeck_chart(mapdeck.deck(layers, dash.candidates_view(table), basemap=False), key="candidates", height=420)
        st.caption("● the best candidate · ○ the others; hover for scores")
        st.dataframe(table, hide_index=True)
