"""Texts that replace Streamlit's built-in English widget text (see ui/style.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui.upload.browse": {"fr": "Parcourir…", "en": "Browse…"},
    "ui.upload.limits": {
        "fr": "Glissez le fichier ici ou cliquez sur « Parcourir… » — 50 Mo au plus",
        "en": "Drop the file here or click “Browse…” — 50 MB at most",
    },
}
