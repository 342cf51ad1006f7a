"""The purchase form: pack (credits, FCFA, price per SMS), payment method with its instructions, the
payer's number (and the Orange Money code), and "Payer".

"Payer" acts in its on_click callback, which runs once per click before the rerun: the first click
records the purchase; any later one (double click, another tab) gets that purchase back from the store
(`monsms_core.payments.start_purchase`), so there is never a second payment.
"""

from __future__ import annotations

import uuid

import streamlit as st

from monsms_core.client.errors import MonSmsError
from monsms_core.i18n.formatting import format_money_xof, format_number
from monsms_core.payments import (
    METHODS,
    Pack,
    PaymentError,
    PurchaseRequest,
    smallest_covering,
    start_purchase,
)
from ui.runtime import resources
from ui.runtime.fetched import sentences
from ui.shell.i18n import current_language, tr
from ui.shell.session import CurrentUser

SHOWN_KEY = "_payments_shown"  # the purchase id this session follows on screen
_REQUEST_KEY = "_payments_request_key"  # the click's identity, one per form shown
_ERROR_KEY = "_payments_error"


def pack_label(pack: Pack, lang: str) -> str:
    """ "BRONZE — 2 000 SMS — 44 000 FCFA (22 FCFA par SMS)"."""
    return tr(
        "payments.pack.option",
        pack=pack.name,
        credits=format_number(pack.credits, lang),
        price=format_money_xof(pack.price, lang),
        per_sms=format_money_xof(pack.price_per_sms, lang),
    )


def request_key() -> str:
    """This form's click identity (a new one once a purchase ends: see `new_form`)."""
    return str(st.session_state.setdefault(_REQUEST_KEY, uuid.uuid4().hex))


def new_form() -> None:
    """Forget the purchase on screen: the next form is a new purchase."""
    st.session_state.pop(_REQUEST_KEY, None)
    st.session_state.pop(SHOWN_KEY, None)
    st.session_state.pop(_ERROR_KEY, None)


def _pay(user: CurrentUser, prefix: str, packs: dict[str, Pack], return_to: str | None) -> None:
    state = st.session_state
    st.session_state.pop(_ERROR_KEY, None)
    pack = packs[str(state[f"{prefix}_pack"])]
    method = str(state[f"{prefix}_method"])
    request = PurchaseRequest(
        pack, method, str(state.get(f"{prefix}_payer") or ""), state.get(f"{prefix}_code"), request_key(),
        return_to,
    )  # fmt: skip
    try:
        record = start_purchase(
            resources.store(), resources.client(), request, actor=user.username, role=user.role
        )
    except PaymentError as refused:
        state[_ERROR_KEY] = refused.user_message(current_language())
        return
    except MonSmsError as error:  # the offers or the store answered badly before anything was paid
        state[_ERROR_KEY] = sentences(error)[current_language()]
        return
    state[SHOWN_KEY] = record.id


def purchase_form(
    user: CurrentUser, packs: list[Pack], *, missing: int | None, return_to: str | None, prefix: str
) -> None:
    """Draw the form; `missing` (credits a blocked send lacks) preselects the smallest pack covering it."""
    lang = current_language()
    by_id = {pack.offer_id: pack for pack in packs}
    preselected = smallest_covering(packs, missing) if missing else None
    if preselected is not None and missing:
        key = "payments.preselected" if preselected.credits >= missing else "payments.too_big"
        st.info(
            tr(key, pack=preselected.name, credits=format_number(preselected.credits, lang),
               missing=format_number(missing, lang)),
            icon=":material/sell:",
        )  # fmt: skip
    ids = list(by_id)
    st.selectbox(
        tr("payments.pack.label"),
        ids,
        index=ids.index(preselected.offer_id) if preselected is not None else 0,
        format_func=lambda offer_id: pack_label(by_id[offer_id], lang),
        key=f"{prefix}_pack",
    )
    codes = [method.code for method in METHODS]
    method = st.radio(
        tr("payments.method.label"),
        codes,
        format_func=lambda code: tr(f"payments.method.{code}"),
        horizontal=True,
        key=f"{prefix}_method",
    )
    st.caption(tr(f"payments.instructions.{method}"))
    st.text_input(tr("payments.payer.label"), help=tr("payments.payer.help"), key=f"{prefix}_payer")
    if method == "OM_CI":
        st.text_input(tr("payments.code.label"), max_chars=6, key=f"{prefix}_code")
    if resources.connection().mode == "sandbox":
        st.caption(tr("payments.sandbox_hint"))
    if (error := st.session_state.get(_ERROR_KEY)) is not None:
        st.error(error, icon=":material/error:")
    chosen = by_id[str(st.session_state.get(f"{prefix}_pack") or ids[0])]
    st.button(
        tr("payments.pay", price=format_money_xof(chosen.price, lang)),
        type="primary",
        icon=":material/payments:",
        on_click=_pay,
        args=(user, prefix, by_id, return_to),
        key=f"{prefix}_pay",
    )
