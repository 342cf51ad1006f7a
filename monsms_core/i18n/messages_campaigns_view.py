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
}
