"""Claims: a sortable, filterable table; correct a claim's side, date, place or attacker."""
from datetime import timedelta

import streamlit as st

from geo.app import names, ui
from geo.app.edits import correction_value
from geo.app.filters import Filters, default_window, window_dates
from geo.app.labels import claim_labels, plural
from geo.app.mapdeck import SIDE_LABELS
from geo.app.safe import md
from geo.store import StoreError

st.set_page_config(page_title="Claims · Strike Atlas", layout="wide")
st.title("Claims")
store = ui.store()
lo, hi, since0, until0 = default_window(store)
if "saved" in st.session_state:  # a correction saved on the run before this one
    st.success(st.session_state.pop("saved"))

window = st.slider("Dates", min_value=lo, max_value=max(hi, lo + timedelta(days=1)), value=(since0, until0),
                   format="YYYY-MM-DD", key="window")
c1, c2, c3 = st.columns([2, 2, 3])
sides = c1.multiselect("Reported by", list(SIDE_LABELS), default=list(SIDE_LABELS), key="sides",
                       format_func=SIDE_LABELS.get)
attackers = c2.multiselect("Attacker", ["RU", "UA", "unknown"], key="attackers",
                           format_func={"RU": "Russia", "UA": "Ukraine", "unknown": "not said"}.get)
text = c3.text_input("Search (text or place, any spelling)", key="text")
filters = Filters(**window_dates(window, lo, hi), sides=sides, attackers=attackers, text=text)
table, more = ui.claim_table(filters)
st.caption(f"The latest {len(table):,} claims: narrow the dates or search for older ones." if more
           else plural(len(table), "claim"))
st.dataframe(table, hide_index=True, height=420, key="table")

st.subheader("Correct a claim")
who = ui.user()
if why := ui.editing_off(who):
    st.info(why)
elif table.empty:
    st.info("No claims to correct.")
else:
    with st.form("correct"):
        labels = claim_labels(table)
        claim_id = st.selectbox("Claim", list(labels), format_func=labels.get, key="claim")
        field = st.selectbox("Field", ["side", "date", "place", "attacker"], key="field")
        value = st.text_input("New value (side RU/UA/OTHER, date YYYY-MM-DD, place: a name, attacker RU/UA)", key="value")
        note = st.text_input("Why (optional)", key="note")
        st.caption(f"Recorded as {md(who.id)}.")
        if st.form_submit_button("Save correction"):
            try:
                new = correction_value(field, value, ui.gazetteer())
                store.correct(claim_id, field, new, author=who.id, note=note or None)
            except (StoreError, ValueError) as e:
                st.error(md(e))
            else:
                # Run again so the table above shows the corrected claim at once.
                st.session_state.saved = f"Corrected {field} of claim {claim_id}."
                st.rerun()
log = store.corrections()
if log:
    st.subheader("Corrections")
    st.dataframe(names.corrections_table(log, ui.gazetteer()), hide_index=True)
