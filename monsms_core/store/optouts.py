"""Numbers that asked not to receive SMS any more (STOP). Sending leaves them out.

Phones are stored as given, in the API form produced by `monsms_core.phones` ("2250707123456"):
normalise before calling, so that one person cannot hide behind two spellings. Adding and removing
are audited ("optout.added", "optout.removed") in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError

from monsms_core.store import schema
from monsms_core.store.audit import append_entry
from monsms_core.store.db import Database, now_utc

_optouts = schema.optouts
_CHUNK = 1000


@dataclass(frozen=True)
class OptOutRecord:
    """One opted-out number, with why, how and by whom it was added."""

    id: int
    phone: str
    reason: str | None
    source: str
    created_by: str
    created_at: datetime


def _clean(phone: str) -> str:
    cleaned = (phone or "").strip()
    if not cleaned:
        raise ValueError("empty phone number")
    return cleaned


class OptOuts:
    """The opt-out list."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, phone: str, *, actor: str, reason: str | None = None, source: str = "manual") -> bool:
        """Opt `phone` out; returns False when it already was (nothing changes then)."""
        return self.add_many([phone], actor=actor, reason=reason, source=source) == 1

    def add_many(
        self, phones: Iterable[str], *, actor: str, reason: str | None = None, source: str = "import"
    ) -> int:
        """Opt out every number not already on the list (one audit entry); returns how many were new."""
        wanted = list(dict.fromkeys(_clean(phone) for phone in phones))
        try:
            return self._add_new(wanted, actor, reason, source)
        except IntegrityError:
            # A concurrent add slipped a number in between our check and our insert: check again.
            return self._add_new(wanted, actor, reason, source)

    def _add_new(self, phones: list[str], actor: str, reason: str | None, source: str) -> int:
        with self._db.write() as conn:
            existing: set[str] = set()
            for start in range(0, len(phones), _CHUNK):
                chunk = phones[start : start + _CHUNK]
                existing.update(conn.scalars(select(_optouts.c.phone).where(_optouts.c.phone.in_(chunk))))
            new = [phone for phone in phones if phone not in existing]
            if not new:
                return 0
            now = now_utc()
            conn.execute(
                insert(_optouts),
                [
                    {"phone": p, "reason": reason, "source": source, "created_by": actor, "created_at": now}
                    for p in new
                ],
            )
            target = new[0] if len(new) == 1 else f"{len(new)} numbers"
            details = {"count": len(new), "source": source, "reason": reason}
            if len(new) <= 20:
                details["phones"] = new
            append_entry(conn, actor, "optout.added", target, details)
            return len(new)

    def remove(self, phone: str, *, actor: str) -> bool:
        """Allow `phone` to receive SMS again; returns False when it was not on the list."""
        cleaned = _clean(phone)
        with self._db.write() as conn:
            removed = conn.execute(delete(_optouts).where(_optouts.c.phone == cleaned)).rowcount
            if removed:
                append_entry(conn, actor, "optout.removed", cleaned)
        return bool(removed)

    def contains(self, phone: str) -> bool:
        """Whether `phone` is opted out."""
        with self._db.read() as conn:
            return conn.scalar(select(_optouts.c.id).where(_optouts.c.phone == _clean(phone))) is not None

    def all_phones(self) -> set[str]:
        """Every opted-out number, for filtering a recipient list in memory."""
        with self._db.read() as conn:
            return set(conn.scalars(select(_optouts.c.phone)))

    def list(self) -> list[OptOutRecord]:
        """Every opt-out, newest first."""
        with self._db.read() as conn:
            rows = conn.execute(select(_optouts).order_by(_optouts.c.created_at.desc(), _optouts.c.id.desc()))
            return [OptOutRecord(**row._mapping) for row in rows]
