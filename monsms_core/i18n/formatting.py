"""Numbers, money (FCFA / XOF) and dates in the reader's locale, through Babel."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_datetime as babel_format_datetime
from babel.numbers import format_decimal

from monsms_core.i18n.languages import normalize_language

ABIDJAN = ZoneInfo("Africa/Abidjan")
_LOCALES = {"fr": "fr_CI", "en": "en_GB"}


def locale_for(lang: str | None) -> str:
    """The Babel locale used for a dashboard language."""
    return _LOCALES[normalize_language(lang)]


@cache
def _locale(lang: str) -> Locale:
    # Parsed once: Babel parses a locale name again on every call otherwise (half of the time spent).
    return Locale.parse(locale_for(lang))


# Tables write the same few numbers thousands of times; Babel takes about 20 µs for each.
@lru_cache(maxsize=4096)
def format_number(value: float | int, lang: str | None = "fr") -> str:
    """`12345` → `12 345` in French, `12,345` in English."""
    return format_decimal(value, locale=_locale(normalize_language(lang)))


def format_money_xof(amount: float | int, lang: str | None = "fr") -> str:
    """An amount in CFA francs, which have no minor unit: `15 000 FCFA`."""
    return f"{format_number(round(amount), lang)} FCFA"


def format_datetime(value: datetime, lang: str | None = "fr", *, with_time: bool = True) -> str:
    """A moment shown in Abidjan time (UTC+0, no daylight saving), naive values taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    pattern = "dd/MM/yyyy HH:mm" if with_time else "dd/MM/yyyy"
    if normalize_language(lang) == "en":
        pattern = "d MMM yyyy, HH:mm" if with_time else "d MMM yyyy"
    return babel_format_datetime(value.astimezone(ABIDJAN), pattern, locale=locale_for(lang))
