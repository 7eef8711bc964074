"""Strike Atlas: a map of strike claims over time, filtered by who reports them.

    streamlit run app.py

The pages are in pages/; this script names them and runs the one the user picked."""
import streamlit as st

st.set_page_config(page_title="Strike Atlas", page_icon="🗺️", layout="wide")
page = st.navigation([
    st.Page("pages/map.py", title="Map of claims", icon=":material/map:", default=True),
    st.Page("pages/claims.py", title="Claims", icon=":material/table_rows:", url_path="claims"),
    st.Page("pages/add_articles.py", title="Add articles", icon=":material/add_circle:", url_path="add"),
    st.Page("pages/gazetteer.py", title="Gazetteer", icon=":material/location_on:", url_path="gazetteer"),
])
st.sidebar.caption("Strike Atlas · claims of strikes, by who makes them")
page.run()
