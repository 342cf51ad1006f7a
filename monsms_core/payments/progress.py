"""What the waiting screen shows for a purchase: its phase, a progress fraction and the sentence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_money_xof, format_number
from monsms_core.i18n.problems import Problem
from monsms_core.store import PurchaseRecord
from monsms_core.store.db import now_utc

DEFAULT_TIMEOUT = timedelta(minutes=3)  # after this, the page says what to do instead of just waiting
# Reasons with a sentence of their own ("payments.failure.<reason>"); any other reads "other".
KNOWN_REASONS = frozenset(
    {"PAYMENT_REFUSED", "INSUFFICIENT_FUNDS", "not_created", "wallet_failed", "abandoned", "ambiguous"}
)


@dataclass(frozen=True)
class PurchaseProgress(Problem):
    """The purchase as the buyer reads it. `code` is the phase: waiting, late, checking, ambiguous,
    charged, failed, abandoned."""

    code: str
    progress: float  # 0..1 for the bar while waiting
    purchase: PurchaseRecord
    elapsed_seconds: int

    catalog = "payments.state"

    @property
    def params(self) -> dict[str, object]:
        """The pack, its credits and price, the minutes waited, and why it failed."""
        reason = self.purchase.failure_reason or ""
        return {
            "pack": self.purchase.pack_name,
            "credits": self.purchase.credits,
            "price": self.purchase.price,
            "minutes": max(1, round(self.elapsed_seconds / 60)),
            "reason": reason if reason in KNOWN_REASONS else "other",
        }

    def message_params(self, lang: str | None) -> dict[str, object]:
        params = self.params
        return {
            **params,
            "credits": format_number(self.purchase.credits, lang),
            "price": format_money_xof(self.purchase.price, lang),
            "why": translate(f"payments.failure.{params['reason']}", lang),
        }

    @property
    def final(self) -> bool:
        """True when there is nothing more to wait for."""
        return self.code in ("charged", "failed", "abandoned")


def purchase_progress(
    purchase: PurchaseRecord, *, now: datetime | None = None, timeout: timedelta = DEFAULT_TIMEOUT
) -> PurchaseProgress:
    """The phase of `purchase` at `now` (default: now)."""
    elapsed = max(timedelta(0), (now or now_utc()) - purchase.created_at)
    seconds = int(elapsed.total_seconds())
    if purchase.status in ("charged", "failed", "abandoned"):
        return PurchaseProgress(purchase.status, 1.0, purchase, seconds)
    if purchase.status == "unknown":
        phase = "ambiguous" if purchase.failure_reason == "ambiguous" else "checking"
        return PurchaseProgress(phase, 0.5, purchase, seconds)
    if elapsed >= timeout:
        return PurchaseProgress("late", 0.95, purchase, seconds)
    fraction = min(0.95, 0.05 + 0.9 * elapsed / timeout)
    return PurchaseProgress("waiting", fraction, purchase, seconds)
