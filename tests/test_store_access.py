"""Who may change the map, the store's side: read-only stores, who added an article, users and
their roles, and ``strike-atlas users``. SQLite always; PostGIS when STRIKE_ATLAS_TEST_PG is set."""
import getpass
import hashlib
import json
import sqlite3
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from geo.articles import from_text
from geo.claims.extract import extract
from geo.cli import main
from geo.store import ROLES, Store, StoreError
from geo.store.schema import SCHEMA_VERSION

from test_store import ARTICLES, BACKENDS, PG, fill, made, made_claim, make_store
from test_store import store  # noqa: F401  (the fixture: an empty store of each backend)

EDITOR = "editor@example.org"


def url_of(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def read_only(store: Store) -> Store:
    """The same store opened again, read-only."""
    return Store.open(url_of(store), gazetteer=store.gazetteer, read_only=True)


def article(n: int):
    body, published = ARTICLES[n]
    return from_text(body, published=published, title=f"Article {n}", url=f"https://example.org/{n}")


def add(store, gaz, n: int, added_by=None):
    art = article(n)
    return store.add(art, extract(art, gaz), added_by=added_by)


# -- read-only stores ---------------------------------------------------------------------------
def test_a_read_only_store_reads_what_was_written(store, gaz):
    fill(store, gaz)
    store.set_role(EDITOR, "editor", by="admin@example.org")
    claim = store.query().claim_id.iloc[0]
    store.correct(claim, "side", "OTHER", author=EDITOR)
    with read_only(store) as ro:
        assert ro.read_only and not store.read_only
        assert ro.counts() == store.counts()
        assert ro.query().equals(store.query())
        assert ro.events().equals(store.events())
        assert ro.summary() == store.summary()
        assert ro.corrections() == store.corrections()
        assert ro.users() == store.users() and ro.user(EDITOR)["role"] == "editor"
        first = store.query().article_id.iloc[0]
        assert ro.article(first) == store.article(first)
        assert ro.flush_events() == 0  # nothing waits: nothing to write, no error


class Untouchable:
    """An engine that fails any use: a guarded write must raise before it reaches the database."""

    def __getattr__(self, name):
        raise AssertionError(f"the read-only store touched its engine ({name})")


WRITES = {
    "add": lambda s, gaz: s.add(article(0), extract(article(0), gaz)),
    "add_many": lambda s, gaz: s.add_many([(article(1), extract(article(1), gaz))]),
    "date_article": lambda s, gaz: s.date_article("x", date(2025, 1, 1)),
    "correct": lambda s, gaz: s.correct("x:0", "side", "UA", author=EDITOR),
    "flush_events": lambda s, gaz: (s.parts.events.defer([object()]), s.flush_events()),
    "rebuild_events": lambda s, gaz: s.rebuild_events(),
    "merge_events": lambda s, gaz: s.merge_events("a", "b", author=EDITOR),
    "split_claim": lambda s, gaz: s.split_claim("x:0", author=EDITOR),
    "rebuild_rollups": lambda s, gaz: s.rebuild_rollups(),
    "seen_user": lambda s, gaz: s.seen_user(EDITOR),
    "set_role": lambda s, gaz: s.set_role(EDITOR, "admin", by=EDITOR),
    "remove_user": lambda s, gaz: s.remove_user(EDITOR, by=EDITOR),
}


@pytest.mark.parametrize("method", sorted(WRITES))
def test_every_write_is_refused_on_a_read_only_store(store, gaz, method):
    add(store, gaz, 0)
    store.seen_user(EDITOR)
    with read_only(store) as ro:
        engine, ro.engine = ro.engine, Untouchable()
        try:
            with pytest.raises(StoreError, match="open read-only"):
                WRITES[method](ro, gaz)
        finally:
            ro.engine = engine
    assert store.counts()["articles"] == 1 and store.user(EDITOR)["role"] == "viewer"


@pytest.mark.parametrize("sql", ["INSERT INTO users (id, role, added_at) VALUES ('x', 'admin', '2025-01-01')",
                                 "UPDATE articles SET title = 'changed'", "DELETE FROM claims",
                                 "CREATE TABLE sneaky (a INTEGER)"])
def test_the_database_itself_refuses_writes_on_a_read_only_store(store, gaz, sql):
    add(store, gaz, 0)
    with read_only(store) as ro:
        with pytest.raises(DBAPIError, match="(?i)read-?only"):
            with ro.engine.begin() as conn:
                conn.execute(text(sql))
    assert store.article(article(0).id)["title"] == "Article 0" and store.counts()["claims"] == 1


def test_sqlite_read_only_is_the_file_mode_not_only_a_pragma(tmp_path, gaz):
    """``query_only`` can be turned off by whoever holds the engine; the file opened mode=ro
    still refuses. And a read-only open sets no pragma that writes: the file is unchanged."""
    path = tmp_path / "s.sqlite"
    with Store.open(str(path), gazetteer=gaz) as s:
        add(s, gaz, 0)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with Store.open(str(path), gazetteer=gaz, read_only=True) as ro:
        assert len(ro.query()) == 1
        with ro.engine.connect() as conn:
            assert conn.execute(text("PRAGMA query_only")).scalar() == 1
            conn.execute(text("PRAGMA query_only=OFF"))
            with pytest.raises(DBAPIError, match="readonly"):
                conn.execute(text("DELETE FROM claims"))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_read_only_open_of_no_store_is_an_error(tmp_path, gaz):
    missing = tmp_path / "nope" / "s.sqlite"
    with pytest.raises(StoreError, match=f"there is no store at {missing}"):
        Store.open(str(missing), gazetteer=gaz, read_only=True)
    assert not missing.parent.exists()  # nothing made on the way
    with pytest.raises(StoreError, match="no store"):
        Store.open("sqlite:///:memory:", gazetteer=gaz, read_only=True)
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()  # a database file with no store in it
    with pytest.raises(StoreError, match="open it once for writing"):
        Store.open(str(empty), gazetteer=gaz, read_only=True)
    assert empty.stat().st_size == 0


def test_a_read_only_path_may_hold_uri_characters(tmp_path, gaz):
    path = tmp_path / "a#b%c d" / "s.sqlite"
    with Store.open(str(path), gazetteer=gaz) as s:
        add(s, gaz, 0)
    with Store.open(str(path), gazetteer=gaz, read_only=True) as ro:
        assert ro.counts()["articles"] == 1


def as_schema_6(store: Store) -> None:
    """What a store made before users held: no added_by, no users table, schema 6."""
    with store.engine.begin() as conn:
        conn.execute(text("DROP INDEX IF EXISTS ix_articles_added_by"))
        conn.execute(text("ALTER TABLE articles DROP COLUMN added_by"))
        conn.execute(text("DROP TABLE users"))
        conn.execute(text("UPDATE store_meta SET value = '6' WHERE key = 'schema'"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_old_store_is_upgraded_by_a_writable_open_only(backend, tmp_path, gaz):
    store = make_store(backend, tmp_path, gaz)
    fill(store, gaz)
    before, url = store.query(), url_of(store)
    as_schema_6(store)
    store.close()
    with pytest.raises(StoreError, match=r"schema 6, older .*open it once for writing \(e\.g\. `strike-atlas ingest`"):
        Store.open(url, gazetteer=gaz, read_only=True)
    with Store.open(url, gazetteer=gaz) as s:  # the upgrade
        assert s.query().equals(before)
        assert all(s.article(a)["added_by"] is None for a in before.article_id)
        s.set_role(EDITOR, "editor", by="cli:test")
        add(s, gaz, 0, added_by=EDITOR)  # stored already: the first adder (no one) stands
        with s.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM store_meta WHERE key = 'schema'")).scalar() == str(SCHEMA_VERSION)
    with Store.open(url, gazetteer=gaz, read_only=True) as ro:
        assert ro.query().equals(before) and ro.user(EDITOR)["role"] == "editor"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("unbuilt", ["events", "rollups"])
def test_a_store_whose_derived_tables_need_building_is_an_error_read_only(backend, tmp_path, gaz, unbuilt):
    store = make_store(backend, tmp_path, gaz)
    fill(store, gaz)
    with store.engine.begin() as conn:  # as a store from before events (or rollups), or older rules
        conn.execute(text(f"DELETE FROM store_meta WHERE key = '{unbuilt}'"))
    url = url_of(store)
    store.close()
    with pytest.raises(StoreError, match=f"{unbuilt}.*open it once for writing"):
        Store.open(url, gazetteer=gaz, read_only=True)
    Store.open(url, gazetteer=gaz).close()  # builds them
    with Store.open(url, gazetteer=gaz, read_only=True) as ro:
        assert ro.counts()["claims"] > 0


def test_a_read_only_store_opens_while_an_ingest_holds_places_back(store, gaz):
    """The dashboard opened read-only during an ingest: the places not grouped yet are the
    ingest's to group, not an error."""
    art = article(0)
    store.add(art, extract(art, gaz), events=False)
    with read_only(store) as ro:
        assert len(ro.query()) == 1 and len(ro.events()) == 0
    assert store.flush_events() == 1


# -- who added an article -----------------------------------------------------------------------
def test_who_added_an_article_is_kept(store, gaz):
    first = add(store, gaz, 0, added_by=f"  {EDITOR} ")
    arts = [article(1), article(2)]
    store.add_many([(a, extract(a, gaz)) for a in arts], added_by="other@example.org")
    add(store, gaz, 3)
    assert store.article(first.article_id)["added_by"] == EDITOR
    assert [store.article(a.id)["added_by"] for a in arts] == ["other@example.org"] * 2
    assert store.article(article(3).id)["added_by"] is None
    add(store, gaz, 0, added_by="other@example.org")  # the first to add it keeps it
    assert store.article(first.article_id)["added_by"] == EDITOR


def test_a_bad_added_by_stores_nothing(store, gaz):
    for bad in ("", "  ", "a\nb", "x" * 255, 42):
        with pytest.raises(StoreError):
            add(store, gaz, 0, added_by=bad)
    assert store.counts()["articles"] == 0


# -- users and roles ----------------------------------------------------------------------------
def test_a_user_seen_first_is_a_viewer(store):
    row = store.seen_user(f" {EDITOR}", name="Ed")
    assert row["id"] == EDITOR and row["role"] == "viewer" and row["name"] == "Ed"
    assert row["role_set_by"] is None and row["last_seen"] is not None and row["added_at"] is not None
    again = store.seen_user(EDITOR)  # no name given: the one known stays
    assert again["name"] == "Ed" and again["last_seen"] >= row["last_seen"] and again["added_at"] == row["added_at"]
    assert store.seen_user(EDITOR, name="Edward")["name"] == "Edward"
    assert store.user("nobody@example.org") is None
    assert [u["id"] for u in store.users()] == [EDITOR]


def test_set_role_creates_updates_and_says_who(store):
    assert ROLES == ("viewer", "editor", "admin")
    made = store.set_role("b@example.org", "admin", by="cli:root", name="Bea")
    assert (made["role"], made["role_set_by"], made["name"], made["last_seen"]) == ("admin", "cli:root", "Bea", None)
    store.seen_user(EDITOR)
    changed = store.set_role(EDITOR, "editor", by="b@example.org")
    assert changed["role"] == "editor" and changed["role_set_by"] == "b@example.org" and changed["role_set_at"]
    assert store.seen_user(EDITOR)["role"] == "editor"  # a sign-in keeps the role
    assert [u["id"] for u in store.users()] == ["b@example.org", EDITOR]


@pytest.mark.parametrize("call", [
    lambda s: s.set_role(EDITOR, "superuser", by="cli:root"),
    lambda s: s.set_role(EDITOR, "Admin", by="cli:root"),
    lambda s: s.set_role(EDITOR, "editor", by=""),
    lambda s: s.set_role(EDITOR, "editor", by=None),
    lambda s: s.set_role(EDITOR, "editor", by="cli:root", name="a\x00b"),
    lambda s: s.remove_user(EDITOR, by=" "),
])
def test_bad_role_changes_are_refused(store, call):
    with pytest.raises(StoreError):
        call(store)
    assert store.users() == []


def test_remove_user(store):
    store.set_role(EDITOR, "admin", by="cli:root")
    store.remove_user(EDITOR, by="cli:root")
    assert store.user(EDITOR) is None
    with pytest.raises(StoreError, match="no user"):
        store.remove_user(EDITOR, by="cli:root")
    assert store.seen_user(EDITOR)["role"] == "viewer"  # seen again: a viewer, as anyone new


@pytest.mark.parametrize("bad", ["", "   ", "\t\n", "a" * 255, "a\x00b", "a\nb", "a\x1bb", "a\u202eb", "a\u200bb",
                                 "a\u2028b", "a\ud800b", None, 7, b"bytes"])
def test_bad_ids_are_refused(store, bad):
    for call in (store.seen_user, store.user, store.changes_by, lambda u: store.set_role(u, "viewer", by="cli:x")):
        with pytest.raises(StoreError):
            call(bad)
    assert store.users() == []


def clean(uid: str) -> bool:
    return 1 <= len(uid) <= 254 and uid == uid.strip() and not any(
        unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") for c in uid)


IDS = st.one_of(st.text(), st.text(st.characters(codec=None, exclude_categories=()), max_size=8),
                st.text(min_size=250, max_size=260), st.emails(), st.from_regex(r"\s*[a-z.]{1,20}@[a-z]{1,9}\.org\s*"))


@pytest.mark.parametrize("backend", BACKENDS)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=80)
@given(uid=IDS)
def test_any_string_is_a_clean_stored_id_or_refused(backend, tmp_path_factory, gaz, uid):
    store = Store.open(str(tmp_path_factory.mktemp("ids") / "s.sqlite"), gazetteer=gaz) if backend == "sqlite" \
        else Store.open(PG, gazetteer=gaz)
    with store:
        try:
            row = store.seen_user(uid)
        except StoreError:
            assert not (isinstance(uid, str) and clean(uid.strip()))
            return
        assert row["id"] == uid.strip() and clean(row["id"])
        assert store.user(uid) == row and row["id"] in {u["id"] for u in store.users()}
        store.remove_user(uid, by="cli:test")


def test_changes_by_lists_a_users_corrections_and_articles(store, gaz):
    long_id = "x" * 240 + "@example.org"  # an e-mail address's full length: author kept whole
    added = add(store, gaz, 0, added_by=EDITOR)
    add(store, gaz, 1, added_by="other@example.org")
    claim = store.query().query("article_id == @added.article_id").claim_id.iloc[0]
    store.correct(claim, "side", "OTHER", author=EDITOR, note="an observer's report")
    store.correct(claim, "attacker", "UA", author=long_id)
    mine = store.changes_by(EDITOR)
    assert [(c["claim_id"], c["field"], c["new_value"], c["author"]) for c in mine["corrections"]] == \
        [(claim, "side", "OTHER", EDITOR)]
    assert [set(a) for a in mine["articles"]] == [{"id", "title", "url", "published", "ingested_at"}]
    assert (mine["articles"][0]["id"], mine["articles"][0]["title"]) == (added.article_id, "Article 0")
    assert [c["field"] for c in store.changes_by(long_id)["corrections"]] == ["attacker"]
    assert store.changes_by("nobody@example.org") == {"corrections": [], "articles": []}


def test_changes_by_includes_event_merges_and_splits(store, gaz):
    for n, name in enumerate(("Kharkiv", "Odesa")):
        art = from_text(f"A strike {n}.", published=date(2025, 6, 3), title=f"Strike {n}")
        place = gaz.lookup(name)[0][0].id
        store.add(art, made(art, made_claim(gaz, "UA", [place], date(2025, 6, 3), sentence=f"A strike {n}.")))
    events = list(store.events().id)
    assert len(events) == 2
    store.merge_events(events[0], events[1], author=EDITOR)
    store.split_claim(store.query().claim_id.iloc[0], author=EDITOR)
    assert [c["field"] for c in store.changes_by(EDITOR)["corrections"]] == ["event", "event"]


# -- strike-atlas users -------------------------------------------------------------------------
def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_users_set_list_remove(capsys, tmp_path):
    db = str(tmp_path / "s.sqlite")
    code, _, err = run(capsys, "users", "list", "--db", db)
    assert code == 2 and "no store" in err
    code, _, err = run(capsys, "users", "set", f" {EDITOR} ", "editor", "--name", "Ed", "--db", db)
    assert code == 0 and f"{EDITOR} is now editor" in err
    run(capsys, "users", "set", "b@example.org", "admin", "--db", db)
    code, out, _ = run(capsys, "users", "list", "--json", "--db", db)
    listed = json.loads(out)
    assert code == 0 and [(u["id"], u["role"]) for u in listed] == [("b@example.org", "admin"), (EDITOR, "editor")]
    assert listed[1]["name"] == "Ed" and listed[1]["role_set_by"] == f"cli:{getpass.getuser()}"
    code, out, _ = run(capsys, "users", "list", "--db", db)
    assert code == 0 and EDITOR in out and "editor" in out and "Ed" in out
    code, _, err = run(capsys, "users", "remove", EDITOR, "--db", db)
    assert code == 0 and "removed" in err
    code, out, _ = run(capsys, "users", "list", "--json", "--db", db)
    assert [u["id"] for u in json.loads(out)] == ["b@example.org"]


@pytest.mark.parametrize("argv, message", [
    (["users", "set", EDITOR, "boss"], "unknown role 'boss'"),
    (["users", "set", "  ", "editor"], "user id is empty"),
    (["users", "set", "a\x07b", "editor"], "control character"),
    (["users", "set", EDITOR, "editor", "--name", "a\nb"], "control character"),
    (["users", "remove", "nobody@example.org"], "no user"),
])
def test_cli_users_bad_input_is_a_clear_error(capsys, tmp_path, argv, message):
    db = str(tmp_path / "s.sqlite")
    run(capsys, "users", "set", "b@example.org", "admin", "--db", db)
    code, out, err = run(capsys, *argv, "--db", db)
    assert code == 2 and message in err and "Traceback" not in err
    code, out, _ = run(capsys, "users", "list", "--json", "--db", db)
    assert [u["id"] for u in json.loads(out)] == ["b@example.org"]


def test_cli_users_needs_an_action(capsys):
    with pytest.raises(SystemExit) as e:
        main(["users"])
    assert e.value.code == 2
