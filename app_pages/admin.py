"""Admin: who may change the map (roles kept in the store), and what each person has changed."""
import pandas as pd
import streamlit as st

from geo.app import names, ui
from geo.app.labels import plural
from geo.app.safe import md
from geo.store import ROLES, StoreError

st.set_page_config(page_title="Admin · Strike Atlas", layout="wide")
st.title("Admin")
who = ui.user()
if who is None or not who.is_admin:  # the navigation hides this page; a direct link ends here
    st.error("Only an admin sees this page.")
    st.stop()
store = ui.store()
if "role_saved" in st.session_state:
    st.success(st.session_state.pop("role_saved"))

users = store.users()
st.subheader("People and roles")
st.caption("Viewers read; editors add articles, correct claims and change events; admins also give roles. "
           "Someone who signs in for the first time is a viewer.")
if users:
    st.dataframe(pd.DataFrame(users, columns=["id", "name", "role", "last_seen", "role_set_by", "role_set_at"]),
                 hide_index=True, key="users")
else:
    st.info("Nobody has signed in yet, and nobody has been given a role: add someone below.")
with st.form("role"):
    known = [u["id"] for u in users]
    person = st.selectbox("Person", known, index=None, key="role_user", placeholder="Choose someone listed")
    new_person = st.text_input("Or someone not listed yet (their e-mail or proxy user name)", key="role_new")
    role = st.selectbox("Role", ROLES, key="role_value")
    if st.form_submit_button("Save role"):
        try:
            target = (new_person or person or "").strip()
            if target == who.id and role != "admin":
                raise ValueError("you cannot take your own admin role away (another admin can)")
            store.set_role(target, role, by=who.id)
        except (StoreError, ValueError) as e:
            st.error(md(e))
        else:
            st.session_state.role_saved = f"{target} is now {'an' if role[0] in 'ae' else 'a'} {role}."
            st.rerun()

st.subheader("Changes by a person")
person = st.selectbox("Person", [u["id"] for u in users] or [who.id], key="changes_of")
changes = store.changes_by(person)
st.caption(f"{plural(len(changes['corrections']), 'correction')}, "
           f"{plural(len(changes['articles']), 'article')} added.")
if changes["corrections"]:
    st.dataframe(names.corrections_table(changes["corrections"], ui.gazetteer()), hide_index=True, key="their_fixes")
if changes["articles"]:
    st.dataframe(pd.DataFrame(changes["articles"]), hide_index=True, key="their_articles")
