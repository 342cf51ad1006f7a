"""The worker a dashboard process starts for itself, so that `streamlit run app.py` does everything.

    launcher = EmbeddedLauncher(store, child_env)   # once per dashboard process (st.cache_resource)
    launcher.ensure()                               # cheap; called on every page run, signed in or not

`ensure` starts `python -m monsms_core worker --embedded --parent-pid <this process>` when this
process has no live child and no worker heartbeat was seen for `live_within` seconds; so a dashboard
next to a worker service starts none, and each replica starts at most one (its own). The child exits
when its dashboard is gone. `MONSMS_EMBEDDED_WORKER=0` turns it off.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from datetime import timedelta

from monsms_core.store import Store
from monsms_core.worker.options import WorkerOptions

logger = logging.getLogger("monsms_core.worker")
SWITCH = "MONSMS_EMBEDDED_WORKER"
CHECK_EVERY_SECONDS = 5.0


def embedded_enabled(environ: Mapping[str, str] | None = None) -> bool:
    """False when MONSMS_EMBEDDED_WORKER says 0/false/no/off."""
    value = (os.environ if environ is None else environ).get(SWITCH, "1").strip().lower()
    return value not in ("0", "false", "no", "off")


class EmbeddedLauncher:
    """Starts (and stops) this process's own worker child when no other worker is alive."""

    def __init__(
        self, store: Store, child_env: Mapping[str, str], options: WorkerOptions | None = None
    ) -> None:
        """`child_env`: the environment of the child (the settings this dashboard resolved)."""
        self._store, self._env = store, dict(child_env)
        self._options = options or WorkerOptions.from_env(child_env)
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._checked = 0.0
        self._started_at: float | None = None

    def __repr__(self) -> str:
        pid = self._process.pid if self._process is not None else None
        return f"EmbeddedLauncher(child={pid})"

    @property
    def child_pid(self) -> int | None:
        """The pid of the running child, if any."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def ensure(self) -> bool:
        """Start the child if needed; True when this process's child runs now."""
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                return True
            if time.monotonic() - self._checked < CHECK_EVERY_SECONDS:
                return False
            self._checked = time.monotonic()
            within = timedelta(seconds=self._options.live_within)
            if self._store.worker_jobs.live_workers(within):
                return False
            command = [sys.executable, "-m", "monsms_core", "worker", "--embedded",
                       "--parent-pid", str(os.getpid())]  # fmt: skip
            self._process = subprocess.Popen(command, env=self._env, stdin=subprocess.DEVNULL)
            self._started_at = time.monotonic()
            logger.info("started an embedded worker (pid %s)", self._process.pid)
            return True

    def starting(self) -> bool:
        """True while this process's child is alive but younger than `live_within` (its first
        heartbeats may not be written yet)."""
        started = self._started_at
        return (
            self.child_pid is not None
            and started is not None
            and time.monotonic() - started < self._options.live_within
        )

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM the child and wait for it to drain (then kill it)."""
        with self._lock:
            process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
