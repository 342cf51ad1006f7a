"""Reading a send's progress from its outbox entry.

Chunk progress lives in the entry itself: `campaign_ids` holds ONE SLOT PER CHUNK, in chunk order — the
campaign id once that chunk's campaign exists, None before. Chunks are sent one after the other and
only the holder of the "sending" status writes the slots (each write is a compare-and-set on that
status), so slots plus the entry's status say everything: the first empty slot is the chunk that is
in flight ("sending"), lost ("unknown") or refused ("failed"); later empty slots are still to send.
When the entry is "sent", `campaign_ids` is simply the list of its campaign ids.
"""

from __future__ import annotations

from typing import Any, Literal

from monsms_core.i18n import catalog, translate
from monsms_core.store import OutboxEntry

ChunkState = Literal["done", "waiting", "sending", "unknown", "failed"]


def chunk_count(entry: OutboxEntry) -> int:
    """How many chunks (future campaigns) the entry's frozen plan has."""
    chunks = entry.payload.get("chunks") if isinstance(entry.payload, dict) else None
    return len(chunks) if isinstance(chunks, list) else 0


def slots(entry: OutboxEntry) -> list[str | None]:
    """The entry's campaign id slots, exactly one per chunk."""
    return normalize_slots(entry.campaign_ids, chunk_count(entry))


def normalize_slots(values: list[Any] | None, total: int) -> list[str | None]:
    """`values` as `total` slots of str-or-None (missing slots are None, extra ones ignored)."""
    cleaned: list[str | None] = [None if v in (None, "") else str(v) for v in (values or [])[:total]]
    return cleaned + [None] * (total - len(cleaned))


def sent_campaign_ids(entry: OutboxEntry) -> list[str]:
    """The ids of the campaigns that exist for this entry, in chunk order."""
    return [campaign_id for campaign_id in slots(entry) if campaign_id is not None]


def chunk_states(entry: OutboxEntry) -> list[ChunkState]:
    """Each chunk's state, derived as the module docstring explains."""
    states: list[ChunkState] = []
    first_open = True
    for campaign_id in slots(entry):
        if campaign_id is not None:
            states.append("done")
        elif first_open and entry.status in ("sending", "unknown", "failed"):
            states.append(entry.status)  # type: ignore[arg-type]  # narrowed by the `in` test above
            first_open = False
        else:
            states.append("waiting")
            first_open = False
    return states


def describe_error(code: str | None, lang: str | None = "fr") -> str:
    """The sentence for an error code stored on an outbox entry ("" when there is none).

    Codes are MonSmsError codes ("insufficient_credit", "invalid_request"…), plan blockers
    ("schedule_in_past"…) or the sending codes of `messages_sending` ("interrupted"…).
    """
    if not code:
        return ""
    known = catalog()
    for key in (f"errors.{code}", f"sending.error.{code}", f"sending.blocker.{code}"):
        if key in known:
            return translate(key, lang, fields="")
    return translate("sending.error.other", lang, code=code)
