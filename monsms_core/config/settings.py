"""Configuration from the environment and Streamlit secrets, as one immutable `Settings` object.

The UI layer passes `st.secrets` in as a plain Mapping: this module never imports Streamlit, so the
command line and the tests read configuration exactly the way the dashboard does.
"""

from __future__ import annotations

import contextlib
import os
import secrets as secrets_module
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from monsms_core.i18n.problems import ProblemError

DEFAULT_BASE_URL = "https://rest.monsms.pro/v1"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
COOKIE_KEY_FILENAME = "cookie_key"
MIN_COOKIE_KEY_LENGTH = 32
# Values copied from tutorials and sample configs: anyone who read the same page could forge cookies.
KNOWN_DEFAULT_COOKIE_KEYS = frozenset(
    {
        "some_signature_key",
        "some_key",
        "random_signature_key",
        "abcdef",
        "secret",
        "changeme",
        "change-me",
        "key",
    }
)
GENERATE_COMMAND = 'python -c "import secrets; print(secrets.token_urlsafe(48))"'


class ConfigurationError(ProblemError):
    """The configuration cannot work as given; `user_message(lang)` says what to change."""

    catalog = "store.config"

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, **params)
        self.args = (self.user_message("en"),)

    def message_params(self, lang: str | None) -> dict[str, object]:
        return {"command": GENERATE_COMMAND, **self.params}


@dataclass(frozen=True)
class Settings:
    """Everything the dashboard needs to know before it can open the store or call the API."""

    mode: Literal["sandbox", "live"]
    data_dir: Path
    database_url: str
    base_url: str = DEFAULT_BASE_URL
    api_key: str | None = field(default=None, repr=False)
    cookie_key: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        # The database URL may carry a password; the keys never appear at all.
        return (
            f"Settings(mode={self.mode!r}, data_dir={str(self.data_dir)!r}, "
            f"database_url={redact_database_url(self.database_url)!r}, base_url={self.base_url!r})"
        )

    __str__ = __repr__


def redact_database_url(url: str) -> str:
    """`url` with any password replaced by `***`, safe to show or log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


def _lookup(name: str, environ: Mapping[str, str], secrets: Mapping[str, object] | None) -> str | None:
    """The first non-empty value for setting `name` ("api_key"): environment first, then secrets.

    Accepted spellings: MONSMS_API_KEY and monsms_api_key everywhere; in secrets also api_key, and
    the same names inside a `[monsms]` table.
    """
    upper, lower = f"MONSMS_{name.upper()}", f"monsms_{name.lower()}"
    sources: list[tuple[Mapping[str, object], tuple[str, ...]]] = [(environ, (upper, lower))]
    if secrets is not None:
        sources.append((secrets, (upper, lower, name.lower())))
        section = _get(secrets, "monsms")
        if isinstance(section, Mapping):
            sources.append((section, (name.lower(), name.upper(), lower, upper)))
    for mapping, names in sources:
        for candidate in names:
            value = _get(mapping, candidate)
            if value is not None and str(value).strip():
                return str(value).strip()
    return None


def _get(mapping: Mapping[str, object], key: str) -> object:
    # st.secrets raises on some missing keys instead of returning None, so guard every access.
    try:
        return mapping.get(key)
    except Exception:
        return None


def load_settings(
    environ: Mapping[str, str] | None = None, secrets: Mapping[str, object] | None = None
) -> Settings:
    """Read the settings from `environ` (default: the process environment), then `secrets`.

    Live mode is chosen exactly when an API key is configured; otherwise the dashboard runs on the
    sandbox. Nothing is created on disk here: see `ensure_data_dir` and `ensure_cookie_key`.
    """
    env = os.environ if environ is None else environ
    api_key = _lookup("api_key", env, secrets)
    raw_dir = _lookup("data_dir", env, secrets)
    data_dir = Path(raw_dir).expanduser().resolve() if raw_dir else DEFAULT_DATA_DIR
    database_url = _lookup("database_url", env, secrets) or f"sqlite:///{data_dir / 'monsms.db'}"
    return Settings(
        mode="live" if api_key else "sandbox",
        data_dir=data_dir,
        database_url=database_url,
        base_url=(_lookup("base_url", env, secrets) or DEFAULT_BASE_URL).rstrip("/"),
        api_key=api_key,
        cookie_key=_lookup("cookie_key", env, secrets),
    )


def ensure_data_dir(settings: Settings) -> Path:
    """Create the data directory when missing (owner-only access) and return it."""
    try:
        settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError("data_dir_unwritable", path=str(settings.data_dir)) from exc
    return settings.data_dir


def cookie_key_problem(key: str) -> ConfigurationError | None:
    """Why `key` must not sign login cookies, or None when it is acceptable."""
    if key.strip().lower() in KNOWN_DEFAULT_COOKIE_KEYS:
        return ConfigurationError("cookie_key_default")
    if len(key) < MIN_COOKIE_KEY_LENGTH:
        return ConfigurationError("cookie_key_short", length=len(key), minimum=MIN_COOKIE_KEY_LENGTH)
    return None


def ensure_cookie_key(settings: Settings) -> str:
    """The key that signs login cookies.

    A configured key is used when it is strong enough, in either mode (a weak key configured on purpose
    is a mistake worth stopping for). Without one, live mode refuses to start, while sandbox mode
    generates a key once and keeps it in `<data_dir>/cookie_key`, readable by the owner only.
    """
    if settings.cookie_key:
        problem = cookie_key_problem(settings.cookie_key)
        if problem is not None:
            raise problem
        return settings.cookie_key
    if settings.mode == "live":
        raise ConfigurationError("cookie_key_missing")
    path = ensure_data_dir(settings) / COOKIE_KEY_FILENAME
    try:
        if not path.exists():
            _create_key_file(path)
        _restrict_permissions(path)
        key = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigurationError("data_dir_unwritable", path=str(settings.data_dir)) from exc
    problem = cookie_key_problem(key)
    if problem is not None:
        raise ConfigurationError("cookie_key_file_invalid", path=str(path))
    return key


def _create_key_file(path: Path) -> None:
    """Write a fresh key so that two sessions starting together end up with the same one."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets_module.token_hex(4)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(secrets_module.token_urlsafe(48) + "\n")
        # link() fails when another session won the race: its key stays and ours is dropped.
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _restrict_permissions(path: Path) -> None:
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o600)
