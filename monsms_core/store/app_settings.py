"""Settings the administrators change from the dashboard (sender name, review rules, …), as JSON values.

Every change is audited as "settings.changed" in the same transaction. Secret values never reach the
audit log: only the fact that they changed and their last four characters, enough to tell keys apart.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from monsms_core.store import schema
from monsms_core.store.audit import append_entry
from monsms_core.store.db import Database, now_utc

SETTINGS_CHANGED = "settings.changed"
SECRET_KEYS = frozenset({"api_key", "cookie_key"})
# Any key whose name contains one of these is treated as secret as well (e.g. "smtp_password").
SECRET_MARKERS = ("api_key", "secret", "password", "token", "cookie_key")
# Below this length, even four characters would give away too much of a secret.
MIN_LENGTH_FOR_HINT = 12
_settings = schema.app_settings


def is_secret_key(key: str) -> bool:
    """Whether the value stored under `key` must stay out of the audit log."""
    lowered = key.lower()
    return lowered in SECRET_KEYS or any(marker in lowered for marker in SECRET_MARKERS)


def secret_hint(value: Any) -> str | None:
    """The last four characters of a long enough secret string, else None."""
    if isinstance(value, str) and len(value) >= MIN_LENGTH_FOR_HINT:
        return value[-4:]
    return None


def _audit_details(key: str, old: Any, new: Any) -> dict[str, Any]:
    if is_secret_key(key):
        return {"key": key, "secret": True, "changed": True, "last4": secret_hint(new)}
    return {"key": key, "old": old, "new": new}


class AppSettings:
    """Key → JSON value, with an audited `set`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value for `key`, or `default` when it was never set (or was cleared)."""
        with self._db.read() as conn:
            row = conn.execute(select(_settings.c.value).where(_settings.c.key == key)).first()
        return default if row is None else row.value

    def set(self, key: str, value: Any, *, actor: str) -> bool:
        """Store `value` (JSON-serialisable; None clears the setting). Returns False, and records
        nothing, when the value was already that; otherwise audits the change and returns True."""
        json.dumps(value, allow_nan=False)  # a TypeError here names the bad value, not a driver error later
        try:
            return self._set(key, value, actor)
        except IntegrityError:
            # Another session inserted this key between our read and our insert: its row is there now,
            # so a second attempt takes the update path.
            return self._set(key, value, actor)

    def _set(self, key: str, value: Any, actor: str) -> bool:
        with self._db.write() as conn:
            row = conn.execute(
                select(_settings.c.value).where(_settings.c.key == key).with_for_update()
            ).first()
            old = None if row is None else row.value
            if old == value:
                return False
            stamp = {"updated_at": now_utc(), "updated_by": actor}
            if value is None:
                conn.execute(delete(_settings).where(_settings.c.key == key))
            elif row is None:
                conn.execute(insert(_settings).values(key=key, value=value, **stamp))
            else:
                conn.execute(update(_settings).where(_settings.c.key == key).values(value=value, **stamp))
            append_entry(conn, actor, SETTINGS_CHANGED, key, _audit_details(key, old, value))
        return True

    def all(self) -> dict[str, Any]:
        """Every stored setting (secrets included: pages must mask them)."""
        with self._db.read() as conn:
            return {row.key: row.value for row in conn.execute(select(_settings.c.key, _settings.c.value))}
