"""Groups through the client, made safe to repeat: membership changes are computed against the group's
current members, so running one twice adds (or removes) nothing the second time.

Members travel as contact objects (`{"id", "phone", …}`, the Dart SDK's form), never as bare ids.
Whether `/group/{id}/update` replaces or adds members is not confirmed by any SDK (the sandbox
replaces, Prisma `set` semantics): this module always sends the whole wanted list (current ∪ new, or
current − leaving), which is right under both readings for additions, then READS THE GROUP BACK and
reports what really changed (`MembershipChange.changed`, `confirmed`). The read-then-write is idempotent
(a retry after an unknown outcome sends the same set), but a change made by someone else between the
two calls would be overwritten; the window is one round trip.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

import pandas as pd

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import OutcomeUnknownError
from monsms_core.client.models import Contact, Group

Member = Contact | str
"""A group member to add: a stored Contact (id and phone), or a bare contact id (then fetched once, to
send the contact object the API expects: pass Contacts when the phones are at hand)."""

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
    confirmed: bool = True  # False: read back, the members are not what was sent (the API ignored part)


def create_group(
    client: MonSmsClient, name: str, *, description: str | None = None, members: Iterable[Member] = ()
) -> MembershipChange:
    """Create a group with members. When the answer is lost, the group is looked for by name: found, it
    is used (and its members completed); not found, OutcomeUnknownError is raised again for the caller
    to retry later."""
    contacts = _as_contacts(client, members)
    try:
        group = client.groups.create(name.strip(), description, contacts=contacts)
    except OutcomeUnknownError:
        found = find_group(client, name)
        if found is None or found.id is None:
            raise
        return replace(add_members(client, found.id, contacts), created_group=True)
    return MembershipChange(group, len(contacts), created_group=True)


def add_members(client: MonSmsClient, group_id: str, members: Iterable[Member]) -> MembershipChange:
    """Add the contacts not yet in the group; returns how many joined, read back (0: nothing was sent)."""
    group = client.groups.get(group_id)
    current = [contact for contact in group.contacts if contact.id]
    present = {contact.id for contact in current}
    wanted = list({_member_id(m): m for m in members if _member_id(m) not in present}.values())
    if not wanted:
        return MembershipChange(group, 0)
    missing = _as_contacts(client, wanted)
    client.groups.update(group_id, contacts=[*current, *missing])
    return _read_back(client, group_id, present, {c.id for c in current} | {c.id for c in missing})


def remove_members(client: MonSmsClient, group_id: str, contact_ids: Iterable[str]) -> MembershipChange:
    """Take the given contacts out of the group (they stay in the account); returns how many left it."""
    group = client.groups.get(group_id)
    leaving = set(contact_ids)
    current = [contact for contact in group.contacts if contact.id]
    kept = [contact for contact in current if contact.id not in leaving]
    if len(kept) == len(current):
        return MembershipChange(group, 0)
    client.groups.update(group_id, contacts=kept)
    return _read_back(client, group_id, {c.id for c in current}, {c.id for c in kept})


def _read_back(
    client: MonSmsClient, group_id: str, before: set[str | None], wanted: set[str | None]
) -> MembershipChange:
    """The group as the API now has it, and how many members it gained or lost compared to `before`."""
    group = client.groups.get(group_id)
    after = {contact.id for contact in group.contacts if contact.id}
    return MembershipChange(group, len(after ^ before), confirmed=after == wanted)


def _member_id(member: Member) -> str | None:
    return member if isinstance(member, str) else member.id


def _as_contacts(client: MonSmsClient, members: Iterable[Member]) -> list[Contact]:
    """Contacts for the members, fetching those given by id only; duplicates dropped."""
    unique = {_member_id(m): m for m in members if _member_id(m)}
    return [
        m if isinstance(m, Contact) and m.phone else client.contacts.get(str(key))
        for key, m in unique.items()
    ]


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
