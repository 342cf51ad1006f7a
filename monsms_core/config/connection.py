"""Which Mon SMS PRO account the dashboard talks to, and in which mode.

Order of precedence: a key from the environment / Streamlit secrets (live), else a key an administrator
saved on the Settings page (live), else the built-in sandbox (demo account, nothing real is sent).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

# The app_settings key under which the Settings page keeps the API key an administrator entered.
API_KEY_SETTING = "api_key"


def key_fingerprint(api_key: str) -> str:
    """A short, one-way name for a key: safe as a cache key or in logs, useless to call the API with."""
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()[:16]


def key_hint(api_key: str | None) -> str:
    """The only part of a key ever shown back: its last 4 characters, e.g. "••••7f3a"."""
    if not api_key:
        return ""
    return "••••" + api_key[-4:] if len(api_key) > 8 else "••••"


@dataclass(frozen=True)
class Connection:
    """Where API calls go. The key never appears in `repr` (and so in logs or tracebacks)."""

    mode: Literal["live", "sandbox"]
    base_url: str
    api_key: str = field(repr=False)
    source: Literal["environment", "settings_page", "sandbox"] = "sandbox"

    @property
    def fingerprint(self) -> str:
        """`key_fingerprint` of this connection's key (with the URL: the same key on two servers differs)."""
        return key_fingerprint(f"{self.base_url}\n{self.api_key}")

    @property
    def account_id(self) -> str:
        """What the dashboard's store files this account's own data under (contacts' custom fields): a
        one-way name like `fingerprint`, but stable across restarts — the demo sandbox listens on a new
        port at each start, so in sandbox mode its URL is left out."""
        if self.mode == "sandbox":
            return key_fingerprint(f"sandbox\n{self.api_key}")
        return self.fingerprint

    @property
    def hint(self) -> str:
        """The last 4 characters of the key, masked."""
        return key_hint(self.api_key)


def resolve_connection(settings: Any, store: Any, sandbox: Callable[[], tuple[str, str]]) -> Connection:
    """The connection to use now. `sandbox` is called only when no key is configured; it returns the
    in-process sandbox's (base_url, demo api_key), starting it if needed."""
    if settings.api_key:
        return Connection("live", settings.base_url, settings.api_key, "environment")
    saved = store.app_settings.get(API_KEY_SETTING)
    if isinstance(saved, str) and saved.strip():
        return Connection("live", settings.base_url, saved.strip(), "settings_page")
    base_url, api_key = sandbox()
    return Connection("sandbox", base_url, api_key, "sandbox")
