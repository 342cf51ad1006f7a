"""`python -m monsms_core worker`: run background jobs (sends, uploads, imports) until SIGTERM/Ctrl-C.

    python -m monsms_core worker [--lease 15] [--heartbeat 3] [--concurrency 4] [--settle 15]

Reads the same settings as the dashboard (MONSMS_DATABASE_URL, MONSMS_DATA_DIR, MONSMS_API_KEY…).
Run as many as you like on PostgreSQL, one or more on SQLite. SIGTERM (or Ctrl-C) lets every running
job finish its current chunk, puts it back in the queue, and exits with code 0.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import threading

from monsms_core.client.logs import install_redaction
from monsms_core.config import ConfigurationError, ensure_data_dir, load_settings
from monsms_core.store import Store
from monsms_core.worker import Worker, WorkerOptions, worker_connection


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `worker` subcommand."""
    parser = subparsers.add_parser(
        "worker",
        help="run the background jobs (sends, contact uploads) until stopped",
        description="Run the dashboard's background jobs. Several workers may share one PostgreSQL "
        "database; a job whose worker died is taken over by another within a minute.",
    )
    for name, help_text in (
        ("lease", "seconds a claim holds without a heartbeat (default 15)"),
        ("heartbeat", "seconds between heartbeats (default 3)"),
        ("poll", "seconds between looks at the queue when idle (default 1)"),
        ("settle", "seconds before a lost request is trusted to have done nothing (default 15)"),
    ):
        parser.add_argument(f"--{name}", type=float, default=None, help=help_text)
    parser.add_argument("--concurrency", type=int, default=None, help="jobs run at once (default 4)")
    parser.add_argument("--max-attempts", type=int, default=None, help="tries of a job (default 5)")
    parser.add_argument("--embedded", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--parent-pid", type=int, default=None, help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


class _Keys:
    """The API keys this worker used, for the log redaction filter."""

    def __init__(self) -> None:
        self._keys: tuple[str, ...] = ()

    def add(self, key: str) -> None:
        if key and key not in self._keys:
            self._keys = (*self._keys, key)

    def __call__(self) -> tuple[str, ...]:
        return self._keys


def run(args: argparse.Namespace) -> int:
    """Serve jobs until SIGTERM or Ctrl-C; 0 after a clean drain, 2 on a configuration problem."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s worker %(levelname)s %(name)s: %(message)s")
    keys = _Keys()
    install_redaction(keys)
    try:
        options = WorkerOptions.from_env(
            lease=args.lease, heartbeat=args.heartbeat, poll=args.poll, settle=args.settle,
            concurrency=args.concurrency, max_attempts=args.max_attempts,
        )  # fmt: skip
        settings = load_settings()
        if settings.database_url.startswith("sqlite"):
            ensure_data_dir(settings)
        store = Store.open(settings.database_url)
    except (ConfigurationError, ValueError) as problem:
        message = problem.user_message("en") if isinstance(problem, ConfigurationError) else str(problem)
        logging.getLogger("monsms_core.worker").error("cannot start: %s", message)
        return 2
    parent = args.parent_pid
    worker = Worker(
        store,
        lambda: worker_connection(settings, store),
        options,
        embedded=args.embedded,
        data_dir=settings.data_dir,
        on_key=keys.add,
        alive=(lambda: os.getppid() == parent) if parent else None,
    )

    def drain(signum: int, frame: object) -> None:
        worker.drain()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, drain)
        signal.signal(signal.SIGINT, drain)
    try:
        worker.serve()
    finally:
        with contextlib.suppress(Exception):
            store.dispose()
    return 0
