"""The opt-out list ("liste d'opposition") from the page's side: numbers typed by hand or read from a
file, normalised by `monsms_core.phones` exactly like recipients, so one person cannot hide behind two
spellings ("07 07 12 34 56", "+225 0707123456", "7071234" from an old sheet). The list itself is
`store.optouts`; sending leaves its numbers out (`recipients.merge_recipients(optouts=…)`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from monsms_core.compose import parse_pasted_numbers
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_datetime
from monsms_core.importer import CheckResult
from monsms_core.phones import DEFAULT_REGION, PhoneResult, pretty_phone
from monsms_core.store import OptOutRecord, Store

SOURCES = ("manual", "import")


@dataclass(frozen=True)
class OptOutAddition:
    """What adding numbers did: how many were new, already listed, and the entries refused."""

    added: int
    already: int
    rejected: tuple[PhoneResult, ...] = ()


def add_typed(
    store: Store, text: str, *, actor: str, reason: str | None = None, region: str = DEFAULT_REGION
) -> OptOutAddition:
    """Opt out the numbers typed or pasted in `text` (one or many, any separator); numbers without a
    country code are read in `region` (the dashboard's default country)."""
    parsed = parse_pasted_numbers(text, region)
    phones = parsed.phones
    added = (
        store.optouts.add_many(phones, actor=actor, reason=reason or None, source="manual") if phones else 0
    )
    return OptOutAddition(added, len(phones) - added, tuple(parsed.rejected))


def add_from_check(
    store: Store, result: CheckResult, *, actor: str, reason: str | None = None
) -> OptOutAddition:
    """Opt out every accepted number of a checked sheet (its rejected entries are returned, not added)."""
    phones = list(dict.fromkeys(result.valid["phone"].tolist()))
    added = (
        store.optouts.add_many(phones, actor=actor, reason=reason or None, source="import") if phones else 0
    )
    rejected = tuple(issue.phone_result for issue in result.rejected if issue.phone_result is not None)
    return OptOutAddition(added, len(phones) - added, rejected)


def optouts_frame(
    records: Sequence[OptOutRecord], lang: str = "fr", people: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """The list as the page shows and exports it, newest first: who added each number by their name
    (`people` maps user names to display names; a user since removed shows their user name) and from
    where, in words."""
    people = people or {}
    return pd.DataFrame(
        {
            translate("contacts.col.phone", lang): [pretty_phone(r.phone) for r in records],
            translate("optouts.col.reason", lang): [r.reason or "" for r in records],
            translate("optouts.col.by", lang): [people.get(r.created_by) or r.created_by for r in records],
            translate("optouts.col.source", lang): [
                translate(f"optouts.source.{r.source if r.source in SOURCES else 'other'}", lang)
                for r in records
            ],
            translate("optouts.col.at", lang): [format_datetime(r.created_at, lang) for r in records],
        }
    )
