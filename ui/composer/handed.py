"""The recipients handed to the composer by another page ("Renvoyer", "Dupliquer en brouillon", "Corriger
et soumettre à nouveau"): one more recipient source, shown above the others with where it comes from,
removable with one click. It is merged like the other sources, so opt-outs apply to it too.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import streamlit as st

from monsms_core.compose import Recipient
from monsms_core.i18n.formatting import format_number
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain

HANDED_KEY = "_composer_handed"
KINDS = ("campaign", "review")


def hand(kind: str, title: str, recipients: Sequence[Recipient]) -> None:
    """Make `recipients` (from a campaign or a returned review called `title`) a source of the draft."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    # A fresh id per hand-over: the recipient merge is memoised on it, not on 100,000 recipients.
    st.session_state[HANDED_KEY] = {
        "id": uuid.uuid4().hex,
        "kind": kind,
        "title": title,
        "recipients": tuple(recipients),
    }


def forget_handed() -> None:
    """Drop the handed recipients (the "Retirer" button, a new draft)."""
    st.session_state.pop(HANDED_KEY, None)


def handed_source() -> tuple[str | None, tuple[Recipient, ...]]:
    """Draw the handed source, if any; return its id (None when there is none) and its recipients."""
    handed = st.session_state.get(HANDED_KEY)
    if not isinstance(handed, dict):
        return None, ()
    people: tuple[Recipient, ...] = handed["recipients"]
    count = len(people)
    lang = current_language()
    if count == 0:
        line = tr(f"prefill.handed.{handed['kind']}_none", name=plain(handed["title"]))
    elif count == 1:
        line = tr(f"prefill.handed.{handed['kind']}_one", name=plain(handed["title"]))
    else:
        line = tr(
            f"prefill.handed.{handed['kind']}", count=format_number(count, lang), name=plain(handed["title"])
        )
    with st.container(border=True, key="composer_handed"):
        text_col, button_col = st.columns([4, 1], vertical_alignment="center")
        text_col.markdown(f":material/history: **{line}**")
        text_col.caption(tr("prefill.handed.note"))
        button_col.button(
            tr("prefill.handed.remove"),
            icon=":material/close:",
            on_click=forget_handed,
            key="composer_handed_remove",
            width="stretch",
        )
    return str(handed["id"]), people
