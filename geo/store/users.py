"""Who may change the map: the users who signed in, and their roles.

A user is known by an id: the e-mail address or user name a sign-in proxy passes on. The first
time one is seen (``seen_user``) they are a ``viewer``; an admin (or ``strike-atlas users set``)
makes them an ``editor`` (may add articles and correct claims) or an ``admin`` (may also set
roles). The store keeps the roles; deciding what a role may do is the dashboard's.

What a user changed is already kept: corrections name their author, articles who added them
(``added_by``); ``changes_by`` reads both for an admin page.
"""
from __future__ import annotations

import logging
import unicodedata
from datetime import datetime, timezone

from sqlalchemy import delete, select

from .guard import writing
from .parts import Part
from .schema import MAX_ID, StoreError, articles_t, corrections_t, users_t

__all__ = ["ROLES", "Users", "clean_id"]

ROLES = ("viewer", "editor", "admin")  # each may do what the one before it may
_FORBIDDEN = {"Cc", "Cf", "Cs", "Zl", "Zp"}  # controls, invisible formatting, lone surrogates, line breaks

log = logging.getLogger(__name__)


def clean_id(value, what: str = "a user id") -> str:
    """A user id as stored: stripped, 1 to MAX_ID characters, no control or invisible
    formatting characters (an id is shown on an admin page and compared as it is: a hidden
    character would make a second user who looks like the first). StoreError otherwise."""
    if not isinstance(value, str):
        raise StoreError(f"{what} must be text, not {type(value).__name__}")
    text = value.strip()
    if not text:
        raise StoreError(f"{what} is empty")
    if len(text) > MAX_ID:
        raise StoreError(f"{what} is {len(text)} characters long; at most {MAX_ID}")
    bad = next((c for c in text if unicodedata.category(c) in _FORBIDDEN), None)
    if bad is not None:
        raise StoreError(f"{what} holds a control character (U+{ord(bad):04X})")
    return text


def _clean_name(name) -> str | None:
    """A display name: as an id, but may be absent (None or blank: none given)."""
    if name is None or (isinstance(name, str) and not name.strip()):
        return None
    return clean_id(name, "a user's name")


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Users(Part):
    """The users table: who signed in, and their roles."""

    def users(self) -> list[dict]:
        """Every known user, by id."""
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(users_t).order_by(users_t.c.id)).mappings()]

    def user(self, user_id: str) -> dict | None:
        """One user's row, or None for a user never seen nor given a role."""
        uid = clean_id(user_id)
        with self.engine.connect() as conn:
            row = conn.execute(select(users_t).where(users_t.c.id == uid)).mappings().first()
        return dict(row) if row else None

    @writing
    def seen_user(self, user_id: str, name: str | None = None) -> dict:
        """A user has signed in: recorded on first sight as a viewer, else their last sight
        (and their name, when one is given) updated. Returns their row."""
        uid, shown, now = clean_id(user_id), _clean_name(name), _now()
        changes = {"last_seen": now, **({"name": shown} if shown else {})}
        self._put_user(uid, {"name": shown, "role": ROLES[0], "added_at": now, "last_seen": now}, changes)
        return self.user(uid)

    @writing
    def set_role(self, user_id: str, role: str, by: str, name: str | None = None) -> dict:
        """Give a user a role (a user not seen yet is added with it); ``by``: who did. Returns
        their row."""
        if role not in ROLES:
            raise StoreError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
        uid, who, shown, now = clean_id(user_id), clean_id(by, "who sets the role"), _clean_name(name), _now()
        changes = {"role": role, "role_set_by": who, "role_set_at": now, **({"name": shown} if shown else {})}
        self._put_user(uid, {"name": shown, "added_at": now, **changes}, changes)
        log.info("%s made %s %s", who, uid, role)
        return self.user(uid)

    @writing
    def remove_user(self, user_id: str, by: str) -> None:
        """Forget a user (and their role: seen again, they are a viewer). What they changed
        stays, under their id. ``by``: who removed them, logged (the row is gone)."""
        uid, who = clean_id(user_id), clean_id(by, "who removes the user")
        with self.db.transaction() as conn:
            if conn.execute(delete(users_t).where(users_t.c.id == uid)).rowcount == 0:
                raise StoreError(f"no user {uid!r}")
        log.info("%s removed user %s", who, uid)

    def changes_by(self, user_id: str) -> dict:
        """What a user changed: their entries in the corrections log (claims corrected, events
        merged or split) and the articles they added, oldest first."""
        uid, a = clean_id(user_id), articles_t.c
        with self.engine.connect() as conn:
            fixes = conn.execute(select(corrections_t).where(corrections_t.c.author == uid)
                                 .order_by(corrections_t.c.id)).mappings().all()
            added = conn.execute(select(a.id, a.title, a.url, a.published, a.ingested_at).where(a.added_by == uid)
                                 .order_by(a.ingested_at, a.id)).mappings().all()
        return {"corrections": [dict(r) for r in fixes], "articles": [dict(r) for r in added]}

    def _put_user(self, uid: str, new: dict, changes: dict) -> None:
        """Insert a user's row, or change these columns of the stored one. One statement, so
        that two first sign-ins at once (two browser tabs) cannot collide."""
        if self.postgis:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        stmt = dialect_insert(users_t).values(id=uid, **new).on_conflict_do_update(index_elements=["id"], set_=changes)
        with self.db.transaction() as conn:
            conn.execute(stmt)
