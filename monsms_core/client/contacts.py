"""Contacts: `client.contacts` — batched creation, paging, update, deletion."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

from monsms_core.client._paging import Sort, extract_items
from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.errors import InvalidResponseError
from monsms_core.client.models import Contact, ContactBatchResult, NewContact, Page

ContactLike = NewContact | Contact | Mapping[str, Any] | str
"""A contact to send: a NewContact, a stored Contact (sent with its `id`, as the Dart SDK's
ContactModel.toJson does), an API-form dict (`phone`, `firstName`…) or just a phone number."""


def contact_body(contact: ContactLike) -> dict[str, Any]:
    """The wire form of one contact (to create, or, with its id, to name an existing one)."""
    if isinstance(contact, NewContact):
        return contact.to_api()
    if isinstance(contact, Contact):
        if not contact.phone:
            raise ValueError("every contact needs a phone")
        known = {
            "id": contact.id,
            "phone": contact.phone,
            "name": contact.name,
            "firstName": contact.first_name,
            "lastName": contact.last_name,
            "sex": contact.sex,
        }
        return {key: value for key, value in known.items() if value is not None}
    if isinstance(contact, str):
        return {"phone": contact}
    if isinstance(contact, Mapping) and contact.get("phone"):
        return dict(contact)
    raise ValueError("every contact needs a phone")


class Contacts(Resource):
    """`/contact/...`."""

    name = "contacts"

    def create(self, contacts: Iterable[ContactLike]) -> list[Contact]:
        """Create contacts in ONE request; returns what the API sent back (empty if it only counts)."""
        return self._create_batch([contact_body(c) for c in contacts], start=0).created

    def create_many(
        self, contacts: Iterable[ContactLike], batch_size: int = 500
    ) -> Iterator[ContactBatchResult]:
        """Create any number of contacts, `batch_size` per request, yielding each batch's result.

        Lazy: nothing is sent until iterated, and an error stops at the failing batch (earlier batches
        are created and were yielded), so callers can record progress and resume.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be positive")
        return self._batches(iter(contacts), batch_size)

    def _batches(self, contacts: Iterator[ContactLike], batch_size: int) -> Iterator[ContactBatchResult]:
        start = 0
        while batch := [contact_body(c) for c in islice(contacts, batch_size)]:
            yield self._create_batch(batch, start)
            start += len(batch)

    def _create_batch(self, bodies: list[dict[str, Any]], start: int) -> ContactBatchResult:
        if not bodies:
            raise ValueError("no contact to create")
        data = self._write("/contact/create", {"contacts": bodies}, "create")
        created = _created_contacts(data)
        count = (
            data.get("count") if isinstance(data, Mapping) and isinstance(data.get("count"), int) else None
        )
        return ContactBatchResult(start, len(bodies), created, count if count is not None else len(created))

    def list(
        self, *, page: int = 1, count: int = 100, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Page[Contact]:
        """One page of contacts; order_by ∈ firstName, lastName, name, phone, sex, createdAt."""
        return self._page("/contact/list", Contact, page=page, count=count, sort=sort, order_by=order_by)

    def iterate(
        self, *, count: int = 500, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Iterator[Contact]:
        """Every contact, page after page."""
        return self._iterate("/contact/list", Contact, count=count, sort=sort, order_by=order_by)

    def get(self, contact_id: str) -> Contact:
        """One contact."""
        return Contact.from_api(as_mapping(self._read(f"/contact/{contact_id}", {"id": contact_id}, "get")))

    def update(
        self,
        contact_id: str,
        *,
        phone: str | None = None,
        name: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        sex: str | None = None,
    ) -> Contact:
        """Change the given fields of a contact (the others stay as they are)."""
        changes = {"phone": phone, "name": name, "firstName": first_name, "lastName": last_name, "sex": sex}
        body = {"id": contact_id, **{k: v for k, v in changes.items() if v is not None}}
        if len(body) == 1:
            raise ValueError("nothing to update")
        return Contact.from_api(as_mapping(self._write(f"/contact/{contact_id}/update", body, "update")))

    def delete_many(self, contact_ids: Sequence[str], batch_size: int = 500) -> int:
        """Delete contacts by id, `batch_size` ids per request; returns how many ids were sent."""
        ids = list(contact_ids)
        for first in range(0, len(ids), max(1, batch_size)):
            self._write("/contact/delete", {"contactIds": ids[first : first + batch_size]}, "delete")
        return len(ids)


def _created_contacts(data: Any) -> list[Contact]:
    if isinstance(data, Mapping) and "phone" in data:  # a single contact object
        return [Contact.from_api(data)]
    if not isinstance(data, list | Mapping):
        return []
    try:
        items, _total = extract_items(data)
    except InvalidResponseError:  # e.g. {"count": n} only: the write succeeded, there is just no array
        return []
    return [Contact.from_api(item) for item in items if isinstance(item, Mapping)]
