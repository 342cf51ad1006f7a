"""DataFrames as Excel or CSV bytes, safe to open in a spreadsheet (formulas neutralised)."""

from __future__ import annotations

from monsms_core.exports.files import neutralize_formulas, neutralize_value, to_csv_bytes, to_xlsx_bytes

__all__ = ["neutralize_formulas", "neutralize_value", "to_csv_bytes", "to_xlsx_bytes"]
