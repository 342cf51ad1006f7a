"""Fixtures of the browser tests: one Chromium per test session, pages in their own contexts, and the
app started per test. Every browser, context and streamlit process is closed in a finalizer, so a
failing test leaves nothing running."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.e2e.browser_support import CHROMIUM, CHROMIUM_ARGS, NewPage, StartApp, streamlit_app

# Assertions wait as long as actions do: on a busy 2-core CI machine a rerun that hashes passwords with
# bcrypt (cost 12) can take several seconds, and Playwright's 5 s default then fails a correct page.
expect.set_options(timeout=20_000)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, with the flags of /work/shared/streamlit-notes.md."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator[NewPage]:
    """Makes a page in a fresh context (its own cookies: one signed-in person per page), French locale."""
    with ExitStack() as contexts:

        def make(width: int = 1400, height: int = 900, timeout_ms: int = 20_000) -> Page:
            context = browser.new_context(viewport={"width": width, "height": height}, locale="fr-FR")
            contexts.callback(context.close)
            context.set_default_timeout(timeout_ms)
            return context.new_page()

        yield make


@pytest.fixture
def page(new_page: NewPage) -> Page:
    """A 1400×900 page, 20 s default timeout."""
    return new_page()


@pytest.fixture
def start_app() -> Iterator[StartApp]:
    """Starts the app (see `browser_support.streamlit_app`) and returns its URL; stopped after the test."""
    with ExitStack() as apps:

        def start(
            data_dir: Path, *, api_key: str | None = None, base_url: str | None = None,
            extra: dict[str, str] | None = None,
        ) -> str:  # fmt: skip
            app = streamlit_app(data_dir, api_key=api_key, base_url=base_url, extra=extra)
            return apps.enter_context(app)

        yield start
