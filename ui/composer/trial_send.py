"""The test send: the message, personalised with the first recipient's values, to the signed-in user's own
number — through the same outbox path as a real send (one recipient), so what the test shows is what
the send will do. A user without a number on their account is asked for it once; it is then saved.

Its send key derives from the draft and the test's content, so a double click sends one test; sending
the very same test again takes an explicit "Renvoyer le test".
"""

from __future__ import annotations

import hashlib

import streamlit as st

from monsms_core.accounts import set_own_phone
from monsms_core.compose import Recipient
from monsms_core.composer import display_phone, example_recipient
from monsms_core.phones import normalize_phone
from monsms_core.sending import PlanBlockedError, SendKeyConflictError, SendPlan, build_test_plan, submit
from ui.composer.entry import entry_panel
from ui.composer.state import queue_send
from ui.runtime import resources
from ui.shell.i18n import current_language, tr

PHONE_KEY = "composer_test_phone"
_ROUND_KEY = "_composer_test_round"
_NOTICE_KEY = "_composer_test_notice"
_FINAL = ("sent", "failed", "unknown")


def _save_phone(username: str, region: str) -> None:
    result = normalize_phone(str(st.session_state.get(PHONE_KEY) or ""), region)
    if result.phone is None:
        st.session_state[_NOTICE_KEY] = ("error", result.user_message(current_language()))
        return
    set_own_phone(resources.store(), username=username, phone=result.phone, source="test_send")
    st.session_state[_NOTICE_KEY] = (
        "success",
        tr("composer.test.phone_saved", phone=display_phone(result.phone)),
    )


def _test_key(draft_key: str, plan: SendPlan) -> str:
    round_number = st.session_state.get(_ROUND_KEY, 0)
    digest = hashlib.sha256(f"{draft_key}\x1f{plan.fingerprint}\x1f{round_number}".encode()).hexdigest()
    return "test-" + digest[:32]


def _send_test(plan: SendPlan, key: str, actor: str) -> None:
    store = resources.store()
    try:
        entry = submit(store, plan, created_by=actor, send_key=key)
    except (PlanBlockedError, SendKeyConflictError):
        st.session_state[_NOTICE_KEY] = ("error", tr("composer.test.blocked"))
        return
    if entry.status == "pending":
        queue_send(store, entry.id, actor)


def _again() -> None:
    st.session_state[_ROUND_KEY] = st.session_state.get(_ROUND_KEY, 0) + 1


def test_send(
    *,
    username: str,
    phone: str | None,
    region: str,
    draft_key: str,
    template: str,
    recipients: list[Recipient],
    fields: list[str],
    fallbacks: dict[str, str],
    sender_id: str | None,
    send_type: str,
    ready: bool,
) -> None:
    """The test-send block: the user's number (or a field to give it) and the button."""
    notice = st.session_state.pop(_NOTICE_KEY, None)
    if notice is not None:
        (st.success if notice[0] == "success" else st.error)(notice[1])
    if not phone:
        st.caption(tr("composer.test.no_phone"))
        field, save = st.columns([3, 2], vertical_alignment="bottom")
        field.text_input(tr("composer.test.phone_label"), key=PHONE_KEY, placeholder="07 07 12 34 56")
        save.button(
            tr("composer.test.phone_save"), on_click=_save_phone, args=(username, region), width="stretch"
        )
        return
    example = example_recipient(recipients, fields, phone)
    plan = build_test_plan(
        template,
        phone,
        fields=example.fields,
        fallbacks=fallbacks,
        sender_id=sender_id,
        send_type="FLASH" if send_type == "FLASH" else "SMS",
    )
    key = _test_key(draft_key, plan)
    entry = resources.store().outbox.get_by_key(key)
    st.caption(tr("composer.test.to", phone=display_phone(phone), parts=plan.max_parts))
    if entry is not None and entry.status in _FINAL:
        st.button(
            tr("composer.test.again"), icon=":material/replay:", on_click=_again, key="composer_test_again"
        )
    else:
        st.button(
            tr("composer.test.send"),
            icon=":material/smartphone:",
            on_click=_send_test,
            args=(plan, key, username),
            disabled=not ready or bool(plan.blockers) or entry is not None,
            key="composer_test_send",
        )
    if entry is not None:
        entry_panel(entry, username)
