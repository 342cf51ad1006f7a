"""Names, categories and usage counts of the API's message templates (the API stores only a text).

Rows are keyed by the API's template id. Names are unique once normalised (accents, case and spaces do not
make two names different), so "Réunion parents" is one template. Creating, renaming, following an edit
(the API's delete + create gives a new id: the record moves to it) and forgetting are audited in the same
transaction ("template.created", "template.renamed", "template.edited", "template.deleted").

Usage: a confirmed send (an outbox entry, test sends excepted) whose message is exactly a template's text
counts one use of that template. `count_uses` reads the entries not counted yet and records each one in
`template_uses` with the counts, in one transaction: running it twice, or from two processes at once,
never counts an entry twice.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from monsms_core.store import schema
from monsms_core.store.audit import append_entry
from monsms_core.store.db import Database, now_utc
from monsms_core.store.errors import StoreError

_names = schema.template_names
_uses = schema.template_uses
_outbox = schema.outbox
_SCAN_BATCH = 500
NAME_MAX = 120
CATEGORY_MAX = 60


class TemplateNameTakenError(StoreError, ValueError):
    """Another template already has this name (once normalised)."""

    code = "template_name_taken"


class TemplateNameMissingError(StoreError, ValueError):
    """The name is empty once surrounding spaces are removed."""

    code = "template_name_missing"


@dataclass(frozen=True)
class TemplateRecord:
    """The dashboard's record of one API template."""

    template_id: str
    name: str
    category: str
    text: str
    uses: int
    last_used_at: datetime | None
    created_by: str
    created_at: datetime
    updated_at: datetime


def name_key(name: str) -> str:
    """The comparison form of a template name: "  Réunion  Parents " → "reunion parents"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())


def _clean(name: str, category: str) -> tuple[str, str]:
    cleaned = " ".join(name.split())[:NAME_MAX]
    if not cleaned:
        raise TemplateNameMissingError()
    return cleaned, " ".join(category.split())[:CATEGORY_MAX]


def _record(row: Row[Any]) -> TemplateRecord:
    return TemplateRecord(
        template_id=row.template_id,
        name=row.name,
        category=row.category,
        text=row.text,
        uses=int(row.uses),
        last_used_at=row.last_used_at,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


class TemplateNames:
    """The records of the account's templates."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, template_id: str) -> TemplateRecord | None:
        """The record of `template_id`, or None when the template has no name here."""
        with self._db.read() as conn:
            row = conn.execute(select(_names).where(_names.c.template_id == template_id)).first()
        return None if row is None else _record(row)

    def list(self) -> list[TemplateRecord]:
        """Every record, by category then name."""
        with self._db.read() as conn:
            rows = conn.execute(select(_names).order_by(_names.c.category, _names.c.name_key)).all()
        return [_record(row) for row in rows]

    def name_taken(self, name: str, *, other_than: str | None = None) -> bool:
        """Whether another template (not `other_than`) already has `name`, once normalised."""
        query = select(_names.c.template_id).where(_names.c.name_key == name_key(name))
        with self._db.read() as conn:
            found = conn.scalar(query)
        return found is not None and found != other_than

    def name(self, template_id: str, *, name: str, category: str, text: str, actor: str) -> TemplateRecord:
        """Give `template_id` a name and a category: a new record ("template.created") or a renamed one
        ("template.renamed", old and new in the audit). Raises TemplateNameTakenError."""
        name, category = _clean(name, category)
        now = now_utc()
        try:
            with self._db.write() as conn:
                old = conn.execute(select(_names).where(_names.c.template_id == template_id)).first()
                values = {"name": name, "name_key": name_key(name), "category": category, "updated_at": now}
                if old is None:
                    row = {"template_id": template_id, "text": text, "uses": 0, "created_by": actor}
                    conn.execute(insert(_names).values(created_at=now, **row, **values))
                    append_entry(
                        conn, actor, "template.created", template_id, {"name": name, "category": category}
                    )
                else:
                    conn.execute(update(_names).where(_names.c.template_id == template_id).values(**values))
                    details = {
                        "old": {"name": old.name, "category": old.category},
                        "new": {"name": name, "category": category},
                    }
                    append_entry(conn, actor, "template.renamed", template_id, details)
        except IntegrityError as clash:
            raise TemplateNameTakenError(name=name) from clash
        record = self.get(template_id)
        assert record is not None
        return record

    def follow_edit(self, old_id: str, new_id: str, *, text: str, actor: str) -> TemplateRecord | None:
        """The API replaced template `old_id` by `new_id` (delete + create): the record, its name, category
        and uses move to `new_id` with the new `text` ("template.edited"). None when `old_id` had none."""
        with self._db.write() as conn:
            old = conn.execute(select(_names).where(_names.c.template_id == old_id)).first()
            if old is None:
                return None
            conn.execute(
                update(_names)
                .where(_names.c.template_id == old_id)
                .values(template_id=new_id, text=text, updated_at=now_utc())
            )
            conn.execute(update(_uses).where(_uses.c.template_id == old_id).values(template_id=new_id))
            details = {"name": old.name, "old_id": old_id, "old_text": old.text, "new_text": text}
            append_entry(conn, actor, "template.edited", new_id, details)
        return self.get(new_id)

    def forget(self, template_id: str, *, actor: str, reason: str = "deleted") -> bool:
        """Drop the record of a template deleted on the API ("template.deleted"); False if it had none."""
        with self._db.write() as conn:
            old = conn.execute(select(_names).where(_names.c.template_id == template_id)).first()
            if old is None:
                return False
            conn.execute(delete(_names).where(_names.c.template_id == template_id))
            details = {"name": old.name, "category": old.category, "uses": old.uses, "reason": reason}
            append_entry(conn, actor, "template.deleted", template_id, details)
        return True

    def count_uses(self) -> int:
        """Count the sends confirmed since the last call against the templates' texts; returns how many
        uses were added. Safe to run concurrently (an entry counted elsewhere meanwhile is skipped)."""
        added = 0
        while True:
            try:
                batch, counted = self._count_batch()
            except IntegrityError:
                continue  # another process counted the same entries first: start after them
            added += counted
            if batch < _SCAN_BATCH:
                return added

    def _count_batch(self) -> tuple[int, int]:
        with self._db.write() as conn:
            last = int(conn.scalar(select(func.max(_uses.c.outbox_id))) or 0)
            entries = conn.execute(
                select(
                    _outbox.c.id,
                    _outbox.c.created_at,
                    _outbox.c.payload["template"].as_string().label("template"),
                    _outbox.c.payload["test"].as_boolean().label("test"),
                )
                .where(_outbox.c.id > last)
                .order_by(_outbox.c.id)
                .limit(_SCAN_BATCH)
            ).all()
            if not entries:
                return 0, 0
            by_text = _ids_by_text(conn)
            counted = 0
            now = now_utc()
            for entry in entries:
                matched = None if entry.test else by_text.get(entry.template or "")
                conn.execute(insert(_uses).values(outbox_id=entry.id, template_id=matched, counted_at=now))
                if matched is not None:
                    conn.execute(
                        update(_names)
                        .where(_names.c.template_id == matched)
                        .values(uses=_names.c.uses + 1, last_used_at=entry.created_at)
                    )
                    counted += 1
        return len(entries), counted


def _ids_by_text(conn: Connection) -> dict[str, str]:
    # Two templates with the same text: the use goes to the one named first (the oldest record).
    found: dict[str, str] = {}
    for row in conn.execute(select(_names.c.template_id, _names.c.text).order_by(_names.c.created_at)):
        found.setdefault(row.text, row.template_id)
    return found
