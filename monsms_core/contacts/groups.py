"""Groups through the client, made safe to repeat: membership changes are computed against the group's
current members, so running one twice adds (or removes) nothing the second time.

The API's `/group/{id}/update` REPLACES the member list (sandbox and Prisma `set` semantics): adding
members means sending current ∪ new. That read-then-write is idempotent (a retry after an unknown
outcome sends the same set), but a change made by someone else between the two calls would be
overwritten; the window is one round trip.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import OutcomeUnknownError
from monsms_core.client.models import Group

GROUP_PAGE_SIZE = 100


def same_name(left: str | None, right: str | None) -> bool:
    """Group names compared as people read them: case and surrounding spaces ignored."""
    return (left or "").strip().casefold() == (right or "").strip().casefold()


def all_groups(client: MonSmsClient) -> list[Group]:
    """Every group of the account, newest first, each with its member count."""
    return list(client.groups.iterate(count=GROUP_PAGE_SIZE, sort="desc", order_by="createdAt"))


def find_group(client: MonSmsClient, name: str) -> Group | None:
    """The newest group called `name` (case ignored), or None."""
    return next((group for group in all_groups(client) if same_name(group.name, name)), None)


def member_ids(client: MonSmsClient, group_id: str) -> list[str]:
    """Ids of the group's members, in the API's order."""
    return [contact.id for contact in client.groups.get(group_id).contacts if contact.id]


@dataclass(frozen=True)
class MembershipChange:
    """What a membership call did: the group, and how many members it added or removed."""

    group: Group
    changed: int
    created_group: bool = False


def create_group(
    client: MonSmsClient, name: str, *, description: str | None = None, contact_ids: Iterable[str] = ()
) -> MembershipChange:
    """Create a group (with members given by contact id). When the answer is lost, the group is looked
    for by name: found, it is used (and its members completed); not found, OutcomeUnknownError is raised
    again for the caller to retry later."""
    ids = list(dict.fromkeys(contact_ids))
    try:
        group = client.groups.create(name.strip(), description, contact_ids=ids)
    except OutcomeUnknownError:
        group = find_group(client, name)
        if group is None or group.id is None:
            raise
        return MembershipChange(group, add_members(client, group.id, ids).changed, created_group=True)
    return MembershipChange(group, len(ids), created_group=True)


def add_members(client: MonSmsClient, group_id: str, contact_ids: Iterable[str]) -> MembershipChange:
    """Add the contacts not yet in the group; returns how many were missing (0: nothing was sent)."""
    group = client.groups.get(group_id)
    current = [contact.id for contact in group.contacts if contact.id]
    present = set(current)
    missing = [contact_id for contact_id in dict.fromkeys(contact_ids) if contact_id not in present]
    if not missing:
        return MembershipChange(group, 0)
    updated = client.groups.update(group_id, contact_ids=[*current, *missing])
    return MembershipChange(updated, len(missing))


def remove_members(client: MonSmsClient, group_id: str, contact_ids: Iterable[str]) -> MembershipChange:
    """Take the given contacts out of the group (they stay in the account); returns how many left it."""
    group = client.groups.get(group_id)
    leaving = set(contact_ids)
    current = [contact.id for contact in group.contacts if contact.id]
    kept = [contact_id for contact_id in current if contact_id not in leaving]
    if len(kept) == len(current):
        return MembershipChange(group, 0)
    updated = client.groups.update(group_id, contact_ids=kept)
    return MembershipChange(updated, len(current) - len(kept))


def rename_group(client: MonSmsClient, group_id: str, name: str) -> Group:
    """Give the group a new name (members unchanged)."""
    cleaned = name.strip()
    if not cleaned:
        raise ValueError("a group needs a name")
    return client.groups.update(group_id, name=cleaned)


def groups_frame(groups: Iterable[Group]) -> pd.DataFrame:
    """Groups as a frame: id, name, description, members, created_at."""
    records = [
        (g.id or "", g.name or "", g.description or "", g.contact_count if g.contact_count is not None
         else len(g.contacts), g.created_at)
        for g in groups
    ]  # fmt: skip
    frame = pd.DataFrame.from_records(records, columns=["id", "name", "description", "members", "created_at"])
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    return frame
