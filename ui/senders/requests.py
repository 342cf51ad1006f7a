"""Sender names on screen: a request form (one call to `monsms_core.senders.request_sender`, the answer
kept until shown) and the team's requests with the status `sender/list` gives them now."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.i18n.formatting import format_datetime
from monsms_core.senders import SenderRequestError, TrackedRequest, record_status_changes, request_sender
from monsms_core.senders import track_requests as join_requests
from ui.runtime import resources
from ui.runtime.fetched import Fetched, fetch
from ui.shell.i18n import current_language, tr
from ui.shell.session import CurrentUser

NAME_KEY = "senders_new_name"
REASON_KEY = "senders_new_reason"
_NOTICE_KEY = "_senders_notice"
_BADGES = {"pending": "orange", "accepted": "green", "refused": "red", "archived": "gray"}


def ask(user: CurrentUser, name: str, reason: str) -> bool:
    """Request `name`; the outcome is kept as a notice (a sentence). True when the request was made."""
    try:
        record = request_sender(
            resources.store(), resources.client(), actor=user.username, name=name, description=reason
        )
    except SenderRequestError as error:
        st.session_state[_NOTICE_KEY] = ("error", error.user_message(current_language()))
        return False
    st.session_state[_NOTICE_KEY] = ("success", tr("senders.page.requested", name=record.name))
    return True


def _submit(user: CurrentUser) -> None:
    if ask(user, str(st.session_state.get(NAME_KEY) or ""), str(st.session_state.get(REASON_KEY) or "")):
        st.session_state[NAME_KEY] = ""
        st.session_state[REASON_KEY] = ""


def notice() -> None:
    """The last request's outcome (shown once)."""
    kept = st.session_state.pop(_NOTICE_KEY, None)
    if kept is not None:
        (st.success if kept[0] == "success" else st.error)(kept[1])


def request_form(user: CurrentUser) -> None:
    """Name (3–11 characters) and what it is for; submitting asks the API."""
    with st.form("senders_request", border=True):
        st.text_input(tr("senders.page.name"), key=NAME_KEY, max_chars=11, help=tr("senders.page.name_help"))
        st.text_input(tr("senders.page.reason"), key=REASON_KEY, help=tr("senders.page.reason_help"))
        st.form_submit_button(
            tr("senders.page.submit"), icon=":material/badge:", on_click=_submit, args=(user,), type="primary"
        )


def tracked_requests() -> Fetched:
    """The dashboard's requests joined with `sender/list` (status changes recorded in the audit log)."""
    store = resources.store()

    def read() -> list[TrackedRequest]:
        tracked = join_requests(store.sender_requests.list(), resources.client().senders.iterate())
        record_status_changes(store, tracked)
        return tracked

    return fetch(read)


def status_label(status: str) -> str:
    """The status as a coloured badge (Markdown)."""
    label = tr(f"senders.status.{status}")
    colour = _BADGES.get(status)
    return f":{colour}-badge[{label}]" if colour else label


def requests_table(tracked: list[TrackedRequest], user_names: dict[str, str]) -> None:
    """One row per request, newest first: name, status, who asked, when, what for."""
    lang = current_language()
    frame = pd.DataFrame(
        {
            tr("senders.col.name"): [t.record.name for t in tracked],
            tr("senders.col.status"): [tr(f"senders.status.{t.status}") for t in tracked],
            tr("senders.col.requested_by"): [
                user_names.get(t.record.requested_by, t.record.requested_by) for t in tracked
            ],
            tr("senders.col.requested_at"): [format_datetime(t.record.requested_at, lang) for t in tracked],
            tr("senders.col.reason"): [t.record.description for t in tracked],
        }
    )
    st.dataframe(frame, hide_index=True, width="stretch")
