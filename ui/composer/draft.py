"""What already happened to the draft on screen: its send (outbox entry) or its review, found by the
draft's send key — after a reload too, since the key is in the address bar. While such a send exists,
"Envoyer" stays disabled for this draft; "Nouveau message" starts an empty draft and "Réutiliser ce
message" a new draft (new key) with the same content."""

from __future__ import annotations

import streamlit as st

from monsms_core.composer import draft_records, foreign_draft
from monsms_core.i18n.formatting import format_datetime
from ui.composer.entry import entry_panel
from ui.composer.reset import reset_draft
from ui.composer.state import new_draft_key
from ui.runtime import resources
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain

_REVIEW_ICONS = {
    "submitted": ":material/hourglass_top:",
    "approved": ":material/verified:",
    "rejected": ":material/block:",
    "returned": ":material/undo:",
}


def draft_status(send_key: str, actor: str, *, admin: bool = False) -> bool:
    """Show the draft's send or review, if any; True when the draft may not be sent again as it is.

    A key in the address bar that belongs to someone else's send (a shared link) is not this user's
    draft: they get a new one instead of someone else's send and its actions (administrators excepted).
    """
    store = resources.store()
    entry, record = draft_records(store, send_key)
    if foreign_draft(entry, record, actor, admin=admin):
        new_draft_key()
        return False
    if entry is None and record is None:
        return False
    lang = current_language()
    with st.container(border=True):
        st.subheader(tr("composer.draft.title"), anchor=False)
        if entry is not None:
            entry_panel(entry, actor)
        else:
            assert record is not None
            status = tr(f"composer.review.status.{record.status}")
            st.markdown(
                f"{_REVIEW_ICONS.get(record.status, '')} **{status}** · "
                + tr("composer.review.since", moment=format_datetime(record.updated_at, lang))
            )
            if record.note:
                st.info(tr("composer.review.note", note=plain(record.note)), icon=":material/comment:")
            if record.status == "returned":
                st.caption(tr("composer.review.returned_hint"))
            if record.outbox_id is not None and (approved := store.outbox.get(record.outbox_id)) is not None:
                entry_panel(approved, actor)
        new_col, reuse_col, _ = st.columns([2, 2, 3])
        new_col.button(
            tr("composer.draft.new"),
            icon=":material/edit_square:",
            on_click=reset_draft,
            key="draft_new",
            width="stretch",
        )
        reuse_col.button(
            tr("composer.draft.reuse"),
            icon=":material/content_copy:",
            on_click=_start_new_draft,
            key="draft_reuse",
            width="stretch",
            help=tr("composer.draft.reuse_help"),
        )
    return not (record is not None and record.status == "returned")


def _start_new_draft() -> None:
    """Button callback: a new draft key (its value is read from the session on the next run)."""
    new_draft_key()
