"""One translation layer for every user-facing sentence. French is the reference language.

Messages live in small catalog modules beside this file, one per concern, named `messages_<area>.py`,
each defining `MESSAGES` mapping a dotted key to its French and English text.
Placeholders use `str.format` syntax (`{count}`) and must be the same in both languages.

A message that depends on a number is written with real plural forms, never with a "(s)" suffix: its
text in each language is a mapping from plural category to text, e.g.
`{"fr": {"one": "{count} crédit", "other": "{count} crédits"}, "en": {"one": "{count} credit",
"other": "{count} credits"}}`, and `translate_plural(key, count, lang)` (alias `tn`) picks the form by
the language's rule (see `plurals`): "0 crédit", "1 crédit", "2 crédits"; "0 credits", "1 credit".
A sentence with several counts gives each count `{name}` its own plural message `<key>.<name>` (with
`{count}`); `translate` fills it in the right form from the whole number passed as `name`.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path
from typing import TypeGuard

from monsms_core.i18n.formatting import format_number
from monsms_core.i18n.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, normalize_language
from monsms_core.i18n.plurals import (
    FALLBACK_CATEGORY,
    PLURAL_CATEGORIES,
    Message,
    choose_form,
    plural_category,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "PLURAL_CATEGORIES",
    "Message",
    "catalog",
    "is_plural",
    "normalize_language",
    "plural_category",
    "t",
    "tn",
    "translate",
    "translate_plural",
]


@cache
def catalog() -> dict[str, dict[str, Message]]:
    """Every message of every catalog module, merged; a key defined twice is a programming error."""
    merged: dict[str, dict[str, Message]] = {}
    for module_name in catalog_modules():
        module = importlib.import_module(f"{__name__}.{module_name}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"Message key {key!r} is defined twice (again in {module_name})")
            merged[key] = texts
    return merged


def catalog_modules() -> list[str]:
    """The names of the catalog modules (`messages_*`), whoever added them, in a stable order."""
    package_dir = Path(__file__).parent
    names = (info.name for info in pkgutil.iter_modules([str(package_dir)]))
    return sorted(name for name in names if name.startswith("messages_"))


def is_plural(message: Message) -> bool:
    """Whether a catalog text is a set of plural forms rather than one text."""
    return not isinstance(message, str)


@cache
def _counted_names() -> dict[str, frozenset[str]]:
    """Sentence key → the names of its counts that have their own plural message `<key>.<name>`."""
    known = catalog()
    found: dict[str, set[str]] = {}
    for key, texts in known.items():
        parent, _, name = key.rpartition(".")
        if parent in known and any(is_plural(text) for text in texts.values()):
            found.setdefault(parent, set()).add(name)
    return {key: frozenset(names) for key, names in found.items()}


def _message(key: str, lang: str | None) -> Message | None:
    texts = catalog().get(key)
    if texts is None:
        return None
    return texts.get(normalize_language(lang)) or texts.get(DEFAULT_LANGUAGE)


def translate(key: str, lang: str | None = DEFAULT_LANGUAGE, **params: object) -> str:
    """The sentence for `key` in `lang`, with `params` filled in.

    Falls back to French, then to the key itself, so a missing message shows up as a visible key in
    the page rather than as a crash; the catalog test makes sure that never ships. A message with plural
    forms takes its number from an integer `count` parameter (see `translate_plural`).
    """
    message = _message(key, lang)
    if message is None:
        return key
    if not params and isinstance(message, str):
        return message
    params = _counted_parts(key, lang, params)
    if not isinstance(message, str):
        count = params.get("count")
        if _is_whole_number(count):
            return translate_plural(key, count, lang, **{k: v for k, v in params.items() if k != "count"})
        # No number to choose by (a caller's slip): the general form reads better than a crash.
        message = message[FALLBACK_CATEGORY]
    return message.format(**params) if params else message


def translate_plural(key: str, count: int, lang: str | None = DEFAULT_LANGUAGE, **params: object) -> str:
    """The sentence for `key` in `lang` in the plural form `count` calls for, like gettext's ngettext.

    `count` fills the `{count}` placeholder; it and every other whole-number parameter are written the
    reader's way ("1 234" in French, "1,234" in English). A message without plural forms is simply
    translated, so a caller need not know which messages vary.
    """
    language = normalize_language(lang)
    message = _message(key, language)
    if message is None:
        return key
    params = _counted_parts(key, language, params)
    text = message if isinstance(message, str) else choose_form(message, count, language)
    values = {
        name: format_number(value, language) if _is_whole_number(value) else value
        for name, value in {"count": count, **params}.items()
    }
    return text.format(**values)


def _counted_parts(key: str, lang: str | None, params: dict[str, object]) -> dict[str, object]:
    """`params` with each whole number `name` that has its own plural message `<key>.<name>` replaced by
    that message in the right form, so one sentence can hold several counts, each agreeing with its own
    number: "{valid}, {rejected}" → "1 numéro retenu, 0 refusé" / "2 numéros retenus, 3 refusés"."""
    names = _counted_names().get(key)
    if not names:
        return params
    numbers = {name: value for name, value in params.items() if _is_whole_number(value) and name != "count"}
    counted = {
        name: translate_plural(f"{key}.{name}", value, lang)
        for name, value in numbers.items()
        if name in names
    }
    if not counted:
        return params
    # A counting sentence writes its other numbers the reader's way too ("sur 1 234").
    language = normalize_language(lang)
    return {
        **params,
        **{name: format_number(value, language) for name, value in numbers.items()},
        **counted,
    }


def _is_whole_number(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


t = translate
tn = translate_plural
