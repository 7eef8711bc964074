"""Who may change the map: the app's mode, the person using it and what their role allows.

Three modes (README, "Who may change the map"):

- ``local`` (the default): one person on their own machine. The dashboard listens on localhost
  only (``.streamlit/config.toml``); the person at the keyboard edits, and their changes are
  recorded under their account on the machine (``local:<name>``), never a typed name.
- ``team``: a shared server. Anyone who reaches it reads; editing needs a signed-in person whose
  role in the store is editor or admin. Identities come from Streamlit's OIDC sign-in (an
  ``[auth]`` section in ``.streamlit/secrets.toml``) or, behind a reverse proxy that signs people
  in, from the request header it sets (``STRIKE_ATLAS_TRUSTED_HEADER``). With neither
  configured, nobody edits, and the app says why.
- ``public``: a published map. No page or control that writes, no URL fetching, and the store
  is opened read-only, so that even a bug in a page cannot change it.

These functions decide; ``geo.app.ui`` asks Streamlit for the facts (``st.user``, the request's
headers, ``st.secrets``) and the pages lay out what is allowed.
"""
from __future__ import annotations

import getpass
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..store import StoreError, users
from ..store.users import MAX_ID

MODES = ("local", "team", "public")
EDITING_ROLES = ("editor", "admin")
MODE_ENV = "STRIKE_ATLAS_MODE"
HEADER_ENV = "STRIKE_ATLAS_TRUSTED_HEADER"

__all__ = ["MODES", "AccessError", "User", "mode_from", "local_user", "clean_id", "oidc_identity",
           "header_identity", "editing_off"]


class AccessError(ValueError):
    """A mode or setting that cannot be used (named in the message)."""


@dataclass(frozen=True)
class User:
    """A person using the app: ``id`` as changes record it (an e-mail address, a proxy's user
    name, ``local:<account>``), the name shown, the role the store gives them and how they
    were recognised."""
    id: str
    name: str
    role: str
    via: str

    @property
    def can_edit(self) -> bool:
        return self.role in EDITING_ROLES

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def mode_from(env: Mapping[str, str], argv: Sequence[str] = ()) -> str:
    """The app's mode: ``--public``, ``--team``, ``--local`` or ``--mode X`` among the script's
    arguments (``streamlit run app.py -- --public``), else ``STRIKE_ATLAS_MODE``, else local.
    When the two disagree, the stricter wins: a server started public stays public whatever its
    environment says, and the reverse."""
    wanted = [m for m in (_mode_arg(argv), env.get(MODE_ENV, "").strip().lower() or None) if m is not None]
    for m in wanted:
        if m not in MODES:
            raise AccessError(f"unknown mode {m[:40]!r}: use one of {', '.join(MODES)}")
    return max(wanted, key=MODES.index, default="local")


def _mode_arg(argv: Sequence[str]) -> str | None:
    args = list(argv)
    for flag in ("--public", "--team", "--local"):
        if flag in args:
            return flag[2:]
    if "--mode" in args:
        i = args.index("--mode")
        return args[i + 1].strip().lower() if i + 1 < len(args) else ""
    return None


def local_user() -> User:
    """The person at the keyboard of a local dashboard, by their account on the machine."""
    try:
        account = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        account = "unknown"
    return User(id=f"local:{clean_id(account) or 'unknown'}", name=account, role="admin", via="this computer's account")


def clean_id(value) -> str | None:
    """A user id as a header or a sign-in gives it, cleaned by the store's own rule (trimmed,
    no control or format characters, at most ``MAX_ID`` characters); None when nothing usable
    is left: an absent, empty, over-long or control-laden value is not an identity."""
    try:
        return users.clean_id(value)
    except StoreError:
        return None


def oidc_identity(user_info: Mapping) -> tuple[str, str] | None:
    """(id, name) of a person signed in through Streamlit's OIDC login (``st.user``): their
    e-mail, else the provider's subject; None when nobody is signed in."""
    if not user_info.get("is_logged_in"):
        return None
    uid = clean_id(user_info.get("email")) or clean_id(user_info.get("sub"))
    if uid is None:
        return None
    return uid, clean_id(user_info.get("name")) or uid


def header_identity(headers: Mapping[str, str], header: str | None) -> tuple[str, str] | None:
    """(id, name) from the header an authenticating reverse proxy sets (``header``, e.g.
    ``X-Forwarded-Email``); None when none is configured or the request lacks it. Only safe
    behind a proxy that strips the header from what clients send: the README says so."""
    if not header:
        return None
    wanted = header.strip().lower()
    value = next((v for k, v in headers.items() if k.lower() == wanted), None)
    uid = clean_id(value)
    return (uid, uid) if uid else None


def trusted_header(env: Mapping[str, str] = os.environ) -> str | None:
    return (env.get(HEADER_ENV) or "").strip() or None


def editing_off(mode: str, user: User | None, sign_in: bool, header: str | None) -> str | None:
    """Why this person cannot change the map, in words for the page; None when they can."""
    if mode == "public":
        return "This is a published map: it is read-only."
    if user is not None and user.can_edit:
        return None
    if mode == "team" and not (sign_in or header):
        return ("Editing is off: this team server has no sign-in configured. An admin adds an [auth] section to "
                ".streamlit/secrets.toml (OpenID Connect) or runs it behind a proxy that signs people in and sets "
                f"{HEADER_ENV} (README, 'Who may change the map').")
    if user is None:
        return "Sign in to add articles, correct claims or change events."
    return (f"You are signed in as {user.id}, a {user.role}: an admin can make you an editor "
            "(Admin page, or `strike-atlas users set`).")
