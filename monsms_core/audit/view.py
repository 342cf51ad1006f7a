"""The audit log as a table for people: action codes grouped into categories, labelled in the reader's
language, details written as sentences (`details`), ready to filter and export."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pandas as pd

from monsms_core.audit.details import details_text
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
# A target recorded as a count in English words: "12 contacts", "3 numbers".
COUNTED_TARGET = re.compile(r"(\d+) (contacts|numbers)")


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


def target_text(action: str, target: str | None, lang: str | None) -> str:
    """What the action was done on, with its kind when the bare id would say nothing ("envoi n° 12")."""
    if not target:
        return ""
    if category_of(action) == "settings" and f"audit.setting.{target}" in catalog():
        return translate(f"audit.setting.{target}", lang)  # the setting's name, not its code
    counted = COUNTED_TARGET.fullmatch(target)
    if counted and f"audit.target.{counted[2]}" in catalog():
        # Recorded in English words ("3 numbers"): said in the reader's language, with a real plural.
        return translate(f"audit.target.{counted[2]}", lang, count=int(counted[1]))
    kind = {"reviews": "review", "sends": "send"}.get(category_of(action))
    return translate(f"audit.target.{kind}", lang, id=target) if kind else target


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
            details_text(entry.details, lang, entry.action),
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
