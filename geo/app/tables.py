"""The tables the pages show: claims one per row (the Claims page), the claims of an extraction
before they are saved (the Add page), and the claims that name no place (the map page)."""
from __future__ import annotations

import pandas as pd

from ..store.reading import date_label
from .mapdeck import SIDE_LABELS


def claim_rows(gdf, placeless=None):
    """One row per claim (places joined), for the Claims table, newest first (undated last);
    claims that name no place below the country are listed too."""
    cols = ["claim_id", "date", "side", "source", "attacker", "places", "targets", "corrected", "sentence"]
    parts = []
    if not gdf.empty:
        names: dict[str, dict] = {}  # a claim's place names, in order, once each (a loop: a
        for c, p in zip(gdf.claim_id, gdf.place_name):  # pandas aggregate per claim took seconds)
            names.setdefault(c, {})[p] = None
        claims = gdf.drop_duplicates("claim_id").set_index("claim_id")
        places = pd.Series([", ".join(names[c]) for c in claims.index], index=claims.index)
        parts.append(pd.DataFrame({"date": claims.map_date, "side": claims.side, "source": claims.source,
                                   "attacker": claims.attacker, "places": places, "targets": claims.targets,
                                   "corrected": claims.corrected.astype(bool), "sentence": claims.sentence}).reset_index())
    if placeless is not None and len(placeless):
        parts.append(pd.DataFrame({"claim_id": placeless.claim_id, "date": placeless.map_date, "side": placeless.side,
                                   "source": placeless.source, "attacker": placeless.attacker, "places": "(no place named)",
                                   "targets": placeless.targets, "corrected": placeless.corrected.astype(bool),
                                   "sentence": placeless.sentence}))
    if not parts:
        return pd.DataFrame(columns=cols)
    out = pd.concat(parts, ignore_index=True)[cols]
    out["side"] = out.side.map(SIDE_LABELS).fillna(out.side)
    out["targets"] = out.targets.fillna("").str.replace("_", " ").str.replace(",", ", ")
    return out.sort_values(["date", "claim_id"], ascending=[False, True], na_position="last",
                           kind="stable").reset_index(drop=True)


def claims_table(extraction):
    """The claims of an ``Extraction`` as a table for review before saving; a date as precise
    as the claim says it ("2025-03" for a month), else its wording."""
    rows = [{"side": c.side, "source": c.source, "attacker": c.attacker,
             "date": date_label(c.date, c.date_precision) or c.date_text, "places": ", ".join(m.mention for m in c.places),
             "targets": ", ".join(c.targets), "weapons": ", ".join(c.weapons), "killed": c.casualties.get("killed"),
             "wounded": c.casualties.get("wounded"), "sentence": c.sentence} for c in extraction.claims]
    return pd.DataFrame(rows)


def placeless_table(placeless):
    """Claims without a place, for the table beside the map."""
    return pd.DataFrame({"date": placeless.map_date, "reported by": placeless.side.map(SIDE_LABELS).fillna(placeless.side),
                         "source": placeless.source, "targets": placeless.targets.str.replace("_", " "),
                         "sentence": placeless.sentence})


def panel_claims(picked, latest, marker):
    """The claim panel's rows (a claim's places) and its claims, one each, newest first (undated
    last): a marker's claims; the link's claim (fetched on its own) listed with the view's
    latest, not instead of them; else the view's latest."""
    if picked is None or picked.empty:
        rows = latest
    elif marker is None:
        rows = pd.concat([picked, latest], ignore_index=True)
    else:
        rows = picked
    return rows, rows.drop_duplicates("claim_id").sort_values("map_date", ascending=False, na_position="last")
