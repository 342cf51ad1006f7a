"""Keeping API keys out of every log line (the key travels in request bodies, so any body dump leaks it).

`install_redaction(secrets_provider)` makes every log record of the process pass through
`RedactingFilter`, which replaces each known key (as given by `secrets_provider()`) and any
`"apiKey": "…"` / `apiKey=…` value with `***` in the message, its arguments, the exception text and
the stack text. Built in the style of openai-python's `_utils/_logs.py` filter, with one addition:

A filter attached to a logger only sees records logged on THAT logger, not those of its children
(urllib3 logs on "urllib3.connectionpool", not "urllib3"), and a filter on a handler misses handlers
added later (pytest's, Streamlit's). So besides attaching the filter to the root logger, to the
`requests`/`urllib3`/`monsms_core` loggers and to the root handlers, installation wraps the process'
LogRecord factory: every record is scrubbed when it is created, whoever logs it and wherever it goes.

http.client's `debuglevel` output goes to stdout, not to logging: the client pins its own connections
to debuglevel 0 (see `client/_transport.py`) and nothing in this project raises it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

REDACTED = "***"
SecretsProvider = Callable[[], Iterable[str]]
LOGGER_NAMES = ("requests", "urllib3", "urllib3.connectionpool", "monsms_core", "monsms_core.client")
_MIN_SECRET_LENGTH = 6  # shorter "secrets" would blank out ordinary words

# `"apiKey": "v"`, `'apiKey': 'v'`, `apiKey=v`, `api_key: v`… in JSON, Python reprs, query strings.
_KEY_PATTERN = re.compile(
    r"""(?P<name>["']?(?:api[_-]?key|x-api-key)["']?\s*[:=]\s*)(?P<quote>b?["']?)(?P<value>[^"'\s,&}\]]+)""",
    re.IGNORECASE,
)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every given secret and every apiKey-looking value replaced by ***."""
    for secret in secrets:
        if secret and len(secret) >= _MIN_SECRET_LENGTH and secret in text:
            text = text.replace(secret, REDACTED)
    return _KEY_PATTERN.sub(lambda m: f"{m['name']}{m['quote']}{REDACTED}", text)


class RedactingFilter(logging.Filter):
    """Scrubs secrets from a record's message, args, exception and stack text; never drops a record."""

    def __init__(self, secrets_provider: SecretsProvider) -> None:
        super().__init__()
        self.secrets_provider = secrets_provider
        self._mark = f"_monsms_redacted_{id(self)}"

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, self._mark, False):
            return True
        setattr(record, self._mark, True)
        secrets = [s for s in self.secrets_provider() if s]
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: still scrub the pieces
            message = None
        if message is not None and redact(message, secrets) != message:
            record.msg, record.args = redact(message, secrets), None
        elif message is None:
            record.msg = redact(str(record.msg), secrets)
            record.args = _redact_args(record.args, secrets)
        exc_text = record.exc_text
        if record.exc_info and not exc_text:
            exc_text = logging.Formatter().formatException(record.exc_info)
        if exc_text and redact(exc_text, secrets) != exc_text:
            # Formatters print exc_text as is when set; dropping exc_info stops a re-format from the
            # live exception that would bring the secret back. Clean tracebacks are left to the
            # handlers' own formatters.
            record.exc_text, record.exc_info = redact(exc_text, secrets), None
        if record.stack_info:
            record.stack_info = redact(record.stack_info, secrets)
        return True


def _redact_args(args: Any, secrets: list[str]) -> Any:
    if not isinstance(args, tuple):
        return args
    cleaned = []
    for arg in args:
        text = str(arg)
        cleaned.append(redact(text, secrets) if redact(text, secrets) != text else arg)
    return tuple(cleaned)


class _RedactingRecordFactory:
    """Wraps the previous LogRecord factory and scrubs each record as it is made."""

    def __init__(self, previous: Callable[..., logging.LogRecord], redactor: RedactingFilter) -> None:
        self.previous = previous
        self.redactor = redactor
        self.active = True

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record = self.previous(*args, **kwargs)
        if self.active:
            self.redactor.filter(record)
        return record


@dataclass
class RedactionInstallation:
    """What `install_redaction` changed, so `uninstall()` can undo it (tests, reconfiguration)."""

    filter: RedactingFilter
    factory: _RedactingRecordFactory
    attached_to: list[logging.Filterer] = field(default_factory=list)

    def uninstall(self) -> None:
        """Detach the filter and stop scrubbing at record creation."""
        for target in self.attached_to:
            target.removeFilter(self.filter)
        self.factory.active = False
        if logging.getLogRecordFactory() is self.factory:
            logging.setLogRecordFactory(self.factory.previous)


def install_redaction(secrets_provider: SecretsProvider) -> RedactionInstallation:
    """Scrub the secrets given by `secrets_provider()` (called per record: keep it cheap) from all logs.

    Call once per process (e.g. under `st.cache_resource`) with a provider returning every configured
    API key; returns the installation, whose `uninstall()` reverts it.
    """
    redactor = RedactingFilter(secrets_provider)
    factory = _RedactingRecordFactory(logging.getLogRecordFactory(), redactor)
    logging.setLogRecordFactory(factory)
    installation = RedactionInstallation(redactor, factory)
    root = logging.getLogger()
    for target in [root, *root.handlers, *(logging.getLogger(name) for name in LOGGER_NAMES)]:
        target.addFilter(redactor)
        installation.attached_to.append(target)
    return installation
