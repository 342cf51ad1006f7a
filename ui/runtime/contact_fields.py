"""The custom fields ("Ville", "Classe"…) the store keeps for this run's account, read once per change.

Every page that shows or uses contacts calls `kept()` on each rerun: it asks the store only for the
account's revision (one small aggregate query) and reads every field again only when that moved (an
import, an edit), in one copy shared by the account's sessions.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

import streamlit as st

from monsms_core.store import Store
from ui.runtime import resources


@dataclass(frozen=True)
class KeptFields:
    """{phone: {name: value}} of the account, and the revision it was read at (for memo keys)."""

    revision: datetime | None
    by_phone: MappingProxyType[str, Any]


class _Latest:
    """The last read of one account's fields; replaced (not added to) when the revision moves, so a
    busy account keeps one copy in memory, not one per edit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: KeptFields | None = None

    def get(self, account: str, store: Store) -> KeptFields:
        revision = store.contact_fields.revision(account)
        with self._lock:
            if self._value is None or self._value.revision != revision:
                self._value = KeptFields(revision, MappingProxyType(store.contact_fields.all(account)))
            return self._value


@st.cache_resource(show_spinner=False, max_entries=32)
def _latest(fingerprint: str, database_url: str) -> _Latest:
    return _Latest()


def kept() -> KeptFields:
    """The custom fields of this run's account, fresh after any change."""
    account = resources.connection().account_id
    return _latest(account, resources.settings().database_url).get(account, resources.store())


def account() -> str:
    """The name the store files this run's account under (`Connection.account_id`, one-way)."""
    return resources.connection().account_id
