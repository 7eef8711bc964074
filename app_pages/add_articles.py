"""Add articles: paste text, upload files or fetch a URL; review what was found; save."""
from datetime import date

import streamlit as st

from geo.app import ui
from geo.app.detail import highlight_places
from geo.app.files import read_upload
from geo.app.labels import plural
from geo.app.safe import md
from geo.app.tables import claims_table
from geo.articles import ArticleError, from_text
from geo.articles.fetch import fetch_article
from geo.claims.extract import extract

st.set_page_config(page_title="Add articles · Strike Atlas", layout="wide")
st.title("Add articles")
who = ui.user()
if why := ui.editing_off(who):  # the navigation hides this page; a direct link ends here
    st.error(why)
    st.stop()
store = ui.store()
limits = ui.limiter()

source = st.radio("Source", ["Paste text", "Upload files", "Fetch a URL"], horizontal=True, key="source")
published = st.date_input("Published (when the text does not say)", value=None, max_value=date.today(), key="published")
articles, errors = [], []
if source == "Paste text":
    title = st.text_input("Title", key="title")
    body = st.text_area("Article text", height=220, key="body")
    if body.strip():
        try:
            articles.append(from_text(body, title=title or None, published=published))
        except ArticleError as e:
            errors.append(str(e))
elif source == "Upload files":
    files = st.file_uploader(f"Article files (.txt .md .html .json .jsonl; up to {limits.limits.upload_mb:g} MB each)",
                             accept_multiple_files=True, type=["txt", "md", "html", "htm", "json", "jsonl"],
                             key="files") or []
    batch = tuple((f.file_id, f.size) for f in files)
    if batch != st.session_state.get("counted_files"):  # each new set of files counted once, not per rerun
        st.session_state.counted_files = batch
        st.session_state.refused_files = limits.upload_problem(who.id, {f.name: f.size for f in files})
    if st.session_state.refused_files:
        errors.append(st.session_state.refused_files)
        files = []
    for f in files:
        try:
            articles += read_upload(f.name, f.getvalue(), published)
        except ArticleError as e:
            errors.append(f"{f.name}: {e}")
else:
    url = st.text_input("URL (fetched only when you press Fetch)", key="url")
    if st.button("Fetch", key="fetch") and url:
        try:
            if refused := limits.take(who.id, "fetch"):
                raise ArticleError(refused)
            st.session_state.fetched = fetch_article(url, published)
        except ArticleError as e:
            errors.append(str(e))
    if st.session_state.get("fetched"):
        articles.append(st.session_state.fetched)

for e in errors:
    st.error(md(e))

results = [(a, extract(a, ui.gazetteer())) for a in articles]
for art, out in results:
    st.subheader(md(art.title or "Untitled article"))
    stored = store.has_article(art.id)
    st.caption(f"{plural(len(out.places), 'place mention')}, {plural(len(out.claims), 'claim')}"
               + (" · already in the store" if stored else ""))
    st.markdown(highlight_places(art.body, out.places), unsafe_allow_html=True)
    if out.claims:
        st.dataframe(claims_table(out), hide_index=True)
    else:
        st.info("No strike claims found in this article.")

if results and st.button(f"Save {len(results)} article(s) to the store", type="primary", key="save"):
    saved = [store.add(a, out, added_by=who.id) for a, out in results]
    added, dated = sum(r.added for r in saved), sum(r.dated for r in saved)
    st.success(f"Saved {added} new article(s); {len(results) - added} were already stored."
               + (f" {dated} of their undated claims now carry the publication date (kept in the corrections log)."
                  if dated else ""))
    st.session_state.pop("fetched", None)
