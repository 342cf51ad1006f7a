"""Step 4 of the composer, first half: what the send costs, set against the balance, and what blocks it
(with what to do: fix the message, or buy credit)."""

from __future__ import annotations

import streamlit as st

from monsms_core.composer import Tally, blocker_messages
from monsms_core.composer import shortfall as short_of
from monsms_core.i18n.formatting import format_number
from monsms_core.sending import Schedule, Shortfall
from ui.payments.flow import purchase_notice, recharge_flow
from ui.runtime.fetched import Fetched
from ui.shell.i18n import current_language, tr
from ui.shell.session import CurrentUser
from ui.spending import recurring_cost

# Steps not done yet rather than mistakes: a fresh form says what is left to do, in blue, not in red.
STILL_TO_DO = frozenset({"empty_text", "no_recipients"})


def cost_summary(
    plan: Tally,
    blockers: tuple[str, ...],
    balance: Fetched,
    schedule: Schedule,
    user: CurrentUser | None = None,
    draft_key: str | None = None,
) -> Shortfall | None:
    """Recipients, SMS per message, credits and balance, what a weekly send costs; the `blockers` (codes);
    the shortfall if any, with the purchase of the missing credit (for `user`, when given, returning to
    `draft_key`)."""
    lang = current_language()
    people, parts, credits, left = st.columns(4)
    people.metric(tr("composer.cost.recipients"), format_number(plan.recipient_count, lang), border=True)
    parts.metric(tr("composer.cost.parts"), format_number(plan.max_parts, lang), border=True)
    credits.metric(tr("composer.cost.credits"), format_number(plan.total_credits, lang), border=True)
    left.metric(
        tr("composer.cost.balance"), format_number(balance.value, lang) if balance.ok else "—", border=True
    )
    breakdown = plan.breakdown()
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
    recurring_cost.plan_note(plan.total_credits, plan.recipient_count, schedule, balance)
    for code, message in zip(blockers, blocker_messages(blockers, plan, lang), strict=True):
        if code in STILL_TO_DO:
            st.info(message, icon=":material/checklist:")
        else:
            st.error(message, icon=":material/block:")
    if not balance.ok:
        st.warning(balance.message(lang), icon=":material/cloud_off:")
        return None
    shortfall = short_of(plan, int(balance.value)) if plan.recipient_count else None
    if shortfall is not None:
        recharge_help(shortfall, user, draft_key)
    elif user is not None:
        purchase_notice()  # the credit just bought: said once, then the send is ready to confirm
    return shortfall


def recharge_help(shortfall: Shortfall, user: CurrentUser | None, draft_key: str | None) -> None:
    """The shortfall as a sentence, and buying the missing credit right here (`ui.payments`): the
    smallest pack covering it is preselected, and the draft stays on screen while the payment runs."""
    lang = current_language()
    st.error(shortfall.user_message(lang), icon=":material/account_balance_wallet:")
    if user is None:
        return
    with st.expander(tr("payments.inline_title"), icon=":material/add_card:", expanded=True):
        recharge_flow(user, missing=shortfall.missing, return_to=draft_key, prefix="composer_pay")
