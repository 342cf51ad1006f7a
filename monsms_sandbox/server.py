"""The HTTP side: a threaded stdlib server on loopback, and `SandboxServer`, the object tests start.

server = SandboxServer(db_path, port=0).start()
server.base_url   # http://127.0.0.1:PORT/v1  — the contract paths live below it
server.root_url   # http://127.0.0.1:PORT     — the control API lives under /_sandbox/
key = server.create_account(seed=True)
server.stop()
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from monsms_sandbox.app import SandboxApp
from monsms_sandbox.shapes import ShapeOptions

LOGGER = logging.getLogger("monsms_sandbox.http")
MAX_BODY_BYTES = 64 * 1024 * 1024


class _HttpServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its app and its open connections (closed on stop)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: SandboxApp) -> None:
        super().__init__(address, _Handler)
        self.app = app
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()

    def close_connections(self) -> None:
        """Shut every client connection, so idle keep-alive threads end with the server."""
        with self.connections_lock:
            for connection in list(self.connections):
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    """Reads one request, lets the app answer it, writes the answer (or hangs up)."""

    protocol_version = "HTTP/1.1"  # keep-alive, as the real host and `requests` sessions use
    # Headers and body leave in one segment; without these, Nagle + delayed ACK add ~40 ms per call.
    disable_nagle_algorithm = True
    wbufsize = 64 * 1024
    server: _HttpServer

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.connections_lock:
                self.server.connections.discard(self.connection)

    def do_POST(self) -> None:
        self._serve("POST")

    def do_GET(self) -> None:
        self._serve("GET")

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > MAX_BODY_BYTES:
            raise ValueError("body too large")
        return self.rfile.read(length) if length else b""

    def _serve(self, method: str) -> None:
        try:
            raw_body = self._read_body()
        except ValueError:
            self.send_error(413)
            return
        path = urlsplit(self.path).path
        answer = self.server.app.handle(method, path, raw_body)
        if answer.close:
            # No status line at all: the client sees the connection reset / closed mid-request.
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)
        self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:
        # Request lines hold no secret (the key is in the body), but keep test output quiet.
        LOGGER.debug(format, *args)


class SandboxServer:
    """A running emulator of the Mon SMS PRO API, backed by one SQLite file."""

    def __init__(
        self,
        db_path: str | Path,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        delivery_seconds: float = 5.0,
        failure_rate: float = 0.03,
        rate_limit_per_second: float = 20.0,
        shapes: ShapeOptions | None = None,
        payment_seconds: float = 5.0,
    ) -> None:
        """`payment_seconds`: how long a mobile-money purchase stays PENDING. `shapes` chooses the answer
        shapes (default: the vendor SDK's; see monsms_sandbox.shapes)."""
        self.db_path = Path(db_path)
        self.host = host
        self._requested_port = port
        self._settings = {
            "delivery_seconds": delivery_seconds,
            "failure_rate": failure_rate,
            "rate_limit_per_second": rate_limit_per_second,
            "payment_seconds": payment_seconds,
        }
        self._shapes = shapes
        self.app: SandboxApp | None = None
        self._httpd: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"SandboxServer(db_path={str(self.db_path)!r}, running={self._httpd is not None})"

    def start(self) -> SandboxServer:
        """Open the database, bind the port and serve in a background thread."""
        if self._httpd is not None:
            return self
        self.app = SandboxApp(self.db_path, **self._settings, shapes=self._shapes)
        self._httpd = _HttpServer((self.host, self._requested_port), self.app)
        self.app.root_url = self.root_url  # Wave checkout links point back here (monsms_sandbox.wallets)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    @property
    def port(self) -> int:
        """The bound port (the real one when 0 was asked)."""
        if self._httpd is None:
            raise RuntimeError("the sandbox server is not started")
        return int(self._httpd.server_address[1])

    @property
    def root_url(self) -> str:
        """http://HOST:PORT — the control API is below it, under /_sandbox/."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """http://HOST:PORT/v1 — what a client uses instead of https://rest.monsms.pro/v1."""
        return self.root_url + "/v1"

    def create_account(self, api_key: str | None = None, *, seed: bool = False, credit: int = 10_000) -> str:
        """Create an account (or keep an existing one with that key); returns its API key."""
        if self.app is None:
            raise RuntimeError("the sandbox server is not started")
        return self.app.create_account(api_key, seed_data=seed, credit=credit)

    def stop(self) -> None:
        """Stop serving, hang up open connections, close the database."""
        if self._httpd is None or self.app is None:
            return
        self.app.stopping.set()
        self._httpd.shutdown()
        self._httpd.close_connections()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.app.close()
        self._httpd = None
        self._thread = None
        self.app = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
