"""The in-process sandbox the dashboard runs on without an API key: one seeded demo account whose key
is kept in the data folder, so its data survives a restart."""

from __future__ import annotations

import stat
from pathlib import Path

from monsms_core.client import MonSmsClient
from ui.runtime.sandbox import SANDBOX_KEY_FILE, SANDBOX_URL_FILE, start_sandbox


def test_demo_account_is_created_once_and_kept(tmp_path: Path) -> None:
    first = start_sandbox(tmp_path)
    try:
        key_file = tmp_path / SANDBOX_KEY_FILE
        assert key_file.read_text().strip() == first.api_key
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert first.api_key not in repr(first)
        assert (tmp_path / SANDBOX_URL_FILE).read_text().strip() == first.server.root_url
        with MonSmsClient(first.api_key, base_url=first.base_url) as client:
            credit = client.user.credit()
            contacts = sum(1 for _ in client.contacts.iterate())
        assert credit > 0 and contacts > 0
    finally:
        first.stop()

    again = start_sandbox(tmp_path)
    try:
        assert again.api_key == first.api_key and again.base_url != ""
        with MonSmsClient(again.api_key, base_url=again.base_url) as client:
            assert client.user.credit() == credit
            assert sum(1 for _ in client.contacts.iterate()) == contacts  # not seeded twice
    finally:
        again.stop()
