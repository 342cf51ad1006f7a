"""What a user changes from the contacts and groups pages, each as one call: the checks, the API change
and its audit record together, so "what gets audited" has one answer and a page callback is one call.

Every function takes the `actor` (the signed-in user name) and raises the client's `MonSmsError` when the
API refuses or cannot be reached (nothing is audited then), or `GroupNameError` for a name the dashboard
will not send.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from monsms_core.client import MonSmsClient
from monsms_core.client.models import Contact
from monsms_core.contacts.browse import ContactChanges, apply_changes
from monsms_core.contacts.groups import (
    MembershipChange,
    add_members,
    all_groups,
    create_group,
    remove_members,
    rename_group,
    same_name,
)
from monsms_core.i18n.problems import ProblemError
from monsms_core.store import Store


class GroupNameError(ProblemError):
    """A group name the dashboard will not send: "no_name" (empty) or "exists" (another group has it,
    case and spaces ignored; `name` param)."""

    catalog = "groups.create"


def _checked_name(name: str, existing: Iterable[str | None]) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise GroupNameError("no_name")
    if any(same_name(other, cleaned) for other in existing):
        raise GroupNameError("exists", name=cleaned)
    return cleaned


def new_group(
    store: Store,
    client: MonSmsClient,
    name: str,
    *,
    actor: str,
    description: str | None = None,
    existing_names: Iterable[str | None] | None = None,
) -> MembershipChange:
    """Create an empty group, refusing a name another group already has. `existing_names` are the names
    the page already holds (a fresh list read from the API otherwise)."""
    names = existing_names if existing_names is not None else (g.name for g in all_groups(client))
    cleaned = _checked_name(name, names)
    change = create_group(client, cleaned, description=(description or "").strip() or None)
    store.audit.record(actor, "group.created", change.group.id, {"name": cleaned})
    return change


def rename(
    store: Store, client: MonSmsClient, group_id: str, *, old_name: str, new_name: str, actor: str
) -> bool:
    """Give the group a new name; False (and nothing sent) when the name did not change."""
    cleaned = new_name.strip()
    if not cleaned:
        raise GroupNameError("no_name")
    if cleaned == old_name:
        return False
    rename_group(client, group_id, cleaned)
    store.audit.record(actor, "group.renamed", group_id, {"from": old_name, "to": cleaned})
    return True


def delete_group(store: Store, client: MonSmsClient, group_id: str, *, name: str, actor: str) -> None:
    """Delete the group (its contacts stay in the account)."""
    client.groups.delete(group_id)
    store.audit.record(actor, "group.deleted", group_id, {"name": name})


def _audited(store: Store, actor: str, action: str, change: MembershipChange) -> MembershipChange:
    store.audit.record(actor, action, change.group.id, {"count": change.changed})
    return change


def add_to_group(
    store: Store, client: MonSmsClient, group_id: str, contact_ids: Sequence[str], *, actor: str
) -> MembershipChange:
    """Add the contacts not yet in the group; audited with how many were added."""
    return _audited(store, actor, "group.members_added", add_members(client, group_id, contact_ids))


def remove_from_group(
    store: Store, client: MonSmsClient, group_id: str, contact_ids: Sequence[str], *, actor: str
) -> MembershipChange:
    """Take the contacts out of the group (they stay in the account); audited with how many left it."""
    return _audited(store, actor, "group.members_removed", remove_members(client, group_id, contact_ids))


def save_contact(
    store: Store, client: MonSmsClient, contact_id: str, changes: ContactChanges, *, actor: str
) -> Contact:
    """Send a contact's checked changes (`browse.contact_changes`) and audit the edit."""
    updated = apply_changes(client, contact_id, changes)
    store.audit.record(actor, "contact.updated", contact_id)
    return updated


def delete_contacts(
    store: Store, client: MonSmsClient, contacts: Sequence[Contact], *, account: str, actor: str
) -> list[str]:
    """Delete contacts from the account (and so from every group), and forget their custom fields: a number
    imported again later must not bring back the deleted person's values. Returns the ids deleted."""
    contact_ids = [contact.id for contact in contacts if contact.id]
    client.contacts.delete_many(contact_ids)
    store.contact_fields.delete(account, [c.phone for c in contacts if c.id and c.phone], actor=actor)
    store.audit.record(actor, "contacts.deleted", f"{len(contact_ids)} contacts", {"count": len(contact_ids)})
    return contact_ids
