"""Messages about what sends cost over time (recurring sends) and the "Crédit et dépenses" page."""

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    # Recurring sends: what they really cost.
    "recurring_cost.credit": {
        "fr": {"one": "{count} crédit", "other": "{count} crédits"},
        "en": {"one": "{count} credit", "other": "{count} credits"},
    },
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
    # The spending page ("Crédit et dépenses").
    "spending.nav": {"fr": "Crédit et dépenses", "en": "Credit and spending"},
    "spending.title": {"fr": "Crédit et dépenses", "en": "Credit and spending"},
    "spending.intro": {
        "fr": "Vos recharges et ce que chaque envoi a coûté, d'après Mon SMS PRO et le journal d'envoi du "
        "tableau de bord.",
        "en": "Your recharges and what each send cost, from Mon SMS PRO and the dashboard's send log.",
    },
    "spending.forecast.days": {
        "fr": "Au rythme des {window} derniers jours (environ {per_day} crédits par jour), votre crédit dure "
        "environ {days} jours.",
        "en": "At the pace of the last {window} days (about {per_day} credits a day), your credit lasts "
        "about {days} days.",
    },
    "spending.forecast.no_spend": {
        "fr": "Aucun crédit utilisé ces {window} derniers jours : pas de rythme pour estimer la durée "
        "de votre crédit.",
        "en": "No credit used in the last {window} days: no pace to estimate how long your credit lasts.",
    },
    "spending.kind.RECHARGED": {"fr": "Recharge", "en": "Recharge"},
    "spending.kind.DEBITED": {"fr": "Débit (envoi)", "en": "Debit (send)"},
    "spending.status.CHARGED": {"fr": "Payé", "en": "Paid"},
    "spending.status.PENDING": {"fr": "En attente", "en": "Pending"},
    "spending.status.FAILED": {"fr": "Échoué", "en": "Failed"},
    "spending.status.": {"fr": "Inconnu", "en": "Unknown"},
    "spending.method.OM_CI": {"fr": "Orange Money", "en": "Orange Money"},
    "spending.method.MTN_CI": {"fr": "MTN MoMo", "en": "MTN MoMo"},
    "spending.method.MOOV_CI": {"fr": "Moov Money", "en": "Moov Money"},
    "spending.method.WAVE_CI": {"fr": "Wave", "en": "Wave"},
    "spending.method.CASH": {"fr": "Espèces", "en": "Cash"},
    "spending.method.IAP": {"fr": "Achat intégré", "en": "In-app purchase"},
    "spending.method.OTP": {"fr": "Code", "en": "Code"},
    "spending.method.BULT_IN": {"fr": "Offert", "en": "Included"},
    "spending.export.date": {"fr": "Date", "en": "Date"},
    "spending.export.month": {"fr": "Mois", "en": "Month"},
    "spending.export.operation": {"fr": "Opération", "en": "Operation"},
    "spending.export.status": {"fr": "Statut", "en": "Status"},
    "spending.export.pack": {"fr": "Pack", "en": "Pack"},
    "spending.export.method": {"fr": "Moyen de paiement", "en": "Payment method"},
    "spending.export.send": {"fr": "Envoi", "en": "Send"},
    "spending.export.sent_by": {"fr": "Envoyé par", "en": "Sent by"},
    "spending.export.done_by": {"fr": "Fait par", "en": "Done by"},
    "spending.export.outside": {"fr": "Hors tableau de bord", "en": "Outside the dashboard"},
    "spending.export.recipients": {"fr": "Destinataires", "en": "Recipients"},
    "spending.export.paid_xof": {"fr": "Montant payé (FCFA)", "en": "Amount paid (FCFA)"},
    "spending.export.bought_credits": {"fr": "Crédits achetés", "en": "Credits bought"},
    "spending.export.used_credits": {"fr": "Crédits utilisés", "en": "Credits used"},
    "spending.export.used_xof": {
        "fr": "Valeur des crédits utilisés (FCFA)",
        "en": "Value of credits used (FCFA)",
    },
    "spending.export.total": {"fr": "Total", "en": "Total"},
    "spending.export.sheet_operations": {"fr": "Opérations", "en": "Operations"},
    "spending.export.sheet_sends": {"fr": "Par envoi", "en": "Per send"},
    "spending.export.sheet_months": {"fr": "Par mois", "en": "Per month"},
    "spending.refresh": {"fr": "Actualiser", "en": "Refresh"},
    "spending.empty": {
        "fr": "Aucune opération sur cette période. Élargissez la période ou choisissez « Tout le monde ».",
        "en": "No operation in this period. Widen the period or choose “Everyone”.",
    },
    "spending.filter.period": {"fr": "Période", "en": "Period"},
    "spending.filter.person": {"fr": "Personne", "en": "Person"},
    "spending.filter.everyone": {"fr": "Tout le monde", "en": "Everyone"},
    "spending.filter.person_note": {
        "fr": "Filtré par personne : ses envois et les recharges qu'elle a payées depuis le tableau de bord. "
        "Ce qui a été fait ailleurs (site Mon SMS PRO, autre outil) est sous « Hors tableau de bord ».",
        "en": "Filtered by person: their sends and the recharges they paid from the dashboard. What was "
        "done elsewhere (Mon SMS PRO's site, another tool) is under “Outside the dashboard”.",
    },
    "spending.metric.balance": {"fr": "Solde (crédits)", "en": "Balance (credits)"},
    "spending.metric.paid": {"fr": "Recharges payées (FCFA)", "en": "Recharges paid (FCFA)"},
    "spending.metric.bought": {"fr": "Crédits achetés", "en": "Credits bought"},
    "spending.metric.used": {"fr": "Crédits utilisés", "en": "Credits used"},
    "spending.chart.money_title": {"fr": "FCFA par mois", "en": "FCFA per month"},
    "spending.chart.credits_title": {"fr": "Crédits par mois", "en": "Credits per month"},
    "spending.chart.recharged_xof": {"fr": "Recharges payées", "en": "Recharges paid"},
    "spending.chart.spent_xof": {"fr": "Valeur utilisée", "en": "Value used"},
    "spending.chart.recharged_credits": {"fr": "Crédits achetés", "en": "Credits bought"},
    "spending.chart.spent_credits": {"fr": "Crédits utilisés", "en": "Credits used"},
}
