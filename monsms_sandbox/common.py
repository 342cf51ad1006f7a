"""Small helpers every layer shares: identifiers, timestamps in the API's ISO form, JSON columns."""

from __future__ import annotations

import json
import secrets
import time
from datetime import UTC, datetime

# Prisma-style cuid look-alikes: a letter then 24 lower-case base-36 characters.
_ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


def now() -> float:
    """Current time as epoch seconds (the storage form of every timestamp)."""
    return time.time()


def new_id() -> str:
    """A fresh opaque identifier shaped like the real API's (cuid-like)."""
    return "c" + "".join(secrets.choice(_ID_ALPHABET) for _ in range(24))


def iso(timestamp: float | None) -> str | None:
    """Epoch seconds → `2025-01-31T09:30:00.000Z` (what JavaScript's toISOString produces)."""
    if timestamp is None:
        return None
    moment = datetime.fromtimestamp(timestamp, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(value: str) -> float | None:
    """ISO 8601 date-time → epoch seconds, or None when unparseable.

    A value without an offset is read as UTC, which is also Abidjan's time all year round."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def to_json(value: object) -> str:
    """Compact JSON for TEXT columns (non-ASCII kept readable)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def from_json(text: str | None, default: object = None) -> object:
    """Inverse of `to_json`, tolerating NULL columns."""
    if text is None:
        return default
    return json.loads(text)
