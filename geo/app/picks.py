"""What the map page has picked and remembers between reruns, kept in Streamlit's session state
(passed in as a plain mapping, so these are tested without Streamlit): the event and the claim
the panels show, the widgets' values kept across the Claims/Events switch, and the window the
Play control and the timeline's brush set for the next run."""
from __future__ import annotations


def event_pick(state, ids: list[str], clicked: str | None, linked: str | None) -> str | None:
    """The event the panel shows, set in ``state`` (session state) before its list is drawn: a
    new click on the map, else the list's pick, else the link's event, else the latest."""
    if clicked and clicked != state.get("event_clicked") and clicked in ids:
        state["event_pick"] = clicked
    state["event_clicked"] = clicked
    if state.get("event_pick") not in ids:
        if not ids:
            state.pop("event_pick", None)
            return None
        state["event_pick"] = linked if linked in ids else ids[0]
    return state["event_pick"]
