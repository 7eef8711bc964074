"""Places by name, not code, on the Gazetteer and Claims pages (issue 24, defect 9), through
Streamlit's AppTest on a store made for each test; an ambiguous bare name is said to be so."""
import html
import re

import pytest

from geo.app import names
from test_dashboard import PAGES, correct_on_page, run

CODE = re.compile(r"\b(?:[A-Z]{2}-[A-Z0-9]{1,3}|ua:|iso:|ru:|gn:)")  # "UA-59", "ua:UA59...", "iso:UA-63"


def said(element) -> str:
    return html.unescape(element.value)


@pytest.mark.parametrize("query", ["Andreevka", "Андреевка"])
def test_a_bare_ambiguous_name_is_a_warning_listing_every_namesake_by_oblast(db, query):
    at = run(PAGES / "gazetteer.py")
    at.text_input(key="query").input(query).run()
    assert not at.success and len(at.warning) == 1
    warning = said(at.warning[0])
    table = at.dataframe[0].value
    assert len(table) > 6  # every namesake, not the first six
    assert "is ambiguous" in warning and f"{len(table)} places go by this name" in warning
    assert "Sumy Oblast" in warning and "Kharkiv Oblast" in warning and f"“{query} in " in warning
    assert "Sumy Oblast" in set(table.region) and not table.region.str.match(CODE).any()
    assert table.admin1.str.startswith("UA-").any() and table.id.notna().all()  # the codes stay, last
    assert list(table.columns[:2]) == ["name", "region"]


@pytest.mark.parametrize("query, region", [("Shostka", "Sumy Oblast"), ("Andreevka in Sumy Region", "Sumy Oblast"),
                                           ("Kharkov", "Kharkiv Oblast")])
def test_a_unique_name_or_one_with_context_is_green_with_the_oblast_by_name(db, query, region):
    at = run(PAGES / "gazetteer.py")
    at.text_input(key="query").input(query).run()
    assert not at.warning and len(at.success) == 1
    line = said(at.success[0])
    assert f", {region})" in line and not CODE.search(line), line
    points = at.get("deck_gl_json_chart")[0].proto.json
    assert region in points  # the map's tooltips name the oblast too


def test_the_corrections_log_names_the_places(db, gaz):
    at, claim_id = correct_on_page("place", "Shostka")
    assert "Corrected place" in at.success[0].value
    log = next(d.value for d in at.dataframe if "to" in d.value.columns)
    row = log.set_index("claim").loc[claim_id]
    assert row["field"] == "place" and row["to"] == "Shostka (Sumy Oblast)"
    shown = [str(row[c]) for c in ("field", "from", "to")]
    assert not any(CODE.search(v) for v in shown), shown
    assert row["to id"].startswith("ua:") and gaz.get(row["to id"]).name == "Shostka"  # the code, for analysts
    assert list(log.columns[-2:]) == ["from id", "to id"]


def test_corrections_of_other_fields_and_areas_read_as_people_write_them(gaz):
    log = [{"claim_id": "c1", "field": "place:1", "old_value": "iso:UA-63", "new_value": "gone:1", "author": "a",
            "note": None, "created_at": None},
           {"claim_id": "c1", "field": "side", "old_value": "RU", "new_value": "OTHER", "author": "a", "note": "x",
            "created_at": None}]
    table = names.corrections_table(log, gaz)
    assert table.iloc[0].drop(["when", "why"]).to_dict() == {
        "claim": "c1", "field": "place 2", "from": "Kharkiv Oblast", "to": "gone:1", "by": "a",
        "from id": "iso:UA-63", "to id": "gone:1"}  # an id the gazetteer lost stays as it was
    assert table.iloc[1][["field", "from", "to"]].tolist() == ["side", "RU", "OTHER"] and table.iloc[1][["from id", "to id"]].isna().all()
    assert names.corrections_table([], gaz).empty


def test_a_big_town_outranks_a_namesake_hamlet_but_not_a_namesake_town(gaz):
    assert names.look_up("Sudzha", gaz).sure  # 6,940 people in Kursk Oblast; 43 in Buryatia
    assert not names.look_up("Zolochiv", gaz).sure  # Lviv Oblast's and Kharkiv Oblast's
    assert names.look_up("Bakhmut", gaz).sure
