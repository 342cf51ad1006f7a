"""Process-wide duties that no single page owns: keeping API keys out of every log line, and finishing
sends that a closed tab or a restarted server left unfinished.

Both are started once per server process (st.cache_resource) from app.py, after the login gate.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import streamlit as st

from monsms_core.client import MonSmsClient
from monsms_core.client.logs import RedactionInstallation, install_redaction
from monsms_core.config import Connection, resolve_connection
from monsms_core.sending import resume_pending
from monsms_core.store import Store
from ui.runtime import resources

logger = logging.getLogger("monsms_core.background.job")
RESUME_EVERY_SECONDS = 30.0


class KnownKeys:
    """The API keys this process has used, for the log redaction filter (thread-safe, grows only)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: tuple[str, ...] = ()

    def add(self, key: str | None) -> None:
        """Remember `key` so every later log record is scrubbed of it."""
        if not key:
            return
        with self._lock:
            if key not in self._keys:
                self._keys = (*self._keys, key)

    def __call__(self) -> tuple[str, ...]:
        return self._keys


@st.cache_resource(show_spinner=False)
def _redaction() -> tuple[KnownKeys, RedactionInstallation]:
    keys = KnownKeys()
    return keys, install_redaction(keys)


def protect_key(key: str | None) -> None:
    """Install the process' redaction filter (once) and make sure it knows `key`."""
    keys, _installation = _redaction()
    keys.add(key)


class SendResumer:
    """A daemon thread that calls `resume_pending` every `interval` seconds, so a send interrupted by a
    closed tab, a crash or a restart goes on without anybody watching (the outbox's compare-and-set
    keeps it from racing a page's own worker). The connection is resolved afresh each round, so a key
    changed on the Settings page is used from the next round on."""

    def __init__(
        self, store: Store, connect: Callable[[], Connection], interval: float, **resume_options: Any
    ) -> None:
        self._store, self._connect, self._interval = store, connect, interval
        self._options = resume_options  # passed to resume_pending (tests shorten its grace periods)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="send-resumer", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.run_once()
            except Exception:  # a failed round must never end the loop; the next one retries
                logger.exception("Resuming unfinished sends failed; retrying in %.0f s", self._interval)

    def run_once(self) -> None:
        """One round: finish what is left pending, unknown or abandoned in the outbox."""
        connection = self._connect()
        protect_key(connection.api_key)
        with MonSmsClient(connection.api_key, base_url=connection.base_url) as client:
            resume_pending(self._store, lambda _entry: client, **self._options)

    def stop(self) -> None:
        """End the loop (on cache release)."""
        self._stop.set()


def start_send_resumer() -> None:
    """Start, once per process and store, the loop that finishes interrupted sends."""
    _resumer(resources.settings().database_url)


@st.cache_resource(show_spinner=False, on_release=lambda resumer: resumer.stop())
def _resumer(database_url: str) -> SendResumer:
    settings = resources.settings()  # environment and secrets as the process started with them
    store = resources.store()
    return SendResumer(
        store, lambda: resolve_connection(settings, store, resources.sandbox_endpoint), RESUME_EVERY_SECONDS
    )
