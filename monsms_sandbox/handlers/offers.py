"""`GET /offer`: the public list of credit packs (no API key needed)."""

from __future__ import annotations

from monsms_sandbox.handlers.context import Call
from monsms_sandbox.pricing import offer_objects


def list_offers(call: Call) -> list[dict[str, object]]:
    """Every pack, cheapest first."""
    del call  # the list is the same for everyone
    return offer_objects()
