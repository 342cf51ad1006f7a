"""Groups of contacts: `client.groups`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from monsms_core.client._paging import Sort
from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.contacts import ContactLike, contact_body
from monsms_core.client.models import Group, Page


def members_body(contacts: Iterable[ContactLike]) -> list[dict[str, Any]]:
    """The `contacts` field of group create/update: contact objects, as the getting-started page and the
    Dart SDK send them (stored contacts go with their `id`); never the older JS SDK's bare id strings."""
    return [contact_body(c) for c in contacts]


class Groups(Resource):
    """`/group/...`."""

    name = "groups"

    def create(
        self,
        name: str,
        description: str | None = None,
        *,
        contacts: Iterable[ContactLike] = (),
    ) -> Group:
        """Create a group, optionally with members (new contacts, or stored `Contact`s to add by id)."""
        body: dict[str, Any] = {"name": name, "contacts": members_body(contacts)}
        if description is not None:
            body["description"] = description
        return Group.from_api(as_mapping(self._write("/group/create", body, "create")))

    def list(
        self, *, page: int = 1, count: int = 50, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Page[Group]:
        """One page of groups, each with its member count; order_by ∈ name, createdAt."""
        return self._page("/group/list", Group, page=page, count=count, sort=sort, order_by=order_by)

    def iterate(
        self, *, count: int = 100, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Iterator[Group]:
        """Every group, page after page."""
        return self._iterate("/group/list", Group, count=count, sort=sort, order_by=order_by)

    def get(self, group_id: str) -> Group:
        """One group with its `contacts`."""
        return Group.from_api(as_mapping(self._read(f"/group/{group_id}", {"id": group_id}, "get")))

    def update(
        self,
        group_id: str,
        *,
        name: str | None = None,
        contacts: Iterable[ContactLike] | None = None,
    ) -> Group:
        """Rename a group and/or give its members (whether the API replaces or adds them is unconfirmed:
        read the group back to know, as `contacts.groups` does)."""
        body: dict[str, Any] = {"id": group_id}
        if name is not None:
            body["name"] = name
        if contacts is not None:
            body["contacts"] = members_body(contacts)
        if len(body) == 1:
            raise ValueError("nothing to update")
        return Group.from_api(as_mapping(self._write(f"/group/{group_id}/update", body, "update")))

    def delete(self, group_id: str) -> None:
        """Delete a group (its contacts stay)."""
        self._write(f"/group/{group_id}/delete", {"id": group_id}, "delete")
