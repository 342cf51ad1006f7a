"""Sender names (what recipients see as the SMS origin) asked for from the dashboard: requested once with
a clear answer for a taken name, recorded with who asked, followed to ACCEPTED or REFUSED, audited.

    record = request_sender(store, client, actor="awa", name="ECOLE", description="École Les Lauriers")
    tracked = track_requests(store.sender_requests.list(), client.senders.iterate())
    record_status_changes(store, tracked)

Modules: `request` (asking, the refusals in words), `tracking` (requests joined with `sender/list`),
`status` (the API's statuses as the dashboard names them).
"""

from __future__ import annotations

from monsms_core.senders.request import SenderRequestError, find_sender, request_sender
from monsms_core.senders.status import STATUS_KEYS, status_key
from monsms_core.senders.tracking import TrackedRequest, record_status_changes, track_requests

__all__ = [
    "STATUS_KEYS",
    "SenderRequestError",
    "TrackedRequest",
    "find_sender",
    "record_status_changes",
    "request_sender",
    "status_key",
    "track_requests",
]
