"""The labels of the composer's template picker: a named template by its name and category, an unnamed one
by the start of its text (what the picker showed before templates had names)."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from monsms_core.client.models import Template
from ui.runtime import resources
from ui.shell.i18n import tr

_WIDTH = 70


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _WIDTH else flat[: _WIDTH - 1] + "…"


def picker_labels(templates: Iterable[Template]) -> dict[str, str]:
    """Template id → what the picker shows: "Réunion parents · Rappels", or the text's start."""
    records = {record.template_id: record for record in resources.store().template_names.list()}
    labels: dict[str, str] = {}
    for template in templates:
        record = records.get(str(template.id))
        if record is None:
            labels[str(template.id)] = _excerpt(template.text or "")
        else:
            labels[str(template.id)] = (
                f"{record.name} · {record.category}" if record.category else record.name
            )
    return labels


def manage_link() -> None:
    """A link to the Templates page, where templates get their names and categories."""
    st.page_link(
        "app_pages/send/templates.py", label=tr("templates.manage_link"), icon=":material/edit_note:"
    )
