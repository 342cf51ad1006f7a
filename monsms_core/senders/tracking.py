"""The dashboard's sender-name requests with the status the API gives them now.

    tracked = track_requests(store.sender_requests.list(), client.senders.iterate())
    record_status_changes(store, tracked)       # "sender.status_changed" in the audit log, once per change

A request is matched to the API's sender by id, then by name (a request whose answer was lost is
recorded under the name the list showed). A sender the list no longer has is "missing".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from monsms_core.client.models import Sender
from monsms_core.senders.status import status_key
from monsms_core.store import SenderRequestRecord, Store


@dataclass(frozen=True)
class TrackedRequest:
    """One request and the API's sender for it (None when the API no longer lists it)."""

    record: SenderRequestRecord
    sender: Sender | None

    @property
    def status(self) -> str:
        """pending, accepted, refused, archived, missing or unknown."""
        if self.sender is None:
            return "missing"
        if self.sender.archived:
            return "archived"
        return status_key(self.sender.status)


def track_requests(records: Sequence[SenderRequestRecord], senders: Iterable[Sender]) -> list[TrackedRequest]:
    """Each record (in the given order) with its sender from `sender/list`."""
    listed = list(senders)
    by_id = {s.id: s for s in listed if s.id}
    by_name = {(s.name or "").strip().upper(): s for s in listed if s.name}
    return [
        TrackedRequest(record, by_id.get(record.sender_id or "") or by_name.get(record.name.strip().upper()))
        for record in records
    ]


def record_status_changes(store: Store, tracked: Iterable[TrackedRequest]) -> int:
    """Write each status the API changed since it was last seen (accepted, refused…) to the record and the
    audit log; returns how many changed."""
    changed = 0
    for item in tracked:
        status = item.sender.status if item.sender is not None else None
        if status and status != item.record.last_status:
            changed += store.sender_requests.note_status(item.record.id, status)
    return changed
