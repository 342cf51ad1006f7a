"""Recharger: buy an SMS credit pack by mobile money (Orange Money, MTN MoMo, Moov Money, Wave), follow
the payment, and go back to the send that was waiting for it (`?draft=KEY`)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.i18n.formatting import format_datetime, format_money_xof, format_number
from ui.payments.flow import followed_purchase, recharge_flow
from ui.payments.links import back_to_send, draft_param
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr

user = require_role("send")  # buying itself is checked by monsms_core.accounts.may_buy (flow)
store = resources.store()
lang = current_language()

st.title(tr("payments.title"), anchor=False)
st.caption(tr("payments.intro"))

followed = followed_purchase()  # its send, if it was bought for one, is where "back" goes
return_to = draft_param(st.query_params.get("draft")) or (
    draft_param(followed.return_to) if followed is not None else None
)
missing_param = str(st.query_params.get("missing") or "")
missing = int(missing_param) if missing_param.isdigit() else None


def _back() -> None:
    if return_to is not None and st.button(
        tr("payments.back_to_send"), type="primary", icon=":material/arrow_back:", key="payments_back"
    ):
        back_to_send(return_to)


with st.container(border=True):
    recharge_flow(user, missing=missing, return_to=return_to, after=_back)

recent = store.credit_purchases.recent(10)
if recent:
    st.subheader(tr("payments.recent"), anchor=False)
    table = pd.DataFrame(
        {
            tr("payments.col.date"): [format_datetime(r.created_at, lang) for r in recent],
            tr("payments.col.pack"): [r.pack_name for r in recent],
            tr("payments.col.method"): [tr(f"payments.method.{r.payment_method}") for r in recent],
            tr("payments.col.price"): [format_money_xof(r.price, lang) for r in recent],
            tr("payments.col.credits"): [format_number(r.credits, lang) for r in recent],
            tr("payments.col.status"): [tr(f"payments.status.{r.status}") for r in recent],
            tr("payments.col.by"): [r.actor for r in recent],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
