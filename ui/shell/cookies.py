"""The browser's cookies: read from the request that opened the session, written and deleted through
the cookie component of extra-streamlit-components (the one streamlit-authenticator is built on).

Why writes are queued: the component is an iframe that sets the cookie only once its page has loaded.
With many people signing in at once, the run that rendered it was often replaced by the next rerun
(which no longer rendered it) before the iframe had loaded: the cookie was never written, and the next
page load showed the login form again (the "stalled" sessions of issue 14). A write now stays queued in
the session, and its component is rendered, unchanged, on every run until the browser confirms it.
The library's own CookieManager is not used: it also renders a "read all cookies" component on every
run, and each of those reports triggers one more run.
"""

from __future__ import annotations

import importlib.util
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import streamlit as st
import streamlit.components.v1 as components

LOGIN_COOKIE = "monsms_auth"
DEVICE_COOKIE = "monsms_device"
_PENDING_KEY = "_cookies_pending"
_SEQUENCE_KEY = "_cookies_sequence"
# The package exports a class of the same name as its module, so locate the module by its spec.
_SPEC = importlib.util.find_spec("extra_streamlit_components.CookieManager")
_FRONTEND = Path(_SPEC.origin if _SPEC and _SPEC.origin else "").parent / "frontend" / "build"
_cookie_component = components.declare_component("cookie_writer", path=str(_FRONTEND))


def request_cookie(name: str) -> str | None:
    """The cookie `name` as the browser sent it when this session's connection was opened."""
    try:
        value = st.context.cookies.get(name)
    except Exception:  # no request behind this run (bare script, some test harnesses)
        return None
    return value if isinstance(value, str) else None


class CookieWriter:
    """Queues cookie writes and deletions for this browser session; `flush` renders them in `slot`."""

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def set(self, name: str, value: str, lifetime: timedelta) -> None:
        """Set `name` for `lifetime`, first-party only (SameSite=Strict), for the whole site."""
        # The component reads a local time without zone, like the library it comes with.
        options = {"path": "/", "expires": (datetime.now() + lifetime).isoformat(), "sameSite": "strict"}
        self._queue(name, {"method": "set", "cookie": name, "value": value, "options": options})

    def delete(self, name: str) -> None:
        """Delete `name` in the browser."""
        self._queue(name, {"method": "delete", "cookie": name})

    def _queue(self, name: str, args: dict[str, Any]) -> None:
        # A fresh component key per operation: a new iframe, whose answer cannot be an older one's.
        sequence = int(st.session_state.get(_SEQUENCE_KEY, 0)) + 1
        st.session_state[_SEQUENCE_KEY] = sequence
        st.session_state.setdefault(_PENDING_KEY, {})[name] = {**args, "key": f"cookie_{name}_{sequence}"}

    def flush(self) -> None:
        """Render every queued operation (identically on each run, so its iframe survives reruns) and drop
        those the browser confirmed."""
        pending: dict[str, dict[str, Any]] = st.session_state.get(_PENDING_KEY) or {}
        for name, args in list(pending.items()):
            with self._slot:
                done = _cookie_component(**args, default=False)
            if done:
                pending.pop(name, None)
