"""Checks on a plan: what blocks sending, whether the account can pay, and the content fingerprint."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from monsms_core.i18n.formatting import format_number
from monsms_core.i18n.problems import Problem
from monsms_core.sending.schedule import Schedule, Weekly, schedule_to_payload

# One campaign per distinct text: beyond this, a field that differs for everyone (a name, an amount)
# would flood the account's campaign list and take hours under the API's rate limit.
MAX_CAMPAIGNS = 10_000


@dataclass(frozen=True)
class Shortfall(Problem):
    """Not enough credit for a plan: how much is needed, available and missing."""

    needed: int
    available: int

    @property
    def missing(self) -> int:
        """Credits to buy before sending."""
        return self.needed - self.available

    code = "shortfall"
    catalog = "sending"

    @property
    def params(self) -> dict[str, object]:
        """Credits needed, available and missing."""
        return {"needed": self.needed, "available": self.available, "missing": self.missing}

    def message_params(self, lang: str | None) -> dict[str, object]:
        return {
            "needed": format_number(self.needed, lang),
            "available": format_number(self.available, lang),
            "missing": format_number(self.missing, lang),
        }


def blockers(
    template: str,
    texts: Sequence[str],
    send_type: str,
    schedule: Schedule,
    unknown_fields: Sequence[str],
    now: datetime,
) -> tuple[str, ...]:
    """Machine codes of what forbids sending, in the order a user should fix them.

    `texts` are the distinct rendered texts (none when there is nobody to send to).
    """
    found: list[str] = []
    if not template.strip():
        found.append("empty_text")
    elif any(not text.strip() for text in texts):
        found.append("empty_message")
    if unknown_fields:
        found.append("unknown_fields")
    if not texts:
        found.append("no_recipients")
    if len(texts) > MAX_CAMPAIGNS:
        found.append("too_many_campaigns")
    if schedule is not None and send_type == "FLASH":
        found.append("flash_scheduled")
    if isinstance(schedule, datetime) and schedule <= now:
        found.append("schedule_in_past")
    if isinstance(schedule, Weekly) and not schedule.days:
        found.append("no_weekdays")
    return tuple(found)


def fingerprint(
    content: Iterable[tuple[str, Sequence[str]]],
    sender_id: str | None,
    send_type: str,
    schedule: Schedule,
    name: str,
) -> str:
    """A stable hash of what recipients will receive: (text, phones) pairs, sender, type, schedule, name.

    Order-free (sorted by phone), so rebuilding the same draft gives the same fingerprint and
    any edit — one word, one number, another date — gives another.
    """
    # Every phone is in exactly one chunk, so (phone, text) pairs sorted by phone say it all.
    pairs = sorted((phone, text) for text, phones in content for phone in phones)
    canonical = {
        "recipients": pairs,
        "sender_id": sender_id,
        "type": send_type,
        "schedule": schedule_to_payload(schedule),
        "name": name,
    }
    encoded = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()
