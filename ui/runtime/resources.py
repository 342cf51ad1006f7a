"""Process-wide resources, cached once per process and shared by every browser session: the store, the
in-process sandbox and one API client per account. Each cache is keyed by what identifies the resource
(database URL, data folder, key fingerprint), so tests pointing at another folder get their own."""

from __future__ import annotations

import os
from collections.abc import Mapping

import streamlit as st

from monsms_core.accounts import read_preferences
from monsms_core.client import MonSmsClient
from monsms_core.config import (
    Connection,
    Settings,
    ensure_cookie_key,
    ensure_data_dir,
    load_settings,
    resolve_connection,
)
from monsms_core.store import Store
from ui.runtime.sandbox import SandboxRuntime, start_sandbox


def _secrets() -> Mapping[str, object] | None:
    # st.secrets raises when no secrets.toml exists: that simply means "nothing configured there".
    try:
        return {key: st.secrets[key] for key in st.secrets}
    except Exception:
        return None


def settings() -> Settings:
    """The settings for this run (environment first, then .streamlit/secrets.toml); cheap to re-read."""
    return load_settings(os.environ, _secrets())


def cookie_key() -> str:
    """The secret that signs login cookies (raises `ConfigurationError` when live mode has none)."""
    return ensure_cookie_key(settings())


@st.cache_resource(show_spinner=False, on_release=lambda store: store.dispose())
def _open_store(database_url: str) -> Store:
    return Store.open(database_url)


def store() -> Store:
    """The dashboard's own database (accounts, audit log, outbox...), migrated to the latest schema."""
    current = settings()
    if current.database_url.startswith("sqlite"):
        ensure_data_dir(current)
    return _open_store(current.database_url)


@st.cache_resource(show_spinner=False, on_release=lambda runtime: runtime.stop())
def _sandbox(data_dir: str) -> SandboxRuntime:
    return start_sandbox(data_dir)


def sandbox_runtime() -> SandboxRuntime:
    """The in-process sandbox of this data folder (server and demo key), started on first use. Tests
    use it to reach the sandbox's control API (`runtime.server.root_url`)."""
    return _sandbox(str(ensure_data_dir(settings())))


def sandbox_endpoint() -> tuple[str, str]:
    """The in-process sandbox's (base_url, demo api key), starting it on first use."""
    runtime = sandbox_runtime()
    return runtime.base_url, runtime.api_key


def connection() -> Connection:
    """Which account and server the API calls of this run go to (live key, else the sandbox)."""
    return resolve_connection(settings(), store(), sandbox_endpoint)


@st.cache_resource(show_spinner=False, max_entries=32, on_release=lambda client: client.close())
def _client(fingerprint: str, base_url: str, _api_key: str) -> MonSmsClient:
    # The leading underscore keeps the key out of the cache's hash: the fingerprint identifies it.
    return MonSmsClient(_api_key, base_url=base_url)


def client(conn: Connection | None = None) -> MonSmsClient:
    """The API client for `conn` (default: this run's connection), one per account and server."""
    conn = conn or connection()
    return _client(conn.fingerprint, conn.base_url, conn.api_key)


def default_country() -> str:
    """The country in which numbers written without a country code are read (Settings page; CI)."""
    return read_preferences(store()).default_country
