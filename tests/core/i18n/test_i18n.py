"""Every message exists in both languages with the same placeholders."""

import string

from babel import Locale
from babel.numbers import format_decimal  # noqa: F401  (Babel must be installed)

from monsms_core.i18n import LANGUAGES, Message, catalog, translate
from monsms_core.i18n.formatting import format_money_xof, format_number


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def _forms(message: Message) -> list[str]:
    return [message] if isinstance(message, str) else list(message.values())


def test_every_key_has_every_language_with_same_placeholders() -> None:
    messages = catalog()
    assert messages, "the catalog is empty"
    for key, texts in messages.items():
        for lang in LANGUAGES:
            message = texts.get(lang, "")
            assert message and all(form.strip() for form in _forms(message)), f"{key} has no {lang} text"
        # Every plural form of every language fills the same placeholders.
        shapes = {frozenset(_placeholders(form)) for lang in LANGUAGES for form in _forms(texts[lang])}
        assert len(shapes) == 1, key


def test_plural_messages_use_the_languages_own_categories() -> None:
    """Both languages give plural forms or neither; each form is a category of that language's rule, the
    general "other" always among them."""
    for key, texts in catalog().items():
        plural = {lang: not isinstance(texts[lang], str) for lang in LANGUAGES}
        assert len(set(plural.values())) == 1, f"{key}: plural forms in one language only"
        if not plural["fr"]:
            continue
        for lang in LANGUAGES:
            forms = texts[lang]
            assert not isinstance(forms, str)
            assert "other" in forms, f"{key} ({lang}) has no 'other' form"
            assert set(forms) <= Locale.parse(lang).plural_form.tags | {"other"}, f"{key} ({lang})"


def test_translate_falls_back_and_fills_placeholders() -> None:
    assert translate("common.yes", "en") == "Yes"
    assert translate("common.yes", "fr-CI") == "Oui"
    assert translate("common.yes", "de") == "Oui"
    assert translate("no.such.key", "en") == "no.such.key"


def test_money_and_numbers_follow_the_locale() -> None:
    assert format_money_xof(15000, "fr").replace("\u202f", " ").replace("\xa0", " ") == "15 000 FCFA"
    assert format_number(12345, "en") == "12,345"
