"""Credit packs as the buyer sees them: credits, price in FCFA, price per SMS; and the pack a send needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from monsms_core.client.models import Offer


@dataclass(frozen=True)
class Pack:
    """One pack on sale (an API offer with a usable id, credit and price)."""

    offer_id: str
    name: str
    credits: int
    price: int  # FCFA (XOF)

    @property
    def price_per_sms(self) -> float:
        """FCFA per credit (one credit = one SMS part)."""
        return self.price / self.credits


def packs_from_offers(offers: Iterable[Offer]) -> list[Pack]:
    """The offers that can be bought (id, credit and price known), cheapest first."""
    packs = [
        Pack(offer.id, offer.name or offer.id, int(offer.credit), round(offer.price))
        for offer in offers
        if offer.id and offer.credit and offer.credit > 0 and offer.price is not None and offer.price > 0
    ]
    return sorted(packs, key=lambda pack: (pack.price, pack.credits))


def smallest_covering(packs: Iterable[Pack], missing: int) -> Pack | None:
    """The cheapest pack giving at least `missing` credits; the biggest pack when none is enough
    (the buyer then needs several); None when there is no pack at all."""
    ordered = sorted(packs, key=lambda pack: (pack.credits, pack.price))
    if not ordered:
        return None
    covering = [pack for pack in ordered if pack.credits >= missing]
    if not covering:
        return ordered[-1]
    return min(covering, key=lambda pack: (pack.price, pack.credits))
