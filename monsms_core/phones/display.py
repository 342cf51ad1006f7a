"""Phone numbers as people read them."""

from __future__ import annotations


def pretty_phone(phone: str | None) -> str:
    """An API-form phone as people write it: "2250707123456" → "07 07 12 34 56" for Côte d'Ivoire,
    "0033612345678" for other countries (the international prefix 00 rather than "+", which spreadsheets
    would take for the start of a formula). Exports use it too, and the importer reads both back."""
    digits = phone or ""
    if digits.startswith("225") and len(digits) == 13:
        national = digits[3:]
        return " ".join(national[i : i + 2] for i in range(0, 10, 2))
    return "00" + digits if digits else ""
