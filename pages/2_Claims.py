"""Claims: a sortable, filterable table; correct a claim's side, date or place."""
import streamlit as st

from geo.app import dashboard as dash
from geo.app import ui
from geo.store import StoreError

st.set_page_config(page_title="Claims · Strike Atlas", layout="wide")
st.title("Claims")
store = ui.store()

c1, c2, c3 = st.columns([2, 2, 3])
sides = c1.multiselect("Reported by", ["RU", "UA", "OTHER"], default=["RU", "UA", "OTHER"], key="sides")
attackers = c2.multiselect("Attacker", ["RU", "UA", "unknown"], key="attackers")
text = c3.text_input("Search text", key="text")
gdf = ui.query(dash.Filters(sides=sides, attackers=attackers, text=text))
table = dash.claim_rows(gdf)
st.caption(f"{len(table)} claims")
st.dataframe(table, hide_index=True, height=420, key="table")

st.subheader("Correct a claim")
if table.empty:
    st.info("No claims to correct.")
else:
    with st.form("correct"):
        claim_id = st.selectbox("Claim", list(table.claim_id), format_func=lambda c: dash.claim_label(table, c), key="claim")
        field = st.selectbox("Field", ["side", "date", "place", "attacker"], key="field")
        value = st.text_input("New value (side RU/UA/OTHER, date YYYY-MM-DD, place: a name, attacker RU/UA)", key="value")
        author = st.text_input("Your name", key="author")
        note = st.text_input("Why (optional)", key="note")
        if st.form_submit_button("Save correction"):
            try:
                new = dash.correction_value(field, value, ui.gazetteer())
                store.correct(claim_id, field, new, author=author, note=note or None)
                st.success(f"Corrected {field} of claim {claim_id}.")
            except (StoreError, ValueError) as e:
                st.error(dash.md(e))
    log = store.corrections()
    if log:
        st.subheader("Corrections")
        st.dataframe(log, hide_index=True)
