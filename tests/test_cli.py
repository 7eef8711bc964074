import json
import os
import stat
import subprocess
import sys

import pytest

from geo.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_resolve_json(capsys):
    code, out, _ = run(capsys, "resolve", "Izyum", "--json")
    data = json.loads(out)
    assert code == 0 and data["query"] == "Izyum"
    best = data["best"]
    assert {"name", "kind", "country", "admin1", "lat", "lon", "precision", "score"} <= set(best)
    assert best["name"] == "Izium" and best["admin1"] == "UA-63"
    assert len(data["candidates"]) <= 5


def test_resolve_text_shows_evidence(capsys):
    code, out, _ = run(capsys, "resolve", "Andreevka in Sumy Region")
    assert code == 0 and "Andriivka" in out and "evidence" in out


def test_resolve_not_found_exits_1_with_close_names(capsys):
    code, out, err = run(capsys, "resolve", "Shostkaz", "--json")
    data = json.loads(out)
    assert code == 1 and data["best"] is None
    assert data["closest_names"][0] == "Shostka (Sumy Oblast)"
    code, out, err = run(capsys, "resolve", "Kharkivq")
    assert code == 1 and "not found" in err and "Kharkiv (Kharkiv Oblast)" in err


def test_resolve_nonsense_says_the_closest_names_the_gazetteer_page_says(capsys, gaz):
    """README: "exit 1 and the closest known names when nothing matches"; the same names as the
    Gazetteer page (issue 24: `resolve Xyzzqplok` said none, the page did)."""
    from geo.app.names import look_up

    page = look_up("Xyzzqplok", gaz)
    assert not page.found and page.closest
    code, out, err = run(capsys, "resolve", "Xyzzqplok")
    assert code == 1 and out == ""
    assert "not found: 'Xyzzqplok'" in err and "closest known names: " + ", ".join(page.closest) in err
    code, out, _ = run(capsys, "resolve", "Xyzzqplok", "--json")
    assert code == 1 and json.loads(out) == {"query": "Xyzzqplok", "best": None, "candidates": [],
                                             "closest_names": page.closest}


@pytest.fixture
def export_db(tmp_path, gaz):
    from datetime import date

    from geo.articles import from_text
    from geo.claims.extract import extract
    from geo.store import Store

    db = tmp_path / "x.sqlite"
    with Store.open(str(db), gazetteer=gaz) as store:
        art = from_text("Russian drones struck an energy facility in Shostka, Sumy Oblast, on Tuesday, the regional "
                        "administration said.", published=date(2025, 6, 3))
        store.add(art, extract(art, gaz))
    return str(db)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("fmt", ["geojson", "csv", "geoparquet"])
def test_export_files_get_the_mode_open_gives(capsys, tmp_path, export_db, umask_022, fmt):
    """Issue 24: exports were private (-rw-------, tempfile's mode) whatever the umask. Now as
    open() makes them: 0o666 less the umask for a new file, the old mode for one replaced;
    still written whole."""
    out = tmp_path / f"claims.{fmt}"
    code, _, err = run(capsys, "export", "--db", export_db, "--format", fmt, "-o", str(out))
    assert code == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    out.chmod(0o660)
    code, _, err = run(capsys, "export", "--db", export_db, "--format", fmt, "-o", str(out))
    assert code == 0 and stat.S_IMODE(out.stat().st_mode) == 0o660
    assert out.stat().st_size > 0 and [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_events_export_and_a_file_in_a_missing_folder(capsys, tmp_path, export_db, umask_022):
    out = tmp_path / "events.geojson"
    code, _, err = run(capsys, "export", "--db", export_db, "--events", "-o", str(out))
    assert code == 0 and stat.S_IMODE(out.stat().st_mode) == 0o644
    code, _, err = run(capsys, "export", "--db", export_db, "-o", str(tmp_path / "nope" / "x.geojson"))
    assert code == 1 and "cannot write" in err and "No such file" in err


def test_a_file_written_whole_keeps_the_umask(tmp_path, umask_022):
    """The one writer of user files (exports, the gazetteer's rebuilt index cache)."""
    from geo.files import write_whole

    os.umask(0o027)
    path = tmp_path / "index.arrow"
    write_whole(path, lambda tmp: tmp.write_bytes(b"x"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.read_bytes() == b"x"

    def fail(tmp):
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_whole(path, fail)
    assert path.read_bytes() == b"x" and sorted(p.name for p in tmp_path.iterdir()) == ["index.arrow"]


def test_resolve_overlong_query_is_refused(capsys):
    code, _, err = run(capsys, "resolve", "x" * 10_001)
    assert code == 2 and "10,000" in err


def test_resolve_long_query_of_10000_chars(capsys):
    code, out, _ = run(capsys, "resolve", ("Kharkiv " * 1250)[:10_000], "--json")
    assert code == 0 and json.loads(out)["best"]["admin1"] == "UA-63"


def test_extract_json_has_format_fields(capsys, dev_dir):
    article = dev_dir / "seed001_shostka-ammunition-plants.txt"
    code, out, _ = run(capsys, "extract", str(article), "--json")
    data = json.loads(out)
    body = article.read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert code == 0 and set(data) >= {"places", "claims"}
    for p in data["places"]:
        assert body[p["start"]:p["end"]] == p["mention"]
        assert {"kind", "name", "country", "admin1", "lat", "lon"} <= set(p)


def test_extract_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, "extract", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err


# What the claims redesign measured on ../shared/eval/dev (50 articles), rounded down: a change that
# scores lower fails here. Raise these as the extractor improves (issue targets are higher).
# Date .93 -> .92 (issue 30): a claim takes the date nearest its trigger ("crews on Monday dug through
# the ruins of a block a missile struck on Saturday"); one dev sentence holds two strikes on two
# days ("yesterday, August 26, drones ... and tonight, August 27, artillery") and its one claim
# now takes the second's.
DEV_FLOOR = {"f1": 0.96, "exact": 0.95, "recall": 0.91, "precision": 0.81, "side": 0.96, "date": 0.92}


def test_eval_does_not_fall_below_the_last_landing_on_dev(capsys, dev_dir):
    code, out, _ = run(capsys, "eval", str(dev_dir), "--json")
    s = json.loads(out)
    assert code == 0 and s["articles"] == len(list(dev_dir.glob("*.gold.json")))
    assert s["recognition"]["f1"] >= DEV_FLOOR["f1"]
    assert s["resolution"]["exact"] >= DEV_FLOOR["exact"]
    claims = s["claims"]
    assert claims["recall"] >= DEV_FLOOR["recall"] and claims["precision"] >= DEV_FLOOR["precision"]
    assert claims["side_accuracy"] >= DEV_FLOOR["side"] and claims["date_accuracy"] >= DEV_FLOOR["date"]


# The same on ../shared/eval/attribution (36 items, one attribution phenomenon each).
ATTRIBUTION_FLOOR = {"recall": 0.91, "precision": 0.96, "side": 0.94, "date": 0.95}


def test_eval_does_not_fall_below_the_last_landing_on_attribution(capsys, dev_dir):
    folder = dev_dir.parent / "attribution"
    if not folder.is_dir():
        pytest.skip("../shared/eval/attribution is not beside the checkout")
    claims = json.loads(run(capsys, "eval", str(folder), "--json")[1])["claims"]
    assert claims["recall"] >= ATTRIBUTION_FLOOR["recall"] and claims["precision"] >= ATTRIBUTION_FLOOR["precision"]
    assert claims["side_accuracy"] >= ATTRIBUTION_FLOOR["side"] and claims["date_accuracy"] >= ATTRIBUTION_FLOOR["date"]


def test_extract_prints_claims(capsys, dev_dir):
    code, out, _ = run(capsys, "extract", str(dev_dir / "seed003_missiles-from-belarus.txt"))
    assert code == 0 and "claim [UA]" in out and "Lviv region" in out


def test_extract_with_published_option(capsys, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Russian drones hit Odesa on Tuesday, the Air Force said.\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f), "--json", "--published", "2025-06-03")
    assert code == 0 and json.loads(out)["claims"][0]["date"] == "2025-06-03"
    code, _, err = run(capsys, "extract", str(f), "--published", "3rd of Smarch")
    assert code == 2 and "invalid published date" in err


def test_console_script_module_entry():
    out = subprocess.run([sys.executable, "-m", "geo", "resolve", "Kiev", "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and json.loads(out.stdout)["best"]["admin1"] == "UA-30"


def test_eval_parts_split_the_articles_and_add_up(capsys, dev_dir):
    whole = json.loads(run(capsys, "eval", str(dev_dir), "--json")[1])
    parts = [json.loads(run(capsys, "eval", str(dev_dir), "--json", "--part", f"{k}/2")[1]) for k in (1, 2)]
    assert all(p["articles"] > 0 for p in parts)
    assert sum(p["articles"] for p in parts) == whole["articles"]
    assert sum(p["claims"]["gold"] for p in parts) == whole["claims"]["gold"]
    assert sum(p["recognition"]["tp"] for p in parts) == whole["recognition"]["tp"]


@pytest.mark.parametrize("part", ["3/2", "0/2", "half", "1/0"])
def test_eval_refuses_a_part_that_is_not_k_of_n(capsys, tmp_path, part):
    with pytest.raises(SystemExit) as e:
        main(["eval", str(tmp_path), "--part", part])
    assert e.value.code == 2 and "argument --part" in capsys.readouterr().err
