"""The audit log as a table for people: action codes grouped into categories, labelled in the reader's
language, details written as short "key: value" text, ready to filter and export."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from monsms_core.i18n import catalog, translate
from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.store import AuditEntry

# Category → the action prefixes it covers ("logout" has no dot: it is matched whole).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "login": ("login.", "logout"),
    "settings": ("settings.",),
    "users": ("user.",),
    "imports": ("import.",),
    "contacts": ("contact.", "contacts.", "group."),
    "sends": ("send.",),
    "reviews": ("review.",),
    "campaigns": ("campaign.",),
    "optouts": ("optout.",),
    "payments": ("payment.",),
}
MAX_DETAILS = 300


def category_of(action: str) -> str:
    """The category of an action code ("other" when none matches)."""
    for category, prefixes in CATEGORIES.items():
        if any(action == p or (p.endswith(".") and action.startswith(p)) for p in prefixes):
            return category
    return "other"


def action_label(action: str, lang: str | None) -> str:
    """The action in words when the catalog knows it, else its code."""
    key = f"audit.action.{action}"
    return translate(key, lang) if key in catalog() else action


def details_text(details: Any, lang: str | None = "fr") -> str:
    """A short, readable rendering of an entry's JSON details."""
    if details in (None, "", {}, []):
        return ""
    if isinstance(details, Mapping):
        parts = [
            f"{_key(str(key), lang)} : {_value(v, lang)}"
            for key, v in details.items()
            if v not in (None, "", [], {})
        ]
        text = " · ".join(parts)
    else:
        text = _value(details, lang)
    return text if len(text) <= MAX_DETAILS else text[: MAX_DETAILS - 1] + "…"


def _key(key: str, lang: str | None) -> str:
    message = f"audit.key.{key}"
    return translate(message, lang) if message in catalog() else key


def target_text(action: str, target: str | None, lang: str | None) -> str:
    """What the action was done on, with its kind when the bare id would say nothing ("envoi n° 12")."""
    if not target:
        return ""
    kind = {"reviews": "review", "sends": "send"}.get(category_of(action))
    return translate(f"audit.target.{kind}", lang, id=target) if kind else target


def _value(value: Any, lang: str | None) -> str:
    if isinstance(value, bool):
        return translate("audit.yes" if value else "audit.no", lang)
    if isinstance(value, list | tuple):
        return ", ".join(_value(v, lang) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def audit_frame(
    entries: Iterable[AuditEntry], lang: str | None, user_names: Mapping[str, str]
) -> pd.DataFrame:
    """One row per entry: at (Abidjan time, naive), actor (display name and username), category,
    action (code), label, target, details (text)."""
    rows = [
        (
            entry.at,
            f"{user_names[entry.actor]} ({entry.actor})" if entry.actor in user_names else entry.actor,
            category_of(entry.action),
            entry.action,
            action_label(entry.action, lang),
            target_text(entry.action, entry.target, lang),
            details_text(entry.details, lang),
        )
        for entry in entries
    ]
    frame = pd.DataFrame.from_records(
        rows, columns=["at", "actor", "category", "action", "label", "target", "details"]
    )
    frame["at"] = pd.to_datetime(frame["at"], utc=True).dt.tz_convert(ABIDJAN).dt.tz_localize(None)
    return frame


def filter_categories(frame: pd.DataFrame, categories: Iterable[str]) -> pd.DataFrame:
    """The rows of the given categories (all rows when none is given)."""
    wanted = list(categories)
    return frame[frame["category"].isin(wanted)] if wanted else frame


def audit_export(frame: pd.DataFrame, lang: str | None, *, dates_as_text: bool = False) -> pd.DataFrame:
    """The table as a spreadsheet, with column names in `lang`."""

    def label(key: str) -> str:
        return translate(f"audit.col.{key}", lang)

    moments = frame["at"].dt.strftime("%d/%m/%Y %H:%M:%S") if dates_as_text else frame["at"]
    return pd.DataFrame(
        {
            label("at"): moments,
            label("actor"): frame["actor"],
            label("action"): frame["label"],
            label("code"): frame["action"],
            label("target"): frame["target"],
            label("details"): frame["details"],
        }
    )
