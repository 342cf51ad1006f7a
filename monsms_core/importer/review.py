"""The import report as tables for people: phones written the way Ivorians read them, and the rows to look
at (rejected, changed by the dashboard, duplicates) with the row numbers of their spreadsheet."""

from __future__ import annotations

import pandas as pd

from monsms_core.i18n import translate
from monsms_core.importer.checking import CheckResult
from monsms_core.phones import pretty_phone

REVIEW_KINDS = ("rejected", "changed", "duplicates")


def review_frame(result: CheckResult, kind: str, lang: str = "fr") -> pd.DataFrame:
    """The entries of one kind, in row order: row, value in the file, number kept (if any), reason.

    kind: "rejected" (not importable), "changed" (a lost zero put back, an 8-digit number migrated: check
    them), "duplicates" (in the file or already in the account).
    """
    row = translate("importer.report.row", lang)
    value = translate("import.col.value", lang)
    kept = translate("import.col.kept", lang)
    reason = translate("importer.report.reason", lang)
    if kind == "changed":
        valid = result.valid[result.valid["status"] != "valid"]
        return pd.DataFrame(
            {
                row: valid["row"].to_numpy(),
                value: valid["original"].to_numpy(),
                kept: [pretty_phone(p) for p in valid["phone"]],
                reason: [translate(f"phones.reason.{code}", lang) for code in valid["reason"]],
            }
        )
    if kind not in REVIEW_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    issues = result.duplicates if kind == "duplicates" else result.rejected
    return pd.DataFrame(
        {
            row: [issue.row for issue in issues],
            value: [issue.value for issue in issues],
            kept: [pretty_phone(issue.phone) for issue in issues],
            reason: [issue.user_message(lang) for issue in issues],
        }
    )
