"""Injected faults (each kind, before and after processing), the rate limit, and the call counters."""

from __future__ import annotations

import pytest
import requests
from sandbox_helpers import ApiCall

from monsms_sandbox.control import SandboxControl, SandboxControlError

CAMPAIGN = {"text": "Bonjour", "contacts": [{"phone": "2250707000001"}]}


def _post(base_url: str, path: str, key: str, timeout: float = 10.0, **body: object) -> requests.Response:
    return requests.post(base_url + path, json={"apiKey": key, **body}, timeout=timeout)


def test_drop_before_changes_nothing(
    base_url: str, api: ApiCall, sandbox: SandboxControl, api_key: str
) -> None:
    sandbox.add_fault("drop", count=1, path="/campaign/create")
    with pytest.raises(requests.ConnectionError):
        _post(base_url, "/campaign/create", api_key, **CAMPAIGN)
    assert api("/campaign/list", api_key)["data"] == []
    assert api("/user/credit", api_key)["data"] == 10_000
    stats = sandbox.stats()
    assert stats["requests"]["/campaign/create"] == 1
    assert "/campaign/create" not in stats["processed"]
    assert stats["faults"] == {"drop": 1}


@pytest.mark.parametrize("kind", ["drop", "http_500", "html", "success_false"])
def test_phase_after_processes_then_spoils_the_answer(
    base_url: str, api: ApiCall, sandbox: SandboxControl, api_key: str, kind: str
) -> None:
    sandbox.add_fault(kind, count=1, path="/campaign/create", phase="after")
    try:
        response = _post(base_url, "/campaign/create", api_key, **CAMPAIGN)
    except requests.ConnectionError:
        assert kind == "drop"
    else:
        assert kind != "drop"
        if kind == "success_false":
            assert response.json() == {"success": False, "data": None, "error": "Internal server error"}
        else:
            assert response.status_code == (500 if kind == "http_500" else 200)
            assert response.headers["Content-Type"].startswith("text/html")
            with pytest.raises(ValueError):
                response.json()
    # The request reached the server: the campaign exists and was paid for.
    (campaign,) = api("/campaign/list", api_key)["data"]
    assert campaign["text"] == "Bonjour"
    assert api("/user/credit", api_key)["data"] == 10_000 - 1
    stats = sandbox.stats()
    assert stats["requests"]["/campaign/create"] == 1
    assert stats["processed"]["/campaign/create"] == 1


def test_timeout_fault_never_answers(
    base_url: str, api: ApiCall, sandbox: SandboxControl, api_key: str
) -> None:
    sandbox.add_fault("timeout", count=1, path="/user/credit", seconds=3)
    with pytest.raises(requests.ReadTimeout):
        _post(base_url, "/user/credit", api_key, timeout=0.3)
    assert api("/user/credit", api_key)["data"] == 10_000  # the count was spent: next call answers


def test_timeout_then_close_without_answer(base_url: str, sandbox: SandboxControl, api_key: str) -> None:
    sandbox.add_fault("timeout", count=1, seconds=0.2, phase="after", path="/contact/create")
    with pytest.raises(requests.ConnectionError):
        _post(base_url, "/contact/create", api_key, contacts=[{"phone": "2250707000001"}])
    assert len(_post(base_url, "/contact/list", api_key).json()["data"]) == 1


def test_html_http500_success_false_rate_limit_before(
    base_url: str, api: ApiCall, sandbox: SandboxControl, api_key: str
) -> None:
    sandbox.add_fault("html", count=1, path="/user/details")
    portal = _post(base_url, "/user/details", api_key)
    assert portal.status_code == 200 and "Wi-Fi" in portal.text
    sandbox.add_fault("http_500", count=1, path="/user/details")
    assert _post(base_url, "/user/details", api_key).status_code == 500
    sandbox.add_fault("success_false", count=1, path="/user/details")
    assert api("/user/details", api_key)["error"] == "Internal server error"
    sandbox.add_fault("rate_limit", count=1, path="/user/details")
    assert api("/user/details", api_key)["error"] == "Too many requests"
    assert api("/user/details", api_key)["success"] is True
    assert sandbox.stats()["faults"] == {"html": 1, "http_500": 1, "success_false": 1, "rate_limit": 1}


def test_latency_still_answers(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    sandbox.add_fault("latency", seconds=0.2, path="/user/credit")
    assert api("/user/credit", api_key)["data"] == 10_000
    assert sandbox.stats()["faults"] == {"latency": 1}


def test_count_path_and_probability(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    sandbox.add_fault("success_false", count=2, path="/user/credit")
    assert [api("/user/credit", api_key)["success"] for _ in range(3)] == [False, False, True]
    sandbox.add_fault("success_false", probability=0.0)
    sandbox.add_fault("rate_limit", probability=1.0, path="/v1/contact/")  # "/v1" prefix tolerated
    assert all(api("/user/credit", api_key)["success"] for _ in range(5))
    assert all(api("/contact/list", api_key)["error"] == "Too many requests" for _ in range(3))
    assert len(sandbox.faults()) == 2
    sandbox.clear_faults()
    assert api("/contact/list", api_key)["success"] is True


def test_fault_validation(sandbox: SandboxControl) -> None:
    with pytest.raises(SandboxControlError):
        sandbox.add_fault("earthquake")
    with pytest.raises(SandboxControlError):
        sandbox.add_fault("drop", count=1, probability=0.5)
    with pytest.raises(SandboxControlError):
        sandbox.add_fault("drop", probability=2)


def test_rate_limit_per_key(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    other = sandbox.create_account()
    sandbox.config(rate_limit_per_second=1)
    answers = [api("/user/credit", api_key) for _ in range(10)]
    refused = [a for a in answers if not a["success"]]
    assert refused and all(a["error"] == "Too many requests" for a in refused)
    assert answers[0]["success"] is True
    assert api("/user/credit", other)["success"] is True  # another key has its own bucket
    assert sandbox.stats()["rateLimited"] == len(refused)
    sandbox.reset()  # restores the start-up limit (20/s)
    key = sandbox.create_account()
    assert all(api("/user/credit", key)["success"] for _ in range(15))


def test_stats_count_every_call(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    api("/contact/create", api_key, contacts=[{"phone": "2250707000001"}])
    contact = api("/contact/list", api_key)["data"][0]
    api(f"/contact/{contact['id']}", api_key)
    api("/user/credit", "wrong-key")
    stats = sandbox.stats()
    assert stats["requests"]["/contact/create"] == 1
    assert stats["routes"]["/contact/{id}"] == 1
    assert stats["requests"]["/user/credit"] == 1
    assert "/user/credit" not in stats["processed"]  # refused: wrong key
    assert stats["total"] == 4
