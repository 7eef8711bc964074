"""Stage 5, app: what the Streamlit pages show, as plain functions in modules named
for what they hold (filters, labels, detail, tables, files, edits, picks, views, ...), and the
Streamlit caching of the store, the gazetteer and queries (ui.py). The pages (app.py, app_pages/)
only lay widgets out and call these. May import every stage above.
"""
