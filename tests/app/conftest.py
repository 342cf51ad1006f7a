"""Fixtures of the AppTest suites: each test gets its own database; the in-process sandbox (and the cookie
key) live in one data folder shared by the session, so the demo sandbox starts once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st

from tests.app.app_support import AppEnv, app_env, running_worker


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The data folder of the app under test (never the project's data/)."""
    yield tmp_path_factory.mktemp("app-data")
    # Release the app's cached resources: stops the in-process sandbox, closes the stores' pools.
    st.cache_resource.clear()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shared_data_dir: Path) -> Iterator[AppEnv]:
    """A fresh, empty database for the app, and a handle on it; a worker runs its background jobs (in
    this process, so the app under test starts none of its own)."""
    for opened in app_env(monkeypatch, tmp_path, shared_data_dir):
        with running_worker(opened.store):
            yield opened
