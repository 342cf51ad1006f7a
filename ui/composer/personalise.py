"""Personalisation in the composer: a value for empty fields, and the message as real recipients will
read it (the first one, the longest message, one with an empty field)."""

from __future__ import annotations

import streamlit as st

from monsms_core.compose import Recipient, count_segments, match_fields, normalize_field_name, template_fields
from monsms_core.composer import Combinations, preview_messages
from monsms_core.i18n import translate
from ui.composer.state import memo
from ui.shell.i18n import current_language, tr

FALLBACK_PREFIX = "composer_fallback_"


def fallback_inputs(template: str, fields: list[str]) -> dict[str, str]:
    """A text input per known field of the template: what to write when a recipient has no value."""
    known = [field for field, column in match_fields(template, fields).items() if column is not None]
    if not known:
        return {}
    st.markdown(f"**{tr('composer.fallback.title')}**")
    fallbacks: dict[str, str] = {}
    for field in known:
        key = FALLBACK_PREFIX + normalize_field_name(field)
        st.text_input(
            tr("composer.fallback.label", field="{" + field + "}"),
            key=key,
            placeholder=tr("composer.fallback.placeholder"),
        )
        value = str(st.session_state.get(key) or "")
        if value:
            fallbacks[field] = value
    return fallbacks


def previews(
    recipients: list[Recipient],
    version: int,
    template: str,
    fallbacks: dict[str, str],
    combos: Combinations | None = None,
) -> None:
    """The personalised message for a few real recipients, with its length (`combos`: the recipients
    grouped by the fields the text uses, which spares rendering everyone)."""
    if not template_fields(template):
        return
    if not recipients:
        st.caption(tr("composer.preview.no_recipients"))
        return
    shown = memo(
        "previews",
        (version, template, tuple(sorted(fallbacks.items()))),
        lambda: preview_messages(recipients, template, fallbacks, combos=combos),
    )
    lang = current_language()
    st.markdown(f"**{tr('composer.preview.title')}**")
    for label_key, message in shown:
        count = count_segments(message)
        with st.container(border=True):
            st.caption(
                f"{translate(label_key, lang)} · "
                + tr("composer.preview.size", characters=count.characters, parts=count.segments)
            )
            st.text(message, width="stretch")
