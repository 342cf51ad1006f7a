"""Messages of the live self-check (`monsms_core.doctor`, CLI `doctor` and the Settings page)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "doctor.title": {
        "fr": "Vérification de la connexion au service ({url})",
        "en": "Checking the connection to the service ({url})",
    },
    "doctor.account": {
        "fr": "Compte : {name} — crédit disponible : {credit} SMS",
        "en": "Account: {name} — available credit: {credit} SMS",
    },
    "doctor.status.ok": {"fr": "conforme", "en": "OK"},
    "doctor.status.different": {"fr": "différent", "en": "different"},
    "doctor.status.missing": {
        "fr": "absent (le service répond « introuvable » à cette adresse)",
        "en": "missing (the service answers \"not found\" at this path)",
    },
    "doctor.status.error": {"fr": "erreur", "en": "error"},
    "doctor.status.skipped": {
        "fr": "non vérifié (rien à lire sur ce compte)",
        "en": "not checked (nothing to read on this account)",
    },
    "doctor.diff.missing": {
        "fr": "« {path} » absent (attendu : {expected})",
        "en": "\"{path}\" missing (expected: {expected})",
    },
    "doctor.diff.type": {
        "fr": "« {path} » est {got} (attendu : {expected})",
        "en": "\"{path}\" is {got} (expected: {expected})",
    },
    "doctor.diff.enum": {
        "fr": "« {path} » vaut « {got} » (attendu : {expected})",
        "en": "\"{path}\" is \"{got}\" (expected: {expected})",
    },
    "doctor.diff.not_list": {
        "fr": "la réponse n'est pas une liste mais {got}",
        "en": "the answer is not a list but {got}",
    },
    "doctor.diff.not_object": {
        "fr": "la réponse n'est pas un objet mais {got}",
        "en": "the answer is not an object but {got}",
    },
    "doctor.diff.sender_name": {
        "fr": "« {path} » contient le nom de l'expéditeur et l'objet « sender » manque (forme ancienne)",
        "en": "\"{path}\" holds the sender's name and the \"sender\" object is missing (older shape)",
    },
    "doctor.diff.page_size": {
        "fr": "la taille de page demandée n'est pas respectée ({got} éléments pour {expected})",
        "en": "the requested page size is not honoured ({got} items for {expected})",
    },
    "doctor.diff.paging": {
        "fr": "la page 2 répète la page 1 (pagination ignorée)",
        "en": "page 2 repeats page 1 (paging ignored)",
    },
    "doctor.note.per_sender": {
        "fr": "Les campagnes sont lues expéditeur par expéditeur (/campaign/list est absent).",
        "en": "Campaigns are read sender by sender (/campaign/list is missing).",
    },
    "doctor.verdict.ok": {
        "fr": "Tout est conforme : le tableau de bord peut utiliser ce compte.",
        "en": "Everything matches: the dashboard can use this account.",
    },
    "doctor.verdict.different": {
        "fr": "Des points diffèrent : envoyez ce rapport (option --json) au support avant d'envoyer des SMS.",
        "en": "Some points differ: send this report (--json option) to support before sending SMS.",
    },
    "doctor.cli.no_key": {
        "fr": "Aucune clé API configurée : donnez --api-key, ou MONSMS_API_KEY, ou enregistrez-la dans "
        "Paramètres.",
        "en": "No API key configured: give --api-key, or MONSMS_API_KEY, or save it in Settings.",
    },
    "doctor.cli.saved": {"fr": "Réponse enregistrée : {path}", "en": "Answer saved: {path}"},
    "doctor.settings.title": {"fr": "Vérifier la connexion", "en": "Check the connection"},
    "doctor.settings.help": {
        "fr": "Interroge le service en lecture seule (rien n'est envoyé ni modifié) et compare ses réponses "
        "à ce que le tableau de bord attend. À faire avec toute nouvelle clé API.",
        "en": "Queries the service read-only (nothing is sent or changed) and compares its answers with what "
        "the dashboard expects. Do it with every new API key.",
    },
    "doctor.settings.run": {"fr": "Lancer la vérification", "en": "Run the check"},
    "doctor.settings.download": {"fr": "Télécharger le rapport (JSON)", "en": "Download the report (JSON)"},
}
