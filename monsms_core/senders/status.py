"""The status of a sender name as people read it: pending, accepted, refused (or archived / unknown)."""

from __future__ import annotations

# The API's statuses (SUBMITED sic: handed to the operators, still waiting) → what the dashboard shows.
_STATUS_KEYS = {"PENDING": "pending", "SUBMITED": "pending", "SUBMITTED": "pending", "ACCEPTED": "accepted",
                "REFUSED": "refused", "REJECTED": "refused"}  # fmt: skip
STATUS_KEYS: tuple[str, ...] = ("pending", "accepted", "refused", "archived", "missing", "unknown")


def status_key(api_status: str | None) -> str:
    """ "pending", "accepted", "refused" or "unknown" for a status the API gives."""
    return _STATUS_KEYS.get((api_status or "").strip().upper(), "unknown")
