"""Entry point (`streamlit run app.py`): page setup, configuration check, login gate, then the pages the
signed-in user's role allows. Pages are thin and check the role themselves (ui.shell.auth.require_role)."""

from __future__ import annotations

import streamlit as st

from monsms_core.config import ConfigurationError
from ui.runtime import resources
from ui.runtime.duties import protect_key, start_worker
from ui.shell.auth import gate
from ui.shell.builtin_words import translate_builtin_words
from ui.shell.i18n import current_language, tr
from ui.shell.registry import navigation_pages
from ui.shell.sidebar import render_sidebar
from ui.shell.style import apply_style
from ui.shell.widgets import mode_badge

st.set_page_config(page_title="Mon SMS PRO", page_icon=":material/sms:", layout="wide")
apply_style()
translate_builtin_words()

try:
    cookie_key = resources.cookie_key()
    resources.store()
except ConfigurationError as problem:
    # A configuration mistake (e.g. live mode without a cookie key) is a page saying what to do,
    # not a traceback.
    st.navigation([st.Page(lambda: None, title="Mon SMS PRO", url_path="config")], position="hidden")
    st.title(tr("ui.config_error.title"), anchor=False)
    st.error(problem.user_message(current_language()), icon=":material/build:")
    st.stop()

# Before the gate and before any API call: the key is scrubbed from every log line, and a worker runs
# the background jobs (a restarted server resumes interrupted work whether or not anybody signs in).
protect_key(resources.connection().api_key)
start_worker()
user = gate(cookie_key)
page = st.navigation(navigation_pages(user.role), expanded=True)
render_sidebar(user)
mode_badge()
page.run()
