"""The sandbox's AI helpers over real HTTP: no API key needed, deterministic documented outputs."""

from __future__ import annotations

from typing import Any

import requests

from monsms_sandbox.control import SandboxControl

SOLDES = "Soldes : https://boutique-awa.ci/promo/noel-2026?ref=sms. Voir aussi www.awa.ci/catalogue, merci"
RAPPEL = "Bonjour {prénom}, votre rendez-vous est demain à 9 heures. Merci  de confirmer s’il vous plaît."


def post(base_url: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    answer = requests.post(f"{base_url}{path}", json=body, timeout=10)
    assert answer.status_code == 200
    return dict(answer.json())


def test_links_become_sandbox_short_links_without_a_key(base_url: str, sandbox: SandboxControl) -> None:
    answer = post(base_url, "/ai/url", {"message": SOLDES})
    assert answer["success"] is True
    assert answer["data"] == {
        "original": SOLDES,
        "processed": "Soldes : https://sbx.test/XT4D4k. Voir aussi https://sbx.test/sbdXQU, merci",
    }
    again = post(base_url, "/ai/url", {"message": "https://boutique-awa.ci/promo/noel-2026?ref=sms"})
    assert again["data"]["processed"] == "https://sbx.test/XT4D4k"  # same link, same short link
    kept = post(base_url, "/ai/url", {"message": "Déjà court : https://sbx.test/XT4D4k"})
    assert kept["data"]["processed"] == "Déjà court : https://sbx.test/XT4D4k"
    assert "/ai/url" not in sandbox.stats()["withApiKey"]


def test_message_rewrite_follows_the_documented_list(base_url: str) -> None:
    def rewrite(**options: Any) -> str:
        answer = post(base_url, "/ai/msg", {"message": RAPPEL, "language": "fr", **options})
        assert answer["success"] is True, answer
        return str(answer["data"])

    assert rewrite() == (
        "Bonjour {prénom}, votre rendez-vous est demain à 9 heures. Merci de confirmer s’il vous plaît."
    )
    assert rewrite(abbreviation=True) == "Bjr {prénom}, votre rdv est dmn à 9 h. Mrc de confirmer svp."
    assert rewrite(abbreviation=True, latinize=True) == (
        "Bjr {prenom}, votre rdv est dmn a 9 h. Mrc de confirmer svp."
    )
    capitals = post(
        base_url, "/ai/msg", {"message": "BONJOUR Awa, thanks", "language": "fr", "abbreviation": True}
    )
    assert capitals["data"] == "BJR Awa, thanks"  # capitals kept; English words untouched in French
    english = post(
        base_url,
        "/ai/msg",
        {
            "message": "Please confirm your appointment tomorrow, thank you",
            "language": "en",
            "abbreviation": True,
        },
    )
    assert english["data"] == "Pls confirm ur appt tmrw, ty"


def test_accent_removal_only_drops_accents(base_url: str) -> None:
    text = "Élève naïve à l'école, où ça ?"
    answer = post(base_url, "/ai/msg", {"message": text, "language": "fr", "latinize": True})
    assert answer["data"] == "Eleve naive a l'ecole, ou ca ?"
    # Letter for letter: the accents can be put back from the original, position by position.
    assert len(answer["data"]) == len(text)
    assert all(a == b or a.lower() in "aeiouc" for a, b in zip(answer["data"], text, strict=True))


def test_bad_requests_are_refused_like_zod(base_url: str) -> None:
    missing = post(base_url, "/ai/msg", {"message": "Bonjour"})
    assert missing["success"] is False and missing["isZodError"] is True
    assert "language" in str(missing["error"])
    wrong = post(base_url, "/ai/msg", {"message": "Bonjour", "language": "de"})
    assert wrong["success"] is False and "Invalid enum value" in str(wrong["error"])
    empty = post(base_url, "/ai/url", {"message": ""})
    assert empty["success"] is False and empty["isZodError"] is True
