"""A French "Tout sélectionner" for multiselects. Streamlit's own "Select all" line is English in its
browser code, so every multiselect hides it (`select_all=False`) and, where picking everything at once
is useful, this button does it in the reader's language."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from monsms_core.i18n.formatting import format_number
from ui.shell.i18n import current_language, tr


def _select(key: str, options: list[object]) -> None:
    st.session_state[key] = options


def select_all_button(key: str, options: Sequence[object]) -> None:
    """A small button that ticks every option of the multiselect stored under `key` (shown when at least
    two options are still unticked, like Streamlit's own)."""
    chosen = st.session_state.get(key) or []
    left = [option for option in options if option not in chosen]
    if len(left) < 2:
        return
    st.button(
        tr("choices.select_all", count=format_number(len(options), current_language())),
        key=f"{key}__select_all",
        type="tertiary",
        icon=":material/done_all:",
        on_click=_select,
        args=(key, list(options)),
    )
