"""An audit entry's details as sentences in the reader's language, never as codes: "reviewer" is
« Relecteur », "test_send" is "lors d'un envoi de test", "review_required" is the setting's name, dates
are in Abidjan time and counts have real plurals ("1 destinataire", "3 destinataires").

Three steps, first match wins: a sentence for the action (`audit.detail.<action>.<flag>` when the detail
`<flag>` is true, `audit.detail.<action>`, `audit.detail.<action>.short`) whose placeholders the details
all fill, else one short sentence per detail: a counted phrase (`audit.part.<action>.<key>`, then
`audit.part.<key>`), a yes/no phrase (`audit.flag.<key>.yes|no`), or "Label : value".
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import Any

from monsms_core.i18n import catalog, is_plural, translate
from monsms_core.i18n.formatting import format_datetime, format_number
from monsms_core.sending import describe_error

MAX_DETAILS = 300
# Detail keys whose values are codes, and the catalog prefix that words them ("<prefix>.<code>").
VALUE_WORDS: dict[str, str] = {
    "role": "accounts.role",
    "key": "audit.setting",
    "source": "audit.source",
    "scope": "audit.scope",
}
# Actions that put a coded value under a general key ("from"/"to" are names for a renamed group).
ACTION_VALUE_WORDS: dict[str, dict[str, str]] = {
    "user.role_changed": {"from": "accounts.role", "to": "accounts.role"},
    "send.reconciled": {"to": "review.outbox"},
}
# Detail keys that cannot be placeholder names as they are.
PARAM_NAMES = {"key": "setting"}
DATE_KEYS = frozenset({"until", "was_locked_until", "rescheduled_from", "rescheduled_to"})


def details_text(details: Any, lang: str | None = "fr", action: str | None = None) -> str:
    """A short, readable rendering of an entry's JSON details, in sentences (`action`: the entry's
    action code, which may have its own sentence)."""
    if details in (None, "", {}, []):
        return ""
    if isinstance(details, Mapping):
        shown = {str(key): value for key, value in details.items() if value not in (None, "", [], {})}
        text = _action_sentence(action, shown, lang) or " ".join(
            _part(key, value, action, lang) for key, value in shown.items()
        )
    else:
        text = str(_words(action, "", details, lang))
    return text if len(text) <= MAX_DETAILS else text[: MAX_DETAILS - 1] + "…"


def _action_sentence(action: str | None, shown: dict[str, Any], lang: str | None) -> str | None:
    if not action:
        return None
    known = catalog()
    # The sentence's placeholders: the detail keys, "key" (a setting's name) spelled "setting".
    values = {PARAM_NAMES.get(name, name): _words(action, name, value, lang) for name, value in shown.items()}
    flags = [f"audit.detail.{action}.{name}" for name, value in shown.items() if value is True]
    # The fuller sentence first; ".short" says less when a fact is missing (a setting never set before).
    for message in [*flags, f"audit.detail.{action}", f"audit.detail.{action}.short"]:
        texts = known.get(message)
        # A sentence whose facts are not all there would say something false: fall back to the parts.
        if texts is not None and _fields(message) <= {*values, "count"} and _counted(message, shown):
            return translate(message, lang, **values)
    return None


def _counted(key: str, shown: Mapping[str, Any]) -> bool:
    # A sentence with plural forms takes its number from the "count" detail.
    return not is_plural(catalog()[key]["fr"]) or isinstance(shown.get("count"), int)


@cache
def _fields(key: str) -> frozenset[str]:
    """The placeholders of a catalog sentence (its French text, every plural form)."""
    message = catalog()[key]["fr"]
    forms = [message] if isinstance(message, str) else list(message.values())
    return frozenset(field for form in forms for _, field, _, _ in string.Formatter().parse(form) if field)


def _part(key: str, value: Any, action: str | None, lang: str | None) -> str:
    known = catalog()
    flag = f"audit.flag.{key}.{'yes' if value else 'no'}"
    if isinstance(value, bool) and flag in known:
        return translate(flag, lang)
    if isinstance(value, int) and not isinstance(value, bool):
        # The action's own wording of the count first ("3 numéros ajoutés"), else the general one.
        for part in (f"audit.part.{action}.{key}", f"audit.part.{key}"):
            if part in known:
                return translate(part, lang, count=value)
    label = f"audit.key.{key}"
    name = translate(label, lang) if label in known else key
    shown = _words(action, key, value, lang)
    if isinstance(shown, int):
        shown = format_number(shown, lang)
    return _sentence(f"{name} : {shown}" if (lang or "fr").startswith("fr") else f"{name}: {shown}")


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _words(action: str | None, key: str, value: Any, lang: str | None) -> Any:
    """A detail value for people: codes in words, dates in Abidjan time, yes/no; whole numbers are kept
    as numbers so that a sentence can agree with them."""
    if isinstance(value, bool):
        return translate("audit.yes" if value else "audit.no", lang)
    if isinstance(value, int):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(str(_words(action, key, v, lang)) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    text = str(value)
    if key == "error":
        return describe_error(text, lang)
    if key in DATE_KEYS:
        try:
            return format_datetime(datetime.fromisoformat(text), lang)
        except ValueError:
            return text
    prefix = ACTION_VALUE_WORDS.get(action or "", {}).get(key) or VALUE_WORDS.get(key)
    if prefix and f"{prefix}.{text}" in catalog():
        return translate(f"{prefix}.{text}", lang)
    return text
