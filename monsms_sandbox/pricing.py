"""The credit packs (`GET /offer`) and the XOF price of a number of credits."""

from __future__ import annotations

# name, credits, price in XOF. Plausible Ivorian bulk-SMS rates: 25 F per SMS for the smallest pack,
# falling to 14 F for the largest.
OFFERS: tuple[tuple[str, int, int], ...] = (
    ("STARTER", 500, 12_500),
    ("BRONZE", 2_000, 44_000),
    ("FER", 5_000, 100_000),
    ("OR", 10_000, 180_000),
    ("DIAMANT", 25_000, 400_000),
    ("VIP", 100_000, 1_400_000),
)


def offer_objects() -> list[dict[str, object]]:
    """The offers as the API answers them."""
    return [
        {"id": f"offer_{name.lower()}", "name": name, "credit": credit, "price": price, "currency": "XOF"}
        for name, credit, price in OFFERS
    ]


def offer_for(credit: int) -> tuple[str, int, int]:
    """The largest pack not bigger than `credit` (STARTER for small amounts)."""
    chosen = OFFERS[0]
    for offer in OFFERS:
        if offer[1] <= credit:
            chosen = offer
    return chosen


def price_for(credit: int) -> int:
    """XOF value of `credit` credits at the per-credit rate of the matching pack."""
    _, pack_credit, pack_price = offer_for(credit)
    return round(credit * pack_price / pack_credit)
