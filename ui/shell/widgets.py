"""Small pieces of page furniture shared by several screens."""

from __future__ import annotations

import streamlit as st

from ui.runtime import resources
from ui.shell.i18n import tr


def brand_header() -> None:
    """The product name and a one-line description, for the screens before sign-in."""
    st.title(tr("ui.brand"), anchor=False)
    st.caption(tr("ui.tagline"))


def mode_badge(*, short: bool = False) -> None:
    """Whether SMS are real: an orange "sandbox" badge or a green "live" one, on every screen (`short`
    for the sidebar, where the page's own badge already says the whole sentence)."""
    suffix = "_short" if short else ""
    if resources.connection().mode == "sandbox":
        explained = tr("ui.mode.sandbox_help")
        st.badge(tr(f"ui.mode.sandbox{suffix}"), icon=":material/science:", color="orange", help=explained)
        if short:  # a badge does not wrap: the sidebar's narrow one is explained just below it
            st.caption(tr("ui.mode.sandbox_note"))
    else:
        st.badge(tr(f"ui.mode.live{suffix}"), icon=":material/cell_tower:", color="green")
