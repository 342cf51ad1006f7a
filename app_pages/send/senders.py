"""Sender names ("noms d'expéditeur"): ask the operator for a new one, and follow the team's requests
to accepted or refused (statuses read from the API on every visit)."""

from __future__ import annotations

import streamlit as st

from monsms_core.i18n.formatting import format_number
from ui.runtime import resources
from ui.senders import requests as sender_requests
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr

user = require_role("send")
lang = current_language()

st.title(tr("senders.page.title"), anchor=False)
st.caption(tr("senders.page.intro"))
sender_requests.notice()
sender_requests.request_form(user)

st.subheader(tr("senders.page.list_title"), anchor=False)
fetched = sender_requests.tracked_requests()
if not fetched.ok:
    st.warning(fetched.message(lang), icon=":material/cloud_off:")
elif not fetched.value:
    st.info(tr("senders.page.none"), icon=":material/badge:")
else:
    tracked = fetched.value
    counts = {
        status: sum(1 for t in tracked if t.status == status) for status in ("pending", "accepted", "refused")
    }
    st.markdown(
        " · ".join(
            f"{sender_requests.status_label(status)} {format_number(count, lang)}"
            for status, count in counts.items()
        )
    )
    names = {u.username: u.display_name for u in resources.store().users.list()}
    sender_requests.requests_table(tracked, names)
    st.caption(tr("senders.page.refresh_hint"))
