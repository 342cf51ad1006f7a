"""Plural forms chosen by each language's own rule (CLDR, through Babel), the way gettext's `ngettext`
does: a message that depends on a number holds one text per plural category of the language, and the
number picks one.

French and English differ exactly where a hand-written "(s)" fails: French takes the singular for 0 and 1
("0 crédit", "1 crédit", "2 crédits"), English only for 1 ("0 credits", "1 credit"). Babel's French rule
also has a "many" category (exact millions: "1 000 000 de crédits"); a message that gives no text for a
category falls back to "other".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from babel import Locale

# One language's text of a catalog message: a plain text, or its plural forms (CLDR category → text).
Message = str | Mapping[str, str]

PLURAL_CATEGORIES: tuple[str, ...] = ("zero", "one", "two", "few", "many", "other")
FALLBACK_CATEGORY = "other"


@cache
def _rule(lang: str) -> Callable[[float | int], str]:
    # Locale.plural_form is Babel's compiled CLDR rule for the language; parsing it once per language
    # keeps a table of thousands of rows cheap.
    return Locale.parse(lang).plural_form


def plural_category(count: float | int, lang: str) -> str:
    """The CLDR plural category of `count` in `lang` ("one", "many", "other"…), by Babel's rules."""
    return _rule(lang)(abs(count))


def choose_form(forms: Mapping[str, str], count: float | int, lang: str) -> str:
    """The text of `forms` (plural category → text) that `count` calls for in `lang`."""
    return forms.get(plural_category(count, lang)) or forms[FALLBACK_CATEGORY]
