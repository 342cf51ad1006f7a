"""A contact added by hand from the contacts page: checked like every number the dashboard takes (one
normalisation, `monsms_core.phones`), refused when the account already holds that number (the existing
contact is named), created with one API call, optionally put in a group, and audited.

A lost answer (`OutcomeUnknownError`: the request may have reached the API) is settled by looking for
the number among the newest contacts, so a contact is never created twice by a retry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import OutcomeUnknownError
from monsms_core.client.models import Contact
from monsms_core.contacts.edits import add_to_group
from monsms_core.contacts.index import ContactIndex
from monsms_core.contacts.lookup import find_recent_by_phone
from monsms_core.contacts.names import display_name, full_name
from monsms_core.contacts.selection import contact_of
from monsms_core.i18n.problems import ProblemError
from monsms_core.phones import DEFAULT_REGION, normalize_phone, pretty_phone
from monsms_core.store import Store

SEXES = ("M", "F")


class NewContactError(ProblemError, ValueError):
    """A contact the dashboard will not create: "phone" (unusable number; `reason` is the phone check's
    sentence) or "exists" (the account already has the number; `who` and `phone` name that contact)."""

    catalog = "contacts.add"


@dataclass(frozen=True)
class ContactForm:
    """What a person typed in the "Ajouter un contact" form."""

    phone: str
    name: str = ""
    first_name: str = ""
    last_name: str = ""
    sex: str | None = None


@dataclass(frozen=True)
class AddedContact:
    """The created contact and the group it joined (None: no group asked)."""

    contact: Contact
    group_name: str | None = None


def existing_contact(index: ContactIndex, phone: str) -> Contact | None:
    """The contact of the account holding `phone` (API form), the oldest when it is stored twice."""
    rows = index.frame[index.frame["phone"] == phone]
    return contact_of(rows.iloc[-1].to_dict()) if len(rows) else None


def contact_body(
    form: ContactForm, index: ContactIndex, *, region: str = DEFAULT_REGION, lang: str = "fr"
) -> dict[str, str]:
    """The API contact object for the form, or NewContactError: the number normalised (lost zero, old
    8-digit numbers, country code) and not yet in the account (`index`, the account's contacts); the full
    name built from the first and last names when none was typed."""
    result = normalize_phone(form.phone, region)
    if result.phone is None:
        raise NewContactError("phone", reason=result.user_message(lang))
    if (found := existing_contact(index, result.phone)) is not None:
        raise NewContactError("exists", who=display_name(found), phone=pretty_phone(result.phone))
    first, last = form.first_name.strip(), form.last_name.strip()
    body = {
        "phone": result.phone,
        "name": form.name.strip() or full_name(first, last),
        "firstName": first,
        "lastName": last,
        "sex": form.sex if form.sex in SEXES else "",
    }
    return {key: value for key, value in body.items() if value}


def add_contact(
    store: Store,
    client: MonSmsClient,
    form: ContactForm,
    *,
    index: ContactIndex,
    actor: str,
    group: tuple[str, str] | None = None,
    region: str = DEFAULT_REGION,
    lang: str = "fr",
) -> AddedContact:
    """Create the contact (see `contact_body` for the checks), add it to `group` ((id, name), optional),
    audit both. Raises NewContactError, or the client's MonSmsError when the API refuses or cannot be
    reached (nothing is audited then)."""
    body = contact_body(form, index, region=region, lang=lang)
    sent_at = datetime.now(UTC)
    lost: OutcomeUnknownError | None = None
    try:
        created = client.contacts.create([body])
    except OutcomeUnknownError as exc:
        created, lost = [], exc  # it may exist all the same: looked for below
    contact = next((c for c in created if c.id), None)
    if contact is None:  # the API only counted, or the answer was lost
        contact = find_recent_by_phone(client, [body["phone"]], since=sent_at).get(body["phone"])
    if contact is None or not contact.id:
        if lost is not None:
            raise lost
        raise NewContactError("not_created")
    store.audit.record(actor, "contact.created", contact.id)
    if group is None:
        return AddedContact(contact)
    group_id, group_name = group
    add_to_group(store, client, group_id, [contact.id], actor=actor)
    return AddedContact(contact, group_name)
