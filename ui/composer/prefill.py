"""The composer filled from another page (the contract is ui.campaigns.handoff's docstring).

"again" and "duplicate" start a NEW draft (a new send key: never the old send's), "resubmit" takes over
the returned review's key, so that confirming resubmits that review. The three differ on screen: "again"
is ready to go, with the cost and the send button at the top of the page; "duplicate" is a draft to edit
first; "resubmit" recalls the reviewer's request. All of them go through the usual confirmation dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, time
from typing import Any

import streamlit as st

from monsms_core import review
from monsms_core.campaigns import as_recipients, display_name, send_title
from monsms_core.compose import normalize_field_name
from monsms_core.composer import Tally
from monsms_core.i18n.formatting import ABIDJAN, format_number
from monsms_core.sending import WEEKDAYS
from monsms_core.store import Store
from ui.campaigns.handoff import COMPOSE_PREFILL_KEY
from ui.composer import data as composer_data
from ui.composer.editor import MAX_TEXT, TEXT_KEY
from ui.composer.handed import hand
from ui.composer.options import (
    DATE_KEY,
    DAYS_KEY,
    NAME_KEY,
    NAME_MAX,
    SENDER_KEY,
    TIME_KEY,
    TYPE_KEY,
    WEEKLY_TIME_KEY,
    WHEN_KEY,
)
from ui.composer.personalise import FALLBACK_PREFIX
from ui.composer.reset import EMPTY, reset_draft
from ui.composer.state import adopt_draft_key, draft_key
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain

MODES = ("again", "duplicate", "resubmit")
_ORIGIN_KEY = "_composer_origin"
_PENDING_KEY = "_composer_prefill_pending"


def take_prefill(store: Store, actor: str) -> None:
    """Fill the draft from the hand-over key, if another page left one (the key is removed: a later
    visit starts empty). Call before anything reads the draft key or draws a composer widget.

    The widget values are given again on every run until one run drew the whole page (`prefill_drawn`):
    a run interrupted by another (the cookie component answering, a click) before the browser got them
    would otherwise leave the browser showing empty fields while the server holds the text.
    """
    prefill = st.session_state.pop(COMPOSE_PREFILL_KEY, None)
    if not isinstance(prefill, Mapping) or prefill.get("mode") not in MODES:
        pending = st.session_state.get(_PENDING_KEY)
        if isinstance(pending, dict):
            st.session_state.update(pending)
        return
    mode = str(prefill["mode"])
    text = str(prefill.get("text") or "")
    reset_draft()  # a new send key and every field emptied: nothing of the previous draft leaks in
    notes: list[str] = []
    if mode == "resubmit" and not _adopt_review(store, prefill, actor):
        mode = "duplicate"  # no longer correctable: the content still lands in a new draft
        notes.append("prefill.resubmit_unavailable")
    sender = str(prefill.get("sender_id") or "")
    values: dict[str, Any] = {
        **EMPTY,  # given again too: a browser that showed an earlier draft must not keep its fields
        TEXT_KEY: text[:MAX_TEXT],
        NAME_KEY: display_name(str(prefill.get("name") or ""))[:NAME_MAX],
        TYPE_KEY: "FLASH" if prefill.get("send_type") == "FLASH" else "SMS",
        SENDER_KEY: sender,
    }
    fallbacks = prefill.get("fallbacks")
    if isinstance(fallbacks, Mapping):
        for field, value in fallbacks.items():
            values[FALLBACK_PREFIX + normalize_field_name(field)] = str(value)
    if mode == "resubmit":
        schedule = _schedule(prefill.get("schedule"))
        values.update(schedule)
        if schedule.get(WHEN_KEY) == "once" and DATE_KEY not in schedule:
            notes.append("prefill.schedule_passed")
    give_until_drawn(values)
    title = send_title(str(prefill.get("name") or ""), text) or tr("campaigns.unnamed")
    if not title.startswith("«"):
        title = f"« {title} »"
    hand(
        "review" if mode == "resubmit" else "campaign", title, as_recipients(prefill.get("recipients") or ())
    )
    st.session_state[_ORIGIN_KEY] = {
        "mode": mode,
        "title": title,
        "draft": draft_key(),
        "sender": sender,
        "notes": notes,
    }


def _adopt_review(store: Store, prefill: Mapping[str, Any], actor: str) -> bool:
    """Make the returned review the draft on screen, if it is still this user's to correct."""
    send_key = str(prefill.get("send_key") or "")
    record = review.resubmittable(store, send_key, actor) if send_key else None
    if record is None or record.id != prefill.get("review_id"):
        return False
    adopt_draft_key(send_key)
    return True


def _schedule(frozen: object) -> dict[str, Any]:
    """The schedule widgets' values for a review's frozen schedule. A moment that has passed gives "once"
    without a date: the user picks a new one (the date field could not show a day in the past)."""
    if not isinstance(frozen, Mapping):
        return {}
    kind = frozen.get("kind")
    if kind == "once":
        moment = datetime.fromisoformat(str(frozen.get("at"))).astimezone(ABIDJAN)
        if moment <= datetime.now(UTC):
            return {WHEN_KEY: "once"}
        return {
            WHEN_KEY: "once",
            DATE_KEY: moment.date(),
            TIME_KEY: moment.time().replace(second=0, microsecond=0, tzinfo=None),
        }
    if kind == "weekly":
        return {
            WHEN_KEY: "weekly",
            DAYS_KEY: [day for day in WEEKDAYS if day in (frozen.get("days") or ())],
            WEEKLY_TIME_KEY: time.fromisoformat(str(frozen.get("at"))),
        }
    return {}


def give_until_drawn(values: dict[str, Any]) -> None:
    """Set widget `values` now and again on each run until one run drew the whole page (see
    `take_prefill`): used for a hand-over and for a draft given back after a reload."""
    st.session_state.update(values)
    st.session_state[_PENDING_KEY] = values


def prefill_drawn() -> None:
    """The page was drawn to its end with the handed values: stop giving them again (call last)."""
    st.session_state.pop(_PENDING_KEY, None)


def origin_banner(
    send_key: str, draft_used: bool, plan: Tally, blocked: bool, send_button: Callable[[], None]
) -> None:
    """Where the draft comes from and what to do with it, while it is the draft it was filled for and it
    has not been sent or submitted yet. For "again": the cost and the send button right here."""
    origin = st.session_state.get(_ORIGIN_KEY)
    if not isinstance(origin, dict) or origin.get("draft") != send_key or draft_used:
        return
    mode, title = origin["mode"], origin["title"]
    lang = current_language()
    with st.container(border=True, key="composer_origin"):
        icon = {"again": ":material/replay:", "duplicate": ":material/content_copy:"}.get(
            mode, ":material/edit_note:"
        )
        st.markdown(f"{icon} **{tr(f'prefill.banner.{mode}.title', name=plain(title))}**")
        st.caption(tr(f"prefill.banner.{mode}.hint"))
        for note in origin.get("notes") or ():
            st.warning(tr(note), icon=":material/info:")
        _sender_note(str(origin.get("sender") or ""))
        if mode != "again":
            return
        balance = composer_data.balance()
        st.markdown(
            tr(
                "prefill.again.cost",
                recipients=plan.recipient_count,
                credits=plan.total_credits,
                balance=format_number(balance.value, lang) if balance.ok else "—",
            )
        )
        send_button()
        if blocked:
            st.caption(tr("prefill.again.blocked"))


def _sender_note(sender: str) -> None:
    if not sender:
        return
    fetched = composer_data.senders()
    if fetched.ok and sender not in fetched.value:
        st.warning(tr("prefill.sender_gone", sender=plain(sender)), icon=":material/badge:")
