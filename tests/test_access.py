"""Who may change the map: the safe default address, the public (read-only) mode, team editors
recognised by sign-in or a proxy's header, roles, and limits on what one person makes the
server do. Pages run under AppTest; the store is a real SQLite file."""
import http.server
import os
import subprocess
import sys
import threading
import time
import tomllib
import urllib.request

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from geo.app import access
from geo.app.limits import Limits, RateLimiter
from geo.store import Store, StoreError
from test_dashboard import APP, PAGES, run

from streamlit.testing.v1 import AppTest

EDITOR, VIEWER = "ed@example.org", "vi@example.org"
AUTH = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                 "client_id": "strike-atlas", "client_secret": "s",
                 "server_metadata_url": "https://id.example.org/.well-known/openid-configuration"}}


@pytest.fixture
def store_file(db):
    """A store with the sample articles, made by a writable open (a public map reads one)."""
    from geo.app import samples

    with Store.open(str(db)) as store:
        samples.ensure_samples(store)
        store.set_role(EDITOR, "editor", by="test")
        store.set_role(VIEWER, "viewer", by="test")
    return db


def page(script, user=None, secrets=None, **query) -> AppTest:
    at = AppTest.from_file(str(script), default_timeout=120)
    if user is not None:
        at.user = user
    if secrets:
        at.secrets = secrets
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def texts(at) -> str:
    return " ".join(str(e.value) for kind in ("error", "info", "caption", "markdown", "warning", "success")
                    for e in getattr(at, kind))


# -- the safe default ---------------------------------------------------------------------------------
def test_the_bundled_config_listens_on_this_computer_only():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["address"] == "localhost"


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as /proc/net/tcp{,6} write them) listening on ``port``."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in open(table).read().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            if state == "0A" and int(local.split(":")[1], 16) == port:
                found.append(local.split(":")[0])
    return found


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="needs Linux's /proc/net")
def test_streamlit_run_app_py_listens_on_loopback_only(tmp_path):
    """`streamlit run app.py` as the README says, no address given: the config's localhost."""
    from test_browser import free_port, stop

    port = free_port()
    env = dict(os.environ, STRIKE_ATLAS_DB=str(tmp_path / "s.sqlite"), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while not _listening(port) and time.time() < deadline:
            time.sleep(0.2)
        addresses = _listening(port)
    finally:
        stop(proc)
    loopback = {"0100007F", "00000000000000000000000001000000"}  # 127.0.0.1, ::1
    assert addresses and set(addresses) <= loopback, addresses


# -- public: nothing can change the store -------------------------------------------------------------
def test_public_mode_shows_the_map_and_reaches_no_write(store_file, monkeypatch):
    from geo.app import ui
    from geo.store import default_url

    monkeypatch.setenv("STRIKE_ATLAS_MODE", "public")
    before = store_file.read_bytes()
    opened, open_store = [], Store.open
    monkeypatch.setattr(Store, "open", lambda url=None, gazetteer=None, read_only=False:
                        opened.append(read_only) or open_store(url, gazetteer=gazetteer, read_only=read_only))
    at = run(APP)
    assert at.get("deck_gl_json_chart") and "read-only" in texts(at)
    events = run(APP, mode="events")
    assert not [s for s in events.selectbox if s.key in ("merge_with", "split_claim")]
    claims = page(PAGES / "claims.py")
    assert not [s for s in claims.selectbox if s.key == "claim"] and "read-only" in texts(claims)
    add = page(PAGES / "add_articles.py")
    assert "read-only" in add.error[0].value and not add.text_input and not add.button
    admin = page(PAGES / "admin.py")
    assert admin.error and not admin.dataframe
    page(PAGES / "gazetteer.py", ).text_input(key="query").input("Sumy").run()
    assert opened and all(opened)  # every page had the store read-only, and only so
    store = ui._store(default_url(), True)  # the very store the pages were given (cached)
    assert store.read_only and len(opened) == 1
    with pytest.raises(StoreError, match="read-only"):
        store.correct(store.query().claim_id.iloc[0], "side", "OTHER", author="anyone")
    assert store_file.read_bytes() == before


def test_a_public_map_without_a_store_says_so(tmp_path, monkeypatch, db):
    monkeypatch.setenv("STRIKE_ATLAS_MODE", "public")
    at = page(APP)
    assert at.error and "no store" in at.error[0].value and not db.exists()  # nothing made


# -- team: editing needs a signed-in editor ----------------------------------------------------------
def test_a_team_server_without_sign_in_configured_refuses_editing_and_says_why(store_file, monkeypatch):
    monkeypatch.setenv("STRIKE_ATLAS_MODE", "team")
    claims = page(PAGES / "claims.py")
    assert not [s for s in claims.selectbox if s.key == "claim"]
    assert "no sign-in configured" in texts(claims)
    assert "no sign-in configured" in page(PAGES / "add_articles.py").error[0].value


def test_a_team_member_not_signed_in_sees_no_editing_controls(store_file, monkeypatch):
    monkeypatch.setenv("STRIKE_ATLAS_MODE", "team")
    claims = page(PAGES / "claims.py", user={"is_logged_in": False}, secrets=AUTH)
    assert not [s for s in claims.selectbox if s.key == "claim"] and "Sign in" in texts(claims)
    at = page(APP, user={"is_logged_in": False}, secrets=AUTH, mode="events")
    assert [b for b in at.button if b.key == "sign_in"]
    assert not [s for s in at.selectbox if s.key == "merge_with"]


def test_a_signed_in_editor_corrects_under_their_own_identity(store_file, monkeypatch):
    monkeypatch.setenv("STRIKE_ATLAS_MODE", "team")
    editor = {"is_logged_in": True, "email": EDITOR, "name": "Ed Itor"}
    at = page(PAGES / "claims.py", user=editor, secrets=AUTH)
    claim_id = at.selectbox(key="claim").value
    assert not [t for t in at.text_input if t.key == "author"]  # no name to type
    at.selectbox(key="field").set_value("side")
    at.text_input(key="value").input("OTHER")
    at.button[0].click().run()
    assert "Corrected side" in at.success[0].value
    with Store.open(str(store_file)) as store:
        assert store.corrections(claim_id)[-1]["author"] == EDITOR


def test_a_viewer_cannot_correct_and_a_newcomer_is_a_viewer(store_file, monkeypatch):
    monkeypatch.setenv("STRIKE_ATLAS_MODE", "team")
    viewer = page(PAGES / "claims.py", user={"is_logged_in": True, "email": VIEWER}, secrets=AUTH)
    assert not [s for s in viewer.selectbox if s.key == "claim"] and "a viewer" in texts(viewer)
    page(PAGES / "claims.py", user={"is_logged_in": True, "email": "new@example.org", "name": "New"}, secrets=AUTH)
    with Store.open(str(store_file)) as store:
        assert store.user("new@example.org")["role"] == "viewer"


def test_a_proxys_header_names_the_editor(store_file, monkeypatch):
    from geo.app import ui

    monkeypatch.setenv("STRIKE_ATLAS_MODE", "team")
    monkeypatch.setenv("STRIKE_ATLAS_TRUSTED_HEADER", "X-Forwarded-Email")
    monkeypatch.setattr(ui, "request_headers", lambda: {"x-forwarded-email": f"  {EDITOR} "})
    at = page(APP, mode="events")
    event = at.selectbox(key="event_pick").value
    assert [s for s in at.selectbox if s.key == "merge_with"]  # an editor may merge and split
    claims = page(PAGES / "claims.py")
    claim_id = claims.selectbox(key="claim").value
    claims.selectbox(key="field").set_value("attacker")
    claims.text_input(key="value").input("UA")
    claims.button[0].click().run()
    with Store.open(str(store_file)) as store:
        assert store.corrections(claim_id)[-1]["author"] == EDITOR
    assert event


def test_the_admin_page_gives_roles_and_lists_a_persons_changes(store_file, monkeypatch):
    monkeypatch.setenv("STRIKE_ATLAS_MODE", "team")
    admin = {"is_logged_in": True, "email": "boss@example.org"}
    with Store.open(str(store_file)) as store:
        store.set_role("boss@example.org", "admin", by="test")
        store.correct(store.query().claim_id.iloc[0], "side", "OTHER", author=EDITOR)
    at = page(PAGES / "admin.py", user=admin, secrets=AUTH)
    at.selectbox(key="role_user").set_value(VIEWER)
    at.selectbox(key="role_value").set_value("editor")
    at.button[0].click().run()
    assert not at.exception and "is now an editor" in at.success[0].value
    at.selectbox(key="changes_of").set_value(EDITOR).run()
    assert "1 correction" in texts(at)
    with Store.open(str(store_file)) as store:
        assert store.user(VIEWER)["role"] == "editor" and store.user(VIEWER)["role_set_by"] == "boss@example.org"
    refused = page(PAGES / "admin.py", user={"is_logged_in": True, "email": EDITOR}, secrets=AUTH)
    assert refused.error and not refused.dataframe


# -- limits -----------------------------------------------------------------------------------------
class _Article(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = (b"<html><head><title>Drone strike</title></head><body><p>Russian drones struck Konotop on "
                b"4 May 2025, the Sumy regional military administration said.</p></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_rate_limited_fetch_says_so_and_fetches_nothing(store_file, monkeypatch):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Article)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    host = f"127.0.0.1:{httpd.server_address[1]}"
    monkeypatch.setenv("STRIKE_ATLAS_FETCH_PRIVATE", host)
    monkeypatch.setenv("STRIKE_ATLAS_FETCHES_PER_MINUTE", "1")
    try:
        at = page(PAGES / "add_articles.py")
        at.radio(key="source").set_value("Fetch a URL").run()
        at.text_input(key="url").input(f"http://{host}/story")
        at.button(key="fetch").click().run()
        assert not at.error and any("Drone strike" in s.value for s in at.subheader)
        at.text_input(key="url").input(f"http://{host}/other")
        at.button(key="fetch").click().run()
        assert "Too many URL fetches" in at.error[0].value and "nothing was fetched" in at.error[0].value
    finally:
        httpd.shutdown()


def test_upload_limits_are_all_or_nothing():
    now = [0.0]
    limiter = RateLimiter(Limits(uploads_per_minute=3, upload_mb=1), clock=lambda: now[0])
    assert "Over 1 MB: big.txt" in limiter.upload_problem("a", {"small.txt": 10, "big.txt": 2 * 1024 * 1024})
    assert limiter.upload_problem("a", {"1.txt": 1, "2.txt": 1}) is None
    refused = limiter.upload_problem("a", {"3.txt": 1, "4.txt": 1})  # 4 > 3: none of them is counted
    assert "Too many uploaded files" in refused and "2 more asked" in refused
    assert limiter.upload_problem("b", {"x.txt": 1}) is None  # per person
    assert limiter.upload_problem("a", {"3.txt": 1}) is None
    now[0] = 61.0
    assert limiter.upload_problem("a", {f"{i}.txt": 1 for i in range(3)}) is None  # a new minute


def test_limits_come_from_the_environment_and_bad_values_are_named():
    assert Limits.from_env({"STRIKE_ATLAS_FETCHES_PER_MINUTE": "2", "STRIKE_ATLAS_UPLOAD_MB": "0.5"}) == \
        Limits(fetches_per_minute=2, upload_mb=0.5)
    with pytest.raises(ValueError, match="STRIKE_ATLAS_UPLOAD_MB"):
        Limits.from_env({"STRIKE_ATLAS_UPLOAD_MB": "lots"})
    with pytest.raises(ValueError, match="negative"):
        Limits.from_env({"STRIKE_ATLAS_FETCHES_PER_MINUTE": "-1"})


# -- the rules themselves ------------------------------------------------------------------------------
@pytest.mark.parametrize("env, argv, mode", [
    ({}, [], "local"), ({"STRIKE_ATLAS_MODE": "Team"}, [], "team"), ({}, ["--public"], "public"),
    ({"STRIKE_ATLAS_MODE": "public"}, ["--local"], "public"),  # the stricter of the two wins
    ({"STRIKE_ATLAS_MODE": "local"}, ["--mode", "team"], "team")])
def test_the_mode_comes_from_the_command_line_or_the_environment(env, argv, mode):
    assert access.mode_from(env, argv) == mode


@pytest.mark.parametrize("env, argv", [({"STRIKE_ATLAS_MODE": "open"}, []), ({}, ["--mode"]), ({}, ["--mode", "x"])])
def test_an_unknown_mode_is_an_error_not_a_guess(env, argv):
    with pytest.raises(access.AccessError):
        access.mode_from(env, argv)


def test_identities_from_sign_in_and_from_a_header():
    assert access.oidc_identity({"is_logged_in": True, "email": "a@b.org", "name": "A"}) == ("a@b.org", "A")
    assert access.oidc_identity({"is_logged_in": True, "sub": "1234"}) == ("1234", "1234")
    assert access.oidc_identity({"is_logged_in": False, "email": "a@b.org"}) is None
    assert access.header_identity({"X-Forwarded-User": "ana"}, "x-forwarded-user") == ("ana", "ana")
    assert access.header_identity({"X-Forwarded-User": "ana"}, None) is None  # no header trusted
    assert access.header_identity({"X-Forwarded-User": "ana\r\nX-Evil: 1"}, "X-Forwarded-User") is None


@given(st.text(max_size=300))
def test_a_user_id_is_clean_or_refused(value):
    uid = access.clean_id(value)
    assert uid is None or (uid == value.strip() and 0 < len(uid) <= access.MAX_ID
                           and not any(ord(c) < 32 or ord(c) == 127 for c in uid))


def test_why_editing_is_off():
    editor = access.User("e@x", "E", "editor", "sign-in")
    viewer = access.User("v@x", "V", "viewer", "sign-in")
    assert access.editing_off("team", editor, sign_in=True, header=None) is None
    assert access.editing_off("local", access.local_user(), sign_in=False, header=None) is None
    assert "read-only" in access.editing_off("public", editor, sign_in=True, header=None)
    assert "no sign-in configured" in access.editing_off("team", None, sign_in=False, header=None)
    assert "Sign in" in access.editing_off("team", None, sign_in=True, header=None)
    assert "a viewer" in access.editing_off("team", viewer, sign_in=True, header=None)
