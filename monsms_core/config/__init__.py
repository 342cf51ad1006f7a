"""Configuration: settings from the environment and Streamlit secrets, and which account (sandbox or
live) the dashboard talks to."""

from __future__ import annotations

from monsms_core.config.connection import (
    API_KEY_SETTING,
    Connection,
    key_fingerprint,
    key_hint,
    resolve_connection,
)
from monsms_core.config.settings import (
    DEFAULT_BASE_URL,
    PROJECT_ROOT,
    ConfigurationError,
    Settings,
    ensure_cookie_key,
    ensure_data_dir,
    load_settings,
    redact_database_url,
)

__all__ = [
    "API_KEY_SETTING",
    "DEFAULT_BASE_URL",
    "PROJECT_ROOT",
    "ConfigurationError",
    "Connection",
    "Settings",
    "ensure_cookie_key",
    "ensure_data_dir",
    "key_fingerprint",
    "key_hint",
    "load_settings",
    "redact_database_url",
    "resolve_connection",
]
