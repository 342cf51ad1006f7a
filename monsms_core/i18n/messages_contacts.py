"""Contacts, groups, the contact import and the opt-out list: pages, reports and downloads."""

MESSAGES: dict[str, dict[str, str]] = {
    # Menu
    "page.import.title": {"fr": "Importer des contacts", "en": "Import contacts"},
    "page.contacts.title": {"fr": "Contacts", "en": "Contacts"},
    "page.groups.title": {"fr": "Groupes", "en": "Groups"},
    "page.optouts.title": {"fr": "Liste d'opposition", "en": "Opt-out list"},
    # Contact fields (tables, forms, downloads)
    "contacts.col.phone": {"fr": "Téléphone", "en": "Phone"},
    "contacts.col.name": {"fr": "Nom complet", "en": "Full name"},
    "contacts.col.first_name": {"fr": "Prénom", "en": "First name"},
    "contacts.col.last_name": {"fr": "Nom", "en": "Last name"},
    "contacts.col.sex": {"fr": "Sexe", "en": "Sex"},
    "contacts.col.created_at": {"fr": "Ajouté le", "en": "Added on"},
    "contacts.sex.M": {"fr": "Homme", "en": "Male"},
    "contacts.sex.F": {"fr": "Femme", "en": "Female"},
    "contacts.sex.none": {"fr": "Non renseigné", "en": "Not given"},
    "contacts.export.sheet": {"fr": "Contacts", "en": "Contacts"},
    # Reasons of import items
    "contacts.reason.duplicate_in_file": {
        "fr": "Doublon : ce numéro figure plus haut dans le fichier.",
        "en": "Duplicate: this number appears higher up in the file.",
    },
    "contacts.reason.api_refused": {
        "fr": "{reason} (champ : {fields})",
        "en": "{reason} (field: {fields})",
    },
    # Contact form
    "contacts.edit.bad_phone": {
        "fr": "Ce numéro ne peut pas recevoir de SMS : {reason} Corrigez-le puis enregistrez.",
        "en": "This number cannot receive SMS: {reason} Correct it, then save.",
    },
    # Opt-out list
    "optouts.col.reason": {"fr": "Motif", "en": "Reason"},
    "optouts.col.source": {"fr": "Ajouté par", "en": "Added through"},
    "optouts.col.by": {"fr": "Compte", "en": "Account"},
    "optouts.col.at": {"fr": "Date", "en": "Date"},
    "optouts.source.manual": {"fr": "Saisie", "en": "Typed"},
    "optouts.source.import": {"fr": "Fichier", "en": "File"},
}
