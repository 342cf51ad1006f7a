"""How a contact is named to people: the full name built from first and last names (imports and contacts
added by hand, when no "Nom complet" was given), the short name a confirmation lists, and a list of names
as a sentence ("Awa, Koffi et Marie", "… et 5 autres")."""

from __future__ import annotations

from collections.abc import Sequence

from monsms_core.client.models import Contact
from monsms_core.i18n import translate
from monsms_core.phones import pretty_phone

LISTED_NAMES = 8  # a confirmation names this many people, then says how many others


def full_name(first_name: str | None, last_name: str | None) -> str:
    """First and last names joined ("Awa Kouamé"); "" when both are empty."""
    return " ".join(part for part in ((first_name or "").strip(), (last_name or "").strip()) if part)


def display_name(contact: Contact) -> str:
    """The name a sentence about one contact uses: the full name, else first and last names, else the
    number as people write it."""
    return (
        (contact.name or "").strip()
        or full_name(contact.first_name, contact.last_name)
        or pretty_phone(contact.phone or "")
    )


def short_name(contact: Contact) -> str:
    """The name a list of people uses: the first name, else the full name, else the number."""
    for value in (contact.first_name, contact.name, full_name(contact.first_name, contact.last_name)):
        if value and value.strip():
            return value.strip()
    return pretty_phone(contact.phone or "")


def names_sentence(names: Sequence[str], lang: str = "fr", limit: int = LISTED_NAMES) -> str:
    """Names as a sentence part: "Awa", "Awa et Koffi", "Awa, Koffi et Marie", or the first `limit`
    names followed by "et N autres" when there are more."""
    if not names:
        return ""
    if len(names) > limit:
        others = len(names) - limit
        return ", ".join(names[:limit]) + " " + translate("contacts.names.others", lang, count=others)
    if len(names) == 1:
        return names[0]
    return translate("contacts.names.last", lang, names=", ".join(names[:-1]), last=names[-1])
