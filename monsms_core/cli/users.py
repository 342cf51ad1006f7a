"""`python -m monsms_core users ...`: team accounts from the command line (same rules and audit log as
the Team accounts page), on the database the settings point to.

    users add USERNAME --role sender --name "Awa Koné" [--email ...] [--password-stdin | --generate-password]
    users list | set-role USERNAME ROLE | reset-password USERNAME | disable USERNAME | enable USERNAME
    users unlock USERNAME   (lift a lockout caused by failed sign-ins; audited)
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from typing import Any

from monsms_core import accounts
from monsms_core.config import ConfigurationError, ensure_data_dir, load_settings
from monsms_core.i18n import LANGUAGES, translate
from monsms_core.i18n.formatting import format_datetime
from monsms_core.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `users` subcommand (and its own subcommands) to the router."""
    parser = subparsers.add_parser(
        "users",
        help="manage team accounts (add, list, set-role, reset-password, disable, enable, unlock)",
        description="Manage the dashboard's team accounts. Every change is written to the audit log.",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the messages (default: fr)"
    )
    actions = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="create an account")
    add.add_argument("username")
    add.add_argument("--role", choices=accounts.ROLES, required=True)
    add.add_argument("--name", required=True, help="the person's full name")
    add.add_argument("--email")
    add.add_argument("--language", choices=LANGUAGES, default="fr", help="interface language (default: fr)")
    source = add.add_mutually_exclusive_group()
    source.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    source.add_argument(
        "--generate-password",
        action="store_true",
        help="generate a one-time password, printed once (the default when no terminal can prompt)",
    )
    add.add_argument(
        "--must-change-password",
        action="store_true",
        help="make the user choose a new password at first login (always so for a generated one)",
    )
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="list the accounts")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=_list)

    set_role = actions.add_parser("set-role", help="change an account's role")
    set_role.add_argument("username")
    set_role.add_argument("role", choices=accounts.ROLES)
    set_role.set_defaults(handler=_set_role)

    reset = actions.add_parser("reset-password", help="give an account a one-time password, printed once")
    reset.add_argument("username")
    reset.set_defaults(handler=_reset_password)

    unlock = actions.add_parser("unlock", help="lift the lockout of an account after failed sign-ins")
    unlock.add_argument("username")
    unlock.set_defaults(handler=_unlock)

    for name, disabled in (("disable", True), ("enable", False)):
        toggle = actions.add_parser(name, help=f"{name} an account")
        toggle.add_argument("username")
        toggle.set_defaults(handler=_toggle(disabled))


def _actor() -> str:
    # The audit log names who acted: here the operating-system account running the command.
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in the environment (some containers)
        return "cli"


def _with_store(args: argparse.Namespace, action: Callable[[Store], int]) -> int:
    """Open the configured store, run `action`, report refusals as sentences with exit code 1."""
    try:
        settings = load_settings()
        if settings.database_url.startswith("sqlite"):
            ensure_data_dir(settings)
        store = Store.open(settings.database_url)
    except ConfigurationError as exc:
        print(exc.user_message(args.lang), file=sys.stderr)
        return 2
    try:
        return action(store)
    except accounts.AccountError as exc:
        print(exc.user_message(args.lang), file=sys.stderr)
        return 1
    finally:
        store.dispose()


def _read_password(args: argparse.Namespace) -> str | None:
    """The password chosen on the command line, or None to generate one."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if args.generate_password or not sys.stdin.isatty():
        return None
    first = getpass.getpass(translate("cli.users.prompt_password", args.lang))
    second = getpass.getpass(translate("cli.users.prompt_confirm", args.lang))
    if first != second:
        raise accounts.AccountError("passwords_differ")
    return first


def _print_one_time(lang: str, username: str, password: str) -> None:
    print(translate("cli.users.one_time_password", lang, username=username))
    print(password)


def _add(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        password = _read_password(args)
        user, generated = accounts.create_user(
            store,
            actor=_actor(),
            username=args.username,
            display_name=args.name,
            role=args.role,
            password=password,
            email=args.email,
            language=args.language,
            must_change_password=True if args.must_change_password or password is None else None,
        )
        print(
            translate(
                "cli.users.created",
                args.lang,
                username=user.username,
                role=translate(f"accounts.role.{user.role}", args.lang),
            )
        )
        if generated:
            _print_one_time(args.lang, user.username, generated)
        return 0

    return _with_store(args, action)


def _status(user: Any, lang: str) -> str:
    if user.disabled:
        return translate("cli.users.status_disabled", lang)
    if user.must_change_password:
        return translate("cli.users.status_must_change", lang)
    return translate("cli.users.status_active", lang)


def _list(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        users = store.users.list()
        if args.json:
            rows = [
                {
                    "username": u.username,
                    "display_name": u.display_name,
                    "role": u.role,
                    "disabled": bool(u.disabled),
                    "must_change_password": bool(u.must_change_password),
                    "language": u.language,
                }
                for u in users
            ]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        if not users:
            print(translate("cli.users.none", args.lang))
            return 0
        table = [
            (
                u.username,
                u.display_name,
                translate(f"accounts.role.{u.role}", args.lang),
                _status(u, args.lang),
                format_datetime(u.created_at, args.lang, with_time=False),
            )
            for u in users
        ]
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        for row in table:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        return 0

    return _with_store(args, action)


def _set_role(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        user = accounts.set_role(store, actor=_actor(), username=args.username, role=args.role)
        print(
            translate(
                "cli.users.role_set",
                args.lang,
                username=user.username,
                role=translate(f"accounts.role.{user.role}", args.lang),
            )
        )
        return 0

    return _with_store(args, action)


def _reset_password(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        password = accounts.reset_password(store, actor=_actor(), username=args.username)
        _print_one_time(args.lang, accounts.normalize_username(args.username), password)
        return 0

    return _with_store(args, action)


def _unlock(args: argparse.Namespace) -> int:
    def action(store: Store) -> int:
        until = accounts.unlock_account(store, actor=_actor(), username=args.username)
        key = "cli.users.unlocked" if until is not None else "cli.users.was_not_locked"
        print(translate(key, args.lang, username=accounts.normalize_username(args.username)))
        return 0

    return _with_store(args, action)


def _toggle(disabled: bool) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        def action(store: Store) -> int:
            user = accounts.set_disabled(store, actor=_actor(), username=args.username, disabled=disabled)
            key = "cli.users.disabled" if disabled else "cli.users.enabled"
            print(translate(key, args.lang, username=user.username))
            return 0

        return _with_store(args, action)

    return handler
