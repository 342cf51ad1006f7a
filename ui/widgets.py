"""Small pieces of page furniture shared by several screens."""

from __future__ import annotations

import streamlit as st

from monsms_core.errors import MonSmsError
from ui import resources
from ui.i18n import current_language, tr


def brand_header() -> None:
    """The product name and a one-line description, for the screens before sign-in."""
    st.title(tr("ui.brand"), anchor=False)
    st.caption(tr("ui.tagline"))


def mode_badge() -> None:
    """Whether SMS are real: an orange "sandbox" badge or a green "live" one, on every screen."""
    if resources.connection().mode == "sandbox":
        st.badge(tr("ui.mode.sandbox"), icon=":material/science:", color="orange", width="stretch")
    else:
        st.badge(tr("ui.mode.live"), icon=":material/cell_tower:", color="green", width="stretch")


def show_api_error(error: MonSmsError) -> None:
    """An API failure as one sentence saying what to do, never a traceback."""
    st.error(error.user_message(current_language()), icon=":material/cloud_off:")
