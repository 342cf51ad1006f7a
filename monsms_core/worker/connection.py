"""Which account a worker's jobs talk to: the dashboard's own rule (`config.resolve_connection`), read
afresh for every job so a key changed on the Settings page is used from the next job on.

In demo mode the sandbox runs inside the dashboard's process, which writes where it listens and the demo
key into the data folder (`sandbox_url`, `sandbox_api_key`); the worker reads them there (monsms_core
never imports the sandbox). Until the dashboard has started it, jobs wait (`WorkerNotReady`).
"""

from __future__ import annotations

from pathlib import Path

from monsms_core.config import Connection, Settings, resolve_connection
from monsms_core.store import Store

SANDBOX_URL_FILE = "sandbox_url"
SANDBOX_KEY_FILE = "sandbox_api_key"


class WorkerNotReady(Exception):
    """The job cannot start yet for a reason that is nobody's failure (the demo sandbox is not up)."""


def sandbox_from_data_dir(data_dir: Path) -> tuple[str, str]:
    """(base_url, demo api key) of the sandbox the dashboard started on `data_dir`."""
    try:
        root = (data_dir / SANDBOX_URL_FILE).read_text(encoding="utf-8").strip()
        key = (data_dir / SANDBOX_KEY_FILE).read_text(encoding="utf-8").strip()
    except OSError as error:
        raise WorkerNotReady("the dashboard has not started its demo sandbox yet") from error
    if not root or not key:
        raise WorkerNotReady("the dashboard has not started its demo sandbox yet")
    return root.rstrip("/") + "/v1", key


def worker_connection(settings: Settings, store: Store) -> Connection:
    """The connection jobs use now (live key from the environment or Settings page, else the sandbox)."""
    return resolve_connection(settings, store, lambda: sandbox_from_data_dir(settings.data_dir))
