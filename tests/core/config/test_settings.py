"""Settings from the environment and secrets, and the cookie signing key."""

from __future__ import annotations

import stat
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from monsms_core.config import (
    DEFAULT_BASE_URL,
    PROJECT_ROOT,
    ConfigurationError,
    Settings,
    ensure_cookie_key,
    load_settings,
)

STRONG_KEY = "x9Yb2Qe7Lr4Tz1Wn8Vc5Ks3Hd6Mg0Pj_ab"  # 35 characters


def test_defaults_are_the_sandbox_with_a_local_sqlite_file() -> None:
    settings = load_settings(environ={})
    assert settings.mode == "sandbox" and settings.api_key is None and settings.cookie_key is None
    assert settings.data_dir == PROJECT_ROOT / "data" == Path(__file__).resolve().parents[3] / "data"
    assert settings.database_url == f"sqlite:///{PROJECT_ROOT / 'data' / 'monsms.db'}"
    assert settings.base_url == DEFAULT_BASE_URL == "https://rest.monsms.pro/v1"


def test_environment_variables(tmp_path: Path) -> None:
    settings = load_settings(
        environ={
            "MONSMS_API_KEY": " live-key ",
            "MONSMS_DATA_DIR": str(tmp_path),
            "MONSMS_BASE_URL": "http://127.0.0.1:8080/v1/",
            "monsms_cookie_key": STRONG_KEY,
        }
    )
    assert settings.mode == "live" and settings.api_key == "live-key" and settings.cookie_key == STRONG_KEY
    assert settings.data_dir == tmp_path and settings.database_url == f"sqlite:///{tmp_path / 'monsms.db'}"
    assert settings.base_url == "http://127.0.0.1:8080/v1"


def test_secrets_in_every_accepted_spelling() -> None:
    assert load_settings(environ={}, secrets={"MONSMS_API_KEY": "a"}).api_key == "a"
    assert load_settings(environ={}, secrets={"monsms_api_key": "b"}).api_key == "b"
    assert load_settings(environ={}, secrets={"api_key": "c"}).api_key == "c"
    assert load_settings(environ={}, secrets={"monsms": {"api_key": "d"}}).api_key == "d"
    url = "postgresql+psycopg://u:p@db/monsms"
    assert load_settings(environ={}, secrets={"database_url": url}).database_url == url


def test_environment_wins_over_secrets_and_blanks_do_not_count() -> None:
    settings = load_settings(environ={"MONSMS_API_KEY": "from-env"}, secrets={"api_key": "from-secrets"})
    assert settings.api_key == "from-env"
    settings = load_settings(environ={"MONSMS_API_KEY": "  "}, secrets={"api_key": ""})
    assert settings.mode == "sandbox" and settings.api_key is None


def test_loading_creates_nothing_on_disk(tmp_path: Path) -> None:
    load_settings(environ={"MONSMS_DATA_DIR": str(tmp_path / "later")})
    assert not (tmp_path / "later").exists()


def test_repr_never_shows_keys_or_database_password(tmp_path: Path) -> None:
    settings = load_settings(
        environ={
            "MONSMS_API_KEY": "mk_live_SECRET_API",
            "MONSMS_COOKIE_KEY": STRONG_KEY,
            "MONSMS_DATABASE_URL": "postgresql+psycopg://monsms:DbPassw0rd@db.local/monsms",
            "MONSMS_DATA_DIR": str(tmp_path),
        }
    )
    for text in (repr(settings), str(settings), f"{settings}"):
        assert "SECRET_API" not in text and STRONG_KEY not in text and "DbPassw0rd" not in text
        assert "db.local" in text and "live" in text


def _sandbox(tmp_path: Path) -> Settings:
    return load_settings(environ={"MONSMS_DATA_DIR": str(tmp_path / "data")})


def test_sandbox_generates_one_private_key_and_keeps_it(tmp_path: Path) -> None:
    settings = _sandbox(tmp_path)
    key = ensure_cookie_key(settings)
    path = settings.data_dir / "cookie_key"
    assert len(key) == 64 and path.read_text().strip() == key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert ensure_cookie_key(settings) == key
    assert ensure_cookie_key(_sandbox(tmp_path)) == key
    assert [p.name for p in settings.data_dir.iterdir()] == ["cookie_key"]  # no temporary file left


def test_a_readable_key_file_is_made_private(tmp_path: Path) -> None:
    settings = _sandbox(tmp_path)
    key = ensure_cookie_key(settings)
    path = settings.data_dir / "cookie_key"
    path.chmod(0o644)
    assert ensure_cookie_key(settings) == key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sessions_starting_together_agree_on_the_key(tmp_path: Path) -> None:
    settings = _sandbox(tmp_path)
    barrier = threading.Barrier(6)
    keys: list[str] = []

    def start() -> None:
        barrier.wait()
        keys.append(ensure_cookie_key(settings))

    threads = [threading.Thread(target=start) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(keys) == 6 and len(set(keys)) == 1


def test_live_mode_without_a_key_says_what_to_do(tmp_path: Path) -> None:
    settings = load_settings(environ={"MONSMS_API_KEY": "k", "MONSMS_DATA_DIR": str(tmp_path)})
    with pytest.raises(ConfigurationError) as caught:
        ensure_cookie_key(settings)
    assert caught.value.code == "cookie_key_missing"
    for lang in ("fr", "en"):
        message = caught.value.user_message(lang)
        assert "MONSMS_COOKIE_KEY" in message
        assert 'python -c "import secrets; print(secrets.token_urlsafe(48))"' in message
    assert "clé" in caught.value.user_message("fr")
    assert not (tmp_path / "cookie_key").exists()


@pytest.mark.parametrize(
    "weak",
    [
        "some_signature_key",
        "Some_Key",
        "random_signature_key",
        "ABCDEF",
        "secret",
        "changeme",
        "change-me",
        "KEY",
    ],
)
@pytest.mark.parametrize("mode", ["sandbox", "live"])
def test_known_default_keys_are_refused(tmp_path: Path, weak: str, mode: str) -> None:
    settings = replace(
        _sandbox(tmp_path), mode=mode, api_key="k" if mode == "live" else None, cookie_key=weak
    )
    with pytest.raises(ConfigurationError) as caught:
        ensure_cookie_key(settings)
    assert caught.value.code == "cookie_key_default"


def test_short_keys_are_refused(tmp_path: Path) -> None:
    settings = replace(_sandbox(tmp_path), mode="live", api_key="k", cookie_key="a" * 31)
    with pytest.raises(ConfigurationError) as caught:
        ensure_cookie_key(settings)
    assert caught.value.code == "cookie_key_short"
    assert "31" in caught.value.user_message("fr") and "32" in caught.value.user_message("en")


def test_a_strong_configured_key_is_used_as_is(tmp_path: Path) -> None:
    settings = replace(_sandbox(tmp_path), mode="live", api_key="k", cookie_key=STRONG_KEY)
    assert ensure_cookie_key(settings) == STRONG_KEY
    assert not settings.data_dir.exists()


def test_data_dir_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a directory")
    with pytest.raises(ConfigurationError) as caught:
        ensure_cookie_key(load_settings(environ={"MONSMS_DATA_DIR": str(blocker)}))
    assert caught.value.code == "data_dir_unwritable"
    assert str(blocker) in caught.value.user_message("fr")
