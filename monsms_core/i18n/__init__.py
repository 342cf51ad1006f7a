"""One translation layer for every user-facing sentence. French is the reference language.

Messages live in small catalog modules beside this file, one per concern, named `messages_<area>.py`,
each defining `MESSAGES: dict[str, dict[str, str]]` mapping a dotted key to its French and English text.
Placeholders use `str.format` syntax (`{count}`) and must be the same in both languages.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


@cache
def catalog() -> dict[str, dict[str, str]]:
    """Every message of every catalog module, merged; a key defined twice is a programming error."""
    merged: dict[str, dict[str, str]] = {}
    package_dir = Path(__file__).parent
    for module_info in sorted(pkgutil.iter_modules([str(package_dir)]), key=lambda m: m.name):
        if not module_info.name.startswith("messages_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"Message key {key!r} is defined twice (again in {module_info.name})")
            merged[key] = texts
    return merged


def normalize_language(lang: str | None) -> str:
    """A supported language code for `lang` (e.g. 'en-US' → 'en'), French when unknown."""
    code = (lang or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def translate(key: str, lang: str | None = DEFAULT_LANGUAGE, **params: object) -> str:
    """The sentence for `key` in `lang`, with `params` filled in.

    Falls back to French, then to the key itself, so a missing message shows up as a visible key in
    the page rather than as a crash; the catalog test makes sure that never ships.
    """
    texts = catalog().get(key)
    if texts is None:
        return key
    text = texts.get(normalize_language(lang)) or texts.get(DEFAULT_LANGUAGE) or key
    return text.format(**params) if params else text


t = translate
