"""Messages of the campaigns views (issue 11): who got a send, one send per line, what review will do,
tables that open a row."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # A number's fate, as far as the API tells it
    "campaign_view.person.delivered": {"fr": "Distribué", "en": "Delivered"},
    "campaign_view.person.failed": {"fr": "Échec", "en": "Failed"},
    "campaign_view.person.pending": {"fr": "En attente", "en": "Waiting"},
    "campaign_view.person.scheduled": {"fr": "Programmé", "en": "Scheduled"},
    "campaign_view.person.paused": {"fr": "En pause", "en": "Paused"},
    "campaign_view.person.recurring": {"fr": "Récurrent", "en": "Recurring"},
    "campaign_view.person.partial": {"fr": "Non précisé par l'API", "en": "Not told by the API"},
    "campaign_view.person.unknown": {"fr": "Non précisé par l'API", "en": "Not told by the API"},
    "campaign_view.unknown_fate": {
        "fr": "L'API de Mon SMS PRO ne dit pas ce qu'est devenu chaque numéro, seulement des totaux pour "
        "l'envoi : {sent} distribués, {failed} en échec, {pending} en attente, sur {total} messages. "
        "« Non précisé par l'API » veut dire que ce numéro fait partie de ces totaux.",
        "en": "The Mon SMS PRO API does not say what became of each number, only totals for the send: "
        '{sent} delivered, {failed} failed, {pending} waiting, out of {total} messages. "Not told by the '
        'API" means this number is counted in those totals.',
    },
    # Tables of sends
    "campaign_view.open_hint": {
        "fr": "Cliquez sur une ligne pour ouvrir son suivi.",
        "en": "Click a line to open its tracking page.",
    },
    # "Mes envois"
    "campaign_view.outbox.only_reviews": {
        "fr": "Rien n'est encore parti : vos envois attendent la validation d'un valideur (voir plus bas).",
        "en": "Nothing has gone out yet: your sends are waiting for a reviewer's approval (see below).",
    },
    # Review, where people are
    "campaign_view.review.scope": {"fr": "Qui doit être relu ?", "en": "Whose sends are reviewed?"},
    "campaign_view.review.scope.senders": {
        "fr": "Les Expéditeurs seulement",
        "en": "Senders only",
    },
    "campaign_view.review.scope.everyone": {
        "fr": "Tout le monde, administrateurs compris",
        "en": "Everyone, administrators included",
    },
    "campaign_view.review.scope_help": {
        "fr": "Un administrateur relu ne peut pas approuver son propre envoi sans en donner la raison.",
        "en": "A reviewed administrator cannot approve their own send without giving a reason.",
    },
    "campaign_view.review.will_be": {
        "fr": "Cet envoi sera relu avant de partir : il attendra l'accord de {names}.",
        "en": "This send will be reviewed before it goes out: it will wait for approval from {names}.",
    },
    "campaign_view.review.nobody": {
        "fr": "Cet envoi doit être relu, mais personne ne peut encore l'approuver : demandez à un "
        "administrateur de créer un compte Relecteur.",
        "en": "This send must be reviewed, but nobody can approve it yet: ask an administrator to create a "
        "Reviewer account.",
    },
    "campaign_view.review.not_you": {
        "fr": "Vos envois ne sont pas relus : celui-ci partira dès votre confirmation.",
        "en": "Your sends are not reviewed: this one goes out as soon as you confirm.",
    },
    "campaign_view.review.waiting.one": {"fr": "1 envoi à valider", "en": "1 send to review"},
    "campaign_view.review.waiting.other": {"fr": "{count} envois à valider", "en": "{count} sends to review"},
    "campaign_view.review.none_waiting": {
        "fr": "Aucun envoi n'attend votre validation pour l'instant.",
        "en": "No send is waiting for your review right now.",
    },
    "campaign_view.review.open_queue": {"fr": "Ouvrir la file de validation", "en": "Open the review queue"},
    "campaign_view.review.offer": {
        "fr": "**{username}** est Relecteur, mais la relecture des envois n'est pas activée : ses "
        "validations ne serviront que si vous l'activez.",
        "en": "**{username}** is a Reviewer, but review of sends is off: their approvals only matter once "
        "you turn it on.",
    },
    "campaign_view.review.turn_on": {"fr": "Activer la relecture", "en": "Turn review on"},
    "campaign_view.review.later": {"fr": "Plus tard", "en": "Later"},
    "campaign_view.review.turned_on": {
        "fr": "Relecture activée : {scope}.",
        "en": "Review turned on: {scope}.",
    },
    # Import report: each kind has its own downloads
    "import_view.sheet.rejected": {"fr": "Lignes refusées", "en": "Rejected rows"},
    "import_view.sheet.changed": {"fr": "Numéros modifiés", "en": "Changed numbers"},
    "import_view.sheet.duplicates": {"fr": "Doublons", "en": "Duplicates"},
    "import_view.suffix.rejected": {"fr": "lignes-refusees", "en": "rejected-rows"},
    "import_view.suffix.changed": {"fr": "numeros-modifies", "en": "changed-numbers"},
    "import_view.suffix.duplicates": {"fr": "doublons", "en": "duplicates"},
    "import_view.download.rejected.xlsx": {"fr": "Lignes refusées (Excel)", "en": "Rejected rows (Excel)"},
    "import_view.download.rejected.csv": {"fr": "Lignes refusées (CSV)", "en": "Rejected rows (CSV)"},
    "import_view.download.changed.xlsx": {"fr": "Numéros modifiés (Excel)", "en": "Changed numbers (Excel)"},
    "import_view.download.changed.csv": {"fr": "Numéros modifiés (CSV)", "en": "Changed numbers (CSV)"},
    "import_view.download.duplicates.xlsx": {"fr": "Doublons (Excel)", "en": "Duplicates (Excel)"},
    "import_view.download.duplicates.csv": {"fr": "Doublons (CSV)", "en": "Duplicates (CSV)"},
    # Import result: what to do with the group next
    "import_view.see_group": {"fr": "Voir le groupe", "en": "See the group"},
    "import_view.send_to_group": {"fr": "Envoyer à ce groupe", "en": "Send to this group"},
    # Short forms for the Campaigns table's narrow columns (the filters, exports and detail page keep the
    # long ones).
    "campaigns.table.default_sender": {"fr": "Par défaut", "en": "Default"},
    "campaigns.table.outside": {"fr": "Autre outil", "en": "Other tool"},
}
