"""Sentences about the background worker: none running, a job given up."""

from __future__ import annotations

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    "worker.none": {
        "fr": "Aucun service d'envoi ne répond depuis plus de {seconds} secondes : votre demande est "
        "enregistrée et partira dès son retour ; si cela dure, prévenez votre administrateur.",
        "en": "No sending service has answered for over {seconds} seconds: your request is saved and "
        "will go as soon as it is back; if this lasts, tell your administrator.",
    },
    "worker.gave_up": {
        "fr": "Abandonné après {attempts} : {reason} Corrigez la cause puis relancez.",
        "en": "Given up after {attempts}: {reason} Fix the cause, then start it again.",
    },
    "worker.gave_up.attempts": {
        "fr": {"one": "{count} tentative", "other": "{count} tentatives"},
        "en": {"one": "{count} attempt", "other": "{count} attempts"},
    },
    "worker.error.internal": {
        "fr": "une erreur inattendue s'est répétée (détails dans le journal du serveur).",
        "en": "an unexpected error kept happening (details in the server log).",
    },
    "worker.import.preparing": {
        "fr": {
            "one": "Préparation de l'import : enregistrement de {count} ligne…",
            "other": "Préparation de l'import : enregistrement des {count} lignes…",
        },
        "en": {
            "one": "Preparing the import: saving {count} row…",
            "other": "Preparing the import: saving the {count} rows…",
        },
    },
    "worker.import.waiting": {
        "fr": "En attente du service d'envoi…",
        "en": "Waiting for the sending service…",
    },
    "import.file.chosen": {"fr": "Fichier : **{name}**", "en": "File: **{name}**"},
    "import.file.change": {"fr": "Choisir un autre fichier", "en": "Choose another file"},
    "import.reading": {"fr": "Lecture du fichier…", "en": "Reading the file…"},
}
