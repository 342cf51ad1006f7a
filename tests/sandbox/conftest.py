"""Fixtures of the sandbox suites: one-line API calls over real HTTP."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from sandbox_helpers import ApiCall

from monsms_sandbox.control import SandboxControl


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


@pytest.fixture
def campaign_extras(sandbox: SandboxControl) -> None:
    """Campaign objects also carry name, status, stats and smsCount (the sandbox's documented option;
    the vendor's SDK models have none of them, so the default answers leave them out)."""
    sandbox.config(campaign_extras=True)
