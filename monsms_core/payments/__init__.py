"""Buying SMS credit by mobile money from the dashboard, exactly once (no Streamlit here).

    packs = packs_from_offers(client.offers.list())
    pack = smallest_covering(packs, shortfall.missing)                  # what the blocked send needs
    record = start_purchase(store, client, PurchaseRequest(pack, "WAVE_CI", "0707123456", None, key),
                            actor="awa", role="admin")
    record = follow(store, client, record.id, actor="awa")              # one short step per call
    purchase_progress(record).user_message("fr")                        # what the waiting screen says

Modules: `packs` (packs on sale, the smallest covering a shortfall), `methods` (Orange Money, MTN, Moov,
Wave: what each asks, the payer's number and code checked), `purchase` (record first, create once,
follow, reconcile, abandon; audited), `progress` (phase, progress bar, sentence).
Who may buy: `monsms_core.accounts.may_buy`. Storage: `store.credit_purchases` (migration 10).
"""

from __future__ import annotations

from monsms_core.payments.methods import METHODS, Method, method_for, payer_number, valid_code
from monsms_core.payments.packs import Pack, packs_from_offers, smallest_covering
from monsms_core.payments.progress import DEFAULT_TIMEOUT, PurchaseProgress, purchase_progress
from monsms_core.payments.purchase import (
    PaymentError,
    PurchaseRequest,
    abandon,
    follow,
    start_purchase,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "METHODS",
    "Method",
    "Pack",
    "PaymentError",
    "PurchaseProgress",
    "PurchaseRequest",
    "abandon",
    "follow",
    "method_for",
    "packs_from_offers",
    "payer_number",
    "purchase_progress",
    "smallest_covering",
    "start_purchase",
    "valid_code",
]
