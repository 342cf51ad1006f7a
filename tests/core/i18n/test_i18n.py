"""Every message exists in both languages with the same placeholders."""

import string

from babel.numbers import format_decimal  # noqa: F401  (Babel must be installed)

from monsms_core.i18n import LANGUAGES, catalog, translate
from monsms_core.i18n.formatting import format_money_xof, format_number


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_every_key_has_every_language_with_same_placeholders() -> None:
    messages = catalog()
    assert messages, "the catalog is empty"
    for key, texts in messages.items():
        for lang in LANGUAGES:
            assert texts.get(lang, "").strip(), f"{key} has no {lang} text"
        assert _placeholders(texts["fr"]) == _placeholders(texts["en"]), key


def test_translate_falls_back_and_fills_placeholders() -> None:
    assert translate("common.yes", "en") == "Yes"
    assert translate("common.yes", "fr-CI") == "Oui"
    assert translate("common.yes", "de") == "Oui"
    assert translate("no.such.key", "en") == "no.such.key"


def test_money_and_numbers_follow_the_locale() -> None:
    assert format_money_xof(15000, "fr").replace("\u202f", " ").replace("\xa0", " ") == "15 000 FCFA"
    assert format_number(12345, "en") == "12,345"
