"""Issue 12 point 4 in a real browser (Debian's Chromium), against the test sandbox's demo account: the
"Crédit et dépenses" page shows the balance, the forecast line and both charts at 1366×768, and its
Excel and CSV downloads open with pandas, each table ending with its totals row."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from monsms_core.i18n.formatting import format_number
from monsms_sandbox.control import SandboxControl
from tests.e2e.browser_support import NewPage, StartApp, add_user, screenshot, settle, sign_in

pytestmark = pytest.mark.e2e


def _download(page: Page, label: str) -> bytes:
    with page.expect_download() as download:
        page.get_by_role("button", name=label, exact=True).click()
    return Path(download.value.path()).read_bytes()


def test_spending_page_and_its_downloads(
    tmp_path: Path, new_page: NewPage, start_app: StartApp, sandbox: SandboxControl, base_url: str
) -> None:
    api_key = sandbox.create_account(seed=True)
    data_dir = tmp_path / "data"
    add_user(data_dir, "ada", "admin", display_name="Ada Kouassi")
    url = start_app(data_dir, api_key=api_key, base_url=base_url)
    page = new_page(width=1366, height=768)
    sign_in(page, url, "spending", "Crédit et dépenses", username="ada")
    expect(page.get_by_text("Au rythme des 30 derniers jours")).to_be_visible()
    expect(page.locator("[data-testid='stVegaLiteChart']")).to_have_count(2)
    screenshot(page, "spending-page")

    excel = _download(page, "Excel (.xlsx)")
    sheets = pd.read_excel(io.BytesIO(excel), sheet_name=None, engine="openpyxl")
    assert list(sheets) == ["Opérations", "Par envoi", "Par mois"]
    for frame in sheets.values():
        assert frame.iloc[-1].astype(str).str.contains("Total").any()
    operations = sheets["Opérations"]
    assert operations.iloc[-1]["Crédits utilisés"] == operations.iloc[:-1]["Crédits utilisés"].sum() > 0
    settle(page)
    csv = pd.read_csv(io.BytesIO(_download(page, "CSV")), sep=";", decimal=",", encoding="utf-8-sig")
    assert csv.iloc[-1]["Opération"] == "Total"
    assert csv.iloc[-1]["Crédits utilisés"] == operations.iloc[-1]["Crédits utilisés"]
    metric = page.get_by_test_id("stMetric").filter(has_text="Crédits utilisés")
    expect(metric).to_contain_text(format_number(int(operations.iloc[-1]["Crédits utilisés"])))
