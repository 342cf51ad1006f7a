"""Settings (administrators): the Mon SMS PRO API key, and the dashboard-wide preferences."""

from __future__ import annotations

import json

import streamlit as st
from babel import Locale

from monsms_core.accounts import (
    Preferences,
    country_codes,
    read_preferences,
    remove_api_key,
    save_preferences,
    sender_problem,
    submit_api_key,
)
from monsms_core.doctor import report_lines, run_doctor
from monsms_core.i18n.formatting import locale_for
from monsms_core.review import SCOPES, ReviewPolicy, read_policy, save_policy
from ui.payments.settings import senders_may_buy_toggle
from ui.review.notice import scope_label
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr

user = require_role("settings")
lang = current_language()
store = resources.store()
settings = resources.settings()
conn = resources.connection()

st.title(tr("page.settings.title"), anchor=False)


def _on_key_submit(save: bool) -> None:
    entered = st.session_state.get("settings_api_key") or ""
    st.session_state["settings_api_key"] = ""
    outcome = submit_api_key(store, entered, base_url=settings.base_url, actor=user.username, save=save)
    st.session_state["_settings_key_result"] = (outcome.ok, outcome.user_message(lang))


def _on_key_remove() -> None:
    remove_api_key(store, actor=user.username)
    st.session_state["_settings_key_result"] = (True, tr("page.settings.key_removed"))


st.subheader(tr("page.settings.api_title"), anchor=False)
if conn.source == "environment":
    st.info(tr("page.settings.key_from_env", hint=conn.hint), icon=":material/dns:")
elif conn.source == "settings_page":
    st.success(tr("page.settings.key_current", hint=conn.hint), icon=":material/key:")
else:
    st.info(tr("page.settings.key_none"), icon=":material/science:")

if conn.source != "environment":
    with st.form("api_key_form", border=True):
        st.text_input(
            tr("page.settings.key_label"),
            type="password",
            key="settings_api_key",
            autocomplete="off",
            help=tr("page.settings.key_help"),
        )
        test_col, save_col = st.columns(2)
        test_col.form_submit_button(
            tr("page.settings.key_test"),
            icon=":material/network_check:",
            on_click=_on_key_submit,
            args=(False,),
            width="stretch",
        )
        save_col.form_submit_button(
            tr("page.settings.key_save"),
            icon=":material/save:",
            type="primary",
            on_click=_on_key_submit,
            args=(True,),
            width="stretch",
        )
    if conn.source == "settings_page":
        st.button(tr("page.settings.key_remove"), icon=":material/key_off:", on_click=_on_key_remove)
result = st.session_state.pop("_settings_key_result", None)
if result:
    (st.success if result[0] else st.error)(result[1])

st.divider()
st.subheader(tr("doctor.settings.title"), anchor=False)
st.caption(tr("doctor.settings.help"))
if st.button(tr("doctor.settings.run"), icon=":material/fact_check:", key="settings_doctor"):
    with st.spinner(tr("doctor.settings.title")):  # ~20 read-only calls: a few seconds
        st.session_state["_settings_doctor"] = run_doctor(resources.client())
report = st.session_state.get("_settings_doctor")
if report is not None:
    (st.success if report.all_ok else st.warning)("  \n".join(report_lines(report, lang)))
    st.download_button(
        tr("doctor.settings.download"),
        data=json.dumps(report.as_dict(), ensure_ascii=False, indent=2),
        file_name="monsms-doctor.json",
        mime="application/json",
        icon=":material/download:",
    )

st.divider()
st.subheader(tr("page.settings.prefs_title"), anchor=False)
prefs = read_preferences(store)
policy = read_policy(store)
territories = Locale.parse(locale_for(lang)).territories
codes = country_codes()

with st.form("preferences_form", border=True):
    country = st.selectbox(
        tr("page.settings.country"),
        codes,
        index=codes.index(prefs.default_country),
        format_func=lambda code: f"{territories.get(code, code)} ({code})",
        help=tr("page.settings.country_help"),
    )
    sender = st.text_input(
        tr("page.settings.sender"),
        value=prefs.default_sender or "",
        max_chars=11,
        help=tr("page.settings.sender_help"),
    )
    threshold = st.number_input(
        tr("page.settings.threshold"),
        min_value=0,
        max_value=10_000_000,
        step=50,
        value=prefs.low_credit_threshold,
        help=tr("page.settings.threshold_help"),
    )
    review = st.toggle(
        tr("page.settings.review"), value=prefs.review_required, help=tr("page.settings.review_help")
    )
    scope = st.radio(
        tr("campaign_view.review.scope"),
        SCOPES,
        index=SCOPES.index(policy.scope),
        format_func=scope_label,
        help=tr("campaign_view.review.scope_help"),
        horizontal=True,
    )
    submitted = st.form_submit_button(tr("common.save"), icon=":material/save:", type="primary")

if submitted:
    sender_value = sender.strip() or None
    if sender_value is not None and sender_problem(sender_value):
        st.error(tr("page.settings.sender_invalid"))
    else:
        changed = save_preferences(
            store,
            Preferences(country, sender_value, int(threshold), bool(review)),
            actor=user.username,
        ) + save_policy(store, ReviewPolicy(bool(review), scope), actor=user.username)
        if changed:
            st.success(tr("page.settings.saved", count=len(changed)), icon=":material/check_circle:")
        else:
            st.info(tr("page.settings.unchanged"))

senders_may_buy_toggle(user)
