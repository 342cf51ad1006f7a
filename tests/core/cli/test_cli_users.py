"""`python -m monsms_core users ...`: the same account rules as the Team page, from a terminal."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monsms_core import accounts
from monsms_core.accounts import passwords
from monsms_core.cli import users as users_cli
from monsms_core.store import Store

GOOD = "Plateau-2026-ok"
PROJECT = Path(__file__).resolve().parents[3]


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(passwords, "BCRYPT_ROUNDS", 4)
    for name in ("MONSMS_API_KEY", "MONSMS_DATABASE_URL", "MONSMS_COOKIE_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MONSMS_DATA_DIR", str(tmp_path / "data"))
    return f"sqlite:///{tmp_path / 'data' / 'monsms.db'}"


def run(
    argv: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None
) -> tuple[int, str, str]:
    """Run the users subcommand in-process (only this module registered), capturing its output."""
    parser = argparse.ArgumentParser(prog="monsms_core")
    users_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = args.handler(args)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def open_store(url: str) -> Store:
    return Store.open(url)


def test_add_with_password_from_stdin_then_list(database_url: str) -> None:
    code, out, _ = run(
        ["users", "add", "Awa", "--role", "admin", "--name", "Awa Koné", "--password-stdin"], GOOD + "\n"
    )
    assert code == 0 and "« awa » créé (Administrateur)" in out
    assert GOOD not in out
    store = open_store(database_url)
    try:
        user = store.users.get("awa")
        assert user.role == "admin" and not user.must_change_password
        assert accounts.verify_password(GOOD, user.password_hash)
        assert [(e.action, e.target) for e in store.audit.list()] == [("user.created", "awa")]
        assert store.audit.list()[0].actor.startswith("cli")
    finally:
        store.dispose()
    code, out, _ = run(["users", "--lang", "en", "list"])
    assert code == 0 and "awa" in out and "Administrator" in out and "active" in out
    code, out, _ = run(["users", "list", "--json"])
    assert json.loads(out)[0]["username"] == "awa"


def test_generated_password_is_printed_once_and_must_be_changed(database_url: str) -> None:
    # stdin is not a terminal here, so no prompt: a password is generated.
    code, out, _ = run(["users", "add", "koffi", "--role", "sender", "--name", "Koffi Yao"])
    assert code == 0
    one_time = out.strip().splitlines()[-1]
    assert accounts.password_problems(one_time) == ()
    store = open_store(database_url)
    try:
        user = store.users.get("koffi")
        assert user.must_change_password and accounts.verify_password(one_time, user.password_hash)
    finally:
        store.dispose()


def test_role_reset_disable_enable_and_refusals(database_url: str) -> None:
    run(["users", "add", "awa", "--role", "admin", "--name", "Awa", "--password-stdin"], GOOD)
    run(["users", "add", "aya", "--role", "viewer", "--name", "Aya", "--password-stdin"], GOOD)
    assert run(["users", "set-role", "aya", "reviewer"])[0] == 0
    code, out, _ = run(["users", "reset-password", "aya"])
    one_time = out.strip().splitlines()[-1]
    assert code == 0 and len(one_time) >= 10
    assert run(["users", "disable", "aya"])[0] == 0
    store = open_store(database_url)
    try:
        aya = store.users.get("aya")
        assert (aya.role, aya.disabled, aya.must_change_password) == ("reviewer", True, True)
        assert accounts.verify_password(one_time, aya.password_hash)
    finally:
        store.dispose()
    assert run(["users", "enable", "aya"])[0] == 0

    code, _, err = run(["users", "disable", "awa"])
    assert code == 1 and "dernier administrateur" in err
    code, _, err = run(["users", "--lang", "en", "set-role", "ghost", "viewer"])
    assert code == 1 and "No account has the username" in err
    code, _, err = run(
        ["users", "add", "bob", "--role", "viewer", "--name", "Bob", "--password-stdin"], "court"
    )
    assert code == 1 and "au moins 10 caractères" in err


def test_the_real_command_line_creates_a_user(database_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "MONSMS_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "monsms_core",
            "users",
            "add",
            "awa",
            "--role",
            "admin",
            "--name",
            "Awa",
            "--password-stdin",
        ],
        input=GOOD + "\n",
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    store = open_store(database_url)
    try:
        assert accounts.verify_password(GOOD, store.users.get("awa").password_hash)
    finally:
        store.dispose()


def test_unlock_lifts_a_lockout_and_is_audited(database_url: str) -> None:
    run(["users", "add", "awa", "--role", "admin", "--name", "Awa", "--password-stdin"], GOOD + "\n")
    store = open_store(database_url)
    try:
        now = datetime.now(UTC)
        for attempt in range(5):  # strangers, 20 s apart (past the progressive delays)
            moment = now - timedelta(seconds=20 * (5 - attempt))
            accounts.attempt_login(
                store, "awa", "wrong-guess", client_id=f"stranger-{attempt}", clock=lambda m=moment: m
            )
        assert accounts.account_locked_until(store, "awa") is not None
        code, out, _ = run(["users", "unlock", "AWA"])
        assert code == 0 and "« awa » déverrouillé" in out
        assert accounts.account_locked_until(store, "awa") is None
        [entry] = store.audit.list(action="user.unlocked")
        assert entry.actor.startswith("cli") and entry.target == "awa"
        assert store.audit.list(action="login.locked")  # the lockout itself was audited too
        code, _, err = run(["users", "unlock", "ghost"])
        assert code == 1 and "ghost" in err
    finally:
        store.dispose()
