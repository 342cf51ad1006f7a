"""Message templates: find them by name or category, create, rename, edit and delete them (the API keeps
the text, the dashboard the name, category and usage count)."""

from __future__ import annotations

import streamlit as st

from monsms_core import templates
from monsms_core.client.errors import MonSmsError
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.templates import manage

user = require_role("send")

st.title(tr("templates.title"), anchor=False)
st.caption(tr("templates.intro"))
manage.notice()
try:
    listed = templates.load(resources.client(), resources.store(), actor=user.username)
except MonSmsError as error:
    st.error(error.user_message(current_language()))
    st.stop()

manage.creation_form(templates.categories(listed), user.username)
manage.browse(listed)
manage.change_panel(listed, user.username)
