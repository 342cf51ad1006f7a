"""The dashboard-wide preferences an administrator sets on the Settings page, kept in
`store.app_settings` (each change audited there): their keys, defaults and checks, in one place so the
pages that use them (sending, import, review, the credit warning) read them the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import phonenumbers

DEFAULT_COUNTRY_KEY = "default_country"
DEFAULT_SENDER_KEY = "default_sender"
LOW_CREDIT_THRESHOLD_KEY = "low_credit_threshold"
REVIEW_REQUIRED_KEY = "review_required"

DEFAULT_COUNTRY = "CI"
DEFAULT_LOW_CREDIT_THRESHOLD = 100
# The API takes sender names of 3 to 11 characters; operators accept letters, digits and spaces.
SENDER_PATTERN = re.compile(r"^[A-Za-z0-9 ]{3,11}$")


@dataclass(frozen=True)
class Preferences:
    """What the Settings page controls (apart from the API key, which `connection` reads)."""

    default_country: str = DEFAULT_COUNTRY
    default_sender: str | None = None
    low_credit_threshold: int = DEFAULT_LOW_CREDIT_THRESHOLD
    review_required: bool = False


def country_codes() -> list[str]:
    """Every region phonenumbers knows (ISO 3166 alpha-2), sorted."""
    return sorted(phonenumbers.SUPPORTED_REGIONS)


def sender_problem(name: str) -> str | None:
    """Why `name` cannot be a sender ID (a message code), or None."""
    if not SENDER_PATTERN.match(name) or not name.strip():
        return "invalid_sender"
    return None


def _int(value: Any, default: int) -> int:
    if isinstance(value, bool):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number >= 0 else default


def read_preferences(store: Any) -> Preferences:
    """The current preferences, with a default for anything unset or unreadable."""
    country = store.app_settings.get(DEFAULT_COUNTRY_KEY)
    sender = store.app_settings.get(DEFAULT_SENDER_KEY)
    review = store.app_settings.get(REVIEW_REQUIRED_KEY)
    return Preferences(
        default_country=country
        if isinstance(country, str) and country in phonenumbers.SUPPORTED_REGIONS
        else DEFAULT_COUNTRY,
        default_sender=sender if isinstance(sender, str) and sender.strip() else None,
        low_credit_threshold=_int(
            store.app_settings.get(LOW_CREDIT_THRESHOLD_KEY), DEFAULT_LOW_CREDIT_THRESHOLD
        ),
        review_required=review is True,
    )


def save_preferences(store: Any, new: Preferences, *, actor: str) -> list[str]:
    """Write the preferences that changed (each write is audited by the store); returns their keys."""
    current = read_preferences(store)
    changes = {
        DEFAULT_COUNTRY_KEY: (current.default_country, new.default_country),
        DEFAULT_SENDER_KEY: (current.default_sender, new.default_sender),
        LOW_CREDIT_THRESHOLD_KEY: (current.low_credit_threshold, new.low_credit_threshold),
        REVIEW_REQUIRED_KEY: (current.review_required, new.review_required),
    }
    if new.default_country not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"unknown country {new.default_country!r}")
    if new.default_sender is not None and sender_problem(new.default_sender):
        raise ValueError("invalid sender")
    if new.low_credit_threshold < 0:
        raise ValueError("the threshold cannot be negative")
    changed = [key for key, (old, value) in changes.items() if old != value]
    for key in changed:
        store.app_settings.set(key, changes[key][1], actor=actor)
    return changed
