"""The browser's cookies: read from the request that opened the session, written and deleted through
the cookie component (extra-streamlit-components, which streamlit-authenticator is built on).

The component is rendered only on runs that write or delete a cookie, inside a slot the gate keeps at
the top of every page: each rendering is an iframe that reports back to the server and triggers one
more run, which no ordinary page run should pay for (with many people signed in, those extra runs
queued behind one another).
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from typing import Any

import extra_streamlit_components as stx
import streamlit as st

LOGIN_COOKIE = "monsms_auth"
DEVICE_COOKIE = "monsms_device"


def request_cookie(name: str) -> str | None:
    """The cookie `name` as the browser sent it when this session's connection was opened."""
    try:
        value = st.context.cookies.get(name)
    except Exception:  # no request behind this run (bare script, some test harnesses)
        return None
    return value if isinstance(value, str) else None


class CookieWriter:
    """Writes and deletes cookies in `slot` (one component per cookie and run)."""

    def __init__(self, slot: Any) -> None:
        self._slot = slot
        self._manager: stx.CookieManager | None = None

    def _ready(self) -> stx.CookieManager:
        if self._manager is None:
            with self._slot:
                self._manager = stx.CookieManager(key="monsms_cookies")
        return self._manager

    def set(self, name: str, value: str, lifetime: timedelta) -> None:
        """Set `name` for `lifetime`, first-party only (SameSite=Strict), for the whole site."""
        manager = self._ready()
        with self._slot:
            # The component reads a local time without zone, like the library it comes with.
            manager.set(name, value, key=f"set_{name}", expires_at=datetime.now() + lifetime)

    def delete(self, name: str) -> None:
        """Delete `name` in the browser."""
        manager = self._ready()
        # KeyError: the component had not reported the cookie yet; the deletion still goes out.
        with self._slot, contextlib.suppress(KeyError):
            manager.delete(name, key=f"delete_{name}")
