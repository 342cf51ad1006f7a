"""The one-time setup code that guards the creation of the first administrator.

On a fresh server, whoever reaches the dashboard first would otherwise become its administrator. The
code is written to a file readable by the server's account only (and printed on its console): only
someone with access to the server can give it. It is deleted once the first administrator exists.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
from pathlib import Path

SETUP_CODE_FILENAME = "setup_code"
# Readable aloud and easy to type: no 0/O, 1/l/I.
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_GROUPS, _GROUP_LENGTH = 4, 4


def setup_code_path(data_dir: Path) -> Path:
    """Where the setup code of the dashboard using `data_dir` is kept."""
    return Path(data_dir) / SETUP_CODE_FILENAME


def _normalize(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def ensure_setup_code(data_dir: Path) -> str:
    """The current setup code, created (file mode 0600) when there is none yet."""
    path = setup_code_path(data_dir)
    if not path.exists():
        code = "-".join(
            "".join(secrets.choice(_ALPHABET) for _ in range(_GROUP_LENGTH)) for _ in range(_GROUPS)
        )
        with contextlib.suppress(FileExistsError):  # two sessions at once: the first file wins
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(code + "\n")
    if os.name == "posix":
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def setup_code_matches(data_dir: Path, given: str | None) -> bool:
    """Whether `given` is the current setup code (spaces, dashes and case ignored)."""
    path = setup_code_path(data_dir)
    if not given or not path.exists():
        return False
    expected = _normalize(path.read_text(encoding="utf-8"))
    return bool(expected) and hmac.compare_digest(_normalize(given).encode(), expected.encode())


def discard_setup_code(data_dir: Path) -> None:
    """Delete the code: it was used (or is no longer needed)."""
    setup_code_path(data_dir).unlink(missing_ok=True)


LOOPBACK_ADDRESSES = frozenset({"127.0.0.1", "localhost", "::1"})


def setup_code_required(mode: str, server_address: str | None) -> bool:
    """Whether creating the first administrator needs the setup code: always, except for the sandbox
    when the server listens on the loopback address only (nobody else can reach it)."""
    return not (mode == "sandbox" and (server_address or "").strip() in LOOPBACK_ADDRESSES)
