"""Credit packs on sale: `client.offers` (the one public GET of the API; no key is sent)."""

from __future__ import annotations

from monsms_core.client._paging import extract_items
from monsms_core.client._resource import Resource
from monsms_core.client.models import Offer


class Offers(Resource):
    """`GET /offer`."""

    name = "offers"

    def list(self) -> list[Offer]:
        """Every credit pack (STARTER … VIP) with its price in XOF and its credit."""
        data = self._transport.call("/offer", None, kind="read", operation="offers.list", method="GET")
        items, _total = extract_items(data)
        return [Offer.from_api(item) for item in items]
