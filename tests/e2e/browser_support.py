"""What every browser test needs: `streamlit run app.py` on a free port with its own data folder,
accounts in that folder's database, Debian's Chromium, and signing in. The fixtures built on these
(browser, pages, a started app) are in conftest.py."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, expect

from monsms_core import accounts
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts"  # screenshots for people to look at (git-ignored)
CHROMIUM = "/usr/bin/chromium"  # Debian's package: `playwright install` is never used here
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
PASSWORD = "Plateau-2026-ok"
START_TIMEOUT_SECONDS = 60
LOG_TAIL_LINES = 30

# The factories the `new_page` and `start_app` fixtures (conftest.py) give a test:
# new_page(width=1400, height=900, timeout_ms=20_000) -> Page in a fresh context
NewPage = Callable[..., Page]
# start_app(data_dir, *, api_key=None, base_url=None, extra=None) -> URL of the app, stopped after the test
StartApp = Callable[..., str]


def free_port() -> int:
    """A TCP port nobody listens on right now (on loopback)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def app_environment(
    data_dir: Path,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    extra: dict[str, str] | None = None,
) -> dict[str, str]:
    """The environment of the app (and of its CLI) on `data_dir`: none of the caller's MONSMS_* settings;
    live mode on `base_url` with `api_key` when both are given, else the app's own demo sandbox."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONSMS_")}
    env["MONSMS_DATA_DIR"] = str(data_dir)
    if api_key and base_url:
        # Live mode refuses to start without a cookie key of its own.
        env.update(
            MONSMS_API_KEY=api_key, MONSMS_BASE_URL=base_url, MONSMS_COOKIE_KEY=secrets.token_urlsafe(40)
        )
    env.update(extra or {})
    return env


@contextmanager
def app_store(data_dir: Path) -> Iterator[Store]:
    """The app's database under `data_dir` (the default file the app itself opens), created if needed."""
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(f"sqlite:///{data_dir / 'monsms.db'}")
    try:
        yield store
    finally:
        store.dispose()


def add_user(
    data_dir: Path, username: str, role: str, *, display_name: str = "Awa Koné", phone: str | None = None
) -> None:
    """Create an account with the password PASSWORD in the app's database under `data_dir`."""
    with app_store(data_dir) as store:
        accounts.create_user(
            store,
            actor="test",
            username=username,
            display_name=display_name,
            role=role,
            password=PASSWORD,
            phone=phone,
        )


def log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    """The last `lines` lines of a log file (what explains a failed start)."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError as exc:
        return f"(cannot read {path}: {exc})"


def _wait_until_healthy(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        code = process.poll()
        if code is not None or time.monotonic() > deadline:
            why = (
                f"exited with code {code}" if code is not None else f"no answer in {START_TIMEOUT_SECONDS} s"
            )
            raise RuntimeError(
                f"streamlit did not start ({why}); last lines of {log_path}:\n{log_tail(log_path)}"
            )
        time.sleep(0.2)


@contextmanager
def streamlit_app(
    data_dir: Path,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    extra: dict[str, str] | None = None,
) -> Iterator[str]:
    """`streamlit run app.py` in a subprocess on `data_dir` (see `app_environment`; `extra`: more
    variables); yields its URL once /_stcore/health answers, and stops the process on exit whatever
    happened. The log goes to streamlit.log next to `data_dir`, its pid to streamlit.pid."""
    port = free_port()
    log_path = data_dir.parent / "streamlit.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true",
             # Other people edit the checkout while these tests run: no reloading in the middle of a test.
             "--server.fileWatcherType", "none"],
            cwd=PROJECT, env=app_environment(data_dir, api_key=api_key, base_url=base_url, extra=extra),
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        (data_dir.parent / "streamlit.pid").write_text(str(process.pid))
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_until_healthy(url, process, log_path)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def settle(page: Page) -> None:
    """Wait until Streamlit finished the current run (its "running" indicator is gone)."""
    page.wait_for_timeout(300)
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=30_000)


def screenshot(page: Page, name: str) -> None:
    """test-artifacts/`name`.png, the whole page once the run ended (for people to look at; nothing is
    asserted on it)."""
    ARTIFACTS.mkdir(exist_ok=True)
    settle(page)
    page.wait_for_timeout(700)  # let tables and charts finish drawing
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def fill_login(page: Page, username: str, password: str = PASSWORD) -> None:
    """Fill the sign-in form shown on the current page and submit it."""
    page.get_by_role("textbox", name="Identifiant").fill(username)
    page.get_by_role("textbox", name="Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()


def sign_in(page: Page, url: str, path: str, heading: str, username: str = "awa") -> None:
    """Open `url`/`path`, sign in there as `username` (password PASSWORD) and wait for that page's
    `heading`: a deep link lands on the page asked for once signed in."""
    page.goto(f"{url}/{path}")
    fill_login(page, username)
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    wait_for_login_cookie(page)
    page.wait_for_timeout(500)  # the page's run that confirms the write
    settle(page)


def wait_for_login_cookie(page: Page, timeout: float = 30.0) -> None:
    """Wait until the browser holds the login cookie: its write is confirmed by one more run of the page,
    which, on a cold browser, can come after the test has started using the page."""
    deadline = time.monotonic() + timeout
    while not any(cookie["name"] == "monsms_auth" for cookie in page.context.cookies()):
        assert time.monotonic() < deadline, "the login cookie was never written"
        page.wait_for_timeout(200)


def campaign_creates(sandbox: SandboxControl) -> int:
    """How many /campaign/create requests the sandbox received (retries and duplicates included)."""
    return int(sandbox.stats()["requests"].get("/campaign/create", 0))
