"""What the map page has picked and remembers between reruns, kept in Streamlit's session state
(passed in as a plain mapping, so these are tested without Streamlit): the event and the claim
the panels show, the widgets' values kept across the Claims/Events switch, and the window the
Play control and the timeline's brush set for the next run."""
from __future__ import annotations

from datetime import date

from .focus import MapPlace


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


def keep_statuses(state) -> None:
    """Keep the events' status filter as plain state: the Claims mode does not draw it, and
    Streamlit forgets an undrawn widget's value; kept, it is there when the user comes back to
    Events."""
    if "statuses" in state:
        state["statuses"] = state["statuses"]


def take_window(state, first: tuple[date, date]) -> None:
    """Set the date slider's window before the slider is drawn (a widget's value can only be set
    then): the one Play or the timeline's brush asked for, else the slider's own, else ``first``
    (the link's dates)."""
    if "next_window" in state:
        state["window"] = state.pop("next_window")
    if "window" not in state:
        state["window"] = first


def brushed(state, new: tuple[date, date] | None, window) -> bool:
    """Whether the timeline's brush moved to ``new`` (then it is the next window, and the page
    reruns on it). The chart reports its brush each time it is drawn: that is not a move."""
    moved = bool(new) and new != state.get("brushed") and new != tuple(window)
    state["brushed"] = new
    if moved:
        state["next_window"] = new
    return moved


def map_look(state, area: str | None, linked: MapPlace, panned) -> MapPlace:
    """Where the map looks this run: a new "Zoom to" (flagged ``area_changed`` by the widget)
    replaces the link's view; a pan or zoom of the map replaces both."""
    view = None if state.pop("area_changed", False) else linked.view
    look = MapPlace(area=area or None, view=view, claim=linked.claim)
    if panned:
        look.view = panned
    return look


def claim_choice(state, key: str, options: list[str], linked: str | None) -> None:
    """The claim list's pick, set in ``state`` before the list is drawn: kept while it is among
    ``options``, else the link's claim, else the first (the latest)."""
    if state.get(key) not in options:
        state[key] = linked if linked in options else options[0]
