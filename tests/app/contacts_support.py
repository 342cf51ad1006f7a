"""Helpers of the contacts pages' AppTest suites: a signed-in session on a page, waiting for a background
import, reading widgets by label, selecting table rows."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from tests.app.app_support import assert_no_exception, login, new_app, page_text
from ui.shell.registry import PAGES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "spreadsheets"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def open_page(page: str, username: str = "awa") -> AppTest:
    """A signed-in session on the page whose address is `page` (e.g. "contacts", "import")."""
    at = login(new_app(), username)
    at.switch_page(next(spec.path for spec in PAGES if spec.url_path == page)).run()
    assert_no_exception(at)
    return at


def by_label(widgets: Any, label: str) -> Any:
    """The widget of a kind (at.selectbox, at.radio…) showing `label`."""
    matches = [w for w in widgets if w.label == label]
    assert matches, f"no widget {label!r} among {[w.label for w in widgets]}"
    return matches[0]


def metrics(at: AppTest) -> dict[str, str]:
    """{label: value} of the metrics on the page (narrow no-break spaces made plain)."""
    return {m.label: str(m.value).replace("\u202f", " ").replace("\xa0", " ") for m in at.metric}


def select_rows(at: AppTest, key: str, rows: list[int]) -> AppTest:
    """Tick table rows (what a click on the row checkboxes does), then rerun."""
    at.session_state[key] = {"selection": {"rows": rows, "columns": [], "cells": []}}
    return at.run()


def wait_for_text(at: AppTest, text: str, timeout: float = 30) -> AppTest:
    """Rerun until `text` is on the page (a background import finishing)."""
    deadline = time.monotonic() + timeout
    while text not in page_text(at):
        assert time.monotonic() < deadline, f"{text!r} never appeared:\n{page_text(at)}"
        time.sleep(0.2)
        at.run()
        assert_no_exception(at)
    return at
