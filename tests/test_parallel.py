"""Ingest beyond one process (issue 14): --jobs N and a Dask cluster give the store a plain
ingest gives: the same articles, claims, places and events."""
import pytest

from geo.articles.synthetic import synthetic_articles
from geo.store import Store
from geo.pipeline import ingest


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Generated reports as a .jsonl batch, plus one broken line and one empty article."""
    import json

    folder = tmp_path_factory.mktemp("corpus")
    lines = [json.dumps({"title": a["title"], "url": a["url"], "outlet": a["outlet"], "published": a["published"],
                         "text": a["text"]}) for a in synthetic_articles(60, seed=5)]
    lines.insert(10, "{not json")
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def snapshot(path) -> dict:
    with Store.open(str(path)) as s:
        claims = s.query()
        events = s.events()
        return {"counts": s.counts(),
                "claims": sorted(zip(claims.claim_id, claims.place_seq, claims.place_id, claims.side, claims.map_date)),
                "events": sorted(zip(events.id, events.day, events.place_id, events.status, events.n_places))}


def run_ingest(path, corpus, gaz, **kw):
    with Store.open(str(path), gazetteer=gaz) as s:
        return ingest(s, [str(corpus)], progress=False, **kw)


def test_jobs_give_the_same_store_as_one_process(tmp_path, corpus, gaz):
    one = run_ingest(tmp_path / "one.sqlite", corpus, gaz)
    two = run_ingest(tmp_path / "two.sqlite", corpus, gaz, jobs=2)
    assert one.added == two.added == 60 and len(one.failed) == len(two.failed) == 1  # the broken line
    assert snapshot(tmp_path / "one.sqlite") == snapshot(tmp_path / "two.sqlite")
    again = run_ingest(tmp_path / "two.sqlite", corpus, gaz, jobs=2)  # idempotent
    assert again.added == 0 and again.already == 60


def test_dask_local_cluster_gives_the_same_store(tmp_path, corpus, gaz):
    distributed = pytest.importorskip("distributed")
    run_ingest(tmp_path / "plain.sqlite", corpus, gaz)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        report = run_ingest(tmp_path / "dask.sqlite", corpus, gaz, dask=cluster.scheduler_address)
    assert report.added == 60
    assert snapshot(tmp_path / "plain.sqlite") == snapshot(tmp_path / "dask.sqlite")


def test_a_worker_error_loses_only_its_article(tmp_path, gaz, monkeypatch):
    from geo.articles import from_text
    from geo.claims.extract import Extraction, extract
    from geo.pipeline import parallel

    arts = [from_text(f"Russian drones struck Sumy on {d} May 2025, the governor said.") for d in (1, 2, 3)]

    def broken(art, gazetteer):
        if "2 May" in art.body:
            raise ValueError("boom")
        return extract(art, gazetteer)

    monkeypatch.setattr(parallel, "extract", broken)  # the name the workers call
    out = list(parallel.extract_all(arts, gaz, jobs=2))
    assert [a.id for a, _ in out] == [a.id for a in arts]  # input order
    assert isinstance(out[1][1], str) and "boom" in out[1][1] and isinstance(out[0][1], Extraction)
    assert out[0][1].to_dict() == extract(arts[0], gaz).to_dict()  # what came back from a worker is whole


def test_cli_jobs_and_a_missing_scheduler(tmp_path, corpus, capsys):
    from geo.cli import main

    db = str(tmp_path / "cli.sqlite")
    assert main(["ingest", str(corpus), "--db", db, "--jobs", "2", "--no-progress"]) == 1  # one broken line
    assert "60 stored" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["ingest", str(corpus), "--db", db, "--jobs", "0"])
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "d.sqlite"), "--dask", "tcp://127.0.0.1:9"]) == 2
    assert "Dask scheduler" in capsys.readouterr().err
