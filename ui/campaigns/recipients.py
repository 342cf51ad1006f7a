"""A send's recipients on its detail page: searchable, shown page by page, exportable (xlsx, csv)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import streamlit as st

from monsms_core.campaigns import display_phone, recipients_export, recipients_frame, search_recipients
from monsms_core.client.models import CampaignDetails
from monsms_core.exports import to_csv_bytes, to_xlsx_bytes
from monsms_core.i18n.formatting import format_number
from ui.campaigns.filters import state_label
from ui.shell.downloads import EXPORT_LABELS, export_buttons
from ui.shell.i18n import current_language, tr

PAGE_SIZE = 50


def recipients_section(campaigns: Sequence[CampaignDetails], states: Mapping[str, str], key: str) -> None:
    """The recipients of `campaigns` (with group members already merged in), with search and paging."""
    lang = current_language()
    st.subheader(tr("campaign.recipients.title"), anchor=False)
    frame = recipients_frame(campaigns, states)
    if frame.empty:
        st.info(tr("campaign.recipients.none"), icon=":material/person_off:")
        return
    search_col, page_col = st.columns([3, 1], vertical_alignment="bottom")
    query = search_col.text_input(
        tr("campaign.recipients.search"),
        placeholder=tr("campaign.recipients.search_placeholder"),
        key=f"{key}_search",
    )
    found = search_recipients(frame, query or "")
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
    multi = len(campaigns) > 1
    columns = {
        "phone": tr("campaign.recipients.col.phone"),
        "name": tr("campaign.recipients.col.name"),
        **({"campaign": tr("campaign.recipients.col.campaign")} if multi else {}),
        "status": tr("campaign.recipients.col.status"),
    }
    shown = (
        window[list(columns)]
        .assign(status=window["status"].map(state_label), phone=window["phone"].map(display_phone))
        .rename(columns=columns)
    )
    st.dataframe(shown, hide_index=True, width="stretch")
    st.caption(
        tr(
            "campaign.recipients.count",
            first=format_number(min(start + 1, len(found)), lang),
            last=format_number(start + len(window), lang),
            total=format_number(len(found), lang),
        )
    )
    if (frame["status_source"] == "campaign").any():
        st.caption(tr("campaign.recipients.status_note"))
    sheet = tr("campaign.recipients.title")
    export_buttons(
        "destinataires",
        xlsx=lambda: to_xlsx_bytes(recipients_export(found, lang), sheet_name=sheet),
        csv=lambda: to_csv_bytes(recipients_export(found, lang)),
        labels=EXPORT_LABELS,
        key=key,
    )
