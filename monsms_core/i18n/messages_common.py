"""Words shared by every part of the dashboard."""

MESSAGES: dict[str, dict[str, str]] = {
    "common.yes": {"fr": "Oui", "en": "Yes"},
    "common.no": {"fr": "Non", "en": "No"},
    "common.cancel": {"fr": "Annuler", "en": "Cancel"},
    "common.confirm": {"fr": "Confirmer", "en": "Confirm"},
    "common.save": {"fr": "Enregistrer", "en": "Save"},
    "common.download_csv": {"fr": "Télécharger (CSV)", "en": "Download (CSV)"},
    "common.download_xlsx": {"fr": "Télécharger (Excel)", "en": "Download (Excel)"},
}
