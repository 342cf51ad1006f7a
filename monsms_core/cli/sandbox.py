"""`python -m monsms_core sandbox`: run the API sandbox as a child process.

monsms_core never imports monsms_sandbox (the dashboard must run against the real API without
it), so this command starts `python -m monsms_sandbox` with the same options and waits for it.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import subprocess
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `sandbox` subcommand."""
    parser = subparsers.add_parser(
        "sandbox",
        help="run the Mon SMS PRO API sandbox on this machine",
        description="Run the Mon SMS PRO API sandbox (a local emulator of the API) until Ctrl-C.",
    )
    parser.add_argument("--port", type=int, default=8787, help="port (0 picks a free one; default 8787)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file (default data/sandbox.db)")
    parser.add_argument("--api-key", default=None, help="open or create this seeded demo account")
    parser.add_argument("--delivery-seconds", type=float, default=None, help="time to deliver a campaign")
    parser.add_argument(
        "--payment-seconds", type=float, default=None, help="time before a mobile-money purchase settles"
    )
    parser.add_argument("--failure-rate", type=float, default=None, help="share of deliveries that fail")
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second per API key")
    parser.set_defaults(handler=run)


def child_command(args: argparse.Namespace) -> list[str]:
    """The `python -m monsms_sandbox ...` command line matching the parsed options."""
    command = [sys.executable, "-m", "monsms_sandbox", "--port", str(args.port), "--host", args.host]
    optional = {
        "--db": args.db,
        "--api-key": args.api_key,
        "--delivery-seconds": args.delivery_seconds,
        "--failure-rate": args.failure_rate,
        "--payment-seconds": args.payment_seconds,
        "--rate-limit": args.rate_limit,
    }
    for flag, value in optional.items():
        if value is not None:
            command += [flag, str(value)]
    return command


def run(args: argparse.Namespace) -> int:
    """Start the sandbox, forward SIGTERM to it, and return its exit code."""
    process = subprocess.Popen(child_command(args))

    def _forward(signum: int, frame: object) -> None:
        process.terminate()

    previous = None
    # Signal handlers can only be installed from the main thread (tests may call this elsewhere).
    with contextlib.suppress(ValueError):
        previous = signal.signal(signal.SIGTERM, _forward)
    try:
        return process.wait()
    except KeyboardInterrupt:
        # Ctrl-C reached the child too (same process group): give it time to shut down cleanly.
        try:
            return process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
