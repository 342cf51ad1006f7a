"""What a user with the "send" capability can do with a send from its detail page: pause or resume a
scheduled/recurring send, move it, and hand it to the composer ("send again", "duplicate as draft"). The
actions and their audit records are `monsms_core.campaigns.actions`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

import streamlit as st

from monsms_core.campaigns import SendAction, adjustable, reschedule, set_paused, set_recurrence
from monsms_core.client.models import CampaignDetails
from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.sending.schedule import WEEKDAYS
from ui.campaigns import data as campaign_data
from ui.campaigns.handoff import composer_available, hand_over, recipients_of
from ui.runtime import resources
from ui.shell.i18n import current_language, tr
from ui.shell.session import CurrentUser

RESULT_KEY = "_campaign_action_result"


def _show(result: SendAction) -> None:
    """Remember the outcome for `show_result`; refresh the list when something changed."""
    if result.error is not None:
        st.session_state[RESULT_KEY] = ("error", result.error.user_message(current_language()))
    else:
        st.session_state[RESULT_KEY] = ("success", tr(f"campaign.action.done.{result.action}"))
    if result.done:
        campaign_data.refresh()


def _toggle(user: CurrentUser, campaigns: Sequence[CampaignDetails], pause: bool) -> None:
    _show(set_paused(resources.store(), resources.client(), campaigns, pause=pause, actor=user.username))


def _reschedule(user: CurrentUser, campaigns: Sequence[CampaignDetails], key: str) -> None:
    day = st.session_state.get(f"{key}_day")
    at = st.session_state.get(f"{key}_time")
    if day is None or at is None:
        return
    moment = datetime.combine(day, at, tzinfo=ABIDJAN)
    try:
        result = reschedule(resources.store(), resources.client(), campaigns, moment, actor=user.username)
    except ValueError:
        st.session_state[RESULT_KEY] = ("error", tr("campaign.action.in_past"))
        return
    _show(result)


def _set_recurrence(user: CurrentUser, campaigns: Sequence[CampaignDetails], key: str) -> None:
    days = tuple(st.session_state.get(f"{key}_days") or ())
    at = st.session_state.get(f"{key}_time")
    if not days or at is None:
        st.session_state[RESULT_KEY] = ("error", tr("campaign.action.no_days"))
        return
    store, client = resources.store(), resources.client()
    _show(set_recurrence(store, client, campaigns, days, at, actor=user.username))


def _recurrence_of(campaign: CampaignDetails) -> tuple[list[str], time]:
    slots = campaign.recurring.days() if campaign.recurring is not None else {}
    days = [d for d in WEEKDAYS if d in slots]
    at = slots[days[0]] if days else time(8, 0)  # 08:00 only proposes a time for a campaign without days
    return days, at.replace(second=0, microsecond=0)


def schedule_controls(user: CurrentUser, campaigns: Sequence[CampaignDetails]) -> None:
    """Pause/resume and change the schedule of the send's campaigns, when the API allows it."""
    main = campaigns[0]
    if not adjustable(main):
        return
    st.subheader(tr("campaign.action.title"), anchor=False)
    key = f"campaign_schedule_{main.id}"
    paused = not bool(main.is_enabled)
    pause_col, when_col = st.columns([1, 2], vertical_alignment="bottom")
    if paused:
        pause_col.button(
            tr("campaign.action.resume"),
            icon=":material/play_arrow:",
            type="primary",
            on_click=_toggle,
            args=(user, campaigns, False),
            key=f"{key}_resume",
            width="stretch",
        )
    else:
        pause_col.button(
            tr("campaign.action.pause"),
            icon=":material/pause:",
            on_click=_toggle,
            args=(user, campaigns, True),
            key=f"{key}_pause",
            width="stretch",
        )
    with when_col.popover(tr("campaign.action.change_schedule"), icon=":material/event:", width="stretch"):
        if main.type == "SCHEDULED":
            current = (main.scheduled_date or datetime.now(UTC) + timedelta(hours=1)).astimezone(ABIDJAN)
            st.date_input(
                tr("campaign.action.day"), value=current.date(), format="DD/MM/YYYY", key=f"{key}_day"
            )
            st.time_input(
                tr("campaign.action.time"),
                value=current.time().replace(second=0, microsecond=0),
                key=f"{key}_time",
                step=300,
            )
            st.button(
                tr("campaign.action.save_schedule"),
                type="primary",
                key=f"{key}_save",
                on_click=_reschedule,
                args=(user, campaigns, key),
            )
        else:
            days, at = _recurrence_of(main)
            st.multiselect(
                tr("campaign.action.days"),
                list(WEEKDAYS),
                default=days,
                key=f"{key}_days",
                format_func=lambda d: tr(f"review.weekday.{d}"),
                placeholder=tr("campaign.action.days_placeholder"),
                select_all=False,  # Streamlit's "Select all" is English; seven days are quick to tick
            )
            st.time_input(tr("campaign.action.time"), value=at, key=f"{key}_time", step=300)
            st.button(
                tr("campaign.action.save_schedule"),
                type="primary",
                key=f"{key}_save",
                on_click=_set_recurrence,
                args=(user, campaigns, key),
            )
    st.caption(tr("campaign.action.paused_note") if paused else tr("campaign.action.pause_note"))


def show_result() -> None:
    """The outcome of the last action, once."""
    result = st.session_state.pop(RESULT_KEY, None)
    if result:
        (st.success if result[0] == "success" else st.error)(result[1])


def reuse_buttons(
    campaigns: Sequence[CampaignDetails], send: dict, with_members: Sequence[CampaignDetails]
) -> None:
    """ "Send again" and "duplicate as draft": the text and recipients go to the composer, which opens
    on a new draft (a new send); nothing goes out before its confirmation dialog."""
    if not composer_available():
        return
    again_col, duplicate_col, _ = st.columns([1, 1, 2])
    again = again_col.button(
        tr("campaign.action.again"), icon=":material/replay:", width="stretch", help=tr("prefill.help.again")
    )
    duplicate = duplicate_col.button(
        tr("campaign.action.duplicate"),
        icon=":material/content_copy:",
        width="stretch",
        help=tr("prefill.help.duplicate"),
    )
    if again or duplicate:
        main = campaigns[0]
        text = str(send.get("text") or main.text or "")
        hand_over(
            "again" if again else "duplicate",
            text=text,
            recipients=recipients_of(with_members, text),
            sender_id=main.sender_name,  # create takes the NAME; an answer's senderId is a row id
            send_type="FLASH" if main.type == "FLASH" else "SMS",
            name=str(send.get("name") or ""),
            source_campaign_ids=[c.id for c in campaigns if c.id],
        )
