"""The password fields and the "change my own password" form, shared by the one-time password screen
(ui/auth_forms.py), the first-administrator screen and the My account page.

Widget keys are given by the caller: each screen keeps its own, so two forms never share typed text
(and tests address the fields by key)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from monsms_core.accounts import MIN_PASSWORD_LENGTH, AccountError, change_own_password
from ui.shell.i18n import current_language, tr
from ui.shell.session import password_changed_here, session_secret

# Called after a submission with the error to show, or None once the password changed.
OutcomeHandler = Callable[[str | None], None]


@dataclass(frozen=True)
class PasswordKeys:
    """The session-state keys of one form's password fields (`current` is None where not asked)."""

    new: str
    confirm: str
    current: str | None = None

    def value(self, key: str | None) -> str:
        """What was typed in the field `key` ("" when absent)."""
        return str(st.session_state.get(key, "")) if key else ""

    def confirmed(self) -> bool:
        """True when the new password and its confirmation are the same."""
        return self.value(self.new) == self.value(self.confirm)

    def clear(self) -> None:
        """Empty every password field, so no password stays in the session."""
        for key in (self.current, self.new, self.confirm):
            if key:
                st.session_state[key] = ""


def password_fields(keys: PasswordKeys, *, new_label: str | None = None) -> None:
    """The current password (when asked), the new one with the rules as help, and its confirmation."""
    if keys.current:
        st.text_input(
            tr("auth.current_password"), type="password", key=keys.current, autocomplete="current-password"
        )
    st.text_input(
        new_label or tr("auth.new_password"),
        type="password",
        key=keys.new,
        autocomplete="new-password",
        help=tr("accounts.password.rules", min=MIN_PASSWORD_LENGTH),
    )
    st.text_input(tr("auth.password_confirm"), type="password", key=keys.confirm, autocomplete="new-password")


def _on_change(store: Any, username: str, keys: PasswordKeys, on_outcome: OutcomeHandler) -> None:
    if not keys.confirmed():
        on_outcome(tr("auth.passwords_differ"))
        return
    try:
        record = change_own_password(
            store,
            username=username,
            current=keys.value(keys.current),
            new=keys.value(keys.new),
            keep_session=session_secret(),
        )
    except AccountError as exc:
        on_outcome(exc.user_message(current_language()))
        return
    keys.clear()
    password_changed_here(record)
    on_outcome(None)


def password_change_form(
    store: Any,
    username: str,
    *,
    form_key: str,
    keys: PasswordKeys,
    submit_label: str,
    on_outcome: OutcomeHandler,
    title: str | None = None,
    **submit_options: Any,
) -> None:
    """A bordered form in which `username` replaces their own password (current one required).

    The change happens in the submit button's callback, before the next run; `on_outcome` then gets the
    error message to show, or None on success (the fields are emptied and this session's login cookie is
    renewed). `submit_options` go to `st.form_submit_button` (icon, width…).
    """
    if keys.current is None:
        raise ValueError("changing one's own password needs the current password field")
    with st.form(form_key, border=True):
        if title:
            st.subheader(title)
        password_fields(keys)
        st.form_submit_button(
            submit_label,
            type="primary",
            on_click=_on_change,
            args=(store, username, keys, on_outcome),
            **submit_options,
        )
