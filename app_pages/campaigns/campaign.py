"""One send in detail (address `campaign?id=<campaign id>`; without an id, pick a recent send): message,
sender, schedule, who created and who approved it, delivery counts refreshed while messages are
pending, the actions the API allows, and the recipients (searchable, paged, exportable)."""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from monsms_core.accounts import can
from monsms_core.campaigns import campaigns_frame, send_state, send_title
from monsms_core.client.models import CampaignDetails
from monsms_core.i18n.formatting import format_datetime, format_number
from ui.campaigns import data as campaign_data
from ui.campaigns.actions import reuse_buttons, schedule_controls, show_result
from ui.campaigns.filters import state_badge, type_label
from ui.campaigns.recipients import recipients_section
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain
from ui.spending import recurring_cost

user = require_role("browse")
lang = current_language()
REFRESH_SECONDS = 2
MAX_CAMPAIGNS = 50  # details fetched per send (each is one API call)

st.page_link("app_pages/campaigns/campaigns.py", label=tr("campaign.back"), icon=":material/arrow_back:")

fetched = campaign_data.sends()
table = fetched.value if fetched.ok else None
campaign_id = st.query_params.get("id")
if not campaign_id:
    st.title(tr("campaign.pick_title"), anchor=False)
    if table is None or table.empty:
        st.info(tr("campaigns.none") if fetched.ok else fetched.message(lang), icon=":material/campaign:")
        st.stop()
    recent = table.head(100)
    labels = {
        ids[0]: f"{format_datetime(when, lang)} · {name or tr('campaigns.unnamed')}"
        for ids, when, name in zip(recent["campaign_ids"], recent["created_at"], recent["name"], strict=True)
    }
    choice = st.selectbox(
        tr("campaign.pick"),
        list(labels),
        format_func=labels.get,
        index=None,
        placeholder=tr("campaign.pick_placeholder"),
    )
    if choice:
        st.query_params["id"] = choice
        st.rerun()
    st.stop()

send = (campaign_data.find_send(table, campaign_id) if table is not None else None) or {
    "campaign_ids": (campaign_id,),
    "name": "",
    "text": "",
    "created_by": "",
    "approved_by": "",
}
ids = list(send["campaign_ids"])[:MAX_CAMPAIGNS]
campaigns, error = campaign_data.details(ids)
if error or not campaigns:
    st.title(tr("campaign.title_missing"), anchor=False)
    st.error(error or tr("campaign.not_found"), icon=":material/cloud_off:")
    st.stop()
main = campaigns[0]
user_names = {u.username: u.display_name for u in resources.store().users.list()}


def _schedule_text(campaign: CampaignDetails) -> str:
    if campaign.type == "SCHEDULED" and campaign.scheduled_date:
        return tr("campaign.schedule.once", when=format_datetime(campaign.scheduled_date, lang))
    if campaign.type == "RECURRING" and campaign.recurring is not None:
        slots = [
            f"{tr(f'review.weekday.{day}')} {getattr(campaign.recurring, day).strftime('%H:%M')}"
            for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
            if getattr(campaign.recurring, day)
        ]
        return tr("campaign.schedule.weekly", slots=", ".join(slots))
    return tr("campaign.schedule.now")


name = send_title(send.get("name") or main.name, send.get("text") or main.text) or tr("campaigns.unnamed")
st.title(plain(name), anchor=False)
st.caption(
    " · ".join(
        [
            type_label(main.type or "SMS"),
            tr("campaign.sender", sender=main.sender_name or tr("campaigns.default_sender")),
            tr("campaign.created", when=format_datetime(main.created_at, lang)) if main.created_at else "",
        ]
    ).strip(" ·")
)
show_result()

info = st.columns(3)
info[0].markdown(f"**{tr('campaign.schedule')}**  \n{_schedule_text(main)}")
author = send.get("created_by") or ""
info[1].markdown(
    f"**{tr('campaigns.col.created_by')}**  \n"
    + (user_names.get(author, author) if author else tr("campaigns.outside"))
)
approver = send.get("approved_by") or ""
info[2].markdown(
    f"**{tr('campaigns.col.approved_by')}**  \n" + (user_names.get(approver, approver) if approver else "—")
)

recurring_cost.campaign_note(campaigns)
st.markdown(f"**{tr('campaign.message')}**")
with st.container(border=True):
    st.text(str(send.get("text") or main.text or ""))
if len(campaigns) > 1:
    st.caption(tr("campaign.personalised", count=len(send["campaign_ids"])))


def _delivery(expect_pending: bool) -> None:
    current, problem = campaign_data.details(ids)
    if problem or not current:
        st.warning(problem or tr("campaign.not_found"), icon=":material/cloud_off:")
        return
    frame = campaigns_frame(current, datetime.now(UTC))
    total = int(frame["total"].fillna(0).sum()) or int(frame["recipients"].fillna(0).sum())
    sent, failed = int(frame["sent"].fillna(0).sum()), int(frame["failed"].fillna(0).sum())
    pending = int(frame["pending"].fillna(0).sum())
    state = send_state(frame)
    st.subheader(f"{tr('campaign.delivery')} {state_badge(state)}", anchor=False)
    cols = st.columns(5)
    cols[0].metric(tr("campaign.metric.recipients"), format_number(total, lang), border=True)
    cols[1].metric(tr("campaign.metric.sent"), format_number(sent, lang), border=True)
    cols[2].metric(tr("campaign.metric.failed"), format_number(failed, lang), border=True)
    cols[3].metric(tr("campaign.metric.pending"), format_number(pending, lang), border=True)
    cols[4].metric(
        tr("campaign.metric.credits"), format_number(int(frame["credits"].fillna(0).sum()), lang), border=True
    )
    if total:
        st.progress(
            (sent + failed) / total,
            text=tr(
                "campaign.progress", done=format_number(sent + failed, lang), total=format_number(total, lang)
            ),
        )
    live = state == "pending" and pending > 0
    if live:
        st.caption(tr("campaign.refreshing", seconds=REFRESH_SECONDS))
    if expect_pending and not live:
        campaign_data.refresh()
        st.rerun()  # a full run draws the page again without the automatic refresh


first_frame = campaigns_frame(campaigns, datetime.now(UTC))
still_pending = bool((first_frame["state"] == "pending").any())
st.fragment(_delivery, run_every=REFRESH_SECONDS if still_pending else None)(still_pending)

if can(user.role, "send"):
    schedule_controls(user, campaigns)
    with_members = [campaign_data.with_group_members(c) for c in campaigns]
    reuse_buttons(campaigns, send, with_members)
else:
    with_members = [campaign_data.with_group_members(c) for c in campaigns]

if main.groups:
    st.caption(tr("campaign.groups", groups=", ".join(plain(g.name or "?") for g in main.groups)))
recipients_section(with_members, first_frame, key=f"campaign_recipients_{main.id}")
