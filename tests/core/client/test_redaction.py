"""The API key never shows up in logs, printed output or exceptions.

Two layers are proven separately:
* the client itself never puts the key anywhere (checked WITHOUT any redaction installed), through
  successes and every failure kind the sandbox can inject, with every logger at DEBUG;
* `install_redaction` scrubs keys that other code leaks, on any logger, including child loggers.
"""

from __future__ import annotations

import http.client
import logging
import traceback
from collections.abc import Callable, Iterator

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.client import logs as redaction_module
from monsms_core.client.errors import MonSmsError, OutcomeUnknownError
from monsms_core.client.logs import REDACTED, RedactingFilter, install_redaction, redact
from monsms_sandbox.control import SandboxControl

LOGGER_NAMES = ("", "urllib3", "urllib3.connectionpool", "requests", "monsms_core", "monsms_core.client")


class Capture(logging.Handler):
    """Keeps every record and its fully formatted text (message, exception, stack)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.texts: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.texts.append(self.format(record))


@pytest.fixture(autouse=True)
def pristine_logging() -> Iterator[None]:
    """These tests prove what the client does WITHOUT help, so a redaction installed earlier in the
    process (the dashboard installs one, and AppTests run the dashboard) is set aside meanwhile."""
    factory = logging.getLogRecordFactory()
    root = logging.getLogger()
    targets = [root, *root.handlers, *(logging.getLogger(name) for name in redaction_module.LOGGER_NAMES)]
    saved = {id(target): (target, list(target.filters)) for target in targets}
    for target in targets:
        for existing in [f for f in target.filters if isinstance(f, RedactingFilter)]:
            target.removeFilter(existing)
    logging.setLogRecordFactory(logging.LogRecord)
    yield
    logging.setLogRecordFactory(factory)
    for target, filters in saved.values():
        target.filters[:] = filters


@pytest.fixture
def captured() -> Iterator[Capture]:
    """Every logger that matters at DEBUG, all records caught at the root."""
    capture = Capture()
    root = logging.getLogger()
    saved = {name: logging.getLogger(name).level for name in LOGGER_NAMES}
    for name in LOGGER_NAMES:
        logging.getLogger(name).setLevel(logging.DEBUG)
    root.addHandler(capture)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


def assert_nowhere(secret: str, capture: Capture) -> None:
    """The secret is in no record field, no formatted line."""
    assert capture.records, "nothing was logged: the test would prove nothing"
    for record, text in zip(capture.records, capture.texts, strict=True):
        assert secret not in text
        assert secret not in str(record.msg) and secret not in repr(record.args)
        assert secret not in (record.exc_text or "") and secret not in (record.stack_info or "")


def assert_exception_clean(secret: str, exc: BaseException) -> None:
    """Not in str/repr/args of the exception nor of anything in its chain, nor in its traceback."""
    assert secret not in "".join(traceback.format_exception(exc))
    seen: BaseException | None = exc
    while seen is not None:
        assert secret not in str(seen) and secret not in repr(seen) and secret not in repr(seen.args)
        assert secret not in repr(vars(seen))
        seen = seen.__cause__ or seen.__context__


def test_redact_patterns() -> None:
    key = "sk_live_abcdef123456"
    assert redact(f"body={key}", [key]) == "body=***"
    assert redact('{"apiKey": "whatever-it-is", "text": "Bonjour"}') == '{"apiKey": "***", "text": "Bonjour"}'
    assert redact("{'apiKey': 'zzz', 'x': 1}") == "{'apiKey': '***', 'x': 1}"
    assert redact("GET /x?api_key=abc&y=2") == "GET /x?api_key=***&y=2"
    assert redact("Unauthorized: invalid or missing API key") == "Unauthorized: invalid or missing API key"
    assert redact("short ab", ["ab"]) == "short ab"  # too short to be a key: never blank ordinary text


@pytest.fixture
def redaction() -> Iterator[str]:
    secret = "sbx_0123456789abcdef0123456789abcdef"
    installation = install_redaction(lambda: [secret])
    try:
        yield secret
    finally:
        installation.uninstall()


def test_installed_filter_scrubs_any_logger_and_exceptions(redaction: str, captured: Capture) -> None:
    secret = redaction
    logging.getLogger("urllib3.connectionpool").debug("sent %s", {"apiKey": secret, "text": "hi"})
    logging.getLogger("some.library.deep").warning("key is " + secret)
    logging.getLogger("monsms_core.client").info("body %r", f'{{"apiKey": "{secret}"}}'.encode())
    try:
        raise RuntimeError(f"leaky {secret}")
    except RuntimeError:
        logging.getLogger("requests").exception("failed")
    logging.getLogger("x").debug("stack", stack_info=True, extra={"k": 1})
    assert len(captured.records) == 5
    assert_nowhere(secret, captured)
    assert REDACTED in captured.texts[0] and REDACTED in captured.texts[1] and REDACTED in captured.texts[3]
    assert "hi" in captured.texts[0]  # the rest of the message is kept


def test_uninstall_restores_the_record_factory() -> None:
    before = logging.getLogRecordFactory()
    installation = install_redaction(lambda: ["abcdefghij"])
    assert logging.getLogRecordFactory() is not before
    installation.uninstall()
    assert logging.getLogRecordFactory() is before
    assert not any(type(f).__name__ == "RedactingFilter" for f in logging.getLogger().filters)


def test_client_connections_never_print_bodies_even_with_debuglevel_raised(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, api_key: str, base_url: str
) -> None:
    """Someone raising http.client's class-level debuglevel must not make our bodies print."""
    assert http.client.HTTPConnection.debuglevel == 0  # nobody in the project changed it
    monkeypatch.setattr(http.client.HTTPConnection, "debuglevel", 1)
    with MonSmsClient(api_key, base_url) as client:
        assert client.user.credit() == 10_000
        client.templates.create("Bonjour")
    out, err = capfd.readouterr()
    assert api_key not in out + err


def test_the_client_leaks_the_key_nowhere(
    sandbox: SandboxControl, api_key: str, base_url: str, captured: Capture, capfd: pytest.CaptureFixture[str]
) -> None:
    """No redaction installed: through successes and every failure kind, nothing carries the key."""
    assert http.client.HTTPConnection.debuglevel == 0
    sandbox.config(rate_limit_per_second=10_000)
    errors: list[MonSmsError] = []
    client = MonSmsClient(api_key, base_url, timeout=(2.0, 0.25), max_retries=1, backoff_base=0.01)
    patient = MonSmsClient(api_key, base_url, max_retries=0)

    def attempt(call: Callable[[], object]) -> None:
        try:
            call()
        except MonSmsError as exc:
            errors.append(exc)
            logging.getLogger("monsms_core.test").exception("failed: %s / %r", exc, exc)

    contact = client.contacts.create(["2250707123456"])[0]
    attempt(lambda: list(client.contacts.iterate(count=5)))
    for kind in ("timeout", "drop", "http_500", "html", "success_false", "rate_limit", "latency"):
        for phase in ("before", "after"):
            seconds = 0.6 if kind == "timeout" else 0.01
            sandbox.add_fault(kind, count=2, phase=phase, seconds=seconds, path="/user/details")
            sandbox.add_fault(kind, count=1, phase=phase, seconds=seconds, path="/campaign/create")
            attempt(client.user.details)  # a read: retried
            attempt(lambda: client.campaigns.create("Bonjour", contacts=["2250707123456"]))  # a write
            sandbox.clear_faults()
    attempt(lambda: client.contacts.update(contact.id, sex="X"))  # validation
    attempt(lambda: client.groups.get("cnothere000000000000000000"))  # not found
    attempt(
        # credit: 3 parts × 3,500 > 10,000; a patient client, since the short read timeout above could
        # turn a slow answer on a busy machine into "outcome unknown" instead
        lambda: patient.campaigns.create("x" * 400, contacts=[f"22507{i:08d}" for i in range(3_500)])
    )
    sandbox.config(rate_limit_per_second=0.001)
    attempt(client.user.credit)
    attempt(client.user.credit)  # rate limited
    sandbox.config(rate_limit_per_second=10_000)
    sandbox.block_account(api_key)
    attempt(client.user.credit)  # forbidden
    with MonSmsClient(api_key, "http://127.0.0.1:9/v1", max_retries=0) as nowhere:
        attempt(nowhere.user.credit)  # connection refused
    with MonSmsClient(api_key + "-wrong", base_url) as stranger:
        attempt(stranger.user.credit)  # unauthorized (a key that is not the account's, echoed nowhere either)
    client.close()
    patient.close()

    codes = {e.cause.code if isinstance(e, OutcomeUnknownError) else e.code for e in errors}
    assert codes >= {
        "timeout",
        "connection_failed",
        "invalid_response",
        "server_error",
        "rate_limited",
        "invalid_request",
        "not_found",
        "insufficient_credit",
        "forbidden",
        "auth_failed",
    }
    assert any(isinstance(e, OutcomeUnknownError) for e in errors)
    assert any(r.name == "urllib3.connectionpool" for r in captured.records)  # DEBUG really was on
    assert any(r.name == "monsms_core.client" for r in captured.records)
    for exc in errors:
        assert_exception_clean(api_key, exc)
        for lang in ("fr", "en"):
            assert api_key not in exc.user_message(lang)
    assert_nowhere(api_key, captured)
    out, err = capfd.readouterr()
    assert api_key not in out + err
