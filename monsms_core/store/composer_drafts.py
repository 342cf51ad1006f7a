"""The composer's drafts, one row per send key, owned by the user who writes it.

A send key belongs to one user: a second user saving under a key already held by someone else is
refused (`save` returns False), and reading always names the user, so a shared `?draft=…` link never
shows one person's draft to another. The payload is opaque JSON here; `monsms_core.composer.drafts`
gives it its shape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from monsms_core.store import schema
from monsms_core.store.db import Database, now_utc

_drafts = schema.composer_drafts


@dataclass(frozen=True)
class DraftRow:
    """One stored draft: its small `payload`, its recipient `lists` and what names them (`lists_id`)."""

    send_key: str
    username: str
    payload: dict[str, Any]
    lists: Any
    lists_id: str | None
    created_at: datetime
    updated_at: datetime


class ComposerDrafts:
    """Save, read and clear drafts by (send key, user)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(
        self,
        send_key: str,
        username: str,
        payload: dict[str, Any],
        lists: Callable[[], Any],
        lists_id: str | None,
    ) -> bool:
        """Keep `payload` (and `lists()`, built and written only when `lists_id` differs from the stored
        one: 100,000 rows are not rebuilt on each save) under `send_key` for `username`. False, and
        nothing written, when the key is another user's."""
        if not send_key or not username:
            raise ValueError("a draft needs a send key and a user")

        def write() -> bool:
            moment = now_utc()
            with self._db.write() as conn:
                row = conn.execute(
                    select(_drafts.c.username, _drafts.c.lists_id)
                    .where(_drafts.c.send_key == send_key)
                    .with_for_update()
                ).first()
                if row is None:
                    conn.execute(
                        insert(_drafts).values(
                            send_key=send_key,
                            username=username,
                            payload=payload,
                            lists=lists(),
                            lists_id=lists_id,
                            created_at=moment,
                            updated_at=moment,
                        )
                    )
                    return True
                if row.username != username:
                    return False
                values: dict[str, Any] = {"payload": payload, "updated_at": moment}
                if row.lists_id != lists_id:
                    values |= {"lists": lists(), "lists_id": lists_id}
                conn.execute(update(_drafts).where(_drafts.c.send_key == send_key).values(**values))
            return True

        try:
            return write()
        except IntegrityError:
            # Another tab inserted this key between our read and our insert: its row is there now.
            return write()

    def get(self, send_key: str, username: str) -> DraftRow | None:
        """The draft saved under `send_key` by `username` (None for anyone else's, or none)."""
        with self._db.read() as conn:
            row = conn.execute(
                select(_drafts).where(_drafts.c.send_key == send_key, _drafts.c.username == username)
            ).first()
        if row is None:
            return None
        return DraftRow(
            row.send_key, row.username, dict(row.payload), row.lists, row.lists_id, row.created_at,
            row.updated_at,
        )  # fmt: skip

    def owner(self, send_key: str) -> str | None:
        """Who holds `send_key` (None when no draft is saved under it)."""
        with self._db.read() as conn:
            return conn.scalar(select(_drafts.c.username).where(_drafts.c.send_key == send_key))

    def delete(self, send_key: str, username: str) -> bool:
        """Remove `username`'s draft under `send_key`; False when there was none."""
        with self._db.write() as conn:
            return _delete(conn, send_key, username)

    def purge(self, older_than: datetime) -> int:
        """Remove drafts nobody touched since `older_than`; returns how many."""
        with self._db.write() as conn:
            return int(conn.execute(delete(_drafts).where(_drafts.c.updated_at < older_than)).rowcount or 0)


def _delete(conn: Connection, send_key: str, username: str) -> bool:
    result = conn.execute(
        delete(_drafts).where(_drafts.c.send_key == send_key, _drafts.c.username == username)
    )
    return bool(result.rowcount)
