"""Sender names (the SMS origin recipients see): `client.senders`."""

from __future__ import annotations

from collections.abc import Iterator

from monsms_core.client._paging import Sort
from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.models import Campaign, Page, Sender


class Senders(Resource):
    """`/sender/...`: list, create, get, archive/unarchive, campaigns of a sender."""

    name = "senders"

    def list(
        self, *, page: int = 1, count: int = 50, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Page[Sender]:
        """One page of senders."""
        return self._page("/sender/list", Sender, page=page, count=count, sort=sort, order_by=order_by)

    def iterate(
        self, *, count: int = 100, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Iterator[Sender]:
        """Every sender, page after page."""
        return self._iterate("/sender/list", Sender, count=count, sort=sort, order_by=order_by)

    def create(self, name: str, description: str = "") -> Sender:
        """Ask for a new sender name (3–11 characters); it starts PENDING until the operator accepts it."""
        if not 3 <= len(name) <= 11:
            raise ValueError("a sender name has 3 to 11 characters")
        data = self._write("/sender/create", {"name": name, "description": description}, "create")
        return Sender.from_api(as_mapping(data))

    def get(self, sender_id: str) -> Sender:
        """One sender."""
        return Sender.from_api(as_mapping(self._read(f"/sender/{sender_id}", {"id": sender_id}, "get")))

    def archive(self, sender_id: str) -> Sender:
        """Hide a sender from the choices (it can be unarchived)."""
        return self._set_archived(sender_id, True)

    def unarchive(self, sender_id: str) -> Sender:
        """Bring an archived sender back."""
        return self._set_archived(sender_id, False)

    def _set_archived(self, sender_id: str, archived: bool) -> Sender:
        body = {"id": sender_id, "archived": archived}
        return Sender.from_api(as_mapping(self._write(f"/sender/{sender_id}/update", body, "update")))

    def campaigns(
        self,
        sender_id: str,
        *,
        page: int = 1,
        count: int = 50,
        sort: Sort = "desc",
        order_by: str = "createdAt",
    ) -> Page[Campaign]:
        """One page of the campaigns sent with this sender."""
        return self._page(
            f"/sender/{sender_id}/campaign",
            Campaign,
            page=page,
            count=count,
            sort=sort,
            order_by=order_by,
            extra={"senderId": sender_id},
        )
