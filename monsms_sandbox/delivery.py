"""Message delivery, computed lazily from timestamps: no background thread ever runs.

Each message is stored with a `delay` (seconds after its campaign starts) and the status it will
end in. A campaign's `start_at` is its creation time (SMS, FLASH), its scheduled date (SCHEDULED),
its next recurring slot (RECURRING), or NULL while a not-yet-started campaign is disabled. At read
time a message is PENDING until `start_at + delay`, then SENT or FAILED. Which messages fail is
deterministic: numbers that do not look like reachable mobiles, plus a `failureRate` share chosen
by a hash of campaign id and phone, so tests can rely on the outcome.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Côte d'Ivoire mobiles since 2021: 225 + 01 (Moov) / 05 (MTN) / 07 (Orange) + 8 digits.
_CI_MOBILE = re.compile(r"^225(01|05|07)[0-9]{8}$")
_TIME = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9])(?:\.[0-9]+)?)?(?:Z|[+-]00:?00)?$")


def is_deliverable(phone: str) -> bool:
    """Whether an operator would accept the number: a CI mobile, or a plausible foreign number."""
    if phone.startswith("225"):
        return bool(_CI_MOBILE.match(phone))
    return 8 <= len(phone) <= 15 and phone.isdigit() and not phone.startswith("0")


def unit_hash(*parts: str) -> float:
    """A deterministic number in [0, 1) from the given strings."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def plan_message(
    campaign_id: str, phone: str, delivery_seconds: float, failure_rate: float
) -> tuple[float, str, str | None]:
    """(delay after the campaign starts, final status, failure reason) of one message."""
    # Spread deliveries over the last 90 % of the window so a fresh campaign is visibly pending.
    delay = delivery_seconds * (0.1 + 0.9 * unit_hash(campaign_id, phone, "delay"))
    if not is_deliverable(phone):
        return delay, "FAILED", "invalid_number"
    if unit_hash(campaign_id, phone, "fail") < failure_rate:
        return delay, "FAILED", "operator_rejected"
    return delay, "SENT", None


def message_status(start_at: float | None, delay: float, final_status: str, moment: float) -> str:
    """PENDING until the message's delivery time, then its final status."""
    if start_at is None or moment < start_at + delay:
        return "PENDING"
    return final_status


def campaign_status(stats: dict[str, int]) -> str:
    """PENDING while any message is pending; SENT when done with at least one sent; else FAILED."""
    if stats["pending"] > 0:
        return "PENDING"
    return "SENT" if stats["sent"] > 0 else "FAILED"


def stats_sql(moment_param: str = ":now") -> str:
    """SELECT list computing {total, sent, failed, pending} per campaign from `messages m`, `campaigns c`."""
    done = f"(c.start_at IS NOT NULL AND c.start_at + m.delay <= {moment_param})"
    return (
        "COUNT(m.id) AS total, "
        f"COALESCE(SUM(CASE WHEN {done} AND m.final_status = 'SENT' THEN 1 ELSE 0 END), 0) AS sent, "
        f"COALESCE(SUM(CASE WHEN {done} AND m.final_status = 'FAILED' THEN 1 ELSE 0 END), 0) AS failed, "
        f"COALESCE(SUM(CASE WHEN m.id IS NULL OR {done} THEN 0 ELSE 1 END), 0) AS pending"
    )


def parse_time_of_day(value: str) -> tuple[int, int, int] | None:
    """'09:30', '09:30:00', '09:30:00.000Z' or a full ISO date-time → (hour, minute, second)."""
    text = value.strip()
    if "T" in text:
        text = text.split("T", 1)[1]
    match = _TIME.match(text)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)


def next_occurrence(recurring: dict[str, object], after: float) -> float | None:
    """The first recurring slot strictly after `after` (UTC = Abidjan time), or None if there is none."""
    if recurring.get("enabled") is False:
        return None
    start = datetime.fromtimestamp(after, tz=UTC)
    best: float | None = None
    for offset in range(8):
        day = (start + timedelta(days=offset)).date()
        value = recurring.get(DAYS[day.weekday()])
        if not isinstance(value, str):
            continue
        parsed = parse_time_of_day(value)
        if parsed is None:
            continue
        slot = datetime(day.year, day.month, day.day, *parsed, tzinfo=UTC).timestamp()
        if slot > after and (best is None or slot < best):
            best = slot
    return best
