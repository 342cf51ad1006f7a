"""Step 3 of the composer: the sender name, SMS or Flash, and when (now, once later, every week)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import streamlit as st

from monsms_core.accounts import sender_problem
from monsms_core.composer import schedule_once, schedule_weekly
from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.senders import SenderRequestError, request_sender
from monsms_core.sending import WEEKDAYS
from monsms_core.sending.schedule import Schedule
from ui.composer import data as composer_data
from ui.runtime import resources
from ui.shell.i18n import current_language, tr
from ui.shell.session import session_username

SENDER_KEY = "composer_sender"
TYPE_KEY = "composer_type"
WHEN_KEY = "composer_when"
DATE_KEY = "composer_date"
TIME_KEY = "composer_time"
DAYS_KEY = "composer_days"
WEEKLY_TIME_KEY = "composer_weekly_time"
NAME_KEY = "composer_name"
NEW_SENDER_KEY = "composer_new_sender"
NEW_SENDER_REASON_KEY = "composer_new_sender_reason"
NAME_MAX = 60
_NO_SENDER = ""
_SENDER_NOTICE = "_composer_sender_notice"


@dataclass(frozen=True)
class Options:
    """What the options step decided."""

    sender_id: str | None
    send_type: str  # "SMS" | "FLASH"
    schedule: Schedule
    name: str


def _request_sender() -> None:
    name = str(st.session_state.get(NEW_SENDER_KEY) or "").strip()
    reason = str(st.session_state.get(NEW_SENDER_REASON_KEY) or "").strip()
    if sender_problem(name):
        st.session_state[_SENDER_NOTICE] = ("error", tr("composer.sender.invalid"))
        return
    try:  # recorded, audited, a taken name refused in words (monsms_core.senders)
        actor = session_username() or "?"
        request_sender(resources.store(), resources.client(), actor=actor, name=name, description=reason)
    except SenderRequestError as error:
        st.session_state[_SENDER_NOTICE] = ("error", error.user_message(current_language()))
        return
    composer_data.refresh("senders")
    st.session_state[NEW_SENDER_KEY] = ""
    st.session_state[NEW_SENDER_REASON_KEY] = ""
    st.session_state[_SENDER_NOTICE] = ("success", tr("composer.sender.requested", name=name))


def _sender(default_sender: str | None) -> str | None:
    fetched = composer_data.senders()
    names: list[str] = list(fetched.value) if fetched.ok else []
    if not fetched.ok:
        st.warning(fetched.message(current_language()), icon=":material/cloud_off:")
    options = [*names, _NO_SENDER]
    if st.session_state.get(SENDER_KEY) not in options:
        st.session_state.pop(SENDER_KEY, None)  # e.g. a sender archived since
    # Once the session state holds a choice (the user's, or a hand-over's), it wins: no default index too.
    chosen_before = SENDER_KEY in st.session_state
    index = 0 if chosen_before or default_sender not in options else options.index(default_sender)
    chosen = st.selectbox(
        tr("composer.sender.label"),
        options,
        index=index,
        key=SENDER_KEY,
        format_func=lambda name: name or tr("composer.sender.none"),
        help=tr("composer.sender.help"),
    )
    if not names and fetched.ok:
        st.caption(tr("composer.sender.no_accepted"))
    notice = st.session_state.pop(_SENDER_NOTICE, None)
    if notice is not None:
        (st.success if notice[0] == "success" else st.error)(notice[1])
    with st.expander(tr("composer.sender.request_title"), icon=":material/badge:"):
        st.caption(tr("composer.sender.request_help"))
        with st.form("composer_sender_request", border=False):
            st.text_input(tr("composer.sender.request_name"), key=NEW_SENDER_KEY, max_chars=11)
            st.text_input(tr("composer.sender.request_reason"), key=NEW_SENDER_REASON_KEY)
            st.form_submit_button(tr("composer.sender.request_submit"), on_click=_request_sender)
    return chosen or None


def _default_moment() -> datetime:
    """Tomorrow 09:00 in Abidjan: a sensible first value that is always in the future."""
    tomorrow = (datetime.now(ABIDJAN) + timedelta(days=1)).date()
    return datetime.combine(tomorrow, datetime.min.time().replace(hour=9), tzinfo=ABIDJAN)


def _schedule() -> Schedule:
    choices = ("now", "once", "weekly")
    when = st.radio(
        tr("composer.schedule.label"),
        choices,
        key=WHEN_KEY,
        format_func=lambda c: tr(f"composer.schedule.{c}"),
        horizontal=True,
    )
    if when == "once":
        default = _default_moment()
        day_col, time_col = st.columns(2)
        day = day_col.date_input(
            tr("composer.schedule.date"),
            value=default.date(),
            key=DATE_KEY,
            min_value=datetime.now(ABIDJAN).date(),
            format="DD/MM/YYYY",
        )
        at = time_col.time_input(tr("composer.schedule.time"), value=default.time(), key=TIME_KEY, step=300)
        st.caption(tr("composer.schedule.timezone"))
        return schedule_once(day, at)
    if when == "weekly":
        st.pills(
            tr("composer.schedule.days"),
            WEEKDAYS,
            selection_mode="multi",
            key=DAYS_KEY,
            format_func=lambda d: tr(f"composer.weekday.{d}"),
        )
        at = st.time_input(
            tr("composer.schedule.time"), value=_default_moment().time(), key=WEEKLY_TIME_KEY, step=300
        )
        st.caption(tr("composer.schedule.timezone"))
        return schedule_weekly(st.session_state.get(DAYS_KEY) or (), at)
    return None


def options_step(default_sender: str | None) -> Options:
    """Draw the options; return them."""
    left, right = st.columns(2, gap="large")
    with left:
        sender = _sender(default_sender)
        st.text_input(
            tr("composer.name_label"), key=NAME_KEY, max_chars=NAME_MAX, help=tr("composer.name_help")
        )
    with right:
        st.session_state.setdefault(TYPE_KEY, "SMS")  # no default= too: "Nouveau message" sets it back
        send_type = st.segmented_control(
            tr("composer.type.label"),
            ("SMS", "FLASH"),
            key=TYPE_KEY,
            required=True,
            format_func=lambda t: tr(f"composer.type.{t.lower()}"),
            help=tr("composer.type.help"),
        )
        schedule = _schedule()
    return Options(sender, str(send_type or "SMS"), schedule, str(st.session_state.get(NAME_KEY) or ""))
