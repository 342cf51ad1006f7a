"""`python -m monsms_sandbox --port N [--host H] [--db PATH] [--api-key KEY]`: run the sandbox.

With `--api-key`, that account is opened (created and seeded with demo data if new); without it,
a new seeded account is created. The API key and the base URL are printed on stdout. Stops
cleanly on Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from monsms_sandbox.server import SandboxServer
from monsms_sandbox.shapes import DEFAULT_PAGE_SIZE_CAP, OLD_SHAPES, REMOVABLE_ROUTES, ShapeOptions

DEFAULT_PORT = 8787
DEFAULT_DB = Path("data") / "sandbox.db"


def build_parser() -> argparse.ArgumentParser:
    """The command line's options (shared in spirit with `python -m monsms_core sandbox`)."""
    parser = argparse.ArgumentParser(
        prog="python -m monsms_sandbox", description="Run the Mon SMS PRO API sandbox on loopback."
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (0 picks a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB})")
    parser.add_argument("--api-key", default=None, help="open or create this seeded demo account")
    parser.add_argument("--delivery-seconds", type=float, default=5.0, help="time to deliver a campaign")
    parser.add_argument(
        "--payment-seconds", type=float, default=5.0, help="time before a mobile-money purchase settles"
    )
    parser.add_argument("--failure-rate", type=float, default=0.03, help="share of deliveries that fail")
    parser.add_argument("--rate-limit", type=float, default=20.0, help="requests per second per API key")
    parser.add_argument(
        "--page-size-cap", type=int, default=DEFAULT_PAGE_SIZE_CAP, help="largest page a list call answers"
    )
    parser.add_argument(
        "--campaign-extras", action="store_true", help="add name, status, stats, smsCount to campaigns"
    )
    parser.add_argument(
        "--old-shape", action="append", default=[], choices=sorted(OLD_SHAPES),
        help="answer this endpoint in its older shape (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--missing-route", action="append", default=[], choices=REMOVABLE_ROUTES,
        help="answer this path \"Not found\", as a server without it (repeatable)",
    )  # fmt: skip
    return parser


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted; returns the exit code."""
    args = build_parser().parse_args(argv)
    stop = threading.Event()

    def _request_stop(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _request_stop)
    signal.signal(signal.SIGINT, _request_stop)
    server = SandboxServer(
        args.db,
        host=args.host,
        port=args.port,
        delivery_seconds=args.delivery_seconds,
        failure_rate=args.failure_rate,
        rate_limit_per_second=args.rate_limit,
        payment_seconds=args.payment_seconds,
        shapes=ShapeOptions(
            page_size_cap=args.page_size_cap,
            campaign_extras=args.campaign_extras,
            old_shapes=frozenset(args.old_shape),
            missing_routes=frozenset(args.missing_route),
        ),
    )
    try:
        server.start()
    except OSError as error:
        print(f"Cannot start the sandbox on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    try:
        api_key = server.create_account(args.api_key, seed=True)
        print(f"Mon SMS PRO sandbox listening on {server.base_url}", flush=True)
        print(f"API key: {api_key}", flush=True)
        print(f"Control API: {server.root_url}/_sandbox/  (database: {args.db})", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    print("Sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
