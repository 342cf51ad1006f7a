"""Messages about what sends cost over time (recurring sends) and the "Crédit et dépenses" page."""

MESSAGES: dict[str, dict[str, str]] = {
    # Recurring sends: what they really cost.
    "recurring_cost.credit_one": {"fr": "{count} crédit", "en": "{count} credit"},
    "recurring_cost.credit_many": {"fr": "{count} crédits", "en": "{count} credits"},
    "recurring_cost.summary": {
        "fr": "Envoi répété {runs} fois par semaine, débité à chaque envoi : {occurrence} par envoi, "
        "{week} par semaine, environ {month} par mois.",
        "en": "Repeats {runs}× a week, charged at each run: {occurrence} per run, {week} per week, "
        "about {month} per month.",
    },
    "recurring_cost.covered": {
        "fr": "Votre crédit actuel paie {runs} envois.",
        "en": "Your current credit pays for {runs} runs.",
    },
    "recurring_cost.per_occurrence": {"fr": "Crédits par envoi", "en": "Credits per run"},
    "recurring_cost.per_week": {"fr": "Crédits par semaine", "en": "Credits per week"},
    "recurring_cost.per_month": {"fr": "Crédits par mois (environ)", "en": "Credits per month (about)"},
}
