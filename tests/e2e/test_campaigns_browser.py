"""The Campaigns table in a real browser at 1366×768 (issue 11, point 9): its columns fit the frame (the
last ones are not hidden behind a horizontal scroll), and one click on a line's cell opens its tracking
page. Runs on the app's own seeded demo sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.browser_support import NewPage, StartApp, add_user, screenshot, settle, sign_in

pytestmark = pytest.mark.e2e


def test_the_campaigns_table_fits_1366_px_and_one_click_opens_a_send(
    tmp_path: Path, new_page: NewPage, start_app: StartApp
) -> None:
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "admin")
    url = start_app(data_dir)
    page = new_page(width=1366, height=768)
    sign_in(page, url, "campaigns", "Campagnes")
    grid = page.locator("[data-testid='stDataFrame']").first
    expect(grid).to_be_visible()
    scroller = grid.locator(".dvn-scroller").first
    scroller.wait_for()
    settle(page)
    widths = scroller.evaluate("s => [s.scrollWidth, s.clientWidth]")
    assert widths[0] <= widths[1] + 1, f"the table scrolls sideways: {widths}"
    screenshot(page, "e2e-campaigns-1366")

    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] * 0.45, box["y"] + 38 + 35 + 17)  # the second line's state
    page.wait_for_url("**/campaign?id=*")
    expect(page.get_by_role("heading", name="Distribution")).to_be_visible()
