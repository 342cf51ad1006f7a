"""What to do after an import into a group: open the group, or write to it at once (issue 11, point 9).
The Groups page and the composer keep their own rules; these buttons only choose the group for them."""

from __future__ import annotations

import streamlit as st

from ui.composer.recipients import GROUPS_KEY
from ui.shell.i18n import tr
from ui.shell.registry import page_spec

GROUPS_PAGE = "app_pages/contacts/groups.py"
GROUP_PICK_KEY = "gr_pick"  # the Groups page's choice of group (app_pages/contacts/groups.py)
COMPOSER_PAGE = "app_pages/send/send.py"


def group_next_steps(group_id: str, key: str) -> None:
    """ "Voir le groupe" and "Envoyer à ce groupe" for the group an import just filled."""
    row = st.container(horizontal=True)
    if page_spec(GROUPS_PAGE) is not None and row.button(
        tr("import_view.see_group"), icon=":material/groups:", key=f"{key}_see_group"
    ):
        st.session_state[GROUP_PICK_KEY] = group_id
        st.switch_page(GROUPS_PAGE)
    if page_spec(COMPOSER_PAGE) is not None and row.button(
        tr("import_view.send_to_group"), icon=":material/send:", type="primary", key=f"{key}_send_group"
    ):
        st.session_state[GROUPS_KEY] = [group_id]
        st.switch_page(COMPOSER_PAGE)
