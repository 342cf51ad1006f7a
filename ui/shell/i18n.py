"""Translations for the current browser session: `tr(key, **params)` in the signed-in user's language."""

from __future__ import annotations

import streamlit as st

from monsms_core.i18n import normalize_language, translate

LANGUAGE_KEY = "lang"


def current_language() -> str:
    """The session's language: the signed-in user's choice, else the one picked on the login page, else
    French (the reference language, whatever the browser says: most visitors read French first)."""
    return normalize_language(st.session_state.get(LANGUAGE_KEY))


def set_language(lang: str) -> None:
    """Use `lang` for the rest of this browser session."""
    st.session_state[LANGUAGE_KEY] = normalize_language(lang)


def tr(key: str, **params: object) -> str:
    """The message `key` in the session's language."""
    return translate(key, current_language(), **params)
