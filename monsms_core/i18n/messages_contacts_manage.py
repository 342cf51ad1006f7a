"""Messages of choosing, adding and paging contacts (selection by person, contacts added by hand, the
model sheet, the pager, the opt-out list's columns)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # A list of names in a sentence.
    "contacts.names.last": {"fr": "{names} et {last}", "en": "{names} and {last}"},
    "contacts.names.others_one": {"fr": "et 1 autre", "en": "and 1 other"},
    "contacts.names.others_many": {"fr": "et {count} autres", "en": "and {count} others"},
    # Who is ticked, and who a deletion takes.
    "contacts.pick.one": {"fr": "1 contact sélectionné : {names}", "en": "1 contact selected: {names}"},
    "contacts.pick.many": {
        "fr": "{count} contacts sélectionnés : {names}",
        "en": "{count} contacts selected: {names}",
    },
    "contacts.pick.hidden": {
        "fr": "dont {count} hors de ce tableau (autre page ou autre recherche)",
        "en": "{count} of them outside this table (another page or search)",
    },
    "contacts.pick.clear": {"fr": "Tout désélectionner", "en": "Clear the selection"},
    "contacts.delete.who_one": {"fr": "Sera supprimé : {names}.", "en": "Will be deleted: {names}."},
    "contacts.delete.who_many": {
        "fr": "Seront supprimés ({count}) : {names}.",
        "en": "Will be deleted ({count}): {names}.",
    },
    "contacts.delete.title_one": {"fr": "Supprimer 1 contact ?", "en": "Delete 1 contact?"},
    "contacts.delete.title_many": {"fr": "Supprimer {count} contacts ?", "en": "Delete {count} contacts?"},
    "contacts.delete.done_one": {"fr": "1 contact supprimé.", "en": "1 contact deleted."},
    "contacts.delete.done_many": {"fr": "{count} contacts supprimés.", "en": "{count} contacts deleted."},
    "groups.members.who": {"fr": "Retirés du groupe : {names}.", "en": "Taken out of the group: {names}."},
    "optouts.source.other": {"fr": "Autre", "en": "Other"},
    # The pager.
    "contacts.pager.one": {
        "fr": "Page {page} sur {pages} · 1 contact",
        "en": "Page {page} of {pages} · 1 contact",
    },
    "contacts.pager.many": {
        "fr": "Page {page} sur {pages} · {count} contacts",
        "en": "Page {page} of {pages} · {count} contacts",
    },
}
