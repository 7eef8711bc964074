"""``users list|set|remove``: who may change the map (the dashboard's roles), from the command line."""
from __future__ import annotations

import getpass
import sys

from ..store import ROLES, Store, StoreError
from .common import DB_HELP, print_json

__all__ = ["add_users_command", "cmd_users_list", "cmd_users_remove", "cmd_users_set"]


def _cli_user() -> str:
    """Who sets a role from the command line, as the users table records it: ``cli:`` and the
    operating system's user name."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name (a container without one): still a change by the CLI
        return "cli:unknown"


def _users_store(args, read_only: bool = False):
    """The store of --db for ``users``, or None after saying why not (exit 2)."""
    try:
        return Store.open(args.db, read_only=read_only)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return None


def cmd_users_list(args) -> int:
    """List the users and their roles (read-only: listing changes nothing)."""
    store = _users_store(args, read_only=True)
    if store is None:
        return 2
    with store:
        users = store.users()
    if args.json:
        print_json([{k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in u.items()} for u in users])
        return 0
    for u in users:
        seen = u["last_seen"].strftime("%Y-%m-%d %H:%M") if u["last_seen"] else "never"
        print(f"{u['id']:<40} {u['role']:<7} {u['name'] or '-':<24} last seen {seen}")
    print(f"{len(users)} users", file=sys.stderr)
    return 0


def _change_users(args, change) -> tuple[bool, object]:
    """``change(store)`` on the store of --db: (True, what it returned), or (False, None) after
    saying why it could not be done (exit 2)."""
    store = _users_store(args)
    if store is None:
        return False, None
    with store:
        try:
            return True, change(store)
        except StoreError as e:
            print(f"error: {e}", file=sys.stderr)
            return False, None


def cmd_users_set(args) -> int:
    """Give a user a role (adding them if need be)."""
    if args.role not in ROLES:
        print(f"error: unknown role {args.role!r}; known: {', '.join(ROLES)}", file=sys.stderr)
        return 2
    done, user = _change_users(args, lambda store: store.set_role(args.id, args.role, by=_cli_user(), name=args.name))
    if not done:
        return 2
    print(f"{user['id']} is now {user['role']}", file=sys.stderr)
    return 0


def cmd_users_remove(args) -> int:
    """Forget a user and their role (what they changed stays, under their id)."""
    done, _ = _change_users(args, lambda store: store.remove_user(args.id, by=_cli_user()))
    if not done:
        return 2
    print(f"removed {args.id.strip()}", file=sys.stderr)
    return 0


def add_users_command(sub) -> None:
    """``users list|set|remove``."""
    users = sub.add_parser("users", help="who may change the map: list users, set a role, remove a user")
    act = users.add_subparsers(dest="action", required=True)
    p = act.add_parser("list", help="the users and their roles")
    p.add_argument("--json", action="store_true", help="print a JSON list of users")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=cmd_users_list)
    p = act.add_parser("set", help="give a user a role (viewer, editor or admin); adds a user not seen yet")
    p.add_argument("id", help="the user's e-mail address or the sign-in proxy's user name")
    p.add_argument("role", help="viewer (reads), editor (adds articles, corrects claims) or admin (also sets roles)")
    p.add_argument("--name", help="the user's name, as pages show it")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=cmd_users_set)
    p = act.add_parser("remove", help="forget a user and their role (their changes stay)")
    p.add_argument("id", help="the user's id")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=cmd_users_remove)
