"""The composer's session state: the draft's send key (kept in the URL too), memoised heavy work, and
queueing a confirmed send for the worker.

Exactly-once rests on the send key: one per composed draft, kept in `st.session_state` AND in the
address bar (`?draft=…`), so a rerun, a double click, a reload or a duplicated tab reach the same outbox
entry instead of creating a second send (`sending.submit` is idempotent on the key).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

import streamlit as st

from monsms_core.store import Store
from monsms_core.worker import enqueue_send

T = TypeVar("T")

DRAFT_PARAM = "draft"
_KEY_STATE = "_composer_send_key"
_MEMO_STATE = "_composer_memo"
_VERSION_STATE = "_composer_versions"
# uuid4().hex: 32 hex digits. Anything else in the address bar is ignored (it is user input).
_KEY_PATTERN = re.compile(r"^[0-9a-f]{32}$")


def draft_key() -> str:
    """The send key of the draft on screen: from this session, else from the address bar (a reload),
    else a new one; written back to the address bar so that a reload keeps it."""
    key = st.session_state.get(_KEY_STATE)
    if not key:
        from_url = str(st.query_params.get(DRAFT_PARAM) or "")
        key = from_url if _KEY_PATTERN.match(from_url) else uuid.uuid4().hex
        st.session_state[_KEY_STATE] = key
    if st.query_params.get(DRAFT_PARAM) != key:
        st.query_params[DRAFT_PARAM] = key
    return str(key)


def new_draft_key() -> str:
    """Start a new draft: a fresh send key (the previous one stays attached to its outbox entry)."""
    key = uuid.uuid4().hex
    st.session_state[_KEY_STATE] = key
    st.query_params[DRAFT_PARAM] = key
    return key


def adopt_draft_key(key: str) -> None:
    """Make `key` (another draft's, e.g. a returned review's) the draft on screen, in the URL too: its
    confirmation then acts on that send instead of starting a new one. (`key` comes from the store, not
    from the address bar, so it is not held to the pattern of keys this page makes.)"""
    if not key:
        raise ValueError("an empty draft key")
    st.session_state[_KEY_STATE] = key
    st.query_params[DRAFT_PARAM] = key


def memo(slot: str, signature: Any, compute: Callable[[], T]) -> T:
    """`compute()`, remembered for this session while `signature` (compared with ==) stays the same.

    One value per slot and per session: a 100,000-recipient merge or render is done once per change of
    its inputs, not on every rerun, and never shared with (or copied for) another user's session.
    """
    cache: dict[str, tuple[Any, Any]] = st.session_state.setdefault(_MEMO_STATE, {})
    hit = cache.get(slot)
    if hit is not None and hit[0] == signature:
        return hit[1]
    value = compute()
    cache[slot] = (signature, value)
    return value


def versioned(slot: str, signature: Any, compute: Callable[[], T]) -> tuple[int, T]:
    """Like `memo`, plus a version number that changes whenever the value is recomputed: later memos
    key on the small number instead of comparing large inputs again."""
    versions: dict[str, int] = st.session_state.setdefault(_VERSION_STATE, {})

    def counted() -> tuple[int, T]:
        versions[slot] = versions.get(slot, 0) + 1
        return versions[slot], compute()

    return memo(slot, signature, counted)


def forget_all() -> None:
    """Drop every memoised value (a new draft: free the memory of the previous one's recipients)."""
    st.session_state.pop(_MEMO_STATE, None)


def queue_send(store: Store, entry_id: int, actor: str) -> None:
    """Hand outbox entry `entry_id` to the worker (a second call for the same entry — a double click,
    another tab — finds the job already queued)."""
    enqueue_send(store, entry_id, actor)
