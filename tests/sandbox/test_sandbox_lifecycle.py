"""Persistence across restarts, the demo seed, and both command lines."""

from __future__ import annotations

import ast
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import requests
from sandbox_helpers import ApiCall

from monsms_sandbox.control import SandboxControl
from monsms_sandbox.server import SandboxServer

PROJECT = Path(__file__).resolve().parents[2]


def test_state_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    with SandboxServer(db) as first:
        key = first.create_account("persist-key", credit=100)
        body = {"apiKey": key, "contacts": [{"phone": "2250707000001", "firstName": "Aya"}]}
        requests.post(f"{first.base_url}/contact/create", json=body, timeout=10)
        requests.post(f"{first.base_url}/campaign/create", json={**body, "text": "Bonjour"}, timeout=10)
    with SandboxServer(db) as second:
        assert second.create_account("persist-key", credit=999) == key  # existing account kept
        contacts = requests.post(f"{second.base_url}/contact/list", json={"apiKey": key}, timeout=10).json()
        assert [c["firstName"] for c in contacts["data"]] == ["Aya"]
        credit = requests.post(f"{second.base_url}/user/credit", json={"apiKey": key}, timeout=10).json()
        assert credit["data"] == 99
        campaigns = requests.post(f"{second.base_url}/campaign/list", json={"apiKey": key}, timeout=10).json()
        assert [c["text"] for c in campaigns["data"]] == ["Bonjour"]


def test_seed_is_realistic_and_deterministic(
    api: ApiCall, sandbox: SandboxControl, seeded_api_key: str
) -> None:
    details = api("/user/details", seeded_api_key)["data"]
    assert details["fullName"] == "Boutique Awa Cosmétiques" and details["country"] == "CI"
    assert 20_000 <= details["availableCredit"] <= 30_000
    senders = api("/sender/list", seeded_api_key)["data"]
    assert sorted(s["status"] for s in senders) == ["ACCEPTED", "ACCEPTED", "PENDING"]
    # Pages hold at most 100 items (the sandbox's default cap), whatever `count` asks.
    contacts = [
        *api("/contact/list", seeded_api_key, count=1000)["data"],
        *api("/contact/list", seeded_api_key, count=1000, page=2)["data"],
    ]
    assert len(contacts) == 200 and len({c["id"] for c in contacts}) == 200
    assert all(len(c["phone"]) == 13 and c["phone"][3:5] in {"01", "05", "07"} for c in contacts)
    assert {c["sex"] for c in contacts} == {"M", "F"}
    groups = {g["name"]: g["_count"]["contacts"] for g in api("/group/list", seeded_api_key)["data"]}
    assert set(groups) == {"Clientes fidèles", "Grossistes Adjamé", "Personnel", "Prospects Yopougon"}
    campaigns = api("/campaign/list", seeded_api_key, count=100)["data"]
    assert len(campaigns) == 30
    assert {c["type"] for c in campaigns} >= {"SMS", "SCHEDULED", "RECURRING"}
    assert not any("status" in c or "name" in c for c in campaigns)  # not in the SDK's model
    sandbox.config(campaign_extras=True)
    campaigns = api("/campaign/list", seeded_api_key, count=100)["data"]
    assert sum(c["status"] == "SENT" for c in campaigns) >= 28
    assert len(api("/template/list", seeded_api_key)["data"]) == 2
    ledger = api("/transaction/list", seeded_api_key, count=100)["data"]
    charged = sum(t["credit"] for t in ledger if t["type"] == "RECHARGED" and t["status"] == "CHARGED")
    debited = sum(t["credit"] for t in ledger if t["type"] == "DEBITED")
    assert charged - debited == details["availableCredit"]
    # A second seeded account holds the same people.
    other = sandbox.create_account(seed=True)
    again = [*api("/contact/list", other, count=100)["data"]]
    again += api("/contact/list", other, count=100, page=2)["data"]
    assert sorted((c["phone"], c["name"]) for c in again) == sorted((c["phone"], c["name"]) for c in contacts)
    assert api("/user/credit", other)["data"] == details["availableCredit"]


def test_reseeding_replaces_the_data(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    api("/contact/create", api_key, contacts=[{"phone": "2250707000001"}])
    assert sandbox.seed(api_key)["contacts"] == 200
    assert sandbox.seed(api_key)["contacts"] == 200
    assert len(api("/contact/list", api_key, count=1000, page=2)["data"]) == 100
    assert api("/contact/list", api_key, count=1000, page=3)["data"] == []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(command: list[str]) -> tuple[subprocess.Popen[str], str, str]:
    """Start a sandbox command line; return it with the base URL and key it printed."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    process = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    base_url = api_key = ""
    for line in process.stdout:
        if "listening on" in line:
            base_url = line.rsplit(" ", 1)[1].strip()
        if line.startswith("API key:"):
            api_key = line.split(":", 1)[1].strip()
            break
    assert base_url and api_key, "the sandbox did not announce itself"
    return process, base_url, api_key


def test_module_command_line(tmp_path: Path) -> None:
    port = _free_port()
    db = tmp_path / "cli.db"
    command = [
        sys.executable,
        "-m",
        "monsms_sandbox",
        "--port",
        str(port),
        "--db",
        str(db),
        "--api-key",
        "demo",
    ]
    process, base_url, api_key = _start(command)
    try:
        assert base_url == f"http://127.0.0.1:{port}/v1" and api_key == "demo"
        details = requests.post(f"{base_url}/user/details", json={"apiKey": "demo"}, timeout=10).json()
        assert details["data"]["fullName"] == "Boutique Awa Cosmétiques"
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    assert db.exists()


def test_monsms_core_sandbox_subcommand(tmp_path: Path) -> None:
    # Only this subcommand is registered: the router's other modules belong to other workstreams.
    script = (
        "import argparse, sys\n"
        "from monsms_core.cli import sandbox\n"
        "parser = argparse.ArgumentParser()\n"
        "sandbox.register(parser.add_subparsers())\n"
        "args = parser.parse_args(sys.argv[1:])\n"
        "sys.exit(args.handler(args))\n"
    )
    port = _free_port()
    command = [sys.executable, "-c", script, "sandbox", "--port", str(port), "--db", str(tmp_path / "c.db")]
    process, base_url, api_key = _start(command)
    try:
        credit = requests.post(f"{base_url}/user/credit", json={"apiKey": api_key}, timeout=10).json()
        assert credit["success"] is True and credit["data"] > 0
    finally:
        process.send_signal(signal.SIGTERM)  # forwarded to the child sandbox
        assert process.wait(timeout=15) == 0


def test_monsms_core_never_imports_the_sandbox() -> None:
    for path in (PROJECT / "monsms_core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(name.split(".")[0] == "monsms_sandbox" for name in names), path
