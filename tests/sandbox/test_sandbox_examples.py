"""The getting-started page's three examples, verbatim, and the envelope rules every call follows."""

from __future__ import annotations

import requests

from monsms_sandbox.control import SandboxControl


def test_example_1_campaign_create_verbatim(base_url: str, api_key: str) -> None:
    body = {"apiKey": api_key, "contacts": [{"phone": "22500000000"}], "text": "Bonjour !", "type": "SMS"}
    response = requests.post(f"{base_url}/campaign/create", json=body, timeout=10)
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is True, answer
    assert answer["data"]["text"] == "Bonjour !"
    assert answer["data"]["contactCount"] == 1
    assert answer["data"]["creditUsed"] == 1


def test_example_2_contact_create_single_phone_with_trailing_comma(base_url: str, api_key: str) -> None:
    raw = ('{\n  "apiKey": "' + api_key + '",\n  "phone": "22500000000",\n}').encode()
    response = requests.post(
        f"{base_url}/contact/create", data=raw, headers={"Content-Type": "application/json"}, timeout=10
    )
    answer = response.json()
    assert answer["success"] is True, answer
    assert answer["data"]["phone"] == "22500000000"
    assert "apiKey" not in answer["data"]
    listed = requests.post(f"{base_url}/contact/list", json={"apiKey": api_key}, timeout=10).json()
    assert [c["phone"] for c in listed["data"]] == ["22500000000"]


def test_example_3_group_create_verbatim(base_url: str, api_key: str) -> None:
    body = {
        "apiKey": api_key,
        "name": "Mes Contacts",
        "description": "Groupe de contacts principaux",
        "contacts": [{"phone": "22500000000"}, {"phone": "22500000001"}],
    }
    answer = requests.post(f"{base_url}/group/create", json=body, timeout=10).json()
    assert answer["success"] is True, answer
    assert answer["data"]["name"] == "Mes Contacts"
    assert answer["data"]["_count"] == {"contacts": 2}
    assert sorted(c["phone"] for c in answer["data"]["contacts"]) == ["22500000000", "22500000001"]


def test_wrong_or_missing_key_is_refused_with_http_200(base_url: str, api_key: str) -> None:
    for body in ({"apiKey": "not-a-key"}, {}, {"apiKey": 12345}):
        response = requests.post(f"{base_url}/user/credit", json=body, timeout=10)
        assert response.status_code == 200
        answer = response.json()
        assert answer == {"success": False, "data": None, "error": "Unauthorized: invalid or missing API key"}


def test_blocked_account_is_forbidden(base_url: str, sandbox: SandboxControl, api_key: str) -> None:
    sandbox.block_account(api_key)
    answer = requests.post(f"{base_url}/user/details", json={"apiKey": api_key}, timeout=10).json()
    assert answer["success"] is False and answer["error"] == "Forbidden"


def test_unknown_path_and_bad_json(base_url: str, api_key: str) -> None:
    answer = requests.post(f"{base_url}/nothing/here", json={"apiKey": api_key}, timeout=10).json()
    assert answer == {"success": False, "data": None, "error": "Not found"}
    response = requests.post(f"{base_url}/user/credit", data=b"{not json", timeout=10)
    assert response.status_code == 200
    assert response.json()["success"] is False
    listed = requests.post(f"{base_url}/contact/list", data=b"[1, 2]", timeout=10).json()
    assert listed["isZodError"] is True


def test_offers_need_no_key(base_url: str, sandbox: SandboxControl) -> None:
    answer = requests.get(f"{base_url}/offer", timeout=10).json()
    assert answer["success"] is True
    names = [offer["name"] for offer in answer["data"]]
    assert names == ["STARTER", "BRONZE", "FER", "OR", "DIAMANT", "VIP"]
    assert all(offer["price"] > 0 and offer["credit"] > 0 for offer in answer["data"])
    per_credit = [offer["price"] / offer["credit"] for offer in answer["data"]]
    assert per_credit == sorted(per_credit, reverse=True)  # bigger packs are cheaper per SMS


def test_company_id_is_ignored(base_url: str, api_key: str) -> None:
    body = {"apiKey": api_key, "companyId": "abc"}
    answer = requests.post(f"{base_url}/user/credit", json=body, timeout=10)
    assert answer.json() == {"success": True, "data": 10_000, "error": None}
