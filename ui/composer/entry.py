"""Where one send stands, read from its outbox entry (not from a thread: a closed tab or a reload loses
nothing): progress while it runs, and the actions its state calls for — "Vérifier" (reconcile) when
the outcome is unknown, then "Envoyer le reste"; "Réessayer" after a refusal; "Reprendre" when a send
was left waiting. Shared by the composer and the outbox page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import streamlit as st

from monsms_core.campaigns import shows_internal_ids
from monsms_core.client.errors import MonSmsError
from monsms_core.i18n.formatting import format_datetime
from monsms_core.sending import describe_error, reconcile, retry_failed, sent_campaign_ids, slots
from monsms_core.store import OutboxEntry
from monsms_core.worker import job_problem, send_job
from ui.composer import data as composer_data
from ui.composer.state import queue_send
from ui.runtime import resources
from ui.runtime.api_data import forget_credit
from ui.shell.i18n import current_language, tr

ACTIVE = ("pending", "sending")
REFRESH_SECONDS = 1.5
SHOWN_IDS = 3  # more campaign ids are noise here: the outbox page lists them chunk by chunk
# A "pending" entry nobody picked up for this long was left behind (tab closed before the worker
# started, server restarted): offer to resume it. Shorter waits are a worker about to claim it.
STALE_PENDING = timedelta(seconds=20)
_ICONS = {
    "pending": ":material/schedule:",
    "sending": ":material/send:",
    "sent": ":material/check_circle:",
    "failed": ":material/error:",
    "unknown": ":material/help:",
}
_RESULT_KEY = "_composer_entry_result"
_FOLLOWED_KEY = "_composer_entry_followed"  # sends this session saw running
_SPENT_KEY = "_composer_entry_spent"  # finished sends whose cost the cached balances already reflect


def status_label(status: str) -> str:
    """The outbox status in words."""
    return tr(f"sending.status.{status}")


def _progress(entry: OutboxEntry) -> tuple[int, int]:
    filled = slots(entry)
    return sum(1 for s in filled if s is not None), len(filled)


def _verify(entry_id: int, actor: str) -> None:
    lang = current_language()
    try:
        result = reconcile(resources.store(), resources.client(), entry_id, actor=actor)
    except MonSmsError as error:
        st.session_state[_RESULT_KEY] = (entry_id, "error", error.user_message(lang))
        return
    kind = {"sent": "success", "retry": "info"}.get(result.outcome, "warning")
    st.session_state[_RESULT_KEY] = (entry_id, kind, result.user_message(lang))


def _send_rest(entry_id: int, actor: str) -> None:
    queue_send(resources.store(), entry_id, actor)


def _retry(entry_id: int, actor: str) -> None:
    store = resources.store()
    if retry_failed(store, entry_id, actor=actor):
        queue_send(store, entry_id, actor)


def _queued(entry_id: int) -> bool:
    """True while a worker job for the send is queued or running."""
    job = send_job(resources.store(), entry_id)
    return job is not None and job.status in ("queued", "running")


def _result_notice(entry_id: int) -> None:
    result = st.session_state.get(_RESULT_KEY)
    if result is not None and result[0] == entry_id:
        {"success": st.success, "info": st.info, "error": st.error}.get(result[1], st.warning)(result[2])


def _final(entry: OutboxEntry, actor: str, lang: str) -> None:
    done, total = _progress(entry)
    if entry.status == "sent":
        st.success(
            tr(
                "composer.entry.sent",
                campaigns=done,
                recipients=entry.recipients,
                credits=entry.credits,
            ),
            icon=_ICONS["sent"],
        )
        ids = sent_campaign_ids(entry)
        user = resources.store().users.get(actor)  # API ids are for administrators only (issue 11)
        if 0 < len(ids) <= SHOWN_IDS and shows_internal_ids(user.role if user else None):
            st.caption(tr("composer.entry.campaign_ids", count=len(ids), ids=", ".join(ids)))
        return
    if entry.status == "failed":
        st.error(
            tr("composer.entry.failed", done=done, total=total, reason=describe_error(entry.error, lang)),
            icon=_ICONS["failed"],
        )
        st.button(
            tr("composer.entry.retry"),
            icon=":material/replay:",
            on_click=_retry,
            args=(entry.id, actor),
            key=f"composer_retry_{entry.id}",
            help=tr("composer.entry.retry_help"),
        )
        return
    # unknown: never offer to send again before checking what really went out
    st.warning(tr("composer.entry.unknown", done=done, total=total), icon=_ICONS["unknown"])
    st.button(
        tr("composer.entry.verify"),
        icon=":material/fact_check:",
        on_click=_verify,
        args=(entry.id, actor),
        key=f"composer_verify_{entry.id}",
        type="primary",
    )


@st.fragment(run_every=REFRESH_SECONDS)
def _live(entry_id: int, actor: str) -> None:
    entry = resources.store().outbox.get(entry_id)
    if entry is None:
        return
    if entry.status not in ACTIVE:
        _spent(entry.id)
        st.rerun(scope="app")  # finished: redraw the whole page (buttons, balance) once
    lang = current_language()
    done, total = _progress(entry)
    text = tr("composer.entry.progress", done=done, total=total, recipients=entry.recipients)
    st.progress(done / total if total else 0.0, text=text)
    left_behind = entry.status == "pending" and entry.updated_at < datetime.now(UTC) - STALE_PENDING
    if left_behind and not _queued(entry_id):
        problem = job_problem(send_job(resources.store(), entry_id), lang)
        if problem:
            st.error(problem, icon=":material/error:")
        st.info(tr("composer.entry.waiting"), icon=_ICONS["pending"])
        st.button(
            tr("composer.entry.resume"),
            icon=":material/play_arrow:",
            on_click=_send_rest,
            args=(entry_id, actor),
            key=f"composer_resume_{entry_id}",
        )


def _spent(entry_id: int) -> bool:
    """Once per send this session followed: forget the cached balances (composer, sidebar), which the
    send changed. True the first time, when the page should be drawn again."""
    followed: set[int] = st.session_state.setdefault(_FOLLOWED_KEY, set())
    done: set[int] = st.session_state.setdefault(_SPENT_KEY, set())
    if entry_id in done or entry_id not in followed:
        return False
    done.add(entry_id)
    composer_data.refresh("balance")
    forget_credit()
    return True


def _reconciled_to_retry(entry: OutboxEntry) -> bool:
    result = st.session_state.get(_RESULT_KEY)
    return (
        entry.status == "pending"
        and result is not None
        and result[0] == entry.id
        and result[1] == "info"
        and not _queued(entry.id)
    )


def entry_panel(entry: OutboxEntry, actor: str) -> None:
    """The state of `entry` and what can be done about it (`actor` is who the audit log will name)."""
    lang = current_language()
    st.markdown(
        f"{_ICONS.get(entry.status, '')} **{status_label(entry.status)}** · "
        + tr(
            "composer.entry.created", moment=format_datetime(entry.created_at, lang), author=entry.created_by
        )
    )
    _result_notice(entry.id)
    if _reconciled_to_retry(entry):
        # Checked: the missing campaigns surely do not exist, so sending them cannot make a duplicate.
        st.button(
            tr("composer.entry.send_rest"),
            icon=":material/send:",
            on_click=_send_rest,
            args=(entry.id, actor),
            key=f"composer_rest_{entry.id}",
            type="primary",
        )
    elif entry.status in ACTIVE:
        st.session_state.setdefault(_FOLLOWED_KEY, set()).add(entry.id)
        _live(entry.id, actor)
    else:
        if _spent(entry.id):
            st.rerun()  # finished before this page saw it running: the sidebar was drawn with the old credit
        _final(entry, actor, lang)
