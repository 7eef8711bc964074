"""Gazetteer: look a name up and see its candidates, with scores, on a small map."""
import streamlit as st

from geo.app import dashboard as dash
from geo.app import ui

st.set_page_config(page_title="Gazetteer · Strike Atlas", layout="wide")
st.title("Gazetteer")
query = st.text_input("Place name, with context if you have it (\"Andreevka in Sumy Region\")", key="query")
if query.strip():
    mention, table = dash.place_candidates(query[:1000], ui.gazetteer())
    if mention is None:
        close = [f"{p.name} ({p.admin1 or p.country})" for p, _ in ui.gazetteer().fuzzy(query[:200])]
        st.warning("Not found." + (f" Closest names: {dash.md(', '.join(close))}" if close else ""))
    else:
        best = table.iloc[0]
        st.success(f"{dash.md(mention.mention)} → {dash.md(best['name'])} ({best['kind']}, {dash.md(best['admin1'] or best['country'])}), "
                   f"{best['lat']:.4f}, {best['lon']:.4f}")
        st.dataframe(table, hide_index=True)
        st.map(table.rename(columns={"lat": "latitude", "lon": "longitude"}), size=3000, zoom=4)
