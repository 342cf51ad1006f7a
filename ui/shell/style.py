"""A few CSS touches Streamlit offers no setting for: less empty space above the page title, and the file
picker's built-in English text ("Upload", "50MB per file") said in the reader's language."""

from __future__ import annotations

import streamlit as st

from ui.shell.i18n import tr


def apply_style() -> None:
    """Inject the dashboard's CSS into this run's page (cheap: one small markdown element)."""
    browse, limits = _css_string(tr("ui.upload.browse")), _css_string(tr("ui.upload.limits"))
    st.html(
        f"""<style>
[data-testid="stMainBlockContainer"] {{ padding-top: 2.5rem; }}
[data-testid="stFileUploaderDropzoneInstructions"] > * {{ display: none; }}
[data-testid="stFileUploaderDropzoneInstructions"]::after {{
  content: {limits}; font-size: 0.875rem; opacity: 0.7;
}}
[data-testid="stFileUploaderDropzone"] button > * {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button::after {{ content: {browse}; font-size: 0.875rem; }}
</style>"""
    )


def _css_string(text: str) -> str:
    """`text` as a quoted CSS string (accents and « » stay as they are: the page is UTF-8)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
