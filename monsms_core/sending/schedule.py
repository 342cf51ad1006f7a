"""When a send goes out: now, once at a given moment (SCHEDULED), or every week (RECURRING).

    schedule = None                                   # now
    schedule = datetime(2025, 6, 14, 9, 0, tzinfo=ABIDJAN)   # once, later → API type SCHEDULED
    schedule = Weekly(("monday", "friday"), time(8, 0))      # every week → API type RECURRING

Abidjan lives on UTC all year (no daylight saving), so a time of day typed by the user is also the
UTC time the API receives; moments are still converted explicitly so any aware datetime works.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from monsms_core.client.models import Recurrence

WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Weekly:
    """A recurring send: the same time of day (Abidjan time) on each of `days` (English weekday names)."""

    days: tuple[str, ...]
    at: time

    def __post_init__(self) -> None:
        unknown = [day for day in self.days if day not in WEEKDAYS]
        if unknown:
            raise ValueError(f"unknown weekday(s): {unknown}; expected names among {WEEKDAYS}")
        # Week order and no repeats, so two equal schedules always serialise (and fingerprint) alike.
        object.__setattr__(self, "days", tuple(day for day in WEEKDAYS if day in set(self.days)))
        object.__setattr__(self, "at", self.at.replace(second=0, microsecond=0, tzinfo=None))

    @property
    def time_text(self) -> str:
        """The time as the dashboard stores it: "HH:MM" (the API receives ISO date-times, `to_recurrence`)."""
        return self.at.isoformat(timespec="minutes")

    def to_recurrence(self) -> Recurrence:
        """The `recurring` object of campaign creation (sent as the Dart SDK's ISO date-times, in UTC)."""
        return Recurrence.weekly(self.at, self.days)


Schedule = datetime | Weekly | None
"""None = send now; an aware datetime = once at that moment; Weekly = every week."""


def check_schedule(schedule: Schedule) -> Schedule:
    """`schedule` with its moment in UTC; naive datetimes are refused (they would shift by hours)."""
    if isinstance(schedule, datetime):
        if schedule.tzinfo is None:
            raise ValueError("a scheduled moment must be timezone-aware (e.g. tzinfo=Africa/Abidjan)")
        return schedule.astimezone(UTC).replace(microsecond=0)
    if schedule is None or isinstance(schedule, Weekly):
        return schedule
    raise TypeError(f"schedule must be None, a datetime or a Weekly, not {type(schedule).__name__}")


def api_type(send_type: str, schedule: Schedule) -> str:
    """The campaign `type` the API expects: SMS or FLASH now, SCHEDULED later, RECURRING weekly."""
    if isinstance(schedule, datetime):
        return "SCHEDULED"
    if isinstance(schedule, Weekly):
        return "RECURRING"
    return send_type


def schedule_to_payload(schedule: Schedule) -> dict[str, Any]:
    """A JSON-able form of the schedule."""
    if isinstance(schedule, datetime):
        return {"kind": "once", "at": schedule.astimezone(UTC).isoformat()}
    if isinstance(schedule, Weekly):
        return {"kind": "weekly", "days": list(schedule.days), "at": schedule.time_text}
    return {"kind": "now"}


def schedule_from_payload(data: dict[str, Any]) -> Schedule:
    """The inverse of `schedule_to_payload`."""
    kind = data.get("kind")
    if kind == "now":
        return None
    if kind == "once":
        return check_schedule(datetime.fromisoformat(str(data["at"])))
    if kind == "weekly":
        return Weekly(tuple(data["days"]), time.fromisoformat(str(data["at"])))
    raise ValueError(f"unknown schedule kind {kind!r}")
