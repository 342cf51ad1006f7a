"""Finding contacts the API may have created without telling us (an answer lost after the request
reached it): the newest contacts are read first and matched by phone.

The scan stops as soon as every phone looked for is found, or once it reaches contacts that are surely
older than the request: a contact of `fence_ids` (created by an earlier request whose answer came back
before this one was sent, so everything from this request is newer), or one created well before the
request was sent (`since` minus `margin`, the margin covering clock differences between this machine and
the API). Without either, or when the API gives no creation dates, the scan reads everything.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime, timedelta

from monsms_core.client import MonSmsClient
from monsms_core.client.models import Contact

DEFAULT_MARGIN = timedelta(minutes=10)
PAGE_SIZE = 1000  # asked per call; a lower server cap is detected by the client's iterator
_NOT_DIGIT = re.compile(r"\D+")


def phone_key(phone: str | None) -> str:
    """The digits of a phone, the form contacts are matched on ("+225 07…" and "22507…" are the same)."""
    return _NOT_DIGIT.sub("", phone or "")


def find_recent_by_phone(
    client: MonSmsClient,
    phones: Collection[str],
    *,
    since: datetime | None = None,
    margin: timedelta = DEFAULT_MARGIN,
    fence_ids: Collection[str] = (),
    page_size: int = PAGE_SIZE,
) -> dict[str, Contact]:
    """{phone: the newest contact holding it} for the `phones` found among recent contacts.

    Raises the client's MonSmsError when a page cannot be read (the caller tries again later).
    """
    wanted = {phone_key(phone) for phone in phones} - {""}
    found: dict[str, Contact] = {}
    if not wanted:
        return found
    cutoff = since - margin if since is not None else None
    for contact in client.contacts.iterate(count=page_size, sort="desc", order_by="createdAt"):
        key = phone_key(contact.phone)
        if key in wanted and key not in found and contact.id:
            found[key] = contact
            if len(found) == len(wanted):
                break
        if contact.id in fence_ids:
            break
        created = contact.created_at
        if cutoff is not None and created is not None and created < cutoff:
            break  # newest first: everything after this one is older still
    return found
