"""Process-wide duties that no single page owns: keeping API keys out of every log line, and making
sure a worker runs the background jobs (sends, uploads, imports) — this process's own child when no
other worker beats (`monsms_core.worker.embedded`).

Both are set up once per server process (st.cache_resource) from app.py, before the login gate: a
restarted dashboard resumes interrupted work as soon as anybody opens a page, signed in or not.
"""

from __future__ import annotations

import os
import threading

import streamlit as st

from monsms_core.client.logs import RedactionInstallation, install_redaction
from monsms_core.config import Settings
from monsms_core.worker import EmbeddedLauncher, embedded_enabled, no_worker_message, worker_seen
from ui.runtime import resources
from ui.shell.i18n import current_language


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


def _child_environment(settings: Settings) -> dict[str, str]:
    """The embedded worker's environment: this process's, plus the settings it resolved (some may come
    from .streamlit/secrets.toml, which the worker does not read)."""
    env = dict(os.environ)
    env.update(MONSMS_DATABASE_URL=settings.database_url, MONSMS_DATA_DIR=str(settings.data_dir),
               MONSMS_BASE_URL=settings.base_url)  # fmt: skip
    if settings.api_key:
        env["MONSMS_API_KEY"] = settings.api_key
    return env


@st.cache_resource(show_spinner=False, on_release=lambda launcher: launcher.stop())
def _launcher(database_url: str) -> EmbeddedLauncher:
    settings = resources.settings()
    return EmbeddedLauncher(resources.store(), _child_environment(settings))


def start_worker() -> None:
    """On every run, signed in or not: make sure some worker runs the background jobs (this process
    starts its own when none beats; MONSMS_EMBEDDED_WORKER=0 leaves that to a separate service). In
    demo mode the sandbox is started too, since the worker's jobs talk to it."""
    resources.connection()
    if embedded_enabled():
        _launcher(resources.settings().database_url).ensure()


def worker_notice() -> None:
    """On pages that start work: one sentence when no worker has beaten for 30 s (the work is queued
    and will run when one is back)."""
    store = resources.store()
    if worker_seen(store):
        return
    if embedded_enabled() and _launcher(resources.settings().database_url).starting():
        return  # this process's own worker is starting: its first heartbeat is seconds away
    st.warning(no_worker_message(current_language()), icon=":material/cloud_off:")
