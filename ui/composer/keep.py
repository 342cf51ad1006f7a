"""The draft on screen, kept in the store (`monsms_core.composer.drafts`) and given back on a reload.

`restore_draft` runs before any composer widget is drawn: a session opening the composer on
`?draft=KEY` (a reload, another tab, a page sending the user back — Streamlit drops widget values when
another page is shown) gets the recipients, the text and the options of that user's draft under that
key. `keep_draft` runs last on each run and writes the draft when it changed since the last write (one
small UPDATE; the sheet's rows only when the sheet changes). A draft already sent or submitted is not
kept; `forget_draft` clears it on confirmation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import streamlit as st

from monsms_core.composer import drafts
from monsms_core.composer.drafts import Draft, SavedList
from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.store import Store
from ui.composer.counter import ACCENTS_KEY
from ui.composer.editor import TEXT_KEY
from ui.composer.handed import HANDED_KEY
from ui.composer.options import (
    DATE_KEY,
    DAYS_KEY,
    NAME_KEY,
    SENDER_KEY,
    TIME_KEY,
    TYPE_KEY,
    WEEKLY_TIME_KEY,
    WHEN_KEY,
)
from ui.composer.personalise import FALLBACK_PREFIX
from ui.composer.prefill import give_until_drawn
from ui.composer.recipients import CONTACTS_KEY, GROUPS_KEY, PASTE_KEY, current_sheet, restore_sheet
from ui.composer.state import new_draft_key
from ui.shell.i18n import tr

_RESTORED_KEY = "_composer_restored_for"  # the send key this session already looked up
_KEPT_KEY = "_composer_kept"  # (send key, Draft) as last written


def restore_draft(store: Store, user: str, key: str) -> str:
    """Give back `user`'s draft kept under `key` when the composer opens on it (a new session, another
    key, or a return from another page, which drops the widgets' values); returns the key to use (a new
    one when `key` is another user's draft, e.g. from a shared link)."""
    if st.session_state.get(_RESTORED_KEY) == key and TEXT_KEY in st.session_state:
        return key
    if drafts.foreign(store, user, key):
        key = new_draft_key()
    st.session_state[_RESTORED_KEY] = key
    draft = drafts.load(store, user, key)
    if draft is None:
        return key
    give_until_drawn(_widget_values(draft))
    restore_sheet(draft.sheet)
    if draft.handed is not None:
        st.session_state[HANDED_KEY] = {
            "id": draft.handed.key,
            "kind": draft.handed.kind,
            "title": draft.handed.title,
            "recipients": draft.handed.recipients,
        }
    st.session_state[_KEPT_KEY] = (key, draft)
    st.toast(tr("composer.draft.restored"), icon=":material/restore_page:")
    return key


def _widget_values(draft: Draft) -> dict[str, Any]:
    values: dict[str, Any] = {
        PASTE_KEY: draft.typed,
        CONTACTS_KEY: list(draft.contacts),
        GROUPS_KEY: list(draft.groups),
        TEXT_KEY: draft.text,
        ACCENTS_KEY: draft.accents,
        TYPE_KEY: draft.send_type,
        WHEN_KEY: draft.when,
        NAME_KEY: draft.name,
        DAYS_KEY: list(draft.days),
    }
    values |= {FALLBACK_PREFIX + field: value for field, value in draft.fallbacks}
    if draft.sender is not None:
        values[SENDER_KEY] = draft.sender
    if draft.weekly_at is not None:
        values[WEEKLY_TIME_KEY] = draft.weekly_at
    # A moment gone by is not given back: the date field cannot show a day in the past; the user picks
    # a new one (the "once" choice stays, so the schedule is not silently turned into "now").
    if draft.day is not None and not drafts.is_past(draft, datetime.now(ABIDJAN)):
        values[DATE_KEY] = draft.day
        if draft.at is not None:
            values[TIME_KEY] = draft.at
    return values


def current_draft() -> Draft:
    """The draft as the widgets hold it now."""
    state = st.session_state
    when = str(state.get(WHEN_KEY) or "now")
    handed = state.get(HANDED_KEY)
    return Draft(
        typed=str(state.get(PASTE_KEY) or ""),
        contacts=tuple(str(c) for c in state.get(CONTACTS_KEY) or ()),
        groups=tuple(str(g) for g in state.get(GROUPS_KEY) or ()),
        sheet=current_sheet(),
        handed=SavedList(
            str(handed["id"]), str(handed["kind"]), str(handed["title"]), tuple(handed["recipients"])
        )
        if isinstance(handed, dict)
        else None,
        text=str(state.get(TEXT_KEY) or ""),
        fallbacks=tuple(
            sorted(
                (str(k)[len(FALLBACK_PREFIX) :], str(v))
                for k, v in state.items()
                if str(k).startswith(FALLBACK_PREFIX) and v
            )
        ),
        accents=bool(state.get(ACCENTS_KEY)),
        sender=None if SENDER_KEY not in state else str(state.get(SENDER_KEY) or ""),
        send_type="FLASH" if state.get(TYPE_KEY) == "FLASH" else "SMS",
        when=when,
        day=state.get(DATE_KEY) if when == "once" else None,
        at=state.get(TIME_KEY) if when == "once" else None,
        days=tuple(state.get(DAYS_KEY) or ()) if when == "weekly" else (),
        weekly_at=state.get(WEEKLY_TIME_KEY) if when == "weekly" else None,
        name=str(state.get(NAME_KEY) or ""),
    )


def keep_draft(store: Store, user: str, key: str, *, used: bool) -> None:
    """Write the draft on screen under `key` when it changed since the last write (call last on each
    run). `used`: the draft was sent or submitted, so there is nothing to keep."""
    if used:
        return
    draft = current_draft()
    kept = st.session_state.get(_KEPT_KEY)
    if kept is not None and kept[0] == key and kept[1] == draft:
        return
    if (kept is None or kept[0] != key) and draft.empty:
        return  # an untouched form is not worth a row
    if drafts.save(store, user, key, draft):
        st.session_state[_KEPT_KEY] = (key, draft)


def forget_draft(store: Store, user: str, key: str) -> None:
    """The draft under `key` was sent or submitted: it is no longer kept (a reload shows the send)."""
    drafts.clear(store, user, key)
    st.session_state.pop(_KEPT_KEY, None)


def restore_on_return() -> None:
    """A page sends the user back to the composer in this session (e.g. after buying credit): the
    composer's widgets were not drawn meanwhile, so the draft is given back from the store again."""
    st.session_state.pop(_RESTORED_KEY, None)
