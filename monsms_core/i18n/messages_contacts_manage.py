"""Messages of choosing, adding and paging contacts (selection by person, contacts added by hand, the
model sheet, the pager, the opt-out list's columns)."""

from __future__ import annotations

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    # A list of names in a sentence.
    "contacts.names.last": {"fr": "{names} et {last}", "en": "{names} and {last}"},
    "contacts.names.others": {
        "fr": {"one": "et {count} autre", "other": "et {count} autres"},
        "en": {"one": "and {count} other", "other": "and {count} others"},
    },
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
    "contacts.delete.title": {
        "fr": {"one": "Supprimer {count} contact ?", "other": "Supprimer {count} contacts ?"},
        "en": {"one": "Delete {count} contact?", "other": "Delete {count} contacts?"},
    },
    "contacts.delete.done": {
        "fr": {"one": "{count} contact supprimé.", "other": "{count} contacts supprimés."},
        "en": {"one": "{count} contact deleted.", "other": "{count} contacts deleted."},
    },
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
MESSAGES.update(
    {
        # Adding a contact by hand.
        "contacts.add.open": {"fr": "Ajouter un contact", "en": "Add a contact"},
        "contacts.add.title": {"fr": "Ajouter un contact", "en": "Add a contact"},
        "contacts.add.help": {
            "fr": "Le numéro peut s'écrire comme d'habitude (07 07 12 34 56, +225…). Le nom complet est "
            "fait du prénom et du nom si vous le laissez vide.",
            "en": "Write the number as usual (07 07 12 34 56, +225…). The full name is made of the first "
            "and last names if you leave it empty.",
        },
        "contacts.add.phone_placeholder": {
            "fr": "Par exemple 07 07 12 34 56",
            "en": "For example 07 07 12 34 56",
        },
        "contacts.add.group": {"fr": "Groupe (facultatif)", "en": "Group (optional)"},
        "contacts.add.no_group": {"fr": "Aucun groupe", "en": "No group"},
        "contacts.add.submit": {"fr": "Ajouter le contact", "en": "Add the contact"},
        "contacts.add.phone": {
            "fr": "Ce numéro ne peut pas recevoir de SMS : {reason} Corrigez-le puis ajoutez le contact.",
            "en": "This number cannot receive SMS: {reason} Correct it, then add the contact.",
        },
        "contacts.add.exists": {
            "fr": "Ce numéro est déjà dans vos contacts : {who} ({phone}). Cherchez ce contact dans la "
            "liste pour le modifier.",
            "en": "This number is already in your contacts: {who} ({phone}). Find that contact in the "
            "list to edit it.",
        },
        "contacts.add.not_created": {
            "fr": "Mon SMS PRO n'a pas confirmé la création du contact. Cherchez le numéro dans la liste "
            "avant de réessayer.",
            "en": "Mon SMS PRO did not confirm the contact was created. Look for the number in the list "
            "before trying again.",
        },
        "contacts.add.done": {"fr": "Contact « {who} » ajouté.", "en": "Contact “{who}” added."},
        "contacts.add.done_group": {
            "fr": "Contact « {who} » ajouté au groupe « {group} ».",
            "en": "Contact “{who}” added to the group “{group}”.",
        },
        "audit.action.contact.created": {"fr": "Contact ajouté à la main", "en": "Contact added by hand"},
    }
)
MESSAGES.update(
    {
        # The model sheet of the Import page.
        "import.model.sheet": {"fr": "Contacts", "en": "Contacts"},
        "import.model.filename": {"fr": "modele-contacts.xlsx", "en": "contacts-template.xlsx"},
        "import.model.download": {"fr": "Télécharger le modèle", "en": "Download the template"},
        "import.model.hint": {
            "fr": "Pas sûr de la forme du fichier ? Partez du modèle : les bonnes colonnes et deux "
            "exemples à remplacer par vos contacts.",
            "en": "Not sure how to lay out the file? Start from the template: the right columns and two "
            "examples to replace with your contacts.",
        },
    }
)
