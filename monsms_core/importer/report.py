"""What a check found, for people: summary sentences, the issue table, and the rejected rows to download
(pass them to `monsms_core.exports.files.to_xlsx_bytes` / `to_csv_bytes`)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number
from monsms_core.importer.checking import CheckResult, row_numbers
from monsms_core.importer.problems import Issue
from monsms_core.importer.values import text_series


def rejected_rows_frame(
    result: CheckResult, lang: str = "fr", *, include_duplicates: bool = False
) -> pd.DataFrame:
    """The rejected rows as the user typed them: row number, every original column (as text), reason.

    A row appears once even when it gave several issues (two numbers in a cell); the reasons are joined.
    Duplicates are left out unless `include_duplicates` (they are not errors to correct).
    """
    issues = result.issues if include_duplicates else tuple(result.rejected)
    reasons: dict[int, list[str]] = {}
    for issue in issues:
        reasons.setdefault(issue.row, []).append(issue.user_message(lang))
    row_label = translate("importer.report.row", lang)
    reason_label = translate("importer.report.reason", lang)
    source = result.source
    rows = np.fromiter(reasons, dtype=np.int64, count=len(reasons))
    position_of_row = pd.Series(np.arange(len(source)), index=row_numbers(source))
    positions = position_of_row.loc[rows].to_numpy() if len(rows) else np.array([], dtype=np.int64)
    picked = source.iloc[positions]
    data: dict[str, object] = {row_label: rows}
    for column in source.columns:
        data[_unique(str(column), data)] = text_series(picked[column]).to_numpy(dtype=object)
    data[_unique(reason_label, data)] = ["; ".join(texts) for texts in reasons.values()]
    return pd.DataFrame(data)


def issues_frame(result: CheckResult, lang: str = "fr") -> pd.DataFrame:
    """Every issue as a table (row, column, value, code, reason, phone, first_row), in row order."""
    columns = ["row", "column", "value", "code", "reason", "phone", "first_row"]
    records = [issue.as_dict(lang) for issue in result.issues]
    return pd.DataFrame.from_records(records, columns=columns)


def summary_lines(result: CheckResult, lang: str = "fr", *, sheet: str | None = None) -> list[str]:
    """The counts as short sentences, in `lang`."""
    counts = result.counts

    def n(value: int) -> str:
        return format_number(value, lang)

    lines: list[str] = []
    if sheet is not None:
        lines.append(translate("importer.summary.file", lang, sheet=sheet, rows=n(counts.total_rows)))
    if result.mapping.phone is not None:
        lines.append(translate("importer.summary.columns", lang, column=result.mapping.phone))
    lines.append(
        translate(
            "importer.summary.valid",
            lang,
            valid=n(counts.valid),
            repaired=n(counts.repaired),
            migrated=n(counts.migrated),
        )
    )
    lines.append(
        translate(
            "importer.summary.duplicates",
            lang,
            duplicates=n(counts.duplicates),
            in_file=n(counts.duplicates_in_file),
            in_account=n(counts.already_in_account),
        )
    )
    lines.append(translate("importer.summary.rejected", lang, rejected=n(counts.rejected)))
    if counts.blank_rows:
        lines.append(translate("importer.summary.blank", lang, blank=n(counts.blank_rows)))
    return lines


def issue_lines(issues: list[Issue] | tuple[Issue, ...], lang: str = "fr", *, limit: int = 20) -> list[str]:
    """One sentence per issue ("Ligne 7 : « 0707 » — Numéro trop court."), at most `limit` of them."""
    lines = [
        translate(
            "importer.summary.issue_line",
            lang,
            row=issue.row,
            value=issue.value,
            reason=issue.user_message(lang),
        )
        for issue in issues[:limit]
    ]
    if len(issues) > limit:
        more = format_number(len(issues) - limit, lang)
        lines.append(translate("importer.summary.more_issues", lang, count=more))
    return lines


def _unique(name: str, taken: dict[str, object]) -> str:
    candidate, counter = name, 2
    while candidate in taken:
        candidate, counter = f"{name} ({counter})", counter + 1
    return candidate
