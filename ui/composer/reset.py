"""Starting a new, empty draft after a send ("Nouveau message").

Widgets are emptied by giving them their empty value through the session state (deleting their keys
would reset the server's copy while the browser kept showing the old text and numbers); the file
uploader, which cannot be emptied from Python, gets a fresh key instead. The sender name stays: it is
a choice people keep from one message to the next.
"""

from __future__ import annotations

import streamlit as st

from ui.composer.counter import ACCENTS_KEY
from ui.composer.editor import TEMPLATE_KEY, TEXT_KEY, forget_undo
from ui.composer.handed import forget_handed
from ui.composer.options import DAYS_KEY, NAME_KEY, NEW_SENDER_KEY, NEW_SENDER_REASON_KEY, TYPE_KEY, WHEN_KEY
from ui.composer.personalise import FALLBACK_PREFIX
from ui.composer.recipients import (
    CONTACT_SEARCH_KEY,
    CONTACTS_KEY,
    FILE_GENERATION_KEY,
    GROUPS_KEY,
    PASTE_KEY,
    PHONE_COLUMN_KEY,
    forget_sheet,
)
from ui.composer.state import forget_all, new_draft_key
from ui.composer.trial_send import PHONE_KEY

EMPTY: dict[str, object] = {
    PASTE_KEY: "",
    CONTACTS_KEY: [],
    CONTACT_SEARCH_KEY: "",
    GROUPS_KEY: [],
    TEXT_KEY: "",
    TEMPLATE_KEY: None,
    ACCENTS_KEY: False,
    NAME_KEY: "",
    TYPE_KEY: "SMS",
    WHEN_KEY: "now",
    DAYS_KEY: [],
    NEW_SENDER_KEY: "",
    NEW_SENDER_REASON_KEY: "",
    PHONE_KEY: "",
}


def reset_draft() -> None:
    """Button callback: a fresh send key and every composer field emptied (handed recipients too)."""
    new_draft_key()
    for key, value in EMPTY.items():
        st.session_state[key] = value
    for key in [k for k in st.session_state if str(k).startswith(FALLBACK_PREFIX)]:
        st.session_state[key] = ""
    st.session_state[FILE_GENERATION_KEY] = int(st.session_state.get(FILE_GENERATION_KEY, 0)) + 1
    st.session_state.pop(PHONE_COLUMN_KEY, None)
    forget_handed()
    forget_sheet()
    forget_undo()
    forget_all()
