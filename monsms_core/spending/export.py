"""The spending export an accountant can use: Excel with real numbers and dates (French formats: "12 500",
"05/12/2026 09:30"), CSV for French Excel (";" between fields, "," as decimal mark, dates dd/mm/yyyy),
each table ending with a totals row. Texts are formula-neutralised (`monsms_core.exports`).

    frames = accounting_frames(ledger, "fr", names={"awa": "Awa Koné"})   # {sheet title: frame}
    spending_xlsx(frames), spending_csv(next(iter(frames.values())))

Money columns only hold what really moved (CHARGED): a pending or failed purchase is listed with its
status and empty amounts, so every column adds up to its total.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import pandas as pd

from monsms_core.exports import neutralize_formulas
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.spending.ledger import CHARGED, DEBITED, RECHARGED, sends_spending
from monsms_core.spending.totals import monthly_totals

DATE_FORMAT = "dd/mm/yyyy hh:mm"
INTEGER_FORMAT = "#,##0"  # Excel shows the reader's separators: "12 500" in French
_XLSX_OPTIONS = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}


def _t(key: str, lang: str) -> str:
    return translate(f"spending.export.{key}", lang)


def _local(moments: pd.Series) -> pd.Series:
    return moments.dt.tz_convert(ABIDJAN).dt.tz_localize(None)


def _person(username: str, names: Mapping[str, str], lang: str) -> str:
    return names.get(username, username) if username else _t("outside", lang)


def _with_totals(
    frame: pd.DataFrame, label_column: str, label: str, skip: tuple[str, ...] = ()
) -> pd.DataFrame:
    """`frame` and a last row: `label`, then the sum of each number column (not those in `skip`)."""
    numbers = [column for column in frame.select_dtypes("number").columns if column not in skip]
    total = {column: frame[column].sum(min_count=1) for column in numbers}
    row = pd.DataFrame([{label_column: label, **total}], columns=frame.columns)
    if frame.empty:
        return row.astype(frame.dtypes.to_dict())
    # The label-only cells of the totals row are missing values: keep each column's type (dates stay dates).
    return pd.concat([frame, row], ignore_index=True).astype(frame.dtypes.to_dict())


def operations_frame(ledger: pd.DataFrame, lang: str, names: Mapping[str, str]) -> pd.DataFrame:
    """Every transaction, oldest first, then the totals row."""
    rows = ledger.sort_values("at", kind="stable")
    paid = rows["status"] == CHARGED
    recharge, debit = paid & (rows["kind"] == RECHARGED), paid & (rows["kind"] == DEBITED)
    frame = pd.DataFrame(
        {
            _t("date", lang): _local(rows["at"]),
            _t("operation", lang): rows["kind"].map(lambda k: translate(f"spending.kind.{k}", lang)),
            _t("status", lang): rows["status"].map(lambda s: translate(f"spending.status.{s}", lang)),
            _t("pack", lang): rows["pack"],
            _t("method", lang): rows["method"].map(
                lambda m: translate(f"spending.method.{m}", lang) if m else ""
            ),
            _t("send", lang): rows["send_title"],
            _t("done_by", lang): [_person(who, names, lang) for who in rows["person"]],
            _t("recipients", lang): rows["recipients"].astype("Float64"),
            _t("paid_xof", lang): rows["price_xof"].where(recharge),
            _t("bought_credits", lang): rows["credits"].astype("Float64").where(recharge),
            _t("used_credits", lang): rows["credits"].astype("Float64").where(debit),
            _t("used_xof", lang): rows["price_xof"].where(debit),
        }
    ).reset_index(drop=True)
    # A personalised send is debited per campaign: its recipients would be counted once per campaign.
    return _with_totals(frame, _t("operation", lang), _t("total", lang), skip=(_t("recipients", lang),))


def sends_frame(ledger: pd.DataFrame, lang: str, names: Mapping[str, str]) -> pd.DataFrame:
    """Credits used per send, oldest first, then the totals row."""
    sends = sends_spending(ledger).sort_values("at", kind="stable")
    frame = pd.DataFrame(
        {
            _t("date", lang): _local(sends["at"]) if not sends.empty else pd.Series(dtype="datetime64[ns]"),
            _t("send", lang): sends["send_title"],
            _t("sent_by", lang): [_person(who, names, lang) for who in sends["sent_by"]],
            _t("recipients", lang): sends["recipients"].astype("Float64"),
            _t("used_credits", lang): sends["credits"].astype("Float64"),
            _t("used_xof", lang): sends["price_xof"].astype("Float64"),
        }
    ).reset_index(drop=True)
    return _with_totals(frame, _t("send", lang), _t("total", lang))


def months_frame(ledger: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Totals by month, then the totals row."""
    months = monthly_totals(ledger)
    frame = pd.DataFrame(
        {
            _t("month", lang): months["month"],
            _t("paid_xof", lang): months["recharged_xof"].astype("Float64"),
            _t("bought_credits", lang): months["recharged_credits"].astype("Float64"),
            _t("used_credits", lang): months["spent_credits"].astype("Float64"),
            _t("used_xof", lang): months["spent_xof"].astype("Float64"),
        }
    )
    return _with_totals(frame, _t("month", lang), _t("total", lang))


def accounting_frames(
    ledger: pd.DataFrame, lang: str, names: Mapping[str, str] | None = None
) -> dict[str, pd.DataFrame]:
    """The three tables of the export, by sheet title: operations, per send, per month."""
    who = names or {}
    return {
        _t("sheet_operations", lang): operations_frame(ledger, lang, who),
        _t("sheet_sends", lang): sends_frame(ledger, lang, who),
        _t("sheet_months", lang): months_frame(ledger, lang),
    }


def spending_xlsx(frames: Mapping[str, pd.DataFrame]) -> bytes:
    """An .xlsx with one sheet per frame: dates as dates, amounts as numbers with thousands separators,
    the header frozen and the totals row (the last) in bold."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(
        buffer, engine="xlsxwriter", datetime_format=DATE_FORMAT, engine_kwargs={"options": _XLSX_OPTIONS}
    ) as writer:
        number = writer.book.add_format({"num_format": INTEGER_FORMAT})
        bold_number = writer.book.add_format({"num_format": INTEGER_FORMAT, "bold": True})
        bold = writer.book.add_format({"bold": True})
        for title, frame in frames.items():
            safe = neutralize_formulas(frame)
            safe.to_excel(writer, sheet_name=title[:31], index=False, freeze_panes=(1, 0))
            sheet = writer.sheets[title[:31]]
            last = len(safe)  # the totals row (row 0 is the header)
            for position, column in enumerate(safe.columns):
                numeric = pd.api.types.is_numeric_dtype(safe[column])
                width = max(12, min(40, len(str(column)) + 2))
                sheet.set_column(position, position, width, number if numeric else None)
                value = safe[column].iloc[-1] if len(safe) else None
                if value is None or pd.isna(value):
                    sheet.write_blank(last, position, None, bold)
                elif numeric:
                    sheet.write_number(last, position, float(value), bold_number)
                else:
                    sheet.write_string(last, position, str(value), bold)
    return buffer.getvalue()


def spending_csv(frame: pd.DataFrame) -> bytes:
    """One table as CSV for French Excel: UTF-8 with BOM, ";", "," as decimal mark, dd/mm/yyyy HH:MM,
    whole amounts without decimals."""
    safe = neutralize_formulas(frame)
    for column in safe.columns:
        series = safe[column]
        if pd.api.types.is_numeric_dtype(series) and (series.dropna() % 1 == 0).all():
            safe[column] = series.astype("Int64")
    text = safe.to_csv(index=False, sep=";", decimal=",", date_format="%d/%m/%Y %H:%M", lineterminator="\r\n")
    return text.encode("utf-8-sig")
