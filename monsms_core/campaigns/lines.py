"""One send, one line, the same everywhere (home's "Dernières campagnes", Campaigns, "Mes envois").

A personalised send goes out as several API campaigns (one per distinct text); people made one send,
so every page lists it once, under one name: `send_lines` turns sends (from `view.group_sends`, or the
dashboard's outbox through `outbox_sends`) into the lines the pages show. The dashboard's internal
marks — the idempotency tag "#83510c9b", a chunk number "(2/3)", API campaign ids, send keys — are never
part of a line; only administrators see ids, and only where `shows_internal_ids` lets a page show them.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from monsms_core.accounts import can
from monsms_core.campaigns.view import send_title
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.store import OutboxEntry

LINE_COLUMNS = ("date", "name", "state", "recipients", "credits")
OUTBOX_SEND_COLUMNS = ("outbox_id", "name", "text", "campaigns", "created_at", "recipients", "credits",
                       "created_by", "state", "test")  # fmt: skip


def shows_internal_ids(role: str | None) -> bool:
    """Whether `role` may see the API's campaign ids and the dashboard's send keys: administrators only
    (the people who read the audit log and talk to the vendor's support)."""
    return can(role, "audit")


def send_label(name: str | None, text: str | None, texts: int, lang: str) -> str:
    """A send's name on every page: its name (without internal marks) or the start of its message, and
    "· 3 textes personnalisés" when it went out as several texts."""
    title = send_title(name, text) or translate("campaigns.unnamed", lang)
    return title + (translate("campaigns.texts", lang, count=texts) if texts > 1 else "")


def send_lines(sends: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One line per send, in the order given (LINE_COLUMNS): date (Abidjan time, naive, for a datetime
    column), name (`send_label`), state (the send's state code, as given), recipients and credits.

    `sends` needs name, text, campaigns, created_at, recipients, credits and state: `group_sends`'s
    frame or `outbox_sends`'s."""
    created = pd.to_datetime(sends["created_at"], utc=True)
    return pd.DataFrame(
        {
            "date": created.dt.tz_convert(ABIDJAN).dt.tz_localize(None).to_numpy(),
            "name": [
                send_label(name, text, int(count), lang)
                for name, text, count in zip(sends["name"], sends["text"], sends["campaigns"], strict=True)
            ],
            "state": sends["state"].to_numpy(),
            "recipients": pd.array(sends["recipients"], dtype="Int64"),
            "credits": pd.array(sends["credits"], dtype="Int64"),
        },
        columns=list(LINE_COLUMNS),
    )


def outbox_sends(entries: Iterable[OutboxEntry]) -> pd.DataFrame:
    """The dashboard's own sends (outbox entries) as sends for `send_lines` (OUTBOX_SEND_COLUMNS): the
    name and message typed, the number of distinct texts, and the outbox state as `state`."""
    rows = [
        (
            entry.id,
            " ".join(str(entry.payload.get("name") or "").split()),
            str(entry.payload.get("template") or ""),
            max(1, len(entry.payload.get("chunks") or [])),
            entry.created_at,
            entry.recipients,
            entry.credits,
            entry.created_by,
            entry.status,
            bool(entry.payload.get("test")),
        )
        for entry in entries
    ]
    return pd.DataFrame.from_records(rows, columns=list(OUTBOX_SEND_COLUMNS))
