"""Step 4 of the composer, first half: what the send costs, set against the balance, and what blocks it
(with what to do: fix the message, or buy credit)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.composer import parts_breakdown
from monsms_core.i18n.formatting import format_money_xof, format_number
from monsms_core.sending import SendPlan, Shortfall, check_affordable
from ui.composer import data as composer_data
from ui.runtime.fetched import Fetched
from ui.shell.i18n import current_language, tr

RECHARGE_URL = "https://monsms.pro"


def cost_summary(plan: SendPlan, balance: Fetched) -> Shortfall | None:
    """Recipients, SMS per message, credits and balance; the blockers; the shortfall if any."""
    lang = current_language()
    people, parts, credits, left = st.columns(4)
    people.metric(tr("composer.cost.recipients"), format_number(plan.recipient_count, lang), border=True)
    parts.metric(tr("composer.cost.parts"), format_number(plan.max_parts, lang), border=True)
    credits.metric(tr("composer.cost.credits"), format_number(plan.total_credits, lang), border=True)
    left.metric(
        tr("composer.cost.balance"), format_number(balance.value, lang) if balance.ok else "—", border=True
    )
    breakdown = parts_breakdown(plan)
    if len(breakdown) > 1:
        pieces = [
            tr("composer.cost.breakdown_item", recipients=n, parts=p)
            for p, n in breakdown
        ]
        st.caption(tr("composer.cost.breakdown", items=" ; ".join(pieces)))
    elif breakdown:
        st.caption(
            tr(
                "composer.cost.formula",
                parts=breakdown[0][0],
                recipients=breakdown[0][1],
                credits=plan.total_credits,
            )
        )
    if plan.distinct_texts > 1:
        st.caption(tr("composer.cost.campaigns", count=format_number(plan.distinct_texts, lang)))
    for message in plan.blocker_messages(lang):
        st.error(message, icon=":material/block:")
    if not balance.ok:
        st.warning(balance.message(lang), icon=":material/cloud_off:")
        return None
    shortfall = check_affordable(plan, int(balance.value)) if plan.recipient_count else None
    if shortfall is not None:
        recharge_help(shortfall)
    return shortfall


def recharge_help(shortfall: Shortfall) -> None:
    """The shortfall as a sentence, and how to buy credit: the packs on sale and where to pay."""
    lang = current_language()
    st.error(shortfall.user_message(lang), icon=":material/account_balance_wallet:")
    offers = composer_data.offers()
    with st.expander(tr("composer.cost.offers_title"), icon=":material/sell:"):
        if offers.ok and offers.value:
            table = pd.DataFrame(
                {
                    tr("composer.cost.offer_name"): [o.name or "" for o in offers.value],
                    tr("composer.cost.offer_credit"): [
                        format_number(o.credit or 0, lang) for o in offers.value
                    ],
                    tr("composer.cost.offer_price"): [
                        format_money_xof(o.price or 0, lang) for o in offers.value
                    ],
                    tr("composer.cost.offer_enough"): [
                        tr("common.yes") if (o.credit or 0) >= shortfall.missing else "" for o in offers.value
                    ],
                }
            )
            st.dataframe(table, hide_index=True, width="stretch")
        elif not offers.ok:
            st.caption(offers.message(lang))
        st.caption(tr("composer.cost.recharge_how"))
        st.link_button(tr("composer.cost.recharge"), RECHARGE_URL, icon=":material/open_in_new:")
