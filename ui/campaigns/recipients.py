"""A send's recipients on its detail page: names looked up in the account's contacts, searchable by name
or number, shown page by page, exportable (xlsx, csv), with what the API can tell of each number's fate."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from monsms_core.campaigns import (
    names_by_phone,
    recipients_frame,
    recipients_table,
    search_recipients,
    unknown_fate_note,
)
from monsms_core.client.models import CampaignDetails
from monsms_core.exports import to_csv_bytes, to_xlsx_bytes
from monsms_core.i18n.formatting import format_number
from ui.contacts.data import ensure_index
from ui.shell.downloads import EXPORT_LABELS, export_buttons
from ui.shell.i18n import current_language, tr

PAGE_SIZE = 50


def _contact_names() -> dict[str, str]:
    # The API's campaign details list phones only: names come from the account's contacts (the cached
    # index the Contacts page uses; None when the API could not be read, then the error is on the page).
    index = ensure_index()
    return names_by_phone(index.frame) if index is not None else {}


def recipients_section(campaigns: Sequence[CampaignDetails], frame: pd.DataFrame, key: str) -> None:
    """The recipients of `campaigns` (with group members already merged in); `frame` is their
    `campaigns_frame` (states and delivery counts)."""
    lang = current_language()
    st.subheader(tr("campaign.recipients.title"), anchor=False)
    recipients = recipients_frame(campaigns, frame, _contact_names())
    if recipients.empty:
        st.info(tr("campaign.recipients.none"), icon=":material/person_off:")
        return
    note = unknown_fate_note(recipients, frame, lang)
    if note:
        st.info(note, icon=":material/info:")
    search_col, page_col = st.columns([3, 1], vertical_alignment="bottom")
    query = search_col.text_input(
        tr("campaign.recipients.search"),
        placeholder=tr("campaign.recipients.search_placeholder"),
        key=f"{key}_search",
    )
    found = search_recipients(recipients, query or "")
    pages = max(1, math.ceil(len(found) / PAGE_SIZE))
    page = page_col.number_input(
        tr("campaign.recipients.page", pages=pages),
        min_value=1,
        max_value=pages,
        value=1,
        step=1,
        key=f"{key}_page_{pages}",
    )
    start = (int(page) - 1) * PAGE_SIZE
    window = found.iloc[start : start + PAGE_SIZE]
    several = len(campaigns) > 1
    st.dataframe(recipients_table(window, lang, several_texts=several), hide_index=True, width="stretch")
    st.caption(
        tr(
            "campaign.recipients.count",
            first=format_number(min(start + 1, len(found)), lang),
            last=format_number(start + len(window), lang),
            total=format_number(len(found), lang),
        )
    )
    sheet = tr("campaign.recipients.title")
    export_buttons(
        "destinataires",
        xlsx=lambda: to_xlsx_bytes(recipients_table(found, lang, several_texts=several), sheet_name=sheet),
        csv=lambda: to_csv_bytes(recipients_table(found, lang, several_texts=several)),
        labels=EXPORT_LABELS,
        key=key,
    )
