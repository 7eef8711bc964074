"""Strike Atlas: a map of strike claims over time, filtered by who reports them.

    streamlit run app.py                 # local: on this computer only, you edit
    streamlit run app.py -- --team       # a team's server: editing needs a signed-in editor
    streamlit run app.py -- --public     # a published map: read-only, nothing can change it

The pages are in app_pages/; this script names the ones this person may use and runs the one they
picked (README, "Who may change the map")."""
import streamlit as st

from geo.app import access, ui

st.set_page_config(page_title="Strike Atlas", page_icon="🗺️", layout="wide")
try:
    who = ui.user()
except access.AccessError as e:  # a mistyped mode: say so rather than guess one
    st.error(str(e))
    st.stop()
pages = [
    st.Page("app_pages/map.py", title="Map of claims", icon=":material/map:", default=True),
    st.Page("app_pages/claims.py", title="Claims", icon=":material/table_rows:", url_path="claims"),
    st.Page("app_pages/gazetteer.py", title="Gazetteer", icon=":material/location_on:", url_path="gazetteer"),
]
if ui.editing_off(who) is None:  # only pages this person may use are in the navigation
    pages.insert(2, st.Page("app_pages/add_articles.py", title="Add articles", icon=":material/add_circle:",
                            url_path="add"))
if who is not None and who.is_admin:
    pages.append(st.Page("app_pages/admin.py", title="Admin", icon=":material/admin_panel_settings:", url_path="admin"))
page = st.navigation(pages)
st.sidebar.caption("Strike Atlas · claims of strikes, by who makes them")
ui.account(who)
page.run()
