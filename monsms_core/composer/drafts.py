"""The composer's draft, kept in the store under its send key and the signed-in user, so that a reload,
another tab of the same user, or a page sending the user back (`?draft=KEY`, e.g. after buying credit)
finds the recipients, the text and the options as they were. Another user never gets it. It is cleared
once the draft is sent (or submitted for review).

What is kept: the numbers typed, the contact and group ids chosen (their members are read again from
the API), the recipients that exist nowhere else as rows — an uploaded sheet's checked rows (phone and
fields; the file itself is deleted once checked, as before) and recipients handed over by another page —,
the text, the fallbacks of empty fields, the accent opt-in, the sender, SMS or Flash, the schedule and
the send's name. The rows live in the database rather than as a file in the data folder, so that several
dashboards sharing one PostgreSQL database restore them alike; they are rewritten only when the list
changes (its `key`), not on each save.

    drafts.save(store, "awa", key, draft)     # False when the key is another user's
    drafts.load(store, "awa", key)            # the Draft, or None (none, or another user's)
    drafts.clear(store, "awa", key)           # once sent
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from monsms_core.compose import Recipient, format_value
from monsms_core.store import Store

FORMAT = 1  # the payload's shape; a payload of another shape is ignored rather than misread
KEEP_FOR = timedelta(days=30)  # drafts untouched this long are removed when another draft is sent
LIST_KINDS = ("sheet", "campaign", "review")


@dataclass(frozen=True)
class SavedList:
    """Recipients kept as rows: an uploaded sheet's checked rows ("sheet", `title` = the file name) or
    recipients handed over by another page ("campaign"/"review", `title` = the send's title).

    `key` names the list (an upload's id, a hand-over's id): two lists with the same key are the same,
    which spares comparing (or rewriting) 100,000 rows. `counts` are the sheet check's figures
    (valid, rejected, duplicates) to show again."""

    key: str
    kind: str
    title: str
    recipients: tuple[Recipient, ...] = field(compare=False, repr=False)
    counts: tuple[int, int, int] = (0, 0, 0)


@dataclass(frozen=True)
class Draft:
    """Everything the composer shows that a reload must give back. `sender` None: never chosen (the
    preferred sender applies); "" means "no sender name"."""

    typed: str = ""
    contacts: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    sheet: SavedList | None = None
    handed: SavedList | None = None
    text: str = ""
    fallbacks: tuple[tuple[str, str], ...] = ()
    accents: bool = False
    sender: str | None = None
    send_type: str = "SMS"
    when: str = "now"  # "now" | "once" | "weekly"
    day: date | None = None
    at: time | None = None
    days: tuple[str, ...] = ()
    weekly_at: time | None = None
    name: str = ""

    @property
    def empty(self) -> bool:
        """True when nothing was chosen or typed (such a draft is not worth a row)."""
        return self == Draft(sender=self.sender, send_type=self.send_type, accents=self.accents)


def save(store: Store, user: str, key: str, draft: Draft) -> bool:
    """Keep `draft` under `key` for `user`; False (nothing written) when the key is another user's."""
    lists = [found for found in (draft.sheet, draft.handed) if found is not None]
    lists_id = "|".join(f"{found.kind}:{found.key}" for found in lists) or None
    return store.composer_drafts.save(
        key, user, _payload(draft), lambda: [_list_payload(found) for found in lists] or None, lists_id
    )


def load(store: Store, user: str, key: str) -> Draft | None:
    """The draft `user` keeps under send key `key`, or None (none, another user's, or unreadable).

    This is the way back to the composer with a draft intact: a page that sends the user elsewhere
    (buying credit…) links back to the composer with `?draft=KEY`, which restores from here."""
    row = store.composer_drafts.get(key, user)
    if row is None or row.payload.get("format") != FORMAT:
        return None
    lists = [_read_list(item) for item in (row.lists or ()) if isinstance(item, Mapping)]
    sheet = next((found for found in lists if found.kind == "sheet"), None)
    handed = next((found for found in lists if found.kind != "sheet"), None)
    return _draft(row.payload, sheet, handed)


def clear(store: Store, user: str, key: str) -> bool:
    """Forget `user`'s draft under `key` (it was sent or submitted), and drafts nobody touched for
    `KEEP_FOR`: they hold phone numbers that should not stay forever. True when the draft existed."""
    found = store.composer_drafts.delete(key, user)
    store.composer_drafts.purge(datetime.now(UTC) - KEEP_FOR)
    return found


def foreign(store: Store, user: str, key: str) -> bool:
    """Whether `key` names another user's draft (a shared link): `user` must then get a new key."""
    owner = store.composer_drafts.owner(key)
    return owner is not None and owner != user


# --- The stored shape -------------------------------------------------------------------------------


def _payload(draft: Draft) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "typed": draft.typed,
        "contacts": list(draft.contacts),
        "groups": list(draft.groups),
        "text": draft.text,
        "fallbacks": dict(draft.fallbacks),
        "accents": draft.accents,
        "sender": draft.sender,
        "send_type": draft.send_type,
        "when": draft.when,
        "day": draft.day.isoformat() if draft.day else None,
        "at": draft.at.isoformat() if draft.at else None,
        "days": list(draft.days),
        "weekly_at": draft.weekly_at.isoformat() if draft.weekly_at else None,
        "name": draft.name,
    }


def _draft(payload: Mapping[str, Any], sheet: SavedList | None, handed: SavedList | None) -> Draft:
    fallbacks = payload.get("fallbacks")
    sender = payload.get("sender")
    return Draft(
        typed=str(payload.get("typed") or ""),
        contacts=_strings(payload.get("contacts")),
        groups=_strings(payload.get("groups")),
        sheet=sheet,
        handed=handed,
        text=str(payload.get("text") or ""),
        fallbacks=tuple((str(k), str(v)) for k, v in fallbacks.items())
        if isinstance(fallbacks, Mapping)
        else (),
        accents=bool(payload.get("accents")),
        sender=None if sender is None else str(sender),
        send_type="FLASH" if payload.get("send_type") == "FLASH" else "SMS",
        when=str(payload.get("when")) if payload.get("when") in ("now", "once", "weekly") else "now",
        day=date.fromisoformat(payload["day"]) if payload.get("day") else None,
        at=time.fromisoformat(payload["at"]) if payload.get("at") else None,
        days=_strings(payload.get("days")),
        weekly_at=time.fromisoformat(payload["weekly_at"]) if payload.get("weekly_at") else None,
        name=str(payload.get("name") or ""),
    )


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, Sequence) and not isinstance(value, str):
        return tuple(str(item) for item in value)
    return ()


def _list_payload(found: SavedList) -> dict[str, Any]:
    # Compact rows: [phone, source index, value of field 0, value of field 1, …] (None for no value), so
    # that 100,000 rows do not repeat every field name and source. Values are kept as the SMS writes them
    # (`format_value`: 15000.0 → "15000", a date → "31/12/2025"), which renders the same once read back.
    names: dict[str, None] = {}
    sources: dict[str, int] = {}
    for recipient in found.recipients:
        names.update(dict.fromkeys(recipient.fields))
        sources.setdefault(recipient.source, len(sources))
    order = list(names)
    rows = [
        [r.phone, sources[r.source], *(format_value(r.fields.get(name)) or None for name in order)]
        for r in found.recipients
    ]
    return {
        "key": found.key,
        "kind": found.kind,
        "title": found.title,
        "counts": list(found.counts),
        "fields": order,
        "sources": list(sources),
        "rows": rows,
    }


def _read_list(item: Mapping[str, Any]) -> SavedList:
    names = [str(name) for name in item.get("fields") or ()]
    sources = [str(source) for source in item.get("sources") or ()] or ["typed"]
    recipients = tuple(
        Recipient(
            str(row[0]),
            {name: str(value) for name, value in zip(names, row[2:], strict=False) if value is not None},
            sources[int(row[1])] if int(row[1]) < len(sources) else sources[0],
        )
        for row in item.get("rows") or ()
    )
    valid, rejected, duplicates, *_ = [int(n) for n in item.get("counts") or ()] + [0, 0, 0]
    kind = str(item.get("kind"))
    return SavedList(
        key=str(item.get("key") or ""),
        kind=kind if kind in LIST_KINDS else "campaign",
        title=str(item.get("title") or ""),
        recipients=recipients,
        counts=(valid, rejected, duplicates),
    )


def is_past(draft: Draft, moment: datetime) -> bool:
    """Whether a once-scheduled draft's moment (Abidjan day and time given as `moment`'s zone) has
    passed: the composer then asks for a new date instead of showing a day it cannot accept."""
    if draft.when != "once" or draft.day is None:
        return False
    at = draft.at or time(0, 0)
    return datetime.combine(draft.day, at, tzinfo=moment.tzinfo) <= moment
