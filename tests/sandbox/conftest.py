"""Fixtures of the sandbox suites: one-line API calls over real HTTP."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from sandbox_helpers import ApiCall


@pytest.fixture
def api(base_url: str) -> ApiCall:
    """`api(path, key, **body)` POSTs JSON with the apiKey and returns the decoded envelope."""

    def call(path: str, key: str | None, **body: object) -> dict[str, Any]:
        payload = dict(body)
        if key is not None:
            payload["apiKey"] = key
        response = requests.post(base_url + path, json=payload, timeout=10)
        assert response.status_code == 200, response.text
        return response.json()

    return call
