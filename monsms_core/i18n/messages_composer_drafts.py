"""Messages of the composer's draft kept across reloads (ui.composer.keep) and of the sheet it gives back."""

MESSAGES: dict[str, dict[str, str]] = {
    "composer.rcpt.file_kept_title": {
        "fr": "Fichier « {name} » repris du brouillon",
        "en": 'File "{name}" kept with the draft',
    },
    "composer.rcpt.file_kept_hint": {
        "fr": "Les lignes vérifiées sont gardées avec le brouillon. Pour choisir une autre colonne de "
        "numéros, déposez le fichier à nouveau.",
        "en": "The checked rows are kept with the draft. To choose another phone column, drop the file "
        "again.",
    },
    "composer.rcpt.file_kept_remove": {"fr": "Retirer ce fichier", "en": "Remove this file"},
    "composer.draft.restored": {
        "fr": "Brouillon repris tel que vous l'aviez laissé : destinataires, message et options.",
        "en": "Draft restored as you left it: recipients, message and options.",
    },
}
