"""`client.ai` against the sandbox over real HTTP: exact rewrites, and the API key never sent."""

from __future__ import annotations

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import ValidationError
from monsms_sandbox.control import SandboxControl


def test_the_ai_helpers_answer_and_never_receive_the_key(
    client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    links = client.ai.shorten_urls("Catalogue : https://boutique-awa.ci/promo/noel-2026?ref=sms.")
    assert links.original == "Catalogue : https://boutique-awa.ci/promo/noel-2026?ref=sms."
    assert links.processed == "Catalogue : https://sbx.test/XT4D4k."
    short = client.ai.shorten_message(
        "Bonjour {prénom}, rendez-vous demain à 9 heures.", "fr", abbreviation=True, latinize=False
    )
    assert short == "Bjr {prénom}, rdv dmn à 9 h."
    plain = client.ai.shorten_message("Réunion à l'école demain", "fr", abbreviation=False, latinize=True)
    assert plain == "Reunion a l'ecole demain"
    client.user.credit()  # a call that does need the key, for contrast

    stats = sandbox.stats()
    assert stats["requests"]["/ai/url"] == 1 and stats["requests"]["/ai/msg"] == 2
    assert set(stats["withApiKey"]) == {"/user/credit"}


def test_a_company_client_sends_no_key_either(sandbox: SandboxControl, api_key: str, base_url: str) -> None:
    with MonSmsClient(api_key, base_url, company_id="co_1", max_retries=0) as client:
        assert client.ai.shorten_message("Merci beaucoup", "fr") == "Mrc bcp"
    assert "/ai/msg" not in sandbox.stats()["withApiKey"]


def test_refusals_are_the_clients_errors(client: MonSmsClient) -> None:
    with pytest.raises(ValueError):
        client.ai.shorten_urls("   ")
    with pytest.raises(ValidationError):
        client.ai.shorten_message("Bonjour", "de")  # type: ignore[arg-type]
