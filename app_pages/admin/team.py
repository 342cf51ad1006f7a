"""Team accounts (administrators): create accounts, change roles, reset passwords, disable/enable,
unlock an account locked out by failed sign-ins."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from monsms_core import accounts
from monsms_core.i18n import LANGUAGE_NAMES, LANGUAGES
from monsms_core.i18n.formatting import format_datetime
from ui.review.notice import remember_new_reviewer, review_offer
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr

user = require_role("users")
lang = current_language()
store = resources.store()

_OTP_KEY = "_team_one_time_password"
_RESULT_KEY = "_team_result"


def _role_label(role: str) -> str:
    return tr(f"accounts.role.{role}")


def _run(action: str, operation: Callable[..., Any], **kwargs: Any) -> None:
    """Run an account operation from a button callback, keeping its outcome for the next run."""
    try:
        outcome = operation(store, actor=user.username, **kwargs)
    except accounts.AccountError as exc:
        st.session_state[_RESULT_KEY] = ("error", exc.user_message(lang))
        return
    if action == "created":
        record, password = outcome
        st.session_state[_OTP_KEY] = (record.username, password)
        remember_new_reviewer(record.username, record.role, store)
        for key in ("team_new_username", "team_new_name", "team_new_email"):
            st.session_state[key] = ""
    elif action == "reset":
        st.session_state[_OTP_KEY] = (kwargs["username"], outcome)
    else:
        st.session_state[_RESULT_KEY] = (
            "success",
            tr(f"page.team.done.{action}", username=kwargs["username"]),
        )


def _confirmed_action(
    column: Any,
    label: str,
    icon: str,
    question: str,
    key: str,
    action: str,
    operation: Callable[..., Any],
    **kwargs: Any,
) -> None:
    """A popover button that runs `operation` (see `_run`) only after a second click on Confirm in it."""
    with column.popover(label, icon=icon, width="stretch"):
        st.caption(question)
        st.button(
            tr("common.confirm"),
            key=key,
            type="primary",
            on_click=_run,
            args=(action, operation),
            kwargs=kwargs,
        )


def _on_create() -> None:
    state = st.session_state
    _run(
        "created",
        accounts.create_user,
        username=state.get("team_new_username", ""),
        display_name=state.get("team_new_name", ""),
        role=state.get("team_new_role", "viewer"),
        email=state.get("team_new_email") or None,
        language=state.get("team_new_language", "fr"),
    )


st.title(tr("page.team.title"), anchor=False)
st.caption(tr("page.team.intro"))

one_time = st.session_state.pop(_OTP_KEY, None)
if one_time:
    st.success(tr("page.team.one_time_password", username=one_time[0]), icon=":material/key:")
    st.code(one_time[1], language=None)
    st.caption(tr("page.team.one_time_password_help"))
result = st.session_state.pop(_RESULT_KEY, None)
if result:
    (st.success if result[0] == "success" else st.error)(result[1])
review_offer(store, user.username)

users = store.users.list()
locks = {u.username: accounts.account_locked_until(store, u.username) for u in users}


def _status_label(u: Any) -> str:
    if u.disabled:
        return tr("page.team.status_disabled")
    if locks.get(u.username) is not None:
        return tr("page.team.status_locked", time=format_datetime(locks[u.username], lang))
    return tr("page.team.status_must_change") if u.must_change_password else tr("page.team.status_active")


table = pd.DataFrame(
    {
        tr("page.team.col_username"): [u.username for u in users],
        tr("page.team.col_name"): [u.display_name for u in users],
        tr("page.team.col_role"): [_role_label(u.role) for u in users],
        tr("page.team.col_status"): [_status_label(u) for u in users],
        tr("page.team.col_created"): [format_datetime(u.created_at, lang, with_time=False) for u in users],
        tr("page.team.col_last_login"): [
            format_datetime(u.last_login_at, lang) if u.last_login_at else tr("page.team.never")
            for u in users
        ],
    }
)
st.dataframe(table, hide_index=True, width="stretch")

create_tab, manage_tab = st.tabs([tr("page.team.create_title"), tr("page.team.manage_title")])

with create_tab, st.form("team_create", border=False):
    left, right = st.columns(2)
    left.text_input(tr("auth.display_name"), key="team_new_name")
    right.text_input(tr("auth.username"), key="team_new_username", help=tr("auth.username_help"))
    left.text_input(tr("auth.email_optional"), key="team_new_email")
    right.selectbox(
        tr("page.team.role"),
        accounts.ROLES,
        index=accounts.ROLES.index("sender"),
        key="team_new_role",
        format_func=_role_label,
        help=" ".join(f"{_role_label(r)} : {tr(f'accounts.role_help.{r}')}" for r in accounts.ROLES),
    )
    left.selectbox(tr("ui.language"), LANGUAGES, key="team_new_language", format_func=LANGUAGE_NAMES.get)
    st.caption(tr("page.team.create_help"))
    st.form_submit_button(
        tr("page.team.create_submit"), icon=":material/person_add:", type="primary", on_click=_on_create
    )

with manage_tab:
    target_name = st.selectbox(
        tr("page.team.pick_user"),
        [u.username for u in users],
        key="team_target",
        format_func=lambda name: next(
            f"{u.display_name} ({u.username})" for u in users if u.username == name
        ),
    )
    target = next((u for u in users if u.username == target_name), None)
    if target is not None:
        st.markdown(
            tr("page.team.target_summary", role=_role_label(target.role), status=_status_label(target))
        )
        role_col, reset_col, disable_col = st.columns(3, vertical_alignment="bottom")
        new_role = role_col.selectbox(
            tr("page.team.role"),
            accounts.ROLES,
            index=accounts.ROLES.index(target.role),
            format_func=_role_label,
            key=f"team_role_{target.username}",
        )
        role_col.button(
            tr("page.team.change_role"),
            icon=":material/badge:",
            on_click=_run,
            args=("role", accounts.set_role),
            kwargs={"username": target.username, "role": new_role},
            disabled=new_role == target.role,
            width="stretch",
        )
        # Resetting or disabling takes effect at once for the person: ask for a second click.
        _confirmed_action(
            reset_col,
            tr("page.team.reset_password"),
            ":material/lock_reset:",
            tr("page.team.confirm_reset", username=target.username),
            "team_confirm_reset",
            "reset",
            accounts.reset_password,
            username=target.username,
        )
        if target.disabled:
            disable_col.button(
                tr("page.team.enable"),
                icon=":material/person_check:",
                on_click=_run,
                args=("enabled", accounts.set_disabled),
                kwargs={"username": target.username, "disabled": False},
                width="stretch",
            )
        else:
            _confirmed_action(
                disable_col,
                tr("page.team.disable"),
                ":material/person_off:",
                tr("page.team.confirm_disable", username=target.username),
                "team_confirm_disable",
                "disabled",
                accounts.set_disabled,
                username=target.username,
                disabled=True,
            )
        if locks.get(target.username) is not None:
            # Strangers failing on purpose locked the account for browsers it does not know: lift it.
            st.button(
                tr("page.team.unlock"),
                icon=":material/lock_open:",
                key="team_unlock",
                on_click=_run,
                args=("unlocked", accounts.unlock_account),
                kwargs={"username": target.username},
            )
