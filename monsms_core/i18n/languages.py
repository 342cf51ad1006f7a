"""The dashboard's languages and how a requested language maps onto them."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def normalize_language(lang: str | None) -> str:
    """A supported language code for `lang` (e.g. 'en-US' → 'en'), French when unknown."""
    code = (lang or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE
