"""The sandbox the dashboard runs on when no API key is configured: started in this process on a free
port, on `<data_dir>/sandbox.db`, with one seeded demo account whose key is kept in
`<data_dir>/sandbox_api_key` so the demo data survives restarts; `<data_dir>/sandbox_url` says where it
listens.

This lives in `ui/` because `monsms_core` must never import the sandbox.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from monsms_sandbox.server import SandboxServer
from monsms_sandbox.shapes import ShapeOptions

SANDBOX_DB = "sandbox.db"
SANDBOX_KEY_FILE = "sandbox_api_key"
# Where the running sandbox listens (a fresh port each start): lets browser tests, which run the app in
# another process, reach its control API to check what really arrived.
SANDBOX_URL_FILE = "sandbox_url"


@dataclass
class SandboxRuntime:
    """A running sandbox server and the demo account's key (never in repr)."""

    server: SandboxServer
    api_key: str = field(repr=False)

    @property
    def base_url(self) -> str:
        """The contract's base URL on this server."""
        return str(self.server.base_url)

    def stop(self) -> None:
        """Stop serving (when the cache releases the runtime)."""
        self.server.stop()


def _read_key(path: Path) -> str | None:
    try:
        key = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return key or None


def _write_key(path: Path, key: str) -> str:
    """Keep `key` in `path` (owner-only); if another process got there first, its key wins."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(key + "\n")
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return _read_key(path) or key


def start_sandbox(data_dir: str | Path) -> SandboxRuntime:
    """Start the sandbox on `data_dir` and make sure its seeded demo account exists."""
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    # The demo shows delivery progress: the sandbox adds the optional campaign fields (status, stats,
    # name) that the vendor's SDK models lack; tests run against the strict default shapes.
    shapes = ShapeOptions(campaign_extras=True)
    server = SandboxServer(str(folder / SANDBOX_DB), host="127.0.0.1", port=0, shapes=shapes).start()
    try:
        key_path = folder / SANDBOX_KEY_FILE
        key = _read_key(key_path)
        if key is None:
            key = _write_key(key_path, secrets.token_urlsafe(24))
        # Idempotent: an existing account with this key is kept as it is (with the user's demo history).
        server.create_account(api_key=key, seed=True)
        url_path = folder / SANDBOX_URL_FILE
        temporary = url_path.with_name(f".{url_path.name}.{os.getpid()}")
        temporary.write_text(str(server.root_url) + "\n", encoding="utf-8")
        temporary.replace(url_path)
    except BaseException:
        server.stop()
        raise
    return SandboxRuntime(server, key)
