"""Gazetteer: look a name up and see its candidates, with scores, on a map that works offline."""
import streamlit as st

from geo.app import mapdeck, names, ui
from geo.app.focus import candidates_view

st.set_page_config(page_title="Gazetteer · Strike Atlas", layout="wide")
st.title("Gazetteer")
gaz = ui.gazetteer()
query = st.text_input("Place name, with context if you have it (\"Andreevka in Sumy Region\"); any spelling or "
                      "Cyrillic", key="query")
if query.strip():
    look = names.look_up(query, gaz)
    if not look.found:
        st.warning(look.message)
    else:
        (st.success if look.sure else st.warning)(look.message)
        layers = mapdeck.candidate_layers(look.map_table(), gaz, ui.static_serving())
        st.pydeck_chart(mapdeck.deck(layers, candidates_view(look.table), basemap=False), key="candidates", height=420)
        st.caption("● the best candidate · ○ the others; hover for scores")
        st.dataframe(look.table, hide_index=True)
